import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations, migrationNames } from "@/app/_server/db/migrations";
import { freshConfig, missingPostgresUrl, rawSql } from "./db";

// Only the PostgreSQL integration pass runs this file (vitest.config.ts): the command line
// against a real PostgreSQL server, as migrations.sqlite.int.test.ts does for SQLite files.

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const migrate = (url: string) =>
  spawnSync(tsx, ["scripts/migrate.ts"], { cwd: root, env: { ...process.env, NODE_NO_WARNINGS: "1", DATABASE_URL: url }, encoding: "utf8" });

async function freshUrl(): Promise<string> {
  const config = await freshConfig();
  if (config.provider !== "postgresql") throw new Error("the PostgreSQL pass runs with TEST_DB_PROVIDER=postgresql");
  return config.url;
}

describe("the command line on PostgreSQL", () => {
  it("an unknown PostgreSQL role prints one clear line, no stack", async () => {
    const url = new URL(await freshUrl());
    url.username = "no_such_role_12";
    const r = migrate(url.toString());
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^error: PostgreSQL refused the user named by DATABASE_URL \(.*no_such_role_12.*\)\. Check the user name and password\.$/),
    ]);
  });

  it("applies once and is a no-op the second time", async () => {
    const url = await freshUrl();
    const env = { ...process.env, NODE_NO_WARNINGS: "1", DATABASE_URL: url };
    expect(execFileSync(tsx, ["scripts/migrate.ts"], { cwd: root, env, encoding: "utf8" })).toMatch(
      new RegExp(`Applied ${migrationNames("postgresql").length} migration\\(s\\) to PostgreSQL`),
    );
    expect(execFileSync(tsx, ["scripts/migrate.ts"], { cwd: root, env, encoding: "utf8" })).toMatch(/PostgreSQL: already up to date/);
  }, 120_000); // two command-line runs, each starting tsx

  it("a database that does not exist prints one clear line naming it and exits 1", () => {
    const url = missingPostgresUrl();
    const r = migrate(url);
    expect(r.status).toBe(1);
    const name = new URL(url).pathname.slice(1);
    expect(r.stderr.trim().split("\n")).toEqual([`error: The PostgreSQL database named by DATABASE_URL does not exist (database "${name}" does not exist).`]);
  });

  it("a migration left unfinished is named in one line, exits 1 and is left for the operator", async () => {
    const url = await freshUrl();
    const config = { provider: "postgresql" as const, url };
    await applyMigrations(config);
    const first = migrationNames("postgresql")[0]!;
    await rawSql(config, `UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '${first}'`);
    const r = migrate(url);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      `error: PostgreSQL database: migration ${first} failed earlier and was never finished. Nothing was changed; restore a backup or resolve it with "prisma migrate resolve".`,
    ]);
    expect(await rawSql(config, `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NULL`)).toEqual([{ migration_name: first }]);
  });
});
