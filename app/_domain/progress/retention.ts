import { addDays, studyDay } from "../scheduling/study-day";
import { weekdayOf } from "./daily";

/** The columns of a ReviewLog row that retention needs. `state` is the card's state before the rating. */
export type LoggedRating = { reviewedAt: Date; rating: number; state: number; cram: boolean; undoneAt: Date | null };

export type WeekRetention = { weekStart: string; reviews: number; passed: number; retention: number | null };

export const RETENTION_WEEKS = 12;
const REVIEW_STATE = 2;

/**
 * Anki's "true retention": of the ratings given to cards in the Review state (not new, not in
 * learning or relearning steps), the share that were Hard, Good or Easy. Undone ratings never
 * happened and cram ratings do not change the schedule, so neither counts. Weeks run Monday to
 * Sunday in study days (the learner's time zone and rollover hour); the last is this week.
 */
export function retentionByWeek(input: { logs: readonly LoggedRating[]; today: string; timeZone: string; rolloverHour: number; weeks?: number }): WeekRetention[] {
  const weeks = input.weeks ?? RETENTION_WEEKS;
  const thisWeek = addDays(input.today, -weekdayOf(input.today));
  const starts = Array.from({ length: weeks }, (_, i) => addDays(thisWeek, 7 * (i - weeks + 1)));
  const byStart = new Map(starts.map((s) => [s, { weekStart: s, reviews: 0, passed: 0 }]));
  for (const log of input.logs) {
    if (log.undoneAt || log.cram || log.state !== REVIEW_STATE) continue;
    const day = studyDay(log.reviewedAt, input.timeZone, input.rolloverHour);
    const week = byStart.get(addDays(day, -weekdayOf(day)));
    if (!week) continue;
    week.reviews += 1;
    if (log.rating >= 2) week.passed += 1;
  }
  return starts.map((s) => {
    const w = byStart.get(s)!;
    return { ...w, retention: w.reviews ? w.passed / w.reviews : null };
  });
}

/** The retention over all weeks together (null when no review-state card was rated). */
export function overallRetention(weeks: readonly WeekRetention[]): number | null {
  const reviews = weeks.reduce((n, w) => n + w.reviews, 0);
  return reviews ? weeks.reduce((n, w) => n + w.passed, 0) / reviews : null;
}
