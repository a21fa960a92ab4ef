import "server-only";
import { splitMisconceptions } from "@/app/_domain/progress";
import type { Db } from "../db/client";

/** How long a mock interview's misconceptions keep their cards at the front of a session. */
export const REMEDIAL_DAYS = 14;
export const REMEDIAL_MAX = 10;

type CardWhere = { retiredAt: null; kind: { notIn: string[] }; topicId?: string };

/**
 * The cards that teach or test the misconceptions the learner's recent mock interviews
 * revealed, and that have not been reviewed since: they open the next study session whether
 * due or new (a remedial new card may go past the day's new-card limit, on purpose).
 */
export async function fetchRemedialCards(db: Db, userId: string, cardWhere: CardWhere, now: Date) {
  const mocks = await db.mockInterview.findMany({
    where: { userId, finishedAt: { gte: new Date(now.getTime() - REMEDIAL_DAYS * 86_400_000) }, misconceptions: { not: "" } },
    orderBy: { finishedAt: "desc" },
    take: 5,
    select: { finishedAt: true, misconceptions: true },
  });
  if (!mocks.length) return [];
  // Each misconception dates from the latest mock that revealed it.
  const since = new Map<string, Date>();
  for (const m of mocks) for (const id of splitMisconceptions(m.misconceptions)) if (!since.has(id)) since.set(id, m.finishedAt);
  const candidates = await db.card.findMany({
    where: { ...cardWhere, OR: [...since.keys()].map((id) => ({ misconceptions: { contains: id } })) },
    include: { states: { where: { userId } } },
    orderBy: [{ topic: { position: "asc" } }, { position: "asc" }],
    take: 100,
  });
  return candidates
    .flatMap((card) => {
      const revealed = splitMisconceptions(card.misconceptions).flatMap((id) => (since.has(id) ? [since.get(id)!] : []));
      if (!revealed.length) return [];
      const state = card.states[0] ?? null;
      const latest = Math.max(...revealed.map((d) => d.getTime()));
      return !state?.lastReview || state.lastReview.getTime() < latest ? [{ card, state }] : [];
    })
    .slice(0, REMEDIAL_MAX);
}
