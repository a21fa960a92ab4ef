// Writes prisma/<provider>/schema.prisma from prisma/models.prisma and generates both Prisma
// clients. Runs on `npm install` (postinstall).
// The Prisma CLI tries to download its native schema engine before `generate`, which fails
// offline although `generate` never uses it; pointing the variable at any executable skips that.
import { spawnSync } from "node:child_process";
import { writeSchemas } from "./prisma-schemas.mjs";

const paths = writeSchemas();
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
for (const schema of paths) {
  const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], { stdio: ["ignore", "pipe", "inherit"], env });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? "");
    console.error(`prisma generate failed for ${schema}`);
    process.exit(r.status ?? 1);
  }
}
console.log(`Prisma clients generated for ${paths.length} providers.`);
