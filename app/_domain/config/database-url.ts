import path from "node:path";

export type DatabaseConfig = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

export class DatabaseUrlError extends Error {
  constructor(got: string) {
    super(
      `DATABASE_URL is not valid (got "${redact(got)}"): use a file: URL for SQLite ` +
        `(file:./data/app.db), a postgres:// or postgresql:// URL for PostgreSQL, or leave it unset ` +
        `for the embedded SQLite file data/app.db.`,
    );
    this.name = "DatabaseUrlError";
  }
}

/** Hides a password so the error line is safe to print in logs. */
function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):([^@]*)@/, "//$1:***@");
}

/**
 * Reads DATABASE_URL: unset means the embedded SQLite file, `file:` another SQLite file
 * (relative paths from `cwd`), `postgres(ql)://` PostgreSQL. Anything else throws.
 */
export function parseDatabaseUrl(raw: string | undefined, cwd: string): DatabaseConfig {
  const value = raw?.trim() ?? "";
  if (value === "") return { provider: "sqlite", file: path.join(cwd, "data", "app.db") };
  if (value.startsWith("file:")) {
    const rest =
      value
        .slice("file:".length)
        .replace(/^\/\/(?=\/)/, "")
        .split("?")[0] ?? "";
    if (rest === "" || rest.endsWith("/")) throw new DatabaseUrlError(value);
    return { provider: "sqlite", file: path.resolve(cwd, decodeURIComponent(rest)) };
  }
  if (/^postgres(ql)?:\/\/[^\s]+$/.test(value)) {
    try {
      const u = new URL(value);
      if (!u.hostname && !u.searchParams.get("host")) throw new DatabaseUrlError(value);
    } catch {
      throw new DatabaseUrlError(value);
    }
    return { provider: "postgresql", url: value };
  }
  throw new DatabaseUrlError(value);
}
