import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { reveal, reviewsOf } from "./keys";

// Every route handler, with what it holds: "own" routes read or write the caller's progress and
// are tried below with another learner's ids and with no session; "public" ones hold content
// or grade without storing. A new route fails the first test until it is classified and tried.
const ROUTES: Record<string, "own" | "public"> = {
  "api/auth/[...nextauth]": "public",
  "api/captures/explain": "public",
  "api/health": "public",
  "api/interview/attempts": "own",
  "api/interview/grade": "public",
  "api/interview/prompts": "public",
  "api/mock/finish": "own",
  "api/progress/export": "own",
  "api/progress/import": "own",
  "api/reviews": "own",
  "api/reviews/undo": "own",
  "api/simulator/attempts": "own",
  "api/simulator/grade": "public",
  "api/simulator/scenarios": "public",
  "api/study/offline": "own",
  "api/topics/[id]/apkg": "public",
};

// Every server action ("use server" module under app/_server/actions, and export), with what it
// holds. Each is built from an action client (app/_server/actions/client.ts): "own" ones from a
// client whose middleware resolves the caller (callerAction, userAction, accountAction) and acts
// for that caller only; "public" ones from publicAction. None takes a user's or a record's id:
// the caller comes from the session or the guest cookie, and another learner's ids cannot be
// named (tests/actions.int.test.ts tries them without a session and as another learner). A new
// action, or one built without a client, fails the test below until it is listed and tried.
const ACTIONS: Record<string, "own" | "public"> = {
  "fsrs-parameters#runOptimizer": "own",
  "fsrs-parameters#saveParameters": "own",
  "guest-progress#chooseGuestProgress": "own",
  "preferences#savePreferences": "public",
  "sign-up#signUp": "own",
  "study-settings#saveStudySettings": "own",
};
const OWN_CLIENTS = ["callerAction", "userAction", "accountAction"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function routeFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full, base);
    return e.name === "route.ts" ? [path.relative(base, dir).split(path.sep).join("/")] : [];
  });
}

test("every server action is built from an action client, classified here, and acts for its caller", () => {
  const app = path.join(process.cwd(), "app");
  const modules = sourceFiles(app).filter((f) => /^\s*["']use server["']/.test(readFileSync(f, "utf8")));
  // Server actions live in one place, where the UI may import them from.
  for (const f of modules) expect(path.relative(app, f).split(path.sep).slice(0, 2).join("/"), f).toBe("_server/actions");
  const found: Record<string, "own" | "public"> = {};
  for (const file of modules) {
    const source = readFileSync(file, "utf8");
    const name = path.basename(file).replace(/\.tsx?$/, "");
    // An action written as a bare function would skip the clients' input check and middleware.
    expect(source, `${name}: an action exported as a plain function`).not.toMatch(/^export (async )?function/m);
    for (const [, action, client] of source.matchAll(/^export const (\w+) =\s*(?:formAction\(\s*)?(\w+)\./gm)) {
      expect([...OWN_CLIENTS, "publicAction"], `${name}#${action}`).toContain(client);
      found[`${name}#${action}`] = client === "publicAction" ? "public" : "own";
    }
  }
  expect(found).toEqual(ACTIONS);
});

const json = { "content-type": "application/json" };

async function rateTwo(page: Page) {
  await page.goto("/study");
  await expect(page.getByRole("region", { name: "Review session" })).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await reveal(page);
    // Good keeps the cards due within the learn-ahead window, so the offline pack below holds them.
    await page.keyboard.press("3");
    await expect.poll(async () => (await reviewsOf(page.request)).length).toBe(i + 1);
  }
  await expect.poll(async () => (await reviewsOf(page.request)).length).toBe(2);
}

/** Two learners in separate browsers (two guest accounts), each with two ratings. */
async function twoLearners(browser: Browser) {
  const [a, b] = [await browser.newContext(), await browser.newContext()];
  const [pageA, pageB] = [await a.newPage(), await b.newPage()];
  await rateTwo(pageA);
  await rateTwo(pageB);
  return { pageA, pageB, close: () => Promise.all([a.close(), b.close()]) };
}

test("every route handler is classified here and tried below", () => {
  expect(
    routeFiles(path.join(process.cwd(), "app"))
      .filter((r) => r.startsWith("api/"))
      .sort(),
  ).toEqual(Object.keys(ROUTES).sort());
});

test("every route handler goes through route(), and looks up a user exactly when it holds progress", () => {
  // next-auth answers its own routes; every other handler is `export const METHOD = route({ who, ...`.
  for (const [dir, holds] of Object.entries(ROUTES)) {
    if (dir === "api/auth/[...nextauth]") continue;
    const source = readFileSync(path.join(process.cwd(), "app", dir, "route.ts"), "utf8");
    // Whitespace-tolerant: the formatter may break `route({ who, ... }` over lines.
    const methods = [...source.matchAll(/^export (?:async )?(?:function|const) (GET|POST|PUT|PATCH|DELETE)\b(?:\s*=\s*route\(\s*\{\s*who: "([a-z-]+)")?/gm)];
    expect(methods.length, dir).toBeGreaterThan(0);
    for (const [, method, who] of methods) {
      expect(who, `${method} ${dir} is not built with route()`).toBeDefined();
      expect(who === "none" ? "public" : "own", `${method} ${dir}: who "${who}"`).toBe(holds);
    }
  }
});

test("another learner's ids are refused by every route that holds progress, and nothing of the owner changes", async ({ browser }) => {
  const { pageA, pageB, close } = await twoLearners(browser);
  const [first, second] = await reviewsOf(pageA.request);
  const attemptId = crypto.randomUUID();
  const attempt = { id: attemptId, promptId: "iv-flags", answer: "SYN opens a connection.", locale: "en", rating: 3, mode: "short", durationMs: 5000 };
  expect((await pageA.request.post("/api/interview/attempts", { data: attempt })).status()).toBe(201);
  const mockId = crypto.randomUUID();
  const mock = { id: mockId, locale: "en", answers: [{ itemId: "iv-flags", reviewId: crypto.randomUUID(), answer: "SYN", durationMs: 1000 }] };
  expect((await pageA.request.post("/api/mock/finish", { data: mock })).status()).toBe(201);
  const ownerBefore = await reviewsOf(pageA.request);
  const exportOf = async (r: APIRequestContext) => ({ ...((await (await r.get("/api/progress/export")).json()) as Record<string, unknown>), exportedAt: null });
  const exportBefore = await exportOf(pageA.request);

  // B sees only B's reviews and B's export.
  const bReviews = await reviewsOf(pageB.request);
  expect(bReviews.some((r) => ownerBefore.some((o) => o.id === r.id))).toBe(false);
  const bExport = await (await pageB.request.get("/api/progress/export")).text();
  for (const o of ownerBefore) expect(bExport).not.toContain(o.id);
  expect(await (await pageB.request.get("/api/progress/export?format=csv")).text()).not.toContain(first!.id);

  // B reuses A's ids: every write is refused.
  const reuse = await pageB.request.post("/api/reviews", { data: { id: first!.id, cardId: first!.cardId, rating: 1, reviewedAt: new Date().toISOString() } });
  expect(reuse.status()).toBe(409);
  const undo = await pageB.request.post("/api/reviews/undo", { data: { id: second!.id } });
  expect(undo.status()).toBe(404);
  expect((await pageB.request.post("/api/interview/attempts", { data: attempt })).status()).toBe(409);
  expect((await pageB.request.post("/api/mock/finish", { data: mock })).status()).toBe(409);
  expect(
    (
      await pageB.request.post("/api/mock/finish", { data: { ...mock, id: crypto.randomUUID(), answers: [{ ...mock.answers[0], reviewId: first!.id }] } })
    ).status(),
  ).toBe(409);
  // The offline pack holds the caller's own card states only.
  type Pack = { cards: { id: string; state: { lastReview: string | null } | null }[] };
  const packOf = async (r: APIRequestContext) =>
    ((await (await r.get("/api/study/offline")).json()) as Pack).cards.flatMap((c) => (c.state?.lastReview ? [c.state.lastReview] : []));
  const timesOf = async (r: APIRequestContext) => (await reviewsOf(r)).map((x) => new Date(x.reviewedAt).toISOString());
  const [aTimes, bTimes, bPack] = [await timesOf(pageA.request), await timesOf(pageB.request), await packOf(pageB.request)];
  expect(bPack.length).toBe(2);
  for (const t of bPack) {
    expect(bTimes).toContain(t);
    expect(aTimes).not.toContain(t);
  }
  // A simulator attempt is stored for its caller only.
  expect((await pageB.request.post("/api/simulator/attempts", { data: { id: crypto.randomUUID(), scenario: "syn-to-closed-port", steps: [] } })).status()).toBe(
    201,
  );
  // B imports A's export: copied under B's own ids, A untouched.
  expect(
    (await pageB.request.post("/api/progress/import", { headers: json, data: await (await pageA.request.get("/api/progress/export")).text() })).status(),
  ).toBe(200);

  expect(await reviewsOf(pageA.request)).toEqual(ownerBefore);
  expect(await exportOf(pageA.request)).toEqual(exportBefore);
  const bAfter = await reviewsOf(pageB.request);
  expect(bAfter.some((r) => ownerBefore.some((o) => o.id === r.id))).toBe(false);
  await close();
});

test("server actions act for their caller only: another learner's settings change leaves the first's alone", async ({ browser }) => {
  // The actions take no user id at all (see ACTIONS): each reads the caller from the session or
  // the guest cookie, so the only way to reach another account is not to.
  const { pageA, pageB, close } = await twoLearners(browser);
  const settingsOf = async (page: Page) =>
    ((await (await page.request.get("/api/progress/export")).json()) as { settings: { newPerDay: number } | null }).settings;
  const before = await settingsOf(pageA);
  await pageB.goto("/settings");
  const form = pageB.getByRole("region", { name: "Study schedule" });
  await form.getByLabel("New cards per day").fill("3");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  expect((await settingsOf(pageB))?.newPerDay).toBe(3);
  expect(await settingsOf(pageA)).toEqual(before);
  await close();
});

test("without a session, progress routes answer with nothing or a refusal", async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL: baseURL! });
  expect(await reviewsOf(anon)).toEqual([]);
  expect((await anon.post("/api/reviews/undo", { data: { id: crypto.randomUUID() } })).status()).toBe(401);
  expect((await anon.get("/api/progress/export")).status()).toBe(401);
  expect((await anon.get("/api/progress/export?format=csv")).status()).toBe(401);
  expect((await anon.post("/api/progress/import", { headers: json, data: "{}" })).status()).toBe(401);
  const pack = (await (await anon.get("/api/study/offline")).json()) as { cards: { state: unknown }[]; doneToday: unknown };
  expect(pack.cards.length).toBeGreaterThan(0);
  expect(pack.cards.every((c) => c.state === null)).toBe(true);
  expect(pack.doneToday).toEqual({ newCount: 0, reviewCount: 0 });
  // A page that shows progress renders for a visitor without showing anyone's.
  expect((await anon.get("/progress")).status()).toBe(200);
  await anon.dispose();
});
