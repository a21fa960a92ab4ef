import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { applyMigrations } from "@/app/_server/db/migrations";
import { guestToken } from "@/app/_server/auth/guest-token";
import type { Benchmark } from "./run";
import { percentile, seededServer } from "./server";

const USERS = 1000;
const CARDS = 100;
const LOGS_PER_USER = 1000;
const SECRET = "bench-secret";
// This VM's speed drifts by tens of percent within seconds, so the routes are compared in many
// short alternating rounds; every figure is the median over the rounds.
const ROUNDS = 9;
const ROUND_SECONDS = 2;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** 1,000 users × 100 card states = 100,000 states and 1,000,000 log rows, written directly. */
async function seed(file: string) {
  await applyMigrations({ provider: "sqlite", file });
  const db = new Database(file);
  const now = Date.now();
  db.transaction(() => {
    db.prepare(`INSERT INTO Topic (id, position, titleKo, titleEn, updatedAt) VALUES ('t', 0, 't', 't', ?)`).run(iso(new Date()));
    const card = db.prepare(
      `INSERT INTO Card (id, topicId, kind, position, bodyKo, bodyEn, misconceptions, contentHash, updatedAt) VALUES (?, 't', 'basic', ?, '{}', '{}', '', 'h', ?)`,
    );
    for (let c = 0; c < CARDS; c++) card.run(`card-${c}`, c, iso(new Date()));
    const user = db.prepare(`INSERT INTO User (id, isGuest, createdAt) VALUES (?, 1, ?)`);
    const state = db.prepare(
      `INSERT INTO CardState (userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, updatedAt) VALUES (?, ?, ?, 5, 5, 3, 3, 0, 4, 0, 2, ?, ?)`,
    );
    const log = db.prepare(
      `INSERT INTO ReviewLog (id, userId, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reviewedAt, durationMs, cram) VALUES (?, ?, ?, 3, 2, ?, 5, 5, 3, 3, 3, 0, ?, 5000, 0)`,
    );
    for (let u = 0; u < USERS; u++) {
      const userId = `user-${u}`;
      user.run(userId, iso(new Date()));
      for (let c = 0; c < CARDS; c++) {
        const due = new Date(now - ((u * CARDS + c) % 5000) * 60_000);
        state.run(userId, `card-${c}`, iso(due), iso(new Date(due.getTime() - 3 * 86_400_000)), iso(new Date()));
      }
      for (let l = 0; l < LOGS_PER_USER; l++) {
        const at = new Date(now - (l + 1) * 3_600_000);
        log.run(randomUUID(), userId, `card-${l % CARDS}`, iso(at), iso(at));
      }
    }
  })();
  db.close();
}

const bench: Benchmark = {
  title: "Review round trip over HTTP (SQLite, 1M review logs, 100k card states)",
  async run() {
    const server = await seededServer("reviews", 3300, seed, { NEXTAUTH_SECRET: SECRET });
    const cookieFor = (u: number) => `guest=${guestToken(`user-${u}`, SECRET)}`;
    const body = () =>
      JSON.stringify({
        id: randomUUID(),
        cardId: `card-${Math.floor(Math.random() * CARDS)}`,
        rating: 3,
        reviewedAt: new Date().toISOString(),
        durationMs: 4000,
      });
    try {
      // Warm up the route and the writer thread (first requests compile and fill caches).
      for (let i = 0; i < 200; i++)
        await fetch(`${server.url}/api/reviews`, { method: "POST", headers: { cookie: cookieFor(1), "content-type": "application/json" }, body: body() });

      // One connection, a rating and a trivial JSON POST of the same body in turn, so both
      // see the same spells of this shared machine: their p50s and the ratio of the two.
      const latencies: number[] = [];
      const trivial: number[] = [];
      for (let i = 0; i < 500; i++) {
        const payload = body();
        let t = performance.now();
        const plain = await fetch(`${server.url}/api/health`, {
          method: "POST",
          headers: { cookie: cookieFor(0), "content-type": "application/json" },
          body: payload,
        });
        await plain.arrayBuffer();
        trivial.push(performance.now() - t);
        t = performance.now();
        const res = await fetch(`${server.url}/api/reviews`, {
          method: "POST",
          headers: { cookie: cookieFor(0), "content-type": "application/json" },
          body: payload,
        });
        const json = (await res.json()) as { next?: unknown; status?: string };
        latencies.push(performance.now() - t);
        if (res.status !== 201 || json.status !== "recorded" || !("next" in json)) throw new Error(`unexpected answer ${res.status} ${JSON.stringify(json)}`);
      }
      latencies.sort((a, b) => a - b);
      trivial.sort((a, b) => a - b);
      const oneConnectionRatio = percentile(latencies, 50) / percentile(trivial, 50);

      const cannon = (opts: autocannon.Options) =>
        new Promise<autocannon.Result>((resolve, reject) =>
          autocannon(opts, (err, r) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(r))),
        );
      // The load generator shares the machine, so the cookies it sends are signed beforehand.
      const cookies = Array.from({ length: 500 }, (_, i) => cookieFor(2 + i));
      let n = 0;
      const post = (route: string, duration: number) =>
        cannon({
          url: `${server.url}${route}`,
          connections: 32,
          duration,
          requests: [
            {
              method: "POST",
              setupRequest: (req) => ({ ...req, headers: { cookie: cookies[n++ % cookies.length]!, "content-type": "application/json" }, body: body() }),
            },
          ],
        });
      const loads = {
        get: (duration: number) => cannon({ url: `${server.url}/api/health`, connections: 32, duration }),
        post: (duration: number) => post("/api/health", duration),
        review: (duration: number) => post("/api/reviews", duration),
      };
      // All routes are measured warm (every user's first request fills the caches), then in
      // alternating rounds, so that a slow spell of this shared machine hits them alike.
      let errors = 0;
      const count = (r: autocannon.Result) => ((errors += r.non2xx + r.errors), r.requests.average);
      for (const load of Object.values(loads)) count(await load(2));
      const rounds: { get: number; post: number; review: number }[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        rounds.push({
          get: count(await loads.get(ROUND_SECONDS)),
          post: count(await loads.post(ROUND_SECONDS)),
          review: count(await loads.review(ROUND_SECONDS)),
        });
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const vsPost = rounds.map((r) => r.review / r.post);
      const ratio = median(vsPost);
      return [
        { name: "seed 1M logs + 100k states", value: server.seedSeconds, unit: "s" },
        { name: "review round trip p50, 1 connection", value: percentile(latencies, 50), unit: "ms", target: "<= 5 ms", ok: percentile(latencies, 50) <= 5 },
        { name: "review round trip p99, 1 connection", value: percentile(latencies, 99), unit: "ms" },
        { name: "trivial JSON POST round trip p50, 1 connection", value: percentile(trivial, 50), unit: "ms" },
        { name: "review p50 / trivial POST p50, 1 connection", value: oneConnectionRatio, unit: "x", target: "<= 1.5 x", ok: oneConnectionRatio <= 1.5 },
        { name: "trivial JSON GET (/api/health), 32 connections", value: median(rounds.map((r) => r.get)), unit: "req/s" },
        { name: "trivial JSON POST (/api/health), 32 connections", value: median(rounds.map((r) => r.post)), unit: "req/s" },
        { name: "review endpoint, 32 connections", value: median(rounds.map((r) => r.review)), unit: "req/s" },
        { name: "errors (non-2xx + socket), all loads", value: errors, unit: "count", target: "0", ok: errors === 0 },
        { name: "trivial POST / trivial GET (cost of a body)", value: median(rounds.map((r) => r.post / r.get)) * 100, unit: "%" },
        { name: "review / trivial GET", value: median(rounds.map((r) => r.review / r.get)) * 100, unit: "%" },
        { name: "review / trivial POST, lowest round", value: Math.min(...vsPost) * 100, unit: "%" },
        { name: "review / trivial POST", value: ratio * 100, unit: "%", target: ">= 80 %", ok: ratio >= 0.8 },
      ];
    } finally {
      server.stop();
    }
  },
};
export default bench;
