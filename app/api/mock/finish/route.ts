import { NextResponse } from "next/server";
import { asCurrentOrNewGuest } from "@/app/_server/auth/current-user";
import { getDb } from "@/app/_server/db/client";
import { errorResponse, parseJsonBody } from "@/app/_server/http/json";
import { mockFinishSchema } from "@/app/_server/mock/input";
import { finishMock } from "@/app/_server/mock/finish-mock";
import { fetchMockPool } from "@/app/_server/queries/mock-pool";

/** Stores a finished mock interview for the caller and returns readiness per topic. */
export async function POST(req: Request) {
  const body = await parseJsonBody(req, mockFinishSchema, 128 * 1024);
  if (!body.ok) return body.response;
  const db = getDb();
  const pool = await fetchMockPool(body.data.locale, db, body.data.answers.map((a) => a.itemId));
  try {
    const summary = await asCurrentOrNewGuest((user) => finishMock(db, user.id, body.data, pool, new Date()), (s) => s.status === "recorded");
    return NextResponse.json(summary, { status: summary.status === "recorded" ? 201 : 200 });
  } catch (e) {
    return errorResponse(e);
  }
}
