// npm run content:import: validates content/ and imports it (also run by npm start).
import { ContentErrors } from "@/app/_domain/content";
import { readContent } from "@/app/_server/content/read-content";
import { importContent } from "@/app/_server/content/import-content";
import { createDb } from "@/app/_server/db/client";
import { databaseConfig } from "@/app/_server/db/config";
import { applyMigrations } from "@/app/_server/db/migrations";
import { explainStartupError } from "@/app/_server/db/startup-error";

try {
  const config = databaseConfig();
  await applyMigrations(config);
  const content = readContent();
  const db = createDb(config);
  const t = performance.now();
  const s = await importContent(db, content);
  await db.$disconnect();
  console.log(`Content imported in ${Math.round(performance.now() - t)} ms: ${s.created} new, ${s.updated} updated, ${s.restored} restored, ${s.retired} retired, ${s.unchanged} unchanged (${s.topics} topics).`);
} catch (e) {
  if (e instanceof ContentErrors) {
    for (const err of e.errors) console.error(err.message);
    console.error("content:import stopped; nothing in the database was changed.");
    process.exit(1);
  }
  const line = explainStartupError(e);
  if (!line) throw e;
  console.error(`error: ${line}`);
  process.exit(1);
}
