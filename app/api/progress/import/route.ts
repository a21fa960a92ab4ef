import { NextResponse } from "next/server";
import { describeIssues, IMPORT_REFUSALS, isReviewCsv, issueLines } from "@/app/_domain/transfer";
import { databaseConfig } from "@/app/_server/db/config";
import { HttpProblem, route } from "@/app/_server/http/route";
import { importInWorker } from "@/app/_server/transfer/import-in-worker";
import { StudyError } from "@/app/_server/study/errors";

// A year of daily study is a few MB of JSON; the limit leaves room for several.
const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
const SHOWN_ISSUES = 10;

/**
 * Merges a progress file (the export's JSON as the body) into the caller's own account. The
 * body is read as bytes and parsed in the worker, so it is held to the JSON content type and
 * origin rules here and never parsed on this thread.
 */
export const POST = route({ who: "user", raw: { types: "json" }, maxBytes: MAX_IMPORT_BYTES, timeoutMs: 60_000 }, async ({ bytes, user, locale }) => {
  // Problems with the file are told in the learner's language, saying where and what.
  const language = await locale();
  if (isReviewCsv(new TextDecoder().decode(bytes.subarray(0, 200)))) throw new HttpProblem(400, "csv_not_importable", IMPORT_REFUSALS.csv[language]);
  try {
    // Parsed, checked and written in a worker thread: this thread stays free for other requests.
    const result = await importInWorker({ config: databaseConfig(), userId: user.id, bytes, now: Date.now() });
    if (result.ok) return NextResponse.json(result);
    const message = describeIssues(result.issues, language, SHOWN_ISSUES);
    const lines = issueLines(result.issues, language, SHOWN_ISSUES);
    return NextResponse.json({ error: { code: "invalid_file", message, lines, issues: result.issues.slice(0, 100) } }, { status: 400 });
  } catch (e) {
    if (e instanceof StudyError && e.code === "malformed_json")
      throw new HttpProblem(400, e.code, IMPORT_REFUSALS.malformed[language](e.message.replace(/^The body is not valid JSON: /, "")));
    throw e;
  }
});
