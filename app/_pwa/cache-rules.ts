// What the service worker keeps, under which name. Pure, so the rules are tested on their own
// (cache-rules.test.ts); sw.ts wires them to the browser.
//
// Pages and study data live in caches named after the build that rendered them. A new build's
// worker deletes every other build's caches when it takes over, so an old build's page is
// never served against a new build's API; the new build warms its own caches instead.

export const pageCache = (build: string) => `pages-${build}`;
export const dataCache = (build: string) => `data-${build}`;
export const assetCache = (build: string) => `assets-${build}`;

const PER_BUILD = /^(pages|data|assets)-(.+)$/;

/** Caches made by other builds' workers: deleted when this build's worker activates. */
export function outdatedCaches(names: readonly string[], build: string): string[] {
  return names.filter((n) => {
    const m = PER_BUILD.exec(n);
    return m !== null && m[2] !== build;
  });
}

/** Caches that hold one learner's pages or cards: dropped when another learner signs in here. */
export function learnerCaches(names: readonly string[]): string[] {
  return names.filter((n) => n.startsWith("pages-") || n.startsWith("data-"));
}

/** The study data a page reads offline: cards due today and tomorrow (route /api/study/offline). */
export const OFFLINE_PACK = "/api/study/offline";
/** Shown for a page never visited online. */
export const OFFLINE_PAGE = "/offline";

/** Fetched into the new build's caches when its worker installs, so a reload offline works at once. */
export const WARM_URLS: readonly { url: string; kind: "page" | "data" }[] = [
  { url: "/study", kind: "page" },
  { url: "/", kind: "page" },
  { url: OFFLINE_PAGE, kind: "page" },
  { url: OFFLINE_PACK, kind: "data" },
];

/**
 * Pages kept for offline use: this origin's documents, except route handlers and Next's own
 * files (which never arrive as navigations in normal use).
 */
export function isOfflinePage(url: URL, origin: string): boolean {
  return url.origin === origin && !url.pathname.startsWith("/api/") && !url.pathname.startsWith("/_next/");
}

/**
 * A POST from a page of another build: refused (409 stale_build) by this worker, so an old
 * page left open across a deployment never sends its data in an old shape to the new API.
 * Only requests that name their build (the outbox's) are checked.
 */
export function isStaleBuildRequest(method: string, pageBuild: string | null, build: string): boolean {
  return method === "POST" && pageBuild !== null && pageBuild !== "" && pageBuild !== build;
}
