export type ForgottenCount = { cardId: string; count: number };
export type ForgottenConcept = { id: string; label: string; forgotten: number; cards: number };

export const FORGOTTEN_DAYS = 90;
export const FORGOTTEN_SHOWN = 5;

/**
 * The misconceptions behind the cards the learner forgets most: each Again rating of a card
 * (counted by the query: the last 90 days, not undone, not cram, not the card's first sight,
 * since failing a card never seen is not forgetting) counts once for every misconception the
 * card tests or remedies. Most forgotten first, then by id so the order is stable.
 */
export function mostForgotten(input: {
  again: readonly ForgottenCount[];
  misconceptionsOf: ReadonlyMap<string, readonly string[]>;
  labels: ReadonlyMap<string, string>;
  limit?: number;
}): ForgottenConcept[] {
  const byConcept = new Map<string, { forgotten: number; cards: Set<string> }>();
  for (const { cardId, count } of input.again) {
    if (count <= 0) continue;
    for (const id of input.misconceptionsOf.get(cardId) ?? []) {
      const c = byConcept.get(id) ?? { forgotten: 0, cards: new Set<string>() };
      c.forgotten += count;
      c.cards.add(cardId);
      byConcept.set(id, c);
    }
  }
  return [...byConcept]
    .map(([id, c]) => ({ id, label: input.labels.get(id) ?? id, forgotten: c.forgotten, cards: c.cards.size }))
    .sort((a, b) => b.forgotten - a.forgotten || (a.id < b.id ? -1 : 1))
    .slice(0, input.limit ?? FORGOTTEN_SHOWN);
}

/** The space-separated misconception ids of the Card table, as a list. */
export function splitMisconceptions(column: string): string[] {
  return column.split(/\s+/).filter(Boolean);
}
