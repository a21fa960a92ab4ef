import type { CardStateKind } from "./memory-state";

export type ScheduledCard = { cardId: string; due: Date; state: CardStateKind };
export type QueueLimits = { newPerDay: number; reviewsPerDay: number };
export type DoneToday = { newCards: number; reviews: number };

// Learning cards due within this window are shown now rather than making the learner wait
// a few minutes at the end of a session (Anki's "learn ahead limit").
export const LEARN_AHEAD_MS = 20 * 60_000;

/**
 * Today's queue: due learning and relearning cards first (they forget fastest), then due
 * reviews, then new cards in content order; reviews and new cards within what is left of
 * the day's limits. Learning cards are never held back by a limit.
 */
export function buildQueue(input: { scheduled: ScheduledCard[]; newCardIds: string[]; now: Date; limits: QueueLimits; doneToday: DoneToday }): string[] {
  const { scheduled, newCardIds, now, limits, doneToday } = input;
  const byDue = (a: ScheduledCard, b: ScheduledCard) => a.due.getTime() - b.due.getTime();
  const learning = scheduled.filter((c) => (c.state === 1 || c.state === 3) && c.due.getTime() <= now.getTime() + LEARN_AHEAD_MS).sort(byDue);
  const reviewsLeft = Math.max(0, limits.reviewsPerDay - Math.max(0, doneToday.reviews - doneToday.newCards));
  const reviews = scheduled.filter((c) => c.state === 2 && c.due.getTime() <= now.getTime()).sort(byDue).slice(0, reviewsLeft);
  const newLeft = Math.max(0, limits.newPerDay - doneToday.newCards);
  return [...learning.map((c) => c.cardId), ...reviews.map((c) => c.cardId), ...newCardIds.slice(0, newLeft)];
}
