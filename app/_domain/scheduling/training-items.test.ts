import { convertCsvToFsrsItems } from "@open-spaced-repetition/binding";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { studyDay } from "./study-day";
import { trainingItems, type LoggedReview } from "./training-items";

const r = (cardId: string, rating: 1 | 2 | 3 | 4, state: number, day: string, at: number): LoggedReview => ({ cardId, rating, state, day, at });

describe("trainingItems", () => {
  it("ends an item at each review on a later study day, keeping same-day reviews in the history", () => {
    const items = trainingItems([
      r("a", 3, 0, "2026-01-01", 1),
      r("b", 1, 0, "2026-01-01", 2),
      r("a", 3, 1, "2026-01-01", 3),
      r("a", 3, 2, "2026-01-04", 4),
      r("a", 1, 2, "2026-01-04", 5),
      r("a", 3, 3, "2026-01-10", 6),
    ]);
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 3 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 3 },
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 6 },
      ],
    ]);
  });

  it("gives nothing for a card studied on one day only (the history that crashed the optimizer)", () => {
    const sameDay = Array.from({ length: 450 }, (_, i) => r(`c${i % 150}`, 3, i < 150 ? 0 : 1, "2026-01-01", i));
    expect(trainingItems(sameDay)).toEqual([]);
  });

  it("starts a card's history at its last run of learning reviews and skips a card never seen learning", () => {
    const items = trainingItems([
      r("a", 3, 0, "2026-01-01", 1),
      r("a", 3, 2, "2026-01-05", 2),
      r("a", 1, 1, "2026-01-09", 3), // reset: learning again
      r("a", 3, 2, "2026-01-10", 4),
      r("z", 3, 2, "2026-01-01", 5),
      r("z", 3, 2, "2026-01-03", 6),
    ]);
    expect(items).toEqual([
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
    ]);
  });

  it("orders each card's reviews by time whatever the input order", () => {
    const items = trainingItems([r("a", 4, 2, "2026-01-05", 9), r("a", 3, 0, "2026-01-01", 1)]);
    expect(items).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 4, deltaT: 4 },
      ],
    ]);
  });

  it("every item ends with a review a day or more after the one before", () => {
    fc.assert(
      fc.property(logArb, (log) => {
        for (const item of trainingItems(toLogged(log))) expect(item.at(-1)!.deltaT).toBeGreaterThan(0);
      }),
    );
  });

  // The binding's own converter is the reference: same items, same order within each card.
  it("agrees with the FSRS binding's convertCsvToFsrsItems on any log", () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const csv =
          "card_id,review_time,review_rating,review_state,review_duration\n" + log.map((e) => `${e.card},${e.at},${e.rating},${e.state},1000\n`).join("");
        const reference = convertCsvToFsrsItems(new TextEncoder().encode(csv), ROLLOVER, ZONE, () => 540).map((item) =>
          item.reviews.map((v) => ({ rating: v.rating, deltaT: v.deltaT })),
        );
        const ours = trainingItems(toLogged(log));
        expect(sortItems(ours)).toEqual(sortItems(reference));
      }),
      { numRuns: 60 },
    );
  });
});

const ZONE = "Asia/Seoul"; // a fixed +09:00, no daylight saving
const ROLLOVER = 4;
const START = Date.UTC(2026, 0, 1);
const logArb = fc
  .array(
    fc.record({
      card: fc.constantFrom("a", "b", "c"),
      at: fc.integer({ min: 0, max: 20 * 24 * 60 }).map((minutes) => START + minutes * 60_000),
      rating: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4),
      state: fc.constantFrom(0, 1, 2, 3),
    }),
    { maxLength: 30 },
  )
  .map((log) => uniqueTimes(log));

// Two reviews of one card in the same millisecond have no order; the log never holds such pairs.
function uniqueTimes<T extends { card: string; at: number }>(log: T[]): T[] {
  const seen = new Set<string>();
  return log.filter((e) => !seen.has(`${e.card}@${e.at}`) && !!seen.add(`${e.card}@${e.at}`));
}
const toLogged = (log: { card: string; at: number; rating: 1 | 2 | 3 | 4; state: number }[]) =>
  log.map((e) => r(e.card, e.rating, e.state, studyDay(new Date(e.at), ZONE, ROLLOVER), e.at));
const sortItems = (items: { rating: number; deltaT: number }[][]) => items.map((i) => JSON.stringify(i)).sort();
