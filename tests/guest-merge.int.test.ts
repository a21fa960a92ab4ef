import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/app/_server/db/client";
import { defaultSettings } from "@/app/_domain/scheduling";
import { recordReview } from "@/app/_server/study/record-review";
import { CookieJar, jar } from "./cookie-jar";
import { freshDb, provider } from "./db";

const session = { current: null as { user: { id: string } } | null };
vi.mock("next/headers", () => ({ cookies: async () => jar.current, headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-auth", async (original) => ({ ...(await original<typeof import("next-auth")>()), getServerSession: async () => session.current }));

const { chooseGuestProgress } = await import("@/app/_server/actions/guest-progress");
const { GUEST_COOKIE, pendingGuestProgress, currentUser } = await import("@/app/_server/auth/current-user");
const { guestToken } = await import("@/app/_server/auth/guest-token");
const { sessionSecret } = await import("@/app/_server/auth/secret");
const { mergeGuestInto } = await import("@/app/_server/auth/guest-progress");

let db: Db;
const day = (d: number, h = 9) => new Date(Date.UTC(2026, 2, d, h));
const NOW = day(20);
const rate = (userId: string, cardId: string, at: Date, rating: 1 | 2 | 3 | 4 = 3) =>
  recordReview(db, userId, { id: randomUUID(), cardId, rating, reviewedAt: at, durationMs: 1000, cram: false }, defaultSettings, at);
const user = async (isGuest: boolean) =>
  (await db.user.create({ data: isGuest ? { isGuest } : { email: `${randomUUID()}@example.com`, passwordHash: "x" } })).id;
const form = (choice: string) => {
  const f = new FormData();
  f.set("choice", choice);
  return f;
};

/** Everything a user owns, to compare before and after. */
async function snapshot(userId: string) {
  const [states, reviews, days, settings] = await Promise.all([
    db.cardState.findMany({ where: { userId }, orderBy: { cardId: "asc" }, omit: { updatedAt: true } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.dailyStat.findMany({ where: { userId }, orderBy: { day: "asc" } }),
    db.userSettings.findUnique({ where: { userId } }),
  ]);
  return { states, reviews, days, settings };
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "merge-test-secret";
  ({ db } = await freshDb());
  (globalThis as { db?: Db }).db = db;
  await db.topic.create({ data: { id: "t", position: 0, titleKo: "주제", titleEn: "Topic" } });
  for (const [i, id] of ["c1", "c2", "c3"].entries())
    await db.card.create({ data: { id, topicId: "t", kind: "basic", position: i, bodyKo: "{}", bodyEn: "{}", contentHash: "h" } });
});
afterAll(() => db.$disconnect());
beforeEach(() => {
  jar.current = new CookieJar();
  session.current = null;
});

describe(`merging guest study into an account on ${provider}`, () => {
  it("adds the guest's log, keeps the later state per card, adds up the days, deletes the guest, and never touches another user", async () => {
    const [account, guest, other] = [await user(false), await user(true), await user(true)];
    await rate(account, "c1", day(1));
    await rate(account, "c2", day(3));
    await rate(guest, "c1", day(2), 4);
    await rate(guest, "c2", day(2, 8), 1);
    await rate(guest, "c3", day(4));
    for (const c of ["c1", "c2", "c3"]) await rate(other, c, day(2));
    await db.userSettings.create({ data: { userId: guest, timeZone: "Asia/Seoul" } });
    const [accountBefore, guestBefore, otherBefore] = [await snapshot(account), await snapshot(guest), await snapshot(other)];

    const result = await mergeGuestInto(db, guest, account, NOW);
    expect(result.ok).toBe(true);
    const after = await snapshot(account);
    // The log: both sides' reviews.
    expect(after.reviews).toHaveLength(accountBefore.reviews.length + guestBefore.reviews.length);
    // Per card the later state: c1 the guest's (day 2 > day 1), c2 the account's (day 3 > day 2), c3 the guest's.
    const stateOf = (s: typeof after, card: string) => s.states.find((x) => x.cardId === card);
    expect(stateOf(after, "c1")).toMatchObject({ ...stateOf(guestBefore, "c1"), userId: account });
    expect(stateOf(after, "c2")).toMatchObject({ ...stateOf(accountBefore, "c2"), userId: account });
    expect(stateOf(after, "c3")).toMatchObject({ ...stateOf(guestBefore, "c3"), userId: account });
    // Days: the union, with day 2 counting the guest's two reviews; a streak over days 1-4 is unbroken.
    expect(after.days.map((d) => [d.day, d.reviews])).toEqual([
      ["2026-03-01", 1],
      ["2026-03-02", 2],
      ["2026-03-03", 1],
      ["2026-03-04", 1],
    ]);
    // The account had no settings of its own: the guest's apply.
    expect(after.settings?.timeZone).toBe("Asia/Seoul");
    // The guest is gone with its rows; the other user is exactly as before.
    expect(await db.user.findUnique({ where: { id: guest } })).toBeNull();
    expect(await db.reviewLog.count({ where: { userId: guest } })).toBe(0);
    expect(await snapshot(other)).toEqual(otherBefore);
  });

  it("a signed-in learner with guest study in the browser is offered it, merges it, and the guest cookie is revoked", async () => {
    const [account, guest, other] = [await user(false), await user(true), await user(true)];
    await rate(guest, "c1", day(5));
    await rate(guest, "c2", day(5));
    await rate(other, "c1", day(5));
    const otherBefore = await snapshot(other);
    const token = guestToken(guest, sessionSecret());
    jar.current.set(GUEST_COOKIE, token);
    jar.current.set("next-auth.session-token", "signed");
    session.current = { user: { id: account } };
    expect(await pendingGuestProgress()).toEqual({ reviews: 2, cards: 2 });

    expect(await chooseGuestProgress({}, form("merge"))).toEqual({ data: { done: "merged" } });
    expect(await db.reviewLog.count({ where: { userId: account } })).toBe(2);
    expect(jar.current.get(GUEST_COOKIE)).toBeUndefined();
    expect(await snapshot(other)).toEqual(otherBefore);
    // Signed out, the old guest cookie names no one.
    session.current = null;
    jar.current = new CookieJar();
    jar.current.set(GUEST_COOKIE, token);
    expect(await currentUser()).toBeNull();
    expect(await pendingGuestProgress()).toBeNull();
  });

  it("discarding deletes the guest's study and leaves the account as it was", async () => {
    const [account, guest] = [await user(false), await user(true)];
    await rate(account, "c1", day(6));
    await rate(guest, "c2", day(6));
    const accountBefore = await snapshot(account);
    jar.current.set(GUEST_COOKIE, guestToken(guest, sessionSecret()));
    jar.current.set("next-auth.session-token", "signed");
    session.current = { user: { id: account } };
    expect(await chooseGuestProgress({}, form("discard"))).toEqual({ data: { done: "discarded" } });
    expect(await db.user.findUnique({ where: { id: guest } })).toBeNull();
    expect(await db.reviewLog.count({ where: { userId: guest } })).toBe(0);
    expect(await snapshot(account)).toEqual(accountBefore);
  });

  it("does nothing without a signed-in account, or when the cookie names an account instead of a guest", async () => {
    const [account, guest, victim] = [await user(false), await user(true), await user(false)];
    await rate(guest, "c1", day(7));
    await rate(victim, "c1", day(7));
    const [guestBefore, victimBefore] = [await snapshot(guest), await snapshot(victim)];
    jar.current.set(GUEST_COOKIE, guestToken(guest, sessionSecret()));
    // Refused by the action client's account middleware, before the action reads anything: the
    // guest keeps its study and its cookie (it is this browser's only way back to it).
    expect(await chooseGuestProgress({}, form("merge"))).toEqual({ serverError: "sign_in" });
    expect(await snapshot(guest)).toEqual(guestBefore);
    expect(jar.current.get(GUEST_COOKIE)).toBeDefined();
    // A validly signed token for an account (a former guest that signed up) is no guest.
    jar.current.set(GUEST_COOKIE, guestToken(victim, sessionSecret()));
    jar.current.set("next-auth.session-token", "signed");
    session.current = { user: { id: account } };
    expect(await pendingGuestProgress()).toBeNull();
    expect(await chooseGuestProgress({}, form("merge"))).toEqual({ serverError: "failed" });
    expect(await snapshot(victim)).toEqual(victimBefore);
    expect(await db.reviewLog.count({ where: { userId: account } })).toBe(0);
    expect((await chooseGuestProgress({}, form("everything"))).validationErrors?.fieldErrors.choice).toHaveLength(1);
  });
});
