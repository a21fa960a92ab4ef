import { NextResponse } from "next/server";
import { gradeAnswer } from "@/app/_domain/interview";
import { getDb } from "@/app/_server/db/client";
import { HttpProblem, route } from "@/app/_server/http/route";
import { attemptInputSchema } from "@/app/_server/interview/input";
import { fetchInterviewPrompt } from "@/app/_server/queries/interview-prompts";
import { saveDrillAttempt } from "@/app/_server/study/drill-attempt";

/** Saves a graded answer with the rating the learner settled on; idempotent by the client's id. */
export const POST = route({ who: "new-guest", body: attemptInputSchema, maxBytes: 32 * 1024 }, async ({ body, user }) => {
  const { id, promptId, answer, locale, rating, mode, durationMs } = body;
  const unknown = new HttpProblem(400, "unknown_prompt", `promptId: no interview prompt "${promptId}".`);
  const prompt = await fetchInterviewPrompt(promptId, locale);
  if (!prompt) throw unknown;
  // Graded again here so that the stored score is the grader's, whatever the client claims.
  const grade = gradeAnswer(prompt.rubric, answer, locale);
  const saved = await saveDrillAttempt(
    getDb(),
    user.id,
    { id, cardId: prompt.id, kind: "interview", score: grade.score, rating, answer: { text: answer, mode, durationMs, locale }, result: grade },
    new Date(),
  );
  if (!saved) throw unknown;
  return NextResponse.json({ id: saved.id, status: saved.status, score: grade.score, rating }, { status: saved.status === "recorded" ? 201 : 200 });
});
