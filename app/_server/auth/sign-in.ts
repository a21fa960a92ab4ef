import { z } from "zod";
import type { Db } from "../db/client";
import { hashPassword, verifyPassword } from "./password";
import type { SignInThrottle } from "./throttle";

export const credentialsSchema = z.object({
  email: z
    .email()
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});

export type SignInOutcome =
  { status: "ok"; user: { id: string; email: string | null; name: string | null } } | { status: "invalid" } | { status: "throttled"; retryAfterMs: number };

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password, made with the same cost as real ones, checked when the address
 * has no account (or no password) so that an unknown address takes as long as a wrong password.
 */
export function dummyHash(): Promise<string> {
  return (dummy ??= hashPassword(crypto.randomUUID()));
}

export type SignInDeps = { db: Db; throttle: SignInThrottle; verify?: typeof verifyPassword };

/**
 * Checks an email and password. An unknown address and a wrong password give the same answer
 * after the same work (one throttle check, one user lookup, one password verification).
 */
export async function checkCredentials(deps: SignInDeps, input: { email: string; password: string; address: string }): Promise<SignInOutcome> {
  const verify = deps.verify ?? verifyPassword;
  const verdict = await deps.throttle.attempt(input.email, input.address);
  if (!verdict.ok) return { status: "throttled", retryAfterMs: verdict.retryAfterMs };
  const user = await deps.db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const matches = await verify(input.password, user?.passwordHash ?? (await dummyHash()));
  if (!user?.passwordHash || !matches) return { status: "invalid" };
  await verdict.release();
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name } };
}
