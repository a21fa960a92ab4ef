import { MAX_CLOCK_SKEW_MS } from "../input/fields";
import { studyDay } from "../scheduling";
import type { ExportedCardState, ExportedDrillAttempt, ExportedMockInterview, ExportedReview, ExportedSettings, FileIssue, ProgressFile } from "./schema";

// Merging a progress file into an account, as a plan computed before any write. The rules:
// - Reviews, drill attempts and mock interviews are keyed by their id. An id already in this
//   account's history is the same event and is skipped (so a second import of one file adds
//   nothing). The server first gives ids that another account holds an account-scoped id
//   (accountScopedId), so a file is copied into a new account and never writes into, alters
//   or re-owns another learner's rows; an id of another account reaching this plan is still
//   refused.
// - A card state present on both sides: the one with the later lastReview wins (a state never
//   reviewed counts as the earliest); on a tie the account's own state stays.
// - DailyStat: the account's aggregates are kept and only the reviews and attempts that are new
//   to the account add their contributions, with the same rules as recording them live (a live
//   review counts in reviews, correct, timeMs, and in newCards when it was a card's first
//   non-cram rating; an undone review counts nowhere; an attempt counts in drills). The file's
//   own dailyStats are therefore never added: they would double count a day whose reviews the
//   account already holds. A mock interview adds nothing: its answers are reviews in the log.
//   Days are computed with the file's settings (the exporter's time zone and rollover hour): a
//   day that the exporter recorded under an earlier time zone may move.
// - Settings: the account's saved settings stay; the file's are applied when it has none.
// A future time (beyond clock skew) or an unknown card refuses the file, naming the place.

const DEFAULT_DAY_RULE = { timeZone: "UTC", rolloverHour: 4 };

/** What the account and the database already hold, for the ids and cards the file names. */
export type MergeContext = {
  userId: string;
  now: Date;
  /** Every card id the database knows (retired ones too: history of a retired card is kept). */
  knownCards: ReadonlySet<string>;
  /** Existing log rows with an id the file uses, whoever owns them. */
  existingReviews: ReadonlyMap<string, { userId: string; cardId: string; reviewedAt: Date; rating: number }>;
  existingAttempts: ReadonlyMap<string, { userId: string; cardId: string }>;
  existingMocks: ReadonlyMap<string, { userId: string; finishedAt: Date }>;
  /** The account's own card states for the cards the file names. */
  cardStates: ReadonlyMap<string, { lastReview: Date | null }>;
  hasSettings: boolean;
};

export type DailyDelta = { day: string; reviews: number; newCards: number; drills: number; correct: number; timeMs: number };

export type ImportPlan = {
  settings: ExportedSettings | null;
  reviews: ExportedReview[];
  drillAttempts: ExportedDrillAttempt[];
  mockInterviews: ExportedMockInterview[];
  createStates: ExportedCardState[];
  updateStates: ExportedCardState[];
  daily: DailyDelta[];
};

export type ImportSummary = {
  reviews: { added: number; present: number };
  drillAttempts: { added: number; present: number };
  mockInterviews: { added: number; present: number };
  cardStates: { added: number; updated: number; kept: number };
  days: number;
  settings: "applied" | "kept" | "none";
};

export type MergeResult = { ok: true; plan: ImportPlan; summary: ImportSummary } | { ok: false; issues: FileIssue[] };

const time = (d: Date | null) => (d ? d.getTime() : Number.NEGATIVE_INFINITY);

/** Whether the file's state replaces the account's (see the rules above). */
export function fileStateWins(file: { lastReview: Date | null }, account: { lastReview: Date | null } | undefined): boolean {
  return !account || time(file.lastReview) > time(account.lastReview);
}

/** Per-day aggregates that the given new reviews and attempts add, by the given day rule. */
export function dailyContributions(
  reviews: readonly ExportedReview[],
  attempts: readonly ExportedDrillAttempt[],
  rule: { timeZone: string; rolloverHour: number },
): DailyDelta[] {
  const days = new Map<string, DailyDelta>();
  const at = (instant: Date) => {
    const day = studyDay(instant, rule.timeZone, rule.rolloverHour);
    let d = days.get(day);
    if (!d) days.set(day, (d = { day, reviews: 0, newCards: 0, drills: 0, correct: 0, timeMs: 0 }));
    return d;
  };
  for (const r of reviews) {
    if (r.undoneAt) continue;
    const d = at(r.reviewedAt);
    d.reviews += 1;
    d.newCards += !r.previous && !r.cram ? 1 : 0;
    d.correct += r.rating > 1 ? 1 : 0;
    d.timeMs += r.durationMs;
  }
  for (const a of attempts) at(a.createdAt).drills += 1;
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

function checkCards(file: ProgressFile, ctx: MergeContext, issues: FileIssue[]) {
  const check = (list: { cardId: string }[], name: string) =>
    list.forEach((row, i) => {
      if (!ctx.knownCards.has(row.cardId)) issues.push({ path: `${name}[${i}].cardId`, message: `unknown card "${row.cardId}"` });
    });
  check(file.cardStates, "cardStates");
  check(file.reviews, "reviews");
  check(file.drillAttempts, "drillAttempts");
}

// A card state dated in the future would make the scheduler count negative elapsed days; a
// due date beyond the longest interval it can give is not one it made.
const LONGEST_MS = 36_500 * 86_400_000;

function checkStateTimes(file: ProgressFile, latest: number, issues: FileIssue[]) {
  file.cardStates.forEach((s, i) => {
    if (s.lastReview && s.lastReview.getTime() > latest)
      issues.push({ path: `cardStates[${i}].lastReview`, message: `${s.lastReview.toISOString()} is in the future` });
    if (s.due.getTime() > latest + LONGEST_MS)
      issues.push({ path: `cardStates[${i}].due`, message: `${s.due.toISOString()} is further ahead than the longest interval (36500 days)` });
  });
}

/**
 * The rows of one keyed list (reviews, drill attempts, mock interviews) that are new to the
 * database. Alike for all three: a time in the future is refused; an id of this account is
 * skipped unless the file says something else about that event (`conflict`); another
 * account's id is refused. Each refusal is pushed onto `scope.issues`, named by its place.
 */
function newRows<Row extends { id: string } & Record<K, Date>, K extends string, Existing extends { userId: string }>(
  rows: Row[],
  scope: { issues: FileIssue[]; userId: string; latest: number },
  o: { list: string; time: K; noun: string; existing: ReadonlyMap<string, Existing>; conflict: (existing: Existing, row: Row) => string | null },
): Row[] {
  const added: Row[] = [];
  rows.forEach((row, i) => {
    const at = row[o.time];
    if (at.getTime() > scope.latest) scope.issues.push({ path: `${o.list}[${i}].${o.time}`, message: `${at.toISOString()} is in the future` });
    const existing = o.existing.get(row.id);
    if (!existing) return void added.push(row);
    if (existing.userId !== scope.userId)
      scope.issues.push({ path: `${o.list}[${i}].id`, message: `${o.noun} "${row.id}" belongs to another account; nothing was imported` });
    else {
      const conflict = o.conflict(existing, row);
      if (conflict) scope.issues.push({ path: `${o.list}[${i}].id`, message: `${o.noun} "${row.id}" ${conflict}` });
    }
  });
  return added;
}

export function planImport(file: ProgressFile, ctx: MergeContext): MergeResult {
  const issues: FileIssue[] = [];
  checkCards(file, ctx, issues);
  const scope = { issues, userId: ctx.userId, latest: ctx.now.getTime() + MAX_CLOCK_SKEW_MS };
  checkStateTimes(file, scope.latest, issues);
  const reviews = newRows(file.reviews, scope, {
    list: "reviews",
    time: "reviewedAt",
    noun: "review id",
    existing: ctx.existingReviews,
    conflict: (existing, r) =>
      existing.cardId !== r.cardId || existing.reviewedAt.getTime() !== r.reviewedAt.getTime() || existing.rating !== r.rating
        ? `is already in your log as a different rating (card "${existing.cardId}" at ${existing.reviewedAt.toISOString()})`
        : null,
  });
  const drillAttempts = newRows(file.drillAttempts, scope, {
    list: "drillAttempts",
    time: "createdAt",
    noun: "attempt id",
    existing: ctx.existingAttempts,
    conflict: (existing, a) => (existing.cardId !== a.cardId ? `is already in your history for card "${existing.cardId}"` : null),
  });
  const mockInterviews = newRows(file.mockInterviews, scope, {
    list: "mockInterviews",
    time: "finishedAt",
    noun: "mock interview id",
    existing: ctx.existingMocks,
    conflict: (existing, m) =>
      existing.finishedAt.getTime() !== m.finishedAt.getTime() ? `is already in your history, finished at ${existing.finishedAt.toISOString()}` : null,
  });
  if (issues.length) return { ok: false, issues };

  const createStates = file.cardStates.filter((s) => !ctx.cardStates.has(s.cardId));
  const updateStates = file.cardStates.filter((s) => ctx.cardStates.has(s.cardId) && fileStateWins(s, ctx.cardStates.get(s.cardId)));
  const daily = dailyContributions(reviews, drillAttempts, file.settings ?? DEFAULT_DAY_RULE);
  const settings = file.settings && !ctx.hasSettings ? file.settings : null;
  return {
    ok: true,
    plan: { settings, reviews, drillAttempts, mockInterviews, createStates, updateStates, daily },
    summary: {
      reviews: { added: reviews.length, present: file.reviews.length - reviews.length },
      drillAttempts: { added: drillAttempts.length, present: file.drillAttempts.length - drillAttempts.length },
      mockInterviews: { added: mockInterviews.length, present: file.mockInterviews.length - mockInterviews.length },
      cardStates: { added: createStates.length, updated: updateStates.length, kept: file.cardStates.length - createStates.length - updateStates.length },
      days: daily.length,
      settings: settings ? "applied" : file.settings ? "kept" : "none",
    },
  };
}
