import "server-only";
import { randomUUID } from "node:crypto";
import { ratingFromScore, studyDay } from "@/app/_domain/scheduling";
import type { Db } from "../db/client";
import { recordReview } from "./record-review";
import { fetchStudySettings } from "./settings";

/**
 * Stores a graded drill (simulator scenario or interview answer) for its owner and schedules
 * its card from the score, as if the learner had rated it.
 */
export async function saveDrillAttempt(db: Db, userId: string, input: { cardId: string; kind: "simulator" | "interview"; score: number; answer: unknown; result: unknown }, now: Date) {
  const card = await db.card.findFirst({ where: { id: input.cardId, retiredAt: null }, select: { id: true } });
  if (!card) return null;
  const attempt = await db.drillAttempt.create({
    data: { userId, cardId: card.id, kind: input.kind, score: input.score, answer: JSON.stringify(input.answer), result: JSON.stringify(input.result), createdAt: now },
  });
  const settings = await fetchStudySettings(db, userId);
  await recordReview(db, userId, { id: randomUUID(), cardId: card.id, rating: ratingFromScore(input.score), reviewedAt: now, durationMs: 0, cram: false }, settings, now);
  const day = studyDay(now, settings.timeZone, settings.rolloverHour);
  await db.dailyStat.update({ where: { userId_day: { userId, day } }, data: { drills: { increment: 1 } } });
  return attempt.id;
}
