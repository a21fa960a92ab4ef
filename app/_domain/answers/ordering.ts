import { SUGGESTED, type Verdict } from "./verdict";

/**
 * The order the items are first shown in: a shuffle seeded by the card id, so the same card
 * starts the same way on the server and in the browser, and never already in order.
 */
export function startingOrder(cardId: string, count: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  if (count < 2) return order;
  let seed = 2166136261;
  for (const ch of cardId) seed = Math.imul(seed ^ ch.charCodeAt(0), 16777619) >>> 0;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  // A shuffle that lands in order asks nothing: rotate it by one.
  if (order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

export type OrderResult = { verdict: Verdict; suggested: 1 | 2 | 3; misplaced: number[] };

/**
 * `given` lists the items' right positions in the order the learner left them. Misplaced are
 * the places holding the wrong item. One neighbouring pair swapped is a slip (Hard); more is
 * wrong (Again).
 */
export function checkOrder(given: number[]): OrderResult {
  const misplaced = given.flatMap((item, place) => (item === place ? [] : [place]));
  const slip = misplaced.length === 2 && misplaced[1]! - misplaced[0]! === 1 && given.length > 2;
  const verdict: Verdict = misplaced.length === 0 ? "right" : slip ? "partial" : "wrong";
  return { verdict, suggested: SUGGESTED[verdict] as 1 | 2 | 3, misplaced };
}
