import { z } from "zod";
import { KEBAB_ID } from "../content/schema";

// What a finished mock interview stores as its result (MockInterview.result, JSON text): the
// summary the learner saw at the end. One schema for the writer (finishMock), the progress
// file's import and the progress page, so a result that one accepts the others can read.

// Generous bounds: a session asks at most 20 questions today; the limits only stop a file from
// smuggling in a huge result, they do not restate the session rules.
const MAX_ENTRIES = 100;

const kebabId = z
  .string({ error: "must be an id" })
  .max(120, { error: "must be at most 120 characters" })
  .regex(KEBAB_ID, { error: "must be a kebab-case id" });
const share = z.number({ error: "must be a number" }).min(0, { error: "must be 0-1" }).max(1, { error: "must be 0-1" });

export const topicReadinessSchema = z
  .object({
    topic: kebabId,
    score: share,
    answered: z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(1, { error: "must be 1 or more" }),
  })
  .strict();

export const mockResultSchema = z
  .object({
    id: z.uuid({ error: "must be a UUID" }),
    readiness: z
      .array(topicReadinessSchema, { error: "must be a list" })
      .min(1, { error: "must name at least one topic" })
      .max(MAX_ENTRIES)
      .superRefine((rows, ctx) => {
        // One entry per topic: the page draws one point per topic and session.
        const seen = new Set<string>();
        rows.forEach((r, i) => {
          if (seen.has(r.topic)) ctx.addIssue({ code: "custom", path: [i, "topic"], message: `repeats the topic "${r.topic}"` });
          seen.add(r.topic);
        });
      }),
    misconceptions: z.array(kebabId, { error: "must be a list" }).max(MAX_ENTRIES),
    answers: z
      .array(z.object({ itemId: z.string({ error: "must be a card id" }).min(1).max(120), score: share }).strict(), { error: "must be a list" })
      .min(1, { error: "a mock interview has at least one answer" })
      .max(MAX_ENTRIES),
  })
  .strict();

export type MockResult = z.output<typeof mockResultSchema>;

/** One thing wrong with a result text, its path relative to the result ([] for the text itself). */
export type MockResultIssue = { path: PropertyKey[]; message: string };

/** Reads a stored result: the parsed summary, or what is wrong with the text and where. */
export function readMockResult(text: string): { ok: true; result: MockResult } | { ok: false; issues: MockResultIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, issues: [{ path: [], message: "must be JSON text" }] };
  }
  const parsed = mockResultSchema.safeParse(json);
  return parsed.success
    ? { ok: true, result: parsed.data }
    : { ok: false, issues: parsed.error.issues.map((i) => ({ path: [...i.path], message: i.message })) };
}

/**
 * A session's overall readiness: the mean score of all its answers, follow-ups included, which
 * is the per-topic readiness weighted by how many answers each topic had (taken from the
 * answers themselves, since the per-topic scores are rounded).
 */
export function overallReadiness(result: Pick<MockResult, "answers">): number {
  if (!result.answers.length) return 0;
  return result.answers.reduce((sum, a) => sum + a.score, 0) / result.answers.length;
}
