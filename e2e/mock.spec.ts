import { expect, test } from "@playwright/test";
import { runMockInterview } from "./mock-run";

test("a mock interview mixes kinds, follows a weak answer with a deeper question, and ends with readiness per topic", async ({ page }) => {
  await page.goto("/drills");
  await page.getByRole("link", { name: "Mock interview" }).click();
  const { kinds, followUps } = await runMockInterview(page);
  expect([...kinds].sort()).toEqual(["Concept", "Explain", "Scenario"]);
  // Every explain-question was answered weakly, so at least one deeper follow-up was asked.
  expect(followUps).toBeGreaterThan(0);
  await expect(page.getByRole("heading", { name: "Readiness per topic" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Bar chart of readiness per topic" }).locator("meter").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Misconceptions that showed" })).toBeVisible();
  // "I am not sure." to everything believes no myth: none is reported, whatever the questions test.
  await expect(page.getByTestId("misconceptions")).toHaveCount(0);
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
