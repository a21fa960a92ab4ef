import { InvalidDayError } from "../scheduling/errors";
import { isValidDay, studyDay } from "../scheduling/study-day";

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
  let lo = Math.floor((wall - 15 * HOUR_MS) / MINUTE_MS); // still the day before
  let hi = Math.ceil((wall + 15 * HOUR_MS) / MINUTE_MS); // `day` already (or later)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (studyDay(new Date(mid * MINUTE_MS), timeZone, rolloverHour) >= day) hi = mid;
    else lo = mid;
  }
  return new Date(hi * MINUTE_MS);
}
