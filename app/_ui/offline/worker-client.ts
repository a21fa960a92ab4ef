// The pages' side of the service worker (app/_pwa/sw.ts): registering it, and asking it to
// send waiting ratings. Every call is a no-op where service workers are missing.

/** Tags and messages the worker understands. */
export const SEND_RATINGS = "send-ratings";
export const FORGET_USER_DATA = "forget-user-data";

// serwist's global types give every registration `sync`; Firefox and Safari have none.
type SyncRegistration = Omit<ServiceWorkerRegistration, "sync"> & { sync?: { register(tag: string): Promise<void> } };

async function registration(): Promise<SyncRegistration | null> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return null;
  return (await navigator.serviceWorker.getRegistration().catch(() => undefined)) ?? null;
}

/** Background Sync where the browser has it: the worker sends once the network is back, even after the tab is closed. */
export async function requestBackgroundSync(): Promise<void> {
  const reg = await registration();
  await reg?.sync?.register(SEND_RATINGS).catch(() => {});
}

/** The worker sends with its own (newer) code; used when it refused this page's build. */
export async function askWorkerToSend(): Promise<void> {
  (await registration())?.active?.postMessage({ type: SEND_RATINGS });
}

/** Drops cached pages and study data of the previous user (sign-out, another account). */
export async function forgetUserData(): Promise<void> {
  (await registration())?.active?.postMessage({ type: FORGET_USER_DATA });
}

export async function registerWorker(): Promise<ServiceWorkerRegistration | null> {
  if (typeof navigator === "undefined" || !("serviceWorker" in navigator)) return null;
  // updateViaCache "none": the browser always asks the server for a new worker script, so a
  // deployment is noticed on the next visit rather than when the HTTP cache expires.
  return navigator.serviceWorker.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch(() => null);
}
