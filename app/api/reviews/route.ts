import { NextResponse } from "next/server";
import { z } from "zod";
import { getDb } from "@/app/_server/db/client";
import { route } from "@/app/_server/http/route";
import { fetchRecentReviews } from "@/app/_server/queries/reviews";
import { recordReview } from "@/app/_server/study/record-review";
import { reviewInputSchema } from "@/app/_server/study/review-input";
import { fetchStudySettings } from "@/app/_server/study/settings";

// A learner's own data: never kept by a shared cache.
const PRIVATE = { "cache-control": "private, no-store" };
const recentQuery = z.object({
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int({ error: "limit must be a whole number" })
    .min(1, { error: "limit must be at least 1" })
    .max(1000, { error: "limit must be at most 1000" })
    .default(100),
});

/** Records one rating (idempotent by its client-generated id). */
export const POST = route({ who: "new-guest", body: reviewInputSchema }, async ({ body, user }) => {
  const db = getDb();
  const result = await recordReview(db, user.id, body, await fetchStudySettings(db, user.id), new Date());
  return NextResponse.json(result, { status: result.status === "recorded" ? 201 : 200 });
});

/** The caller's own most recent ratings (newest first, `?limit=` 1-1000), for clients and export. */
export const GET = route({ who: "optional", query: recentQuery }, async ({ user, query }) => {
  const reviews = user ? await fetchRecentReviews(user.id, query.limit) : [];
  return NextResponse.json({ reviews }, { headers: PRIVATE });
});
