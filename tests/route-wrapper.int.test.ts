import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Db } from "@/app/_server/db/client";
import { CookieJar, jar } from "./cookie-jar";
import { freshDb, provider } from "./db";

vi.mock("next/headers", () => ({ cookies: async () => jar.current, headers: async () => new Headers({ "accept-language": "ko-KR,ko;q=0.9" }) }));

const { route, HttpProblem } = await import("@/app/_server/http/route");
const { GUEST_COOKIE, currentUser } = await import("@/app/_server/auth/current-user");

let db: Db;
const url = "http://localhost/api/x";
const post = (body: BodyInit | null, headers: Record<string, string> = { "content-type": "application/json" }, at = url) =>
  new Request(at, { method: "POST", headers, body });
const answer = async (res: Response) => ({ status: res.status, ...((await res.json()) as { error?: { code: string; message: string } }).error });
const named = z.object({ name: z.string({ error: "name must be a string" }), tags: z.array(z.string()).default([]) }).strict();

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET = "route-wrapper-test-secret";
  ({ db } = await freshDb());
  (globalThis as { db?: Db }).db = db;
});
afterAll(() => db.$disconnect());
beforeEach(() => {
  jar.current = new CookieJar();
});

describe(`route(): one guarded path for JSON routes, on ${provider}`, () => {
  it("answers bad input with 400 saying where, never reaching the handler", async () => {
    const handler = vi.fn(() => Response.json({ ok: true }));
    const echo = route({ who: "none", body: named, query: z.object({ n: z.coerce.number().int() }) }, handler);
    expect(await answer(await echo(post("{", undefined, `${url}?n=1`)))).toMatchObject({ status: 400, code: "malformed_json" });
    expect(await answer(await echo(post(JSON.stringify({ name: 1 }), undefined, `${url}?n=1`)))).toMatchObject({
      status: 400,
      code: "invalid",
      message: "name: name must be a string",
    });
    expect(await answer(await echo(post(JSON.stringify({ name: "a", tags: [1] }), undefined, `${url}?n=1`)))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^tags\.0: /),
    });
    expect(await answer(await echo(post(JSON.stringify({ name: "a" }), undefined, `${url}?n=x`)))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^n: /),
    });
    expect(handler).not.toHaveBeenCalled();
    expect((await echo(post(JSON.stringify({ name: "a" }), undefined, `${url}?n=2`))).status).toBe(200);
  });

  it("checks ?locale= on every route: a bad one is 400, a good one wins over the body's and the visitor's", async () => {
    const speak = route({ who: "none", body: z.object({ locale: z.enum(["ko", "en"]).optional() }) }, async ({ locale }) =>
      Response.json({ locale: await locale() }),
    );
    const silent = route({ who: "none" }, () => Response.json({}));
    expect(await answer(await speak(post("{}", undefined, `${url}?locale=fr`)))).toMatchObject({
      status: 400,
      code: "invalid",
      message: 'locale: must be "ko" or "en" (got "fr")',
    });
    expect(await answer(await silent(new Request(`${url}?locale=`)))).toMatchObject({ status: 400, code: "invalid" });
    expect(await (await speak(post('{"locale":"ko"}', undefined, `${url}?locale=en`))).json()).toEqual({ locale: "en" });
    expect(await (await speak(post('{"locale":"en"}'))).json()).toEqual({ locale: "en" });
    expect(await (await speak(post("{}"))).json()).toEqual({ locale: "ko" }); // Accept-Language
  });

  it("refuses what a cross-site form could send (415, 403) and a body over the limit (413)", async () => {
    const echo = route({ who: "none", body: named, maxBytes: 100 }, () => Response.json({ ok: true }));
    expect(await answer(await echo(post('{"name":"a"}', { "content-type": "text/plain" })))).toMatchObject({ status: 415, code: "unsupported_media_type" });
    expect(await answer(await echo(post('{"name":"a"}', { "content-type": "application/json", host: "app.test", origin: "https://evil.test" })))).toMatchObject(
      { status: 403, code: "cross_site" },
    );
    expect(await answer(await echo(post(JSON.stringify({ name: "a".repeat(200) }))))).toMatchObject({ status: 413, code: "too_large" });
    const bytes = route({ who: "none", raw: { types: ["text/plain"] } }, ({ bytes }) => Response.json({ n: bytes.length }));
    expect(await answer(await bytes(post("x", { "content-type": "image/png" })))).toMatchObject({ status: 415 });
    expect(await (await bytes(post("xyz", { "content-type": "text/plain; charset=utf-8" }))).json()).toEqual({ n: 3 });
  });

  it("asks who is calling before reading the body: a visitor gets 401 from a route that needs a user", async () => {
    const handler = vi.fn(() => Response.json({}));
    const own = route({ who: "user", body: named }, handler);
    // The body is not even valid: the 401 comes first, so nothing was read for nobody.
    expect(await answer(await own(post("{")))).toMatchObject({ status: 401, code: "no_session" });
    expect(handler).not.toHaveBeenCalled();
  });

  it("keeps a new guest only when the handler answers 201", async () => {
    const users = () => db.user.count();
    const before = await users();
    const refuse = route({ who: "new-guest", body: named }, () => Response.json({ status: "duplicate" }, { status: 200 }));
    expect((await refuse(post('{"name":"a"}'))).status).toBe(200);
    const fail = route({ who: "new-guest", body: named }, () => {
      throw new HttpProblem(404, "unknown", "no such thing");
    });
    expect(await answer(await fail(post('{"name":"a"}')))).toMatchObject({ status: 404, code: "unknown" });
    expect(await users()).toBe(before);
    expect(jar.current.get(GUEST_COOKIE)).toBeUndefined();
    const store = route({ who: "new-guest", body: named }, ({ user }) => Response.json({ id: user.id }, { status: 201 }));
    const created = (await (await store(post('{"name":"a"}'))).json()) as { id: string };
    expect(await users()).toBe(before + 1);
    expect((await currentUser())?.id).toBe(created.id);
  });

  it("maps errors in one place: 409 for a unique violation, 503 for an unavailable database, else a logged 500 without details", async () => {
    const throwing = (e: unknown) =>
      route({ who: "none" }, () => {
        throw e;
      })(new Request(url));
    expect(await answer(await throwing(Object.assign(new Error("Unique constraint failed"), { code: "P2002" })))).toMatchObject({
      status: 409,
      code: "conflict",
    });
    expect(await answer(await throwing(Object.assign(new Error("Can't reach database server at db:5432"), { code: "P1001" })))).toMatchObject({
      status: 503,
      code: "unavailable",
    });
    expect(await answer(await throwing(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" })))).toMatchObject({
      status: 503,
      code: "unavailable",
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const bug = await answer(await throwing(new TypeError("secret internals at /srv/app")));
    expect(bug).toMatchObject({ status: 500, code: "internal" });
    expect(bug.message).not.toContain("secret");
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
