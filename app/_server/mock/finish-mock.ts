import "server-only";
import {
  SELF_RATING_SCORE,
  gradeAnswer,
  gradeSegmentSequence,
  misconceptionQuotes,
  readiness,
  readMockResult,
  revealedMisconceptions,
  type MockAnswer,
  type MockResult,
  type RevealedMisconception,
  type TopicReadiness,
} from "@/app/_domain/interview";
import { ratingFromScore, type Rating } from "@/app/_domain/scheduling";
import type { Db } from "../db/client";
import type { MockQuestion } from "../queries/mock-pool";
import { StudyError } from "../study/errors";
import { recordReview } from "../study/record-review";
import { fetchStudySettings } from "../study/settings";
import type { MockFinishInput } from "./input";
import type { Locale } from "@/app/_domain/locale";
import { isUniqueViolation } from "../db/errors";

/**
 * The finished session as the browser gets it: the stored result, and the learner's words that
 * revealed each misconception (graded just now, so a repeated request has none to show).
 */
export type MockSummary = {
  id: string;
  status: "recorded" | "duplicate";
  readiness: TopicReadiness[];
  misconceptions: string[];
  answers: { itemId: string; score: number }[];
  quotes: RevealedMisconception[];
};

function scoreOf(
  q: MockQuestion,
  a: MockFinishInput["answers"][number],
  locale: Locale,
): { score: number; rating: Rating; misconceptions: string[]; quotes?: { misconception: string; quote: string }[] } {
  if (q.kind === "interview" && q.rubric) {
    const g = gradeAnswer(q.rubric, a.answer, locale);
    const wrong = g.mistakes.flatMap((m) => (m.kind === "wrong-claim" ? [{ misconception: m.misconception, quote: m.evidence }] : []));
    return { score: g.score, rating: ratingFromScore(g.score), misconceptions: wrong.map((w) => w.misconception), quotes: wrong };
  }
  if (q.kind === "scenario" && q.segments) {
    const score = gradeSegmentSequence(q.segments, a.answer).score;
    return { score, rating: ratingFromScore(score), misconceptions: [] };
  }
  // A recalled card's self-rating is also its FSRS rating: missed → Again, partly → Hard, got it → Good.
  const self = a.selfRating ?? 1;
  return { score: SELF_RATING_SCORE[self], rating: self, misconceptions: [] };
}

/**
 * Grades a finished mock interview again on the server, schedules every question it asked
 * (each answer is a review, idempotent by its client id) and stores the session, whose
 * misconceptions bring their remedial cards to the next study session.
 */
export async function finishMock(db: Db, userId: string, input: MockFinishInput, pool: readonly MockQuestion[], now: Date): Promise<MockSummary> {
  const byId = new Map(pool.map((q) => [q.id, q]));
  const unknown = input.answers.findIndex((a) => !byId.has(a.itemId));
  if (unknown >= 0)
    throw new StudyError(400, "unknown_item", `answers.${unknown}.itemId: "${input.answers[unknown]!.itemId}" is not a mock interview question.`);

  const existing = await db.mockInterview.findUnique({ where: { id: input.id }, select: { userId: true, result: true } });
  if (existing && existing.userId !== userId) throw new StudyError(409, "id_taken", `Mock interview id ${input.id} is already used; generate a new id.`);
  if (existing) {
    // Read back through the same check an import uses; a stored result that fails it is our
    // own data gone wrong, so it is an error (logged, 500), never a half-read summary.
    const stored = readMockResult(existing.result);
    if (!stored.ok)
      throw new Error(
        `Stored mock interview ${input.id} is unreadable: ${stored.issues.map((i) => `${i.path.join(".") || "result"}: ${i.message}`).join("; ")}`,
      );
    return { ...stored.result, status: "duplicate", quotes: [] };
  }

  const graded = input.answers.map((a) => {
    const q = byId.get(a.itemId)!;
    return { a, q, ...scoreOf(q, a, input.locale) };
  });
  const answers: MockAnswer[] = graded.map((g) => ({
    item: g.q,
    score: g.score,
    misconceptions: g.misconceptions,
    ...(g.quotes ? { quotes: g.quotes } : {}),
    ...(g.a.followUpOf ? { followUpOf: g.a.followUpOf } : {}),
  }));
  // Typed as the stored result's schema, which the progress file and page read it back with.
  const summary: MockResult = {
    id: input.id,
    readiness: readiness(answers),
    misconceptions: revealedMisconceptions(answers),
    answers: graded.map((g) => ({ itemId: g.q.id, score: g.score })),
  };

  const settings = await fetchStudySettings(db, userId);
  // Reviews first: each is recorded once by its id, so a retry after a failure completes the rest.
  for (const g of graded)
    await recordReview(
      db,
      userId,
      { id: g.a.reviewId, cardId: g.q.id, rating: g.rating, reviewedAt: now, durationMs: g.a.durationMs, cram: false },
      settings,
      now,
    );
  try {
    await db.mockInterview.create({
      data: { id: input.id, userId, finishedAt: now, result: JSON.stringify(summary), misconceptions: summary.misconceptions.join(" ") },
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return { ...summary, status: "duplicate", quotes: [] };
  }
  return { ...summary, status: "recorded", quotes: misconceptionQuotes(answers) };
}
