"use client";
import { useEffect, useState } from "react";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { onOutboxEvent, pendingOf } from "@/app/_ui/study/outbox";
import { useOnline } from "./use-online";
import { useServiceWorker } from "./use-service-worker";

const pill = "inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs font-medium";

/**
 * The header's offline and pending states: "Offline" while the browser has no network or the
 * server could not be reached, and how many ratings wait to be sent. Nothing when all is well.
 * A live region (not role=status, which the pages' own messages use) announces changes.
 */
export function ConnectionStatus({ owner, t }: { owner: string | null; t: Messages["offline"] }) {
  useServiceWorker(owner);
  const online = useOnline();
  const [reachable, setReachable] = useState(true);
  const [pending, setPending] = useState(0);

  useEffect(() => {
    const count = () =>
      void pendingOf(owner).then(
        (list) => setPending(list.length),
        () => {},
      );
    count();
    const stop = onOutboxEvent((e) => {
      if (e.kind === "changed") count();
      else setReachable(e.reachable);
    });
    const back = () => setReachable(true);
    window.addEventListener("online", back);
    return () => {
      stop();
      window.removeEventListener("online", back);
    };
  }, [owner]);

  const offline = !online || !reachable;
  return (
    <div aria-live="polite" aria-atomic="true" className="flex items-center gap-1.5">
      {offline ? (
        <span className={`${pill} border-warn text-warn`} title={t.offlineLong}>
          <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
            <path d="M2 6.2a9 9 0 0 1 12 0M4.3 8.6a5.6 5.6 0 0 1 7.4 0M6.6 11a2.3 2.3 0 0 1 2.8 0" />
            <path d="M2.5 2.5l11 11" />
          </svg>
          {t.offline}
          <span className="sr-only">: {t.offlineLong}</span>
        </span>
      ) : null}
      {pending > 0 ? (
        <span className={`${pill} border-border text-fg`} title={fill(offline ? t.pendingLong : t.sendingLong, { n: pending })}>
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className="size-3.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
            strokeLinejoin="round"
          >
            <path d="M8 12.5V4M4.5 7.3L8 3.8l3.5 3.5" />
          </svg>
          <span aria-hidden="true">{fill(offline ? t.pending : t.sending, { n: pending })}</span>
          <span className="sr-only">{fill(offline ? t.pendingLong : t.sendingLong, { n: pending })}</span>
        </span>
      ) : null}
    </div>
  );
}
