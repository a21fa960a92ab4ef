/** A card not yet studied, with where its topic and the card sit in the content. */
export type PathCard = { cardId: string; topicId: string; topicPosition: number; position: number };

/** "interleaved": the learning path across topics; "by-topic": one topic after another. */
export const NEW_CARD_ORDERS = ["interleaved", "by-topic"] as const;
export type NewCardOrder = (typeof NEW_CARD_ORDERS)[number];

/**
 * The order new cards are introduced in. Topic by topic is content order. The learning path
 * takes one card from each topic in turn (topics in content order, cards in their topic's
 * order), so the first day already touches the handshake, the close and the states, and each
 * later day goes one step deeper into every topic: interleaving topics helps telling similar
 * ideas apart (SYN-SENT and SYN-RECEIVED, FIN-WAIT-2 and CLOSE-WAIT) better than blocks do.
 */
export function learningPath(cards: readonly PathCard[], order: NewCardOrder): string[] {
  const sorted = [...cards].sort((a, b) => a.topicPosition - b.topicPosition || a.topicId.localeCompare(b.topicId) || a.position - b.position);
  if (order === "by-topic") return sorted.map((c) => c.cardId);
  const byTopic = new Map<string, PathCard[]>();
  for (const c of sorted) (byTopic.get(c.topicId) ?? byTopic.set(c.topicId, []).get(c.topicId)!).push(c);
  const lanes = [...byTopic.values()];
  const out: string[] = [];
  for (let round = 0; out.length < sorted.length; round++) for (const lane of lanes) if (lane[round]) out.push(lane[round]!.cardId);
  return out;
}
