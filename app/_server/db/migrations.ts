import { existsSync, mkdirSync, openSync, readSync, closeSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { openSchemaEngine } from "./schema-engine";

/** A database this app must not touch; the message says why and that nothing was changed. */
export class DatabaseStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DatabaseStateError";
  }
}

export function migrationsDir(provider: DatabaseConfig["provider"]): string {
  return path.join(process.cwd(), "prisma", provider, "migrations");
}

export function migrationNames(provider: DatabaseConfig["provider"]): string[] {
  const dir = migrationsDir(provider);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

const SQLITE_HEADER = "SQLite format 3\0";

/**
 * The migrations a SQLite file has, null when there is no file yet; refuses (DatabaseStateError)
 * a file that is not an intact SQLite database, leaving its directory exactly as it was.
 */
function checkSqliteFile(file: string): string[] | null {
  if (!existsSync(file)) return null;
  // SQLite never leaves a database it wrote at 0 bytes: such a file was made by something
  // else (or cut short), and migrating it as new would hide that.
  if (statSync(file).size === 0) {
    throw new DatabaseStateError(
      `${file} is empty (0 bytes), so it is not a database this app wrote. It was left untouched; delete it to start a new database there, or set DATABASE_URL to another file.`,
    );
  }
  // Opening a WAL database, even read-only, creates its -wal and -shm files; a refused file
  // must leave none behind.
  const siblings = ["-wal", "-shm", "-journal"].map((s) => file + s).filter((f) => !existsSync(f));
  try {
    return readSqliteFile(file);
  } catch (e) {
    if (e instanceof DatabaseStateError) for (const f of siblings) rmSync(f, { force: true });
    throw e;
  }
}

function readSqliteFile(file: string): string[] {
  const fd = openSync(file, "r");
  const header = Buffer.alloc(16);
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const corrupt = () =>
    new DatabaseStateError(
      `${file} is not a readable SQLite database (corrupt or another kind of file). It was left untouched; move it away or set DATABASE_URL to another file.`,
    );
  if (header.toString("latin1") !== SQLITE_HEADER) throw corrupt();
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma("schema_version");
    // A file corrupted in the middle (header intact) opened, then failed writes with 500s.
    // quick_check reads every page once: a second or so for a large file, on start only.
    const check = db.pragma("quick_check(1)", { simple: true });
    if (check !== "ok")
      throw new DatabaseStateError(
        `${file} is damaged (SQLite's quick_check: ${String(check).replace(/\s+/g, " ").slice(0, 200)}). It was left untouched; restore a backup, or move it away and set DATABASE_URL to another file.`,
      );
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'").get();
    if (!hasTable) return [];
    return appliedFrom(db.prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations").all() as MigrationRow[], file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") throw corrupt();
    throw e;
  } finally {
    db?.close();
  }
}

type MigrationRow = { migration_name: string; finished_at: unknown; rolled_back_at: unknown };

function appliedFrom(rows: MigrationRow[], where: string): string[] {
  const failed = rows.filter((r) => r.finished_at == null && r.rolled_back_at == null);
  if (failed.length > 0) {
    throw new DatabaseStateError(
      `${where}: migration ${failed[0]!.migration_name} failed earlier and was never finished. Nothing was changed; restore a backup or resolve it with "prisma migrate resolve".`,
    );
  }
  return rows.filter((r) => r.rolled_back_at == null).map((r) => r.migration_name);
}

async function appliedPostgres(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations') AS t");
    if (!exists.rows[0]?.t) return [];
    const rows = await client.query<MigrationRow>("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations");
    return appliedFrom(rows.rows, "PostgreSQL database");
  } finally {
    await client.end();
  }
}

/** Refuses a database migrated by a newer version of the app (a migration we do not know). */
function refuseNewer(applied: string[], known: string[], where: string) {
  const unknown = applied.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new DatabaseStateError(
      `${where} has a newer schema than this version of the app (unknown migration ${unknown[0]}). It was left untouched; update the app or point DATABASE_URL elsewhere.`,
    );
  }
}

/** Applies pending migrations; returns the names applied now (empty on a second run). */
export async function applyMigrations(config: DatabaseConfig): Promise<string[]> {
  const known = migrationNames(config.provider);
  let applied: string[];
  if (config.provider === "sqlite") {
    applied = checkSqliteFile(config.file) ?? [];
    ensureDirectory(path.dirname(config.file));
    refuseNewer(applied, known, config.file);
  } else {
    applied = await appliedPostgres(config.url);
    refuseNewer(applied, known, "The PostgreSQL database");
  }
  if (known.every((name) => applied.includes(name))) return [];

  if (config.provider === "sqlite") enableWal(config.file);
  const dir = migrationsDir(config.provider);
  const { engine, close } = await openSchemaEngine(config);
  try {
    const lockPath = path.join(dir, "migration_lock.toml");
    const out = await engine.applyMigrations({
      migrationsList: {
        baseDir: dir,
        lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
        shadowDbInitScript: "",
        migrationDirectories: known.map((name) => ({
          path: name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") } },
        })),
      },
      filters: { externalTables: [], externalEnums: [] },
    });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * The app creates the directory of its database file only inside the project (data/ by
 * default); anywhere else a missing directory is more likely a typo in DATABASE_URL than a
 * wish for new directories, so it says where it looked instead.
 */
function ensureDirectory(dir: string) {
  if (existsSync(dir)) return;
  const inside = path.relative(process.cwd(), dir);
  if (inside && !inside.startsWith("..") && !path.isAbsolute(inside)) return void mkdirSync(dir, { recursive: true });
  throw new DatabaseStateError(
    `The directory ${dir} for the SQLite file named by DATABASE_URL does not exist. Create it first (the app makes directories only inside ${process.cwd()}), or correct DATABASE_URL.`,
  );
}

/** WAL lets readers run beside the single writer; the mode is stored in the file itself. */
function enableWal(file: string) {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
  } finally {
    db.close();
  }
}
