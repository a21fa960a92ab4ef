import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations, DatabaseStateError, migrationNames } from "@/app/_server/db/migrations";
import { createDb } from "@/app/_server/db/client";
import { freshConfig, provider } from "./db";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

async function fakeNewerMigration(config: Awaited<ReturnType<typeof freshConfig>>) {
  const sql = `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('x', 'x', '29990101000000_from_the_future', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`;
  if (config.provider === "sqlite") {
    const db = new Database(config.file);
    db.exec(sql);
    db.close();
  } else {
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    await client.query(sql);
    await client.end();
  }
}

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
    await fakeNewerMigration(config);
    const before = config.provider === "sqlite" ? readFileSync(config.file) : null;
    await expect(applyMigrations(config)).rejects.toThrow(DatabaseStateError);
    await expect(applyMigrations(config)).rejects.toThrow(/newer schema.*29990101000000_from_the_future.*left untouched/);
    if (config.provider === "sqlite") expect(readFileSync(config.file).equals(before!)).toBe(true);
  });
});

describe.runIf(provider === "sqlite")("a corrupt SQLite file", () => {
  it.each([
    ["text", Buffer.from("this is not a database\n")],
    ["a damaged header", Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(4096, 0xff)])],
  ])("holding %s gives a clear error and is never overwritten", async (_, bytes) => {
    const config = await freshConfig();
    if (config.provider !== "sqlite") throw new Error("unreachable");
    writeFileSync(config.file, bytes);
    await expect(applyMigrations(config)).rejects.toThrow(/not a readable SQLite database.*left untouched/);
    expect(readFileSync(config.file).equals(bytes)).toBe(true);
  });
});

describe.runIf(provider === "sqlite")("SQLite file checks on start (issue 12)", () => {
  /** A migrated file with some rows, checkpointed so that everything is in the main file. */
  async function filledFile() {
    const config = await freshConfig();
    if (config.provider !== "sqlite") throw new Error("unreachable");
    await applyMigrations(config);
    const db = new Database(config.file);
    const insert = db.prepare("INSERT INTO User (id, isGuest, createdAt) VALUES (?, 1, '2026-01-01T00:00:00.000+00:00')");
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`user-${i}-${"x".repeat(100)}`);
    })();
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.pragma("journal_mode = DELETE");
    db.close();
    return config.file;
  }
  const listing = (file: string) => readdirSync(path.dirname(file)).sort();

  it("refuses a file damaged in the middle (header intact) and leaves its directory as it was", async () => {
    const file = await filledFile();
    const bytes = readFileSync(file);
    bytes.fill(0xab, 8 * 4096, 12 * 4096);
    writeFileSync(file, bytes);
    const before = listing(file);
    await expect(applyMigrations({ provider: "sqlite", file })).rejects.toThrow(/is damaged \(SQLite's quick_check: .*left untouched/);
    expect(listing(file)).toEqual(before);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it("refuses a truncated file without creating -wal or -shm beside it", async () => {
    const file = await filledFile();
    const db = new Database(file);
    db.pragma("journal_mode = WAL"); // as the app leaves it
    db.close();
    const half = readFileSync(file).subarray(0, 6 * 4096);
    writeFileSync(file, half);
    const before = listing(file);
    await expect(applyMigrations({ provider: "sqlite", file })).rejects.toThrow(DatabaseStateError);
    expect(listing(file)).toEqual(before);
    expect(readFileSync(file).equals(half)).toBe(true);
  });

  it("refuses a 0-byte file instead of migrating it as new", async () => {
    const config = await freshConfig();
    if (config.provider !== "sqlite") throw new Error("unreachable");
    writeFileSync(config.file, "");
    await expect(applyMigrations(config)).rejects.toThrow(/is empty \(0 bytes\).*left untouched; delete it to start a new database/);
    expect(readFileSync(config.file)).toHaveLength(0);
    expect(listing(config.file)).toEqual(["test.db"]);
  });

  it("does not create directories outside the project for file:/nonexistent-dir/x.db", async () => {
    const dir = path.join("/", `nonexistent-dir-${process.pid}`);
    await expect(applyMigrations({ provider: "sqlite", file: path.join(dir, "x.db") })).rejects.toThrow(new RegExp(`The directory ${dir} for the SQLite file named by DATABASE_URL does not exist`));
    expect(existsSync(dir)).toBe(false);
  });
});

describe.runIf(provider === "sqlite")("the command line", () => {
  const runMigrate = (env: Record<string, string>) =>
    spawnSync(tsx, ["scripts/migrate.ts"], { cwd: root, env: { ...process.env, NODE_NO_WARNINGS: "1", ...env }, encoding: "utf8" });

  it.each(["mysql://root@localhost/db", "sqlite:data.db", "file:"])("a bad DATABASE_URL %s prints one clear line and exits non-zero", (url) => {
    const r = runMigrate({ DATABASE_URL: url });
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: DATABASE_URL is not valid .*file:.*postgres:\/\/.*postgresql:\/\//);
  });

  it("npm start refuses a bad DATABASE_URL before building anything", () => {
    const r = spawnSync(process.execPath, ["scripts/start.mjs"], { cwd: root, env: { ...process.env, NODE_NO_WARNINGS: "1", DATABASE_URL: "redis://localhost" }, encoding: "utf8" });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/DATABASE_URL is not valid/);
    expect(r.stdout).not.toMatch(/building/);
  });

  it("an unknown PostgreSQL role prints one clear line, no stack", async () => {
    const probe = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5432/postgres" });
    const reachable = await probe.connect().then(() => probe.end().then(() => true), () => false);
    if (!reachable) return; // nothing to say no; CI always has PostgreSQL
    const r = runMigrate({ DATABASE_URL: "postgres://no_such_role_12@127.0.0.1:5432/postgres" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^error: PostgreSQL refused the user named by DATABASE_URL \(.*no_such_role_12.*\)\. Check the user name and password\.$/)]);
  });

  it("npm run db:migrate on a corrupt file exits non-zero and keeps the file", async () => {
    const config = await freshConfig();
    if (config.provider !== "sqlite") throw new Error("unreachable");
    writeFileSync(config.file, "garbage");
    const r = runMigrate({ DATABASE_URL: `file:${config.file}` });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a readable SQLite database/);
    expect(readFileSync(config.file, "utf8")).toBe("garbage");
  });

  it("applies once and is a no-op the second time", async () => {
    const config = await freshConfig();
    if (config.provider !== "sqlite") throw new Error("unreachable");
    const env = { ...process.env, NODE_NO_WARNINGS: "1", DATABASE_URL: `file:${config.file}` };
    const count = readdirSync(path.join(root, "prisma/sqlite/migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(execFileSync(tsx, ["scripts/migrate.ts"], { cwd: root, env, encoding: "utf8" })).toMatch(new RegExp(`Applied ${count} migration`));
    expect(execFileSync(tsx, ["scripts/migrate.ts"], { cwd: root, env, encoding: "utf8" })).toMatch(/already up to date/);
  });
});
