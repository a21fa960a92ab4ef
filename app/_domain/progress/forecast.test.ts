import { describe, expect, it } from "vitest";
import { dueForecast } from "./forecast";

describe("dueForecast", () => {
  const at = (iso: string) => new Date(iso);

  it("has 30 study days from today; overdue cards are due today and later ones are left out", () => {
    const days = dueForecast({
      dues: [at("2026-02-01T00:00:00Z"), at("2026-03-04T12:00:00Z"), at("2026-03-05T12:00:00Z"), at("2026-03-05T13:00:00Z"), at("2026-04-20T00:00:00Z")],
      today: "2026-03-04",
      timeZone: "UTC",
      rolloverHour: 4,
    });
    expect(days).toHaveLength(30);
    expect(days[0]).toEqual({ day: "2026-03-04", due: 2 });
    expect(days[1]).toEqual({ day: "2026-03-05", due: 2 });
    expect(days.at(-1)!.day).toBe("2026-04-02");
    expect(days.reduce((n, d) => n + d.due, 0)).toBe(4);
  });

  it("buckets by the learner's study day: before the rollover hour is still the day before", () => {
    // 02:00 on 6 March in Seoul (17:00Z on the 5th) belongs to 5 March with a 4 AM rollover,
    // to 6 March with a midnight rollover.
    const dues = [at("2026-03-05T17:00:00Z")];
    expect(dueForecast({ dues, today: "2026-03-04", timeZone: "Asia/Seoul", rolloverHour: 4, length: 3 }).map((d) => d.due)).toEqual([0, 1, 0]);
    expect(dueForecast({ dues, today: "2026-03-04", timeZone: "Asia/Seoul", rolloverHour: 0, length: 3 }).map((d) => d.due)).toEqual([0, 0, 1]);
    // In New York that instant is 12:00 on 5 March.
    expect(dueForecast({ dues, today: "2026-03-04", timeZone: "America/New_York", rolloverHour: 4, length: 3 }).map((d) => d.due)).toEqual([0, 1, 0]);
  });
});
