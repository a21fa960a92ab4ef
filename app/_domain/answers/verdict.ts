/** Ratings as FSRS numbers them: Again, Hard, Good, Easy. */
export type Rating = 1 | 2 | 3 | 4;

/**
 * The outcome of checking an answer. `right` suggests Good, `partial` Hard and `wrong`
 * Again; Easy is never suggested (only the learner knows it came without effort).
 */
export type Verdict = "right" | "partial" | "wrong";

export const SUGGESTED: Record<Verdict, Rating> = { right: 3, partial: 2, wrong: 1 };
