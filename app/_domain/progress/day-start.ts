import { InvalidDayError } from "../scheduling/errors";
import { addDays, isValidDay, studyDay } from "../scheduling/study-day";

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * The first instant of a study day: when the learner's clock first shows `rolloverHour` on that
 * date (or, when a daylight-saving jump skips that hour, the first minute after it). Found by
 * bisection over whole minutes (every time zone offset in use is a whole number of minutes)
 * within the ±15 hours around the same wall time in UTC, which every offset falls inside: about
 * a dozen studyDay calls. Callers that bucket many instants compare numbers against these
 * instead of asking the time zone database once per instant.
 */
export function studyDayStart(day: string, timeZone: string, rolloverHour: number): Date {
  if (!isValidDay(day)) throw new InvalidDayError(day);
  const wall = Date.parse(`${day}T00:00:00Z`) + rolloverHour * HOUR_MS;
  return bisect(day, timeZone, rolloverHour, wall - 15 * HOUR_MS, wall + 15 * HOUR_MS);
}

/** The first instant of `from` and each of the `count - 1` days after it, in order. */
export function studyDayStarts(from: string, count: number, stepDays: number, timeZone: string, rolloverHour: number): Date[] {
  const starts: Date[] = [];
  for (let i = 0; i < count; i++) {
    const day = addDays(from, i * stepDays);
    const prev = starts[i - 1];
    // Usually the previous start plus whole days; two lookups confirm it, and only a
    // daylight-saving change in between costs a (short) search.
    const guess = prev ? prev.getTime() + stepDays * 24 * HOUR_MS : undefined;
    if (
      guess !== undefined &&
      studyDay(new Date(guess), timeZone, rolloverHour) === day &&
      studyDay(new Date(guess - MINUTE_MS), timeZone, rolloverHour) !== day
    )
      starts.push(new Date(guess));
    else
      starts.push(
        guess === undefined ? studyDayStart(day, timeZone, rolloverHour) : bisect(day, timeZone, rolloverHour, guess - 3 * HOUR_MS, guess + 3 * HOUR_MS),
      );
  }
  return starts;
}

/** The first whole minute in [from, to] whose study day is `day` or later; `from` must be before `day`. */
function bisect(day: string, timeZone: string, rolloverHour: number, from: number, to: number): Date {
  let lo = Math.floor(from / MINUTE_MS);
  let hi = Math.ceil(to / MINUTE_MS);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (studyDay(new Date(mid * MINUTE_MS), timeZone, rolloverHour) >= day) hi = mid;
    else lo = mid;
  }
  return new Date(hi * MINUTE_MS);
}
