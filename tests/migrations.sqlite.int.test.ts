import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations, DatabaseStateError } from "@/app/_server/db/migrations";
import { freshSqliteFile } from "./db";

// Only the SQLite integration pass runs this file (vitest.config.ts): these tests make their own
// SQLite files or give the command line a DATABASE_URL of their own, so the provider under test
// changes nothing in them and a second pass would only repeat them.

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
// prepare.ts imports server modules: the react-server condition makes "server-only" the empty
// module, as the bundle npm start runs does (scripts/build.mjs).
const runScript = (script: string, env: Record<string, string>) =>
  spawnSync(tsx, ["--conditions=react-server", script], { cwd: root, env: { ...process.env, NODE_NO_WARNINGS: "1", ...env }, encoding: "utf8" });

describe("a corrupt SQLite file", () => {
  it.each([
    ["text", Buffer.from("this is not a database\n")],
    ["a damaged header", Buffer.concat([Buffer.from("SQLite format 3\0"), Buffer.alloc(4096, 0xff)])],
  ])("holding %s gives a clear error and is never overwritten", async (_, bytes) => {
    const file = freshSqliteFile();
    writeFileSync(file, bytes);
    await expect(applyMigrations({ provider: "sqlite", file })).rejects.toThrow(/not a readable SQLite database.*left untouched/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});

describe("the command line", () => {
  it.each(["mysql://root@localhost/db", "sqlite:data.db", "file:"])("a bad DATABASE_URL %s prints one clear line and exits non-zero", (url) => {
    const r = runScript("scripts/migrate.ts", { DATABASE_URL: url });
    expect(r.status).not.toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: DATABASE_URL is not valid .*file:.*postgres:\/\/.*postgresql:\/\//);
  });

  it("npm start refuses a bad DATABASE_URL before building anything", () => {
    const r = spawnSync(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      env: { ...process.env, NODE_NO_WARNINGS: "1", DATABASE_URL: "redis://localhost" },
      encoding: "utf8",
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/DATABASE_URL is not valid/);
    expect(r.stdout).not.toMatch(/building/);
  });

  // Nothing listens on port 1, so the connection is refused at once; no PostgreSQL is needed.
  it.each([
    ["npm run db:migrate", "scripts/migrate.ts"],
    ["npm start's preparation step", "scripts/prepare.ts"],
  ])("%s with PostgreSQL unreachable prints one clear line and exits 1", (_, script) => {
    const r = runScript(script, { DATABASE_URL: "postgresql://postgres@127.0.0.1:1/tcp_srs" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual(["error: Cannot reach the PostgreSQL database named by DATABASE_URL (connect ECONNREFUSED 127.0.0.1:1)."]);
    expect(r.stdout).toBe("");
  });

  it("npm run db:migrate on a corrupt file exits non-zero and keeps the file", () => {
    const file = freshSqliteFile();
    writeFileSync(file, "garbage");
    const r = runScript("scripts/migrate.ts", { DATABASE_URL: `file:${file}` });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a readable SQLite database/);
    expect(readFileSync(file, "utf8")).toBe("garbage");
  });

  it("applies once and is a no-op the second time", () => {
    const file = freshSqliteFile();
    const env = { ...process.env, NODE_NO_WARNINGS: "1", DATABASE_URL: `file:${file}` };
    const count = readdirSync(path.join(root, "prisma/sqlite/migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
    expect(execFileSync(tsx, ["scripts/migrate.ts"], { cwd: root, env, encoding: "utf8" })).toMatch(new RegExp(`Applied ${count} migration`));
    expect(execFileSync(tsx, ["scripts/migrate.ts"], { cwd: root, env, encoding: "utf8" })).toMatch(/already up to date/);
  }, 120_000); // two command-line runs, each starting tsx
});

describe("SQLite file checks on start", () => {
  /** A migrated file with some rows, checkpointed so that everything is in the main file. */
  async function filledFile() {
    const config = { provider: "sqlite" as const, file: freshSqliteFile() };
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
    const config = { provider: "sqlite" as const, file: freshSqliteFile() };
    writeFileSync(config.file, "");
    await expect(applyMigrations(config)).rejects.toThrow(/is empty \(0 bytes\).*left untouched; delete it to start a new database/);
    expect(readFileSync(config.file)).toHaveLength(0);
    expect(listing(config.file)).toEqual(["test.db"]);
  });

  it("does not create directories outside the project for file:/nonexistent-dir/x.db", async () => {
    const dir = path.join("/", `nonexistent-dir-${process.pid}`);
    await expect(applyMigrations({ provider: "sqlite", file: path.join(dir, "x.db") })).rejects.toThrow(
      new RegExp(`The directory ${dir} for the SQLite file named by DATABASE_URL does not exist`),
    );
    expect(existsSync(dir)).toBe(false);
  });
});
