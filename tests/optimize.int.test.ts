import { randomUUID } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/app/_server/db/client";
import { OptimizerBusyError, optimizeParameters } from "@/app/_server/study/optimize";
import { fitInChild, OptimizerFailedError } from "@/app/_server/study/optimizer/fit-in-child";
import { freshDb, provider } from "./db";

let db: Db;
const MINUTE = 60_000;
const DAY = 86_400_000;

type Row = { at: number; rating: number; state: number };

/**
 * A learner on the default learning steps (1m 10m): each new card is rated twice on its first
 * day (new, then learning), then reviewed on later days; `spacedReviews` 0 gives only the two
 * same-day ratings per card. This is the history that made the optimizer abort the process.
 */
function learnerHistory(cards: number, spacedReviews: number): Map<number, Row[]> {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const byCard = new Map<number, Row[]>();
  for (let c = 0; c < cards; c++) {
    let at = Date.UTC(2026, 0, 1, 9) + c * MINUTE;
    const rows: Row[] = [
      { at, rating: 3, state: 0 },
      { at: (at += MINUTE), rating: 3, state: 1 },
    ];
    let interval = 1;
    for (let i = 0; i < spacedReviews; i++) {
      at += interval * DAY;
      const rating = rnd() < 0.85 ? 3 : 1;
      rows.push({ at, rating, state: 2 });
      interval = rating === 3 ? Math.ceil(interval * 2.3) : 1;
    }
    byCard.set(c, rows);
  }
  return byCard;
}

async function seed(userId: string, history: Map<number, Row[]>) {
  const data = [...history].flatMap(([c, rows]) =>
    rows.map((r) => ({
      id: randomUUID(),
      userId,
      cardId: `opt-${c}`,
      rating: r.rating,
      state: r.state,
      due: new Date(r.at),
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reviewedAt: new Date(r.at),
      durationMs: 1000,
    })),
  );
  await db.reviewLog.createMany({ data });
  return data.length;
}

const account = () => db.user.create({ data: { isGuest: false, email: `${randomUUID()}@example.com` } });

beforeAll(async () => {
  ({ db } = await freshDb());
  await db.topic.create({ data: { id: "t", position: 0, titleKo: "t", titleEn: "t" } });
  await db.card.createMany({
    data: Array.from({ length: 300 }, (_, i) => ({ id: `opt-${i}`, topicId: "t", kind: "basic", position: i, bodyKo: "{}", bodyEn: "{}", contentHash: "h" })),
  });
});
afterAll(() => db.$disconnect());

describe(`FSRS optimizer on ${provider}`, () => {
  it("asks for more reviews below the threshold", async () => {
    const user = await account();
    await seed(user.id, learnerHistory(2, 3));
    expect(await optimizeParameters(db, user.id)).toEqual({ status: "not_enough", reviews: 10, needed: 400 });
  });

  it("fits 21 parameters on a history whose cards all begin with two same-day ratings (the crash), and the process carries on", async () => {
    const user = await account();
    const other = await account();
    const reviews = await seed(user.id, learnerHistory(50, 7));
    await seed(other.id, learnerHistory(60, 9));
    expect(reviews).toBe(450);
    const result = await optimizeParameters(db, user.id);
    if (result.status !== "done") throw new Error(`expected a fit, got ${JSON.stringify(result)}`);
    expect(result.reviews).toBe(450);
    // One item per review on a later day: 7 per card; the same-day second rating ends none.
    expect(result.items).toBe(350);
    expect(result.parameters).toHaveLength(21);
    expect(result.parameters.every(Number.isFinite)).toBe(true);
    for (const fit of [result.defaults, result.personal]) {
      expect(fit.logLoss).toBeGreaterThan(0);
      expect(fit.rmse).toBeGreaterThanOrEqual(0);
    }
    // Trained on this very history, the personal parameters predict it at least as well.
    expect(result.personal.logLoss).toBeLessThanOrEqual(result.defaults.logLoss + 1e-6);
    expect(result.current).toBeNull();
    // Still here, and the database still answers.
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(450);
  }, 60_000);

  it("says there is nothing to learn from when 400+ ratings are all same-day learning steps", async () => {
    const user = await account();
    expect(await seed(user.id, learnerHistory(220, 0))).toBe(440);
    expect(await optimizeParameters(db, user.id)).toEqual({ status: "no_spaced_reviews", reviews: 440 });
  });

  it("runs one optimization at a time per user", async () => {
    const user = await account();
    await seed(user.id, learnerHistory(60, 7));
    const first = optimizeParameters(db, user.id);
    await expect(optimizeParameters(db, user.id)).rejects.toEqual(new OptimizerBusyError("user"));
    expect((await first).status).toBe("done");
    // Once the first has finished, the user may run it again.
    expect((await optimizeParameters(db, user.id)).status).toBe("done");
  }, 60_000);
});

describe("the optimizer's child process", () => {
  // Items that skip our training-set rules: every review on one day makes fsrs-rs panic, and
  // a panic aborts the process that runs it. That is the child; this process carries on.
  const sameDayOnly = Array.from(
    { length: 450 },
    (_, i) =>
      [
        [3, 0],
        [1 + (i % 4), 0],
      ] as [number, number][],
  );

  it("a native panic in the child is an OptimizerFailedError, and the next fit works", async () => {
    const failure = await fitInChild({ items: sameDayOnly, current: null }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OptimizerFailedError);
    expect((failure as OptimizerFailedError).reason).toMatch(/SIGABRT|panic/);
    const fine = await fitInChild({
      items: Array.from({ length: 400 }, (_, i) => [
        [3, 0],
        [1 + (i % 4), 1 + (i % 5)],
      ]),
      current: null,
    });
    expect(fine.parameters).toHaveLength(21);
  }, 60_000);

  it("a child past its time limit is killed and reported", async () => {
    const failure = await fitInChild({ items: sameDayOnly, current: null }, { timeLimitMs: 1 }).catch((e: unknown) => e);
    expect(failure).toEqual(new OptimizerFailedError("stopped after 1 ms"));
  });

  it("a child that answers anything but parameters is a failure", async () => {
    const script = path.join(mkdtempSync(path.join(os.tmpdir(), "tcp-srs-child-")), "liar.mjs");
    writeFileSync(script, `process.stdout.write('{"parameters":[1]}')`);
    const failure = await fitInChild({ items: [], current: null }, { script }).catch((e: unknown) => e);
    expect(failure).toEqual(new OptimizerFailedError("its answer was not a set of parameters"));
  });
});
