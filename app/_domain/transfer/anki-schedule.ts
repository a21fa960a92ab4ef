import { daysBetween, type MemoryState } from "../scheduling";

// The learner's schedule and history in Anki's terms, so Anki carries on where the app left off.
//
// Anki's units (schema 11): a card's `due` is a position for new cards, epoch seconds for cards in
// a learning step shorter than a day (queue 1), and a day number counted from the collection's
// creation for everything else; `ivl` is in days. In the revlog, `ivl` and `lastIvl` are days when
// positive and seconds when negative (a learning step), `time` is milliseconds, `type` is 0 learn,
// 1 review, 2 relearn, 3 cram.
//
// The app schedules with FSRS, which has no SM-2 ease: cards and revlog rows get Anki's starting
// ease (2500 per mille) so SM-2 has something sensible, and each seen card carries its FSRS
// memory (stability `s`, difficulty `d`) in `data`, where Anki's FSRS reads it. Anki's FSRS can
// also recompute memory from the revlog alone: it needs only each row's time, ease and type.

export const ANKI_START_EASE = 2500;
/** Anki's cap on the time a review counts (deck option "maximum answer seconds", 60 here). */
export const ANKI_MAX_TAKEN_MS = 60_000;
const DAY_S = 86_400;

export type AnkiSchedule = { type: number; queue: number; due: number; ivl: number; factor: number; reps: number; lapses: number; left: number; data: string };
export type AnkiRevlogRow = { id: number; cid: number; usn: number; ease: number; ivl: number; lastIvl: number; factor: number; time: number; type: number };

/**
 * Where the learner's calendar stands: now, and the study day of an instant (in the learner's
 * time zone and rollover hour), so "due on Thursday" stays Thursday in Anki.
 */
export type AnkiClock = { now: Date; dayOf: (instant: Date) => string };
/** How many steps the learner's learning and relearning settings have. */
export type StepCounts = { learning: number; relearning: number };

type Seen = Pick<MemoryState, "due" | "stability" | "difficulty" | "scheduledDays" | "learningSteps" | "reps" | "lapses" | "state">;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** Days from today to an instant's study day; an overdue card is due today (Anki's day 0). */
function dayNumber(instant: Date, clock: AnkiClock): number {
  return Math.max(0, daysBetween(clock.dayOf(clock.now), clock.dayOf(instant)));
}

/** A card's Anki schedule, or null for a card the learner has not seen (it stays new). */
export function ankiSchedule(state: Seen | null, clock: AnkiClock, steps: StepCounts): AnkiSchedule | null {
  if (!state || state.state === 0) return null;
  const base = {
    factor: ANKI_START_EASE,
    reps: state.reps,
    lapses: state.lapses,
    data: JSON.stringify({ s: round4(state.stability), d: round4(state.difficulty) }),
  };
  if (state.state === 2) return { ...base, type: 2, queue: 2, due: dayNumber(state.due, clock), ivl: Math.max(1, state.scheduledDays), left: 0 };
  const relearning = state.state === 3;
  // Anki keeps the steps still to go in `left` (today's in the thousands, all of them below).
  const stepsLeft = Math.max(1, (relearning ? steps.relearning : steps.learning) - state.learningSteps);
  const intraday = state.due.getTime() - clock.now.getTime() < DAY_S * 1000;
  return {
    ...base,
    type: relearning ? 3 : 1,
    queue: intraday ? 1 : 3,
    due: intraday ? Math.floor(state.due.getTime() / 1000) : dayNumber(state.due, clock),
    ivl: relearning ? Math.max(1, state.scheduledDays) : 0,
    left: stepsLeft * 1000 + stepsLeft,
  };
}

/** The revlog's interval after a review: days once the card is in review or the step is a day or more, else minus the seconds. */
export function revlogInterval(after: Pick<MemoryState, "due" | "state" | "scheduledDays">, reviewedAt: Date): number {
  if (after.state === 2) return Math.max(1, after.scheduledDays);
  const seconds = Math.round((after.due.getTime() - reviewedAt.getTime()) / 1000);
  return seconds >= DAY_S ? Math.round(seconds / DAY_S) : -Math.max(1, seconds);
}

export type RevlogReview = {
  id: string;
  cardId: string;
  rating: number;
  /** The card's state before the rating (0 new, 1 learning, 2 review, 3 relearning). */
  state: number;
  reviewedAt: Date;
  durationMs: number;
  cram: boolean;
  /** The card's memory before this rating (null: it was new). */
  previous: Pick<MemoryState, "due" | "state" | "scheduledDays"> | null;
  undoneAt: Date | null;
};

const revlogType = (r: RevlogReview) => (r.cram ? 3 : r.state === 2 ? 1 : r.state === 3 ? 2 : 0);

/**
 * One revlog row per review that shaped or exercised the schedule, oldest first: undone ones
 * are left out (taken back), cram ones kept as Anki's cram type, which leaves intervals alone.
 * The interval after a rating is the card's state before its next live rating, or its current
 * state after the last one. Reviews of cards not in the package (`cidOf` undefined) are left out.
 */
export function ankiRevlog(
  reviews: readonly RevlogReview[],
  currentState: (cardId: string) => Pick<MemoryState, "due" | "state" | "scheduledDays"> | null,
  cidOf: (cardId: string) => number | undefined,
): AnkiRevlogRow[] {
  const live = reviews
    .filter((r) => !r.undoneAt && cidOf(r.cardId) !== undefined)
    .toSorted((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || a.id.localeCompare(b.id));
  const nextScheduled = new Map<RevlogReview, RevlogReview>();
  const lastOf = new Map<string, RevlogReview>();
  for (const r of live) {
    if (r.cram) continue;
    const last = lastOf.get(r.cardId);
    if (last) nextScheduled.set(last, r);
    lastOf.set(r.cardId, r);
  }
  const ivlNow = new Map<string, number>();
  // Revlog ids are review times in ms and must be unique: two reviews in the same ms move apart.
  let lastId = -Infinity;
  return live.map((r) => {
    const lastIvl = ivlNow.get(r.cardId) ?? 0;
    let ivl = lastIvl;
    if (!r.cram) {
      const after = nextScheduled.get(r)?.previous ?? currentState(r.cardId);
      ivl = after ? revlogInterval(after, r.reviewedAt) : 0;
      ivlNow.set(r.cardId, ivl);
    }
    lastId = Math.max(r.reviewedAt.getTime(), lastId + 1);
    return {
      id: lastId,
      cid: cidOf(r.cardId)!,
      usn: -1,
      ease: r.rating,
      ivl,
      lastIvl,
      factor: ANKI_START_EASE,
      time: Math.min(r.durationMs, ANKI_MAX_TAKEN_MS),
      type: revlogType(r),
    };
  });
}
