import { addDays } from "../scheduling/study-day";
import { studyDayStarts } from "./day-start";
import { weekdayOf } from "./daily";

/**
 * The columns of a ReviewLog row that retention needs. `state` is the card's state before the
 * rating; `cram` and `undoneAt` may be left out by a caller that filtered them already.
 */
export type LoggedRating = { reviewedAt: Date; rating: number; state: number; cram?: boolean; undoneAt?: Date | null };

export type WeekRetention = { weekStart: string; reviews: number; passed: number; retention: number | null };

export const RETENTION_WEEKS = 12;
const REVIEW_STATE = 2;

/**
 * Anki's "true retention": of the ratings given to cards in the Review state (not new, not in
 * learning or relearning steps), the share that were Hard, Good or Easy. Undone ratings never
 * happened and cram ratings do not change the schedule, so neither counts. Weeks run Monday to
 * Sunday in study days (the learner's time zone and rollover hour); the last is this week.
 */
export function retentionByWeek(input: {
  logs: readonly LoggedRating[];
  today: string;
  timeZone: string;
  rolloverHour: number;
  weeks?: number;
}): WeekRetention[] {
  const weeks = input.weeks ?? RETENTION_WEEKS;
  const thisWeek = addDays(input.today, -weekdayOf(input.today));
  const starts = Array.from({ length: weeks }, (_, i) => addDays(thisWeek, 7 * (i - weeks + 1)));
  const result = starts.map((weekStart) => ({ weekStart, reviews: 0, passed: 0 }));
  // Asking the time zone database for each rating's study day costs microseconds a rating;
  // the weeks' first instants are found once, and ratings are placed by comparing numbers.
  const bounds = studyDayStarts(starts[0]!, weeks + 1, 7, input.timeZone, input.rolloverHour).map((d) => d.getTime());
  for (const log of input.logs) {
    if (log.undoneAt || log.cram || log.state !== REVIEW_STATE) continue;
    const t = log.reviewedAt.getTime();
    if (t < bounds[0]! || t >= bounds[weeks]!) continue;
    let i = weeks - 1;
    while (t < bounds[i]!) i -= 1;
    result[i]!.reviews += 1;
    if (log.rating >= 2) result[i]!.passed += 1;
  }
  return result.map((w) => ({ ...w, retention: w.reviews ? w.passed / w.reviews : null }));
}

/** The retention over all weeks together (null when no review-state card was rated). */
export function overallRetention(weeks: readonly WeekRetention[]): number | null {
  const reviews = weeks.reduce((n, w) => n + w.reviews, 0);
  return reviews ? weeks.reduce((n, w) => n + w.passed, 0) / reviews : null;
}
