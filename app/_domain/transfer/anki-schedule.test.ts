import { describe, expect, it } from "vitest";
import { newMemoryState, studyDay, type MemoryState } from "../scheduling";
import { ANKI_MAX_TAKEN_MS, ankiRevlog, ankiSchedule, revlogInterval, type RevlogReview } from "./anki-schedule";

const NOW = new Date("2026-03-10T03:00:00Z"); // 12:00 in Seoul
const at = (iso: string) => new Date(iso);
const clock = { now: NOW, dayOf: (d: Date) => studyDay(d, "Asia/Seoul", 4) };
const steps = { learning: 2, relearning: 1 };
const state = (s: Partial<MemoryState>): MemoryState => ({ ...newMemoryState(NOW), stability: 5.12345, difficulty: 6.2, reps: 3, lapses: 1, ...s });

describe("ankiSchedule", () => {
  it("leaves an unseen card new", () => {
    expect(ankiSchedule(null, clock, steps)).toBeNull();
    expect(ankiSchedule(state({ state: 0 }), clock, steps)).toBeNull();
  });

  it("a review card is due on its study day counted from today, with its interval in days and its FSRS memory", () => {
    // Due 03:00 on the 15th in Seoul: before the 04:00 rollover, so it belongs to the 14th, 4 days on.
    const s = ankiSchedule(state({ state: 2, due: at("2026-03-14T18:00:00Z"), scheduledDays: 5 }), clock, steps);
    expect(s).toEqual({ type: 2, queue: 2, due: 4, ivl: 5, factor: 2500, reps: 3, lapses: 1, left: 0, data: '{"s":5.1235,"d":6.2}' });
  });

  it("an overdue review card is due today, not before the collection began", () => {
    expect(ankiSchedule(state({ state: 2, due: at("2026-03-01T00:00:00Z"), scheduledDays: 3 }), clock, steps)?.due).toBe(0);
  });

  it("a card in a learning step within the day is in the learning queue, due in epoch seconds, with its steps to go", () => {
    const due = at("2026-03-10T03:10:00Z");
    expect(ankiSchedule(state({ state: 1, due, learningSteps: 1 }), clock, steps)).toMatchObject({
      type: 1,
      queue: 1,
      due: due.getTime() / 1000,
      ivl: 0,
      left: 1001,
    });
  });

  it("a relearning card whose step is a day or more is in the day-learning queue, by day number", () => {
    const s = ankiSchedule(state({ state: 3, due: at("2026-03-12T03:00:00Z"), scheduledDays: 2, learningSteps: 0 }), clock, steps);
    expect(s).toMatchObject({ type: 3, queue: 3, due: 2, ivl: 2, left: 1001 });
  });
});

describe("ankiSchedule: steps to go and the one-day line", () => {
  it("counts the learning steps still to go, at least the one the card is in", () => {
    expect(ankiSchedule(state({ state: 1, due: at("2026-03-10T03:01:00Z"), learningSteps: 0 }), clock, steps)?.left).toBe(2002);
    // Steps shortened since (settings now have 2, the card had passed 3): still one to go, never negative.
    expect(ankiSchedule(state({ state: 1, due: at("2026-03-10T03:01:00Z"), learningSteps: 3 }), clock, steps)?.left).toBe(1001);
  });

  it("a step due a full day from now or later is by day number; a second less is within the day", () => {
    const dayLater = new Date(NOW.getTime() + 86_400_000);
    expect(ankiSchedule(state({ state: 1, due: dayLater }), clock, steps)).toMatchObject({ queue: 3, due: 1 });
    const justUnder = new Date(dayLater.getTime() - 1000);
    expect(ankiSchedule(state({ state: 1, due: justUnder }), clock, steps)).toMatchObject({ queue: 1, due: justUnder.getTime() / 1000 });
  });
});

describe("revlogInterval", () => {
  it("a review card's interval is at least a day, taken from its scheduled days, not from the time to its due", () => {
    const t = at("2026-03-10T00:00:00Z");
    expect(revlogInterval({ state: 2, scheduledDays: 0, due: at("2026-03-10T00:30:00Z") }, t)).toBe(1);
    expect(revlogInterval({ state: 2, scheduledDays: 3, due: at("2026-03-15T00:00:00Z") }, t)).toBe(3);
  });

  it("is days once the card is in review, minus the seconds for a step shorter than a day", () => {
    const t = at("2026-03-10T00:00:00Z");
    expect(revlogInterval({ state: 2, scheduledDays: 7, due: at("2026-03-17T00:00:00Z") }, t)).toBe(7);
    expect(revlogInterval({ state: 1, scheduledDays: 0, due: at("2026-03-10T00:10:00Z") }, t)).toBe(-600);
    expect(revlogInterval({ state: 3, scheduledDays: 0, due: at("2026-03-11T00:00:00Z") }, t)).toBe(1);
  });
});

describe("ankiRevlog", () => {
  const review = (id: string, cardId: string, iso: string, rest: Partial<RevlogReview> = {}): RevlogReview => ({
    id,
    cardId,
    rating: 3,
    state: 0,
    reviewedAt: at(iso),
    durationMs: 4_000,
    cram: false,
    previous: null,
    undoneAt: null,
    ...rest,
  });
  const cids: Record<string, number> = { a: 101, b: 102 };
  const cidOf = (id: string) => cids[id];

  it("chains each rating's interval to the next one's, with the type of the state it was given in", () => {
    const afterFirst = { state: 1 as const, scheduledDays: 0, due: at("2026-03-01T00:10:00Z") };
    const afterSecond = { state: 2 as const, scheduledDays: 3, due: at("2026-03-04T00:10:00Z") };
    const afterThird = { state: 3 as const, scheduledDays: 0, due: at("2026-03-04T00:20:00Z") };
    const reviews = [
      review("1", "a", "2026-03-01T00:00:00Z", { rating: 3 }),
      review("2", "a", "2026-03-01T00:10:00Z", { rating: 3, state: 1, previous: afterFirst }),
      review("3", "a", "2026-03-04T00:10:00Z", { rating: 1, state: 2, previous: afterSecond, durationMs: 90_000 }),
    ];
    const rows = ankiRevlog(reviews, () => afterThird, cidOf);
    expect(rows.map((r) => [r.id, r.cid, r.ease, r.ivl, r.lastIvl, r.type, r.time, r.usn])).toEqual([
      [at("2026-03-01T00:00:00Z").getTime(), 101, 3, -600, 0, 0, 4_000, -1],
      [at("2026-03-01T00:10:00Z").getTime(), 101, 3, 3, -600, 0, 4_000, -1],
      [at("2026-03-04T00:10:00Z").getTime(), 101, 1, -600, 3, 1, ANKI_MAX_TAKEN_MS, -1],
    ]);
  });

  it("leaves out undone reviews and cards not in the package; cram keeps the interval and is type 3", () => {
    const current = { state: 2 as const, scheduledDays: 4, due: at("2026-03-05T00:00:00Z") };
    const reviews = [
      review("1", "b", "2026-03-01T00:00:00Z", { state: 2 }),
      review("2", "b", "2026-03-01T01:00:00Z", { cram: true, rating: 1 }),
      review("3", "b", "2026-03-01T02:00:00Z", { undoneAt: at("2026-03-01T02:00:05Z") }),
      review("4", "gone", "2026-03-01T03:00:00Z"),
    ];
    const rows = ankiRevlog(reviews, () => current, cidOf);
    expect(rows.map((r) => [r.cid, r.ease, r.ivl, r.lastIvl, r.type])).toEqual([
      [102, 3, 4, 0, 1],
      [102, 1, 4, 4, 3],
    ]);
  });

  it("gives two reviews in the same millisecond different ids, in order", () => {
    const rows = ankiRevlog([review("1", "a", "2026-03-01T00:00:00Z"), review("2", "b", "2026-03-01T00:00:00Z")], () => null, cidOf);
    const t = at("2026-03-01T00:00:00Z").getTime();
    expect(rows.map((r) => r.id)).toEqual([t, t + 1]);
  });

  it("orders reviews by time, then by id (not by id alone), whatever order they come in", () => {
    const rows = ankiRevlog(
      [review("1", "a", "2026-03-02T00:00:00Z"), review("3", "b", "2026-03-01T00:00:00Z"), review("2", "a", "2026-03-01T00:00:00Z", { rating: 4 })],
      () => null,
      cidOf,
    );
    const t = at("2026-03-01T00:00:00Z").getTime();
    expect(rows.map((r) => [r.id, r.cid, r.ease])).toEqual([
      [t, 101, 4],
      [t + 1, 102, 3],
      [at("2026-03-02T00:00:00Z").getTime(), 101, 3],
    ]);
  });

  it("a relearning rating is type 2", () => {
    expect(ankiRevlog([review("1", "a", "2026-03-01T00:00:00Z", { state: 3 })], () => null, cidOf).map((r) => r.type)).toEqual([2]);
  });

  it("a cram rating between two live ones neither breaks their chain nor takes an interval of its own", () => {
    const crammedBefore = { state: 2 as const, scheduledDays: 9, due: at("2026-03-10T00:00:00Z") };
    const beforeThird = { state: 2 as const, scheduledDays: 3, due: at("2026-03-04T00:00:00Z") };
    const current = { state: 2 as const, scheduledDays: 8, due: at("2026-03-13T00:00:00Z") };
    const reviews = [
      review("1", "a", "2026-03-01T00:00:00Z"),
      review("2", "a", "2026-03-02T00:00:00Z", { cram: true, previous: crammedBefore }),
      review("3", "a", "2026-03-05T00:00:00Z", { state: 2, previous: beforeThird }),
    ];
    const rows = ankiRevlog(reviews, () => current, cidOf);
    expect(rows.map((r) => [r.ivl, r.lastIvl, r.type])).toEqual([
      [3, 0, 0],
      [3, 3, 3],
      [8, 3, 1],
    ]);
  });
});
