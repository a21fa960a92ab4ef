import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import os from "node:os";
import Database from "better-sqlite3";
import { importContentInto } from "@/app/_server/content/import-content";
import { applyMigrations } from "@/app/_server/db/migrations";
import { guestToken } from "@/app/_server/auth/guest-token";
import type { Benchmark } from "./run";
import { percentile, seededServer } from "./server";

const USERS = 1000;
const TOTAL_LOGS = 1_000_000;
export const HEAVY_USER = "user-0";
const HEAVY_LOGS = 5000;
const OTHER_STATES = 60;
const SECRET = "bench-secret";
const REQUESTS = 30;
const DAY_MS = 86_400_000;
const iso = (d: Date | number) => new Date(d).toISOString().replace("Z", "+00:00");
// The default settings: UTC, rolling over at 4 AM.
const studyDayUtc = (t: number) => new Date(t - 4 * 3_600_000).toISOString().slice(0, 10);

/** A seeded generator (mulberry32), so every run seeds the same rows. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The real content, then 1,000,000 review logs over the last year: 5,000 for user-0 (who
 * studies on most days, with matching CardState, DailyStat and a few drill attempts) and the
 * rest spread over 999 other users with their own states and per-day rows. Written with raw
 * prepared statements in one transaction.
 */
export async function seedProgress(file: string, now = Date.now()): Promise<void> {
  await applyMigrations({ provider: "sqlite", file });
  await importContentInto({ provider: "sqlite", file });
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const cards = db.prepare(`SELECT id, kind FROM Card WHERE retiredAt IS NULL ORDER BY id`).all() as { id: string; kind: string }[];
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const ratingOf = () => {
    const r = rnd();
    return r < 0.1 ? 1 : r < 0.2 ? 2 : r < 0.9 ? 3 : 4;
  };
  const stateOf = () => {
    const r = rnd();
    return r < 0.15 ? 1 : r < 0.2 ? 3 : 2;
  };

  const user = db.prepare(`INSERT INTO User (id, isGuest, createdAt) VALUES (?, 1, ?)`);
  const log = db.prepare(
    `INSERT INTO ReviewLog (id, userId, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reviewedAt, durationMs, cram, undoneAt)
     VALUES (?, ?, ?, ?, ?, ?, 5, 5, 3, 3, 3, 0, ?, 5000, ?, ?)`,
  );
  const state = db.prepare(
    `INSERT INTO CardState (userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, updatedAt) VALUES (?, ?, ?, 5, 5, 3, ?, 0, 4, ?, ?, ?, ?)`,
  );
  const daily = db.prepare(`INSERT INTO DailyStat (userId, day, reviews, newCards, drills, correct, timeMs) VALUES (?, ?, ?, 0, ?, ?, ?)`);
  const attempt = db.prepare(`INSERT INTO DrillAttempt (id, userId, cardId, kind, score, answer, result, createdAt) VALUES (?, ?, ?, ?, ?, '[]', '{}', ?)`);

  const seedUser = (userId: string, logs: number, states: number, skipEvery: number) => {
    user.run(userId, iso(now - 400 * DAY_MS));
    // Study days: every day of the last year except every skipEvery-th one.
    const days = Array.from({ length: 365 }, (_, i) => i).filter((i) => i % skipEvery !== skipEvery - 1);
    const perDay = new Map<string, { reviews: number; correct: number }>();
    for (let l = 0; l < logs; l++) {
      const t = now - days[Math.floor(rnd() * days.length)]! * DAY_MS - Math.floor(rnd() * 12 * 3_600_000);
      const rating = ratingOf();
      const undone = rnd() < 0.005;
      const cram = rnd() < 0.01;
      log.run(randomUUID(), userId, pick(cards).id, rating, stateOf(), iso(t + 3 * DAY_MS), iso(t), cram ? 1 : 0, undone ? iso(t + 60_000) : null);
      if (undone) continue;
      const day = studyDayUtc(t);
      const d = perDay.get(day) ?? { reviews: 0, correct: 0 };
      d.reviews += 1;
      d.correct += rating > 1 ? 1 : 0;
      perDay.set(day, d);
    }
    for (const [day, d] of perDay) daily.run(userId, day, d.reviews, 0, d.correct, d.reviews * 5000);
    for (const c of cards.slice(0, states)) {
      const s = stateOf();
      const interval = s === 2 ? Math.floor(rnd() * 60) + 1 : 0;
      const due = now + Math.floor((rnd() * 45 - 5) * DAY_MS);
      state.run(userId, c.id, iso(due), interval, Math.floor(rnd() * 3), s, iso(now - DAY_MS), iso(now));
    }
  };

  db.transaction(() => {
    seedUser(HEAVY_USER, HEAVY_LOGS, cards.length, 9);
    for (const c of cards.filter((x) => x.kind === "scenario" || x.kind === "interview")) {
      for (let a = 0; a < 3; a++)
        attempt.run(
          randomUUID(),
          HEAVY_USER,
          c.id,
          c.kind === "scenario" ? "simulator" : "interview",
          Math.round(rnd() * 100) / 100,
          iso(now - Math.floor(rnd() * 200) * DAY_MS),
        );
    }
    const rest = Math.floor((TOTAL_LOGS - HEAVY_LOGS) / (USERS - 1));
    for (let u = 1; u < USERS; u++) seedUser(`user-${u}`, u === USERS - 1 ? TOTAL_LOGS - HEAVY_LOGS - rest * (USERS - 2) : rest, OTHER_STATES, 3);
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}

/**
 * CPU time (ms) used so far by a process and its children, from /proc (Linux only; 0 elsewhere).
 * Wall-clock latency on a shared machine includes waiting for other processes' turn on the CPU;
 * the server's own CPU time per request does not, so it is printed beside the latency.
 */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second).
    return (Number(stat[11]) + Number(stat[12])) * 10 + children.reduce((n, c) => n + cpuMs(Number(c)), 0);
  } catch {
    return 0;
  }
}

const bench: Benchmark = {
  title: "Progress page server render (SQLite, 1M review logs, 1,000 users, one with 5,000 reviews)",
  async run() {
    const server = await seededServer("progress", 3310, seedProgress, { NEXTAUTH_SECRET: SECRET });
    const headers = { cookie: `guest=${guestToken(HEAVY_USER, SECRET)}`, "accept-language": "en" };
    let bytes = 0;
    const get = async () => {
      const start = performance.now();
      const res = await fetch(`${server.url}/progress`, { headers });
      const html = await res.text();
      const ms = performance.now() - start;
      if (res.status !== 200 || !html.includes('data-today="true"')) throw new Error(`unexpected answer ${res.status}: ${html.slice(0, 200)}`);
      bytes = html.length;
      return ms;
    };
    try {
      // Warm up: the first requests compile the route and fill the settings and user caches.
      for (let i = 0; i < 10; i++) await get();
      const latencies: number[] = [];
      const cpuBefore = cpuMs(server.proc.pid!);
      for (let i = 0; i < REQUESTS; i++) latencies.push(await get());
      const cpuPerRequest = (cpuMs(server.proc.pid!) - cpuBefore) / REQUESTS;
      latencies.sort((a, b) => a - b);
      const p50 = percentile(latencies, 50);
      const p95 = percentile(latencies, 95);
      return [
        { name: "seed 1M logs, 1,000 users", value: server.seedSeconds, unit: "s" },
        { name: "GET /progress p50 (5,000-review user)", value: p50, unit: "ms", target: "< 100 ms", ok: p50 < 100 },
        { name: "GET /progress p95 (5,000-review user)", value: p95, unit: "ms", target: "< 100 ms", ok: p95 < 100 },
        { name: "GET /progress max", value: latencies.at(-1)!, unit: "ms" },
        { name: "server CPU per /progress request", value: cpuPerRequest, unit: "ms" },
        { name: "/progress HTML size", value: bytes / 1024, unit: "KiB" },
        { name: "load average (1 min) during the run", value: os.loadavg()[0]!, unit: "" },
      ];
    } finally {
      server.stop();
    }
  },
};
export default bench;
