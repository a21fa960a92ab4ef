import { InvalidArgumentError, InvalidDayError } from "./errors";
import { addDays, daysBetween, isValidDay } from "./study-day";

/** One study day's totals, as the DailyStat rows hold them. */
export type DayActivity = { reviews: number; drills: number };
export type DayActivityRow = DayActivity & { day: string };

export type StreakInput = {
  /** Per-day totals keyed by study day ("YYYY-MM-DD"), or rows; rows for the same day add up. */
  days: ReadonlyMap<string, DayActivity> | readonly DayActivityRow[];
  /** Reviews plus drills that make a day count; 1 means any study at all. */
  dailyGoal?: number;
  /** The learner's current study day (studyDay(now, timeZone, rolloverHour)). */
  today: string;
};

export type Streak = {
  /** Days met in the current streak (today included once met); 0 when there is none. */
  current: number;
  /** The most days met in any streak, the current one included. */
  longest: number;
  /** Freezes held now, ready for the next missed day. */
  freezesAvailable: number;
  /** Every missed day a freeze covered, oldest first (for the heatmap). */
  freezesUsed: string[];
  todayDone: boolean;
};

export const DEFAULT_DAILY_GOAL = 1;
/** A freeze is earned each time the running streak reaches a multiple of this many days. */
export const FREEZE_EVERY_DAYS = 7;
/** Freezes held at once: a learner cannot bank a month off. */
export const MAX_FREEZES_HELD = 2;

/**
 * The streak, computed from per-day totals only (never from the review log), walking the
 * days in order from the first day met. The rules, exactly:
 *
 * - A day is met when reviews + drills >= dailyGoal.
 * - A met day adds 1 to the running streak. When the running streak then reaches a multiple
 *   of FREEZE_EVERY_DAYS (7, 14, 21...), one freeze is earned, unless MAX_FREEZES_HELD are
 *   already held (a freeze earned at the cap is lost, not banked).
 * - A missed day before today, while a streak is running, uses one held freeze: the day is
 *   reported in freezesUsed, the streak stays alive, and its count does not grow (a frozen day
 *   is not a studied day). With no freeze held, the streak ends: the running count drops to 0.
 *   Freezes are used one per missed day as the days pass, as they would have been live: with
 *   one freeze and two missed days, the first day uses it and the second ends the streak.
 * - Today is never a missed day: until it is met the current streak is the one that reached
 *   yesterday, and meeting it adds 1.
 * - Days after today can exist when the learner flew west (a day recorded in Seoul can be
 *   later than today in Los Angeles). They count as met days when met; an unmet day from
 *   today on is still open, so it neither adds to nor ends the streak.
 */
// Array.isArray alone does not narrow a readonly array out of the union.
const isRows = (days: StreakInput["days"]): days is readonly DayActivityRow[] => Array.isArray(days);

export function computeStreak(input: StreakInput): Streak {
  const goal = input.dailyGoal ?? DEFAULT_DAILY_GOAL;
  if (!Number.isInteger(goal) || goal < 1) throw new InvalidArgumentError("dailyGoal", goal, "a whole number of at least 1");
  if (!isValidDay(input.today)) throw new InvalidDayError(input.today);

  const totals = new Map<string, number>();
  const entries: [string, DayActivity][] = isRows(input.days) ? input.days.map((r) => [r.day, r]) : [...input.days];
  for (const [day, a] of entries) {
    if (!isValidDay(day)) throw new InvalidDayError(day);
    for (const [name, n] of [
      ["reviews", a.reviews],
      ["drills", a.drills],
    ] as const) {
      if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${name} on ${day}`, n, "a whole number of at least 0");
    }
    totals.set(day, (totals.get(day) ?? 0) + a.reviews + a.drills);
  }
  const met = (day: string) => (totals.get(day) ?? 0) >= goal;
  const todayDone = met(input.today);

  // Stryker disable next-line MethodExpression: without the filter the walk starts earlier, on days that change nothing.
  const metDays = [...totals.keys()].filter(met).sort();
  const first = metDays[0];
  const result: Streak = { current: 0, longest: 0, freezesAvailable: 0, freezesUsed: [], todayDone };
  if (first === undefined) return result;
  const last = metDays[metDays.length - 1]!;
  // Stryker disable next-line EqualityOperator: when last equals today either side is the same day.
  const end = last > input.today ? last : input.today;

  let running = 0;
  let held = 0;
  for (let i = 0, n = daysBetween(first, end); i <= n; i++) {
    const day = addDays(first, i);
    if (met(day)) {
      running += 1;
      if (running % FREEZE_EVERY_DAYS === 0 && held < MAX_FREEZES_HELD) held += 1;
      result.longest = Math.max(result.longest, running);
    } else if (day >= input.today) {
      // Still open (today or later): nothing happens. (A missed day with no streak running
      // falls to the last branch and keeps it at 0: freezes are only held while one runs.)
    } else if (held > 0) {
      held -= 1;
      result.freezesUsed.push(day);
    } else {
      running = 0;
    }
  }
  result.current = running;
  result.freezesAvailable = held;
  return result;
}
