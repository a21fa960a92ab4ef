import { NextResponse } from "next/server";
import { describeIssues, IMPORT_REFUSALS, isReviewCsv, issueLines } from "@/app/_domain/transfer";
import { getLocale } from "@/app/_i18n/server";
import { currentUser } from "@/app/_server/auth/current-user";
import { databaseConfig } from "@/app/_server/db/config";
import { readCappedBody } from "@/app/_server/http/body";
import { crossSiteRefusal, errorResponse, problem } from "@/app/_server/http/json";
import { importInWorker } from "@/app/_server/transfer/import-in-worker";
import { StudyError } from "@/app/_server/study/errors";

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
  // Problems with the file are told in the learner's language, saying where and what.
  const locale = await getLocale();
  if (isReviewCsv(new TextDecoder().decode(body.bytes.subarray(0, 200)))) return problem(400, "csv_not_importable", IMPORT_REFUSALS.csv[locale]);
  try {
    // Parsed, checked and written in a worker thread: this thread stays free for other requests.
    const result = await importInWorker({ config: databaseConfig(), userId: user.id, bytes: body.bytes, now: Date.now() });
    if (result.ok) return NextResponse.json(result);
    const message = describeIssues(result.issues, locale, SHOWN_ISSUES);
    const lines = issueLines(result.issues, locale, SHOWN_ISSUES);
    return NextResponse.json({ error: { code: "invalid_file", message, lines, issues: result.issues.slice(0, 100) } }, { status: 400 });
  } catch (e) {
    if (e instanceof StudyError && e.code === "malformed_json") return problem(400, e.code, IMPORT_REFUSALS.malformed[locale](e.message.replace(/^The body is not valid JSON: /, "")));
    return errorResponse(e);
  }
}
