import { InvalidScoreError } from "./errors";
import type { Rating } from "./memory-state";

/** The lowest score that is not a lapse: below it the drill counts as forgotten (Again). */
export const HARD_FROM = 0.75;
/** Only a perfect drill is Good. */
export const GOOD_FROM = 1;

/**
 * A drill's score (0..1: the share of the scenario's steps or of the answer's key points that
 * were right) as an FSRS rating, so drills are scheduled like cards:
 *
 * - 1 (everything right) → Good (3). Never Easy: a drill is answered on a screen with no
 *   time pressure and with the step builder's hints, so a perfect run shows the learner can
 *   produce the sequence, not that it came effortlessly; and Easy would make the
 *   first interval about 3.6 times longer (FSRS-6 default initial stability: 8.3 days for
 *   Easy, 2.3 for Good).
 * - 0.75 up to 1 (a step or key point missed) → Hard (2): recalled, with effort and a slip.
 * - below 0.75 → Again (1): a quarter of a handshake wrong is a handshake not known, and
 *   FSRS should bring it back soon rather than stretch it.
 *
 * tests/drill-attempt.int.test.ts pins 1 → Good and 0.4 → Again.
 */
export function ratingFromScore(score: number): Rating {
  if (typeof score !== "number" || !(score >= 0 && score <= 1)) throw new InvalidScoreError(score);
  if (score >= GOOD_FROM) return 3;
  if (score >= HARD_FROM) return 2;
  return 1;
}
