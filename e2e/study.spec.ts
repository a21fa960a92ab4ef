import { expect, test, type Page } from "@playwright/test";
import { ratingsStatus, reveal } from "./keys";

async function currentPrompt(page: Page) {
  return (await page.getByRole("region", { name: "Review session" }).locator("article").innerText()).trim();
}

test.describe("study loop", () => {
  test("a new user studies ten cards by keyboard alone and the schedule is kept after a reload", async ({ page }) => {
    await page.goto("/study");
    const session = page.getByRole("region", { name: "Review session" });
    await expect(session).toBeVisible();
    const seen: string[] = [];
    for (let i = 0; i < 10; i++) {
      seen.push(await currentPrompt(page));
      await reveal(page);
      await page.keyboard.press("4");
      await expect(page.getByText(`${i + 1} of`)).toBeVisible();
    }
    await expect(ratingsStatus(page)).toHaveText(/All ratings saved/);
    const reviews = await (await page.request.get("/api/reviews")).json();
    expect(reviews.reviews).toHaveLength(10);

    await page.reload();
    // Easy sends new cards days ahead: none of the ten is due again, and ten fewer new cards remain.
    await expect(page.getByText(/0 due · 10 new/)).toBeVisible();
    expect(seen).not.toContain(await currentPrompt(page));
  });

  test("ratings made offline are kept, sent when the network returns, and recorded once", async ({ page, context }) => {
    await page.goto("/study");
    await reveal(page);
    // Easy takes the card out of today's session, so the count of cards done moves on.
    await page.keyboard.press("4");
    await expect(page.getByText("1 of")).toBeVisible();
    await expect(ratingsStatus(page)).toHaveText(/All ratings saved/);

    await context.setOffline(true);
    for (let i = 0; i < 3; i++) {
      await reveal(page);
      await page.keyboard.press("4");
      await expect(page.getByText(`${i + 2} of`)).toBeVisible();
    }
    await expect(ratingsStatus(page)).toHaveText(/3 ratings waiting/);

    await context.setOffline(false);
    await expect(ratingsStatus(page)).toHaveText(/All ratings saved/, { timeout: 15_000 });
    const { reviews } = await (await page.request.get("/api/reviews")).json();
    expect(reviews).toHaveLength(4);
    expect(new Set(reviews.map((r: { id: string }) => r.id)).size).toBe(4);
  });

  test("undo with U restores the card", async ({ page }) => {
    await page.goto("/study");
    const first = await currentPrompt(page);
    await reveal(page);
    // Easy: the card leaves the session, so "1 of" shows it counted (Again would bring it back).
    await page.keyboard.press("4");
    await expect(page.getByText("1 of")).toBeVisible();
    await expect(ratingsStatus(page)).toHaveText(/All ratings saved/);
    await page.keyboard.press("u");
    await expect(ratingsStatus(page)).toHaveText(/undone/);
    expect(await currentPrompt(page)).toContain(first.split("\n")[0]!);
    const { reviews } = await (await page.request.get("/api/reviews")).json();
    expect(reviews[0].undoneAt).not.toBeNull();
  });
});

test("study settings refuse bad input with a message and apply good input to the queue", async ({ page }) => {
  await page.goto("/settings");
  const form = page.getByRole("region", { name: "Study schedule" });
  await form.getByLabel("Time zone").fill("Mars/Olympus");
  await form.getByLabel("New cards per day").fill("5");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Not an IANA time zone name")).toBeVisible();
  await page.goto("/study");
  await expect(page.getByText(/0 due · 20 new/)).toBeVisible();

  await page.goto("/settings");
  await form.getByLabel("Time zone").fill("Asia/Seoul");
  await form.getByLabel("New cards per day").fill("5");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await page.goto("/study");
  await expect(page.getByText(/0 due · 5 new/)).toBeVisible();
});

test("the optimizer asks a new learner for more reviews before fitting parameters", async ({ page }) => {
  await page.goto("/settings");
  const panel = page.getByRole("region", { name: "Personal FSRS parameters" });
  await expect(panel.getByText("The default parameters are in use.")).toBeVisible();
  await panel.getByRole("button", { name: "Optimize" }).click();
  await expect(panel.getByRole("status")).toHaveText("At least 400 reviews are needed (you have 0).");
});
