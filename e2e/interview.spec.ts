import { expect, test } from "@playwright/test";

test("a new user answers a prompt within the timer and sees covered and missed points, then saves an overruled grade", async ({ page }) => {
  await page.goto("/drills");
  await page.getByRole("link", { name: "Interview answer practice" }).click();
  await page.getByRole("link", { name: /Explain the 3-way handshake/ }).click();
  await expect(page).toHaveURL(/\/drills\/interview\/iv-three-way$/);

  // Short answers get 30 seconds; the learner starts the clock with the keyboard.
  await expect(page.getByLabel("Time limit (seconds)")).toHaveValue("30");
  await page.getByRole("button", { name: "Start" }).focus();
  await page.keyboard.press("Enter");
  const answer = page.getByRole("textbox", { name: "Your answer" });
  await expect(answer).toBeFocused();
  await expect(page.getByTestId("time-left")).toContainText(/\d+ s left/);
  await page.keyboard.type("The client sends SYN, the server answers SYN+ACK, then the client sends ACK. <b>bold?</b>");
  await page.keyboard.press("Control+Enter");

  const covered = page.getByTestId("covered-points");
  const missed = page.getByTestId("missed-points");
  await expect(covered).toContainText("The client sends SYN to request a connection");
  await expect(covered).toContainText("Matched: “SYN+ACK”");
  await expect(missed).toContainText("Both initial sequence numbers are exchanged");
  await expect(missed).toContainText("Each side acknowledges the other's number plus one");
  await expect(page.getByText("Score 50%")).toBeVisible();
  // The learner's words come back as text, never as markup.
  await page.getByText("Your answer", { exact: true }).click();
  await expect(page.getByText("<b>bold?</b>", { exact: false })).toBeVisible();
  await expect(page.locator("b", { hasText: "bold?" })).toHaveCount(0);
  await expect(page.getByText("Model answer (short)")).toBeVisible();

  // The grader suggests Again (50%); the learner overrules it with Hard and saves.
  await expect(page.getByRole("button", { name: /Again/ })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Hard" }).click();
  await page.getByRole("button", { name: "Save and schedule" }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
  const reviews = (await (await page.request.get("/api/reviews?limit=5")).json()) as { reviews: { cardId: string; rating: number }[] };
  expect(reviews.reviews.filter((r) => r.cardId === "iv-three-way").map((r) => r.rating)).toEqual([2]);

  // The list shows the saved attempt's score; the prompt is not due again yet.
  await page.getByRole("link", { name: "All questions" }).click();
  const item = page.getByRole("link", { name: /Explain the 3-way handshake/ });
  await expect(item).toContainText("last 50%");
  await expect(item).not.toContainText("Due");
});

test("when time runs out the typed answer is graded", async ({ page }) => {
  await page.goto("/drills/interview/iv-why-time-wait");
  await page.getByLabel("Time limit (seconds)").fill("10");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("textbox", { name: "Your answer" }).fill("It waits 2MSL so delayed segments expire.");
  await expect(page.getByRole("status")).toContainText("Time is up.", { timeout: 15_000 });
  await expect(page.getByTestId("missed-points")).toContainText("If the last ACK is lost");
});

test.describe("interview API", () => {
  test("lists the prompts and grades without sign-in", async ({ request }) => {
    const list = (await (await request.get("/api/interview/prompts?locale=ko")).json()) as { prompts: { id: string; prompt: string }[] };
    expect(list.prompts.length).toBeGreaterThanOrEqual(8);
    expect(list.prompts.find((p) => p.id === "iv-three-way")?.prompt).toBe("3-way 핸드셰이크를 설명해 주세요.");
    const res = await request.post("/api/interview/grade", { data: { promptId: "iv-three-way", answer: "서버가 SYN_SENT 상태가 됩니다", locale: "ko" } });
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { score: number; points: { id: string; covered: boolean; evidence: string | null }[]; mistakes: { id: string; message: string }[] };
    expect(body.score).toBe(0);
    expect(body.points).toHaveLength(6);
    expect(body.mistakes.map((m) => m.id)).toEqual(["server-syn-sent"]);
  });

  test("answers an empty, an over-long or an unknown-prompt request with a 400 that says what is wrong", async ({ request }) => {
    const cases: [unknown, RegExp][] = [
      [{ promptId: "iv-flags", answer: "  ", locale: "en" }, /answer is empty/],
      [{ promptId: "iv-flags", answer: "a".repeat(5001), locale: "en" }, /longer than 5000 characters/],
      [{ promptId: "iv-nope", answer: "SYN", locale: "en" }, /no interview prompt "iv-nope"/],
      [{ promptId: "iv-flags", answer: "SYN", locale: "fr" }, /locale/],
    ];
    for (const [data, message] of cases) {
      const res = await request.post("/api/interview/grade", { data });
      expect(res.status()).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
  });
});
