"use server";
import { revalidatePath } from "next/cache";
import { schedulerSettingsSchema } from "@/app/_domain/scheduling";
import { currentUser } from "../auth/current-user";
import { getDb } from "../db/client";
import { OptimizerBusyError, optimizeParameters, type OptimizeResult } from "../study/optimize";
import { OptimizerFailedError } from "../study/optimizer/fit-in-child";
import { forgetSettings } from "../study/settings";

export type OptimizeError = "sign_in" | "busy" | "server_busy" | "failed" | "invalid" | "no_reviews";
export type OptimizeState = { result?: OptimizeResult; error?: OptimizeError; saved?: "personal" | "defaults" };

/**
 * Runs the optimizer on the caller's own log; nothing is saved until they accept. Only for
 * signed-in accounts: a guest can make reviews at will, and a fit costs a process and a core.
 */
export async function runOptimizer(): Promise<OptimizeState> {
  const user = await currentUser();
  if (!user || user.isGuest) return { error: "sign_in" };
  try {
    return { result: await optimizeParameters(getDb(), user.id) };
  } catch (e) {
    if (e instanceof OptimizerBusyError) return { error: e.scope === "user" ? "busy" : "server_busy" };
    if (e instanceof OptimizerFailedError) {
      console.error(`optimizer for user ${user.id}: ${e.reason}`);
      return { error: "failed" };
    }
    throw e;
  }
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
