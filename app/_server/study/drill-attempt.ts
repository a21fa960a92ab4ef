import "server-only";
import { randomUUID } from "node:crypto";
import { ratingFromScore, studyDay, type Rating } from "@/app/_domain/scheduling";
import type { Db } from "../db/client";
import { StudyError } from "./errors";
import { recordReview } from "./record-review";
import { fetchStudySettings } from "./settings";
import { isUniqueViolation } from "../db/errors";

export type DrillInput = {
  /** The client's id for this attempt, so a retry is stored once; one is made when absent. */
  id?: string;
  cardId: string;
  kind: "simulator" | "interview";
  score: number;
  /** The learner's own rating when they overrule the grade; else it follows the score. */
  rating?: Rating;
  answer: unknown;
  result: unknown;
};

/**
 * Stores a graded drill (simulator scenario or interview answer) for its owner and schedules
 * its card as if the learner had rated it. The review goes first and is idempotent by the same
 * id, so a retry after a failure part-way finishes the job instead of doubling it.
 */
export async function saveDrillAttempt(db: Db, userId: string, input: DrillInput, now: Date): Promise<{ id: string; status: "recorded" | "duplicate" } | null> {
  const id = input.id ?? randomUUID();
  const card = await db.card.findFirst({ where: { id: input.cardId, retiredAt: null }, select: { id: true } });
  if (!card) return null;
  const existing = await db.drillAttempt.findUnique({ where: { id }, select: { userId: true } });
  if (existing && existing.userId !== userId) throw new StudyError(409, "id_taken", `Attempt id ${id} is already used; generate a new id for a new attempt.`);
  if (existing) return { id, status: "duplicate" };

  const settings = await fetchStudySettings(db, userId);
  const rating = input.rating ?? ratingFromScore(input.score);
  const review = await recordReview(db, userId, { id, cardId: card.id, rating, reviewedAt: now, durationMs: 0, cram: false }, settings, now);
  // The id is an older rating of another card: not a retry of this attempt.
  if (review.status === "duplicate" && review.cardId !== card.id)
    throw new StudyError(400, "id_reused", `Id ${id} is already used by a rating of another card; generate a new id for a new attempt.`);
  const day = studyDay(now, settings.timeZone, settings.rolloverHour);
  try {
    await db.$transaction([
      db.drillAttempt.create({
        data: {
          id,
          userId,
          cardId: card.id,
          kind: input.kind,
          score: input.score,
          answer: JSON.stringify(input.answer),
          result: JSON.stringify(input.result),
          createdAt: now,
        },
      }),
      // An upsert: a retry on a later day (its review counted on the first) finds no row for today.
      db.dailyStat.upsert({ where: { userId_day: { userId, day } }, create: { userId, day, drills: 1 }, update: { drills: { increment: 1 } } }),
    ]);
  } catch (e) {
    // The same attempt racing itself: the loser finds the winner's row.
    if (isUniqueViolation(e)) return { id, status: "duplicate" };
    throw e;
  }
  return { id, status: "recorded" };
}
