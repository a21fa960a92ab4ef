import fc from "fast-check";
import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { InvalidRatingError, InvalidSchedulerSettingsError } from "./errors";
import { intervalLabel, previewIntervals, review } from "./fsrs";
import { newMemoryState, type MemoryState, type Rating } from "./memory-state";
import { defaultSchedulerSettings as settings, type SchedulerSettings } from "./settings";

const now = new Date("2026-01-10T12:00:00Z");
const days = (d: number) => new Date(now.getTime() + d * 86_400_000);
const MIN = 60_000;

/** A card that has graduated to review (new → Easy). */
const graduated = (s: SchedulerSettings = settings) => review(newMemoryState(now), 4, now, s).next;

describe("review", () => {
  it("a new card rated Good enters the learning steps (10 minutes)", () => {
    const { next, log } = review(newMemoryState(now), 3, now, settings);
    expect(next.state).toBe(1);
    expect(next.due.getTime() - now.getTime()).toBe(10 * MIN);
    expect(log).toMatchObject({ rating: 3, state: 0, reviewedAt: now });
  });

  it("a new card shows the learning steps on the buttons: Again 1m, Hard 6m, Good 10m, Easy in days", () => {
    const labels = previewIntervals(newMemoryState(now), now, settings).map((p) => p.label);
    expect(labels.slice(0, 3)).toEqual(["1m", "6m", "10m"]);
    expect(labels[3]).toMatch(/^\d+d$/);
  });

  it("walks custom learning steps one by one before graduating", () => {
    const s = { ...settings, learningSteps: "1m 10m 1h" };
    let card = review(newMemoryState(now), 3, now, s).next;
    expect(card.due.getTime() - now.getTime()).toBe(10 * MIN);
    card = review(card, 3, card.due, s).next;
    expect(card.state).toBe(1);
    expect(card.due.getTime() - card.lastReview!.getTime()).toBe(60 * MIN);
    card = review(card, 3, card.due, s).next;
    expect(card.state).toBe(2);
    expect(card.scheduledDays).toBeGreaterThanOrEqual(1);
  });

  it("a lapse sends a review card to the relearning step (10 minutes)", () => {
    const at = days(8);
    const { next } = review(graduated(), 1, at, settings);
    expect(next.state).toBe(3);
    expect(next.lapses).toBe(1);
    expect(next.due.getTime() - at.getTime()).toBe(10 * MIN);
  });

  it("intervals grow Again < Hard < Good < Easy for a review card", () => {
    const dues = previewIntervals(graduated(), days(10), settings).map((p) => p.due.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(new Set(dues).size).toBe(4);
  });

  it("the preview gives exactly what the rating then gives", () => {
    const card = graduated();
    for (const p of previewIntervals(card, days(9), settings)) expect(review(card, p.rating, days(9), settings).next.due).toEqual(p.due);
  });

  it("a lower desired retention gives longer intervals", () => {
    const easy = graduated();
    const at = (r: number) => review(easy, 3, days(15), { ...settings, desiredRetention: r }).next.scheduledDays;
    expect(at(0.8)).toBeGreaterThan(at(0.95));
  });

  it("maximum interval caps the schedule, Easy included", () => {
    const s = { ...settings, maximumInterval: 3 };
    let card = review(newMemoryState(now), 4, now, s).next;
    expect(card.scheduledDays).toBeLessThanOrEqual(3);
    for (let i = 1; i < 6; i++) {
      card = review(card, 4, card.due, s).next;
      expect(card.scheduledDays).toBeLessThanOrEqual(3);
      expect(card.due.getTime() - card.lastReview!.getTime()).toBeLessThanOrEqual(3 * 86_400_000);
    }
  });

  it("settings that differ only in how steps are split between learning and relearning never share a scheduler", () => {
    const twoGoods = (s: SchedulerSettings) => {
      const first = review(newMemoryState(now), 3, now, s).next;
      return review(first, 3, first.due, s).next.state;
    };
    // Joined without a separator both would read "1m 1m 10m"; the second still has a step to go.
    expect(twoGoods({ ...settings, learningSteps: "1m 1m", relearningSteps: " 10m" })).toBe(2);
    expect(twoGoods({ ...settings, learningSteps: "1m 1m 10m", relearningSteps: "" })).toBe(1);
  });

  it("the time since the last review matters: a later review of the same card grows stability more", () => {
    const card = graduated();
    const early = review(card, 3, days(2), settings).next.stability;
    const late = review(card, 3, days(30), settings).next.stability;
    expect(late).toBeGreaterThan(early);
  });

  it("a capped interval is due exactly the maximum number of days after the review", () => {
    const s = { ...settings, maximumInterval: 2 };
    const card = review(review(newMemoryState(now), 4, now, s).next, 4, days(2), s).next;
    expect(card.scheduledDays).toBe(2);
    expect(card.due).toEqual(days(4));
  });

  it("personal parameters are used (the default weights give the default schedule)", () => {
    const personal = { ...settings, parameters: [...default_w] };
    expect(review(graduated(), 3, days(8), personal).next).toEqual(review(graduated(), 3, days(8), settings).next);
    const slower = { ...settings, parameters: default_w.map((w, i) => (i === 3 ? w / 4 : w)) }; // w[3]: initial stability after Easy
    expect(graduated(slower).scheduledDays).toBeLessThan(graduated().scheduledDays);
  });

  it("is deterministic: the same inputs give the same state (fuzz is seeded by the inputs)", () => {
    expect(review(graduated(), 3, days(20), settings)).toEqual(review(graduated(), 3, days(20), settings));
  });

  it("refuses a rating outside 1..4 and an invalid now, carrying the value", () => {
    expect(() => review(newMemoryState(now), 5 as Rating, now, settings)).toThrow(InvalidRatingError);
    expect(() => review(newMemoryState(now), 0 as Rating, now, settings)).toThrow(/0 is not a rating/);
    expect(() => review(newMemoryState(now), 3, new Date(Number.NaN), settings)).toThrow("now is an invalid Date: expected a valid Date.");
  });

  it("refuses invalid settings with the schema's messages", () => {
    const bad = { ...settings, desiredRetention: 0.5, learningSteps: "1m ten" };
    try {
      review(newMemoryState(now), 3, now, bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidSchedulerSettingsError);
      expect((e as InvalidSchedulerSettingsError).settings).toBe(bad);
      expect((e as Error).message).toMatch(/desiredRetention: must be 0.70-0.99/);
      expect((e as Error).message).toMatch(/"ten"/);
    }
  });

  it("never produces NaN or a due date before the review, whatever the ratings, waits and settings", () => {
    const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
    const someSettings = fc.record({
      desiredRetention: fc.double({ min: 0.7, max: 0.99, noNaN: true }),
      maximumInterval: fc.integer({ min: 1, max: 36500 }),
      learningSteps: fc.constantFrom("", "1m", "1m 10m", "5m 1h 1d", "30m 2d"),
      relearningSteps: fc.constantFrom("", "10m", "10m 1d"),
    });
    fc.assert(
      fc.property(someSettings, fc.array(fc.tuple(rating, fc.integer({ min: 0, max: 400 * 24 * 60 })), { maxLength: 20 }), (s, steps) => {
        let card: MemoryState = newMemoryState(now);
        let t = now;
        for (const [r, waitMin] of steps) {
          t = new Date(t.getTime() + waitMin * MIN);
          const { next, log } = review(card, r, t, s);
          for (const n of [next.stability, next.difficulty, next.elapsedDays, next.scheduledDays, next.due.getTime(), log.stability, log.difficulty])
            expect(Number.isFinite(n)).toBe(true);
          expect(next.due.getTime()).toBeGreaterThanOrEqual(t.getTime());
          expect(next.scheduledDays).toBeLessThanOrEqual(s.maximumInterval);
          card = next;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("intervalLabel", () => {
  it.each([
    [30_000, "30s"],
    [10 * MIN, "10m"],
    [59.7 * MIN, "1h"],
    [3 * 3_600_000, "3h"],
    [4 * 86_400_000, "4d"],
    [75 * 86_400_000, "2.5mo"],
    [96 * 86_400_000, "3.2mo"],
    [400 * 86_400_000, "1.1y"],
    // Each unit starts where the smaller one would round up to it.
    [-5_000, "0s"],
    [59.4 * MIN, "59m"],
    [59.5 * MIN, "1h"],
    [23.4 * 60 * MIN, "23h"],
    [23.5 * 60 * MIN, "1d"],
    [29.4 * 86_400_000, "29d"],
    [29.5 * 86_400_000, "1mo"],
    [60 * 86_400_000, "2mo"],
    [364 * 86_400_000, "12.1mo"],
    [365 * 86_400_000, "1y"],
    [730 * 86_400_000, "2y"],
  ])("%d ms → %s", (ms, label) => expect(intervalLabel(ms)).toBe(label));
});
