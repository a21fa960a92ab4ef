import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidArgumentError, InvalidDayError } from "./errors";
import { computeStreak, MAX_FREEZES_HELD, type DayActivityRow } from "./streak";
import { addDays, studyDay } from "./study-day";

const START = "2026-03-01";
/** Day n of the test calendar: d(0) is 1 March 2026. */
const d = (n: number) => addDays(START, n);
/** One review on each listed day. */
const studied = (...ns: number[]): DayActivityRow[] => ns.map((n) => ({ day: d(n), reviews: 1, drills: 0 }));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe("computeStreak", () => {
  it("is all zeros with no study at all", () => {
    expect(computeStreak({ days: [], today: d(0) })).toEqual({ current: 0, longest: 0, freezesAvailable: 0, freezesUsed: [], todayDone: false });
  });

  it("counts consecutive days up to today", () => {
    expect(computeStreak({ days: studied(...range(0, 4)), today: d(4) })).toMatchObject({ current: 5, longest: 5, todayDone: true });
  });

  it("today not yet done does not break the streak: it counts up to yesterday", () => {
    expect(computeStreak({ days: studied(...range(0, 4)), today: d(5) })).toMatchObject({ current: 5, todayDone: false, freezesUsed: [] });
  });

  it("a missed yesterday with no freeze ends the streak, the longest remembers it", () => {
    expect(computeStreak({ days: studied(...range(0, 4)), today: d(6) })).toMatchObject({ current: 0, longest: 5, todayDone: false });
  });

  it("seven days in a row earn a freeze, used automatically on a missed day", () => {
    // Days 0..6 studied (freeze earned on day 6), day 7 missed, days 8..9 studied.
    const s = computeStreak({ days: studied(...range(0, 6), 8, 9), today: d(9) });
    expect(s).toEqual({ current: 9, longest: 9, freezesAvailable: 0, freezesUsed: [d(7)], todayDone: true });
  });

  it("a freeze covers yesterday even before today is done", () => {
    const s = computeStreak({ days: studied(...range(0, 6)), today: d(8) });
    expect(s).toMatchObject({ current: 7, freezesAvailable: 0, freezesUsed: [d(7)], todayDone: false });
  });

  it("two missed days with one freeze break the streak (the first day used the freeze)", () => {
    const s = computeStreak({ days: studied(...range(0, 6), 9), today: d(9) });
    expect(s).toEqual({ current: 1, longest: 7, freezesAvailable: 0, freezesUsed: [d(7)], todayDone: true });
  });

  it("two missed days with two freezes keep the streak", () => {
    const s = computeStreak({ days: studied(...range(0, 13), 16), today: d(16) });
    expect(s).toMatchObject({ current: 15, freezesAvailable: 0, freezesUsed: [d(14), d(15)] });
  });

  it(`holds at most ${MAX_FREEZES_HELD} freezes; the next is earned at the next multiple of seven`, () => {
    // 7, 14 earn two; 21 is at the cap and earns nothing.
    expect(computeStreak({ days: studied(...range(0, 20)), today: d(20) })).toMatchObject({ current: 21, freezesAvailable: 2 });
    // Day 21 missed (one freeze used), then days 22..28 make 28 studied days: one earned back.
    expect(computeStreak({ days: studied(...range(0, 20), ...range(22, 28)), today: d(28) })).toMatchObject({
      current: 28,
      freezesAvailable: 2,
      freezesUsed: [d(21)],
    });
  });

  it("a frozen day keeps the streak but is not a studied day", () => {
    // 7 studied, 1 frozen, 6 studied: 13 days met, so the next freeze comes on the 14th met day.
    const s = computeStreak({ days: studied(...range(0, 6), ...range(8, 13)), today: d(13) });
    expect(s).toMatchObject({ current: 13, freezesAvailable: 0 });
    expect(computeStreak({ days: studied(...range(0, 6), ...range(8, 14)), today: d(14) })).toMatchObject({ current: 14, freezesAvailable: 1 });
  });

  it("the daily goal counts reviews and drills together", () => {
    const days = new Map([
      [d(0), { reviews: 3, drills: 2 }],
      [d(1), { reviews: 0, drills: 5 }],
      [d(2), { reviews: 4, drills: 0 }],
    ]);
    expect(computeStreak({ days, dailyGoal: 5, today: d(2) })).toMatchObject({ current: 2, todayDone: false });
    expect(computeStreak({ days, today: d(2) })).toMatchObject({ current: 3, todayDone: true });
  });

  it("rows for the same day add up", () => {
    const days = [
      { day: d(0), reviews: 1, drills: 0 },
      { day: d(0), reviews: 0, drills: 1 },
    ];
    expect(computeStreak({ days, dailyGoal: 2, today: d(0) })).toMatchObject({ current: 1, todayDone: true });
  });

  it("refuses bad input, carrying the value", () => {
    expect(() => computeStreak({ days: [], today: "2026-02-30" })).toThrow(InvalidDayError);
    expect(() => computeStreak({ days: [{ day: "03/01/2026", reviews: 1, drills: 0 }], today: d(0) })).toThrow(/03\/01\/2026/);
    expect(() => computeStreak({ days: [{ day: d(0), reviews: -1, drills: 0 }], today: d(0) })).toThrow(InvalidArgumentError);
    expect(() => computeStreak({ days: [], dailyGoal: 0, today: d(0) })).toThrow("dailyGoal is 0: expected a whole number of at least 1.");
    expect(() => computeStreak({ days: [{ day: d(0), reviews: 1, drills: 0.5 }], today: d(0) })).toThrow(
      `drills on ${d(0)} is 0.5: expected a whole number of at least 0.`,
    );
    // A malformed day is refused even when nothing was studied on it.
    expect(() => computeStreak({ days: [{ day: "03/01/2026", reviews: 0, drills: 0 }], today: d(0) })).toThrow(InvalidDayError);
  });

  describe("time travel", () => {
    const ROLLOVER = 4;
    /** Per-day totals of reviews, each filed under the study day of the zone the learner was in. */
    const aggregate = (reviews: [iso: string, timeZone: string][]) => {
      const days = new Map<string, { reviews: number; drills: number }>();
      for (const [iso, tz] of reviews) {
        const day = studyDay(new Date(iso), tz, ROLLOVER);
        days.set(day, { reviews: (days.get(day)?.reviews ?? 0) + 1, drills: 0 });
      }
      return days;
    };

    it("a review at 03:59 local keeps yesterday's streak alive; one at 04:00 counts for today", () => {
      // Studied 1..3 March in the evening in Seoul; next review at 03:59 on 5 March local time.
      const base: [string, string][] = [
        ["2026-03-01T11:00:00Z", "Asia/Seoul"],
        ["2026-03-02T11:00:00Z", "Asia/Seoul"],
        ["2026-03-03T11:00:00Z", "Asia/Seoul"],
      ];
      const before = aggregate([...base, ["2026-03-04T18:59:00Z", "Asia/Seoul"]]); // 03:59 KST on 5 March → 4 March
      const after = aggregate([...base, ["2026-03-04T19:00:00Z", "Asia/Seoul"]]); // 04:00 KST on 5 March → 5 March
      const today = "2026-03-05";
      expect(computeStreak({ days: before, today })).toMatchObject({ current: 4, todayDone: false });
      expect(computeStreak({ days: after, today })).toMatchObject({ current: 1, longest: 3, todayDone: true }); // 4 March missed: a new streak
    });

    it("a learner flying from Seoul to Los Angeles mid-streak keeps it, with no day counted twice", () => {
      const reviews: [string, string][] = [];
      // 1..9 March, 20:00 in Seoul (11:00Z).
      for (let i = 1; i <= 9; i++) reviews.push([`2026-03-${String(i).padStart(2, "0")}T11:00:00Z`, "Asia/Seoul"]);
      // 10 March 08:00 in Seoul (9 March 23:00Z), then the flight east across the date line.
      reviews.push(["2026-03-09T23:00:00Z", "Asia/Seoul"]);
      // Landed: 03:30 PDT on 10 March (10:30Z) is still Los Angeles' 9 March study day,
      // a day *before* the last Seoul review's day.
      const landed = new Date("2026-03-10T10:30:00Z");
      const todayLA = studyDay(landed, "America/Los_Angeles", ROLLOVER);
      expect(todayLA).toBe("2026-03-09");
      const onLanding = computeStreak({ days: aggregate(reviews), today: todayLA });
      expect(onLanding).toMatchObject({ current: 10, todayDone: true, freezesUsed: [] });

      // A review at 18:00 PDT on 10 March (11 March 01:00Z) lands on the 10 March already met in Seoul.
      reviews.push(["2026-03-11T01:00:00Z", "America/Los_Angeles"]);
      const days = aggregate(reviews);
      expect(days.get("2026-03-10")).toEqual({ reviews: 2, drills: 0 });
      expect(computeStreak({ days, today: "2026-03-10" })).toMatchObject({ current: 10, todayDone: true });
      // 11 March in Los Angeles, not yet studied: the streak stands; studied: it grows.
      expect(computeStreak({ days, today: "2026-03-11" })).toMatchObject({ current: 10, todayDone: false, freezesUsed: [] });
      reviews.push(["2026-03-12T02:00:00Z", "America/Los_Angeles"]); // 19:00 PDT on 11 March
      expect(computeStreak({ days: aggregate(reviews), today: "2026-03-11" })).toMatchObject({ current: 11, todayDone: true, freezesAvailable: 1 });
    });

    it("flying back east skips a calendar day, which a held freeze covers", () => {
      const reviews: [string, string][] = [];
      // 1..8 March, 19:00 in Los Angeles (PST until 8 March 02:00, so 03:00Z the next day; PDT after).
      for (let i = 1; i <= 7; i++) reviews.push([`2026-03-${String(i + 1).padStart(2, "0")}T03:00:00Z`, "America/Los_Angeles"]);
      reviews.push(["2026-03-09T02:00:00Z", "America/Los_Angeles"]); // 8 March 19:00 PDT
      // Leaves after that review, lands in Seoul on 10 March 06:00 KST (9 March 21:00Z): 9 March never happened locally.
      reviews.push(["2026-03-09T21:00:00Z", "Asia/Seoul"]);
      const s = computeStreak({ days: aggregate(reviews), today: "2026-03-10" });
      expect(s).toMatchObject({ current: 9, freezesUsed: ["2026-03-09"], freezesAvailable: 0 });
    });

    it("across the spring-forward and fall-back nights in New York, one review a day keeps the streak", () => {
      const tz = "America/New_York";
      // Every day at 03:30 local from 6 to 10 March: the rollover keeps each one on the day before.
      const spring = aggregate([
        ["2026-03-06T08:30:00Z", tz], // 03:30 EST on 6 March → 5 March
        ["2026-03-07T08:30:00Z", tz], // 03:30 EST on 7 March → 6 March
        ["2026-03-08T07:30:00Z", tz], // 03:30 EDT on 8 March, the night the clocks jump → 7 March
        ["2026-03-09T07:30:00Z", tz], // 03:30 EDT on 9 March → 8 March
      ]);
      expect([...spring.keys()]).toEqual(["2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"]);
      expect(computeStreak({ days: spring, today: studyDay(new Date("2026-03-09T12:00:00Z"), tz, ROLLOVER) })).toMatchObject({ current: 4, todayDone: false });

      // Fall back: 01:30 EDT and 01:30 EST are the same study day; the 25-hour day is still one day.
      const fall = aggregate([
        ["2026-10-31T16:00:00Z", tz], // noon on 31 October
        ["2026-11-01T05:30:00Z", tz], // 01:30 EDT → 31 October
        ["2026-11-01T06:30:00Z", tz], // 01:30 EST → 31 October
        ["2026-11-01T17:00:00Z", tz], // noon EST on 1 November
      ]);
      expect(fall.get("2026-10-31")).toEqual({ reviews: 3, drills: 0 });
      expect(computeStreak({ days: fall, today: "2026-11-01" })).toMatchObject({ current: 2, todayDone: true });
    });
  });

  describe("properties", () => {
    const history = fc.array(
      fc.record({ n: fc.integer({ min: 0, max: 60 }), reviews: fc.integer({ min: 0, max: 3 }), drills: fc.integer({ min: 0, max: 2 }) }),
      { maxLength: 60 },
    );
    const input = fc.record({ rows: history, goal: fc.integer({ min: 1, max: 3 }), today: fc.integer({ min: 0, max: 62 }) });

    it("keeps its invariants and does not depend on the order of the rows", () => {
      fc.assert(
        fc.property(input, ({ rows, goal, today }) => {
          const days = rows.filter((r) => r.n <= today).map((r) => ({ day: d(r.n), reviews: r.reviews, drills: r.drills }));
          const s = computeStreak({ days, dailyGoal: goal, today: d(today) });
          expect(s.current).toBeLessThanOrEqual(s.longest);
          expect(s.freezesAvailable).toBeGreaterThanOrEqual(0);
          expect(s.freezesAvailable).toBeLessThanOrEqual(MAX_FREEZES_HELD);
          const totals = new Map<string, number>();
          for (const r of days) totals.set(r.day, (totals.get(r.day) ?? 0) + r.reviews + r.drills);
          for (const f of s.freezesUsed) {
            expect(f < d(today)).toBe(true);
            expect(totals.get(f) ?? 0).toBeLessThan(goal);
          }
          expect(computeStreak({ days: [...days].reverse(), dailyGoal: goal, today: d(today) })).toEqual(s);
        }),
      );
    });

    it("studying today never lowers the current streak", () => {
      fc.assert(
        fc.property(input, ({ rows, goal, today }) => {
          const days = rows.filter((r) => r.n < today).map((r) => ({ day: d(r.n), reviews: r.reviews, drills: r.drills }));
          const before = computeStreak({ days, dailyGoal: goal, today: d(today) });
          const after = computeStreak({ days: [...days, { day: d(today), reviews: goal, drills: 0 }], dailyGoal: goal, today: d(today) });
          expect(after.current).toBe(before.current + 1);
          expect(after.todayDone).toBe(true);
        }),
      );
    });
  });
});
