import "server-only";
import { cookies } from "next/headers";
import { getServerSession } from "next-auth";
import { authOptions } from "./options";
import { getDb } from "../db/client";
import { sessionSecret } from "./secret";
import { guestToken, userIdFromGuestToken } from "./guest-token";

export const GUEST_COOKIE = "guest";
const YEAR = 60 * 60 * 24 * 365;

export type CurrentUser = { id: string; isGuest: boolean };

/** Who is asking: the signed-in user, else this browser's guest, else null. Reads only. */
export async function currentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions());
  const sessionUserId = (session?.user as { id?: string } | undefined)?.id;
  if (sessionUserId) return { id: sessionUserId, isGuest: false };
  const token = (await cookies()).get(GUEST_COOKIE)?.value;
  const id = userIdFromGuestToken(token, sessionSecret());
  if (!id) return null;
  const user = await getDb().user.findUnique({ where: { id }, select: { id: true, isGuest: true } });
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
