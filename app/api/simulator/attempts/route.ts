import { NextResponse } from "next/server";
import { attemptSchema, findScenario, grade, SCENARIOS } from "@/app/_domain/tcp";
import { asCurrentOrNewGuest } from "@/app/_server/auth/current-user";
import { getDb } from "@/app/_server/db/client";
import { errorResponse, parseJsonBody, problem } from "@/app/_server/http/json";
import { saveDrillAttempt } from "@/app/_server/study/drill-attempt";

/**
 * Records a simulator attempt and schedules its scenario; idempotent by the client's id, so a
 * double click or a retry after a lost response stores it once. Graded again here: the stored
 * score is the grader's, whatever the client sends.
 */
export async function POST(req: Request) {
  const body = await parseJsonBody(req, attemptSchema, 32 * 1024);
  if (!body.ok) return body.response;
  const { id, steps } = body.data;
  const scenario = findScenario(body.data.scenario);
  if (!scenario) return problem(400, "unknown_scenario", `Unknown scenario "${body.data.scenario}"; known: ${SCENARIOS.map((s) => s.id).join(", ")}.`);
  const result = grade(scenario, steps, body.data.locale ?? "en");
  try {
    const saved = await asCurrentOrNewGuest((user) => saveDrillAttempt(getDb(), user.id, { id, cardId: `sim-${scenario.id}`, kind: "simulator", score: result.score, answer: steps, result }, new Date()), (s) => s?.status === "recorded");
    if (!saved) return problem(400, "unknown_scenario", `scenario: "${scenario.id}" has no card to schedule.`);
    return NextResponse.json({ id: saved.id, status: saved.status, score: result.score }, { status: saved.status === "recorded" ? 201 : 200 });
  } catch (e) {
    return errorResponse(e);
  }
}
