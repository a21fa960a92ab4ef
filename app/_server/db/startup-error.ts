import { DatabaseUrlError } from "@/app/_domain/config/database-url";
import { DatabaseStateError } from "./migrations";

// Network and server-state codes that mean "the database is not there right now".
const REACH = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);

/** The one line a user sees for a configuration or database problem, or null for a bug. */
export function explainStartupError(e: unknown): string | null {
  if (e instanceof DatabaseUrlError || e instanceof DatabaseStateError) return e.message;
  const code = typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined;
  const message = e instanceof Error ? e.message : String(e);
  if (code === "28000" || code === "28P01") return `PostgreSQL refused the user named by DATABASE_URL (${message}). Check the user name and password.`;
  if (code === "3D000") return `The PostgreSQL database named by DATABASE_URL does not exist (${message}).`;
  if (code && REACH.has(code)) return `Cannot reach the PostgreSQL database named by DATABASE_URL (${message}).`;
  // pg's own words when the server goes away mid-start (no code): a restart, a dropped link.
  if (/Connection terminated|terminating connection|server closed the connection/i.test(message)) {
    return `The connection to the PostgreSQL database named by DATABASE_URL was lost during start (${message}). Start again once it is reachable.`;
  }
  return null;
}
