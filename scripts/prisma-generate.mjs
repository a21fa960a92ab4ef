// @ts-check
// Writes prisma/<provider>/schema.prisma from prisma/models.prisma and generates both Prisma
// clients. Runs on `npm install` (postinstall).
// The Prisma CLI tries to download its native schema engine before `generate`, which fails
// offline although `generate` never uses it; pointing the variable at any executable skips that.
// A production install (`npm install --omit=dev`) has no Prisma CLI and needs none: the clients
// are compiled into the build, so there is nothing to generate.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { writeSchemas } from "./prisma-schemas.mjs";

const root = path.resolve(import.meta.dirname, "..");
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
if (!existsSync(cli)) {
  console.log("Prisma CLI not installed (production install): client generation skipped; the build holds the clients.");
  process.exit(0);
}

const paths = writeSchemas();
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
// generate never connects; prisma.config.ts would refuse a DATABASE_URL it cannot read.
delete env.DATABASE_URL;
for (const schema of paths) {
  const r = spawnSync(process.execPath, [cli, "generate", "--schema", schema], { cwd: root, stdio: ["ignore", "pipe", "inherit"], env });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? "");
    console.error(`prisma generate failed for ${schema}`);
    process.exit(r.status ?? 1);
  }
}
console.log(`Prisma clients generated for ${paths.length} providers.`);
