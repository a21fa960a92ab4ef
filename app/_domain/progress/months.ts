import type { HeatmapCell } from "./daily";

export type MonthTotals = { month: string; days: number; reviews: number };

/** The calendar's numbers month by month ("2026-03"), oldest first: what a table can say of 365 squares. */
export function monthTotals(cells: readonly HeatmapCell[]): MonthTotals[] {
  const months = new Map<string, MonthTotals>();
  for (const c of cells) {
    const month = c.day.slice(0, 7);
    const m = months.get(month) ?? { month, days: 0, reviews: 0 };
    if (c.reviews > 0) m.days += 1;
    m.reviews += c.reviews;
    months.set(month, m);
  }
  return [...months.values()];
}
