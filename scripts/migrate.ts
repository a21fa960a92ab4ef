// npm run db:migrate: applies pending migrations to the database DATABASE_URL names.
import { databaseConfig } from "@/app/_server/db/config";
import { applyMigrations } from "@/app/_server/db/migrations";
import { runCli } from "./run-cli";

await runCli(async () => {
  const config = databaseConfig();
  const applied = await applyMigrations(config);
  const where = config.provider === "sqlite" ? config.file : "PostgreSQL";
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `${where}: already up to date.`);
}, "error: the study content has errors (above).");
