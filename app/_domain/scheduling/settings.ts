import { z } from "zod";
import { parseSteps } from "./steps";

export const schedulerSettingsSchema = z.object({
  desiredRetention: z.number({ error: "desired retention must be a number" }).min(0.7, { error: "desired retention must be at least 0.70" }).max(0.99, { error: "desired retention must be at most 0.99" }),
  maximumInterval: z.number().int({ error: "maximum interval must be a whole number of days" }).min(1).max(36500, { error: "maximum interval must be at most 36500 days" }),
  learningSteps: z.string().max(100).refine((s) => { try { parseSteps(s); return true; } catch { return false; } }, { error: 'learning steps look like "1m 10m"' }),
  relearningSteps: z.string().max(100).refine((s) => { try { parseSteps(s); return true; } catch { return false; } }, { error: 'relearning steps look like "10m"' }),
  // FSRS-6 has 21 parameters (ts-fsrs 5 and the optimizer agree on it).
  parameters: z.array(z.number().finite()).length(21, { error: "FSRS parameters are a list of 21 numbers" }).optional(),
});

export type SchedulerSettings = z.infer<typeof schedulerSettingsSchema>;

export const defaultSchedulerSettings: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
};
