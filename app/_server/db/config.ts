import { parseDatabaseUrl, type DatabaseConfig } from "@/app/_domain/config/database-url";

let cached: DatabaseConfig | undefined;

export function databaseConfig(): DatabaseConfig {
  cached ??= parseDatabaseUrl(process.env.DATABASE_URL, process.cwd());
  return cached;
}
