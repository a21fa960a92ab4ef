import { describe, expect, it } from "vitest";
import { bucketOf, drillsMastered, topicMastery } from "./mastery";

describe("bucketOf", () => {
  it("follows Anki's buckets with the 21-day line", () => {
    expect(bucketOf(undefined)).toBe("new");
    expect(bucketOf({ cardId: "a", state: 0, scheduledDays: 0 })).toBe("new");
    expect(bucketOf({ cardId: "a", state: 1, scheduledDays: 0 })).toBe("learning");
    expect(bucketOf({ cardId: "a", state: 3, scheduledDays: 30 })).toBe("learning");
    expect(bucketOf({ cardId: "a", state: 2, scheduledDays: 20 })).toBe("young");
    expect(bucketOf({ cardId: "a", state: 2, scheduledDays: 21 })).toBe("mature");
  });
});

describe("topicMastery", () => {
  it("counts each topic's live cards by bucket, in topic order, skipping empty topics", () => {
    const rows = topicMastery({
      topics: [
        { id: "hs", title: "Handshake" },
        { id: "empty", title: "Empty" },
        { id: "close", title: "Close" },
      ],
      cards: [
        { id: "a", topicId: "hs", kind: "basic" },
        { id: "b", topicId: "hs", kind: "basic" },
        { id: "c", topicId: "close", kind: "basic" },
        { id: "d", topicId: "close", kind: "why" },
      ],
      states: [
        { cardId: "a", state: 2, scheduledDays: 40 },
        { cardId: "c", state: 1, scheduledDays: 0 },
        { cardId: "d", state: 2, scheduledDays: 3 },
        { cardId: "gone", state: 2, scheduledDays: 3 },
      ],
    });
    expect(rows).toEqual([
      { topicId: "hs", title: "Handshake", total: 2, new: 1, learning: 0, young: 0, mature: 1 },
      { topicId: "close", title: "Close", total: 2, new: 0, learning: 1, young: 1, mature: 0 },
    ]);
  });
});

describe("drillsMastered", () => {
  const cards = [
    { id: "s1", topicId: "t", kind: "scenario" },
    { id: "s2", topicId: "t", kind: "scenario" },
    { id: "i1", topicId: "t", kind: "interview" },
  ];
  const t = (n: number) => new Date(Date.UTC(2026, 2, n));

  it("judges by the latest attempt, not the best", () => {
    const result = drillsMastered({
      cards,
      attempts: [
        { cardId: "s1", score: 1, createdAt: t(1) },
        { cardId: "s1", score: 0.5, createdAt: t(2) }, // latest: not mastered any more
        { cardId: "s2", score: 0.4, createdAt: t(1) },
        { cardId: "s2", score: 0.9, createdAt: t(3) }, // latest: exactly the threshold
      ],
    });
    expect(result.scenario).toEqual({ mastered: 1, attempted: 2, total: 2 });
    expect(result.interview).toEqual({ mastered: 0, attempted: 0, total: 1 });
  });
});
