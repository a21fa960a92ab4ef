import { z } from "zod";
import { InvalidArgumentError } from "./errors";

// The one home of the memory state's shapes and the conversions between them: the state
// itself (Dates), a database row (the state kind a plain number), and the JSON form (dates as
// ISO strings) that the study screen, the offline pack and a rating's undo snapshot carry.
// ts-fsrs's own Card shape is converted in fsrs.ts, the only place that calls ts-fsrs.

/** 0 New, 1 Learning, 2 Review, 3 Relearning: the values ts-fsrs and the FSRS optimizer use. */
export type CardStateKind = 0 | 1 | 2 | 3;

/** FSRS memory state of one card for one learner, in the shape the database stores. */
export type MemoryState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateKind;
  lastReview: Date | null;
};

/** A memory state as JSON-safe values (dates as ISO strings). */
export type SerializedState = Omit<MemoryState, "due" | "lastReview"> & { due: string; lastReview: string | null };

/** A CardState row as the database returns it: the state kind is a plain number there. */
export type MemoryStateRow = Omit<MemoryState, "state"> & { state: number };

export type Rating = 1 | 2 | 3 | 4;

export function newMemoryState(now: Date): MemoryState {
  return { due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null };
}

/** A stored state kind, checked: a number outside 0-3 is a bug or a hand-edited row. */
export function cardStateKind(n: number): CardStateKind {
  if (n === 0 || n === 1 || n === 2 || n === 3) return n;
  throw new InvalidArgumentError("state", n, "0 (new), 1 (learning), 2 (review) or 3 (relearning)");
}

/**
 * The memory state of a row, and only that: a CardState row's key and timestamps are left
 * out, so the result can be spread into a write of any table's state columns.
 */
export function memoryStateOf(row: MemoryStateRow): MemoryState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: cardStateKind(row.state),
    lastReview: row.lastReview,
  };
}

export function serializeState(m: MemoryState): SerializedState {
  return { ...memoryStateOf(m), due: m.due.toISOString(), lastReview: m.lastReview ? m.lastReview.toISOString() : null };
}

/** The JSON form back as a state; a row of SQLite's own reads (ISO text, a numeric kind) too. */
export function deserializeState(s: Omit<SerializedState, "state"> & { state: number }): MemoryState {
  return memoryStateOf({ ...s, due: new Date(s.due), lastReview: s.lastReview === null ? null : new Date(s.lastReview) });
}

const serializedStateSchema = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  lastReview: z.string().nullable(),
});

/** The snapshot a log row keeps of the state before its rating, so that undo restores it exactly. */
export function toSnapshot(m: MemoryState): string {
  return JSON.stringify(serializeState(m));
}

export function fromSnapshot(json: string): MemoryState {
  const parsed = serializedStateSchema.safeParse(JSON.parse(json));
  if (!parsed.success)
    throw new InvalidArgumentError("snapshot", json, `a memory state (${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})`);
  return deserializeState(parsed.data);
}
