import { NextResponse } from "next/server";
import { getDb } from "@/app/_server/db/client";
import { route } from "@/app/_server/http/route";
import { mockFinishSchema } from "@/app/_server/mock/input";
import { finishMock } from "@/app/_server/mock/finish-mock";
import { fetchMockPool } from "@/app/_server/queries/mock-pool";

/** Stores a finished mock interview for the caller and returns readiness per topic. */
export const POST = route({ who: "new-guest", body: mockFinishSchema, maxBytes: 128 * 1024 }, async ({ body, user }) => {
  const db = getDb();
  const pool = await fetchMockPool(
    body.locale,
    db,
    body.answers.map((a) => a.itemId),
  );
  const summary = await finishMock(db, user.id, body, pool, new Date());
  return NextResponse.json(summary, { status: summary.status === "recorded" ? 201 : 200 });
});
