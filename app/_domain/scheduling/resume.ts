import { review } from "./fsrs";
import { newMemoryState, type MemoryState, type Rating } from "./memory-state";
import { buildQueue, type DoneCounts, type QueueLimits } from "./queue";
import type { SchedulerSettings } from "./settings";
import { studyDay } from "./study-day";

/** A card as the server last described it to this device. */
export type SnapshotCard = { cardId: string; topicId?: string | undefined; state: MemoryState | null };

/**
 * What the server said at one moment: the cards it sent (today's and tomorrow's), the study
 * day it was then, and what counted against that day's limits.
 */
export type Snapshot = { cards: readonly SnapshotCard[]; day: string; doneToday: DoneCounts; first?: readonly string[] };

/** A rating kept on the device (waiting to be sent, or sent after the snapshot was taken). */
export type LocalRating = { cardId: string; rating: Rating; reviewedAt: Date; cram: boolean };

export type ResumeInput = {
  snapshot: Snapshot;
  ratings: readonly LocalRating[];
  now: Date;
  settings: SchedulerSettings;
  limits: QueueLimits;
  timeZone: string;
  rolloverHour: number;
  topic?: string | undefined;
};

export type Resumed = {
  /** The session's card ids in order: cards the snapshot put first (remedial), then the queue. */
  order: string[];
  /** Every snapshot card's memory state with the local ratings applied. */
  states: Map<string, MemoryState | null>;
  /** How many local ratings were not yet in the snapshot. */
  applied: number;
};

/**
 * The study session rebuilt on the device, without the server: a page served from the offline
 * cache was rendered before the ratings made since, and maybe on another day.
 *
 * 1. Local ratings are applied to the snapshot's states in time order, each only when it is
 *    newer than the card's last review there (the server had already counted the older ones:
 *    it sets lastReview to the latest reviewedAt it recorded). Cram ratings change no schedule.
 * 2. Today's limits: the snapshot's counts when it is still the same study day, plus the local
 *    ratings of today (a card's first rating is a new card, any later one a review).
 * 3. The order is buildQueue's, after the snapshot's `first` cards that no local rating touched.
 */
export function resumeSession(input: ResumeInput): Resumed {
  const { snapshot, now, settings, limits, timeZone, rolloverHour, topic } = input;
  const states = new Map<string, MemoryState | null>(snapshot.cards.map((c) => [c.cardId, c.state]));
  const today = studyDay(now, timeZone, rolloverHour);
  const done: DoneCounts = snapshot.day === today ? { ...snapshot.doneToday } : { newCount: 0, reviewCount: 0 };
  const touched = new Set<string>();
  let applied = 0;

  const ratings = input.ratings.filter((r) => !r.cram && states.has(r.cardId)).sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  for (const r of ratings) {
    const before = states.get(r.cardId) ?? null;
    if (before?.lastReview && r.reviewedAt.getTime() <= before.lastReview.getTime()) continue;
    states.set(r.cardId, review(before ?? newMemoryState(r.reviewedAt), r.rating, r.reviewedAt, settings).next);
    touched.add(r.cardId);
    applied += 1;
    if (studyDay(r.reviewedAt, timeZone, rolloverHour) === today) {
      if (before === null) done.newCount += 1;
      else done.reviewCount += 1;
    }
  }

  const topicOf = new Map(snapshot.cards.map((c) => [c.cardId, c.topicId]));
  const scheduled = [...states].flatMap(([cardId, s]) => (s ? [{ cardId, due: s.due, state: s.state, topicId: topicOf.get(cardId) }] : []));
  const fresh = snapshot.cards.filter((c) => states.get(c.cardId) === null).map((c) => ({ cardId: c.cardId, topicId: c.topicId }));
  const queue = buildQueue({ states: scheduled, newCards: fresh, now, limits, doneToday: done, topic });
  const inTopic = (id: string) => topic === undefined || topicOf.get(id) === topic;
  const first = (snapshot.first ?? []).filter((id) => states.has(id) && !touched.has(id) && inTopic(id));
  return { order: [...new Set([...first, ...queue])], states, applied };
}
