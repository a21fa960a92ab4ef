// Run by npm start: checks configuration (--check-only), or applies migrations and imports content.
import { databaseConfig } from "@/app/_server/db/config";
import { applyMigrations } from "@/app/_server/db/migrations";
import { explainStartupError } from "@/app/_server/db/startup-error";
import { ContentErrors } from "@/app/_domain/content";
import { readContent } from "@/app/_server/content/read-content";
import { importContent } from "@/app/_server/content/import-content";
import { createDb } from "@/app/_server/db/client";

try {
  const config = databaseConfig();
  if (!process.argv.includes("--check-only")) {
    const applied = await applyMigrations(config);
    if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
    const db = createDb(config);
    const s = await importContent(db, readContent());
    await db.$disconnect();
    if (s.created + s.updated + s.retired + s.restored > 0) console.log(`Study content: ${s.created} new, ${s.updated} updated, ${s.restored} restored, ${s.retired} retired cards.`);
  }
} catch (e) {
  if (e instanceof ContentErrors) {
    for (const err of e.errors) console.error(err.message);
    console.error("error: the study content has errors (above); fix them or run npm run content:check.");
    process.exit(1);
  }
  const line = explainStartupError(e);
  if (!line) throw e;
  console.error(`error: ${line}`);
  process.exit(1);
}
