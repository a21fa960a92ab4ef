import "server-only";
import { memoryStateOf, toSnapshot } from "@/app/_domain/scheduling";
import {
  accountScopedId,
  dailyContributions,
  parseProgressFile,
  planImport,
  type DailyDelta,
  type FileIssue,
  type ImportPlan,
  type ImportSummary,
  type ProgressFile,
} from "@/app/_domain/transfer";
import type { Db, Tx } from "../db/client";
import { StudyError } from "../study/errors";
import { forgetSettings } from "../study/settings";
import { isUniqueViolation } from "../db/errors";

export type ImportResult = { ok: true; summary: ImportSummary } | { ok: false; issues: FileIssue[] };

// Bound parameters per statement stay well under SQLite's and PostgreSQL's limits.
const CHUNK = 500;
const chunks = <T>(rows: readonly T[]) => Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

async function findInChunks<T>(ids: readonly string[], find: (ids: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (const part of chunks([...ids])) out.push(...(await find(part)));
  return out;
}

/** Called after each slice of writes commits: how many of the plan's rows are written. */
export type ImportProgress = (done: number, total: number) => void;

/**
 * Merges a validated progress file into `userId`'s account: the merge rules are those of
 * planImport. Ids another account holds are first replaced by account-scoped ones (ownIds). A
 * file with anything wrong (an unknown card, a time in the future) writes nothing and comes
 * back with every issue and its place.
 *
 * The plan is computed from reads alone, then written in slices of CHUNK rows, each slice one
 * short transaction: a write transaction holds SQLite's only write lock, and one for a file of
 * 50,000 reviews held every other learner's ratings for seconds. Each slice of reviews carries
 * its own days' aggregates, and the last slice the card states (a state a rating changed
 * meanwhile stays when it is newer), attempts, sessions and settings, so what is committed
 * always agrees with itself; an import cut short (a crash, a 409) is completed by importing
 * the same file again, which skips what is already there.
 */
export async function importProgress(db: Db, userId: string, file: ProgressFile, now: Date, onProgress?: ImportProgress): Promise<ImportResult> {
  try {
    const own = await ownIds(db, userId, file);
    const plan = planImport(own, await mergeContext(db, userId, own, now));
    if (!plan.ok) return plan;
    await write(db, userId, plan.plan, own.settings ?? DEFAULT_DAY_RULE, onProgress);
    if (plan.summary.settings === "applied") forgetSettings(userId);
    return { ok: true, summary: plan.summary };
  } catch (e) {
    // A review, attempt, mock interview or card state with one of the file's keys was written
    // while this import ran.
    if (isUniqueViolation(e))
      throw new StudyError(409, "conflict", "Some of these reviews were recorded while importing; import the file again to add the rest.");
    throw e;
  }
}

const DEFAULT_DAY_RULE = { timeZone: "UTC", rolloverHour: 4 };

/**
 * The file with every review, attempt and mock interview id that another account holds
 * replaced by its account-scoped id: a file exported by someone else (or by this learner under
 * another account) is copied in, and the original rows stay untouched with their owner.
 */
async function ownIds(tx: Tx | Db, userId: string, file: ProgressFile): Promise<ProgressFile> {
  const [reviews, attempts, mocks] = [
    await findInChunks(
      file.reviews.map((r) => r.id),
      (ids) => tx.reviewLog.findMany({ where: { id: { in: ids }, userId: { not: userId } }, select: { id: true } }),
    ),
    await findInChunks(
      file.drillAttempts.map((a) => a.id),
      (ids) => tx.drillAttempt.findMany({ where: { id: { in: ids }, userId: { not: userId } }, select: { id: true } }),
    ),
    await findInChunks(
      file.mockInterviews.map((m) => m.id),
      (ids) => tx.mockInterview.findMany({ where: { id: { in: ids }, userId: { not: userId } }, select: { id: true } }),
    ),
  ];
  if (!reviews.length && !attempts.length && !mocks.length) return file;
  // Each table has its own ids, so each gets its own set (a review and a session may share one).
  const scoped = (foreign: { id: string }[]) => {
    const ids = new Set(foreign.map((r) => r.id));
    return <T extends { id: string }>(row: T): T => (ids.has(row.id) ? { ...row, id: accountScopedId(userId, row.id) } : row);
  };
  return {
    ...file,
    reviews: file.reviews.map(scoped(reviews)),
    drillAttempts: file.drillAttempts.map(scoped(attempts)),
    mockInterviews: file.mockInterviews.map(scoped(mocks)),
  };
}

async function mergeContext(tx: Tx | Db, userId: string, file: ProgressFile, now: Date) {
  const cardIds = [...new Set([...file.cardStates, ...file.reviews, ...file.drillAttempts].map((r) => r.cardId))];
  const [cards, reviews, attempts, mocks, states, settings] = [
    await findInChunks(cardIds, (ids) => tx.card.findMany({ where: { id: { in: ids } }, select: { id: true } })),
    // Looked up by id alone, whoever owns them: an id of another account must be refused.
    await findInChunks(
      file.reviews.map((r) => r.id),
      (ids) => tx.reviewLog.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true, cardId: true, reviewedAt: true, rating: true } }),
    ),
    await findInChunks(
      file.drillAttempts.map((a) => a.id),
      (ids) => tx.drillAttempt.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true, cardId: true } }),
    ),
    await findInChunks(
      file.mockInterviews.map((m) => m.id),
      (ids) => tx.mockInterview.findMany({ where: { id: { in: ids } }, select: { id: true, userId: true, finishedAt: true } }),
    ),
    await findInChunks(
      file.cardStates.map((s) => s.cardId),
      (ids) => tx.cardState.findMany({ where: { userId, cardId: { in: ids } }, select: { cardId: true, lastReview: true } }),
    ),
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

async function write(db: Db, userId: string, plan: ImportPlan, dayRule: { timeZone: string; rolloverHour: number }, onProgress?: ImportProgress) {
  const total = plan.reviews.length + plan.drillAttempts.length + plan.mockInterviews.length + plan.createStates.length + plan.updateStates.length;
  let done = 0;
  const slice = async (rows: number, writes: (tx: Tx) => Promise<void>) => {
    await db.$transaction(writes, { maxWait: 10_000, timeout: 60_000 });
    onProgress?.((done += rows), total);
  };
  for (const part of chunks(plan.reviews)) {
    await slice(part.length, async (tx) => {
      await tx.reviewLog.createMany({ data: part.map(({ previous, ...r }) => ({ ...r, userId, previous: previous ? toSnapshot(previous) : null })) });
      await addDaily(tx, userId, dailyContributions(part, [], dayRule));
    });
  }
  const rest = plan.drillAttempts.length + plan.mockInterviews.length + plan.createStates.length + plan.updateStates.length;
  await slice(rest, async (tx) => {
    if (plan.settings) {
      const { fsrsParameters, ...settings } = plan.settings;
      const data = { ...settings, fsrsParameters: fsrsParameters ? JSON.stringify(fsrsParameters) : null };
      // Settings saved while importing win: the file's apply only to an account without any.
      await tx.userSettings.upsert({ where: { userId }, create: { userId, ...data }, update: {} });
    }
    for (const part of chunks(plan.drillAttempts)) await tx.drillAttempt.createMany({ data: part.map((a) => ({ ...a, userId })) });
    await addDaily(tx, userId, dailyContributions([], plan.drillAttempts, dayRule));
    for (const part of chunks(plan.mockInterviews)) {
      await tx.mockInterview.createMany({ data: part.map((m) => ({ ...m, userId, misconceptions: m.misconceptions.join(" ") })) });
    }
    for (const part of chunks(plan.createStates)) {
      await tx.cardState.createMany({ data: part.map(({ cardId, ...s }) => ({ userId, cardId, ...memoryStateOf(s) })) });
    }
    for (const { cardId, ...s } of plan.updateStates) {
      // Only over a state still older than the file's: a rating made while importing stays.
      const older = s.lastReview ? { OR: [{ lastReview: null }, { lastReview: { lt: s.lastReview } }] } : { lastReview: null };
      await tx.cardState.updateMany({ where: { userId, cardId, ...older }, data: memoryStateOf(s) });
    }
  });
}

async function addDaily(tx: Tx, userId: string, daily: readonly DailyDelta[]) {
  for (const { day, ...d } of daily) {
    await tx.dailyStat.upsert({
      where: { userId_day: { userId, day } },
      create: { userId, day, ...d },
      update: {
        reviews: { increment: d.reviews },
        newCards: { increment: d.newCards },
        drills: { increment: d.drills },
        correct: { increment: d.correct },
        timeMs: { increment: d.timeMs },
      },
    });
  }
}

/** Validates a parsed JSON body as a progress file, then imports it (issues for either step). */
export async function importProgressJson(db: Db, userId: string, json: unknown, now: Date, onProgress?: ImportProgress): Promise<ImportResult> {
  const parsed = parseProgressFile(json);
  return parsed.ok ? importProgress(db, userId, parsed.file, now, onProgress) : parsed;
}
