import { NextResponse } from "next/server";
import { currentUser } from "@/app/_server/auth/current-user";
import { getDb } from "@/app/_server/db/client";
import { errorResponse, parseJsonBody, problem } from "@/app/_server/http/json";
import { undoReview } from "@/app/_server/study/record-review";
import { undoInputSchema } from "@/app/_server/study/review-input";
import { fetchStudySettings } from "@/app/_server/study/settings";

export async function POST(req: Request) {
  const body = await parseJsonBody(req, undoInputSchema);
  if (!body.ok) return body.response;
  const user = await currentUser();
  if (!user) return problem(401, "no_session", "Sign in, or study first, before undoing a review.");
  const db = getDb();
  try {
    const settings = await fetchStudySettings(db, user.id);
    return NextResponse.json(await undoReview(db, user.id, body.data.id, settings, new Date()));
  } catch (e) {
    return errorResponse(e);
  }
}
