import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/app/_server/db/client";
import { optimizeParameters } from "@/app/_server/study/optimize";
import { freshDb, provider } from "./db";

let db: Db;
const DAY = 86_400_000;

async function seedHistory(userId: string, cards: number, reviewsPerCard: number) {
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const rows = [];
  for (let c = 0; c < cards; c++) {
    let at = Date.UTC(2026, 0, 1, 9) + c * 60_000;
    let interval = 1;
    for (let i = 0; i < reviewsPerCard; i++) {
      const rating = i === 0 ? 3 : rnd() < 0.85 ? 3 : 1;
      rows.push({ id: randomUUID(), userId, cardId: `opt-${c}`, rating, state: 2, due: new Date(at), stability: 1, difficulty: 5, elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0, reviewedAt: new Date(at), durationMs: 1000 });
      interval = rating === 3 ? Math.ceil(interval * 2.3) : 1;
      at += interval * DAY;
    }
  }
  await db.reviewLog.createMany({ data: rows });
}

beforeAll(async () => {
  ({ db } = await freshDb());
  await db.topic.create({ data: { id: "t", position: 0, titleKo: "t", titleEn: "t" } });
  await db.card.createMany({ data: Array.from({ length: 60 }, (_, i) => ({ id: `opt-${i}`, topicId: "t", kind: "basic", position: i, bodyKo: "{}", bodyEn: "{}", contentHash: "h" })) });
});
afterAll(() => db.$disconnect());

describe(`FSRS optimizer on ${provider}`, () => {
  it("asks for more reviews below the threshold", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    await seedHistory(user.id, 2, 5);
    expect(await optimizeParameters(db, user.id)).toEqual({ status: "not_enough", reviews: 10, needed: 400 });
  });

  it("fits 21 parameters to the learner's own log and reports default vs personal fit", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    const other = await db.user.create({ data: { isGuest: true } });
    await seedHistory(user.id, 50, 9);
    await seedHistory(other.id, 60, 9);
    const result = await optimizeParameters(db, user.id);
    if (result.status !== "done") throw new Error(`expected a fit, got ${JSON.stringify(result)}`);
    expect(result.reviews).toBe(450);
    expect(result.items).toBe(400);
    expect(result.parameters).toHaveLength(21);
    expect(result.parameters.every(Number.isFinite)).toBe(true);
    for (const fit of [result.defaults, result.personal]) {
      expect(fit.logLoss).toBeGreaterThan(0);
      expect(fit.rmse).toBeGreaterThanOrEqual(0);
    }
    // Trained on this very history, the personal parameters predict it at least as well.
    expect(result.personal.logLoss).toBeLessThanOrEqual(result.defaults.logLoss + 1e-6);
    expect(result.current).toBeNull();
  }, 60_000);
});
