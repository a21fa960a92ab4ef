"use server";
import { revalidatePath } from "next/cache";
import { clearGuestCookie, cookieGuest, sessionUserId } from "../auth/current-user";
import { discardGuest, mergeGuestInto } from "../auth/guest-progress";
import { getDb } from "../db/client";
import { forgetSettings } from "../study/settings";

export type GuestChoiceState = { done?: "merged" | "discarded"; error?: "failed" };

/**
 * The signed-in learner's answer to "you studied here as a guest": add it to the account, or
 * discard it. Both need a signed-in account and this browser's guest cookie (nothing else is
 * read from the request), and both end with the guest gone and its cookie forgotten.
 */
export async function chooseGuestProgress(_prev: GuestChoiceState, form: FormData): Promise<GuestChoiceState> {
  const choice = form.get("choice");
  if (choice !== "merge" && choice !== "discard") return { error: "failed" };
  const [accountId, guest] = await Promise.all([sessionUserId(), cookieGuest()]);
  if (!accountId || !guest || guest.id === accountId) {
    // Nothing to decide any more (another tab did it): forget a stale cookie all the same.
    await clearGuestCookie();
    return { error: "failed" };
  }
  const db = getDb();
  if (choice === "merge") {
    const result = await mergeGuestInto(db, guest.id, accountId, new Date());
    if (!result.ok) return { error: "failed" };
    forgetSettings(accountId);
  } else {
    await discardGuest(db, guest.id);
  }
  await clearGuestCookie();
  revalidatePath("/", "layout");
  return { done: choice === "merge" ? "merged" : "discarded" };
}
