import { daysBetween } from "./study-day";

export type LoggedReview = { cardId: string; rating: 1 | 2 | 3 | 4; day: string; at: number };
export type TrainingReview = { rating: number; deltaT: number };

/**
 * Review histories in the shape the FSRS optimizer trains on: for every review of a card
 * after its first, the card's reviews up to and including it, each with the days elapsed since
 * the previous one (0 for the first, and for same-day repeats), counted in study days so a
 * late-evening and an early-morning review fall on the learner's own day boundary.
 */
export function trainingItems(reviews: LoggedReview[]): TrainingReview[][] {
  const byCard = new Map<string, LoggedReview[]>();
  for (const r of reviews) byCard.set(r.cardId, [...(byCard.get(r.cardId) ?? []), r]);
  const items: TrainingReview[][] = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.at - b.at);
    const history = list.map((r, i) => ({ rating: r.rating, deltaT: i === 0 ? 0 : Math.max(0, daysBetween(list[i - 1]!.day, r.day)) }));
    for (let i = 2; i <= history.length; i++) items.push(history.slice(0, i));
  }
  return items;
}

/** Below this many reviews the optimizer's parameters are noise (fsrs-rs and Anki advise a few hundred). */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;
