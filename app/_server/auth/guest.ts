import "server-only";
import type { Db } from "../db/client";
import { userIdFromGuestToken } from "./guest-token";

export type CurrentUser = { id: string; isGuest: boolean };

/**
 * The guest a guest cookie names, or null. The cookie is only a signed user id, so what makes
 * it valid is in the database: the user must exist and still be a guest. Signing up turns the
 * guest into the account (isGuest false) and merging or discarding a guest deletes it; either
 * way the old cookie stops working at once, on every instance, even if a copy of it survives.
 */
export async function guestFromToken(db: Db, token: string | undefined, secret: string): Promise<CurrentUser | null> {
  const id = userIdFromGuestToken(token, secret);
  if (!id) return null;
  const user = await db.user.findFirst({ where: { id, isGuest: true }, select: { id: true } });
  return user ? { id: user.id, isGuest: true } : null;
}

/** A new guest row, for a request that is about to store something for this browser. */
export async function createGuest(db: Db): Promise<CurrentUser> {
  const user = await db.user.create({ data: { isGuest: true }, select: { id: true } });
  return { id: user.id, isGuest: true };
}

/**
 * Removes a guest that was created for a request which in the end stored nothing, so refused
 * requests leave no users behind. Only a guest with no rows of its own is removed.
 */
export async function dropUnusedGuest(db: Db, id: string): Promise<void> {
  const [reviews, attempts, mocks, settings] = await Promise.all([
    db.reviewLog.count({ where: { userId: id } }),
    db.drillAttempt.count({ where: { userId: id } }),
    db.mockInterview.count({ where: { userId: id } }),
    db.userSettings.count({ where: { userId: id } }),
  ]);
  if (reviews + attempts + mocks + settings === 0) await db.user.deleteMany({ where: { id, isGuest: true } });
}
