import { describe, expect, it } from "vitest";
import { mostForgotten, splitMisconceptions } from "./forgotten";

describe("mostForgotten", () => {
  it("groups Again ratings by the cards' misconceptions, most first, with labels", () => {
    const result = mostForgotten({
      again: [
        { cardId: "a", count: 3 },
        { cardId: "b", count: 2 },
        { cardId: "c", count: 4 },
        { cardId: "plain", count: 9 },
      ],
      misconceptionsOf: new Map([
        ["a", ["time-wait-on-server"]],
        ["b", ["time-wait-on-server", "two-way-enough"]],
        ["c", ["ack-not-plus-one"]],
        ["plain", []],
      ]),
      labels: new Map([["time-wait-on-server", "TIME_WAIT happens on the server"]]),
    });
    expect(result).toEqual([
      { id: "time-wait-on-server", label: "TIME_WAIT happens on the server", forgotten: 5, cards: 2 },
      { id: "ack-not-plus-one", label: "ack-not-plus-one", forgotten: 4, cards: 1 },
      { id: "two-way-enough", label: "two-way-enough", forgotten: 2, cards: 1 },
    ]);
  });

  it("keeps the top few, ties by id", () => {
    const again = ["d", "c", "b", "a"].map((cardId) => ({ cardId, count: 1 }));
    const misconceptionsOf = new Map(again.map((a) => [a.cardId, [`m-${a.cardId}`]]));
    expect(mostForgotten({ again, misconceptionsOf, labels: new Map(), limit: 2 }).map((c) => c.id)).toEqual(["m-a", "m-b"]);
  });

  it("splits the Card column", () => {
    expect(splitMisconceptions(" a  b ")).toEqual(["a", "b"]);
    expect(splitMisconceptions("")).toEqual([]);
  });
});
