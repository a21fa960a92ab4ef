import { overallReadiness, type MockResult } from "../interview/mock-result";
import { studyDay } from "../scheduling/study-day";

/** How many of the latest mock interviews the progress page draws. */
export const MOCK_HISTORY_SESSIONS = 30;

/** A stored mock interview, its result already read (see readMockResult). */
export type MockSessionRow = { finishedAt: Date; result: Pick<MockResult, "readiness" | "answers"> };

/** One point of a line: the session's position on the x axis (0 = oldest shown) and a score 0-1. */
export type ReadinessPoint = { index: number; score: number };

export type MockSessionSummary = { finishedAt: Date; day: string; overall: number; answered: number };

/** A topic's readiness in the sessions that asked about it; sessions that did not are gaps. */
export type TopicReadinessSeries = { topic: string; title: string; points: ReadinessPoint[]; first: number; latest: number };

export type MockHistory = { sessions: MockSessionSummary[]; overall: ReadinessPoint[]; topics: TopicReadinessSeries[] };

/**
 * The learner's mock interviews as lines over time: oldest first, the latest `limit` only, each
 * session one step along x (sessions, not days: several on one day stay apart). `overall` is
 * each session's overall readiness; each topic that any shown session asked about gets a line
 * through the sessions that asked it, in the order of `topics` (the content's), topics the
 * content no longer has last by id, titled by their id. Days are study days, like the rest of
 * the page.
 */
export function mockHistory(input: {
  sessions: readonly MockSessionRow[];
  topics: readonly { id: string; title: string }[];
  timeZone: string;
  rolloverHour: number;
  limit?: number;
}): MockHistory {
  const limit = input.limit ?? MOCK_HISTORY_SESSIONS;
  // A stable sort keeps the given order of sessions finished at the same instant.
  const shown = [...input.sessions].sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime()).slice(-limit);
  const sessions = shown.map((s) => ({
    finishedAt: s.finishedAt,
    day: studyDay(s.finishedAt, input.timeZone, input.rolloverHour),
    overall: overallReadiness(s.result),
    answered: s.result.answers.length,
  }));

  const byTopic = new Map<string, ReadinessPoint[]>();
  shown.forEach((s, index) => {
    for (const r of s.result.readiness) {
      let points = byTopic.get(r.topic);
      if (!points) byTopic.set(r.topic, (points = []));
      points.push({ index, score: r.score });
    }
  });
  const position = new Map(input.topics.map((t, i) => [t.id, i]));
  const title = new Map(input.topics.map((t) => [t.id, t.title]));
  const rank = (topic: string) => position.get(topic) ?? Number.POSITIVE_INFINITY;
  const topics = [...byTopic]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([topic, points]) => ({ topic, title: title.get(topic) ?? topic, points, first: points[0]!.score, latest: points.at(-1)!.score }));

  return { sessions, overall: sessions.map((s, index) => ({ index, score: s.overall })), topics };
}
