import { expect, test } from "@playwright/test";

test("a mock interview mixes kinds, follows a weak answer with a deeper question, and ends with readiness per topic", async ({ page }) => {
  await page.goto("/drills");
  await page.getByRole("link", { name: "Mock interview" }).click();
  await page.getByRole("button", { name: "Start the mock interview" }).click();

  const kinds = new Set<string>();
  let followUps = 0;
  for (let i = 0; i < 20; i += 1) {
    await expect(page.getByRole("heading", { name: new RegExp(`^Question ${i + 1} of \\d+$`) })).toBeVisible();
    const meta = await page.getByTestId("question-kind").textContent();
    kinds.add(meta!.split(" · ")[0]!.trim());
    if (await page.getByText("Follow-up", { exact: true }).isVisible()) followUps += 1;
    const answer = page.getByRole("textbox", { name: "Your answer" });
    await expect(answer).toBeFocused();
    await page.keyboard.type("I am not sure.");
    await page.keyboard.press("Control+Enter");
    const missed = page.getByRole("button", { name: "Missed it" });
    if (await missed.isVisible().catch(() => false)) await missed.click();
    await expect(page.getByText("Expected answer")).toBeVisible();
    const finish = page.getByRole("button", { name: "See results" });
    if (await finish.isVisible()) {
      await finish.click();
      break;
    }
    await page.getByRole("button", { name: "Next question →" }).click();
  }
  expect([...kinds].sort()).toEqual(["Concept", "Explain", "Scenario"]);
  // Every explain-question was answered weakly, so at least one deeper follow-up was asked.
  expect(followUps).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: "Readiness per topic" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Bar chart of readiness per topic" }).locator("meter").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Misconceptions that showed" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Study them now" })).toBeVisible();
});

test("finishing a mock interview refuses bad input with a 400 that says where", async ({ request }) => {
  const res = await request.post("/api/mock/finish", { data: { id: "not-a-uuid", locale: "en", answers: [] } });
  expect(res.status()).toBe(400);
  const message = ((await res.json()) as { error: { message: string } }).error.message;
  expect(message).toMatch(/id: id must be a UUID/);
  expect(message).toMatch(/answers: a mock interview needs at least one answer/);
  const unknown = await request.post("/api/mock/finish", { data: { id: crypto.randomUUID(), locale: "en", answers: [{ itemId: "nope", reviewId: crypto.randomUUID(), answer: "", durationMs: 0 }] } });
  expect(unknown.status()).toBe(400);
  expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/answers\.0\.itemId: "nope"/);
});
