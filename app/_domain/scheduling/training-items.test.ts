import { describe, expect, it } from "vitest";
import { trainingItems } from "./training-items";

describe("trainingItems", () => {
  it("builds one item per review after a card's first, with study-day gaps", () => {
    const items = trainingItems([
      { cardId: "a", rating: 3, day: "2026-01-01", at: 1 },
      { cardId: "b", rating: 1, day: "2026-01-01", at: 2 },
      { cardId: "a", rating: 3, day: "2026-01-04", at: 3 },
      { cardId: "a", rating: 1, day: "2026-01-04", at: 4 },
      { cardId: "a", rating: 3, day: "2026-01-10", at: 5 },
    ]);
    expect(items).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }, { rating: 1, deltaT: 0 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 3 }, { rating: 1, deltaT: 0 }, { rating: 3, deltaT: 6 }],
    ]);
  });

  it("orders each card's reviews by time whatever the input order", () => {
    const items = trainingItems([
      { cardId: "a", rating: 4, day: "2026-01-05", at: 9 },
      { cardId: "a", rating: 3, day: "2026-01-01", at: 1 },
    ]);
    expect(items).toEqual([[{ rating: 3, deltaT: 0 }, { rating: 4, deltaT: 4 }]]);
  });
});
