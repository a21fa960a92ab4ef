import { daysBetween } from "./study-day";

/** One logged rating: `state` is the card's state before it (0 new, 1 learning, 2 review, 3 relearning). */
export type LoggedReview = { cardId: string; rating: 1 | 2 | 3 | 4; state: number; day: string; at: number };
export type TrainingReview = { rating: number; deltaT: number };

const isLearning = (state: number) => state === 0 || state === 1;

/**
 * Review histories in the shape the FSRS optimizer trains on, built the way FSRS's own
 * converters build them (fsrs-rs's `anki_to_fsrs`, the binding's `convertCsvToFsrsItems`):
 *
 * - a card's history starts at its last run of learning reviews (new or learning before the
 *   rating); what came before belongs to a card that was reset, and a card never seen learning
 *   (its start is not in the log) gives nothing;
 * - `deltaT` is the number of study days since the previous review, so same-day reviews (the
 *   learning steps of 1m and 10m) stay in the history with 0;
 * - an item ends at each review that comes on a later day than the one before it. An item whose
 *   reviews all fall on one day teaches the long-term model nothing, and the optimizer refuses
 *   it (fsrs-rs panics on a training set without a review of `deltaT > 0`).
 *
 * So every item holds at least one review with `deltaT > 0`: its last.
 */
export function trainingItems(reviews: readonly LoggedReview[]): TrainingReview[][] {
  const byCard = new Map<string, LoggedReview[]>();
  for (const r of reviews) {
    const list = byCard.get(r.cardId);
    if (list) list.push(r);
    else byCard.set(r.cardId, [r]);
  }
  const items: TrainingReview[][] = [];
  for (const all of byCard.values()) {
    all.sort((a, b) => a.at - b.at);
    const list = all.slice(lastLearningRunStart(all));
    const history: TrainingReview[] = [];
    for (let i = 0; i < list.length; i++) {
      const deltaT = i === 0 ? 0 : Math.max(0, daysBetween(list[i - 1]!.day, list[i]!.day));
      history.push({ rating: list[i]!.rating, deltaT });
      if (deltaT > 0) items.push(history.slice());
    }
  }
  return items;
}

/** Where the last run of learning reviews starts; the list's length when there is none. */
function lastLearningRunStart(list: readonly LoggedReview[]): number {
  let start = list.length;
  for (let i = list.length - 1; i >= 0; i--) {
    if (isLearning(list[i]!.state)) start = i;
    else if (start !== list.length) break;
  }
  return start;
}

/** Below this many reviews the optimizer's parameters are noise (fsrs-rs and Anki advise a few hundred). */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;
