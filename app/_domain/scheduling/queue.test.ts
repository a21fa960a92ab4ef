import { describe, expect, it } from "vitest";
import { InvalidArgumentError } from "./errors";
import { buildQueue, doneCounts, dueCounts, type NewCard, type QueueInput, type ScheduledCard } from "./queue";

const now = new Date("2026-05-01T10:00:00Z");
const at = (min: number) => new Date(now.getTime() + min * 60_000);

const states: ScheduledCard[] = [
  { cardId: "review-late", due: at(-10), state: 2, topicId: "close" },
  { cardId: "review-early", due: at(-600), state: 2, topicId: "open" },
  { cardId: "review-future", due: at(60), state: 2, topicId: "open" },
  { cardId: "learning", due: at(5), state: 1, topicId: "close" },
  { cardId: "relearning", due: at(-1), state: 3, topicId: "open" },
  { cardId: "learning-later", due: at(120), state: 1, topicId: "open" },
];
const newCards: NewCard[] = [
  { cardId: "n1", topicId: "open" },
  { cardId: "n2", topicId: "close" },
  { cardId: "n3", topicId: "open" },
];
const input = (over: Partial<QueueInput> = {}): QueueInput => ({
  states,
  newCards,
  now,
  limits: { newPerDay: 20, reviewsPerDay: 200 },
  doneToday: { newCount: 0, reviewCount: 0 },
  ...over,
});

describe("buildQueue", () => {
  it("serves due learning cards, then due reviews by due date, then new cards in content order", () => {
    expect(buildQueue(input())).toEqual(["relearning", "learning", "review-early", "review-late", "n1", "n2", "n3"]);
  });

  it("learns ahead up to 20 minutes, but never shows a review before it is due", () => {
    const q = buildQueue(input());
    expect(q).toContain("learning"); // due in 5 minutes
    expect(q).not.toContain("learning-later"); // due in 2 hours
    expect(q).not.toContain("review-future");
  });

  it("respects what is left of the daily limits; learning cards are never held back", () => {
    const q = buildQueue(input({ limits: { newPerDay: 3, reviewsPerDay: 5 }, doneToday: { newCount: 2, reviewCount: 4 } }));
    expect(q).toEqual(["relearning", "learning", "review-early", "n1"]);
    expect(buildQueue(input({ limits: { newPerDay: 0, reviewsPerDay: 0 } }))).toEqual(["relearning", "learning"]);
  });

  it("never goes below zero when the limits were lowered during the day", () => {
    expect(buildQueue(input({ states: [], limits: { newPerDay: 1, reviewsPerDay: 1 }, doneToday: { newCount: 5, reviewCount: 50 } }))).toEqual([]);
  });

  it("filters by topic", () => {
    expect(buildQueue(input({ topic: "open" }))).toEqual(["relearning", "review-early", "n1", "n3"]);
    expect(buildQueue(input({ topic: "close" }))).toEqual(["learning", "review-late", "n2"]);
    expect(buildQueue(input({ topic: "nothing" }))).toEqual([]);
  });

  it("does not depend on the input order; equal due dates fall back to the card id", () => {
    const same: ScheduledCard[] = [
      { cardId: "b", due: at(-5), state: 2 },
      { cardId: "a", due: at(-5), state: 2 },
      { cardId: "c", due: at(-50), state: 2 },
    ];
    expect(buildQueue(input({ states: same, newCards: [] }))).toEqual(["c", "a", "b"]);
    expect(buildQueue(input({ states: [...same].reverse(), newCards: [] }))).toEqual(["c", "a", "b"]);
  });

  it("serves each card once; a memory state wins over a listing as new", () => {
    const q = buildQueue(input({ states: [{ cardId: "n1", due: at(-5), state: 2 }], newCards: [...newCards, { cardId: "n2" }] }));
    expect(q).toEqual(["n1", "n2", "n3"]);
  });

  it("a card whose state is still New counts as a new card", () => {
    const q = buildQueue(input({ states: [{ cardId: "reset", due: at(-5), state: 0 }], limits: { newPerDay: 2, reviewsPerDay: 10 } }));
    expect(q).toEqual(["reset", "n1"]);
  });

  it("counts a stored day's first sights of new cards as new cards, not reviews", () => {
    const q = buildQueue(input({ limits: { newPerDay: 3, reviewsPerDay: 5 }, doneToday: doneCounts({ newCards: 2, reviews: 6 }) }));
    // 6 ratings today of which 2 were new cards: 4 reviews used, 1 left; 1 new card left.
    expect(q).toEqual(["relearning", "learning", "review-early", "n1"]);
  });

  it("refuses negative or fractional limits and counts, carrying the value", () => {
    expect(() => buildQueue(input({ limits: { newPerDay: -1, reviewsPerDay: 10 } }))).toThrow(InvalidArgumentError);
    expect(() => buildQueue(input({ doneToday: { newCount: 0, reviewCount: 1.5 } }))).toThrow(/doneToday.reviewCount is 1.5/);
  });
});

describe("dueCounts", () => {
  it("counts what the queue holds, after limits and topic", () => {
    expect(dueCounts(input())).toEqual({ learning: 2, review: 2, new: 3, total: 7 });
    expect(dueCounts(input({ limits: { newPerDay: 1, reviewsPerDay: 1 }, topic: "open" }))).toEqual({ learning: 1, review: 1, new: 1, total: 3 });
  });

  it("always agrees with buildQueue", () => {
    for (const over of [{}, { topic: "open" }, { limits: { newPerDay: 2, reviewsPerDay: 1 } }, { now: at(200) }]) {
      expect(dueCounts(input(over)).total).toBe(buildQueue(input(over)).length);
    }
  });
});
