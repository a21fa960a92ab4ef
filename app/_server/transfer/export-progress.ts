import "server-only";
import { splitMisconceptions } from "@/app/_domain/progress";
import { exportedSettings, fsrsReviewCsv, PROGRESS_FORMAT, PROGRESS_VERSION, type ProgressFile } from "@/app/_domain/transfer";
import type { Db } from "../db/client";
import { cardStateKind, fromSnapshot, memoryStateOf } from "@/app/_domain/scheduling";
import { settingsFromRow } from "../study/settings";

/**
 * Everything one learner has: settings, card states, the whole review log (undone and cram
 * rows too, so an import reproduces it exactly), drill attempts, mock interviews and per-day
 * aggregates.
 * Read in one transaction so the parts agree with each other.
 */
export async function exportProgress(db: Db, userId: string, now: Date): Promise<ProgressFile> {
  const [settings, states, reviews, attempts, mocks, days] = await db.$transaction([
    db.userSettings.findUnique({ where: { userId } }),
    db.cardState.findMany({ where: { userId }, orderBy: { cardId: "asc" } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] }),
    db.drillAttempt.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    db.mockInterview.findMany({ where: { userId }, orderBy: [{ finishedAt: "asc" }, { id: "asc" }] }),
    db.dailyStat.findMany({ where: { userId }, orderBy: { day: "asc" } }),
  ]);
  return {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: now,
    settings: settings ? exportedSettings(settingsFromRow(settings)) : null,
    cardStates: states.map((s) => ({ cardId: s.cardId, ...memoryStateOf(s) })),
    reviews: reviews.map((r) => ({
      id: r.id,
      cardId: r.cardId,
      rating: r.rating as 1 | 2 | 3 | 4,
      state: cardStateKind(r.state),
      due: r.due,
      stability: r.stability,
      difficulty: r.difficulty,
      elapsedDays: r.elapsedDays,
      lastElapsedDays: r.lastElapsedDays,
      scheduledDays: r.scheduledDays,
      learningSteps: r.learningSteps,
      reviewedAt: r.reviewedAt,
      durationMs: r.durationMs,
      cram: r.cram,
      previous: r.previous ? fromSnapshot(r.previous) : null,
      undoneAt: r.undoneAt,
    })),
    drillAttempts: attempts.map((a) => ({
      id: a.id,
      cardId: a.cardId,
      kind: a.kind === "interview" ? "interview" : "simulator",
      score: a.score,
      answer: a.answer,
      result: a.result,
      createdAt: a.createdAt,
    })),
    dailyStats: days.map((d) => ({ day: d.day, reviews: d.reviews, newCards: d.newCards, drills: d.drills, correct: d.correct, timeMs: d.timeMs })),
    mockInterviews: mocks.map((m) => ({ id: m.id, finishedAt: m.finishedAt, result: m.result, misconceptions: splitMisconceptions(m.misconceptions) })),
  };
}

/** The learner's review log as the FSRS optimizer reads it (see fsrsReviewCsv for what is left out). */
export async function exportReviewCsv(db: Db, userId: string): Promise<string> {
  const reviews = await db.reviewLog.findMany({
    where: { userId },
    orderBy: [{ reviewedAt: "asc" }, { id: "asc" }],
    select: { cardId: true, reviewedAt: true, rating: true, state: true, durationMs: true, cram: true, undoneAt: true },
  });
  return fsrsReviewCsv(reviews);
}

/** A file name with the day of the export: tcp-srs-progress-2026-03-01.json. */
export const exportFileName = (now: Date, ext: "json" | "csv") => `tcp-srs-${ext === "csv" ? "reviews" : "progress"}-${now.toISOString().slice(0, 10)}.${ext}`;
