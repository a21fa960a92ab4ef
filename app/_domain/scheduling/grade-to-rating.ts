import type { Rating } from "./memory-state";

/**
 * A drill's score (0..1) as an FSRS rating, so drills are scheduled like cards. A perfect
 * answer is Good rather than Easy: it was produced under no time pressure and Easy would
 * stretch the interval too far; most of a handshake right is Hard (recalled with effort);
 * anything less is a lapse.
 */
export function ratingFromScore(score: number): Rating {
  if (score >= 1) return 3;
  if (score >= 0.75) return 2;
  return 1;
}
