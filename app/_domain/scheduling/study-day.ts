import { InvalidArgumentError, InvalidDayError, InvalidTimeZoneError } from "./errors";

// Creating an Intl.DateTimeFormat is costly (tens of microseconds) and studyDay runs on every
// review, so formatters are kept per time zone. Names are case-insensitive in Intl, so the
// bound stops a stream of "asia/seoul"-style variants from growing the map without end.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 500;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Intl would read a missing zone as the machine's own: only a string may reach it.
    if (typeof timeZone !== "string") throw new InvalidTimeZoneError(String(timeZone));
    try {
      // en-CA writes dates as YYYY-MM-DD; h23 keeps midnight "00" (h24 engines would say "24").
      f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });
    } catch {
      throw new InvalidTimeZoneError(timeZone);
    }
    // Stryker disable next-line all: the bound limits memory, not what any call returns.
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The study day ("YYYY-MM-DD") an instant belongs to for a learner: their local calendar
 * date, except that the hours before `rolloverHour` still count as the day before (as in
 * Anki, a review at 02:30 belongs to the evening's session).
 *
 * Only the local wall-clock hour is compared, and it comes from the time zone database, so
 * daylight-saving nights need no special case: on a spring-forward night the skipped hour
 * simply never shows up (a rollover at 2 then happens at 03:00), and on a fall-back night the
 * repeated hour belongs to the same study day both times. A learner who changes time zone
 * passes the new zone from then on; days already recorded keep the day they had.
 */
export function studyDay(instant: Date, timeZone: string, rolloverHour: number): string {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new InvalidArgumentError("instant", instant, "a valid Date");
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23)
    throw new InvalidArgumentError("rolloverHour", rolloverHour, "a whole hour from 0 to 23");
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const day = `${parts.year}-${parts.month}-${parts.day}`;
  return Number(parts.hour) < rolloverHour ? addDays(day, -1) : day;
}

/**
 * Midnight UTC of a day string, refusing anything that is not a real date written YYYY-MM-DD.
 * The round trip is the whole check: Date.parse rolls "2026-02-30" over to 2 March and accepts
 * looser spellings ("2026-1-5"), and neither prints back as the string it was given.
 */
function dayStart(day: string): number {
  const t = typeof day === "string" ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day) throw new InvalidDayError(day);
  return t;
}

export function isValidDay(day: string): boolean {
  try {
    dayStart(day);
    return true;
  } catch {
    return false;
  }
}

/** Day strings are calendar dates, not instants: arithmetic is done in UTC, where every day has 24 hours. */
export function addDays(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new InvalidArgumentError("n", n, "a whole number of days");
  return new Date(dayStart(day) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Days from `from` to `to`: positive when `to` is later, 0 for the same day. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to) - dayStart(from)) / 86_400_000);
}
