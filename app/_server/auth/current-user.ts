import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { getDb } from "../db/client";
import { sessionSecret } from "./secret";
import { guestToken } from "./guest-token";
import { createGuest, dropUnusedGuest, guestFromToken, type CurrentUser } from "./guest";
import { guestProgress, type GuestProgress } from "./guest-progress";

export type { CurrentUser } from "./guest";
export const GUEST_COOKIE = "guest";
const YEAR = 60 * 60 * 24 * 365;

/** The signed-in account's id from the session cookie, or null (once per render). */
export const sessionUserId = cache(async (): Promise<string | null> => {
  const jar = await cookies();
  // Decrypting a session costs far more than the rest of a review; skip it when the browser
  // holds no session cookie (next-auth names it "[__Secure-]next-auth.session-token[.N]").
  if (!jar.getAll().some((c) => c.name.includes("next-auth.session-token"))) return null;
  const session = await getServerSession(authOptions());
  return session?.user?.id ?? null;
});

/** This browser's guest (from the guest cookie), whoever is signed in, or null. */
export async function cookieGuest(): Promise<CurrentUser | null> {
  return guestFromToken(getDb(), (await cookies()).get(GUEST_COOKIE)?.value, sessionSecret());
}

/**
 * The guest study waiting in this browser for the signed-in account's decision (merge or
 * discard), or null. Costs nothing when the browser holds no guest cookie.
 */
export async function pendingGuestProgress(): Promise<GuestProgress | null> {
  if (!(await cookies()).get(GUEST_COOKIE)) return null;
  const [accountId, guest] = await Promise.all([sessionUserId(), cookieGuest()]);
  if (!accountId || !guest || guest.id === accountId) return null;
  return guestProgress(getDb(), guest.id);
}

/** Who is asking: the signed-in user, else this browser's guest, else null. Reads only. */
export async function currentUser(): Promise<CurrentUser | null> {
  const id = await sessionUserId();
  if (id) return { id, isGuest: false };
  return cookieGuest();
}

export const guestCookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  secure: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  path: "/",
});

/** Forgets this browser's guest cookie (only callable from route handlers and server actions). */
export async function clearGuestCookie(): Promise<void> {
  (await cookies()).set(GUEST_COOKIE, "", { ...guestCookieOptions(), maxAge: 0 });
}

/**
 * Runs `store` as the current user, or as a new guest so that anyone can study at once. The
 * guest row is kept, and its cookie set, only when `stored(result)` says something was saved
 * for it: a refused request leaves no user behind. Sets a cookie, so only callable from route
 * handlers and server actions.
 */
export async function asCurrentOrNewGuest<T>(store: (user: CurrentUser) => Promise<T>, stored: (result: T) => boolean): Promise<T> {
  const existing = await currentUser();
  if (existing) return store(existing);
  const db = getDb();
  const guest = await createGuest(db);
  let result: T;
  try {
    result = await store(guest);
  } catch (e) {
    await dropUnusedGuest(db, guest.id);
    throw e;
  }
  if (!stored(result)) {
    await dropUnusedGuest(db, guest.id);
    return result;
  }
  (await cookies()).set(GUEST_COOKIE, guestToken(guest.id, sessionSecret()), { ...guestCookieOptions(), maxAge: YEAR });
  return result;
}
