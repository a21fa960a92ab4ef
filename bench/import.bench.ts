import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { guestToken } from "@/app/_server/auth/guest-token";
import { applyMigrations } from "@/app/_server/db/migrations";
import type { Benchmark } from "./run";
import { percentile, seededServer } from "./server";

const SECRET = "bench-secret";
const CARDS = 100;
const REVIEWS = 50_000;
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

async function seed(file: string) {
  await applyMigrations({ provider: "sqlite", file });
  const db = new Database(file);
  db.transaction(() => {
    db.prepare(`INSERT INTO Topic (id, position, titleKo, titleEn, updatedAt) VALUES ('t', 0, 't', 't', ?)`).run(iso(new Date()));
    const card = db.prepare(
      `INSERT INTO Card (id, topicId, kind, position, bodyKo, bodyEn, misconceptions, contentHash, updatedAt) VALUES (?, 't', 'basic', ?, '{}', '{}', '', 'h', ?)`,
    );
    for (let c = 0; c < CARDS; c++) card.run(`card-${c}`, c, iso(new Date()));
    const user = db.prepare(`INSERT INTO User (id, isGuest, createdAt) VALUES (?, 1, ?)`);
    for (const id of ["importer", "rater"]) user.run(id, iso(new Date()));
  })();
  db.close();
}

/** An export of 50,000 reviews over a year and a half (about 15 MB, as in the report). */
function bigFile(): string {
  const start = Date.now() - REVIEWS * 15 * 60_000;
  const reviews = Array.from({ length: REVIEWS }, (_, i) => {
    const at = start + i * 15 * 60_000;
    return {
      id: randomUUID(),
      cardId: `card-${i % CARDS}`,
      rating: 3,
      state: 2,
      due: new Date(at + 86_400_000).toISOString(),
      stability: 3,
      difficulty: 5,
      elapsedDays: 1,
      lastElapsedDays: 1,
      scheduledDays: 3,
      learningSteps: 0,
      reviewedAt: new Date(at).toISOString(),
      durationMs: 4000,
      cram: false,
      previous: null,
      undoneAt: null,
    };
  });
  return JSON.stringify({
    format: "tcp-srs-progress",
    version: 1,
    exportedAt: new Date().toISOString(),
    settings: null,
    cardStates: [],
    reviews,
    drillAttempts: [],
    dailyStats: [],
    mockInterviews: [],
  });
}

const bench: Benchmark = {
  title: "A 50,000-review import and everyone else (SQLite)",
  async run() {
    const server = await seededServer("import", 3441, seed, { NEXTAUTH_SECRET: SECRET });
    const cookie = (u: string) => `guest=${guestToken(u, SECRET)}`;
    const file = bigFile();
    try {
      // Warm: the review route's first request loads its chunk and starts the writer thread,
      // which on this machine took longer than the whole import's slices.
      for (let i = 0; i < 20; i++) await fetch(`${server.url}/api/health`);
      for (let i = 0; i < 20; i++) {
        const warm = await fetch(`${server.url}/api/reviews`, {
          method: "POST",
          headers: { cookie: cookie("rater"), "content-type": "application/json" },
          body: JSON.stringify({ id: randomUUID(), cardId: `card-${i}`, rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 }),
        });
        await warm.arrayBuffer();
      }
      const t0 = performance.now();
      // A property, not a local: the import's callback sets it while the loop below awaits.
      const importState = { done: false };
      const importing = fetch(`${server.url}/api/progress/import`, {
        method: "POST",
        headers: { cookie: cookie("importer"), "content-type": "application/json" },
        body: file,
      }).then(async (res) => {
        importState.done = true;
        if (res.status !== 200) throw new Error(`import answered ${res.status}: ${await res.text()}`);
        return performance.now() - t0;
      });
      // Meanwhile another learner rates, one after another, and each answer's wait is kept.
      const waits: number[] = [];
      let failed = 0;
      while (!importState.done) {
        const t = performance.now();
        const now = new Date().toISOString();
        const res = await fetch(`${server.url}/api/reviews`, {
          method: "POST",
          headers: { cookie: cookie("rater"), "content-type": "application/json" },
          body: JSON.stringify({ id: randomUUID(), cardId: `card-${waits.length % CARDS}`, rating: 3, reviewedAt: now, durationMs: 1000 }),
        });
        await res.arrayBuffer();
        if (res.status !== 201) failed += 1;
        waits.push(performance.now() - t);
      }
      const importMs = await importing;
      waits.sort((a, b) => a - b);
      const longest = waits.at(-1) ?? 0;
      return [
        { name: "import of 50,000 reviews (15 MB), wall time", value: importMs / 1000, unit: "s" },
        { name: "other learner's ratings answered during it", value: waits.length, unit: "count" },
        { name: "their round trip p50", value: percentile(waits, 50), unit: "ms" },
        { name: "their p99", value: percentile(waits, 99), unit: "ms" },
        { name: "their longest wait (longest block)", value: longest, unit: "ms", target: "<= 100 ms", ok: longest <= 100 },
        { name: "their ratings refused", value: failed, unit: "count", target: "0", ok: failed === 0 },
      ];
    } finally {
      server.stop();
    }
  },
};
export default bench;
