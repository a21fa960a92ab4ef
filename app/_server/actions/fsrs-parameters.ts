"use server";
import { revalidatePath } from "next/cache";
import { MIN_REVIEWS_TO_OPTIMIZE, schedulerSettingsSchema } from "@/app/_domain/scheduling";
import { currentUser } from "../auth/current-user";
import { getDb } from "../db/client";
import { optimizeParameters, type OptimizeResult } from "../study/optimize";
import { forgetSettings } from "../study/settings";

export type OptimizeState = { result?: OptimizeResult; error?: string; saved?: "personal" | "defaults" };

/** Runs the optimizer on the caller's own log; nothing is saved until they accept. */
export async function runOptimizer(): Promise<OptimizeState> {
  const user = await currentUser();
  if (!user) return { result: { status: "not_enough", reviews: 0, needed: MIN_REVIEWS_TO_OPTIMIZE } };
  return { result: await optimizeParameters(getDb(), user.id) };
}

/** Saves the parameters the learner accepted (validated: 21 finite numbers), or clears them. */
export async function saveParameters(parameters: number[] | null): Promise<OptimizeState> {
  const user = await currentUser();
  if (!user) return { error: "no_reviews" };
  let stored: string | null = null;
  if (parameters !== null) {
    const parsed = schedulerSettingsSchema.shape.parameters.safeParse(parameters);
    if (!parsed.success || !parsed.data) return { error: "invalid" };
    stored = JSON.stringify(parsed.data);
  }
  await getDb().userSettings.upsert({ where: { userId: user.id }, create: { userId: user.id, fsrsParameters: stored }, update: { fsrsParameters: stored } });
  forgetSettings(user.id);
  revalidatePath("/settings");
  return { saved: parameters ? "personal" : "defaults" };
}
