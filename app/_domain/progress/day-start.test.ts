import { describe, expect, it } from "vitest";
import { addDays, studyDay } from "../scheduling/study-day";
import { studyDayStart, studyDayStarts } from "./day-start";

describe("studyDayStart", () => {
  it.each([
    ["2026-03-05", "UTC", 4, "2026-03-05T04:00:00.000Z"],
    ["2026-03-05", "Asia/Seoul", 4, "2026-03-04T19:00:00.000Z"],
    ["2026-03-05", "Asia/Seoul", 0, "2026-03-04T15:00:00.000Z"],
    ["2026-03-10", "Asia/Kolkata", 4, "2026-03-09T22:30:00.000Z"],
    ["2026-03-05", "Asia/Kathmandu", 4, "2026-03-04T22:15:00.000Z"],
    ["2026-03-05", "Pacific/Kiritimati", 4, "2026-03-04T14:00:00.000Z"],
    ["2026-03-05", "Pacific/Pago_Pago", 4, "2026-03-05T15:00:00.000Z"],
    // New York springs forward at 02:00 on 8 March 2026: a rollover at 2 happens at 03:00 EDT.
    ["2026-03-08", "America/New_York", 2, "2026-03-08T07:00:00.000Z"],
    // Fall back on 1 November: 04:00 EST is 09:00Z.
    ["2026-11-01", "America/New_York", 4, "2026-11-01T09:00:00.000Z"],
  ])("%s in %s with rollover %i starts at %s", (day, zone, hour, expected) => {
    const start = studyDayStart(day, zone, hour);
    expect(start.toISOString()).toBe(expected);
    expect(studyDay(start, zone, hour)).toBe(day);
    expect(studyDay(new Date(start.getTime() - 60_000), zone, hour)).not.toBe(day);
  });
});

describe("studyDayStarts", () => {
  it.each(["UTC", "Asia/Seoul", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kathmandu"])(
    "agrees with studyDayStart day by day across daylight-saving changes in %s",
    (zone) => {
      for (const hour of [0, 2, 4]) {
        const starts = studyDayStarts("2026-02-23", 20, 7, zone, hour);
        expect(starts.map((d) => d.toISOString())).toEqual(starts.map((_, i) => studyDayStart(addDays("2026-02-23", 7 * i), zone, hour).toISOString()));
      }
      expect(studyDayStarts("2026-03-01", 40, 1, zone, 2).map((d) => d.toISOString())).toEqual(
        Array.from({ length: 40 }, (_, i) => studyDayStart(addDays("2026-03-01", i), zone, 2).toISOString()),
      );
    },
  );
});
