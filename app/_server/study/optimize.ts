import "server-only";
import { MIN_REVIEWS_TO_OPTIMIZE, studyDay, trainingItems } from "@/app/_domain/scheduling";
import type { Db } from "../db/client";
import { fitInChild, type Fit } from "./optimizer/fit-in-child";
import { fetchStudySettings } from "./settings";

export type { Fit };
export type OptimizeResult =
  | { status: "not_enough"; reviews: number; needed: number }
  | { status: "no_spaced_reviews"; reviews: number }
  | { status: "done"; reviews: number; items: number; parameters: number[]; defaults: Fit; personal: Fit; current: Fit | null };

/** A second run for a user whose first is still going, or more runs at once than the machine has room for. */
export class OptimizerBusyError extends Error {
  constructor(readonly scope: "user" | "server") {
    super(scope === "user" ? "An optimization for this user is already running." : "Too many optimizations are running; try again shortly.");
    this.name = "OptimizerBusyError";
  }
}

// Each run is a process busy on a core for its duration; one per user, two in all.
const MAX_RUNS = 2;
const running = new Set<string>();

/**
 * Personal FSRS parameters from the learner's own review log (not undone, not cram), with how
 * well the defaults and the new parameters predict that same history (log loss, RMSE over
 * bins; lower is better), so the learner can decide before accepting. The fit runs in a child
 * process (fitInChild); its failure is an OptimizerFailedError, never the server's.
 */
export async function optimizeParameters(db: Db, userId: string, options?: Parameters<typeof fitInChild>[1]): Promise<OptimizeResult> {
  if (running.has(userId)) throw new OptimizerBusyError("user");
  if (running.size >= MAX_RUNS) throw new OptimizerBusyError("server");
  running.add(userId);
  try {
    return await optimize(db, userId, options);
  } finally {
    running.delete(userId);
  }
}

async function optimize(db: Db, userId: string, options?: Parameters<typeof fitInChild>[1]): Promise<OptimizeResult> {
  const settings = await fetchStudySettings(db, userId);
  const logs = await db.reviewLog.findMany({
    where: { userId, undoneAt: null, cram: false },
    select: { cardId: true, rating: true, state: true, reviewedAt: true },
    orderBy: { reviewedAt: "asc" },
  });
  if (logs.length < MIN_REVIEWS_TO_OPTIMIZE) return { status: "not_enough", reviews: logs.length, needed: MIN_REVIEWS_TO_OPTIMIZE };
  const items = trainingItems(
    logs.map((l) => ({
      cardId: l.cardId,
      rating: l.rating as 1 | 2 | 3 | 4,
      state: l.state,
      at: l.reviewedAt.getTime(),
      day: studyDay(l.reviewedAt, settings.timeZone, settings.rolloverHour),
    })),
  );
  // Reviews enough, but hardly any on a later day than the one before (all learning steps):
  // nothing for the long-term model to learn from yet.
  if (items.length === 0) return { status: "no_spaced_reviews", reviews: logs.length };
  const fit = await fitInChild({ items: items.map((item) => item.map((r) => [r.rating, r.deltaT])), current: settings.fsrsParameters ?? null }, options);
  return { status: "done", reviews: logs.length, items: items.length, ...fit };
}
