import "server-only";
import Database from "better-sqlite3";
import { deserializeState, type MemoryState, type StudySettings } from "@/app/_domain/scheduling";
import { StudyError } from "./errors";
import { planReview, reviewLogRow } from "./plan-review";
import type { ReviewInput } from "./review-input";

// The review hot path on SQLite, as prepared statements in synchronous transactions, run by the
// review writer thread (review-writer.ts): the same reads and writes as the Prisma path in
// record-review.ts (the integration tests run both, one per provider), at a fraction of the cost
// per request. Dates are stored in the format Prisma's SQLite adapter writes and reads.
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

// About 36 KB of WAL per rating (every page a rating touches is written whole), so about
// 1,000 pages: SQLite's own default threshold.
const CHECKPOINT_EVERY = 100;

type StateRow = {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: string | null;
};

export type SqliteRecordResult = { status: "recorded" | "duplicate"; cardId: string; state: MemoryState | null; next: string | null };
export type ReviewRequest = { userId: string; input: ReviewInput; settings: StudySettings; now: Date };
/** A StudyError crosses a thread boundary as its fields. */
export type StudyErrorFields = { status: StudyError["status"]; code: string; message: string };
export type BatchOutcome = { ok: true; result: SqliteRecordResult } | { ok: false; error: StudyErrorFields };

// SQLite's answers that say "not now" rather than "never": the client should send it again.
const TRANSIENT = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|NOMEM|PROTOCOL)/;

/** One rating's failure, as the fields its caller answers with. */
export function failureOf(e: unknown): StudyErrorFields {
  if (e instanceof StudyError) return { status: e.status, code: e.code, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && TRANSIENT.test(code))
    return { status: 503, code: "unavailable", message: `The rating was not saved (${message}); it will be sent again.` };
  // A rating no retry can save (data the scheduler refuses, a bug): it fails alone, and says why.
  return { status: 400, code: "unrecordable", message: `This rating could not be recorded: ${message}. Nothing was saved.` };
}

export class SqliteReviewStore {
  private readonly db: Database.Database;
  private readonly q;
  private sinceCheckpoint = 0;
  // A transaction of its own when called alone, a savepoint inside recordBatch's.
  private readonly recordOne: Database.Transaction<(request: ReviewRequest) => SqliteRecordResult>;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma("busy_timeout = 10000");
    this.db.pragma("synchronous = NORMAL");
    // Checkpoints run in afterBatch, once the batch's callers have their answers, instead of
    // inside whichever commit crosses SQLite's threshold.
    this.db.pragma("wal_autocheckpoint = 0");
    // Random UUID keys touch pages all over the log's B-trees; a larger page cache and a
    // memory map keep them in memory instead of re-reading them for every insert.
    this.db.pragma("cache_size = -65536");
    this.db.pragma("mmap_size = 268435456");
    const p = (sql: string) => this.db.prepare(sql);
    this.q = {
      log: p(`SELECT userId, cardId FROM ReviewLog WHERE id = ?`),
      card: p(`SELECT id FROM Card WHERE id = ? AND retiredAt IS NULL`),
      state: p(
        `SELECT due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview FROM CardState WHERE userId = ? AND cardId = ?`,
      ),
      upsertState: p(
        `INSERT INTO CardState (userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, updatedAt)
         VALUES (@userId, @cardId, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @state, @lastReview, @updatedAt)
         ON CONFLICT (userId, cardId) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty, elapsedDays = excluded.elapsedDays,
           scheduledDays = excluded.scheduledDays, learningSteps = excluded.learningSteps, reps = excluded.reps, lapses = excluded.lapses, state = excluded.state,
           lastReview = excluded.lastReview, updatedAt = excluded.updatedAt`,
      ),
      insertLog: p(
        `INSERT INTO ReviewLog (id, userId, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reviewedAt, durationMs, cram, previous)
         VALUES (@id, @userId, @cardId, @rating, @state, @due, @stability, @difficulty, @elapsedDays, @lastElapsedDays, @scheduledDays, @learningSteps, @reviewedAt, @durationMs, @cram, @previous)`,
      ),
      daily: p(
        `INSERT INTO DailyStat (userId, day, reviews, newCards, drills, correct, timeMs) VALUES (?, ?, 1, ?, 0, ?, ?)
         ON CONFLICT (userId, day) DO UPDATE SET reviews = reviews + 1, newCards = newCards + excluded.newCards, correct = correct + excluded.correct, timeMs = timeMs + excluded.timeMs`,
      ),
      nextDue: p(
        `SELECT s.cardId FROM CardState s JOIN Card c ON c.id = s.cardId WHERE s.userId = ? AND s.due <= ? AND s.cardId <> ? AND c.retiredAt IS NULL ORDER BY s.due LIMIT 1`,
      ),
    };
    this.recordOne = this.db.transaction((request: ReviewRequest) => this.recordIn(request));
  }

  private duplicate(userId: string, id: string, now: Date): SqliteRecordResult {
    const existing = this.q.log.get(id) as { userId: string; cardId: string } | undefined;
    if (!existing || existing.userId !== userId) throw new StudyError(409, "id_taken", `Review id ${id} is already used; generate a new id for a new rating.`);
    const row = this.q.state.get(userId, existing.cardId) as StateRow | undefined;
    return { status: "duplicate", cardId: existing.cardId, state: row ? deserializeState(row) : null, next: this.nextDue(userId, existing.cardId, now) };
  }

  private nextDue(userId: string, after: string, now: Date): string | null {
    return (this.q.nextDue.get(userId, iso(now), after) as { cardId: string } | undefined)?.cardId ?? null;
  }

  /**
   * Records several ratings in one transaction (group commit): each rating runs in its own
   * savepoint, so one that fails for any reason (unknown card, someone else's id, data the
   * scheduler cannot take, an unexpected bug) rolls back alone and comes back as its error,
   * while the rest commit together. Only a failed commit fails the whole batch.
   */
  recordBatch(items: readonly ReviewRequest[]): BatchOutcome[] {
    return this.db
      .transaction(() =>
        items.map((item): BatchOutcome => {
          try {
            return { ok: true, result: this.recordOne(item) };
          } catch (e) {
            return { ok: false, error: failureOf(e) };
          }
        }),
      )
      .immediate();
  }

  /** Copies committed pages from the WAL into the database every CHECKPOINT_EVERY ratings. */
  afterBatch(size: number): void {
    this.sinceCheckpoint += size;
    if (this.sinceCheckpoint < CHECKPOINT_EVERY) return;
    this.sinceCheckpoint = 0;
    // PASSIVE never waits for readers; what it cannot copy now, the next one will.
    this.db.pragma("wal_checkpoint(PASSIVE)");
  }

  private recordIn({ userId, input, settings, now }: ReviewRequest): SqliteRecordResult {
    if (this.q.log.get(input.id)) return this.duplicate(userId, input.id, now);
    if (!this.q.card.get(input.cardId)) throw new StudyError(404, "unknown_card", `Card ${input.cardId} does not exist or is retired.`);
    const row = this.q.state.get(userId, input.cardId) as StateRow | undefined;
    const previous = row ? deserializeState(row) : null;
    const plan = planReview(previous, input, settings);
    const { next, day, isNew, correct } = plan;
    if (!input.cram) {
      this.q.upsertState.run({
        userId,
        cardId: input.cardId,
        ...next,
        due: iso(next.due),
        lastReview: next.lastReview ? iso(next.lastReview) : null,
        updatedAt: iso(now),
      });
    }
    const logRow = reviewLogRow(userId, input, plan, previous);
    this.q.insertLog.run({ ...logRow, due: iso(logRow.due), reviewedAt: iso(logRow.reviewedAt), cram: logRow.cram ? 1 : 0 });
    this.q.daily.run(userId, day, isNew, correct, input.durationMs);
    return { status: "recorded", cardId: input.cardId, state: input.cram ? previous : next, next: this.nextDue(userId, input.cardId, now) };
  }
}
