import { expect, test } from "@playwright/test";
import { ratingsStatus, reveal, savedOnServer } from "./keys";
import { axeViolations } from "./axe";

// The server's default settings: study days in UTC, rolling over at 4 AM.
const todayOnServer = () => new Date(Date.now() - 4 * 3_600_000).toISOString().slice(0, 10);

test("a new user signs up, reviews one card and sees a streak of 1 and today's square filled in", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(`progress-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill("a long enough password");
  await page.getByRole("button", { name: "Sign up" }).click();

  // Sign-up lands on Progress, which invites a learner with no reviews to start (after two
  // scrypt runs and a password strength check: slow on a busy machine).
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { name: /Review your first card/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Start studying" }).click();

  await expect(page.getByRole("region", { name: "Review session" })).toBeVisible();
  await reveal(page);
  await page.keyboard.press("3");
  await savedOnServer(page, 1);
  await expect(ratingsStatus(page)).toHaveText(/All ratings saved/);

  await page.getByRole("navigation").getByRole("link", { name: "Progress" }).click();
  const streak = page.getByRole("region", { name: "Streak" });
  await expect(streak.getByRole("definition").first()).toHaveText("1 day");
  await expect(streak.getByText("Today's goal is met.")).toBeVisible();

  const today = page.locator(`rect[data-day="${todayOnServer()}"]`);
  await expect(today).toHaveAttribute("data-today", "true");
  expect(Number(await today.getAttribute("data-level"))).toBeGreaterThan(0);
  await expect(page.locator('rect[data-level]:not([data-level="0"])')).toHaveCount(1);
  await expect(page.getByRole("img", { name: /studied on 1 of 365 days; reviews today: 1/ })).toBeVisible();

  // Every chart's numbers are there as a table too.
  await page.getByRole("region", { name: "Reviews per day (last 30 days)" }).getByText("Show the numbers").click();
  await expect(page.getByRole("table", { name: "Reviews per day (last 30 days)" }).getByRole("row").nth(1)).toContainText("1");
  expect(await axeViolations(page)).toEqual([]);
});

test("before any mock interview the progress page invites one", async ({ page }) => {
  await page.goto("/study");
  await reveal(page);
  await page.keyboard.press("3");
  await savedOnServer(page, 1);
  await expect(ratingsStatus(page)).toHaveText(/All ratings saved/);
  await page.goto("/progress");
  const section = page.getByRole("region", { name: "Mock interview readiness" });
  await expect(section.getByText("No mock interviews yet.", { exact: false })).toBeVisible();
  await section.getByRole("link", { name: "Take a mock interview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mock interview" })).toBeVisible();
});

for (const scheme of ["light", "dark"] as const) {
  test(`the progress page of a learner is axe-clean in ${scheme} and fits a 360 px phone`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto("/study");
    await reveal(page);
    await page.keyboard.press("4");
    await savedOnServer(page, 1);
    await expect(ratingsStatus(page)).toHaveText(/All ratings saved/);
    // A finished mock interview, so its chart is on the page that is checked.
    const mock = {
      id: crypto.randomUUID(),
      locale: "en",
      answers: [{ itemId: "iv-three-way", reviewId: crypto.randomUUID(), answer: "SYN, then SYN+ACK, then ACK.", durationMs: 1000 }],
    };
    expect((await page.request.post("/api/mock/finish", { data: mock })).status()).toBe(201);
    await page.goto("/progress");
    await expect(page.getByRole("region", { name: "Study heatmap (scrolls sideways)" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Overall readiness by mock interview, 1 shown/ })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The heatmap scrolls inside its own box, which starts at today's end.
    const box = await page.locator('rect[data-today="true"]').evaluate((el) => el.getBoundingClientRect());
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    await context.close();
  });
}
