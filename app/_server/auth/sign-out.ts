import "server-only";
import { GUEST_COOKIE, guestCookieOptions } from "./current-user";

/**
 * next-auth's sign-out clears only its session cookie. A guest cookie left in the browser would
 * keep whatever it names (an account's former guest, or guest study not merged): on a shared
 * computer the next person would find it. So signing out forgets the guest too.
 */
export function signOutClearsGuest(res: Response): Response {
  const headers = new Headers(res.headers);
  const o = guestCookieOptions();
  headers.append("set-cookie", `${GUEST_COOKIE}=; Path=${o.path}; Max-Age=0; HttpOnly; SameSite=Lax${o.secure ? "; Secure" : ""}`);
  return new Response(res.body, { status: res.status, statusText: res.statusText, headers });
}
