import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, studyDay } from "../scheduling/study-day";
import { weekdayOf } from "./daily";
import { overallRetention, retentionByWeek, type LoggedRating } from "./retention";

const log = (iso: string, rating: number, state = 2, extra: Partial<LoggedRating> = {}): LoggedRating => ({
  reviewedAt: new Date(iso),
  rating,
  state,
  cram: false,
  undoneAt: null,
  ...extra,
});

describe("retentionByWeek (Anki's true retention)", () => {
  // Today: Wednesday 4 March 2026; this week began Monday 2 March.
  const base = { today: "2026-03-04", timeZone: "UTC", rolloverHour: 4, weeks: 3 };

  it("counts only ratings of cards in the Review state, Hard/Good/Easy as passed", () => {
    const weeks = retentionByWeek({
      ...base,
      logs: [
        log("2026-03-02T10:00:00Z", 3),
        log("2026-03-02T11:00:00Z", 2),
        log("2026-03-03T10:00:00Z", 1),
        log("2026-03-03T10:00:00Z", 4),
        log("2026-03-03T12:00:00Z", 1, 0), // new card: not a review
        log("2026-03-03T12:00:00Z", 1, 1), // learning step
        log("2026-03-03T12:00:00Z", 3, 3), // relearning step
      ],
    });
    expect(weeks.map((w) => w.weekStart)).toEqual(["2026-02-16", "2026-02-23", "2026-03-02"]);
    expect(weeks[2]).toEqual({ weekStart: "2026-03-02", reviews: 4, passed: 3, retention: 0.75 });
    expect(weeks[0]!.retention).toBeNull();
  });

  it("leaves out undone and cram ratings", () => {
    const weeks = retentionByWeek({
      ...base,
      logs: [
        log("2026-03-02T10:00:00Z", 1, 2, { undoneAt: new Date("2026-03-02T10:01:00Z") }),
        log("2026-03-02T10:00:00Z", 1, 2, { cram: true }),
        log("2026-03-02T10:00:00Z", 3),
      ],
    });
    expect(weeks[2]).toMatchObject({ reviews: 1, passed: 1, retention: 1 });
  });

  it("assigns a rating to a week by the learner's study day, rollover hour included", () => {
    // 03:00 on Monday 2 March in Seoul (18:00Z Sunday) is still Sunday 1 March's study day: last week.
    const logs = [log("2026-03-01T18:00:00Z", 3)];
    expect(retentionByWeek({ ...base, logs, timeZone: "Asia/Seoul" }).map((w) => w.reviews)).toEqual([0, 1, 0]);
    // With the rollover at midnight it is Monday: this week.
    expect(retentionByWeek({ ...base, logs, timeZone: "Asia/Seoul", rolloverHour: 0 }).map((w) => w.reviews)).toEqual([0, 0, 1]);
    // In Los Angeles the same instant is Sunday 10:00: last week.
    expect(retentionByWeek({ ...base, logs, timeZone: "America/Los_Angeles" }).map((w) => w.reviews)).toEqual([0, 1, 0]);
  });

  it("drops ratings older than the window", () => {
    expect(retentionByWeek({ ...base, logs: [log("2026-01-01T10:00:00Z", 3)] }).every((w) => w.reviews === 0)).toBe(true);
  });

  it("overall retention pools the weeks", () => {
    expect(
      overallRetention([
        { weekStart: "a", reviews: 3, passed: 3, retention: 1 },
        { weekStart: "b", reviews: 1, passed: 0, retention: 0 },
      ]),
    ).toBe(0.75);
    expect(overallRetention([])).toBeNull();
  });
});

describe("retentionByWeek agrees with asking each rating's study day", () => {
  const zones = ["UTC", "Asia/Seoul", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham"];
  it("for random ratings, zones and rollover hours (DST nights included)", () => {
    const today = "2026-03-31";
    const from = Date.parse("2026-01-01T00:00:00Z");
    const to = Date.parse("2026-04-02T00:00:00Z");
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.array(fc.integer({ min: from, max: to }), { maxLength: 40 }),
        (timeZone, rolloverHour, times) => {
          const logs = times.map((t) => log(new Date(t).toISOString(), 3));
          const weeks = retentionByWeek({ logs, today, timeZone, rolloverHour, weeks: 8 });
          const expected = new Map(weeks.map((w) => [w.weekStart, 0]));
          for (const t of times) {
            const day = studyDay(new Date(t), timeZone, rolloverHour);
            const start = addDays(day, -weekdayOf(day));
            if (expected.has(start)) expected.set(start, expected.get(start)! + 1);
          }
          expect(weeks.map((w) => w.reviews)).toEqual([...expected.values()]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
