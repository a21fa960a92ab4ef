import { createHmac, timingSafeEqual } from "node:crypto";

// A guest is identified by "<userId>.<hmac>" in an HttpOnly cookie: the signature stops a
// visitor from claiming another guest's id by editing the cookie.
function sign(userId: string, secret: string): string {
  return createHmac("sha256", secret).update(`guest:${userId}`).digest("base64url");
}

export function guestToken(userId: string, secret: string): string {
  return `${userId}.${sign(userId, secret)}`;
}

export function userIdFromGuestToken(token: string | undefined, secret: string): string | null {
  if (!token) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const userId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(userId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}
