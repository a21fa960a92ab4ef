// Ratings kept on this device, in IndexedDB, so that neither a network failure, a reload nor a
// closed tab loses them. The pages and the service worker share this module: whichever runs
// sends the waiting ratings, strictly in order and one at a time (a Web Lock keeps two senders
// from interleaving), each with its client id, so a resend after an unclear failure is
// recorded once by the server.
//
// A sent rating stays here for two days: a page served from the offline cache was rendered
// before it, and the session leaves its card out (see resumable-session.tsx).
import { openDB, type DBSchema, type IDBPDatabase } from "idb";

/** A rating exactly as POST /api/reviews takes it. */
export type PendingRating = { id: string; cardId: string; rating: 1 | 2 | 3 | 4; reviewedAt: string; durationMs: number; cram: boolean };

/**
 * A rating on this device. `owner` is the user the page belonged to when it was made (null: a
 * visitor not yet known to the server); it is only ever sent while that user is signed in here.
 */
export type StoredRating = PendingRating & { owner: string | null; sentAt: string | null };

interface OutboxSchema extends DBSchema {
  ratings: { key: string; value: StoredRating };
  meta: { key: string; value: { owner: string | null } };
}

const DB_NAME = "tcp-srs";
const LEGACY_KEY = "tcp-srs:outbox:v1";
const KEEP_SENT_MS = 2 * 24 * 60 * 60_000;
export const OUTBOX_CHANNEL = "tcp-srs-outbox";
const LOCK = "tcp-srs-outbox";

let opened: Promise<IDBPDatabase<OutboxSchema>> | undefined;

function db(): Promise<IDBPDatabase<OutboxSchema>> {
  opened ??= openDB<OutboxSchema>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore("ratings", { keyPath: "id" });
      d.createObjectStore("meta");
    },
    // A newer build wants to upgrade the database: let it, and reopen on next use.
    blocking() {
      void opened?.then((d) => d.close());
      opened = undefined;
    },
  });
  return opened;
}

/** Tells every page and the worker that the stored ratings changed. */
export type OutboxEvent = { kind: "changed" } | { kind: "reach"; reachable: boolean };

function announce(event: OutboxEvent) {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.postMessage(event);
  channel.close();
}

export function onOutboxEvent(listener: (e: OutboxEvent) => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel(OUTBOX_CHANNEL);
  channel.onmessage = (m: MessageEvent<OutboxEvent>) => listener(m.data);
  return () => channel.close();
}

/** May this page's user send (or count) this rating? A visitor's ratings go to whoever they become. */
export const belongsTo = (r: StoredRating, owner: string | null) => r.owner === owner || r.owner === null;

const byTime = (a: StoredRating, b: StoredRating) => a.reviewedAt.localeCompare(b.reviewedAt) || a.id.localeCompare(b.id);

export async function addRating(rating: PendingRating, owner: string | null): Promise<void> {
  await (await db()).put("ratings", { ...rating, owner, sentAt: null });
  announce({ kind: "changed" });
}

/** This user's ratings kept here, oldest first: waiting ones and those sent in the last two days. */
export async function ratingsOf(owner: string | null): Promise<StoredRating[]> {
  return (await (await db()).getAll("ratings")).filter((r) => belongsTo(r, owner)).sort(byTime);
}

export async function pendingOf(owner: string | null): Promise<StoredRating[]> {
  return (await ratingsOf(owner)).filter((r) => r.sentAt === null);
}

/** Runs `fn` while no other page or the worker is sending (where the browser has Web Locks). */
function exclusive<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // request() resolves with the callback's (awaited) result; its typing does not flatten it.
  return locks ? (locks.request(LOCK, fn) as unknown as Promise<T>) : fn();
}

/**
 * Forgets a rating (undo). "pending": it was still waiting and now never will be sent;
 * "sent": the server has it, so the caller must undo it there; "unknown": not on this device.
 */
export function takeBack(id: string): Promise<"pending" | "sent" | "unknown"> {
  return exclusive(async () => {
    const d = await db();
    const r = await d.get("ratings", id);
    if (!r) return "unknown";
    if (r.sentAt === null) {
      await d.delete("ratings", id);
      announce({ kind: "changed" });
      return "pending";
    }
    return "sent";
  });
}

/** Removes a sent rating after the server undid it, so no session folds it in again. */
export async function forget(id: string): Promise<void> {
  await (await db()).delete("ratings", id);
  announce({ kind: "changed" });
}

/** Whose page ran last here: the worker sends only that user's ratings. */
export async function setCurrentOwner(owner: string | null): Promise<void> {
  await (await db()).put("meta", { owner }, "owner");
}

export async function currentOwner(): Promise<string | null | undefined> {
  return (await (await db()).get("meta", "owner"))?.owner;
}

/** What an older build kept: anything with a rating's id and card id is taken as one, as before. */
const isLegacyRating = (p: unknown): p is PendingRating =>
  typeof p === "object" && p !== null && "id" in p && typeof p.id === "string" && "cardId" in p && typeof p.cardId === "string";

/** Moves ratings an older build kept in localStorage into IndexedDB (once; pages only). */
export async function adoptLegacyOutbox(): Promise<number> {
  if (typeof localStorage === "undefined") return 0;
  let list: unknown;
  try {
    list = JSON.parse(localStorage.getItem(LEGACY_KEY) ?? "[]");
  } catch {
    list = [];
  }
  const valid = Array.isArray(list) ? list.filter(isLegacyRating) : [];
  const d = await db();
  for (const p of valid) {
    if (!(await d.get("ratings", p.id))) await d.put("ratings", { ...p, owner: null, sentAt: null });
  }
  localStorage.removeItem(LEGACY_KEY);
  if (valid.length) announce({ kind: "changed" });
  return valid.length;
}

export type SendReport = {
  sent: number;
  /** Ratings the server refused for good (4xx), with its message; they are dropped. */
  rejected: string[];
  /** false: the server could not be reached, the rest waits; null: nothing was tried. */
  reachable: boolean | null;
  /** This page is from an older build than the worker now serving: let the worker send. */
  staleBuild: boolean;
};

type Outcome = { outcome: "sent" } | { outcome: "rejected"; message: string } | { outcome: "offline" } | { outcome: "stale" };

async function sendOne(r: StoredRating, build: string | undefined): Promise<Outcome> {
  const body: PendingRating = { id: r.id, cardId: r.cardId, rating: r.rating, reviewedAt: r.reviewedAt, durationMs: r.durationMs, cram: r.cram };
  let res: Response;
  try {
    res = await fetch("/api/reviews", {
      method: "POST",
      headers: { "content-type": "application/json", ...(build ? { "x-app-build": build } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    return { outcome: "offline" };
  }
  if (res.ok) return { outcome: "sent" };
  const answer = (await res.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null;
  if (res.status === 409 && answer?.error?.code === "stale_build") return { outcome: "stale" };
  // Too many requests or a timeout may pass; any other 4xx never will, so it is dropped
  // rather than holding every later rating back. 5xx and 503 (writer busy) wait and resend.
  if (res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429) {
    return { outcome: "rejected", message: answer?.error?.message ?? `HTTP ${res.status}` };
  }
  return { outcome: "offline" };
}

/**
 * Sends this user's waiting ratings in order until one cannot go (network, server busy) or
 * all went. `build` is the page's build id: the worker of a newer build refuses it, so a page
 * left open across a deployment never talks to the new API with old code.
 */
export function sendPending(owner: string | null, build?: string): Promise<SendReport> {
  return exclusive(async () => {
    const report: SendReport = { sent: 0, rejected: [], reachable: null, staleBuild: false };
    const d = await db();
    for (const r of await pendingOf(owner)) {
      const result = await sendOne(r, build);
      if (result.outcome === "offline") {
        report.reachable = false;
        break;
      }
      if (result.outcome === "stale") {
        report.staleBuild = true;
        break;
      }
      report.reachable = true;
      if (result.outcome === "sent") {
        await d.put("ratings", { ...r, sentAt: new Date().toISOString() });
        report.sent += 1;
      } else {
        await d.delete("ratings", r.id);
        report.rejected.push(result.message);
      }
      announce({ kind: "changed" });
    }
    if (report.reachable !== null) announce({ kind: "reach", reachable: report.reachable });
    await pruneSent(Date.now());
    return report;
  });
}

/** Drops sent ratings older than two days: every page rendered since then already has them. */
export async function pruneSent(now: number): Promise<void> {
  const d = await db();
  for (const r of await d.getAll("ratings")) {
    if (r.sentAt && now - Date.parse(r.sentAt) > KEEP_SENT_MS) await d.delete("ratings", r.id);
  }
}
