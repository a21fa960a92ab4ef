import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { ratingsStatus, reveal, savedOnServer } from "./keys";

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

async function download(page: Page, name: string | RegExp) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  return { path: await file.path(), name: file.suggestedFilename() };
}

test("a learner exports progress and the review log, re-imports without duplicates, and another account copies it without touching the first", async ({ page, browser }) => {
  await studyCards(page, 3);
  await page.goto("/settings");
  const data = page.getByRole("region", { name: "Data" });

  const json = await download(page, "Export progress (JSON)");
  expect(json.name).toMatch(/^tcp-srs-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(json.path, "utf8"));
  expect(file).toMatchObject({ format: "tcp-srs-progress", version: 1 });
  expect(file.reviews).toHaveLength(3);

  const csv = readFileSync((await download(page, /Export review log/)).path, "utf8").trimEnd().split("\r\n");
  expect(csv[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
  expect(csv).toHaveLength(4);

  // The same file back into the same account: nothing is added.
  await data.getByLabel("Progress file to import (JSON)").setInputFiles(json.path);
  await data.getByRole("button", { name: "Import", exact: true }).click();
  await expect(data.getByRole("status")).toHaveText(/Imported: 0 reviews, 0 card states, 0 drill attempts and 0 mock interviews added \(3 were already here\)/);
  expect((await (await page.request.get("/api/reviews")).json()).reviews).toHaveLength(3);

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
  await expect(data2.getByRole("status")).toHaveText(/Imported: 3 reviews/);
  const theirs = (await (await page2.request.get("/api/reviews")).json()).reviews as { id: string }[];
  expect(theirs).toHaveLength(4);
  const mine = (await (await page.request.get("/api/reviews")).json()).reviews as { id: string }[];
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
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const none = await anonymous.post("/api/progress/import", { data: { format: "tcp-srs-progress" } });
  expect(none.status()).toBe(401);
  await anonymous.dispose();

  await studyCards(page, 1);
  const bad = await page.request.post("/api/progress/import", { headers: { "content-type": "application/json" }, data: Buffer.from("{ not json") });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("malformed_json");
  const wrong = await page.request.post("/api/progress/import", {
    data: { format: "tcp-srs-progress", version: 1, exportedAt: new Date().toISOString(), settings: null, cardStates: [], drillAttempts: [], dailyStats: [], reviews: [{ id: "x" }] },
  });
  expect(wrong.status()).toBe(400);
  expect((await wrong.json()).error.message).toContain("reviews[0].id: must be a UUID");
});
