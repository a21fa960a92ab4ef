import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";

export function adapterFactory(config: DatabaseConfig) {
  return config.provider === "sqlite" ? new PrismaBetterSqlite3({ url: `file:${config.file}` }) : new PrismaPg({ connectionString: config.url });
}
