import "server-only";
import type { TopicSummary } from "@/app/_domain/content/topic-summary";
import { getDb } from "../db/client";
import type { Locale } from "@/app/_domain/locale";

/** Topics in study order with their count of live (not retired) cards. */
export async function fetchTopicSummaries(locale: Locale): Promise<TopicSummary[]> {
  const db = getDb();
  const [topics, counts] = await Promise.all([
    db.topic.findMany({ orderBy: { position: "asc" } }),
    db.card.groupBy({ by: ["topicId"], where: { retiredAt: null }, _count: { _all: true } }),
  ]);
  const byTopic = new Map(counts.map((c) => [c.topicId, c._count._all]));
  return topics.map((t) => ({ id: t.id, title: locale === "ko" ? t.titleKo : t.titleEn, cards: byTopic.get(t.id) ?? 0 })).filter((t) => t.cards > 0);
}

/** Every topic's title in the learner's language, by topic id (retired topics included: old results name them). */
export async function fetchTopicTitles(locale: Locale): Promise<Record<string, string>> {
  const topics = await getDb().topic.findMany({ select: { id: true, titleKo: true, titleEn: true } });
  return Object.fromEntries(topics.map((t) => [t.id, locale === "ko" ? t.titleKo : t.titleEn]));
}
