import { z } from "zod";
import { dateTime, idText } from "../input/fields";
import { KEBAB_ID } from "../content/schema";
import { readMockResult } from "../interview/mock-result";
import { S_MAX, S_MIN } from "ts-fsrs";
import { isValidDay, studySettingsSchema, type StudySettings } from "../scheduling";

// The progress file: one learner's whole history, written by export and read back by import.
// Dates travel as ISO 8601 strings and come out of the parse as Date objects, so the rest of
// the code deals with strict types only. A change of shape gets a new `version`.
export const PROGRESS_FORMAT = "tcp-srs-progress";
export const PROGRESS_VERSION = 1;

const MAX_ROWS = 100_000;
const DAY_MS = 24 * 60 * 60_000;

const date = dateTime("must be an ISO 8601 date-time");
const count = z.number({ error: "must be a number" }).int({ error: "must be a whole number" }).min(0, { error: "must be 0 or more" });
const finite = z.number({ error: "must be a number" }).finite({ error: "must be a finite number" });
const cardId = idText("the card id", 120);
const stateKind = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)], { error: "must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)" });
const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "must be 1-4" });
// What ts-fsrs accepts of a card it has seen: difficulty 1-10, stability S_MIN-S_MAX days (it
// clamps what it computes to these; a state outside them, imported, made every later rating of
// the card fail). A card still new (state 0) carries zeros, as newMemoryState makes it.
const MIN_DIFFICULTY = 1;
const MAX_DIFFICULTY = 10;
const days = count.max(S_MAX, { error: `must be at most ${S_MAX} days` });

const memoryStateFields = {
  due: date,
  stability: finite.min(0, { error: "must be 0 or more" }).max(S_MAX, { error: `must be at most ${S_MAX}` }),
  difficulty: finite.min(0, { error: "must be 0 or more" }).max(MAX_DIFFICULTY, { error: `must be at most ${MAX_DIFFICULTY}` }),
  elapsedDays: days,
  scheduledDays: days,
  learningSteps: count.max(100, { error: "must be at most 100" }),
  reps: count,
  lapses: count,
  state: stateKind,
  lastReview: date.nullable(),
};

/** Stability and difficulty within what the scheduler takes for the state the card is in. */
function schedulable(s: { state: number; stability: number; difficulty: number }, ctx: z.RefinementCtx) {
  const seen = s.state !== 0 || s.stability !== 0 || s.difficulty !== 0;
  if (!seen) return;
  if (s.stability < S_MIN)
    ctx.addIssue({ code: "custom", path: ["stability"], message: `must be at least ${S_MIN} for a card in state ${s.state} (got ${s.stability})` });
  if (s.difficulty < MIN_DIFFICULTY)
    ctx.addIssue({
      code: "custom",
      path: ["difficulty"],
      message: `must be ${MIN_DIFFICULTY}-${MAX_DIFFICULTY} for a card in state ${s.state} (got ${s.difficulty})`,
    });
}

export const memoryStateSchema = z.object(memoryStateFields).superRefine(schedulable);

export const cardStateSchema = z
  .object({ cardId, ...memoryStateFields })
  .strict()
  .superRefine(schedulable);

export const reviewSchema = z
  .object({
    id: z.uuid({ error: "must be a UUID" }),
    cardId,
    rating,
    // The scheduler's log entry of this rating (ts-fsrs ReviewLog): the state before it, etc.
    state: stateKind,
    due: date,
    stability: finite,
    difficulty: finite,
    elapsedDays: count,
    lastElapsedDays: count,
    scheduledDays: count,
    learningSteps: count,
    reviewedAt: date,
    durationMs: count.max(DAY_MS, { error: "must be at most one day in milliseconds" }),
    cram: z.boolean({ error: "must be true or false" }),
    // The card's memory state before this rating (null: the card was new), kept for exact undo.
    previous: z.object(memoryStateFields).strict().superRefine(schedulable).nullable(),
    undoneAt: date.nullable(),
  })
  .strict();

export const drillAttemptSchema = z
  .object({
    id: idText("the id", 64),
    cardId,
    kind: z.enum(["simulator", "interview"], { error: 'must be "simulator" or "interview"' }),
    score: finite.min(0, { error: "must be 0-1" }).max(1, { error: "must be 0-1" }),
    // Stored as the JSON text the app wrote, so a round trip is byte for byte.
    answer: z.string({ error: "must be JSON text" }).max(200_000),
    result: z.string({ error: "must be JSON text" }).max(200_000),
    createdAt: date,
  })
  .strict();

// The result is kept as the JSON text the app wrote (byte for byte, like a drill attempt's),
// but its shape is checked here, so a bad one is named by its place in the file
// (mockInterviews[2].result.readiness[0].score) instead of breaking the progress page later.
const mockResultText = z
  .string({ error: "must be JSON text" })
  .max(200_000, { error: "must be at most 200000 characters" })
  .superRefine((text, ctx) => {
    const read = readMockResult(text);
    if (!read.ok) for (const issue of read.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });

export const mockInterviewSchema = z
  .object({
    id: z.uuid({ error: "must be a UUID" }),
    finishedAt: date,
    result: mockResultText,
    // The misconceptions the session revealed, which bring their remedial cards to the front for
    // a while (a list here; a space-separated column in the database).
    misconceptions: z
      .array(z.string().regex(KEBAB_ID, { error: "must be a kebab-case misconception id" }).max(120), { error: "must be a list of misconception ids" })
      .max(100, { error: "must have at most 100 entries" }),
  })
  .strict();

export const dailyStatSchema = z
  .object({
    day: z.string().refine(isValidDay, { error: "must be a date YYYY-MM-DD" }),
    reviews: count,
    newCards: count,
    drills: count,
    correct: count,
    timeMs: count,
  })
  .strict();

// The file keeps every setting but the new-card order (added later; an import keeps the account's),
// with personal FSRS weights as a list or null.
export const settingsSchema = studySettingsSchema
  .omit({ newCardOrder: true, fsrsParameters: true })
  .extend({ fsrsParameters: studySettingsSchema.shape.fsrsParameters.unwrap().nullable() })
  .strict();

/** Adds an issue for every repeat of a key in a list, at the repeat's own index. */
function unique<T>(key: (row: T) => string, what: string) {
  return (rows: T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const k = key(row);
      const first = seen.get(k);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: [i], message: `repeats the ${what} "${k}" of [${first}]` });
      else seen.set(k, i);
    });
  };
}

const list = <S extends z.ZodType>(row: S) => z.array(row, { error: "must be a list" }).max(MAX_ROWS, { error: `must have at most ${MAX_ROWS} entries` });

export const progressFileSchema = z
  .object({
    format: z.literal(PROGRESS_FORMAT, { error: `must be "${PROGRESS_FORMAT}" (is this a progress export of this app?)` }),
    version: z.literal(PROGRESS_VERSION, { error: `must be ${PROGRESS_VERSION}: this app reads version ${PROGRESS_VERSION} files` }),
    exportedAt: date,
    settings: settingsSchema.nullable(),
    cardStates: list(cardStateSchema).superRefine(unique((s: { cardId: string }) => s.cardId, "card")),
    reviews: list(reviewSchema).superRefine(unique((r: { id: string }) => r.id, "review id")),
    drillAttempts: list(drillAttemptSchema).superRefine(unique((d: { id: string }) => d.id, "attempt id")),
    dailyStats: list(dailyStatSchema).superRefine(unique((d: { day: string }) => d.day, "day")),
    // Added after the first files were written: a file without it (no sessions) still reads.
    mockInterviews: list(mockInterviewSchema)
      .superRefine(unique((m: { id: string }) => m.id, "mock interview id"))
      .default([]),
  })
  .strict();

export type ProgressFile = z.output<typeof progressFileSchema>;
export type ProgressJson = z.input<typeof progressFileSchema>;
export type ExportedCardState = ProgressFile["cardStates"][number];
export type ExportedReview = ProgressFile["reviews"][number];
export type ExportedDrillAttempt = ProgressFile["drillAttempts"][number];
export type ExportedDailyStat = ProgressFile["dailyStats"][number];
export type ExportedMockInterview = ProgressFile["mockInterviews"][number];
export type ExportedSettings = NonNullable<ProgressFile["settings"]>;

/** A learner's settings as the progress file keeps them. */
export function exportedSettings(s: StudySettings): ExportedSettings {
  const { timeZone, rolloverHour, locale, newPerDay, reviewsPerDay, dailyGoal, desiredRetention, maximumInterval, learningSteps, relearningSteps } = s;
  return {
    timeZone,
    rolloverHour,
    locale,
    newPerDay,
    reviewsPerDay,
    dailyGoal,
    desiredRetention,
    maximumInterval,
    learningSteps,
    relearningSteps,
    fsrsParameters: s.fsrsParameters ?? null,
  };
}

/** One thing wrong with a file: where (`reviews[12].rating`) and what. */
export type FileIssue = { path: string; message: string };

/** A zod path as a reader writes it: reviews[12].rating. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `${out ? "." : ""}${String(p)}`;
  return out || "file";
}

export function issuesOf(error: z.ZodError): FileIssue[] {
  return error.issues.map((i) => ({ path: formatPath(i.path), message: i.message }));
}

export type ParseResult = { ok: true; file: ProgressFile } | { ok: false; issues: FileIssue[] };

/** Validates a parsed JSON value as a progress file. */
export function parseProgressFile(json: unknown): ParseResult {
  const parsed = progressFileSchema.safeParse(json);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}
