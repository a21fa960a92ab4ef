import { addDays } from "../scheduling/study-day";

/** One study day's totals, as the DailyStat rows hold them. */
export type DayTotals = { day: string; reviews: number; drills?: number; correct?: number };

export type HeatmapCell = {
  day: string;
  /** Ratings that day (a graded drill records a rating too, so it is counted here once). */
  reviews: number;
  /** 0 for no study; 1–4 in quarters of the busiest day of the year shown. */
  level: 0 | 1 | 2 | 3 | 4;
  /** 0 for the oldest week shown; a column of the calendar. */
  week: number;
  /** 0 Monday … 6 Sunday; a row of the calendar. */
  weekday: number;
  /** A missed day that a streak freeze covered. */
  frozen: boolean;
  isToday: boolean;
};

export const HEATMAP_DAYS = 365;
const DAY_MS = 86_400_000;

/** 0 for Monday … 6 for Sunday: a study day is a calendar date, so its weekday is the UTC one. */
export function weekdayOf(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function totalsByDay(rows: readonly DayTotals[]): Map<string, DayTotals> {
  const map = new Map<string, DayTotals>();
  for (const r of rows) {
    const had = map.get(r.day);
    map.set(
      r.day,
      had ? { day: r.day, reviews: had.reviews + r.reviews, drills: (had.drills ?? 0) + (r.drills ?? 0), correct: (had.correct ?? 0) + (r.correct ?? 0) } : r,
    );
  }
  return map;
}

/**
 * Levels are quarters of the busiest day shown (as GitHub's calendar does), so a learner who
 * does ten cards a day sees as much contrast as one who does two hundred; any study at all is
 * at least level 1, so a day with one review is never drawn as empty.
 */
export function levelOf(reviews: number, busiest: number): HeatmapCell["level"] {
  if (reviews <= 0 || busiest <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * reviews) / busiest))) as HeatmapCell["level"];
}

/** The last `length` study days ending today, oldest first, laid out in Monday-first weeks. */
export function heatmapCells(input: { days: readonly DayTotals[]; today: string; freezesUsed?: readonly string[]; length?: number }): HeatmapCell[] {
  const length = input.length ?? HEATMAP_DAYS;
  const first = addDays(input.today, -(length - 1));
  const byDay = totalsByDay(input.days);
  const frozen = new Set(input.freezesUsed ?? []);
  let busiest = 0;
  for (const [day, t] of byDay) if (day >= first && day <= input.today && t.reviews > busiest) busiest = t.reviews;
  const lead = weekdayOf(first);
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length }, (_, i) => {
    // Days are calendar dates, so stepping 24 hours in UTC never skips or repeats one.
    const day = new Date(start + i * DAY_MS).toISOString().slice(0, 10);
    const reviews = byDay.get(day)?.reviews ?? 0;
    return {
      day,
      reviews,
      level: levelOf(reviews, busiest),
      week: Math.floor((lead + i) / 7),
      weekday: (lead + i) % 7,
      frozen: frozen.has(day),
      isToday: day === input.today,
    };
  });
}

export type DayCount = { day: string; reviews: number; correct: number };

/** Reviews on each of the last `length` study days ending today, oldest first (0 for a day off). */
export function reviewsPerDay(input: { days: readonly DayTotals[]; today: string; length?: number }): DayCount[] {
  const length = input.length ?? 30;
  const byDay = totalsByDay(input.days);
  return Array.from({ length }, (_, i) => {
    const day = addDays(input.today, i - length + 1);
    const t = byDay.get(day);
    return { day, reviews: t?.reviews ?? 0, correct: t?.correct ?? 0 };
  });
}

/** Days studied in the window, for the sentence under the calendar. */
export function activeDays(cells: readonly HeatmapCell[]): number {
  return cells.filter((c) => c.reviews > 0).length;
}
