import { fsrs, generatorParameters, type Card, type FSRS, type Grade } from "ts-fsrs";
import type { MemoryState, Rating } from "./memory-state";
import type { SchedulerSettings } from "./settings";
import { parseSteps } from "./steps";

// Building an FSRS instance costs far more than a review, so instances are kept per settings.
const instances = new Map<string, FSRS>();

function scheduler(settings: SchedulerSettings): FSRS {
  const key = JSON.stringify(settings);
  let f = instances.get(key);
  if (!f) {
    f = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumInterval,
        learning_steps: parseSteps(settings.learningSteps),
        relearning_steps: parseSteps(settings.relearningSteps),
        enable_fuzz: true,
        enable_short_term: true,
        ...(settings.parameters ? { w: settings.parameters } : {}),
      }),
    );
    if (instances.size > 100) instances.clear();
    instances.set(key, f);
  }
  return f;
}

function toCard(m: MemoryState): Card {
  return {
    due: m.due,
    stability: m.stability,
    difficulty: m.difficulty,
    elapsed_days: m.elapsedDays,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    state: m.state,
    last_review: m.lastReview ?? undefined,
  };
}

function fromCard(c: Card): MemoryState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as MemoryState["state"],
    lastReview: c.last_review ?? null,
  };
}

export type ReviewLogEntry = {
  rating: Rating;
  state: MemoryState["state"];
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
};

/** One rating: the next memory state and the log entry ts-fsrs describes it with. */
export function review(state: MemoryState, rating: Rating, now: Date, settings: SchedulerSettings): { next: MemoryState; log: ReviewLogEntry } {
  const { card, log } = scheduler(settings).next(toCard(state), now, rating as Grade);
  // ts-fsrs keeps Easy at least one day beyond Good, which can pass a small maximum
  // interval; the learner's cap wins.
  if (card.scheduled_days > settings.maximumInterval) {
    card.scheduled_days = settings.maximumInterval;
    card.due = new Date(now.getTime() + settings.maximumInterval * 86_400_000);
  }
  return {
    next: fromCard(card),
    log: {
      rating,
      state: log.state as MemoryState["state"],
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: log.review,
    },
  };
}

/** "45s", "10m", "3h", "4d", "2.5mo", "1.2y": what the rating buttons show. */
export function intervalLabel(ms: number): string {
  const min = ms / 60_000;
  if (min < 1) return `${Math.max(0, Math.round(ms / 1000))}s`;
  if (min < 60) return `${Math.round(min)}m`;
  const h = min / 60;
  if (h < 24) return `${Math.round(h)}h`;
  const d = h / 24;
  if (d < 30) return `${Math.round(d)}d`;
  if (d < 365) return `${(d / 30).toFixed(1).replace(/\.0$/, "")}mo`;
  return `${(d / 365).toFixed(1).replace(/\.0$/, "")}y`;
}

/** The due date and label each rating (1..4) would give now. */
export function previewIntervals(state: MemoryState, now: Date, settings: SchedulerSettings): { rating: Rating; due: Date; label: string }[] {
  return ([1, 2, 3, 4] as const).map((rating) => {
    const { next } = review(state, rating, now, settings);
    return { rating, due: next.due, label: intervalLabel(next.due.getTime() - now.getTime()) };
  });
}
