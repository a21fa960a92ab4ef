"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { isValidTimeZone, NEW_CARD_ORDERS, parseSteps } from "@/app/_domain/scheduling";
import { asCurrentOrNewGuest } from "../auth/current-user";
import { getDb } from "../db/client";
import { forgetSettings } from "../study/settings";

const steps = z.string().trim().max(100).refine((s) => { try { parseSteps(s); return true; } catch { return false; } }, { error: "steps" });
const int = (min: number, max: number) => z.coerce.number({ error: "number" }).int({ error: "integer" }).min(min, { error: `min:${min}` }).max(max, { error: `max:${max}` });

const settingsSchema = z.object({
  desiredRetention: z.coerce.number({ error: "number" }).min(0.7, { error: "min:0.7" }).max(0.99, { error: "max:0.99" }),
  maximumInterval: int(1, 36500),
  learningSteps: steps,
  relearningSteps: steps,
  newPerDay: int(0, 1000),
  reviewsPerDay: int(0, 10000),
  dailyGoal: int(1, 1000),
  timeZone: z.string().trim().refine(isValidTimeZone, { error: "timeZone" }),
  rolloverHour: int(0, 23),
  newCardOrder: z.enum(NEW_CARD_ORDERS, { error: "newCardOrder" }),
});

export type SettingsField = keyof z.infer<typeof settingsSchema>;
export type SettingsState = { ok: boolean; errors?: Partial<Record<SettingsField, string>> };

/** Saves the learner's scheduling settings; anything invalid is named and nothing is saved. */
export async function saveStudySettings(_prev: SettingsState, form: FormData): Promise<SettingsState> {
  const parsed = settingsSchema.safeParse(Object.fromEntries(Object.keys(settingsSchema.shape).map((k) => [k, form.get(k) ?? undefined])));
  if (!parsed.success) {
    const errors: SettingsState["errors"] = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as SettingsField] ??= issue.message;
    return { ok: false, errors };
  }
  const user = await asCurrentOrNewGuest(async (u) => {
    await getDb().userSettings.upsert({ where: { userId: u.id }, create: { userId: u.id, ...parsed.data }, update: parsed.data });
    return u;
  }, () => true);
  forgetSettings(user.id);
  revalidatePath("/study");
  return { ok: true };
}
