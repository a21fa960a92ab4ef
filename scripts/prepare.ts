// Run by npm start: checks configuration (--check-only), or applies migrations and imports content.
import { importContentInto } from "@/app/_server/content/import-content";
import { databaseConfig } from "@/app/_server/db/config";
import { applyMigrations } from "@/app/_server/db/migrations";
import { runCli } from "./run-cli";

await runCli(async () => {
  const config = databaseConfig();
  if (process.argv.includes("--check-only")) return;
  const applied = await applyMigrations(config);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const s = await importContentInto(config);
  if (s.created + s.updated + s.retired + s.restored > 0) console.log(`Study content: ${s.created} new, ${s.updated} updated, ${s.restored} restored, ${s.retired} retired cards.`);
}, "error: the study content has errors (above); fix them or run npm run content:check.");
