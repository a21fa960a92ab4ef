import { NextResponse } from "next/server";
import { answerSchema, findScenario, grade, SCENARIOS } from "@/app/_domain/tcp";
import { getLocale } from "@/app/_i18n/server";
import { currentUser } from "@/app/_server/auth/current-user";
import { getDb } from "@/app/_server/db/client";
import { parseJsonBody, problem } from "@/app/_server/http/json";
import { saveDrillAttempt } from "@/app/_server/study/drill-attempt";

/** Grades a learner's handshake; no sign-in needed. A known learner's attempt is stored and scheduled. */
export async function POST(req: Request) {
  const body = await parseJsonBody(req, answerSchema, 32 * 1024);
  if (!body.ok) return body.response;
  const scenario = findScenario(body.data.scenario);
  if (!scenario) return problem(400, "unknown_scenario", `Unknown scenario "${body.data.scenario}"; known: ${SCENARIOS.map((s) => s.id).join(", ")}.`);
  const locale = body.data.locale ?? (await getLocale());
  const result = grade(scenario, body.data.steps, locale);
  const user = await currentUser();
  if (user) await saveDrillAttempt(getDb(), user.id, { cardId: `sim-${scenario.id}`, kind: "simulator", score: result.score, answer: body.data.steps, result }, new Date());
  return NextResponse.json(result);
}
