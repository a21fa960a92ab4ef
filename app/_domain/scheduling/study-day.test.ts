import { describe, expect, it } from "vitest";
import { InvalidTimeZoneError } from "./errors";
import { addDays, daysBetween, studyDay } from "./study-day";

describe("studyDay", () => {
  it("the hours before the rollover count as the previous day", () => {
    // 03:59 and 04:00 in Seoul (UTC+9) on 10 March.
    expect(studyDay(new Date("2026-03-09T18:59:00Z"), "Asia/Seoul", 4)).toBe("2026-03-09");
    expect(studyDay(new Date("2026-03-09T19:00:00Z"), "Asia/Seoul", 4)).toBe("2026-03-10");
    expect(studyDay(new Date("2026-03-09T18:59:00Z"), "Asia/Seoul", 0)).toBe("2026-03-10");
  });

  it("follows the spring-forward night in New York (02:00 → 03:00 on 8 March 2026)", () => {
    // 03:30 EDT (07:30Z) is still before the 4 AM rollover; 04:00 EDT (08:00Z) is the new day.
    expect(studyDay(new Date("2026-03-08T07:30:00Z"), "America/New_York", 4)).toBe("2026-03-07");
    expect(studyDay(new Date("2026-03-08T08:00:00Z"), "America/New_York", 4)).toBe("2026-03-08");
  });

  it("follows the fall-back night in New York (02:00 → 01:00 on 1 November 2026)", () => {
    // 01:30 happens twice (05:30Z EDT and 06:30Z EST); both belong to 31 October.
    expect(studyDay(new Date("2026-11-01T05:30:00Z"), "America/New_York", 4)).toBe("2026-10-31");
    expect(studyDay(new Date("2026-11-01T06:30:00Z"), "America/New_York", 4)).toBe("2026-10-31");
    expect(studyDay(new Date("2026-11-01T09:00:00Z"), "America/New_York", 4)).toBe("2026-11-01");
  });

  it("refuses a time zone that does not exist, naming it", () => {
    expect(() => studyDay(new Date(), "Mars/Olympus", 4)).toThrow(InvalidTimeZoneError);
    expect(() => studyDay(new Date(), "Mars/Olympus", 4)).toThrow(/Mars\/Olympus/);
  });
});

describe("day arithmetic", () => {
  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-02-27", "2026-03-02")).toBe(3);
  });
});
