// The Prisma CLI's configuration (`prisma validate`, `migrate deploy`, `migrate status`,
// `studio`): the schema and migrations of the provider DATABASE_URL names, read the same way
// as the app reads it (unset: the embedded SQLite file data/app.db). The app itself migrates
// through the WebAssembly engine on start and does not read this file.
import { defineConfig } from "prisma/config";
import { parseDatabaseUrl } from "./app/_domain/config/database-url";

const db = parseDatabaseUrl(process.env.DATABASE_URL, process.cwd());

export default defineConfig({
  schema: `prisma/${db.provider}/schema.prisma`,
  migrations: { path: `prisma/${db.provider}/migrations` },
  datasource: { url: db.provider === "sqlite" ? `file:${db.file}` : db.url },
});
