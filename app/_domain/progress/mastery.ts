/** A live card, as the mastery figures need it. */
export type CardRef = { id: string; topicId: string; kind: string };
/** A learner's FSRS state of a card: 0 New, 1 Learning, 2 Review, 3 Relearning. */
export type StateRef = { cardId: string; state: number; scheduledDays: number };

export type MasteryBucket = "new" | "learning" | "young" | "mature";
export type TopicMastery = { topicId: string; title: string; total: number } & Record<MasteryBucket, number>;

/** Anki's line between young and mature cards: a scheduled interval of 21 days or more. */
export const MATURE_DAYS = 21;

/**
 * new: never studied (no state, or a state reset to New); learning: in learning or relearning
 * steps; young: in review with an interval under 21 days; mature: in review at 21 days or more.
 */
export function bucketOf(state: StateRef | undefined): MasteryBucket {
  if (!state || state.state === 0) return "new";
  if (state.state === 1 || state.state === 3) return "learning";
  return state.scheduledDays >= MATURE_DAYS ? "mature" : "young";
}

/** Each topic's cards by bucket, in the order of `topics`; topics with no live card are left out. */
export function topicMastery(input: {
  topics: readonly { id: string; title: string }[];
  cards: readonly CardRef[];
  states: readonly StateRef[];
}): TopicMastery[] {
  const states = new Map(input.states.map((s) => [s.cardId, s]));
  const rows = new Map(input.topics.map((t) => [t.id, { topicId: t.id, title: t.title, total: 0, new: 0, learning: 0, young: 0, mature: 0 }]));
  for (const card of input.cards) {
    const row = rows.get(card.topicId);
    if (!row) continue;
    row.total += 1;
    row[bucketOf(states.get(card.id))] += 1;
  }
  return [...rows.values()].filter((r) => r.total > 0);
}

export type DrillAttemptRef = { cardId: string; score: number; createdAt: Date };
export type DrillMastery = { mastered: number; attempted: number; total: number };

/** A drill counts as mastered when the learner's latest attempt scored at least this. */
export const MASTERED_SCORE = 0.9;

/**
 * Simulator scenarios and interview prompts mastered. The rule is the latest attempt's score,
 * not the best one: a single lucky pass months ago says little about today, and the latest
 * attempt is what the learner could do last time they tried. 0.9 forgives one slip in a
 * ten-step run (the grader already rates anything under a flawless 1.0 as Hard), while an
 * answer that missed more than that is still being learned. Card maturity is not used: it takes weeks to reach, so a learner who just nailed every scenario
 * would see zero.
 */
export function drillsMastered(input: { cards: readonly CardRef[]; attempts: readonly DrillAttemptRef[] }): {
  scenario: DrillMastery;
  interview: DrillMastery;
} {
  const latest = new Map<string, DrillAttemptRef>();
  for (const a of input.attempts) {
    const had = latest.get(a.cardId);
    if (!had || a.createdAt > had.createdAt) latest.set(a.cardId, a);
  }
  const count = (kind: string): DrillMastery => {
    const cards = input.cards.filter((c) => c.kind === kind);
    const tried = cards.map((c) => latest.get(c.id)).filter((a): a is DrillAttemptRef => !!a);
    return { mastered: tried.filter((a) => a.score >= MASTERED_SCORE).length, attempted: tried.length, total: cards.length };
  };
  return { scenario: count("scenario"), interview: count("interview") };
}
