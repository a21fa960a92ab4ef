import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The one place the session secret comes from: NEXTAUTH_SECRET (or AUTH_SECRET) when set,
 * otherwise data/auth-secret, generated there on first use. npm start calls this before
 * serving (so the file exists before the first request); the app calls it for every signature.
 * `created` is the file's path when this call wrote it.
 */
export function ensureSessionSecret(): { secret: string; created: string | null } {
  const configured = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (configured) return { secret: configured, created: null };
  const file = path.join(process.cwd(), "data", "auth-secret");
  let created: string | null = null;
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
      created = file;
    } catch (e) {
      // Another process wrote it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
  }
  const secret = readFileSync(file, "utf8").trim();
  if (!secret) throw new Error(`${file} is empty: delete it to generate a new session secret, or set NEXTAUTH_SECRET.`);
  return { secret, created };
}

let cached: string | undefined;

export function sessionSecret(): string {
  return (cached ??= ensureSessionSecret().secret);
}
