import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/app/_server/db/migrations";
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
    const r = spawnSync(process.execPath, ["scripts/start.mjs"], { cwd: root, env: { ...process.env, NODE_NO_WARNINGS: "1", DATABASE_URL: "redis://localhost" }, encoding: "utf8" });
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
