import { NextResponse } from "next/server";
import { gradeAnswer } from "@/app/_domain/interview";
import { asCurrentOrNewGuest } from "@/app/_server/auth/current-user";
import { getDb } from "@/app/_server/db/client";
import { errorResponse, parseJsonBody, problem } from "@/app/_server/http/json";
import { attemptInputSchema } from "@/app/_server/interview/input";
import { fetchInterviewPrompt } from "@/app/_server/queries/interview-prompts";
import { saveDrillAttempt } from "@/app/_server/study/drill-attempt";

/** Saves a graded answer with the rating the learner settled on; idempotent by the client's id. */
export async function POST(req: Request) {
  const body = await parseJsonBody(req, attemptInputSchema, 32 * 1024);
  if (!body.ok) return body.response;
  const { id, promptId, answer, locale, rating, mode, durationMs } = body.data;
  const prompt = await fetchInterviewPrompt(promptId, locale);
  if (!prompt) return problem(400, "unknown_prompt", `promptId: no interview prompt "${promptId}".`);
  // Graded again here so that the stored score is the grader's, whatever the client claims.
  const grade = gradeAnswer(prompt.rubric, answer, locale);
  try {
    const saved = await asCurrentOrNewGuest((user) => saveDrillAttempt(getDb(), user.id, { id, cardId: prompt.id, kind: "interview", score: grade.score, rating, answer: { text: answer, mode, durationMs, locale }, result: grade }, new Date()), (s) => s?.status === "recorded");
    if (!saved) return problem(400, "unknown_prompt", `promptId: no interview prompt "${promptId}".`);
    return NextResponse.json({ id: saved.id, status: saved.status, score: grade.score, rating }, { status: saved.status === "recorded" ? 201 : 200 });
  } catch (e) {
    return errorResponse(e);
  }
}
