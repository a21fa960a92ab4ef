import { describe, expect, it } from "vitest";
import { learningPath, type PathCard } from "./learning-path";

const topic = (topicId: string, topicPosition: number, n: number): PathCard[] =>
  Array.from({ length: n }, (_, i) => ({ cardId: `${topicId}-${i}`, topicId, topicPosition, position: i }));

describe("learningPath", () => {
  const cards = [...topic("states", 3, 3), ...topic("basics", 1, 2), ...topic("handshake", 2, 4)];
  it("topic by topic keeps content order", () => {
    expect(learningPath(cards, "by-topic")).toEqual([
      "basics-0",
      "basics-1",
      "handshake-0",
      "handshake-1",
      "handshake-2",
      "handshake-3",
      "states-0",
      "states-1",
      "states-2",
    ]);
  });
  it("the learning path takes one card of each topic in turn, each topic in its own order", () => {
    expect(learningPath(cards, "interleaved")).toEqual([
      "basics-0",
      "handshake-0",
      "states-0",
      "basics-1",
      "handshake-1",
      "states-1",
      "handshake-2",
      "states-2",
      "handshake-3",
    ]);
  });
  it("loses and repeats no card, whatever the input order", () => {
    const shuffled = [...cards].reverse();
    expect(new Set(learningPath(shuffled, "interleaved"))).toEqual(new Set(cards.map((c) => c.cardId)));
    expect(learningPath(shuffled, "interleaved")).toEqual(learningPath(cards, "interleaved"));
    expect(learningPath([], "interleaved")).toEqual([]);
  });
});
