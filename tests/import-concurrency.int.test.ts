import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import type { Db } from "@/app/_server/db/client";
import { recordReview } from "@/app/_server/study/record-review";
import { defaultSettings } from "@/app/_domain/scheduling";
import { importInWorker } from "@/app/_server/transfer/import-in-worker";
import { freshDb, provider } from "./db";

let db: Db;
let config: DatabaseConfig;
const CARDS = Array.from({ length: 40 }, (_, i) => `imp-${i}`);
const START = Date.UTC(2025, 0, 1, 9);

/** A progress file of `n` reviews, ten minutes apart, over the test cards. */
function bigFile(n: number): Uint8Array {
  const iso = (t: number) => new Date(t).toISOString();
  const reviews = Array.from({ length: n }, (_, i) => {
    const at = START + i * 600_000;
    return {
      id: randomUUID(),
      cardId: CARDS[i % CARDS.length],
      rating: 3,
      state: 2,
      due: iso(at + 86_400_000),
      stability: 3,
      difficulty: 5,
      elapsedDays: 1,
      lastElapsedDays: 1,
      scheduledDays: 3,
      learningSteps: 0,
      reviewedAt: iso(at),
      durationMs: 4000,
      cram: false,
      undoneAt: null,
      previous: {
        due: iso(START),
        stability: 2,
        difficulty: 5,
        elapsedDays: 1,
        scheduledDays: 2,
        learningSteps: 0,
        reps: 3,
        lapses: 0,
        state: 2,
        lastReview: iso(START),
      },
    };
  });
  const file = {
    format: "tcp-srs-progress",
    version: 1,
    exportedAt: iso(START + n * 600_000),
    settings: null,
    cardStates: [],
    reviews,
    drillAttempts: [],
    dailyStats: [],
    mockInterviews: [],
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

beforeAll(async () => {
  ({ db, config } = await freshDb());
  await db.topic.create({ data: { id: "t", position: 0, titleKo: "t", titleEn: "t" } });
  await db.card.createMany({ data: CARDS.map((id, i) => ({ id, topicId: "t", kind: "basic", position: i, bodyKo: "{}", bodyEn: "{}", contentHash: "h" })) });
});
afterAll(() => db.$disconnect());

describe(`a big import on ${provider}`, () => {
  it("leaves other learners' ratings answered while it runs, slice after slice", async () => {
    const importer = (await db.user.create({ data: { isGuest: true } })).id;
    const rater = (await db.user.create({ data: { isGuest: true } })).id;
    const events: string[] = [];
    // A property, not a local: the import's callback sets it while the loop below awaits.
    const run = { finished: false };
    const importing = importInWorker({ config, userId: importer, bytes: bigFile(3_000), now: Date.now() }, () => events.push("slice")).finally(
      () => (run.finished = true),
    );

    // Another learner keeps rating, one rating after another, for as long as the import runs.
    let ratings = 0;
    while (!run.finished) {
      const now = new Date();
      await recordReview(
        db,
        rater,
        { id: randomUUID(), cardId: CARDS[ratings % CARDS.length]!, rating: 3, reviewedAt: now, durationMs: 1000, cram: false },
        defaultSettings,
        now,
      );
      ratings += 1;
      events.push("rating");
    }
    const result = await importing;

    expect(result).toMatchObject({ ok: true, summary: { reviews: { added: 3_000, present: 0 } } });
    // 6 slices of 500 reviews, then the last one (states, attempts, sessions, settings).
    expect(events.filter((e) => e === "slice")).toHaveLength(7);
    // Ratings were answered between the import's first and last committed slice, not after it.
    const between = events.slice(events.indexOf("slice"), events.lastIndexOf("slice"));
    expect(between).toContain("rating");
    expect(await db.reviewLog.count({ where: { userId: rater } })).toBe(ratings);
    expect(await db.reviewLog.count({ where: { userId: importer } })).toBe(3_000);
    // The day aggregates, written slice by slice, add up to the whole file.
    const daily = await db.dailyStat.aggregate({ where: { userId: importer }, _sum: { reviews: true } });
    expect(daily._sum.reviews).toBe(3_000);
  }, 240_000);

  it("answers 400 for a body that is not JSON, from the thread", async () => {
    const user = (await db.user.create({ data: { isGuest: true } })).id;
    await expect(importInWorker({ config, userId: user, bytes: new TextEncoder().encode("{ nope"), now: Date.now() })).rejects.toMatchObject({
      status: 400,
      code: "malformed_json",
    });
  });
});
