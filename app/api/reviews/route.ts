import { NextResponse } from "next/server";
import { asCurrentOrNewGuest, currentUser } from "@/app/_server/auth/current-user";
import { getDb } from "@/app/_server/db/client";
import { errorResponse, parseJsonBody } from "@/app/_server/http/json";
import { fetchRecentReviews } from "@/app/_server/queries/reviews";
import { recordReview } from "@/app/_server/study/record-review";
import { reviewInputSchema } from "@/app/_server/study/review-input";
import { fetchStudySettings } from "@/app/_server/study/settings";

// A learner's own data: never kept by a shared cache.
const PRIVATE = { "cache-control": "private, no-store" };

/** Records one rating (idempotent by its client-generated id). */
export async function POST(req: Request) {
  const body = await parseJsonBody(req, reviewInputSchema);
  if (!body.ok) return body.response;
  const db = getDb();
  try {
    const result = await asCurrentOrNewGuest(
      async (user) => recordReview(db, user.id, body.data, await fetchStudySettings(db, user.id), new Date()),
      (r) => r.status === "recorded",
    );
    return NextResponse.json(result, { status: result.status === "recorded" ? 201 : 200 });
  } catch (e) {
    return errorResponse(e);
  }
}

/** The caller's own most recent ratings (newest first), for clients and export. */
export async function GET(req: Request) {
  const user = await currentUser();
  if (!user) return NextResponse.json({ reviews: [] }, { headers: PRIVATE });
  const limit = Math.min(Math.max(Number(new URL(req.url).searchParams.get("limit")) || 100, 1), 1000);
  const reviews = await fetchRecentReviews(user.id, limit);
  return NextResponse.json({ reviews }, { headers: PRIVATE });
}
