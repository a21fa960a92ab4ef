import "server-only";
import type { Db } from "../db/client";
import { exportProgress } from "../transfer/export-progress";
import { importProgressJson, type ImportResult } from "../transfer/import-progress";

export type GuestProgress = { reviews: number; cards: number };

/** What a guest has studied, or null when there is nothing worth offering to keep. */
export async function guestProgress(db: Db, guestId: string): Promise<GuestProgress | null> {
  const [reviews, cards, attempts, mocks] = await Promise.all([
    db.reviewLog.count({ where: { userId: guestId, undoneAt: null } }),
    db.cardState.count({ where: { userId: guestId } }),
    db.drillAttempt.count({ where: { userId: guestId } }),
    db.mockInterview.count({ where: { userId: guestId } }),
  ]);
  return reviews + cards + attempts + mocks > 0 ? { reviews, cards } : null;
}

/**
 * Moves a guest's study into an account with the import's rules (app/_domain/transfer/merge.ts):
 * the log, drill attempts and mock interviews are added, a card studied on both sides keeps the
 * later state, daily figures add the guest's reviews to the account's days (so streaks count
 * both), and the guest's settings apply only if the account has none. The guest is deleted
 * afterwards, which also revokes its cookie. Only ever called with the guest named by this
 * browser's signed cookie and the signed-in account: no id comes from the client.
 */
export async function mergeGuestInto(db: Db, guestId: string, accountId: string, now: Date): Promise<ImportResult> {
  if (guestId === accountId) throw new Error("A user cannot be merged into itself.");
  // Through JSON on purpose: the same path, checks and rules as a file the learner imports.
  const file: unknown = JSON.parse(JSON.stringify(await exportProgress(db, guestId, now)));
  const result = await importProgressJson(db, accountId, file, now);
  if (result.ok) await discardGuest(db, guestId);
  return result;
}

/** Deletes a guest and everything it studied (the rows go with it). Never touches an account. */
export async function discardGuest(db: Db, guestId: string): Promise<void> {
  await db.user.deleteMany({ where: { id: guestId, isGuest: true } });
}
