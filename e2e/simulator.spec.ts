import { expect, test, type Page } from "@playwright/test";

type Entry = { kind: string; flags: string[]; seq: string; ack?: string; client: string; server: string };

/** Fills one step with the keyboard alone: focus moves with Tab, choices with keys. */
async function addStep(page: Page, e: Entry) {
  await page.getByRole("combobox", { name: "Step", exact: true }).focus();
  await page.getByRole("combobox", { name: "Step", exact: true }).selectOption({ label: e.kind });
  for (const flag of e.flags) {
    await page.getByRole("checkbox", { name: flag, exact: true }).focus();
    await page.keyboard.press("Space");
  }
  await page.getByRole("textbox", { name: "seq", exact: true }).focus();
  await page.keyboard.type(e.seq);
  if (e.ack) {
    await page.keyboard.press("Tab");
    await page.keyboard.type(e.ack);
  }
  await page.getByRole("combobox", { name: "Client state after this step" }).focus();
  await page.getByRole("combobox", { name: "Client state after this step" }).selectOption(e.client);
  await page.keyboard.press("Tab");
  await page.getByRole("combobox", { name: "Server state after this step" }).selectOption(e.server);
  await page.getByRole("button", { name: "Add step" }).focus();
  await page.keyboard.press("Enter");
}

test("builds the 3-way handshake by keyboard, sees it graded correct, then breaks an ACK number", async ({ page }) => {
  await page.goto("/drills/simulator/three-way-handshake");
  await addStep(page, { kind: "Segment from the client", flags: ["SYN"], seq: "100", client: "SYN-SENT", server: "SYN-RECEIVED" });
  await addStep(page, { kind: "Segment from the server", flags: ["SYN", "ACK"], seq: "300", ack: "101", client: "ESTABLISHED", server: "SYN-RECEIVED" });
  await addStep(page, { kind: "Segment from the client", flags: ["ACK"], seq: "101", ack: "301", client: "ESTABLISHED", server: "ESTABLISHED" });
  await page.getByRole("button", { name: "Grade" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(/Score 100% · Correct!/);
  await expect(page.getByRole("list", { name: "Your answer" }).getByRole("listitem")).toHaveCount(3);
  await expect(page.getByText("✓ right")).toHaveCount(3);

  // Grading the same steps again records the attempt once: the button is back once both
  // requests (grade, then record) are done.
  const grade = page.getByRole("button", { name: "Grade", exact: true });
  const attempts = async () => ((await (await page.request.get("/api/progress/export")).json()) as { drillAttempts: unknown[] }).drillAttempts.length;
  await expect(grade).toBeEnabled();
  expect(await attempts()).toBe(1);
  await grade.focus();
  await page.keyboard.press("Enter");
  await expect(grade).toBeEnabled();
  expect(await attempts()).toBe(1);

  // Replace the last step with one whose ACK number forgets the +1.
  await page.getByRole("button", { name: "Remove 3" }).focus();
  await page.keyboard.press("Enter");
  await addStep(page, { kind: "Segment from the client", flags: ["ACK"], seq: "101", ack: "300", client: "ESTABLISHED", server: "ESTABLISHED" });
  await page.getByRole("button", { name: "Grade" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText(/Score 67% · Not quite yet/);
  // Changed steps are a new attempt.
  await expect(grade).toBeEnabled();
  expect(await attempts()).toBe(2);
  const third = page.getByRole("list", { name: "Your answer" }).getByRole("listitem").nth(2);
  await expect(third).toContainText("✗ wrong");
  await expect(third).toContainText("ack (acknowledgement number): The peer's SYN consumes one sequence number, so ack is its ISN (IRS) + 1 = 301");
  // Only the wrong field is marked, not the whole step.
  await expect(third.locator("mark")).toHaveText(["ack=300 (wrong)"]);
  await expect(page.getByRole("list", { name: "Your answer" }).getByRole("listitem").nth(1)).toContainText("✓ right");
});

test("a lost SYN: the timeout step is the client's retransmission timer, drawn and graded as such", async ({ page }) => {
  await page.goto("/drills/simulator/lost-syn");
  await page.getByRole("combobox", { name: "Step", exact: true }).selectOption({ label: "Segment from the client" });
  await page.getByRole("checkbox", { name: "SYN", exact: true }).check();
  await page.getByRole("textbox", { name: "seq", exact: true }).fill("100");
  await page.getByRole("checkbox", { name: "Lost" }).check();
  await page.getByRole("combobox", { name: "Client state after this step" }).selectOption("SYN-SENT");
  await page.getByRole("combobox", { name: "Server state after this step" }).selectOption("LISTEN");
  await page.getByRole("button", { name: "Add step" }).click();
  await page.getByRole("combobox", { name: "Step", exact: true }).selectOption({ label: "Timeout at the client" });
  await page.getByRole("button", { name: "Add step" }).click();
  await addStep(page, { kind: "Segment from the client", flags: ["SYN"], seq: "100", client: "SYN-SENT", server: "SYN-RECEIVED" });
  await addStep(page, { kind: "Segment from the server", flags: ["SYN", "ACK"], seq: "300", ack: "101", client: "ESTABLISHED", server: "SYN-RECEIVED" });
  await addStep(page, { kind: "Segment from the client", flags: ["ACK"], seq: "101", ack: "301", client: "ESTABLISHED", server: "ESTABLISHED" });
  await page.getByRole("button", { name: "Grade" }).click();
  await expect(page.getByRole("status")).toHaveText(/Score 100% · Correct!/);
  // The diagram holds a drawing for phones and one for wider screens; one of them shows.
  await expect(
    page
      .getByRole("img", { name: /Sequence diagram/ })
      .getByText("retransmission timeout")
      .filter({ visible: true }),
  ).toBeVisible();
});

test("plays a scenario's correct run as a demo, step by step", async ({ page }) => {
  await page.goto("/drills/simulator/lost-final-ack");
  await page.getByRole("button", { name: "Show the answer (demo)" }).click();
  await expect(page.getByRole("heading", { name: "Demo 1 of 7" })).toBeVisible();
  for (let i = 2; i <= 7; i++) await page.getByRole("button", { name: "Next step" }).click();
  await expect(page.getByRole("heading", { name: "Demo 7 of 7" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Sequence diagram/ })).toHaveAttribute("aria-label", /lost/);
});

test.describe("simulator HTTP interface", () => {
  test("lists the scenarios", async ({ request }) => {
    const list = (await (await request.get("/api/simulator/scenarios?locale=en")).json()) as { id: string }[];
    expect(list.map((s) => s.id)).toEqual([
      "three-way-handshake",
      "four-way-close",
      "server-close",
      "half-close",
      "lost-final-ack",
      "simultaneous-open",
      "simultaneous-close",
      "syn-to-closed-port",
      "lost-syn",
      "lost-third-ack",
      "abortive-close",
      "time-wait-reopen",
    ]);
    expect(list[0]).toEqual({
      id: "three-way-handshake",
      title: "3-way handshake",
      description: expect.any(String),
      initial: { client: "CLOSED", server: "LISTEN" },
      steps: 3,
    });
  });

  test("grades without sign-in and answers bad input with a 400 that says what is wrong", async ({ request }) => {
    const ok = await request.post("/api/simulator/grade", {
      data: {
        scenario: "syn-to-closed-port",
        steps: [
          { from: "client", flags: ["SYN"], seq: 7, client: "SYN_SENT", server: "CLOSED" },
          { from: "server", flags: ["RST", "ACK"], seq: 0, ack: 8, client: "CLOSED", server: "CLOSED" },
        ],
      },
    });
    expect(await ok.json()).toMatchObject({ correct: true, score: 1 });

    const cases: [string, Buffer | object, RegExp][] = [
      ["malformed JSON", Buffer.from("{not json"), /not valid JSON/],
      ["unknown scenario", { scenario: "nope", steps: [] }, /Unknown scenario "nope"/],
      [
        "unknown flag",
        { scenario: "three-way-handshake", steps: [{ from: "client", flags: ["SYNACK"], seq: 1, client: "a", server: "b" }] },
        /steps.0.flags.0: must be one of/,
      ],
      [
        "wrong type",
        { scenario: "three-way-handshake", steps: [{ from: "client", flags: ["SYN"], seq: "one", client: "a", server: "b" }] },
        /steps.0.seq: must be a number/,
      ],
    ];
    for (const [what, body, message] of cases) {
      const res = await request.post("/api/simulator/grade", { data: body, headers: { "content-type": "application/json" } });
      expect(res.status(), what).toBe(400);
      expect(((await res.json()) as { error: { code: string; message: string } }).error.message, what).toMatch(message);
    }
    const huge = await request.post("/api/simulator/grade", { data: { scenario: "three-way-handshake", steps: [], pad: "x".repeat(100_000) } });
    expect(huge.status()).toBe(413);
  });
});

test("at 360 px the diagram fits the screen: both timelines inside the viewport, text at least 12 px, Korean labels", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "ko-KR" });
  await context.addCookies([{ name: "locale", value: "ko", url: test.info().project.use.baseURL! }]);
  const page = await context.newPage();
  await page.goto("/drills/simulator/three-way-handshake");
  await page.getByRole("button", { name: "정답 보기 (데모)" }).click();
  for (let i = 0; i < 2; i++) await page.getByRole("button", { name: "다음 단계" }).click();
  const figure = page.getByRole("img", { name: /시퀀스 다이어그램/ });
  await expect(figure).toBeVisible();
  const drawing = figure.locator("svg").filter({ visible: true });
  await expect(drawing.getByText("클라이언트", { exact: true })).toBeVisible();
  await expect(drawing.getByText("서버", { exact: true })).toBeVisible();
  // Both timelines (the two vertical lines) lie inside the 360 px viewport.
  const lanes = await drawing.locator("line[stroke-opacity]").evaluateAll((ls) => ls.map((l) => l.getBoundingClientRect()).map((r) => [r.left, r.right]));
  expect(lanes).toHaveLength(2);
  for (const [left, right] of lanes) {
    expect(left).toBeGreaterThanOrEqual(0);
    expect(right).toBeLessThanOrEqual(360);
  }
  const smallest = await drawing.locator("text").evaluateAll((ts) => Math.min(...ts.map((t) => t.getBoundingClientRect().height)));
  expect(smallest).toBeGreaterThanOrEqual(12);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  if (process.env.SHOTS_DIR) await figure.screenshot({ path: `${process.env.SHOTS_DIR}/simulator-360-ko.png` });
  await context.close();
});
