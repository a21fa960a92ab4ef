import { createHash } from "node:crypto";

/**
 * The id a review or attempt takes when a file brings it into an account other than the one
 * that recorded it (ids are unique per database, and the original row stays its owner's).
 * Derived, not random: importing the same file into the same account twice gives the same
 * ids, so the second import still adds nothing. Shaped as an RFC 9562 version 8 UUID.
 */
export function accountScopedId(userId: string, id: string): string {
  const h = createHash("sha256").update(`${userId}\u0000${id}`).digest("hex");
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
