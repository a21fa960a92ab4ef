"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { SETTINGS_LIMITS, studySettingsSchema } from "@/app/_domain/scheduling";
import { asCurrentOrNewGuest } from "../auth/current-user";
import { getDb } from "../db/client";
import { forgetSettings } from "../study/settings";
import { callerAction, codedForm } from "./client";

// The form's fields: the settings a learner edits here (the language has its own switch; the
// personal FSRS weights come from the optimizer).
const formSchema = studySettingsSchema.pick({
  desiredRetention: true,
  maximumInterval: true,
  learningSteps: true,
  relearningSteps: true,
  newPerDay: true,
  reviewsPerDay: true,
  dailyGoal: true,
  timeZone: true,
  rolloverHour: true,
  newCardOrder: true,
});
const NUMERIC = new Set<string>(Object.keys(SETTINGS_LIMITS));

export type SettingsField = keyof z.infer<typeof formSchema>;

// Form fields arrive as text: numbers are read as numbers (an empty field is 0, as a number
// input sends it), the rest trimmed.
function formValues(form: FormData): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(formSchema.shape).map((k) => {
      const v = form.get(k);
      const text = typeof v === "string" ? v.trim() : undefined;
      return [k, NUMERIC.has(k) && text !== undefined ? Number(text) : text];
    }),
  );
}

// The screen words each problem in the learner's language, so it gets a code: "min:0.7",
// "max:1000", "number", "integer", or the field's own rule ("steps", "timeZone", "newCardOrder").
function codeOf(field: SettingsField, issue: z.core.$ZodIssue): string {
  if (!NUMERIC.has(field)) return field === "learningSteps" || field === "relearningSteps" ? "steps" : field;
  if (issue.code === "too_small") return `min:${issue.minimum}`;
  if (issue.code === "too_big") return `max:${issue.maximum}`;
  return issue.code === "invalid_type" && issue.expected === "int" ? "integer" : "number";
}

const settingsForm = codedForm<z.infer<typeof formSchema>>((form) => {
  const parsed = formSchema.safeParse(formValues(form));
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Partial<Record<SettingsField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as SettingsField;
    errors[field] ??= codeOf(field, issue);
  }
  return { ok: false, errors };
});

/**
 * Saves the caller's scheduling settings (a visitor becomes a guest by saving them); anything
 * invalid is named and nothing is saved.
 */
export const saveStudySettings = callerAction.inputSchema(settingsForm).stateAction(async ({ parsedInput }) => {
  const user = await asCurrentOrNewGuest(
    async (u) => {
      await getDb().userSettings.upsert({ where: { userId: u.id }, create: { userId: u.id, ...parsedInput }, update: parsedInput });
      return u;
    },
    () => true,
  );
  forgetSettings(user.id);
  revalidatePath("/study");
  return { saved: true as const };
});
