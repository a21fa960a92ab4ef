import { expect, test } from "@playwright/test";
import { runMockInterview } from "./mock-run";
import { axeViolations } from "./axe";

// One mock interview, taken through the page, serves both what the interview shows at its end
// and what the progress page makes of it afterwards: a whole run is among the slowest things here.
test("a mock interview mixes kinds, follows a weak answer with a deeper question, ends with readiness per topic, and the progress page then shows the session", async ({
  page,
}) => {
  // A whole interview of up to 20 questions, then the progress page and an axe run: longer than one page.
  test.setTimeout(120_000);
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

  // The progress page: overall and per-topic readiness, the numbers and a way to another session.
  await page.getByRole("navigation").getByRole("link", { name: "Progress" }).click();
  const section = page.getByRole("region", { name: "Mock interview readiness" });
  await expect(section.getByRole("img", { name: /^Overall readiness by mock interview, 1 shown: \d+% in the latest, \d+% at best$/ })).toBeVisible();
  // Every topic the session asked about has its own line.
  await expect(section.getByRole("heading", { name: "By topic" })).toBeVisible();
  expect(await section.getByRole("img", { name: /when first asked, .* in 1 of the sessions shown$/ }).count()).toBeGreaterThan(0);
  await expect(section.getByRole("link", { name: "Take a mock interview" })).toHaveAttribute("href", "/drills/mock");
  expect(await axeViolations(page)).toEqual([]);

  await section.getByText("Show the numbers").click();
  const rows = page.getByRole("table", { name: "Mock interview readiness" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("Overall");
  await expect(rows.nth(1)).toContainText(/\d+%/);
});

test("finishing a mock interview refuses bad input with a 400 that says where", async ({ request }) => {
  const res = await request.post("/api/mock/finish", { data: { id: "not-a-uuid", locale: "en", answers: [] } });
  expect(res.status()).toBe(400);
  const message = ((await res.json()) as { error: { message: string } }).error.message;
  expect(message).toMatch(/id: id must be a UUID/);
  expect(message).toMatch(/answers: a mock interview needs at least one answer/);
  const unknown = await request.post("/api/mock/finish", {
    data: { id: crypto.randomUUID(), locale: "en", answers: [{ itemId: "nope", reviewId: crypto.randomUUID(), answer: "", durationMs: 0 }] },
  });
  expect(unknown.status()).toBe(400);
  expect(((await unknown.json()) as { error: { message: string } }).error.message).toMatch(/answers\.0\.itemId: "nope"/);
});

test("a grade request that fails shows a notice and keeps the answer unscored; submitting again grades it", async ({ page }) => {
  await page.goto("/drills/mock");
  await page.getByRole("button", { name: "Start the mock interview" }).click();
  // A session opens with an explain-question, the kind graded on the server.
  await expect(page.getByTestId("question-kind")).toContainText("Explain");
  // The first request fails; the second reaches the grader, whose answer is kept to compare.
  const requests: string[] = [];
  const graded: { score: number }[] = [];
  await page.route("**/api/interview/grade", async (route) => {
    requests.push((route.request().postDataJSON() as { answer: string }).answer);
    if (requests.length === 1)
      return route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "unavailable", message: "The grader is busy" } }),
      });
    const response = await route.fetch();
    graded.push((await response.json()) as { score: number });
    return route.fulfill({ response });
  });
  const said = "The client sends SYN, the server answers SYN+ACK and the client ACKs it.";
  const answer = page.getByRole("textbox", { name: "Your answer" });
  await answer.fill(said);
  await page.getByRole("button", { name: /^Submit and grade/ }).click();
  await expect(page.getByRole("status")).toHaveText("Could not grade this answer (The grader is busy). Your answer is kept; submit it again.");
  // Not scored: no score, no expected answer, the same question, the answer still there to send.
  await expect(page.getByText(/^Score \d+%/)).toHaveCount(0);
  await expect(page.getByText("Expected answer")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Question 1 of \d+$/ })).toBeVisible();
  await expect(answer).toHaveValue(said);

  await page.getByRole("button", { name: /^Submit and grade/ }).click();
  await expect(page.getByText("Expected answer")).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("");
  expect(requests).toEqual([said, said]);
  // The score shown is the grader's for this answer, not a 0 left by the failed request.
  expect(graded).toHaveLength(1);
  await expect(page.getByText(/^Score \d+%/)).toHaveText(`Score ${Math.round(graded[0]!.score * 100)}%`);
});
