import { currentUser } from "@/app/_server/auth/current-user";
import { getDb } from "@/app/_server/db/client";
import { problem } from "@/app/_server/http/json";
import { exportFileName, exportProgress, exportReviewCsv } from "@/app/_server/transfer/export-progress";

/** The caller's own progress as a JSON file, or (?format=csv) their review log for the FSRS optimizer. */
export async function GET(req: Request) {
  const format = new URL(req.url).searchParams.get("format") ?? "json";
  if (format !== "json" && format !== "csv") return problem(400, "bad_format", `format must be "json" or "csv", not "${format.slice(0, 20)}".`);
  const user = await currentUser();
  if (!user) return problem(401, "no_session", "Sign in, or study first: there is no progress to export yet.");
  const db = getDb();
  const now = new Date();
  const body = format === "csv" ? await exportReviewCsv(db, user.id) : JSON.stringify(await exportProgress(db, user.id, now));
  return new Response(body, {
    headers: {
      "content-type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(now, format)}"`,
      "cache-control": "private, no-store",
    },
  });
}
