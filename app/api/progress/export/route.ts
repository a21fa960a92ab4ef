import { exportQuerySchema } from "@/app/_domain/transfer";
import { getDb } from "@/app/_server/db/client";
import { route } from "@/app/_server/http/route";
import { buildLearnerApkg } from "@/app/_server/transfer/apkg";
import { exportFileName, exportProgress, exportReviewCsv } from "@/app/_server/transfer/export-progress";

const TYPES = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8", apkg: "application/octet-stream" } as const;

/**
 * The caller's own progress: a JSON file (backup and import), the review log for the FSRS
 * optimizer (?format=csv), or an Anki package with their schedule and history
 * (?format=apkg&decks=one|topics).
 */
export const GET = route({ who: "user", query: exportQuerySchema }, async ({ user, query }) => {
  const db = getDb();
  const now = new Date();
  const { format, decks } = query;
  const headers = (fileName: string) => ({
    "content-type": TYPES[format],
    "content-disposition": `attachment; filename="${fileName}"`,
    "cache-control": "private, no-store",
  });
  if (format === "apkg") {
    const apkg = await buildLearnerApkg(db, user.id, decks, now);
    return new Response(Buffer.from(apkg.bytes), { headers: headers(apkg.fileName) });
  }
  const body = format === "csv" ? await exportReviewCsv(db, user.id) : JSON.stringify(await exportProgress(db, user.id, now));
  return new Response(body, { headers: headers(exportFileName(now, format)) });
});
