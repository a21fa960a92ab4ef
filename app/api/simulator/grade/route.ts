import { NextResponse } from "next/server";
import { answerSchema, grade, requireScenario } from "@/app/_domain/tcp";
import { route } from "@/app/_server/http/route";

/**
 * Grades a learner's handshake and stores nothing, so grading may be repeated freely (no sign-in
 * needed). Recording the attempt is POST /api/simulator/attempts, with the client's id.
 */
export const POST = route({ who: "none", body: answerSchema, maxBytes: 32 * 1024 }, async ({ body, locale }) => {
  return NextResponse.json(grade(requireScenario(body.scenario), body.steps, await locale()));
});
