import "server-only";
import { computeParameters, FSRSBinding, FSRSBindingItem, FSRSBindingReview } from "@open-spaced-repetition/binding";
import { MIN_REVIEWS_TO_OPTIMIZE, studyDay, trainingItems } from "@/app/_domain/scheduling";
import type { Db } from "../db/client";
import { fetchStudySettings } from "./settings";

export type Fit = { logLoss: number; rmse: number };
export type OptimizeResult =
  | { status: "not_enough"; reviews: number; needed: number }
  | { status: "done"; reviews: number; items: number; parameters: number[]; defaults: Fit; personal: Fit; current: Fit | null };

/**
 * Personal FSRS parameters from the learner's own review log (not undone, not cram), with how
 * well the defaults and the new parameters predict that same history (log loss, RMSE over
 * bins; lower is better), so the learner can decide before accepting.
 */
export async function optimizeParameters(db: Db, userId: string): Promise<OptimizeResult> {
  const settings = await fetchStudySettings(db, userId);
  const logs = await db.reviewLog.findMany({
    where: { userId, undoneAt: null, cram: false },
    select: { cardId: true, rating: true, reviewedAt: true },
    orderBy: { reviewedAt: "asc" },
  });
  if (logs.length < MIN_REVIEWS_TO_OPTIMIZE) return { status: "not_enough", reviews: logs.length, needed: MIN_REVIEWS_TO_OPTIMIZE };
  const items = trainingItems(
    logs.map((l) => ({ cardId: l.cardId, rating: l.rating as 1 | 2 | 3 | 4, at: l.reviewedAt.getTime(), day: studyDay(l.reviewedAt, settings.timeZone, settings.rolloverHour) })),
  ).map((item) => new FSRSBindingItem(item.map((r) => new FSRSBindingReview(r.rating, r.deltaT))));
  const parameters = await computeParameters(items, { enableShortTerm: true });
  const fit = (p?: number[]): Fit => {
    const e = new FSRSBinding(p).evaluate(items);
    return { logLoss: e.logLoss, rmse: e.rmseBins };
  };
  return {
    status: "done",
    reviews: logs.length,
    items: items.length,
    parameters,
    defaults: fit(),
    personal: fit(parameters),
    current: settings.fsrsParameters ? fit(settings.fsrsParameters) : null,
  };
}
