import { fsrs, generatorParameters, type Card, type FSRS } from "ts-fsrs";
import { InvalidArgumentError, InvalidRatingError, InvalidSchedulerSettingsError } from "./errors";
import type { MemoryState, Rating } from "./memory-state";
import { schedulerSettingsSchema, type SchedulerSettings } from "./settings";
import { parseSteps } from "./steps";

// Building an FSRS instance (and validating its settings) costs far more than a review, so
// instances are kept per settings: a review is then a few microseconds. Few distinct settings
// exist at once (one per learner who changed them), and the bound keeps a long-running server
// from growing without end.
const instances = new Map<string, FSRS>();
const MAX_INSTANCES = 200;

function settingsKey(s: SchedulerSettings): string {
  // Only the fields the scheduler reads, so a caller passing a wider object shares the instance.
  return [s.desiredRetention, s.maximumInterval, s.learningSteps, s.relearningSteps, s.parameters?.join(",") ?? ""].join("|");
}

function scheduler(settings: SchedulerSettings): FSRS {
  const key = settingsKey(settings);
  let f = instances.get(key);
  // Stryker disable next-line ConditionalExpression: building a new instance each time is slower, not different.
  if (!f) {
    // Validated once per distinct settings, never on the hot path.
    const parsed = schedulerSettingsSchema.safeParse(settings);
    if (!parsed.success)
      throw new InvalidSchedulerSettingsError(
        settings,
        parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`),
      );
    const s = parsed.data;
    f = fsrs(
      generatorParameters({
        request_retention: s.desiredRetention,
        maximum_interval: s.maximumInterval,
        learning_steps: parseSteps(s.learningSteps),
        relearning_steps: parseSteps(s.relearningSteps),
        // Fuzz spreads cards learned together over neighbouring days. ts-fsrs seeds it from the
        // review time and the card's state, so the same inputs still give the same output.
        enable_fuzz: true,
        enable_short_term: true,
        ...(s.parameters ? { w: s.parameters } : {}),
      }),
    );
    // Stryker disable next-line all: the bound limits memory, not what any call returns.
    if (instances.size >= MAX_INSTANCES) instances.clear();
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
    ...(m.lastReview ? { last_review: m.lastReview } : {}),
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
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

/** One row of the review log: the card as it was before the rating, as ts-fsrs records it. */
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

function checkRating(rating: unknown): asserts rating is Rating {
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) throw new InvalidRatingError(rating);
}

function checkNow(now: Date): void {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new InvalidArgumentError("now", now, "a valid Date");
}

/** One rating: the next memory state and the log entry describing the review. */
export function review(state: MemoryState, rating: Rating, now: Date, settings: SchedulerSettings): { next: MemoryState; log: ReviewLogEntry } {
  checkRating(rating);
  checkNow(now);
  const { card, log } = scheduler(settings).next(toCard(state), now, rating);
  // ts-fsrs keeps Easy at least one day beyond Good, which can pass a small maximum
  // interval; the learner's cap wins.
  // Stryker disable next-line EqualityOperator: at the cap, capping changes nothing.
  if (card.scheduled_days > settings.maximumInterval) {
    card.scheduled_days = settings.maximumInterval;
    card.due = new Date(now.getTime() + settings.maximumInterval * 86_400_000);
  }
  return {
    next: fromCard(card),
    log: {
      rating,
      state: log.state,
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

/**
 * "45s", "10m", "3h", "4d", "3.2mo", "1.2y": what the rating buttons show. Months are 30 days
 * and years 365: a label is a hint, and round numbers read faster than calendar-exact ones.
 */
export function intervalLabel(ms: number): string {
  const min = ms / 60_000;
  if (min < 1) return `${Math.max(0, Math.round(ms / 1000))}s`;
  if (min < 59.5) return `${Math.round(min)}m`;
  const h = min / 60;
  if (h < 23.5) return `${Math.round(h)}h`;
  const d = h / 24;
  if (d < 29.5) return `${Math.round(d)}d`;
  if (d < 365) return `${(d / 30).toFixed(1).replace(/\.0$/, "")}mo`;
  return `${(d / 365).toFixed(1).replace(/\.0$/, "")}y`;
}

export type IntervalPreview = { rating: Rating; due: Date; label: string };

/**
 * The due date and label each rating (1..4) would give now: exactly what review() would
 * return for it, fuzz included, so the button never promises another interval than it gives.
 */
export function previewIntervals(state: MemoryState, now: Date, settings: SchedulerSettings): IntervalPreview[] {
  return ([1, 2, 3, 4] as const).map((rating) => {
    const { next } = review(state, rating, now, settings);
    return { rating, due: next.due, label: intervalLabel(next.due.getTime() - now.getTime()) };
  });
}
