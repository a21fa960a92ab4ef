// Integration-test databases. TEST_DB_PROVIDER picks the provider ("sqlite" by default);
// scripts/test.mjs runs the integration project once per reachable provider.
import { copyFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { inject } from "vitest";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { createDb, type Db } from "@/app/_server/db/client";
import { applyMigrations } from "@/app/_server/db/migrations";

export const provider = (process.env.TEST_DB_PROVIDER ?? "sqlite") as DatabaseConfig["provider"];
export const postgresBaseUrl = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A path for a new SQLite database file (not created), whatever the provider under test. */
export function freshSqliteFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), "tcp-srs-")), "test.db");
}

/** A PostgreSQL database name of this run that is never created. */
export function missingPostgresUrl(): string {
  const url = new URL(postgresBaseUrl);
  url.pathname = `/${process.env.TEST_PG_PREFIX ?? "tcp_srs_test_"}${process.pid}_never_created`;
  return url.toString();
}

/** A brand-new empty database of the current provider, not yet migrated. */
export function freshConfig(): Promise<DatabaseConfig> {
  return newDatabase(null);
}

/** A new database: empty, or a copy of `template` (a database of the same provider nobody has open). */
async function newDatabase(template: DatabaseConfig | null): Promise<DatabaseConfig> {
  if (provider === "sqlite") {
    const file = freshSqliteFile();
    if (template?.provider === "sqlite") copyFileSync(template.file, file);
    return { provider, file };
  }
  // TEST_PG_PREFIX names this run's databases, so a run drops only its own (several runs may share one server).
  const name = `${process.env.TEST_PG_PREFIX ?? "tcp_srs_test_"}${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: postgresBaseUrl });
  await admin.connect();
  try {
    await admin.query(
      template?.provider === "postgresql" ? `CREATE DATABASE ${name} TEMPLATE "${new URL(template.url).pathname.slice(1)}"` : `CREATE DATABASE ${name}`,
    );
  } finally {
    await admin.end();
  }
  const url = new URL(postgresBaseUrl);
  url.pathname = `/${name}`;
  return { provider, url: url.toString() };
}

/**
 * A migrated fresh database and its client: a copy of the run's migrated template
 * (tests/migrated-template.ts) in the integration project, migrated here elsewhere.
 */
export async function freshDb(): Promise<{ db: Db; config: DatabaseConfig }> {
  const provided = inject("migratedTemplate");
  const template = provided?.provider === provider ? provided : null;
  const config = await newDatabase(template);
  if (!template) await applyMigrations(config);
  return { db: createDb(config), config };
}

/** Runs SQL straight on the database, past the app (to fake what another program left). */
export async function rawSql<Row = Record<string, unknown>>(config: DatabaseConfig, sql: string): Promise<Row[]> {
  if (config.provider === "sqlite") {
    const db = new Database(config.file);
    try {
      const statement = db.prepare(sql);
      return statement.reader ? (statement.all() as Row[]) : (statement.run(), []);
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}
