import { NextResponse } from "next/server";
import { getDb } from "@/app/_server/db/client";
import { route } from "@/app/_server/http/route";
import { undoReview } from "@/app/_server/study/record-review";
import { undoInputSchema } from "@/app/_server/study/review-input";
import { fetchStudySettings } from "@/app/_server/study/settings";

/** Takes back one of the caller's own ratings (by its id) and restores the card's state before it. */
export const POST = route({ who: "user", body: undoInputSchema }, async ({ body, user }) => {
  const db = getDb();
  const settings = await fetchStudySettings(db, user.id);
  return NextResponse.json(await undoReview(db, user.id, body.id, settings, new Date()));
});
