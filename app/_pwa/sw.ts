/// <reference lib="webworker" />
// The service worker, built into public/sw.js by scripts/build.mjs (Serwist bundles it with
// this build's precache list and id). What it does:
// - precaches the app shell (every file of .next/static and public/, fingerprinted);
// - serves pages network first and keeps each page visited, so a reload without a network
//   shows the last copy (or /offline for a page never opened);
// - keeps the study data of /api/study/offline the same way;
// - sends the ratings waiting in IndexedDB on Background Sync and when a page asks;
// - takes over at once when a new build is deployed (skipWaiting + clientsClaim) and deletes
//   the old build's pages, so they are never shown against the new API.
import {
  NetworkFirst,
  Serwist,
  StaleWhileRevalidate,
  type PrecacheEntry,
  type RouteHandlerCallbackOptions,
  type SerwistGlobalConfig,
  type SerwistPlugin,
} from "serwist";
import { FORGET_USER_DATA, SEND_RATINGS } from "@/app/_ui/offline/worker-client";
import { currentOwner, sendPending } from "@/app/_ui/study/outbox";
import {
  assetCache,
  dataCache,
  isOfflinePage,
  isStaleBuildRequest,
  learnerCaches,
  OFFLINE_PACK,
  OFFLINE_PAGE,
  outdatedCaches,
  pageCache,
  WARM_URLS,
} from "./cache-rules";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;
declare const __APP_BUILD__: string;
type SyncEvent = ExtendableEvent & { tag: string };

const BUILD = __APP_BUILD__;
const PAGES = pageCache(BUILD);
const DATA = dataCache(BUILD);
// Only a complete answer is kept (what CacheableResponsePlugin({ statuses: [200] }) does; that
// class's declared type does not match SerwistPlugin under exactOptionalPropertyTypes).
const onlyComplete: SerwistPlugin[] = [{ cacheWillUpdate: async ({ response }) => (response.status === 200 ? response : null) }];
const pages = new NetworkFirst({ cacheName: PAGES, plugins: onlyComplete });

async function pageOrFallback(options: RouteHandlerCallbackOptions): Promise<Response> {
  try {
    return await pages.handle(options);
  } catch {
    return (await (await caches.open(PAGES)).match(OFFLINE_PAGE)) ?? Response.error();
  }
}

/** Fills this build's caches with the start pages and the study data (best effort). */
async function warm(): Promise<void> {
  await Promise.all(
    WARM_URLS.map(async ({ url, kind }) => {
      try {
        const res = await fetch(url, { credentials: "same-origin", cache: "no-store" });
        if (res.ok) await (await caches.open(kind === "page" ? PAGES : DATA)).put(url, res);
      } catch {
        // Offline while installing: the pages are cached as they are visited instead.
      }
    }),
  );
}

/** Sends the ratings of the user whose page ran here last; throws while offline so Background Sync retries. */
async function sendWaiting(): Promise<void> {
  const owner = await currentOwner();
  if (owner === undefined) return;
  const report = await sendPending(owner, BUILD);
  if (report.reachable === false) throw new Error("offline: the browser will retry");
}

// Registered before Serwist's listeners, so a refused request never reaches its routes.
self.addEventListener("fetch", (event) => {
  if (isStaleBuildRequest(event.request.method, event.request.headers.get("x-app-build"), BUILD)) {
    const body = { error: { code: "stale_build", message: "This page is from an older version of the app; the new version sends your ratings." } };
    event.respondWith(new Response(JSON.stringify(body), { status: 409, headers: { "content-type": "application/json" } }));
  }
});

self.addEventListener("install", (event) => event.waitUntil(warm()));

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(outdatedCaches(names, BUILD).map((n) => caches.delete(n)))));
});

self.addEventListener("sync", (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === SEND_RATINGS) sync.waitUntil(sendWaiting());
});

self.addEventListener("message", (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === SEND_RATINGS) event.waitUntil(sendWaiting().catch(() => {}));
  if (type === FORGET_USER_DATA) {
    event.waitUntil(
      caches
        .keys()
        .then((names) => Promise.all(learnerCaches(names).map((n) => caches.delete(n))))
        .then(warm),
    );
  }
});

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST ?? [],
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: true,
  runtimeCaching: [
    { matcher: ({ request, url }) => request.mode === "navigate" && isOfflinePage(url, self.location.origin), handler: pageOrFallback },
    {
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && url.pathname === OFFLINE_PACK,
      handler: new NetworkFirst({ cacheName: DATA, plugins: onlyComplete }),
    },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.destination === "image",
      handler: new StaleWhileRevalidate({ cacheName: assetCache(BUILD), plugins: onlyComplete }),
    },
  ],
});

serwist.addEventListeners();
