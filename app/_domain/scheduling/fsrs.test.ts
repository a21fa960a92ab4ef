import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { intervalLabel, previewIntervals, review } from "./fsrs";
import { newMemoryState, type MemoryState } from "./memory-state";
import { defaultSchedulerSettings as settings } from "./settings";

const now = new Date("2026-01-10T12:00:00Z");
const days = (d: number) => new Date(now.getTime() + d * 86_400_000);

describe("review", () => {
  it("a new card rated Good enters the learning steps (10 minutes)", () => {
    const { next } = review(newMemoryState(now), 3, now, settings);
    expect(next.state).toBe(1);
    expect(next.due.getTime() - now.getTime()).toBe(10 * 60_000);
  });

  it("intervals grow Again < Hard < Good < Easy for a review card", () => {
    let s: MemoryState = newMemoryState(now);
    s = review(s, 4, now, settings).next;
    const later = days(10);
    const dues = previewIntervals(s, later, settings).map((p) => p.due.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(new Set(dues).size).toBe(4);
  });

  it("a lower desired retention gives longer intervals", () => {
    const easy = review(newMemoryState(now), 4, now, settings).next;
    const at = (r: number) => review(easy, 3, days(15), { ...settings, desiredRetention: r }).next.scheduledDays;
    expect(at(0.8)).toBeGreaterThan(at(0.95));
  });

  it("maximum interval caps the schedule", () => {
    let s = review(newMemoryState(now), 4, now, { ...settings, maximumInterval: 3 }).next;
    for (let i = 1; i < 6; i++) s = review(s, 4, s.due, { ...settings, maximumInterval: 3 }).next;
    expect(s.scheduledDays).toBeLessThanOrEqual(3);
  });

  it("never produces NaN or a due date in the past", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, fc.integer({ min: 0, max: 90 * 24 * 60 })), { maxLength: 15 }), (steps) => {
        let s = newMemoryState(now);
        let t = now;
        for (const [rating, waitMin] of steps) {
          t = new Date(t.getTime() + waitMin * 60_000);
          s = review(s, rating, t, settings).next;
          expect(Number.isFinite(s.stability) && Number.isFinite(s.difficulty)).toBe(true);
          expect(s.due.getTime()).toBeGreaterThanOrEqual(t.getTime());
        }
      }),
    );
  });
});

describe("intervalLabel", () => {
  it.each([
    [30_000, "30s"],
    [10 * 60_000, "10m"],
    [3 * 3_600_000, "3h"],
    [4 * 86_400_000, "4d"],
    [75 * 86_400_000, "2.5mo"],
    [400 * 86_400_000, "1.1y"],
  ])("%d ms → %s", (ms, label) => expect(intervalLabel(ms)).toBe(label));
});
