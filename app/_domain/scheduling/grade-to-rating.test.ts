import { describe, expect, it } from "vitest";
import { ratingFromScore } from "./grade-to-rating";

describe("ratingFromScore", () => {
  it.each([[1, 3], [0.8, 2], [0.75, 2], [0.7, 1], [0, 1]])("%d → %d", (score, rating) => expect(ratingFromScore(score)).toBe(rating));
});
