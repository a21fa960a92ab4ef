import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { referenceRun } from "@/app/_domain/tcp";
import { importContent } from "@/app/_server/content/import-content";
import { readContent } from "@/app/_server/content/read-content";
import type { Db } from "@/app/_server/db/client";
import { CookieJar, jar } from "./cookie-jar";
import { freshDb, provider } from "./db";

vi.mock("next/headers", () => ({ cookies: async () => jar.current, headers: async () => new Headers() }));

const gradeRoute = await import("@/app/api/simulator/grade/route");
const attemptsRoute = await import("@/app/api/simulator/attempts/route");
const { currentUser } = await import("@/app/_server/auth/current-user");

let db: Db;
const post = (body: unknown) =>
  new Request("http://localhost/api/x", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const handshake = referenceRun("three-way-handshake", { clientIsn: 100, serverIsn: 300 });

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "simulator-routes-test-secret";
  ({ db } = await freshDb());
  (globalThis as { db?: Db }).db = db;
  await importContent(db, readContent());
});
afterAll(() => db.$disconnect());
beforeEach(() => {
  jar.current = new CookieJar();
});

describe(`simulator grading and recording on ${provider}`, () => {
  it("grading stores nothing, however often it is asked", async () => {
    const before = { attempts: await db.drillAttempt.count(), reviews: await db.reviewLog.count(), users: await db.user.count() };
    for (let i = 0; i < 3; i++) {
      const res = await gradeRoute.POST(post({ scenario: "three-way-handshake", steps: handshake, locale: "en" }));
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ correct: true, score: 1 });
    }
    expect({ attempts: await db.drillAttempt.count(), reviews: await db.reviewLog.count(), users: await db.user.count() }).toEqual(before);
  });

  it("recording is idempotent by the client's id: a double click stores one attempt and one review", async () => {
    const id = randomUUID();
    const body = { id, scenario: "three-way-handshake", steps: handshake, locale: "ko" };
    const first = await attemptsRoute.POST(post(body));
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ id, status: "recorded", score: 1 });
    const again = await attemptsRoute.POST(post(body));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { status: string }).status).toBe("duplicate");
    const me = (await currentUser())!.id;
    expect(await db.drillAttempt.count({ where: { userId: me } })).toBe(1);
    expect(await db.reviewLog.count({ where: { userId: me, cardId: "sim-three-way-handshake" } })).toBe(1);
  });

  it("stores the server's grade, not one the client sends", async () => {
    const id = randomUUID();
    const res = await attemptsRoute.POST(post({ id, scenario: "three-way-handshake", steps: handshake.slice(0, 1), locale: "en" }));
    expect(res.status).toBe(201);
    const stored = await db.drillAttempt.findUniqueOrThrow({ where: { id } });
    expect(stored.score).toBeLessThan(1);
    const smuggled = await attemptsRoute.POST(post({ id: randomUUID(), scenario: "three-way-handshake", steps: handshake, score: 1 }));
    expect(smuggled.status).toBe(400);
  });

  it("another learner cannot take over an attempt's id, and their own progress stays apart", async () => {
    const id = randomUUID();
    expect((await attemptsRoute.POST(post({ id, scenario: "four-way-close", steps: [] }))).status).toBe(201);
    const owner = (await currentUser())!.id;
    jar.current = new CookieJar();
    const res = await attemptsRoute.POST(post({ id, scenario: "four-way-close", steps: [] }));
    expect(res.status).toBe(409);
    expect((await db.drillAttempt.findUniqueOrThrow({ where: { id } })).userId).toBe(owner);
  });

  it("stores the result in the language the grade route answers in (the visitor's, unless the body names one)", async () => {
    jar.current.set("locale", "ko");
    const steps = handshake.slice(0, 1);
    const shown = await (await gradeRoute.POST(post({ scenario: "three-way-handshake", steps }))).json();
    const id = randomUUID();
    expect((await attemptsRoute.POST(post({ id, scenario: "three-way-handshake", steps }))).status).toBe(201);
    const stored = await db.drillAttempt.findUniqueOrThrow({ where: { id } });
    expect(JSON.parse(stored.result)).toEqual(shown);
    expect(JSON.stringify(shown)).toMatch(/[가-힣]/);
  });

  it("both routes name an unknown scenario the same way, and a bad ?locale= is 400 on both", async () => {
    const graded = await gradeRoute.POST(post({ scenario: "nope", steps: [] }));
    const recorded = await attemptsRoute.POST(post({ id: randomUUID(), scenario: "nope", steps: [] }));
    expect(graded.status).toBe(400);
    expect(await graded.json()).toEqual(await recorded.json());
    const badLocale = (r: { POST: (req: Request) => Promise<Response> }) =>
      r.POST(
        new Request("http://localhost/api/x?locale=jp", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ id: randomUUID(), scenario: "three-way-handshake", steps: [] }),
        }),
      );
    expect((await badLocale(gradeRoute)).status).toBe(400);
    expect((await badLocale(attemptsRoute)).status).toBe(400);
  });

  it.each([
    ["no id", { scenario: "three-way-handshake", steps: [] }, /id/],
    ["an id that is not a UUID", { id: "1", scenario: "three-way-handshake", steps: [] }, /id must be a UUID/],
    ["an unknown scenario", { id: randomUUID(), scenario: "nope", steps: [] }, /Unknown scenario "nope"/],
    [
      "a bad step",
      { id: randomUUID(), scenario: "three-way-handshake", steps: [{ from: "client", flags: ["SYNACK"], seq: 1, client: "a", server: "b" }] },
      /steps.0.flags.0/,
    ],
  ])("answers %s with a 400 that says what is wrong, and stores nothing", async (_, body, message) => {
    const before = { attempts: await db.drillAttempt.count(), users: await db.user.count() };
    const res = await attemptsRoute.POST(post(body));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string; message: string } }).error.message).toMatch(message);
    expect({ attempts: await db.drillAttempt.count(), users: await db.user.count() }).toEqual(before);
  });
});
