import { addDays, daysBetween, studyDay } from "../scheduling/study-day";

export type ForecastDay = { day: string; due: number };

export const FORECAST_DAYS = 30;

/**
 * Cards falling due on each of the next `length` study days, today first. A card already
 * overdue is due today: it is in today's queue. Cards due beyond the window are left out.
 */
export function dueForecast(input: { dues: readonly Date[]; today: string; timeZone: string; rolloverHour: number; length?: number }): ForecastDay[] {
  const length = input.length ?? FORECAST_DAYS;
  const counts = new Array<number>(length).fill(0);
  for (const due of input.dues) {
    const offset = Math.max(0, daysBetween(input.today, studyDay(due, input.timeZone, input.rolloverHour)));
    if (offset < length) counts[offset]! += 1;
  }
  return counts.map((due, i) => ({ day: addDays(input.today, i), due }));
}
