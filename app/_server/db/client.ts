import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PgPrismaClient } from "./generated/postgresql/client";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { adapterFactory } from "./adapter";
import { databaseConfig } from "./config";

// Both generated clients share one set of models (prisma/models.prisma), so the SQLite
// client's type describes either.
export type Db = PrismaClient;

export function createDb(config: DatabaseConfig): Db {
  if (config.provider === "sqlite") {
    return new PrismaClient({ adapter: adapterFactory(config) as ConstructorParameters<typeof PrismaClient>[0]["adapter"] });
  }
  return new PgPrismaClient({ adapter: adapterFactory(config) as ConstructorParameters<typeof PgPrismaClient>[0]["adapter"] }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { db?: Db };

/** The one database client of the process (cached on globalThis across dev reloads). */
export function getDb(): Db {
  globalForDb.db ??= createDb(databaseConfig());
  return globalForDb.db;
}
