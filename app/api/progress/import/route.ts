import { NextResponse } from "next/server";
import { currentUser } from "@/app/_server/auth/current-user";
import { databaseConfig } from "@/app/_server/db/config";
import { readCappedBody } from "@/app/_server/http/body";
import { crossSiteRefusal, errorResponse, problem } from "@/app/_server/http/json";
import { importInWorker } from "@/app/_server/transfer/import-in-worker";

// A year of daily study is a few MB of JSON; the limit leaves room for several.
const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
const SHOWN_ISSUES = 10;

/** Merges a progress file (the export's JSON as the body) into the caller's own account. */
export async function POST(req: Request) {
  // JSON only: a cross-site form can send text/plain but not application/json without CORS.
  if (!req.headers.get("content-type")?.toLowerCase().startsWith("application/json")) return problem(415, "not_json", "Send the progress file as application/json.");
  const refused = crossSiteRefusal(req);
  if (refused) return refused;
  const user = await currentUser();
  if (!user) return problem(401, "no_session", "Sign in, or study first, before importing progress.");
  const body = await readCappedBody(req, MAX_IMPORT_BYTES, 60_000);
  if (!body.ok) return body.reason === "timeout" ? problem(408, "timeout", "The file did not arrive within 60 seconds.") : problem(413, "too_large", `The file is larger than ${MAX_IMPORT_BYTES} bytes.`);
  try {
    // Parsed, checked and written in a worker thread: this thread stays free for other requests.
    const result = await importInWorker({ config: databaseConfig(), userId: user.id, bytes: body.bytes, now: Date.now() });
    if (result.ok) return NextResponse.json(result);
    const shown = result.issues.slice(0, SHOWN_ISSUES).map((i) => `${i.path}: ${i.message}`);
    const more = result.issues.length - shown.length;
    const message = `Nothing was imported. ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
    return NextResponse.json({ error: { code: "invalid_file", message, issues: result.issues.slice(0, 100) } }, { status: 400 });
  } catch (e) {
    return errorResponse(e);
  }
}
