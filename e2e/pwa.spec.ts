import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { ratingsStatus, reveal } from "./keys";

type Manifest = {
  lang: string;
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
};

/** Waits until the service worker runs and has kept the study page and the study data. */
async function readyForOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(async () => !!(await caches.match("/study")) && !!(await caches.match("/api/study/offline"))), { timeout: 30_000 })
    .toBe(true);
}

async function prompt(page: Page) {
  return (await page.getByRole("region", { name: "Review session" }).locator("article").innerText()).trim();
}

const header = (page: Page) => page.getByRole("banner");

// Everything here is about the service worker, which the other specs block (playwright.config.ts).
test.use({ serviceWorkers: "allow" });

test("each manifest is valid, every icon it names loads, and Chromium finds the app installable with its worker running", async ({
  page,
  request,
  playwright,
  baseURL,
}) => {
  for (const [file, lang] of [
    ["/manifest.webmanifest", "ko"],
    ["/manifest.en.webmanifest", "en"],
  ] as const) {
    const res = await request.get(file);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/manifest+json");
    const m = (await res.json()) as Manifest;
    expect(m).toMatchObject({ lang, start_url: "/study", display: "standalone" });
    for (const icon of m.icons) {
      const img = await request.get(icon.src);
      expect(img.status(), icon.src).toBe(200);
      expect(img.headers()["content-type"], icon.src).toContain(icon.type);
      expect((await img.body()).length, icon.src).toBeGreaterThan(200);
    }
  }

  // The page links the manifest of its language.
  await page.context().addCookies([{ name: "locale", value: "ko", url: baseURL! }]);
  await page.goto("/study");
  expect(await page.locator('link[rel="manifest"]').getAttribute("href")).toBe("/manifest.webmanifest");

  // Chromium's own installability check refuses incognito profiles (every Playwright context is
  // one), so it runs in a persistent profile, as a browser a learner installs from.
  const dir = mkdtempSync(path.join(os.tmpdir(), "pwa-profile-"));
  const { launchOptions } = test.info().project.use;
  const installed = await playwright.chromium.launchPersistentContext(dir, { ...launchOptions, ...(baseURL ? { baseURL } : {}) });
  try {
    const app = installed.pages()[0] ?? (await installed.newPage());
    await app.goto("/study");
    const href = await app.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe("/manifest.en.webmanifest");
    const worker = await app.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return { scope: reg.scope, script: reg.active?.scriptURL };
    });
    expect(worker).toEqual({ scope: `${baseURL}/`, script: `${baseURL}/sw.js` });
    const cdp = await installed.newCDPSession(app);
    const parsed = (await cdp.send("Page.getAppManifest")) as { url: string; errors: unknown[] };
    expect(parsed.url).toBe(`${baseURL}/manifest.en.webmanifest`);
    expect(parsed.errors).toEqual([]);
    await expect
      .poll(async () => ((await cdp.send("Page.getInstallabilityErrors")) as { installabilityErrors: unknown[] }).installabilityErrors, { timeout: 20_000 })
      .toEqual([]);
  } finally {
    await installed.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test("studied offline: the study page reloads without a network, five ratings wait across a reload, and go to the server exactly once", async ({
  page,
  context,
}) => {
  await page.goto("/study");
  await readyForOffline(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("region", { name: "Review session" })).toBeVisible();
  await expect(header(page)).toContainText("Offline");

  const rated: string[] = [];
  for (let i = 0; i < 5; i++) {
    rated.push(await prompt(page));
    await reveal(page);
    // Easy: each card is days away afterwards, so none of them belongs in today's session again.
    await page.keyboard.press("4");
    await expect(page.getByText(`${i + 1} of`)).toBeVisible();
  }
  await expect(ratingsStatus(page)).toHaveText(/5 ratings waiting/);
  await expect(header(page)).toContainText("5 pending");

  await page.reload();
  await expect(page.getByRole("region", { name: "Review session" })).toBeVisible();
  await expect(ratingsStatus(page)).toHaveText(/5 ratings waiting/);
  await expect(header(page)).toContainText("5 pending");
  await expect(header(page)).toContainText("Offline");
  // The session resumed on the device: the five cards rated offline are not asked again.
  expect(rated).not.toContain(await prompt(page));
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);

  await context.setOffline(false);
  await expect(ratingsStatus(page)).toHaveText(/All ratings saved/, { timeout: 20_000 });
  await expect(header(page)).not.toContainText("pending");
  await expect(header(page)).not.toContainText("Offline");

  type Export = { reviews: { id: string; cardId: string; rating: number }[] };
  const stored = async () => ((await (await page.request.get("/api/progress/export")).json()) as Export).reviews;
  const reviews = await stored();
  expect(reviews).toHaveLength(5);
  expect(new Set(reviews.map((r) => r.id)).size).toBe(5);
  expect(new Set(reviews.map((r) => r.cardId)).size).toBe(5);
  expect(reviews.every((r) => r.rating === 4)).toBe(true);
  // Reloading online sends nothing again: still five.
  await page.reload();
  await expect(ratingsStatus(page)).toHaveText(/All ratings saved/);
  expect(await stored()).toHaveLength(5);
});

test("offline, a page never opened shows the offline page; interview grading says it needs a connection; the simulator grades on the device", async ({
  page,
  context,
}) => {
  await page.goto("/study");
  await readyForOffline(page);
  // Opened once online, through the worker: kept for later.
  await page.goto("/drills/interview/iv-three-way");
  await page.goto("/drills/simulator/three-way-handshake");
  await context.setOffline(true);

  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You are offline");
  await expect(page.getByRole("link", { name: "Go to study" })).toBeVisible();

  await page.goto("/drills/interview/iv-three-way");
  await expect(page.getByText("Interview answers are graded on the server, so grading needs an internet connection.")).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("textbox", { name: "Your answer" }).fill("SYN, SYN+ACK, ACK.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status")).toContainText("grading needs an internet connection");
  await expect(page.getByRole("textbox", { name: "Your answer" })).toHaveValue("SYN, SYN+ACK, ACK.");

  await page.goto("/drills/simulator/three-way-handshake");
  await page.getByRole("combobox", { name: "Step", exact: true }).selectOption({ label: "Segment from the client" });
  await page.getByRole("checkbox", { name: "SYN", exact: true }).check();
  await page.getByRole("textbox", { name: "seq", exact: true }).fill("100");
  await page.getByRole("combobox", { name: "Client state after this step" }).selectOption("SYN-SENT");
  await page.getByRole("combobox", { name: "Server state after this step" }).selectOption("SYN-RECEIVED");
  await page.getByRole("button", { name: "Add step" }).click();
  await page.getByRole("button", { name: "Grade" }).click();
  await expect(page.getByRole("status")).toContainText(/Score \d+%/);
  await expect(page.getByRole("status")).toContainText("graded on this device");
  await expect(page.getByText("✓ right")).toHaveCount(1);
});

test("a new deployment's worker takes over on the next visit, drops the old build's pages, and refuses the old page's sends", async ({ page }) => {
  const swFile = path.join(process.cwd(), "public", "sw.js");
  const { buildId } = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "build-stamp.json"), "utf8")) as { buildId: string };
  const original = readFileSync(swFile, "utf8");
  expect(original).toContain(JSON.stringify(buildId));
  await page.goto("/study");
  await readyForOffline(page);
  expect(await page.evaluate(() => caches.keys())).toContain(`pages-${buildId}`);

  // Deploy "next": the same app with another build id (a new worker script).
  const next = "e2e0next0001";
  writeFileSync(swFile, original.replaceAll(JSON.stringify(buildId), JSON.stringify(next)));
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).not.toContain(`pages-${buildId}`);
    await expect.poll(() => page.evaluate(async () => !!(await (await caches.open("pages-e2e0next0001")).match("/study"))), { timeout: 30_000 }).toBe(true);

    // The page still open is from the old build: its outbox sends are refused by the new
    // worker (409 stale_build), so old code never writes to the new API; the server itself
    // would have taken the same request.
    const probe = await page.evaluate(async (old) => {
      const body = JSON.stringify({ id: crypto.randomUUID(), cardId: "nope", rating: 3, reviewedAt: new Date().toISOString() });
      const res = await fetch("/api/reviews", { method: "POST", headers: { "content-type": "application/json", "x-app-build": old }, body });
      return { status: res.status, body: await res.json() };
    }, buildId);
    expect(probe).toEqual({ status: 409, body: { error: { code: "stale_build", message: expect.any(String) } } });

    // The next visit is served by the new worker, from the network and into its own cache.
    await page.reload();
    await expect(page.getByRole("region", { name: "Review session" })).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    expect((await page.evaluate(() => caches.keys())).filter((n) => n.startsWith("pages-"))).toEqual([`pages-${next}`]);
  } finally {
    writeFileSync(swFile, original);
  }
});

test.afterEach(async ({ context }: { context: BrowserContext }) => {
  await context.setOffline(false);
});
