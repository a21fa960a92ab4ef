"use client";
import { useEffect } from "react";
import { currentOwner, setCurrentOwner } from "@/app/_ui/study/outbox";
import { forgetUserData, registerWorker } from "./worker-client";

/**
 * Registers the service worker (production builds only: `next dev` has none, and a worker
 * left from a production run on the same port is removed), tells it whose page this is, and
 * has it drop the previous learner's cached pages when another one is signed in here.
 */
export function useServiceWorker(owner: string | null) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (process.env.NODE_ENV !== "production") {
      void navigator.serviceWorker.getRegistrations().then((list) => list.forEach((r) => void r.unregister()));
      return;
    }
    void (async () => {
      const before = await currentOwner().catch(() => undefined);
      await setCurrentOwner(owner).catch(() => {});
      await registerWorker();
      if (before !== undefined && before !== owner) await forgetUserData();
    })();
    // Back online: look for a new deployment now rather than at the next navigation.
    const online = () => void navigator.serviceWorker.getRegistration().then((r) => r?.update().catch(() => {}));
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
  }, [owner]);
}
