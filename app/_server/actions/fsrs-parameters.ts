"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { studySettingsSchema } from "@/app/_domain/scheduling";
import { getDb } from "../db/client";
import { OptimizerBusyError, optimizeParameters } from "../study/optimize";
import { OptimizerFailedError } from "../study/optimizer/fit-in-child";
import { forgetSettings } from "../study/settings";
import { accountAction, ActionRefusal, userAction } from "./client";

/** The codes `serverError` may carry here, each worded by the settings screen. */
export type OptimizeError = "sign_in" | "no_session" | "busy" | "server_busy" | "failed" | "unavailable";

/**
 * Runs the optimizer on the caller's own log; nothing is saved until they accept. Only for
 * signed-in accounts: a guest can make reviews at will, and a fit costs a process and a core.
 */
export const runOptimizer = accountAction.action(async ({ ctx }) => {
  try {
    return await optimizeParameters(getDb(), ctx.accountId);
  } catch (e) {
    if (e instanceof OptimizerBusyError) throw new ActionRefusal(e.scope === "user" ? "busy" : "server_busy");
    if (e instanceof OptimizerFailedError) {
      console.error(`optimizer for user ${ctx.accountId}: ${e.reason}`);
      throw new ActionRefusal("failed");
    }
    throw e;
  }
});

// The weights the learner accepted (21 finite numbers), or null to go back to the defaults.
const parametersInput = z.object({ parameters: studySettingsSchema.shape.fsrsParameters.unwrap().nullable() });

/** Saves the parameters the learner accepted, or clears them, for the caller only. */
export const saveParameters = userAction.inputSchema(parametersInput).action(async ({ parsedInput: { parameters }, ctx }) => {
  const stored = parameters === null ? null : JSON.stringify(parameters);
  await getDb().userSettings.upsert({
    where: { userId: ctx.user.id },
    create: { userId: ctx.user.id, fsrsParameters: stored },
    update: { fsrsParameters: stored },
  });
  forgetSettings(ctx.user.id);
  revalidatePath("/settings");
  return { saved: parameters ? ("personal" as const) : ("defaults" as const) };
});
