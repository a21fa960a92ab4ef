"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { clearGuestCookie, cookieGuest } from "../auth/current-user";
import { discardGuest, mergeGuestInto } from "../auth/guest-progress";
import { getDb } from "../db/client";
import { forgetSettings } from "../study/settings";
import { accountAction, ActionRefusal, formInput } from "./client";

const choiceInput = formInput(z.object({ choice: z.enum(["merge", "discard"]) }));

/**
 * The signed-in learner's answer to "you studied here as a guest": add it to the account, or
 * discard it. Both need a signed-in account and this browser's guest cookie (nothing else is
 * read from the request), and both end with the guest gone and its cookie forgotten.
 */
export const chooseGuestProgress = accountAction.inputSchema(choiceInput).stateAction(async ({ parsedInput: { choice }, ctx: { accountId } }) => {
  const guest = await cookieGuest();
  if (!guest || guest.id === accountId) {
    // Nothing to decide any more (another tab did it): forget a stale cookie all the same.
    await clearGuestCookie();
    throw new ActionRefusal("failed");
  }
  const db = getDb();
  if (choice === "merge") {
    const result = await mergeGuestInto(db, guest.id, accountId, new Date());
    if (!result.ok) throw new ActionRefusal("failed");
    forgetSettings(accountId);
  } else {
    await discardGuest(db, guest.id);
  }
  await clearGuestCookie();
  revalidatePath("/", "layout");
  return { done: choice === "merge" ? ("merged" as const) : ("discarded" as const) };
});
