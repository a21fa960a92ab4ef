import "server-only";
import { accountScopedId, parseProgressFile, planImport, type FileIssue, type ImportPlan, type ImportSummary, type ProgressFile } from "@/app/_domain/transfer";
import type { Db } from "../db/client";
import { StudyError } from "../study/errors";
import { stateColumns, toSnapshot } from "../study/memory-state";
import { forgetSettings } from "../study/settings";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; issues: FileIssue[] };

// Bound parameters per statement stay well under SQLite's and PostgreSQL's limits.
const CHUNK = 500;
const chunks = <T>(rows: readonly T[]) => Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

async function findInChunks<T>(ids: readonly string[], find: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const part of chunks([...ids])) out.push(...(await find(part)));
  return out;
}

/**
 * Merges a validated progress file into `userId`'s account in one transaction: the merge rules
 * are those of planImport. Ids another account holds are first replaced by account-scoped ones
 * (ownIds). A file with anything wrong (an unknown card, a time in the future) writes nothing
 * and comes back with every issue and its place.
 */
export async function importProgress(db: Db, userId: string, file: ProgressFile, now: Date): Promise<ImportResult> {
  let result: ImportResult;
  try {
    result = await db.$transaction(
      async (txAny) => {
        const tx = txAny as Tx;
        const own = await ownIds(tx, userId, file);
        const plan = planImport(own, await mergeContext(tx, userId, own, now));
        if (!plan.ok) return plan;
        await write(tx, userId, plan.plan);
        return { ok: true as const, summary: plan.summary };
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (e) {
    // A review, attempt or mock interview with one of the file's ids was written while this
    // import ran.
    if ((e as { code?: string }).code === "P2002") throw new StudyError(409, "conflict", "Some of these reviews were recorded while importing; import the file again.");
    throw e;
  }
  if (result.ok && result.summary.settings === "applied") forgetSettings(userId);
  return result;
}

/**
 * The file with every review, attempt and mock interview id that another account holds
 * replaced by its account-scoped id: a file exported by someone else (or by this learner under
 * another account) is copied in, and the original rows stay untouched with their owner.
 */
async function ownIds(tx: Tx, userId: string, file: ProgressFile): Promise<ProgressFile> {
  const [reviews, attempts, mocks] = [
    await findInChunks(file.reviews.map((r) => r.id), (ids) => tx.reviewLog.findMany({ where: { id: { in: ids }, userId: { not: userId } }, select: { id: true } })),
    await findInChunks(file.drillAttempts.map((a) => a.id), (ids) => tx.drillAttempt.findMany({ where: { id: { in: ids }, userId: { not: userId } }, select: { id: true } })),
    await findInChunks(file.mockInterviews.map((m) => m.id), (ids) => tx.mockInterview.findMany({ where: { id: { in: ids }, userId: { not: userId } }, select: { id: true } })),
  ];
  if (!reviews.length && !attempts.length && !mocks.length) return file;
  // Each table has its own ids, so each gets its own set (a review and a session may share one).
  const scoped = (foreign: { id: string }[]) => {
    const ids = new Set(foreign.map((r) => r.id));
    return <T extends { id: string }>(row: T): T => (ids.has(row.id) ? { ...row, id: accountScopedId(userId, row.id) } : row);
  };
  return { ...file, reviews: file.reviews.map(scoped(reviews)), drillAttempts: file.drillAttempts.map(scoped(attempts)), mockInterviews: file.mockInterviews.map(scoped(mocks)) };
}

async function mergeContext(tx: Tx, userId: string, file: ProgressFile, now: Date) {
  const cardIds = [...new Set([...file.cardStates, ...file.reviews, ...file.drillAttempts].map((r) => r.cardId))];
  const [cards, reviews, attempts, mocks, states, settings] = [
    await findInChunks(cardIds, (ids) => tx.card.findMany({ where: { id: { in: ids } }, select: { id: true } })),
    // Looked up by id alone, whoever owns them: an id of another account must be refused.
    await findInChunks(file.reviews.map((r) => r.id), (ids) => tx.reviewLog.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true, cardId: true, reviewedAt: true, rating: true } })),
    await findInChunks(file.drillAttempts.map((a) => a.id), (ids) => tx.drillAttempt.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true, cardId: true } })),
    await findInChunks(file.mockInterviews.map((m) => m.id), (ids) => tx.mockInterview.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true, finishedAt: true } })),
    await findInChunks(file.cardStates.map((s) => s.cardId), (ids) => tx.cardState.findMany({ where: { userId, cardId: { in: ids } }, select: { cardId: true, lastReview: true } })),
    await tx.userSettings.findUnique({ where: { userId }, select: { userId: true } }),
  ];
  return {
    userId,
    now,
    knownCards: new Set(cards.map((c) => c.id)),
    existingReviews: new Map(reviews.map((r) => [r.id, r])),
    existingAttempts: new Map(attempts.map((a) => [a.id, a])),
    existingMocks: new Map(mocks.map((m) => [m.id, m])),
    cardStates: new Map(states.map((s) => [s.cardId, s])),
    hasSettings: !!settings,
  };
}

async function write(tx: Tx, userId: string, plan: ImportPlan) {
  if (plan.settings) {
    const { fsrsParameters, ...rest } = plan.settings;
    await tx.userSettings.create({ data: { userId, ...rest, fsrsParameters: fsrsParameters ? JSON.stringify(fsrsParameters) : null } });
  }
  for (const part of chunks(plan.reviews)) {
    await tx.reviewLog.createMany({ data: part.map(({ previous, ...r }) => ({ ...r, userId, previous: previous ? toSnapshot(previous) : null })) });
  }
  for (const part of chunks(plan.drillAttempts)) {
    await tx.drillAttempt.createMany({ data: part.map((a) => ({ ...a, userId })) });
  }
  for (const part of chunks(plan.mockInterviews)) {
    await tx.mockInterview.createMany({ data: part.map((m) => ({ ...m, userId, misconceptions: m.misconceptions.join(" ") })) });
  }
  for (const part of chunks(plan.createStates)) {
    await tx.cardState.createMany({ data: part.map(({ cardId, ...s }) => ({ userId, cardId, ...stateColumns(s) })) });
  }
  for (const { cardId, ...s } of plan.updateStates) {
    await tx.cardState.update({ where: { userId_cardId: { userId, cardId } }, data: stateColumns(s) });
  }
  for (const { day, ...d } of plan.daily) {
    await tx.dailyStat.upsert({
      where: { userId_day: { userId, day } },
      create: { userId, day, ...d },
      update: { reviews: { increment: d.reviews }, newCards: { increment: d.newCards }, drills: { increment: d.drills }, correct: { increment: d.correct }, timeMs: { increment: d.timeMs } },
    });
  }
}

/** Validates a parsed JSON body as a progress file, then imports it (issues for either step). */
export async function importProgressJson(db: Db, userId: string, json: unknown, now: Date): Promise<ImportResult> {
  const parsed = parseProgressFile(json);
  return parsed.ok ? importProgress(db, userId, parsed.file, now) : parsed;
}
