/**
 * Whether a database error is a unique-constraint violation (Prisma's P2002): the one failure
 * callers expect and answer (a duplicate id, a taken address). Anything else is a real failure
 * and is thrown on.
 */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "P2002";
}

// "Not now" rather than "never": the database cannot be reached, timed out, or was busy. Prisma's
// own codes (P1001 unreachable, P1002 timed out, P1008 operation timed out, P1017 connection
// closed, P2024 pool timeout, P2034 write conflict or deadlock), pg's network errors and
// PostgreSQL's connection classes (08xxx, 57P0x), and SQLite's transient results.
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2034"]);
const NETWORK = new Set(["ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "57P01", "57P02", "57P03"]);
const TRANSIENT = /^(08\d{3}|SQLITE_(BUSY|LOCKED|IOERR|FULL|NOMEM|PROTOCOL))/;

/** Whether a failure means the database is unavailable for now, so a retry later may succeed (503). */
export function isDatabaseUnavailable(e: unknown): boolean {
  if (typeof e !== "object" || e === null) return false;
  const { code, cause } = e as { code?: unknown; cause?: unknown };
  if (typeof code === "string" && (PRISMA_UNAVAILABLE.has(code) || NETWORK.has(code) || TRANSIENT.test(code))) return true;
  // Driver adapters wrap the driver's error; its code is one level down.
  return cause !== undefined && cause !== e && isDatabaseUnavailable(cause);
}
