import "server-only";
import { fromSnapshot, memoryStateOf, studyDay, type MemoryState, type StudySettings } from "@/app/_domain/scheduling";
import { configOf, type Db, type Tx } from "../db/client";
import { reviewWriter } from "./review-writer";
import { StudyError } from "./errors";
import { MAX_CLOCK_SKEW_MS } from "@/app/_domain/input/fields";
import type { ReviewInput } from "./review-input";
import { planReview, reviewLogRow } from "./plan-review";
import { isUniqueViolation } from "../db/errors";

export type RecordResult = { status: "recorded" | "duplicate"; cardId: string; state: MemoryState | null; next: string | null };

/** The learner's next due card after this rating (null when nothing else is due). */
export async function nextDueCardId(db: Db, userId: string, after: string, now: Date): Promise<string | null> {
  const next = await db.cardState.findFirst({
    where: { userId, due: { lte: now }, cardId: { not: after }, card: { retiredAt: null } },
    orderBy: { due: "asc" },
    select: { cardId: true },
  });
  return next?.cardId ?? null;
}

/**
 * Records one rating exactly once. The log row and the new memory state commit together;
 * a replay of the same client id changes nothing and answers "duplicate".
 */
export async function recordReview(db: Db, userId: string, input: ReviewInput, settings: StudySettings, now: Date): Promise<RecordResult> {
  if (input.reviewedAt.getTime() > now.getTime() + MAX_CLOCK_SKEW_MS) {
    throw new StudyError(400, "future_time", `reviewedAt ${input.reviewedAt.toISOString()} is in the future.`);
  }
  const config = configOf(db);
  if (config.provider === "sqlite") return reviewWriter(config.file).record({ userId, input, settings, now });
  let result: Omit<RecordResult, "next">;
  try {
    result = await oneAtATime(`${userId}\u0000${input.cardId}`, () =>
      db.$transaction(
        async (tx) => {
          await lockCard(tx, userId, input.cardId);
          return recordIn(tx, userId, input, settings);
        },
        { maxWait: 10_000, timeout: 15_000 },
      ),
    );
  } catch (e) {
    // Two copies of one rating racing: the loser hits the primary key and is a duplicate.
    if (!isUniqueViolation(e)) throw e;
    result = await duplicateOf(db, userId, input.id);
  }
  return { ...result, next: await nextDueCardId(db, userId, result.cardId, now) };
}

// Ratings of one card made in this process queue here, before taking a connection: waiting
// inside a transaction for lockCard would hold one of the pool's few connections each (160
// ratings of one card at once exhausted the pool). lockCard orders them across instances.
const cardQueues = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const mine = (cardQueues.get(key) ?? Promise.resolve()).catch(() => {}).then(run);
  const tail = mine.catch(() => {});
  cardQueues.set(key, tail);
  void tail.then(() => {
    if (cardQueues.get(key) === tail) cardQueues.delete(key);
  });
  return mine;
}

/**
 * Serializes the transactions that change one learner's card (PostgreSQL; on SQLite the
 * writer thread is the only writer). Under READ COMMITTED two ratings of a card would both
 * read the same state and the second would overwrite the first's (160 concurrent ratings left
 * reps = 65); a row lock cannot cover a card with no state row yet, so the lock is an
 * advisory one on the (user, card) pair, released at commit.
 */
async function lockCard(tx: Tx, userId: string, cardId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext(${userId}), hashtext(${cardId}))) AS l`;
}

async function duplicateOf(db: Db | Tx, userId: string, id: string): Promise<Omit<RecordResult, "next">> {
  const existing = await db.reviewLog.findUnique({ where: { id }, select: { userId: true, cardId: true } });
  if (!existing || existing.userId !== userId) {
    throw new StudyError(409, "id_taken", `Review id ${id} is already used; generate a new id for a new rating.`);
  }
  const row = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId: existing.cardId } } });
  return { status: "duplicate", cardId: existing.cardId, state: row ? memoryStateOf(row) : null };
}

async function recordIn(tx: Tx, userId: string, input: ReviewInput, settings: StudySettings): Promise<Omit<RecordResult, "next">> {
  if (await tx.reviewLog.findUnique({ where: { id: input.id }, select: { id: true } })) return duplicateOf(tx, userId, input.id);

  const card = await tx.card.findFirst({ where: { id: input.cardId, retiredAt: null }, select: { id: true } });
  if (!card) throw new StudyError(404, "unknown_card", `Card ${input.cardId} does not exist or is retired.`);

  const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId, cardId: card.id } } });
  const previous = row ? memoryStateOf(row) : null;
  const plan = planReview(previous, input, settings);
  const { next, day, isNew, correct } = plan;

  if (!input.cram) {
    await tx.cardState.upsert({
      where: { userId_cardId: { userId, cardId: card.id } },
      create: { userId, cardId: card.id, ...next },
      update: next,
    });
  }
  await tx.reviewLog.create({ data: reviewLogRow(userId, input, plan, previous) });
  await tx.dailyStat.upsert({
    where: { userId_day: { userId, day } },
    create: { userId, day, reviews: 1, newCards: isNew, correct, timeMs: input.durationMs },
    update: { reviews: { increment: 1 }, newCards: { increment: isNew }, correct: { increment: correct }, timeMs: { increment: input.durationMs } },
  });
  return { status: "recorded", cardId: card.id, state: input.cram ? previous : next };
}

export type UndoResult = { status: "undone" | "already_undone"; cardId: string };

/**
 * Undoes a rating: the card's memory state goes back exactly to its snapshot and the log row
 * is marked undone (the log stays append-only). Only the newest live rating of a card can be
 * undone, otherwise a later rating would be silently rewritten.
 */
export async function undoReview(db: Db, userId: string, id: string, settings: StudySettings, now: Date): Promise<UndoResult> {
  return db.$transaction(async (tx) => {
    const log = await tx.reviewLog.findFirst({ where: { id, userId } });
    // Someone else's review id looks exactly like an unknown one.
    if (!log) throw new StudyError(404, "unknown_review", `No review ${id} of yours to undo.`);
    if (configOf(db).provider !== "sqlite") {
      await lockCard(tx, userId, log.cardId);
      // Read again under the lock: a concurrent undo or rating of the card has finished.
      const locked = await tx.reviewLog.findFirst({ where: { id, userId }, select: { undoneAt: true } });
      if (locked?.undoneAt) return { status: "already_undone", cardId: log.cardId };
    }
    if (log.undoneAt) return { status: "already_undone", cardId: log.cardId };
    const newer = await tx.reviewLog.findFirst({
      where: { userId, cardId: log.cardId, undoneAt: null, cram: log.cram, reviewedAt: { gte: log.reviewedAt }, id: { not: id } },
      select: { id: true, reviewedAt: true },
    });
    if (newer && newer.reviewedAt > log.reviewedAt) {
      throw new StudyError(409, "not_latest", `Review ${id} is not the latest rating of card ${log.cardId}; undo the later one first.`);
    }
    if (!log.cram) {
      const key = { userId_cardId: { userId, cardId: log.cardId } };
      if (log.previous) {
        const restored = fromSnapshot(log.previous);
        await tx.cardState.upsert({ where: key, create: { userId, cardId: log.cardId, ...restored }, update: restored });
      } else {
        await tx.cardState.deleteMany({ where: { userId, cardId: log.cardId } });
      }
    }
    await tx.reviewLog.update({ where: { id }, data: { undoneAt: now } });
    const day = studyDay(log.reviewedAt, settings.timeZone, settings.rolloverHour);
    const isNew = !log.previous && !log.cram ? 1 : 0;
    await tx.dailyStat.updateMany({
      where: { userId, day },
      data: {
        reviews: { decrement: 1 },
        newCards: { decrement: isNew },
        correct: { decrement: log.rating > 1 ? 1 : 0 },
        timeMs: { decrement: log.durationMs },
      },
    });
    return { status: "undone", cardId: log.cardId };
  });
}
