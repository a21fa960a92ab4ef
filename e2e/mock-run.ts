import { expect, type Page } from "@playwright/test";

/**
 * Answers a whole mock interview from /drills/mock the way a learner who knows nothing would:
 * "I am not sure." to every question and "Missed it" for every card, through to the results.
 * Returns the kinds of question asked and how many were follow-ups.
 */
export async function runMockInterview(page: Page): Promise<{ kinds: Set<string>; followUps: number }> {
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
  await expect(page.getByRole("heading", { name: "Readiness per topic" })).toBeVisible();
  return { kinds, followUps };
}
