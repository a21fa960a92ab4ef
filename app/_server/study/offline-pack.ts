import "server-only";
import { doneCounts, studyDay, type StudySettings } from "@/app/_domain/scheduling";
import type { OfflinePack } from "@/app/_domain/study/types";
import type { Db } from "../db/client";
import { fetchNewCards } from "./new-cards";
import { fetchRemedialCards } from "./remedial";
import { DRILL_KINDS } from "./session";
import { toStudyCard } from "./study-card";
import type { Locale } from "@/app/_domain/locale";

// "Today and tomorrow" for any time zone and rollover hour: tomorrow's study day ends less
// than 48 hours from now.
const HORIZON_MS = 48 * 60 * 60_000;

/**
 * What a device keeps for studying offline: the learner's cards due by the end of tomorrow,
 * the next two days' new cards, and today's counts (null user: a visitor, new cards only).
 * Read-only; every row is the learner's own.
 */
export async function fetchOfflinePack(db: Db, userId: string | null, settings: StudySettings, locale: Locale, now: Date): Promise<OfflinePack> {
  const cardWhere = { retiredAt: null, kind: { notIn: DRILL_KINDS } };
  const day = studyDay(now, settings.timeZone, settings.rolloverHour);
  const [topics, scheduled, fresh, today, remedial] = await Promise.all([
    db.topic.findMany({ select: { id: true, titleKo: true, titleEn: true } }),
    userId
      ? db.cardState.findMany({
          where: { userId, due: { lte: new Date(now.getTime() + HORIZON_MS) }, card: cardWhere },
          include: { card: true },
          orderBy: { due: "asc" },
          take: Math.min(1000, 2 * settings.reviewsPerDay + 100),
        })
      : Promise.resolve([]),
    fetchNewCards(db, userId, cardWhere, settings.newCardOrder, 2 * settings.newPerDay),
    userId ? db.dailyStat.findUnique({ where: { userId_day: { userId, day } } }) : Promise.resolve(null),
    userId ? fetchRemedialCards(db, userId, cardWhere, now) : Promise.resolve([]),
  ]);
  const title = new Map(topics.map((t) => [t.id, locale === "ko" ? t.titleKo : t.titleEn]));
  const cards = new Map<string, OfflinePack["cards"][number]>();
  const add = (card: (typeof fresh)[number], state: Parameters<typeof toStudyCard>[1]) =>
    cards.set(card.id, { ...toStudyCard(card, state, title.get(card.topicId) ?? "", locale), topicId: card.topicId });
  for (const r of remedial) add(r.card, r.state);
  for (const s of scheduled) add(s.card, s);
  for (const c of fresh) if (!cards.has(c.id)) add(c, null);
  return {
    generatedAt: now.toISOString(),
    day,
    doneToday: doneCounts(today),
    limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
    timeZone: settings.timeZone,
    rolloverHour: settings.rolloverHour,
    cards: [...cards.values()],
    first: remedial.map((r) => r.card.id),
  };
}
