import { describe, expect, it } from "vitest";
import { assetCache, dataCache, isOfflinePage, isStaleBuildRequest, learnerCaches, outdatedCaches, pageCache, WARM_URLS } from "./cache-rules";

describe("service worker cache rules", () => {
  it("deletes every other build's pages, data and assets, and nothing else", () => {
    const names = [
      pageCache("new1"),
      dataCache("new1"),
      assetCache("new1"),
      pageCache("old1"),
      dataCache("old1"),
      assetCache("old1"),
      "serwist-precache-v2-http://x/",
    ];
    expect(outdatedCaches(names, "new1")).toEqual(["pages-old1", "data-old1", "assets-old1"]);
    expect(outdatedCaches(names, "old1")).toEqual(["pages-new1", "data-new1", "assets-new1"]);
  });

  it("drops a learner's pages and cards on a change of learner, keeping shared assets", () => {
    expect(learnerCaches(["pages-a", "data-a", "assets-a", "serwist-precache-v2-x"])).toEqual(["pages-a", "data-a"]);
  });

  it("keeps this origin's pages for offline use, never API answers or another origin's pages", () => {
    const origin = "https://app.example";
    expect(isOfflinePage(new URL("https://app.example/study?topic=close"), origin)).toBe(true);
    expect(isOfflinePage(new URL("https://app.example/"), origin)).toBe(true);
    expect(isOfflinePage(new URL("https://app.example/api/progress/export"), origin)).toBe(false);
    expect(isOfflinePage(new URL("https://app.example/_next/static/x.js"), origin)).toBe(false);
    expect(isOfflinePage(new URL("https://other.example/study"), origin)).toBe(false);
  });

  it("refuses a POST that names another build, and lets through one that names this build or none", () => {
    expect(isStaleBuildRequest("POST", "old1", "new1")).toBe(true);
    expect(isStaleBuildRequest("POST", "new1", "new1")).toBe(false);
    expect(isStaleBuildRequest("POST", null, "new1")).toBe(false);
    expect(isStaleBuildRequest("POST", "", "new1")).toBe(false);
    expect(isStaleBuildRequest("GET", "old1", "new1")).toBe(false);
  });

  it("warms the start page, the study page, the offline page and the study data", () => {
    expect(WARM_URLS.map((w) => w.url).sort()).toEqual(["/", "/api/study/offline", "/offline", "/study"]);
  });
});
