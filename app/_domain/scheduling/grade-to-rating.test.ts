import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidScoreError } from "./errors";
import { ratingFromScore } from "./grade-to-rating";

describe("ratingFromScore", () => {
  it.each([
    [1, 3],
    [0.99, 2],
    [0.8, 2],
    [0.75, 2],
    [0.7499, 1],
    [0.4, 1],
    [0, 1],
  ])("%d → %d", (score, rating) => expect(ratingFromScore(score)).toBe(rating));

  it("a better score never gives a lower rating", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(ratingFromScore(lo)).toBeLessThanOrEqual(ratingFromScore(hi));
      }),
    );
  });

  it.each([Number.NaN, -0.1, 1.01, Number.POSITIVE_INFINITY, "0.9" as unknown as number, null as unknown as number])("refuses %d, carrying it", (score) => {
    expect(() => ratingFromScore(score)).toThrow(InvalidScoreError);
    try {
      ratingFromScore(score);
    } catch (e) {
      expect((e as InvalidScoreError).score).toBe(score);
    }
  });
});
