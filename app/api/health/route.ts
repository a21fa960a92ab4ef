import { NextResponse } from "next/server";

/** Liveness probe; also the trivial route the benchmarks compare against. */
export function GET() {
  return NextResponse.json({ ok: true });
}

export const dynamic = "force-dynamic";
