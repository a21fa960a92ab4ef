import type { MemoryState } from "@/app/_domain/scheduling";

/** A CardState row as the database returns it (the state kind is a plain number there). */
type StateRow = Omit<MemoryState, "state"> & { state: number };

export function toMemoryState(row: StateRow): MemoryState {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as MemoryState["state"],
    lastReview: row.lastReview,
  };
}

export function stateColumns(m: MemoryState): StateRow {
  return { ...toMemoryState(m) };
}

/** The snapshot kept on a log row so that undo restores the state exactly. */
export function toSnapshot(m: MemoryState): string {
  return JSON.stringify(stateColumns(m));
}

export function fromSnapshot(json: string): MemoryState {
  const raw = JSON.parse(json) as Omit<StateRow, "due" | "lastReview"> & { due: string; lastReview: string | null };
  return toMemoryState({ ...raw, due: new Date(raw.due), lastReview: raw.lastReview ? new Date(raw.lastReview) : null });
}
