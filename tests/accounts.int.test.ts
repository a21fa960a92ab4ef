import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { dumpCards } from "@/app/_domain/content";
import type { Db } from "@/app/_server/db/client";
import { CookieJar, jar } from "./cookie-jar";
import { freshDb, provider } from "./db";

vi.mock("next/headers", () => ({ cookies: async () => jar.current, headers: async () => new Headers() }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { signUp } = await import("@/app/_server/actions/sign-up");
const { saveStudySettings } = await import("@/app/_server/actions/study-settings");
const { asCurrentOrNewGuest, currentUser, GUEST_COOKIE } = await import("@/app/_server/auth/current-user");
const { guestFromToken } = await import("@/app/_server/auth/guest");
const { sessionSecret } = await import("@/app/_server/auth/secret");
const reviewsRoute = await import("@/app/api/reviews/route");
const attemptsRoute = await import("@/app/api/interview/attempts/route");

let db: Db;
const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const post = (body: unknown) =>
  new Request("http://localhost/api/x", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "accounts-test-secret";
  ({ db } = await freshDb());
  (globalThis as { db?: Db }).db = db;
  await db.topic.create({ data: { id: "t", position: 0, titleKo: "주제", titleEn: "Topic" } });
  // A body as the importer stores it: the offline pack renders the card.
  const body = (locale: "ko" | "en") =>
    JSON.stringify(
      dumpCards([
        {
          id: "c1",
          kind: "basic",
          topic: "t",
          position: 0,
          file: "t.md",
          line: 1,
          meta: { misconceptions: [], remedial: [] },
          ko: { prompt: "질문", answer: "답" },
          en: { prompt: "Question", answer: "Answer" },
        },
      ]).find((d) => d.locale === locale),
    );
  await db.card.create({ data: { id: "c1", topicId: "t", kind: "basic", position: 0, bodyKo: body("ko"), bodyEn: body("en"), contentHash: "h" } });
});
afterAll(() => db.$disconnect());
beforeEach(() => {
  jar.current = new CookieJar();
});

/** Studies one card as this browser's guest, which creates the guest. */
async function studyAsGuest() {
  const res = await reviewsRoute.POST(post({ id: randomUUID(), cardId: "c1", rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 }));
  expect(res.status).toBe(201);
  const token = jar.current.get(GUEST_COOKIE)!.value;
  return { token, id: (await currentUser())!.id };
}

describe(`accounts on ${provider}`, () => {
  it("a guest who signs up becomes the account, and the guest cookie stops working at that moment, even a copy of it", async () => {
    const { token, id } = await studyAsGuest();
    expect(await signUp(form({ email: `g-${randomUUID()}@example.com`, password: "sunny otter kimchi 42" }))).toEqual({ data: { ok: true } });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user.isGuest).toBe(false);
    expect(await db.reviewLog.count({ where: { userId: id } })).toBe(1);
    // The browser forgot it, and the value itself no longer names anyone.
    expect(jar.current.get(GUEST_COOKIE)).toBeUndefined();
    expect(await guestFromToken(db, token, sessionSecret())).toBeNull();
    jar.current.set(GUEST_COOKIE, token);
    expect(await currentUser()).toBeNull();
  });

  it("sign-up answers the same for a new and a taken address, and a taken one keeps its password", async () => {
    const mail = `taken-${randomUUID()}@example.com`;
    const first = await signUp(form({ email: mail, password: "sunny otter kimchi 42" }));
    const hash = (await db.user.findUniqueOrThrow({ where: { email: mail } })).passwordHash;
    const again = await signUp(form({ email: mail.toUpperCase(), password: "another fine passphrase" }));
    expect(again).toEqual(first);
    expect((await db.user.findUniqueOrThrow({ where: { email: mail } })).passwordHash).toBe(hash);
    expect(await db.user.count({ where: { email: mail } })).toBe(1);
  });

  it("a guest signing up with a taken address stays a guest with its study", async () => {
    const mail = `taken2-${randomUUID()}@example.com`;
    await db.user.create({ data: { email: mail, passwordHash: "x" } });
    const { token, id } = await studyAsGuest();
    expect(await signUp(form({ email: mail, password: "sunny otter kimchi 42" }))).toEqual({ data: { ok: true } });
    expect(await guestFromToken(db, token, sessionSecret())).toEqual({ id, isGuest: true });
  });

  it.each([
    ["password", "topTen"],
    ["12345678", "topTen"],
    ["        ", "simpleRepeat"],
  ])("refuses the password %j with a reason, and creates nothing", async (password, warning) => {
    const mail = `weak-${randomUUID()}@example.com`;
    expect(await signUp(form({ email: mail, password }))).toEqual({
      validationErrors: { formErrors: [], fieldErrors: { password: [`passwordWeak:${warning}`] } },
    });
    expect(await db.user.count({ where: { email: mail } })).toBe(0);
  });

  it("names every field that is wrong at once, the name over 80 characters included", async () => {
    const result = await signUp(form({ email: "not an email", password: "short", name: "가".repeat(81) }));
    expect(result).toEqual({ validationErrors: { formErrors: [], fieldErrors: { email: ["email"], password: ["passwordShort"], name: ["nameLong"] } } });
    expect((await signUp(form({ email: `n-${randomUUID()}@example.com`, password: "sunny otter kimchi 42", name: "가".repeat(80) }))).data?.ok).toBe(true);
  });

  it("refused requests from a browser without cookies create no user", async () => {
    const before = await db.user.count();
    for (let i = 0; i < 20; i++) {
      const unknownCard = await reviewsRoute.POST(
        post({ id: randomUUID(), cardId: "no-such-card", rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 }),
      );
      expect(unknownCard.status).toBe(404);
      const unknownPrompt = await attemptsRoute.POST(
        post({ id: randomUUID(), promptId: "no-such-prompt", answer: "SYN", locale: "en", rating: 3, mode: "typed", durationMs: 1000 }),
      );
      expect(unknownPrompt.status).toBe(400);
      const badSettings = await saveStudySettings({}, form({ desiredRetention: "2" }));
      expect(badSettings.validationErrors?.fieldErrors.desiredRetention).toEqual(["max:0.99"]);
    }
    expect(await db.user.count()).toBe(before);
    expect(jar.current.get(GUEST_COOKIE)).toBeUndefined();
    // A failure inside the write (not only at validation) leaves no user either.
    await expect(
      asCurrentOrNewGuest(
        async () => {
          throw new Error("disk full");
        },
        () => true,
      ),
    ).rejects.toThrow("disk full");
    expect(await db.user.count()).toBe(before);
    // The first rating that is stored makes exactly one guest.
    await studyAsGuest();
    expect(await db.user.count()).toBe(before + 1);
  });

  it("the JSON routes believe X-Forwarded-Host only with TRUST_PROXY", async () => {
    const forged = () =>
      new Request("http://app.test/api/reviews", {
        method: "POST",
        headers: { "content-type": "application/json", host: "app.test", origin: "https://evil.test", "x-forwarded-host": "evil.test" },
        body: JSON.stringify({ id: randomUUID(), cardId: "c1", rating: 3, reviewedAt: new Date().toISOString(), durationMs: 1000 }),
      });
    const before = await db.reviewLog.count();
    const res = await reviewsRoute.POST(forged());
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string; message: string } }).error.code).toBe("cross_site");
    expect(await db.reviewLog.count()).toBe(before);
    process.env.TRUST_PROXY = "1";
    try {
      expect((await reviewsRoute.POST(forged())).status).toBe(201);
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it("every GET route that reads the caller's data is marked private, with or without a user", async () => {
    // An inventory: a new GET route reading the current user fails here until it is listed.
    const { readFileSync, readdirSync } = await import("node:fs");
    const files = (readdirSync("app/api", { recursive: true }) as string[]).filter((f) => f.endsWith("route.ts")).map((f) => `app/api/${f}`);
    // A GET route reads the caller when route() is told to look them up (any `who` but "none").
    const reading = files.filter((f) => /export const GET = route\(\{ who: "(optional|user|new-guest)"/.test(readFileSync(f, "utf8")));
    const routes: Record<string, () => Promise<Response>> = {
      "app/api/reviews/route.ts": () => reviewsRoute.GET(new Request("http://localhost/api/reviews")),
      "app/api/progress/export/route.ts": async () =>
        (await import("@/app/api/progress/export/route")).GET(new Request("http://localhost/api/progress/export")),
      "app/api/study/offline/route.ts": async () => (await import("@/app/api/study/offline/route")).GET(new Request("http://localhost/api/study/offline")),
    };
    expect(reading.sort()).toEqual(Object.keys(routes).sort());
    for (const [file, get] of Object.entries(routes)) {
      const res = await get();
      if (res.ok) expect(res.headers.get("cache-control"), `${file} without a user`).toMatch(/^private/);
    }
    await studyAsGuest();
    for (const [file, get] of Object.entries(routes)) {
      const res = await get();
      expect(res.status, file).toBe(200);
      expect(res.headers.get("cache-control"), `${file} for a guest`).toMatch(/^private/);
    }
  });

  it("GET /api/reviews is marked private, with or without a user", async () => {
    const none = await reviewsRoute.GET(new Request("http://localhost/api/reviews"));
    expect(none.headers.get("cache-control")).toBe("private, no-store");
    await studyAsGuest();
    const mine = await reviewsRoute.GET(new Request("http://localhost/api/reviews"));
    expect(mine.headers.get("cache-control")).toBe("private, no-store");
    expect(((await mine.json()) as { reviews: unknown[] }).reviews).toHaveLength(1);
  });
});
