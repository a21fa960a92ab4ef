import "server-only";
import type { Db } from "../db/client";
import { isUniqueViolation } from "../db/errors";

/**
 * Creates an account with a password, turning the given guest into it when there is one (its
 * rows stay where they are). Returns false, changing nothing, when the address already has an
 * account (also when another request took it a moment earlier).
 */
export async function createAccount(
  db: Db,
  input: { email: string; name?: string | undefined; passwordHash: string; guestId: string | null },
): Promise<boolean> {
  const { email, name, passwordHash, guestId } = input;
  try {
    if (guestId) {
      const turned = await db.user.updateMany({
        where: { id: guestId, isGuest: true },
        data: { email, passwordHash, ...(name !== undefined ? { name } : {}), isGuest: false },
      });
      if (turned.count === 1) return true;
    }
    await db.user.create({ data: { email, passwordHash, name: name ?? null } });
    return true;
  } catch (e) {
    if (isUniqueViolation(e)) return false;
    throw e;
  }
}
