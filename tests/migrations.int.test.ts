import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { applyMigrations, DatabaseStateError, migrationNames } from "@/app/_server/db/migrations";
import { createDb } from "@/app/_server/db/client";
import { freshConfig, provider, rawSql } from "./db";

// Run in both integration passes, against the provider under test. What only one provider has
// is in migrations.sqlite.int.test.ts and migrations.postgresql.int.test.ts.

const migrationRows = (config: DatabaseConfig) =>
  rawSql<{ migration_name: string; finished: unknown }>(
    config,
    "SELECT migration_name, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name",
  );
/** What "left as it was" compares: the migration log, and on SQLite every byte of the file. */
const snapshot = async (config: DatabaseConfig) => ({
  rows: await migrationRows(config),
  bytes: config.provider === "sqlite" ? readFileSync(config.file) : null,
});

describe(`migrations on ${provider}`, () => {
  it("apply every migration once; a second run changes nothing", async () => {
    const config = await freshConfig();
    expect(await applyMigrations(config)).toEqual(migrationNames(provider));
    expect(await applyMigrations(config)).toEqual([]);

    const db = createDb(config);
    const user = await db.user.create({ data: { email: "a@example.com" } });
    expect(await applyMigrations(config)).toEqual([]);
    expect(await db.user.count()).toBe(1);
    expect((await db.user.findUnique({ where: { id: user.id } }))?.email).toBe("a@example.com");
    await db.$disconnect();
  });

  it("refuses a database migrated by a newer version and leaves it as it was", async () => {
    const config = await freshConfig();
    await applyMigrations(config);
    await rawSql(
      config,
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', '29990101000000_from_the_future', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`,
    );
    const before = await snapshot(config);
    await expect(applyMigrations(config)).rejects.toThrow(DatabaseStateError);
    await expect(applyMigrations(config)).rejects.toThrow(/newer schema.*29990101000000_from_the_future.*left untouched/);
    expect(await snapshot(config)).toEqual(before);
  });

  it("refuses a database whose migration was left unfinished, naming it, and changes nothing", async () => {
    const config = await freshConfig();
    await applyMigrations(config);
    const names = migrationNames(provider);
    const last = names.at(-1)!;
    // What a migration that failed halfway leaves: its row started, never finished or rolled back.
    await rawSql(config, `UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '${last}'`);
    const before = await snapshot(config);
    expect(before.rows.map((r) => [r.migration_name, !!r.finished])).toEqual(names.map((n) => [n, n !== last]));
    await expect(applyMigrations(config)).rejects.toThrow(DatabaseStateError);
    await expect(applyMigrations(config)).rejects.toThrow(new RegExp(`migration ${last} failed earlier and was never finished\\. Nothing was changed`));
    expect(await snapshot(config)).toEqual(before);
  });
});
