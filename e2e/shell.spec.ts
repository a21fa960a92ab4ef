import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";

const pages = [
  "/",
  "/study",
  "/drills",
  "/drills/simulator",
  "/drills/simulator/three-way-handshake",
  "/drills/interview",
  "/drills/interview/iv-three-way",
  "/drills/mock",
  "/drills/captures",
  "/progress",
  "/settings",
  "/signin",
  "/signup",
];

test.describe("app shell", () => {
  test("navigation reaches every section by keyboard alone", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation");
    for (const name of ["Study", "Drills", "Progress", "Settings"]) {
      const link = nav.getByRole("link", { name });
      await link.focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
      await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
    }
  });

  test("Korean is the default when the browser prefers it", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ko-KR", extraHTTPHeaders: { "accept-language": "ko-KR,ko;q=0.9,en;q=0.8" } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("navigation").getByRole("link", { name: "학습" })).toBeVisible();
    await context.close();
  });

  test("language and theme can be changed in Settings and are kept", async ({ page }) => {
    await page.goto("/settings");
    // Comboboxes: the header's switches are buttons with the same names.
    await page.getByRole("combobox", { name: "Language" }).selectOption("ko");
    await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
    await page.getByRole("region", { name: "Appearance" }).getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "설정" })).toBeVisible();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe("rgb(11, 17, 32)");
    // The form shows what was saved, and the header switches back to English in one press.
    await expect(page.getByRole("combobox", { name: "언어" })).toHaveValue("ko");
    await expect(page.getByRole("combobox", { name: "테마" })).toHaveValue("dark");
    await page
      .getByRole("banner")
      .getByRole("button", { name: /English/ })
      .click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("the home page lists the imported topics", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("list", { name: "Topics" }).getByRole("listitem").first()).toBeVisible();
  });

  // Each page in one scheme, light and dark taking turns down the list: both schemes are checked
  // on half the pages each, at half the cost of every page twice (CI has 20 minutes in all). One
  // browser goes through the list (a new guest's pages, as before); every page is checked and
  // reported on its own (a step each, soft assertions), so one failing page hides no other.
  test("every page is axe-clean in light or dark and fits a 360 px phone", async ({ browser }) => {
    // Thirteen page loads and axe runs: the time of thirteen one-page tests.
    test.setTimeout(13 * 30_000);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const [i, path] of pages.entries()) {
      const scheme = i % 2 === 0 ? "light" : "dark";
      await test.step(`${path} in ${scheme}`, async () => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        expect.soft(await axeViolations(page), `${path} (${scheme})`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect.soft(overflow, `${path} (${scheme}) overflow`).toBeLessThanOrEqual(0);
      });
    }
    await context.close();
  });
});
