import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { PrismaClient, type Prisma } from "./generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "./generated/postgresql/client";
import { databaseConfig } from "./config";

// Both generated clients come from one set of models (prisma/models.prisma), so the SQLite
// client's type describes either.
export type Db = PrismaClient;
/** The client an interactive transaction's callback gets: Db without $connect, $transaction and the like. */
export type Tx = Prisma.TransactionClient;

// Kept on globalThis, like the client itself: Next bundles this module into several chunks
// (route handlers, server actions, pages), each with its own module state, while getDb()'s
// client is shared. A per-module map made configOf answer undefined in every chunk but the
// one that created the client, so whichever request touched the database first decided
// whether ratings went through the SQLite writer thread or through Prisma.
const globalForConfigs = globalThis as unknown as { dbConfigs?: WeakMap<Db, DatabaseConfig> };
const configs = (globalForConfigs.dbConfigs ??= new WeakMap<Db, DatabaseConfig>());

export function createDb(config: DatabaseConfig): Db {
  const db =
    config.provider === "sqlite"
      ? new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: `file:${config.file}`, timeout: 10_000 }) })
      : (new PgPrismaClient({ adapter: new PrismaPg({ connectionString: config.url }) }) as unknown as Db);
  configs.set(db, config);
  return db;
}

/** The database a client talks to, for the few hot paths that bypass Prisma on SQLite. */
export function configOf(db: Db): DatabaseConfig {
  const config = configs.get(db);
  // Every client comes from createDb; one that did not is a bug, not a reason to guess.
  if (!config) throw new Error("configOf: this database client was not made by createDb");
  return config;
}

const globalForDb = globalThis as unknown as { db?: Db };

/** The one database client of the process (cached on globalThis across dev reloads). */
export function getDb(): Db {
  globalForDb.db ??= createDb(databaseConfig());
  return globalForDb.db;
}
