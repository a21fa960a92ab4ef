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

export type Rating = 1 | 2 | 3 | 4;

export function newMemoryState(now: Date): MemoryState {
  return { due: now, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null };
}
