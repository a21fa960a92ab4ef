import "server-only";
import { getDb } from "../db/client";

export type TopicSummary = { id: string; title: string; cards: number };

/** Topics in study order with their count of live (not retired) cards. */
export async function fetchTopicSummaries(locale: "ko" | "en"): Promise<TopicSummary[]> {
  const db = getDb();
  const [topics, counts] = await Promise.all([
    db.topic.findMany({ orderBy: { position: "asc" } }),
    db.card.groupBy({ by: ["topicId"], where: { retiredAt: null }, _count: { _all: true } }),
  ]);
  const byTopic = new Map(counts.map((c) => [c.topicId, c._count._all]));
  return topics
    .map((t) => ({ id: t.id, title: locale === "ko" ? t.titleKo : t.titleEn, cards: byTopic.get(t.id) ?? 0 }))
    .filter((t) => t.cards > 0);
}
