import "server-only";
import { cookies } from "next/headers";
import { TtlCache } from "@/app/_domain/config/ttl-cache";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { getDb } from "../db/client";
import { sessionSecret } from "./secret";
import { guestToken, userIdFromGuestToken } from "./guest-token";

export const GUEST_COOKIE = "guest";

// A signed guest cookie still needs its user row to exist; users are never deleted, so a
// minute of caching saves a query on every review.
const knownUsers = new TtlCache<CurrentUser>(60_000);

/** Called when a user row changes (a guest signs up). */
export function forgetUser(id: string): void {
  knownUsers.delete(id);
}
const YEAR = 60 * 60 * 24 * 365;

export type CurrentUser = { id: string; isGuest: boolean };

/** Who is asking: the signed-in user, else this browser's guest, else null. Reads only. */
export async function currentUser(): Promise<CurrentUser | null> {
  const jar = await cookies();
  // Decrypting a session costs far more than the rest of a review; skip it when the browser
  // holds no session cookie (next-auth names it "[__Secure-]next-auth.session-token[.N]").
  if (jar.getAll().some((c) => c.name.includes("next-auth.session-token"))) {
    const session = await getServerSession(authOptions());
    const sessionUserId = (session?.user as { id?: string } | undefined)?.id;
    if (sessionUserId) return { id: sessionUserId, isGuest: false };
  }
  const token = jar.get(GUEST_COOKIE)?.value;
  const id = userIdFromGuestToken(token, sessionSecret());
  if (!id) return null;
  const cached = knownUsers.get(id, Date.now());
  if (cached) return cached;
  const user = await getDb().user.findUnique({ where: { id }, select: { id: true, isGuest: true } });
  if (user) knownUsers.set(id, user, Date.now());
  return user;
}

/**
 * The current user, creating a guest account on first use so that anyone can study at once.
 * Sets a cookie, so only callable from route handlers and server actions.
 */
export async function currentOrGuestUser(): Promise<CurrentUser> {
  const existing = await currentUser();
  if (existing) return existing;
  const user = await getDb().user.create({ data: { isGuest: true }, select: { id: true, isGuest: true } });
  (await cookies()).set(GUEST_COOKIE, guestToken(user.id, sessionSecret()), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
    path: "/",
    maxAge: YEAR,
  });
  return user;
}
