import { NextResponse } from "next/server";
import { currentOrGuestUser } from "@/app/_server/auth/current-user";
import { getDb } from "@/app/_server/db/client";
import { errorResponse, parseJsonBody } from "@/app/_server/http/json";
import { recordReview } from "@/app/_server/study/record-review";
import { reviewInputSchema } from "@/app/_server/study/review-input";
import { fetchStudySettings } from "@/app/_server/study/settings";

/** Records one rating (idempotent by its client-generated id). */
export async function POST(req: Request) {
  const body = await parseJsonBody(req, reviewInputSchema);
  if (!body.ok) return body.response;
  const user = await currentOrGuestUser();
  const db = getDb();
  try {
    const settings = await fetchStudySettings(db, user.id);
    const result = await recordReview(db, user.id, body.data, settings, new Date());
    return NextResponse.json(result, { status: result.status === "recorded" ? 201 : 200 });
  } catch (e) {
    return errorResponse(e);
  }
}
