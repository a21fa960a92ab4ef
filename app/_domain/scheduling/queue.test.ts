import { describe, expect, it } from "vitest";
import { buildQueue, type ScheduledCard } from "./queue";

const now = new Date("2026-05-01T10:00:00Z");
const at = (min: number) => new Date(now.getTime() + min * 60_000);

describe("buildQueue", () => {
  const scheduled: ScheduledCard[] = [
    { cardId: "review-late", due: at(-10), state: 2 },
    { cardId: "review-early", due: at(-600), state: 2 },
    { cardId: "review-future", due: at(60), state: 2 },
    { cardId: "learning", due: at(5), state: 1 },
    { cardId: "relearning", due: at(-1), state: 3 },
    { cardId: "learning-later", due: at(120), state: 1 },
  ];

  it("serves due learning cards, then due reviews by due date, then new cards", () => {
    expect(buildQueue({ scheduled, newCardIds: ["n1", "n2"], now, limits: { newPerDay: 20, reviewsPerDay: 200 }, doneToday: { newCards: 0, reviews: 0 } })).toEqual([
      "relearning",
      "learning",
      "review-early",
      "review-late",
      "n1",
      "n2",
    ]);
  });

  it("respects what is left of the daily limits", () => {
    const q = buildQueue({ scheduled, newCardIds: ["n1", "n2", "n3"], now, limits: { newPerDay: 3, reviewsPerDay: 5 }, doneToday: { newCards: 2, reviews: 6 } });
    // 6 reviews today of which 2 were new cards: 4 reviews used, 1 left; 1 new card left.
    expect(q).toEqual(["relearning", "learning", "review-early", "n1"]);
  });

  it("never goes below zero when the limits were lowered during the day", () => {
    expect(buildQueue({ scheduled: [], newCardIds: ["n1"], now, limits: { newPerDay: 1, reviewsPerDay: 1 }, doneToday: { newCards: 5, reviews: 50 } })).toEqual([]);
  });
});
