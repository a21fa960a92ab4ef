// npm run content:import: validates content/ and imports it (also run by npm start).
import { importContentInto } from "@/app/_server/content/import-content";
import { databaseConfig } from "@/app/_server/db/config";
import { applyMigrations } from "@/app/_server/db/migrations";
import { runCli } from "./run-cli";

await runCli(async () => {
  const config = databaseConfig();
  await applyMigrations(config);
  const t = performance.now();
  const s = await importContentInto(config);
  console.log(
    `Content imported in ${Math.round(performance.now() - t)} ms: ${s.created} new, ${s.updated} updated, ${s.restored} restored, ${s.retired} retired, ${s.unchanged} unchanged (${s.topics} topics).`,
  );
}, "content:import stopped; nothing in the database was changed.");
