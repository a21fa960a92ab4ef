import { NextResponse } from "next/server";
import { gradeAnswer } from "@/app/_domain/interview";
import { HttpProblem, route } from "@/app/_server/http/route";
import { gradeInputSchema } from "@/app/_server/interview/input";
import { fetchInterviewPrompt } from "@/app/_server/queries/interview-prompts";

/**
 * Grades an answer against the prompt's key points. Stores nothing: the learner may overrule
 * the grade, and only their final rating (POST /api/interview/attempts) schedules the prompt.
 */
export const POST = route({ who: "none", body: gradeInputSchema, maxBytes: 32 * 1024 }, async ({ body, locale }) => {
  const language = await locale();
  const prompt = await fetchInterviewPrompt(body.promptId, language);
  if (!prompt) throw new HttpProblem(400, "unknown_prompt", `promptId: no interview prompt "${body.promptId}"; GET /api/interview/prompts lists them.`);
  const grade = gradeAnswer(prompt.rubric, body.answer, language);
  return NextResponse.json({ ...grade, model: { short: prompt.modelShortHtml, detailed: prompt.modelDetailedHtml } });
});
