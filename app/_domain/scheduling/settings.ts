import { default_w } from "ts-fsrs";
import { z } from "zod";
import { InvalidStepsError } from "./errors";
import type { NewCardOrder } from "./learning-path";
import { parseSteps } from "./steps";

/** FSRS-6 weights: the length ts-fsrs 5 (and the optimizer binding) expect, 21 today. */
export const FSRS_PARAMETER_COUNT = default_w.length;

// The refinement names the token parseSteps refused, so the learner sees what to fix.
const steps = (what: string) =>
  z
    .string({ error: `${what} must be text like "1m 10m"` })
    .max(100, { error: `${what} must be at most 100 characters` })
    .superRefine((value, ctx) => {
      try {
        parseSteps(value);
      } catch (e) {
        const token = e instanceof InvalidStepsError ? e.token : value;
        ctx.addIssue(`${what}: "${token}" should be a number followed by m, h or d (for example "1m 10m")`);
      }
    });

export const schedulerSettingsSchema = z.object({
  desiredRetention: z
    .number({ error: "desired retention must be a number" })
    .min(0.7, { error: "desired retention must be at least 0.70" })
    .max(0.99, { error: "desired retention must be at most 0.99" }),
  maximumInterval: z
    .number({ error: "maximum interval must be a number of days" })
    .int({ error: "maximum interval must be a whole number of days" })
    .min(1, { error: "maximum interval must be at least 1 day" })
    .max(36500, { error: "maximum interval must be at most 36500 days" }),
  learningSteps: steps("learning steps"),
  relearningSteps: steps("relearning steps"),
  // Personal weights from the optimizer; absent means ts-fsrs's defaults.
  parameters: z
    .array(z.number().finite({ error: "FSRS parameters must be finite numbers" }))
    .length(FSRS_PARAMETER_COUNT, { error: `FSRS parameters are a list of ${FSRS_PARAMETER_COUNT} numbers` })
    .optional(),
});

export type SchedulerSettings = z.infer<typeof schedulerSettingsSchema>;

export const defaultSchedulerSettings: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
};

/** A learner's study settings: the scheduler's, their day and their daily limits. */
export type StudySettings = {
  timeZone: string;
  rolloverHour: number;
  locale: "ko" | "en";
  newPerDay: number;
  reviewsPerDay: number;
  dailyGoal: number;
  desiredRetention: number;
  maximumInterval: number;
  learningSteps: string;
  relearningSteps: string;
  newCardOrder: NewCardOrder;
  fsrsParameters: number[] | undefined;
};

export const defaultSettings: StudySettings = {
  timeZone: "UTC",
  rolloverHour: 4,
  locale: "ko",
  newPerDay: 20,
  reviewsPerDay: 200,
  dailyGoal: 1,
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  newCardOrder: "interleaved",
  fsrsParameters: undefined,
};
