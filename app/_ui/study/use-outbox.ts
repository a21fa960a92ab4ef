"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { adoptLegacyOutbox, addRating, forget, onOutboxEvent, pendingOf, sendPending, takeBack, type PendingRating, type SendReport } from "./outbox";
import { askWorkerToSend, requestBackgroundSync } from "@/app/_ui/offline/worker-client";

const RETRY_MS = 5000;
/** This page's build, inlined by npm run build; the worker of another build refuses its sends. */
export const APP_BUILD = process.env.NEXT_PUBLIC_APP_BUILD || undefined;

/**
 * The study session's side of the outbox: how many of this user's ratings wait, adding one,
 * taking one back, and sending them now, on every change of the network, every few seconds,
 * and (through the worker) in the background where the browser has Background Sync.
 */
export function useOutbox(owner: string | null, onRejected: (message: string) => void) {
  const [waiting, setWaiting] = useState(0);
  const sending = useRef(false);
  // A rating kept while a send is under way is not in that send's list: one more round follows
  // at once, instead of the rating waiting for the next retry.
  const again = useRef(false);
  // Where IndexedDB cannot be opened (some private windows), ratings wait in memory instead:
  // kept while the page is open, sent the same way.
  const inMemory = useRef<PendingRating[]>([]);
  const rejected = useRef(onRejected);
  useEffect(() => {
    rejected.current = onRejected;
  }, [onRejected]);

  const count = useCallback(async () => {
    const stored = await pendingOf(owner).catch(() => []);
    setWaiting(stored.length + inMemory.current.length);
  }, [owner]);

  const sendInMemory = useCallback(async () => {
    while (inMemory.current.length > 0) {
      const first = inMemory.current[0]!;
      const res = await fetch("/api/reviews", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(first) }).catch(
        () => null,
      );
      if (!res || res.status >= 500 || res.status === 408 || res.status === 429) return;
      inMemory.current.shift();
      if (!res.ok) rejected.current(((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${res.status}`);
    }
  }, []);

  const flush = useCallback(async () => {
    if (sending.current) {
      again.current = true;
      return;
    }
    sending.current = true;
    try {
      let report: SendReport;
      do {
        again.current = false;
        await sendInMemory();
        report = await sendPending(owner, APP_BUILD);
        for (const message of report.rejected) rejected.current(message);
        // A flush that came in during the awaits above sets it; the compiler keeps the `false` from the loop's top (TypeScript#9998).
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      } while (again.current && report.reachable !== false && !report.staleBuild);
      if (report.staleBuild) await askWorkerToSend();
      else if (report.reachable === false) await requestBackgroundSync();
    } catch {
      // IndexedDB unavailable (a private window of an old browser): nothing can wait here.
    } finally {
      sending.current = false;
      await count().catch(() => {});
    }
  }, [owner, count, sendInMemory]);

  useEffect(() => {
    void adoptLegacyOutbox()
      .catch(() => 0)
      .then(() => flush());
    const retry = setInterval(() => void flush(), RETRY_MS);
    const online = () => void flush();
    window.addEventListener("online", online);
    const stop = onOutboxEvent((e) => {
      if (e.kind === "changed") void count().catch(() => {});
    });
    return () => {
      clearInterval(retry);
      window.removeEventListener("online", online);
      stop();
    };
  }, [flush, count]);

  /** Keeps a new rating (resolves once it is stored) and starts sending it. */
  const add = useCallback(
    async (rating: PendingRating) => {
      await addRating(rating, owner).catch(() => void inMemory.current.push(rating));
      await count();
      void flush();
    },
    [owner, count, flush],
  );

  /**
   * Undoes a rating: one still waiting is dropped here; one the server has is undone there
   * (false when that fails, e.g. offline).
   */
  const undo = useCallback(
    async (id: string): Promise<boolean> => {
      const held = inMemory.current.findIndex((r) => r.id === id);
      if (held >= 0) {
        inMemory.current.splice(held, 1);
        await count();
        return true;
      }
      const where = await takeBack(id).catch(() => "unknown" as const);
      if (where === "sent" || where === "unknown") {
        const res = await fetch("/api/reviews/undo", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ id }) }).catch(
          () => null,
        );
        if (!res || !res.ok) return false;
        if (where === "sent") await forget(id);
      }
      await count();
      return true;
    },
    [count],
  );

  return { waiting, add, undo, flush };
}
