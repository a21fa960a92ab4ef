import {
  newMemoryState,
  review,
  schedulerSettingsOf,
  studyDay,
  toSnapshot,
  type MemoryState,
  type ReviewLogEntry,
  type StudySettings,
} from "@/app/_domain/scheduling";
import type { ReviewInput } from "./review-input";

export type ReviewPlan = { next: MemoryState; log: ReviewLogEntry; day: string; isNew: 0 | 1; correct: 0 | 1 };

/** What one rating changes, computed before any write so every store applies the same rules. */
export function planReview(previous: MemoryState | null, input: ReviewInput, settings: StudySettings): ReviewPlan {
  // A rating replayed after an offline spell may be older than the last one recorded; the
  // scheduler never goes back in time.
  const at = previous?.lastReview && previous.lastReview > input.reviewedAt ? previous.lastReview : input.reviewedAt;
  const { next, log } = review(previous ?? newMemoryState(at), input.rating, at, schedulerSettingsOf(settings));
  return {
    next,
    log,
    day: studyDay(input.reviewedAt, settings.timeZone, settings.rolloverHour),
    isNew: !previous && !input.cram ? 1 : 0,
    correct: input.rating > 1 ? 1 : 0,
  };
}

/** The append-only log row of a rating, in the same columns for every store. */
export function reviewLogRow(userId: string, input: ReviewInput, plan: ReviewPlan, previous: MemoryState | null) {
  const { log } = plan;
  return {
    id: input.id,
    userId,
    cardId: input.cardId,
    rating: input.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsedDays,
    lastElapsedDays: log.lastElapsedDays,
    scheduledDays: log.scheduledDays,
    learningSteps: log.learningSteps,
    reviewedAt: input.reviewedAt,
    durationMs: input.durationMs,
    cram: input.cram,
    previous: previous ? toSnapshot(previous) : null,
  };
}
