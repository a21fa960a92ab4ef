import { default_w } from "ts-fsrs";
import { z } from "zod";
import { InvalidStepsError } from "./errors";
import { locales } from "../locale";
import { NEW_CARD_ORDERS } from "./learning-path";
import { DEFAULT_DAILY_GOAL } from "./streak";
import { isValidTimeZone } from "./study-day";
import { parseSteps } from "./steps";

/** FSRS-6 weights: the length ts-fsrs 5 (and the optimizer binding) expect, 21 today. */
export const FSRS_PARAMETER_COUNT = default_w.length;

/** The longest text a list of learning or relearning steps may be. */
export const STEPS_MAX_LENGTH = 100;

// The refinement names the token parseSteps refused, so the learner sees what to fix.
const steps = z
  .string({ error: 'must be text like "1m 10m"' })
  .max(STEPS_MAX_LENGTH, { error: `must be at most ${STEPS_MAX_LENGTH} characters` })
  .superRefine((value, ctx) => {
    try {
      parseSteps(value);
    } catch (e) {
      const token = e instanceof InvalidStepsError ? e.token : value;
      ctx.addIssue(`"${token}" should be a number followed by m, h or d (for example "1m 10m 1d")`);
    }
  });

/** The bounds of every numeric setting, whoever sets it: the settings form, a progress file or a caller of the scheduler. */
export const SETTINGS_LIMITS = {
  rolloverHour: { min: 0, max: 23 },
  newPerDay: { min: 0, max: 1000 },
  reviewsPerDay: { min: 0, max: 10000 },
  dailyGoal: { min: 1, max: 1000 },
  desiredRetention: { min: 0.7, max: 0.99 },
  maximumInterval: { min: 1, max: 36500 },
} as const;

type Limited = keyof typeof SETTINGS_LIMITS;
const rangeText = (key: Limited, digits = 0) => `must be ${SETTINGS_LIMITS[key].min.toFixed(digits)}-${SETTINGS_LIMITS[key].max.toFixed(digits)}`;
const whole = (key: Limited) =>
  z
    .number({ error: "must be a number" })
    .int({ error: "must be a whole number" })
    .min(SETTINGS_LIMITS[key].min, { error: rangeText(key) })
    .max(SETTINGS_LIMITS[key].max, { error: rangeText(key) });

/**
 * Every setting a learner keeps, with its rule. Each edge takes the fields it needs with
 * `.pick()`/`.omit()` (the scheduler, the progress file, the settings form), so a limit is
 * changed here once. Messages name the rule; the edge adds the field's place.
 */
export const studySettingsSchema = z.object({
  timeZone: z.string({ error: "must be text" }).refine(isValidTimeZone, { error: "must be an IANA time zone such as Asia/Seoul" }),
  rolloverHour: whole("rolloverHour"),
  locale: z.enum(locales, { error: `must be ${locales.map((l) => `"${l}"`).join(" or ")}` }),
  newPerDay: whole("newPerDay"),
  reviewsPerDay: whole("reviewsPerDay"),
  dailyGoal: whole("dailyGoal"),
  desiredRetention: z
    .number({ error: "must be a number" })
    .finite({ error: "must be a finite number" })
    .min(SETTINGS_LIMITS.desiredRetention.min, { error: rangeText("desiredRetention", 2) })
    .max(SETTINGS_LIMITS.desiredRetention.max, { error: rangeText("desiredRetention", 2) }),
  maximumInterval: whole("maximumInterval"),
  learningSteps: steps,
  relearningSteps: steps,
  newCardOrder: z.enum(NEW_CARD_ORDERS, { error: `must be ${NEW_CARD_ORDERS.join(" or ")}` }),
  // Personal weights from the optimizer; absent means ts-fsrs's defaults.
  fsrsParameters: z
    .array(z.number().finite({ error: "must be finite numbers" }))
    .length(FSRS_PARAMETER_COUNT, { error: `must be a list of ${FSRS_PARAMETER_COUNT} numbers` })
    .optional(),
});

export type StudySettings = z.infer<typeof studySettingsSchema>;

export const defaultSettings: StudySettings = {
  timeZone: "UTC",
  rolloverHour: 4,
  locale: "ko",
  newPerDay: 20,
  reviewsPerDay: 200,
  dailyGoal: DEFAULT_DAILY_GOAL,
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  newCardOrder: "interleaved",
  fsrsParameters: undefined,
};

/** What the scheduler needs of the settings (it knows nothing of days, limits or users). */
export const schedulerSettingsSchema = studySettingsSchema
  .pick({ desiredRetention: true, maximumInterval: true, learningSteps: true, relearningSteps: true })
  .extend({ parameters: studySettingsSchema.shape.fsrsParameters });

export type SchedulerSettings = z.infer<typeof schedulerSettingsSchema>;

/** The scheduler's view of a learner's settings. */
export function schedulerSettingsOf(s: StudySettings): SchedulerSettings {
  return {
    desiredRetention: s.desiredRetention,
    maximumInterval: s.maximumInterval,
    learningSteps: s.learningSteps,
    relearningSteps: s.relearningSteps,
    parameters: s.fsrsParameters,
  };
}

export const defaultSchedulerSettings: SchedulerSettings = schedulerSettingsOf(defaultSettings);
