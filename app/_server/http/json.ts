import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { CaptureError } from "@/app/_domain/capture";
import { crossSiteProblem } from "@/app/_domain/config/same-origin";
import { UnknownScenarioError } from "@/app/_domain/tcp";
import { readCappedBody } from "./body";
import { originFacts } from "./origin";
import { isDatabaseUnavailable, isUniqueViolation } from "../db/errors";
import { describeIssues } from "../study/review-input";
import { StudyError } from "../study/errors";

export const MAX_BODY_BYTES = 64 * 1024;

// A small JSON body arrives in well under a second on any working connection; a large one (an
// import of up to 16 MB) gets a minute.
const bodyTimeoutMs = (maxBytes: number) => (maxBytes <= 128 * 1024 ? 10_000 : 60_000);

export function problem(status: number, code: string, message: string) {
  return NextResponse.json({ error: { code, message } }, { status });
}

/** Reads and validates a JSON body: 400 with what is wrong and where, 413 when too large. */
export async function parseJsonBody<S extends z.ZodType>(
  req: Request,
  schema: S,
  maxBytes = MAX_BODY_BYTES,
  timeoutMs = bodyTimeoutMs(maxBytes),
): Promise<{ ok: true; data: z.output<S> } | { ok: false; response: NextResponse }> {
  const refused = crossSiteRefusal(req);
  if (refused) return { ok: false, response: refused };
  // Read through the shared capped reader: a chunked body (no Content-Length) is cut off at
  // the cap instead of being buffered whole, and a trickle is given up on.
  const body = await readCappedBody(req, maxBytes, timeoutMs);
  if (!body.ok) {
    return {
      ok: false,
      response:
        body.reason === "timeout"
          ? problem(408, "timeout", `The body did not arrive within ${timeoutMs / 1000} seconds.`)
          : problem(413, "too_large", `The body is larger than ${maxBytes} bytes.`),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body.bytes));
  } catch (e) {
    return { ok: false, response: problem(400, "malformed_json", `The body is not valid JSON: ${(e as Error).message}`) };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, response: problem(400, "invalid", describeIssues(parsed.error)) };
  return { ok: true, data: parsed.data };
}

/** A refusal a route handler throws (an unknown id, say), answered with its own status and words. */
export class HttpProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "HttpProblem";
  }
}

/**
 * The one mapping from a thrown error to an answer: the app's named errors keep their status, a
 * unique violation that escaped its query is a concurrent change (409), an unreachable or busy
 * database is 503 (nothing saved, try again), and anything else is a bug: logged, and answered
 * 500 without its details.
 */
export function errorResponse(e: unknown): NextResponse {
  if (e instanceof HttpProblem || e instanceof StudyError) return problem(e.status, e.code, e.message);
  if (e instanceof CaptureError) return problem(400, e.code, e.message);
  if (e instanceof UnknownScenarioError) return problem(400, "unknown_scenario", e.message);
  if (isUniqueViolation(e)) return problem(409, "conflict", "Another request changed the same record at the same moment; send it again.");
  if (isDatabaseUnavailable(e)) return problem(503, "unavailable", "The database is not available right now, and nothing was saved; try again in a moment.");
  console.error("route failed", e);
  return problem(500, "internal", "Something went wrong on our side; it has been logged.");
}

/**
 * Cross-site request forgery guard for JSON routes, on top of SameSite=Lax cookies: a page on
 * another site can POST a form (text/plain, urlencoded, multipart) without a preflight, but not
 * application/json; and a browser names the page's origin, which must be this site.
 */
export function crossSiteRefusal(req: Request): NextResponse | null {
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json")
    return problem(415, "unsupported_media_type", `Send the body as application/json (got ${type ? `"${type}"` : "no content-type"}).`);
  const refused = crossSiteProblem(originFacts(req.headers));
  return refused ? problem(403, "cross_site", refused) : null;
}
