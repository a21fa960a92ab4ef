// Run by npm start: checks configuration (--check-only), or applies migrations and imports content.
import { databaseConfig } from "@/app/_server/db/config";
import { applyMigrations } from "@/app/_server/db/migrations";
import { explainStartupError } from "@/app/_server/db/startup-error";

try {
  const config = databaseConfig();
  if (!process.argv.includes("--check-only")) {
    const applied = await applyMigrations(config);
    if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  }
} catch (e) {
  const line = explainStartupError(e);
  if (!line) throw e;
  console.error(`error: ${line}`);
  process.exit(1);
}
