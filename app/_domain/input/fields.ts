import { z } from "zod";

// Field schemas shared by every edge that takes ids or times from outside (route bodies, the
// progress file). Both rules answer 400 where the database or the scheduler would fail later.

// PostgreSQL text cannot hold U+0000 ("invalid byte sequence"), so an id carrying one reached
// the database as a 500; no id of this app holds any control character.
const CONTROL = /[\u0000-\u001f\u007f]/;

// Ratings and files come from devices that may have been offline, so their times may lie in the
// past; a time later than the server's clock by more than this is refused as a wrong clock.
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** An id as text: 1 to `max` characters, no control characters. `what` names the field in messages. */
export function idText(what: string, max: number) {
  return z
    .string({ error: `${what} must be a string` })
    .min(1, { error: `${what} is empty` })
    .max(max, { error: `${what} must be at most ${max} characters` })
    .refine((s) => !CONTROL.test(s), { error: `${what} must not contain control characters (such as \\u0000)` });
}

/** Whether an id from a URL or a body is one this app could have made (see idText). */
export const isPlainId = (s: string, max = 120) => s.length > 0 && s.length <= max && !CONTROL.test(s);

// Years before 1000 pass ISO 8601 and JavaScript's Date, but the study-day arithmetic and the
// databases' date types do not take them; nothing in this app happened before 2020 anyway.
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

/** An ISO 8601 date-time with an offset, in the years 1000-9999, as a Date. */
export function dateTime(error: string) {
  return z.iso
    .datetime({ offset: true, error })
    .refine(
      (s) => {
        const year = new Date(s).getUTCFullYear();
        // Not a date at all: the format check above has said so already.
        return Number.isNaN(year) || (year >= MIN_YEAR && year <= MAX_YEAR);
      },
      { error: `${error} in the years ${MIN_YEAR}-${MAX_YEAR}` },
    )
    .transform((s) => new Date(s));
}
