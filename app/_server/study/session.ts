import "server-only";
import { buildQueue, doneCounts, LEARN_AHEAD_MS, studyDay, type StudySettings } from "@/app/_domain/scheduling";
import type { StudyCard } from "@/app/_domain/study/types";
import type { Db } from "../db/client";
import { fetchNewCards } from "./new-cards";
import { fetchRemedialCards } from "./remedial";
import { toStudyCard } from "./study-card";
import type { Locale } from "@/app/_domain/locale";

// Simulator scenarios and interview prompts are scheduled too, but are answered on their own
// screens (Drills); the flashcard session shows everything else.
export const DRILL_KINDS = ["scenario", "interview"];
const MAX_SESSION = 200;

export type SessionOptions = { topic?: string | undefined; cram: boolean; now: Date; locale: Locale };

export async function fetchStudySession(
  db: Db,
  userId: string | null,
  settings: StudySettings,
  opts: SessionOptions,
): Promise<{ cards: StudyCard[]; due: number; fresh: number }> {
  const cardWhere = { retiredAt: null, kind: { notIn: DRILL_KINDS }, ...(opts.topic ? { topicId: opts.topic } : {}) };
  const topics = new Map(
    (await db.topic.findMany({ select: { id: true, titleKo: true, titleEn: true } })).map((t) => [t.id, opts.locale === "ko" ? t.titleKo : t.titleEn]),
  );

  if (opts.cram) {
    // Cram: everything the learner has seen in the topic (or every card when nothing yet), soonest due first.
    const seen = userId
      ? await db.cardState.findMany({ where: { userId, card: cardWhere }, orderBy: { due: "asc" }, take: MAX_SESSION, include: { card: true } })
      : [];
    const rows = seen.length
      ? seen.map((s) => ({ card: s.card, state: s }))
      : (await db.card.findMany({ where: cardWhere, orderBy: [{ topic: { position: "asc" } }, { position: "asc" }], take: MAX_SESSION })).map((card) => ({
          card,
          state: null,
        }));
    return { cards: rows.map((r) => toStudyCard(r.card, r.state, topics.get(r.card.topicId) ?? "", opts.locale)), due: rows.length, fresh: 0 };
  }

  const horizon = new Date(opts.now.getTime() + LEARN_AHEAD_MS);
  const [scheduled, newCards, today] = await Promise.all([
    userId
      ? db.cardState.findMany({ where: { userId, due: { lte: horizon }, card: cardWhere }, include: { card: true }, orderBy: { due: "asc" }, take: 1000 })
      : Promise.resolve([]),
    fetchNewCards(db, userId, cardWhere, settings.newCardOrder, settings.newPerDay),
    userId
      ? db.dailyStat.findUnique({ where: { userId_day: { userId, day: studyDay(opts.now, settings.timeZone, settings.rolloverHour) } } })
      : Promise.resolve(null),
  ]);
  const ids = buildQueue({
    states: scheduled.map((s) => ({ cardId: s.cardId, due: s.due, state: s.state as 0 | 1 | 2 | 3 })),
    newCards: newCards.map((c) => ({ cardId: c.id })),
    now: opts.now,
    limits: { newPerDay: settings.newPerDay, reviewsPerDay: settings.reviewsPerDay },
    doneToday: doneCounts(today),
  }).slice(0, MAX_SESSION);
  const byId = new Map<string, StudyCard>();
  for (const s of scheduled) byId.set(s.cardId, toStudyCard(s.card, s, topics.get(s.card.topicId) ?? "", opts.locale));
  for (const c of newCards) byId.set(c.id, toStudyCard(c, null, topics.get(c.topicId) ?? "", opts.locale));
  const remedial = userId ? await fetchRemedialCards(db, userId, cardWhere, opts.now) : [];
  for (const r of remedial) byId.set(r.card.id, toStudyCard(r.card, r.state, topics.get(r.card.topicId) ?? "", opts.locale));
  const order = [...new Set([...remedial.map((r) => r.card.id), ...ids])].slice(0, MAX_SESSION);
  const cards = order.map((id) => byId.get(id)!).filter(Boolean);
  return { cards, due: cards.filter((c) => c.state).length, fresh: cards.filter((c) => !c.state).length };
}

/**
 * When the caller's next flashcard falls due outside this session (the end screen says so), and
 * how many drills are due now. Only `userId`'s rows are read.
 */
export async function fetchAfterSession(
  db: Db,
  userId: string | null,
  sessionIds: string[],
  now: Date,
): Promise<{ nextDue: string | null; drillsDue: number }> {
  if (!userId) return { nextDue: null, drillsDue: 0 };
  const [next, drills] = await Promise.all([
    db.cardState.findFirst({
      where: { userId, due: { gt: now }, cardId: { notIn: sessionIds }, card: { retiredAt: null, kind: { notIn: DRILL_KINDS } } },
      orderBy: { due: "asc" },
      select: { due: true },
    }),
    db.cardState.count({ where: { userId, due: { lte: now }, card: { retiredAt: null, kind: { in: DRILL_KINDS } } } }),
  ]);
  return { nextDue: next ? next.due.toISOString() : null, drillsDue: drills };
}
