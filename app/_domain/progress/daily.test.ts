import { describe, expect, it } from "vitest";
import { studyDay } from "../scheduling/study-day";
import { heatmapCells, levelOf, reviewsPerDay, weekdayOf } from "./daily";
import { monthTotals } from "./months";

// Thursday 5 March 2026, 02:30 in Seoul (17:30Z on the 4th): before the 4 AM rollover.
const NOW = new Date("2026-03-04T17:30:00Z");

describe("weekdayOf", () => {
  it("is 0 for Monday and 6 for Sunday", () => {
    expect(weekdayOf("2026-03-02")).toBe(0);
    expect(weekdayOf("2026-03-08")).toBe(6);
  });
});

describe("levelOf", () => {
  it("never draws a day with study as empty, and the busiest day is level 4", () => {
    expect(levelOf(0, 200)).toBe(0);
    expect(levelOf(1, 200)).toBe(1);
    expect(levelOf(100, 200)).toBe(2);
    expect(levelOf(151, 200)).toBe(4);
    expect(levelOf(200, 200)).toBe(4);
    expect(levelOf(1, 1)).toBe(4);
  });
});

describe("heatmapCells", () => {
  it("covers 365 study days ending today, oldest first, in Monday-first weeks", () => {
    const today = studyDay(NOW, "UTC", 4);
    const cells = heatmapCells({ days: [], today });
    expect(cells).toHaveLength(365);
    expect(cells.at(-1)).toMatchObject({ day: "2026-03-04", isToday: true, level: 0 });
    expect(cells[0]!.day).toBe("2025-03-05");
    // 5 March 2025 was a Wednesday: the first column starts two rows down.
    expect(cells[0]).toMatchObject({ week: 0, weekday: 2 });
    expect(cells.filter((c) => c.isToday)).toHaveLength(1);
    // Every Monday starts a new column.
    for (const c of cells) if (c.weekday === 0 && c !== cells[0]) expect(c.week).toBe(cells[cells.indexOf(c) - 1]!.week + 1);
  });

  it("puts a review made before the rollover hour on the previous day's square, in the learner's zone", () => {
    // In Seoul 02:30 on 5 March is still 4 March's study day; in UTC (17:30) it is 4 March too,
    // but at 23:30Z (08:30 in Seoul, after the rollover) Seoul is on 5 March and UTC on the 4th.
    const later = new Date("2026-03-04T23:30:00Z");
    expect(studyDay(NOW, "Asia/Seoul", 4)).toBe("2026-03-04");
    expect(studyDay(later, "Asia/Seoul", 4)).toBe("2026-03-05");
    expect(studyDay(later, "UTC", 4)).toBe("2026-03-04");
    const seoul = heatmapCells({ days: [{ day: studyDay(later, "Asia/Seoul", 4), reviews: 3 }], today: studyDay(later, "Asia/Seoul", 4) });
    expect(seoul.at(-1)).toMatchObject({ day: "2026-03-05", isToday: true, reviews: 3, level: 4 });
  });

  it("scales levels to the busiest day shown and marks frozen days", () => {
    const cells = heatmapCells({
      days: [
        { day: "2026-03-01", reviews: 40 },
        { day: "2026-03-02", reviews: 10 },
        { day: "2026-03-04", reviews: 1 },
        { day: "2024-01-01", reviews: 9999 }, // outside the window: does not flatten the scale
      ],
      today: "2026-03-04",
      freezesUsed: ["2026-03-03"],
    });
    const at = (day: string) => cells.find((c) => c.day === day)!;
    expect([at("2026-03-01").level, at("2026-03-02").level, at("2026-03-03").level, at("2026-03-04").level]).toEqual([4, 1, 0, 1]);
    expect(at("2026-03-03").frozen).toBe(true);
  });

  it("adds up rows of the same day", () => {
    const cells = heatmapCells({
      days: [
        { day: "2026-03-04", reviews: 2 },
        { day: "2026-03-04", reviews: 3 },
      ],
      today: "2026-03-04",
      length: 7,
    });
    expect(cells.at(-1)!.reviews).toBe(5);
  });
});

describe("reviewsPerDay", () => {
  it("has one entry per day, days off as zero", () => {
    const days = reviewsPerDay({ days: [{ day: "2026-03-03", reviews: 7, correct: 6 }], today: "2026-03-04", length: 3 });
    expect(days).toEqual([
      { day: "2026-03-02", reviews: 0, correct: 0 },
      { day: "2026-03-03", reviews: 7, correct: 6 },
      { day: "2026-03-04", reviews: 0, correct: 0 },
    ]);
  });
});

describe("monthTotals", () => {
  it("sums days studied and reviews per calendar month", () => {
    const cells = heatmapCells({
      days: [
        { day: "2026-02-27", reviews: 2 },
        { day: "2026-03-01", reviews: 5 },
        { day: "2026-03-03", reviews: 1 },
      ],
      today: "2026-03-04",
      length: 10,
    });
    expect(monthTotals(cells)).toEqual([
      { month: "2026-02", days: 1, reviews: 2 },
      { month: "2026-03", days: 2, reviews: 6 },
    ]);
  });
});
