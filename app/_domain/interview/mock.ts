/**
 * The mock interview's rules: which questions to ask, when to follow up, and how ready the
 * learner is per topic. Pure: the caller passes the pool of questions and a seed.
 */
export type MockKind = "interview" | "card" | "scenario";
export type MockItem = { kind: MockKind; id: string; topic: string; misconceptions: string[]; followUp?: string };
/** A misconception the learner's own words revealed, with those words. */
export type RevealedMisconception = { misconception: string; quote: string; itemId: string };
export type MockAnswer = { item: MockItem; score: number; misconceptions: string[]; quotes?: { misconception: string; quote: string }[]; followUpOf?: string };
export type TopicReadiness = { topic: string; score: number; answered: number };

/** A recalled card's self-rating (1 missed, 2 partly, 3 got it) as a score for readiness. */
export const SELF_RATING_SCORE = { 1: 0, 2: 0.5, 3: 1 } as const;

/** Below this an answer is weak: the interviewer digs deeper and the topic needs work. */
export const WEAK_BELOW = 0.75;
/** The mix of a session, in the order an interviewer tends to go: explain, then why, then draw. */
export const MIX: readonly { kind: MockKind; count: number }[] = [
  { kind: "interview", count: 3 },
  { kind: "card", count: 2 },
  { kind: "scenario", count: 1 },
];

/** mulberry32: a small seeded generator, so a session can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A session's questions: MIX of each kind drawn at random, interleaved so that no two of a
 * kind come together when it can be helped, and no topic is asked twice in a row.
 */
export function planMock(pool: readonly MockItem[], seed: number): MockItem[] {
  const random = seededRandom(seed);
  const drawn = MIX.map(({ kind, count }) =>
    shuffle(
      pool.filter((p) => p.kind === kind),
      random,
    ).slice(0, count),
  );
  const plan: MockItem[] = [];
  for (let round = 0; drawn.some((d) => d.length > round); round += 1) for (const d of drawn) if (d[round]) plan.push(d[round]!);
  for (let i = 1; i < plan.length; i += 1) {
    if (plan[i]!.topic !== plan[i - 1]!.topic) continue;
    const swap = plan.findIndex((p, j) => j > i && p.topic !== plan[i - 1]!.topic);
    if (swap > 0) [plan[i], plan[swap]] = [plan[swap]!, plan[i]!];
  }
  return plan;
}

/**
 * The deeper question after a weak answer: the prompt's own follow-up, else an interview
 * prompt on the same topic, else one that tests the same misconception; never one already asked.
 */
export function followUpFor(answer: MockAnswer, pool: readonly MockItem[], asked: ReadonlySet<string>): MockItem | null {
  if (answer.score >= WEAK_BELOW || answer.followUpOf) return null;
  const open = pool.filter((p) => p.kind === "interview" && !asked.has(p.id) && p.id !== answer.item.id);
  const named = answer.item.followUp ? open.find((p) => p.id === answer.item.followUp) : undefined;
  return (
    named ?? open.find((p) => p.topic === answer.item.topic) ?? open.find((p) => p.misconceptions.some((m) => answer.item.misconceptions.includes(m))) ?? null
  );
}

/** Mean score per topic, weakest first; a topic's readiness is only as good as its answers. */
export function readiness(answers: readonly MockAnswer[]): TopicReadiness[] {
  const byTopic = new Map<string, number[]>();
  for (const a of answers) byTopic.set(a.item.topic, [...(byTopic.get(a.item.topic) ?? []), a.score]);
  return [...byTopic]
    .map(([topic, scores]) => ({ topic, answered: scores.length, score: Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 100) / 100 }))
    .sort((a, b) => a.score - b.score || a.topic.localeCompare(b.topic));
}

/**
 * The misconceptions a session revealed: only those the grader found stated in the learner's
 * own words. A weak or off-topic answer reveals none: not knowing is not believing a myth.
 */
export function revealedMisconceptions(answers: readonly MockAnswer[]): string[] {
  return [...new Set(answers.flatMap((a) => a.misconceptions))].sort();
}

/** Each revealed misconception with the learner's words that revealed it, in the order answered. */
export function misconceptionQuotes(answers: readonly MockAnswer[]): RevealedMisconception[] {
  return answers.flatMap((a) => (a.quotes ?? []).filter((q) => a.misconceptions.includes(q.misconception)).map((q) => ({ ...q, itemId: a.item.id })));
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
