import { NextResponse } from "next/server";
import { attemptSchema, grade, requireScenario } from "@/app/_domain/tcp";
import { getDb } from "@/app/_server/db/client";
import { HttpProblem, route } from "@/app/_server/http/route";
import { saveDrillAttempt } from "@/app/_server/study/drill-attempt";

/**
 * Records a simulator attempt and schedules its scenario; idempotent by the client's id, so a
 * double click or a retry after a lost response stores it once. Graded again here, in the same
 * language as POST /api/simulator/grade: the stored result is the grader's, whatever the client
 * sends.
 */
export const POST = route({ who: "new-guest", body: attemptSchema, maxBytes: 32 * 1024 }, async ({ body, user, locale }) => {
  const scenario = requireScenario(body.scenario);
  const result = grade(scenario, body.steps, await locale());
  const saved = await saveDrillAttempt(
    getDb(),
    user.id,
    { id: body.id, cardId: `sim-${scenario.id}`, kind: "simulator", score: result.score, answer: body.steps, result },
    new Date(),
  );
  if (!saved) throw new HttpProblem(400, "unknown_scenario", `scenario: "${scenario.id}" has no card to schedule.`);
  return NextResponse.json({ id: saved.id, status: saved.status, score: result.score }, { status: saved.status === "recorded" ? 201 : 200 });
});
