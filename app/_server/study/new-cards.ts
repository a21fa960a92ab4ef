import "server-only";
import { learningPath, type NewCardOrder } from "@/app/_domain/scheduling";
import type { Db } from "../db/client";

type CardWhere = { retiredAt: null; kind: { notIn: string[] }; topicId?: string };

/**
 * The next `take` cards the caller has never studied, in the order they chose (the learning
 * path across topics, or topic by topic). A visitor (null) has studied nothing.
 */
export async function fetchNewCards(db: Db, userId: string | null, cardWhere: CardWhere, order: NewCardOrder, take: number) {
  const where = { ...cardWhere, ...(userId ? { states: { none: { userId } } } : {}) };
  const all = await db.card.findMany({ where, select: { id: true, topicId: true, position: true, topic: { select: { position: true } } } });
  const ids = learningPath(
    all.map((c) => ({ cardId: c.id, topicId: c.topicId, topicPosition: c.topic.position, position: c.position })),
    order,
  ).slice(0, take);
  const rows = await db.card.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((c) => [c.id, c]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
