import { describe, expect, it } from "vitest";
import { InvalidArgumentError, InvalidDayError, InvalidTimeZoneError } from "./errors";
import { addDays, daysBetween, isValidDay, isValidTimeZone, studyDay } from "./study-day";

const at = (iso: string) => new Date(iso);

describe("studyDay", () => {
  it("the hours before the rollover count as the previous day (03:59 vs 04:00 local)", () => {
    // 03:59 and 04:00 in Seoul (UTC+9, no daylight saving) on 10 March.
    expect(studyDay(at("2026-03-09T18:59:00Z"), "Asia/Seoul", 4)).toBe("2026-03-09");
    expect(studyDay(at("2026-03-09T19:00:00Z"), "Asia/Seoul", 4)).toBe("2026-03-10");
    // Rollover 0 is the plain calendar date.
    expect(studyDay(at("2026-03-09T18:59:00Z"), "Asia/Seoul", 0)).toBe("2026-03-10");
    // 02:30 local belongs to the evening before, as in Anki.
    expect(studyDay(at("2026-03-09T17:30:00Z"), "Asia/Seoul", 4)).toBe("2026-03-09");
  });

  it("the same instant is a different day in different zones", () => {
    const instant = at("2026-03-10T06:00:00Z"); // 15:00 in Seoul, 23:00 the day before in Los Angeles
    expect(studyDay(instant, "Asia/Seoul", 4)).toBe("2026-03-10");
    expect(studyDay(instant, "America/Los_Angeles", 4)).toBe("2026-03-09");
    expect(studyDay(instant, "UTC", 4)).toBe("2026-03-10");
  });

  it("follows the spring-forward night in New York (02:00 → 03:00 on 8 March 2026)", () => {
    // 01:59 EST (06:59Z), then 03:00 EDT (07:00Z): one minute apart, both before 4 AM.
    expect(studyDay(at("2026-03-08T06:59:00Z"), "America/New_York", 4)).toBe("2026-03-07");
    expect(studyDay(at("2026-03-08T07:00:00Z"), "America/New_York", 4)).toBe("2026-03-07");
    // 03:59 EDT (07:59Z) is still the day before; 04:00 EDT (08:00Z) is the new day.
    expect(studyDay(at("2026-03-08T07:59:00Z"), "America/New_York", 4)).toBe("2026-03-07");
    expect(studyDay(at("2026-03-08T08:00:00Z"), "America/New_York", 4)).toBe("2026-03-08");
  });

  it("a rollover inside the skipped hour happens when the clocks jump past it", () => {
    // Rollover at 2: 01:59 EST is the day before; the next local minute is 03:00 EDT, the new day.
    expect(studyDay(at("2026-03-08T06:59:00Z"), "America/New_York", 2)).toBe("2026-03-07");
    expect(studyDay(at("2026-03-08T07:00:00Z"), "America/New_York", 2)).toBe("2026-03-08");
  });

  it("follows the fall-back night in New York (02:00 → 01:00 on 1 November 2026)", () => {
    // 01:30 happens twice (05:30Z EDT and 06:30Z EST); both belong to 31 October.
    expect(studyDay(at("2026-11-01T05:30:00Z"), "America/New_York", 4)).toBe("2026-10-31");
    expect(studyDay(at("2026-11-01T06:30:00Z"), "America/New_York", 4)).toBe("2026-10-31");
    // 03:59 EST (08:59Z) is the last minute of 31 October's study day, 04:00 EST (09:00Z) the first of 1 November's.
    expect(studyDay(at("2026-11-01T08:59:00Z"), "America/New_York", 4)).toBe("2026-10-31");
    expect(studyDay(at("2026-11-01T09:00:00Z"), "America/New_York", 4)).toBe("2026-11-01");
  });

  it("follows daylight saving in Berlin (29 March and 25 October 2026)", () => {
    // Spring: 02:00 CET → 03:00 CEST. 03:59 CEST is 01:59Z, 04:00 CEST is 02:00Z.
    expect(studyDay(at("2026-03-29T01:59:00Z"), "Europe/Berlin", 4)).toBe("2026-03-28");
    expect(studyDay(at("2026-03-29T02:00:00Z"), "Europe/Berlin", 4)).toBe("2026-03-29");
    // Autumn: 03:00 CEST → 02:00 CET. 03:59 CET is 02:59Z, 04:00 CET is 03:00Z.
    expect(studyDay(at("2026-10-25T02:59:00Z"), "Europe/Berlin", 4)).toBe("2026-10-24");
    expect(studyDay(at("2026-10-25T03:00:00Z"), "Europe/Berlin", 4)).toBe("2026-10-25");
  });

  it("works for zones with a half-hour offset", () => {
    // India is UTC+5:30: 04:00 local on 10 March is 22:30Z on the 9th.
    expect(studyDay(at("2026-03-09T22:29:00Z"), "Asia/Kolkata", 4)).toBe("2026-03-09");
    expect(studyDay(at("2026-03-09T22:30:00Z"), "Asia/Kolkata", 4)).toBe("2026-03-10");
  });

  it("refuses a time zone that does not exist, naming it", () => {
    expect(() => studyDay(now(), "Mars/Olympus", 4)).toThrow(InvalidTimeZoneError);
    expect(() => studyDay(now(), "Mars/Olympus", 4)).toThrow(/Mars\/Olympus/);
    expect(() => studyDay(now(), "", 4)).toThrow(InvalidTimeZoneError);
    expect(() => studyDay(now(), "  ", 4)).toThrow(InvalidTimeZoneError);
    // A missing zone must not fall back to the machine's own.
    expect(() => studyDay(now(), undefined as unknown as string, 4)).toThrow('"undefined" is not an IANA time zone');
    expect(isValidTimeZone("Asia/Seoul")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
  });

  it("refuses a rollover hour outside 0..23 and an invalid instant", () => {
    expect(() => studyDay(now(), "UTC", 24)).toThrow(InvalidArgumentError);
    expect(() => studyDay(now(), "UTC", 3.5)).toThrow(/rolloverHour is 3.5/);
    expect(() => studyDay(new Date(Number.NaN), "UTC", 4)).toThrow("instant is an invalid Date: expected a valid Date.");
    expect(() => studyDay(now(), "UTC", -1)).toThrow("rolloverHour is -1: expected a whole hour from 0 to 23.");
  });
});

describe("day arithmetic", () => {
  it("adds days across month, year and leap-day ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-07", 1)).toBe("2026-03-08"); // a daylight-saving date is still one day
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(3);
    expect(daysBetween("2026-03-02", "2026-02-27")).toBe(-3);
    expect(daysBetween("2026-01-01", "2026-01-01")).toBe(0);
  });

  it("refuses a fractional number of days", () => {
    expect(() => addDays("2026-01-01", 1.5)).toThrow("n is 1.5: expected a whole number of days.");
  });

  it.each(["2026-02-30", "2026-13-01", "2026-3-1", "2026-03-01T00:00", " 2026-03-01", "+02026-03-01", "yesterday", "", 20260301 as unknown as string])(
    "refuses %j, carrying it",
    (day) => {
      expect(isValidDay(day)).toBe(false);
      expect(() => addDays(day, 1)).toThrow(InvalidDayError);
      expect(() => daysBetween("2026-01-01", day)).toThrow(expect.objectContaining({ name: "InvalidDayError", day }));
    },
  );
});

function now(): Date {
  return at("2026-06-01T12:00:00Z");
}
