// Run by npm start, bundled into .next/start/prepare.mjs by npm run build: checks the
// configuration (--check-only), or applies migrations, imports content and makes sure a
// session secret exists (the running app reads the same file through the same module).
import path from "node:path";
import { trustedProxyHops } from "@/app/_domain/config/client-address";
import { importContentInto } from "@/app/_server/content/import-content";
import { ensureSessionSecret } from "@/app/_server/auth/secret";
import { databaseConfig } from "@/app/_server/db/config";
import { applyMigrations } from "@/app/_server/db/migrations";
import { runCli } from "./run-cli";

await runCli(async () => {
  try {
    trustedProxyHops(process.env.TRUST_PROXY);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  }
  const config = databaseConfig();
  if (process.argv.includes("--check-only")) return;
  const applied = await applyMigrations(config);
  if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
  const s = await importContentInto(config);
  if (s.created + s.updated + s.retired + s.restored > 0)
    console.log(`Study content: ${s.created} new, ${s.updated} updated, ${s.restored} restored, ${s.retired} retired cards.`);
  const secret = ensureSessionSecret();
  if (secret.created) console.log(`Generated a session secret in ${path.relative(process.cwd(), secret.created)}.`);
}, "error: the study content has errors (above); fix them or run npm run content:check.");
