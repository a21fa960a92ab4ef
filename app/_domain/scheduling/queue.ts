import { InvalidArgumentError } from "./errors";
import type { CardStateKind } from "./memory-state";

/** A card the learner has a memory state for. */
export type ScheduledCard = { cardId: string; due: Date; state: CardStateKind; topicId?: string | undefined };
/** A card never studied, listed in content order. */
export type NewCard = { cardId: string; topicId?: string | undefined };
export type QueueLimits = { newPerDay: number; reviewsPerDay: number };
/**
 * What already counts against today's limits: new cards introduced, and reviews of cards that
 * were already in review (learning-step repeats and first sights of new cards excluded).
 */
export type DoneCounts = { newCount: number; reviewCount: number };
/** A day's aggregate as stored: `reviews` counts every rating, new cards' first ratings included. */
export type DoneToday = { newCards: number; reviews: number };

/** Today's aggregate as counts against the limits: first sights of new cards are not reviews. */
export function doneCounts(day: DoneToday | null): DoneCounts {
  if (!day) return { newCount: 0, reviewCount: 0 };
  return { newCount: day.newCards, reviewCount: Math.max(0, day.reviews - day.newCards) };
}

export type QueueInput = {
  states: readonly ScheduledCard[];
  newCards: readonly NewCard[];
  now: Date;
  limits: QueueLimits;
  doneToday: DoneCounts;
  /** Only cards of this topic; cards without a topicId never match a topic. */
  topic?: string | undefined;
};

// Learning cards due within this window are shown now rather than making the learner wait
// a few minutes at the end of a session (Anki's "learn ahead limit").
export const LEARN_AHEAD_MS = 20 * 60_000;

function checkCount(name: string, n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(name, n, "a whole number of at least 0");
}

type Partitioned = { learning: string[]; reviews: string[]; fresh: string[] };

/**
 * The one place that decides what is due, so buildQueue and dueCounts always agree:
 *
 * 1. learning and relearning cards due by now + LEARN_AHEAD_MS, soonest first: they are
 *    the ones being forgotten fastest, and they are never held back by a limit (a card left
 *    half-learned would lose the steps already done);
 * 2. review cards due by now, most overdue first, up to the reviews left today;
 * 3. new cards up to the new cards left today: cards with a state still New (a reset card)
 *    by due date, then never-studied cards in content order.
 *
 * Ties in due date fall back to the card id, so the order never depends on the input order.
 * A card id listed twice is served once; a memory state wins over a listing as new.
 */
function partition(input: QueueInput): Partitioned {
  const { states, newCards, now, limits, doneToday, topic } = input;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new InvalidArgumentError("now", now, "a valid Date");
  checkCount("limits.newPerDay", limits.newPerDay);
  checkCount("limits.reviewsPerDay", limits.reviewsPerDay);
  checkCount("doneToday.newCount", doneToday.newCount);
  checkCount("doneToday.reviewCount", doneToday.reviewCount);

  const inTopic = (c: { topicId?: string | undefined }) => topic === undefined || c.topicId === topic;
  const byDue = (a: ScheduledCard, b: ScheduledCard) => a.due.getTime() - b.due.getTime() || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);
  const t = now.getTime();
  const seen = new Set<string>();
  const unique = <T extends { cardId: string }>(c: T) => (seen.has(c.cardId) ? false : (seen.add(c.cardId), true));

  const mine = [...states].filter(inTopic).sort(byDue).filter(unique);
  const learning = mine.filter((c) => (c.state === 1 || c.state === 3) && c.due.getTime() <= t + LEARN_AHEAD_MS);
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - doneToday.reviewCount);
  const reviews = mine.filter((c) => c.state === 2 && c.due.getTime() <= t).slice(0, reviewsLeft);
  const newLeft = Math.max(0, limits.newPerDay - doneToday.newCount);
  const fresh = [...mine.filter((c) => c.state === 0 && c.due.getTime() <= t), ...newCards.filter(inTopic).filter(unique)].slice(0, newLeft);

  const ids = (cs: readonly { cardId: string }[]) => cs.map((c) => c.cardId);
  return { learning: ids(learning), reviews: ids(reviews), fresh: ids(fresh) };
}

/** This session's card ids in the order to show them (see `partition` for the rules). */
export function buildQueue(input: QueueInput): string[] {
  const { learning, reviews, fresh } = partition(input);
  return [...learning, ...reviews, ...fresh];
}

export type DueCounts = { learning: number; review: number; new: number; total: number };

/** How many cards of each kind the queue holds now: the numbers the study screen shows. */
export function dueCounts(input: QueueInput): DueCounts {
  const { learning, reviews, fresh } = partition(input);
  return { learning: learning.length, review: reviews.length, new: fresh.length, total: learning.length + reviews.length + fresh.length };
}
