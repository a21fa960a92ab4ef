import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

let cached: string | undefined;

/** The session secret: configured, or kept in data/auth-secret (npm start creates it). */
export function sessionSecret(): string {
  if (cached) return cached;
  const configured = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (configured) return (cached = configured);
  const file = path.join(process.cwd(), "data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return (cached = readFileSync(file, "utf8").trim());
}
