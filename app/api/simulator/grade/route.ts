import { NextResponse } from "next/server";
import { answerSchema, findScenario, grade, SCENARIOS } from "@/app/_domain/tcp";
import { getLocale } from "@/app/_i18n/server";
import { parseJsonBody, problem } from "@/app/_server/http/json";

/**
 * Grades a learner's handshake and stores nothing, so grading may be repeated freely (no sign-in
 * needed). Recording the attempt is POST /api/simulator/attempts, with the client's id.
 */
export async function POST(req: Request) {
  const body = await parseJsonBody(req, answerSchema, 32 * 1024);
  if (!body.ok) return body.response;
  const scenario = findScenario(body.data.scenario);
  if (!scenario) return problem(400, "unknown_scenario", `Unknown scenario "${body.data.scenario}"; known: ${SCENARIOS.map((s) => s.id).join(", ")}.`);
  const locale = body.data.locale ?? (await getLocale());
  return NextResponse.json(grade(scenario, body.data.steps, locale));
}
