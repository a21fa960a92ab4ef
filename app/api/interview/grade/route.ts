import { NextResponse } from "next/server";
import { gradeAnswer } from "@/app/_domain/interview";
import { getLocale } from "@/app/_i18n/server";
import { parseJsonBody, problem } from "@/app/_server/http/json";
import { gradeInputSchema } from "@/app/_server/interview/input";
import { fetchInterviewPrompt } from "@/app/_server/queries/interview-prompts";

/**
 * Grades an answer against the prompt's key points. Stores nothing: the learner may overrule
 * the grade, and only their final rating (POST /api/interview/attempts) schedules the prompt.
 */
export async function POST(req: Request) {
  const body = await parseJsonBody(req, gradeInputSchema, 32 * 1024);
  if (!body.ok) return body.response;
  const locale = body.data.locale ?? (await getLocale());
  const prompt = await fetchInterviewPrompt(body.data.promptId, locale);
  if (!prompt) return problem(400, "unknown_prompt", `promptId: no interview prompt "${body.data.promptId}"; GET /api/interview/prompts lists them.`);
  const grade = gradeAnswer(prompt.rubric, body.data.answer, locale);
  return NextResponse.json({ ...grade, model: { short: prompt.modelShortHtml, detailed: prompt.modelDetailedHtml } });
}
