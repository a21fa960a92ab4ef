import { NextResponse } from "next/server";
import { z } from "zod";
import { route } from "@/app/_server/http/route";

/** Liveness probe; also the trivial GET route the benchmarks compare against. */
export const GET = route({ who: "none" }, () => NextResponse.json({ ok: true }));

/**
 * The same probe for a JSON body: it goes through the guarded path every JSON route of this app
 * takes (route()), and does nothing else. The review bench compares against it as well,
 * because reading a request body costs a Next route a good part of its throughput by itself.
 */
export const POST = route({ who: "none", body: z.unknown() }, () => NextResponse.json({ ok: true }));

export const dynamic = "force-dynamic";
