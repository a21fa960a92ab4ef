import { NextResponse } from "next/server";
import { z } from "zod";
import { parseJsonBody } from "@/app/_server/http/json";

/** Liveness probe; also the trivial GET route the benchmarks compare against. */
export function GET() {
  return NextResponse.json({ ok: true });
}

/**
 * The same probe for a JSON body: it reads and checks the body the way every JSON route of
 * this app does, and nothing else. The review bench compares against it as well, because
 * reading a request body costs a Next route a good part of its throughput by itself.
 */
export async function POST(req: Request) {
  const body = await parseJsonBody(req, z.unknown());
  if (!body.ok) return body.response;
  return NextResponse.json({ ok: true });
}

export const dynamic = "force-dynamic";
