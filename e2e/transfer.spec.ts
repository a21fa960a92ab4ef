import { readFileSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import { unzipSync } from "fflate";
import { expect, test, type Page } from "@playwright/test";
import { ratingsStatus, reveal, reviewsOf, savedOnServer } from "./keys";
import { axeViolations } from "./axe";

async function studyCards(page: Page, n: number) {
  await page.goto("/study");
  for (let i = 0; i < n; i++) {
    await reveal(page);
    // Easy: the card leaves the session, so the count of cards done moves (Good brings a new card back).
    await page.keyboard.press("4");
    await expect(page.getByText(`${i + 1} of`)).toBeVisible();
  }
  await savedOnServer(page, n);
  await expect(ratingsStatus(page)).toHaveText(/All ratings saved/);
}

// An import runs in a worker thread, whose start (the database client, the content) takes
// seconds on a loaded machine.
const IMPORTED = { timeout: 60_000 };

async function settingsPage(page: Page) {
  await page.goto("/settings");
  return page;
}

async function download(page: Page, name: string | RegExp) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { path: await file.path(), name: file.suggestedFilename() };
}

test("a learner exports progress and the review log, re-imports without duplicates, and another account copies it without touching the first", async ({
  page,
  browser,
}) => {
  await studyCards(page, 3);
  await page.goto("/settings");
  const data = page.getByRole("region", { name: "Data" });

  const json = await download(page, "Export progress (JSON)");
  expect(json.name).toMatch(/^tcp-srs-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(json.path, "utf8")) as { reviews: unknown[] };
  expect(file).toMatchObject({ format: "tcp-srs-progress", version: 1 });
  expect(file.reviews).toHaveLength(3);

  const csv = readFileSync((await download(page, /Export review log/)).path, "utf8")
    .trimEnd()
    .split("\r\n");
  expect(csv[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
  expect(csv).toHaveLength(4);

  // The same file back into the same account: nothing is added.
  await data.getByLabel("Progress file to import (JSON)").setInputFiles(json.path);
  await data.getByRole("button", { name: "Import", exact: true }).click();
  await expect(data.getByRole("status")).toHaveText(
    /Imported: 0 reviews, 0 card states, 0 drill attempts and 0 mock interviews added \(3 were already here\)/,
    IMPORTED,
  );
  expect(await reviewsOf(page.request)).toHaveLength(3);

  // Another browser (another guest) imports the file: a copy under its own ids, the first account unchanged.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await studyCards(page2, 1);
  await page2.goto("/settings");
  const data2 = page2.getByRole("region", { name: "Data" });
  await data2.getByLabel("Progress file to import (JSON)").focus();
  await data2.getByLabel("Progress file to import (JSON)").setInputFiles(json.path);
  await page2.keyboard.press("Tab");
  await page2.keyboard.press("Enter");
  await expect(data2.getByRole("status")).toHaveText(/Imported: 3 reviews/, IMPORTED);
  const theirs = await reviewsOf(page2.request);
  expect(theirs).toHaveLength(4);
  const mine = await reviewsOf(page.request);
  expect(mine).toHaveLength(3);
  expect(theirs.filter((r) => mine.some((m) => m.id === r.id))).toEqual([]);
  await other.close();
});

test("a topic downloads as an Anki package", async ({ page }) => {
  await page.goto("/settings");
  const apkg = await download(page, /^The 3-way handshake deck/);
  expect(apkg.name).toBe("tcp-srs-three-way-handshake.apkg");
  expect(readFileSync(apkg.path).subarray(0, 2).toString()).toBe("PK");
  expect((await page.request.get("/api/topics/no-such-topic/apkg")).status()).toBe(404);
});

test("the import route refuses bad JSON, a bad file and a caller without an account", async ({ page, playwright }) => {
  const { baseURL } = test.info().project.use;
  const anonymous = await playwright.request.newContext(baseURL ? { baseURL } : {});
  const none = await anonymous.post("/api/progress/import", { data: { format: "tcp-srs-progress" } });
  expect(none.status()).toBe(401);
  await anonymous.dispose();

  await studyCards(page, 1);
  const bad = await page.request.post("/api/progress/import", { headers: { "content-type": "application/json" }, data: Buffer.from("{ not json") });
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { code: string; message: string } }).error.code).toBe("malformed_json");
  const wrong = await page.request.post("/api/progress/import", {
    data: {
      format: "tcp-srs-progress",
      version: 1,
      exportedAt: new Date().toISOString(),
      settings: null,
      cardStates: [],
      drillAttempts: [],
      dailyStats: [],
      reviews: [{ id: "x" }],
    },
  });
  expect(wrong.status()).toBe(400);
  const problem = (await wrong.json()) as { error: { message: string; issues: unknown[] } };
  expect(problem.error.message).toContain("review 1: id must be a UUID");
  expect(problem.error.issues[0]).toEqual({ path: "reviews[0].id", message: "must be a UUID" });
});

test("a Korean learner is told what is wrong with a file, and that the CSV is for the FSRS optimizer", async ({ page }, info) => {
  // Two imports, each in a worker thread, after a study session: more than a page's minute.
  test.setTimeout(180_000);
  await studyCards(page, 2);
  const csvPath = (await download(await settingsPage(page), /Export review log/)).path;
  const json = JSON.parse(readFileSync((await download(page, "Export progress (JSON)")).path, "utf8")) as { reviews: { rating: number }[] };
  json.reviews[1]!.rating = 7;
  const badPath = info.outputPath("bad-progress.json");
  writeFileSync(badPath, JSON.stringify(json));

  await page.context().addCookies([{ name: "locale", value: "ko", url: info.project.use.baseURL! }]);
  await page.goto("/settings");
  const data = page.getByRole("region", { name: "데이터" });
  await expect(data.getByText("CSV는 FSRS 옵티마이저에 넣는 복습 기록이라 다시 가져올 수 없습니다")).toBeVisible();
  const file = data.getByLabel("가져올 진행 상황 파일 (JSON)");
  await file.setInputFiles(badPath);
  await data.getByRole("button", { name: "가져오기", exact: true }).click();
  await expect(data.getByRole("status")).toContainText("가져오지 못했습니다. 아무것도 바뀌지 않았습니다.", IMPORTED);
  await expect(data.getByRole("status").getByRole("listitem")).toHaveText(["리뷰 2번째: 평가는 1-4여야 합니다"]);

  await file.setInputFiles(csvPath);
  await data.getByRole("button", { name: "가져오기", exact: true }).click();
  await expect(data.getByRole("status")).toContainText("CSV 파일은 FSRS 옵티마이저에 넣는 복습 기록이라 가져올 수 없습니다", IMPORTED);
  expect(await reviewsOf(page.request)).toHaveLength(2);
});

test("a learner takes all cards to Anki with their schedule and history, in one deck or a subdeck per topic", async ({ page }) => {
  await studyCards(page, 3);
  const data = (await settingsPage(page)).getByRole("region", { name: "Data" });
  const open = async () => {
    const [file] = await Promise.all([page.waitForEvent("download"), data.getByRole("button", { name: "Download the deck with my schedule (.apkg)" }).click()]);
    expect(file.suggestedFilename()).toMatch(/^tcp-srs-\d{4}-\d{2}-\d{2}\.apkg$/);
    const anki = new Database(Buffer.from(unzipSync(readFileSync(await file.path()))["collection.anki2"]!), { readonly: true });
    try {
      return {
        revlog: (anki.prepare("SELECT count(*) AS n FROM revlog").get() as { n: number }).n,
        decks: (anki.prepare("SELECT count(DISTINCT did) AS n FROM cards").get() as { n: number }).n,
      };
    } finally {
      anki.close();
    }
  };
  await expect(data.getByRole("radio", { name: "A subdeck per topic" })).toBeChecked();
  // The section as a learner with progress sees it (export links, the deck form) is axe-clean.
  expect(await axeViolations(page, { include: "main" })).toEqual([]);
  const split = await open();
  expect(split.revlog).toBe(3);
  expect(split.decks).toBeGreaterThan(5);
  await data.getByRole("radio", { name: "Everything in one deck" }).check();
  expect(await open()).toEqual({ revlog: 3, decks: 1 });
  expect((await page.request.get("/api/progress/export?format=apkg&decks=three")).status()).toBe(400);
});
