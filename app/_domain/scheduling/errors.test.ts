import { describe, expect, it } from "vitest";
import {
  InvalidArgumentError,
  InvalidDayError,
  InvalidRatingError,
  InvalidSchedulerSettingsError,
  InvalidScoreError,
  InvalidStepsError,
  InvalidTimeZoneError,
  SchedulingError,
} from "./errors";

// The web layer shows these messages and logs the carried values: each must name the bad value
// and say what was expected, and each class must say which refusal it is.
describe("scheduling errors", () => {
  it.each([
    [
      () => new InvalidStepsError("1m 5x", "5x"),
      "InvalidStepsError",
      ['Learning steps "1m 5x"', '"5x" should be a number followed by m, h or d', '"1m 10m 1d"'],
    ],
    [() => new InvalidTimeZoneError("Mars/Olympus"), "InvalidTimeZoneError", ['"Mars/Olympus" is not an IANA time zone', '"Asia/Seoul"']],
    [() => new InvalidSchedulerSettingsError({}, ["a", "b"]), "InvalidSchedulerSettingsError", ["Scheduler settings are not valid: a; b."]],
    [() => new InvalidRatingError(7), "InvalidRatingError", ["7 is not a rating", "1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"]],
    [() => new InvalidScoreError(1.5), "InvalidScoreError", ["1.5 is not a drill score", "from 0 to 1"]],
    [() => new InvalidDayError("2026-02-30"), "InvalidDayError", ['"2026-02-30" is not a study day', "YYYY-MM-DD"]],
    [() => new InvalidArgumentError("limit", -1, "at least 0"), "InvalidArgumentError", ["limit is -1: expected at least 0."]],
  ] as const)("%# names the value and what was expected", (make, name, parts) => {
    // Built inside the test, so a mutation run sees the construction as this test's.
    const error = make();
    expect(error).toBeInstanceOf(SchedulingError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    for (const part of parts) expect(error.message).toContain(part);
  });

  it("the base class has its own name", () => {
    expect(new SchedulingError("x").name).toBe("SchedulingError");
  });

  it("carries the refused values for the server layer", () => {
    expect(new InvalidStepsError("1m 5x", "5x")).toMatchObject({ input: "1m 5x", token: "5x" });
    expect(new InvalidTimeZoneError("X")).toMatchObject({ timeZone: "X" });
    expect(new InvalidRatingError("4")).toMatchObject({ rating: "4" });
    expect(new InvalidArgumentError("n", 2.5, "a whole number")).toMatchObject({ argument: "n", value: 2.5 });
  });

  it.each([
    [new Date(Number.NaN), "now is an invalid Date: expected x."],
    [new Date("2026-01-02T03:04:05Z"), "now is 2026-01-02T03:04:05.000Z: expected x."],
    ["Seoul", 'now is "Seoul": expected x.'],
    [{ a: 1 }, 'now is {"a":1}: expected x.'],
    [null, "now is null: expected x."],
    [Number.NaN, "now is NaN: expected x."],
    [Number.POSITIVE_INFINITY, "now is Infinity: expected x."],
  ])("shows %s readably", (value, message) => {
    expect(new InvalidArgumentError("now", value, "x").message).toBe(message);
  });
});
