import "fake-indexeddb/auto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  addRating,
  adoptLegacyOutbox,
  currentOwner,
  pendingOf,
  pruneSent,
  ratingsOf,
  sendPending,
  setCurrentOwner,
  takeBack,
  type PendingRating,
} from "./outbox";

let n = 0;
const rating = (over: Partial<PendingRating> = {}): PendingRating => {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    cardId: `card-${n}`,
    rating: 3,
    reviewedAt: new Date(Date.UTC(2026, 4, 1, 10, n)).toISOString(),
    durationMs: 1000,
    cram: false,
    ...over,
  };
};

type Answer = { status: number; body?: unknown } | "offline";
/** A fake /api/reviews answering in turn; records what each request sent. */
function server(answers: Answer[]) {
  const sent: { body: PendingRating; build: string | null }[] = [];
  const fetchMock = vi.fn((_url: string, init: RequestInit) => {
    const next = answers.shift() ?? { status: 201 };
    if (next === "offline") return Promise.reject(new TypeError("Failed to fetch"));
    // The outbox sends its JSON as a string.
    sent.push({ body: JSON.parse(init.body as string) as PendingRating, build: new Headers(init.headers).get("x-app-build") });
    return Promise.resolve(new Response(JSON.stringify(next.body ?? {}), { status: next.status, headers: { "content-type": "application/json" } }));
  });
  vi.stubGlobal("fetch", fetchMock);
  return sent;
}

beforeEach(async () => {
  // A fresh database per test; the module closes its connection when asked to (as for an upgrade).
  await new Promise((done) => {
    const req = indexedDB.deleteDatabase("tcp-srs");
    req.onsuccess = req.onerror = done;
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("the outbox", () => {
  it("sends waiting ratings oldest first, each exactly as the review route takes it, and keeps them as sent", async () => {
    const [a, b] = [rating(), rating()];
    await addRating(b, "u1");
    await addRating(a, "u1");
    const sent = server([{ status: 201 }, { status: 200 }]);
    const report = await sendPending("u1", "build-1");
    expect(report).toEqual({ sent: 2, rejected: [], reachable: true, staleBuild: false });
    expect(sent.map((s) => s.body)).toEqual([a, b]);
    expect(sent.every((s) => s.build === "build-1")).toBe(true);
    expect(await pendingOf("u1")).toEqual([]);
    expect((await ratingsOf("u1")).map((r) => [r.id, r.sentAt !== null])).toEqual([
      [a.id, true],
      [b.id, true],
    ]);
  });

  it("stops at the first network failure and keeps that rating and every later one, in order", async () => {
    const [a, b, c] = [rating(), rating(), rating()];
    for (const r of [a, b, c]) await addRating(r, "u1");
    server([{ status: 201 }, "offline"]);
    expect(await sendPending("u1")).toMatchObject({ sent: 1, reachable: false });
    expect((await pendingOf("u1")).map((r) => r.id)).toEqual([b.id, c.id]);
  });

  it("waits on 503, 429 and 408 (they may pass) but drops a rating refused for good, reporting why", async () => {
    const [a, b] = [rating(), rating()];
    await addRating(a, "u1");
    await addRating(b, "u1");
    for (const status of [503, 429, 408]) {
      server([{ status, body: { error: { message: "busy" } } }]);
      expect(await sendPending("u1")).toMatchObject({ sent: 0, reachable: false });
      expect(await pendingOf("u1")).toHaveLength(2);
    }
    server([{ status: 404, body: { error: { code: "unknown_card", message: "Card card-x does not exist or is retired." } } }, { status: 201 }]);
    expect(await sendPending("u1")).toEqual({ sent: 1, rejected: ["Card card-x does not exist or is retired."], reachable: true, staleBuild: false });
    expect(await pendingOf("u1")).toEqual([]);
  });

  it("keeps everything when the worker of a newer build refuses this page's build", async () => {
    await addRating(rating(), "u1");
    server([{ status: 409, body: { error: { code: "stale_build" } } }]);
    expect(await sendPending("u1", "old")).toMatchObject({ staleBuild: true, sent: 0 });
    expect(await pendingOf("u1")).toHaveLength(1);
  });

  it("never sends or counts another user's ratings; a visitor's go to whoever the visitor becomes", async () => {
    const [mine, theirs, visitor] = [rating(), rating(), rating()];
    await addRating(mine, "u1");
    await addRating(theirs, "u2");
    await addRating(visitor, null);
    expect((await pendingOf("u1")).map((r) => r.id)).toEqual([mine.id, visitor.id]);
    const sent = server([]);
    await sendPending("u1");
    expect(sent.map((s) => s.body.id)).toEqual([mine.id, visitor.id]);
    expect((await pendingOf("u2")).map((r) => r.id)).toEqual([theirs.id]);
  });

  it("takes back a waiting rating here, and reports a sent one so the caller undoes it on the server", async () => {
    const [a, b] = [rating(), rating()];
    await addRating(a, "u1");
    await addRating(b, "u1");
    expect(await takeBack(a.id)).toBe("pending");
    expect((await pendingOf("u1")).map((r) => r.id)).toEqual([b.id]);
    server([]);
    await sendPending("u1");
    expect(await takeBack(b.id)).toBe("sent");
    expect(await takeBack("00000000-0000-4000-8000-999999999999")).toBe("unknown");
  });

  it("forgets sent ratings after two days, never waiting ones", async () => {
    const [a, b] = [rating(), rating()];
    await addRating(a, "u1");
    server([]);
    await sendPending("u1");
    await addRating(b, "u1");
    await pruneSent(Date.now() + 2 * 24 * 60 * 60_000 - 60_000);
    expect(await ratingsOf("u1")).toHaveLength(2);
    await pruneSent(Date.now() + 2 * 24 * 60 * 60_000 + 60_000);
    expect((await ratingsOf("u1")).map((r) => r.id)).toEqual([b.id]);
  });

  it("remembers whose page ran last, for the worker", async () => {
    await setCurrentOwner("u7");
    expect(await currentOwner()).toBe("u7");
    await setCurrentOwner(null);
    expect(await currentOwner()).toBeNull();
  });

  it("adopts ratings an older version left in localStorage, once, and skips malformed entries", async () => {
    const legacy = [rating(), rating()];
    const store = new Map([["tcp-srs:outbox:v1", JSON.stringify([...legacy, { nonsense: true }, null])]]);
    vi.stubGlobal("localStorage", { getItem: (k: string) => store.get(k) ?? null, removeItem: (k: string) => store.delete(k) });
    expect(await adoptLegacyOutbox()).toBe(2);
    expect((await pendingOf("anyone")).map((r) => r.id)).toEqual(legacy.map((r) => r.id));
    expect(await adoptLegacyOutbox()).toBe(0);
    store.set("tcp-srs:outbox:v1", "{not json");
    expect(await adoptLegacyOutbox()).toBe(0);
  });
});
