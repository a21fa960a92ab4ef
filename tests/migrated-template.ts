// Integration tests' globalSetup: migrates one database of the provider under test, once per
// run, and every freshDb() after that starts as a copy of it (a file copy on SQLite, CREATE
// DATABASE … TEMPLATE on PostgreSQL) instead of running every migration again.
import { rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { TestProject } from "vitest/node";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { applyMigrations } from "@/app/_server/db/migrations";
import { freshConfig, postgresBaseUrl } from "./db";

declare module "vitest" {
  export interface ProvidedContext {
    migratedTemplate: DatabaseConfig | null;
  }
}

export default async function setup(project: TestProject) {
  const template = await freshConfig();
  await applyMigrations(template);
  // Everything into the main file, so that copying that one file copies the whole database.
  if (template.provider === "sqlite") {
    const db = new Database(template.file);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
  }
  project.provide("migratedTemplate", template);
  return async () => {
    if (template.provider === "sqlite") {
      rmSync(path.dirname(template.file), { recursive: true, force: true });
      return;
    }
    const admin = new pg.Client({ connectionString: postgresBaseUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS "${new URL(template.url).pathname.slice(1)}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  };
}
