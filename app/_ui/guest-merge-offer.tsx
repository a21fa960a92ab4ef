"use client";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef } from "react";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { chooseGuestProgress } from "@/app/_server/actions/guest-progress";

type T = Messages["auth"]["merge"];
const count = (forms: { one: string; other: string }, n: number) => (n === 1 ? forms.one : fill(forms.other, { n }));

/**
 * Shown under the header while a signed-in learner's browser still holds guest study: add it to
 * the account or discard it. Stays mounted (progress null) so that the outcome can be read out
 * after the page refreshes without the offer.
 */
export function GuestMergeOffer({ progress, t }: { progress: { reviews: number; cards: number } | null; t: T }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(chooseGuestProgress, {});
  const done = state.data?.done;
  const outcome = useRef<HTMLParagraphElement>(null);
  // Any refusal (another tab decided, the session ended, a bad choice) reads as "that failed".
  const message = done ? t[done] : state.serverError || state.validationErrors ? t.failed : "";
  useEffect(() => {
    // The buttons that had focus are gone: focus moves to the outcome, which is read out.
    if (message) outcome.current?.focus();
    if (done) router.refresh();
  }, [message, done, router]);
  return (
    <div>
      {/* Rendered only with a message: pages keep their own single status region otherwise. */}
      {message ? (
        <p ref={outcome} tabIndex={-1} role="status" className="mb-6 rounded-md border border-border bg-card p-3 text-sm">
          {message}
        </p>
      ) : null}
      {progress && !done ? (
        <section aria-labelledby="guest-merge-heading" className="mb-6 rounded-md border border-accent bg-card p-4">
          <h2 id="guest-merge-heading" className="font-semibold">
            {t.heading}
          </h2>
          <p className="mt-1 text-sm">{fill(t.text, { reviews: count(t.reviews, progress.reviews), cards: count(t.cards, progress.cards) })}</p>
          <form action={action} className="mt-3 flex flex-wrap gap-2">
            <button
              type="submit"
              name="choice"
              value="merge"
              disabled={pending}
              className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60"
            >
              {t.merge}
            </button>
            <button type="submit" name="choice" value="discard" disabled={pending} className="rounded-md border border-border px-4 py-2 disabled:opacity-60">
              {t.discard}
            </button>
          </form>
        </section>
      ) : null}
    </div>
  );
}
