import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Db } from "@/app/_server/db/client";
import { CookieJar, jar } from "./cookie-jar";
import { freshDb, provider } from "./db";

const session = { current: null as { user: { id: string } } | null };
vi.mock("next/headers", () => ({ cookies: async () => jar.current, headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next-auth", async (original) => ({ ...(await original<typeof import("next-auth")>()), getServerSession: async () => session.current }));

const { runOptimizer, saveParameters } = await import("@/app/_server/actions/fsrs-parameters");
const { chooseGuestProgress } = await import("@/app/_server/actions/guest-progress");
const { saveStudySettings } = await import("@/app/_server/actions/study-settings");
const { savePreferences } = await import("@/app/_server/actions/preferences");
const { GUEST_COOKIE } = await import("@/app/_server/auth/current-user");
const { guestToken } = await import("@/app/_server/auth/guest-token");
const { sessionSecret } = await import("@/app/_server/auth/secret");

let db: Db;
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const WEIGHTS = Array.from({ length: 21 }, (_, i) => 0.1 + i / 100);
const stored = async (userId: string) => (await db.userSettings.findUnique({ where: { userId } }))?.fsrsParameters ?? null;
const guest = async () => (await db.user.create({ data: { isGuest: true } })).id;
const account = async () => (await db.user.create({ data: { email: `${randomUUID()}@example.com`, passwordHash: "x" } })).id;
/** This browser becomes `id`: a guest through its cookie, an account through its session. */
function as(id: string, kind: "guest" | "account") {
  jar.current = new CookieJar();
  session.current = null;
  if (kind === "guest") jar.current.set(GUEST_COOKIE, guestToken(id, sessionSecret()));
  else {
    jar.current.set("next-auth.session-token", "signed");
    session.current = { user: { id } };
  }
}

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "actions-test-secret";
  ({ db } = await freshDb());
  (globalThis as { db?: Db }).db = db;
});
afterAll(() => db.$disconnect());
beforeEach(() => {
  jar.current = new CookieJar();
  session.current = null;
});

describe(`server actions go through the action clients, on ${provider}`, () => {
  it("without a session, actions on a learner's data are refused by the client's middleware, and no user is made", async () => {
    const before = await db.user.count();
    expect(await runOptimizer()).toEqual({ serverError: "sign_in" });
    expect(await saveParameters({ parameters: null })).toEqual({ serverError: "no_session" });
    expect(await chooseGuestProgress({}, form({ choice: "merge" }))).toEqual({ serverError: "sign_in" });
    // Saving settings makes a guest, but only once the input is valid.
    expect((await saveStudySettings({}, form({ desiredRetention: "abc" }))).validationErrors?.fieldErrors.desiredRetention).toEqual(["number"]);
    expect(await db.user.count()).toBe(before);
  });

  it("a guest may not run the optimizer, which costs a process per run", async () => {
    as(await guest(), "guest");
    expect(await runOptimizer()).toEqual({ serverError: "sign_in" });
  });

  it("bad input is named for the form, never thrown", async () => {
    const me = await account();
    as(me, "account");
    const short = await saveParameters({ parameters: [1, 2, 3] });
    expect(short.validationErrors?.fieldErrors.parameters?.[0]).toMatch(/21 numbers/);
    const infinite = await saveParameters({ parameters: WEIGHTS.map((w, i) => (i === 3 ? Infinity : w)) });
    expect(infinite.validationErrors).toBeDefined();
    expect(await saveParameters("nonsense" as never)).toMatchObject({ validationErrors: expect.anything() });
    expect(await stored(me)).toBeNull();
    // A plain form answers nothing: a made-up theme is ignored and no cookie is set.
    await savePreferences(form({ theme: "neon" }));
    expect(jar.current.get("theme")).toBeUndefined();
  });

  it("acts for the caller only: another learner's save leaves the first one's weights alone", async () => {
    const [a, b] = [await account(), await guest()];
    as(a, "account");
    expect(await saveParameters({ parameters: WEIGHTS })).toEqual({ data: { saved: "personal" } });
    as(b, "guest");
    expect(await saveParameters({ parameters: null })).toEqual({ data: { saved: "defaults" } });
    expect(JSON.parse((await stored(a))!)).toEqual(WEIGHTS);
    expect(await stored(b)).toBeNull();
  });

  it("a database outage reaches the form as a notice code, logged, not as an exception", async () => {
    as(await account(), "account");
    const upsert = vi.spyOn(db.userSettings, "upsert").mockRejectedValueOnce(Object.assign(new Error("Can't reach database server"), { code: "P1001" }));
    expect(await saveParameters({ parameters: null })).toEqual({ serverError: "unavailable" });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    upsert.mockRejectedValueOnce(new TypeError("a bug"));
    expect(await saveParameters({ parameters: null })).toEqual({ serverError: "failed" });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
    upsert.mockRestore();
  });
});
