import "server-only";
import { getDb } from "../db/client";

/** A learner's own most recent ratings, newest first (undone ones included, marked by undoneAt). */
export async function fetchRecentReviews(userId: string, limit: number) {
  return getDb().reviewLog.findMany({
    where: { userId },
    orderBy: { reviewedAt: "desc" },
    take: limit,
    select: { id: true, cardId: true, rating: true, reviewedAt: true, durationMs: true, cram: true, undoneAt: true },
  });
}
