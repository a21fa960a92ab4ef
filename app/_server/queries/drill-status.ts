import "server-only";
import { getDb, type Db } from "../db/client";

export type DrillStatus = { due: boolean; dueAt: Date; lastScore: number | null };

/**
 * The caller's schedule and latest score for each drill card (simulator scenarios, interview
 * prompts): drills are scheduled like cards but answered on their own screens, so those
 * screens show what is due. Only `userId`'s rows are read.
 */
export async function fetchDrillStatus(userId: string, kind: "scenario" | "interview", now: Date, db: Db = getDb()): Promise<Map<string, DrillStatus>> {
  const [states, attempts] = await Promise.all([
    db.cardState.findMany({ where: { userId, card: { kind, retiredAt: null } }, select: { cardId: true, due: true } }),
    db.drillAttempt.findMany({ where: { userId, card: { kind } }, orderBy: { createdAt: "desc" }, select: { cardId: true, score: true }, take: 500 }),
  ]);
  const latest = new Map<string, number>();
  for (const a of attempts) if (!latest.has(a.cardId)) latest.set(a.cardId, a.score);
  return new Map(states.map((s) => [s.cardId, { due: s.due <= now, dueAt: s.due, lastScore: latest.get(s.cardId) ?? null }]));
}

/** How many drills of each kind are due for the caller now. */
export async function fetchDueDrillCounts(userId: string, now: Date, db: Db = getDb()): Promise<{ scenario: number; interview: number }> {
  const rows = await db.cardState.findMany({
    where: { userId, due: { lte: now }, card: { kind: { in: ["scenario", "interview"] }, retiredAt: null } },
    select: { card: { select: { kind: true } } },
  });
  return { scenario: rows.filter((r) => r.card.kind === "scenario").length, interview: rows.filter((r) => r.card.kind === "interview").length };
}
