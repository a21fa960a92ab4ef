import { DatabaseUrlError } from "@/app/_domain/config/database-url";
import { DatabaseStateError } from "./migrations";

/** The one line a user sees for a configuration or database problem, or null for a bug. */
export function explainStartupError(e: unknown): string | null {
  if (e instanceof DatabaseUrlError || e instanceof DatabaseStateError) return e.message;
  const code = (e as { code?: string })?.code;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "28P01" || code === "3D000") {
    return `Cannot reach the PostgreSQL database named by DATABASE_URL (${(e as Error).message}).`;
  }
  return null;
}
