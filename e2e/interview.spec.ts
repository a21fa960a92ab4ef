import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";

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
  await expect(covered).toContainText("Matched: “server answers SYN+ACK”");
  await expect(missed).toContainText("Both initial sequence numbers are exchanged");
  await expect(missed).toContainText("Each side acknowledges the other's number plus one");
  await expect(page.getByText("Score 85%")).toBeVisible();
  // The learner's words come back as text, never as markup.
  await expect(page.getByTestId("marked-answer")).toContainText("<b>bold?</b>");
  await expect(page.locator("b", { hasText: "bold?" })).toHaveCount(0);
  await expect(page.getByText("Model answer (short)")).toBeVisible();

  // The grader suggests Hard (85%: every core step, no supporting point); the learner overrules it with Good and saves.
  await expect(page.getByRole("button", { name: /Hard/ })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Good" }).click();
  await page.getByRole("button", { name: "Save and schedule" }).click();
  await expect(page.getByRole("status")).toContainText("Saved.");
  const reviews = (await (await page.request.get("/api/reviews?limit=5")).json()) as { reviews: { cardId: string; rating: number }[] };
  expect(reviews.reviews.filter((r) => r.cardId === "iv-three-way").map((r) => r.rating)).toEqual([3]);

  // The list shows the saved attempt's score; the prompt is not due again yet.
  await page.getByRole("link", { name: "All questions" }).click();
  const item = page.getByRole("link", { name: /Explain the 3-way handshake/ });
  await expect(item).toContainText("last 85%");
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
    const body = (await res.json()) as {
      score: number;
      points: { id: string; covered: boolean; evidence: string | null }[];
      mistakes: { id: string; message: string }[];
    };
    expect(body.score).toBe(0);
    expect(body.points).toHaveLength(6);
    expect(body.mistakes.map((m) => m.id)).toEqual(["server-syn-sent"]);
    expect(body.mistakes[0]).toMatchObject({ kind: "wrong-claim", misconception: "server-enters-syn-sent" });
    expect((body.mistakes[0] as unknown as { message: string }).message).toMatch(/^“서버가 SYN_SENT 상태가 됩니다”: .*SYN-RECEIVED.*RFC 9293 §3\.5/);
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

/** Tabs from the top of the page through every highlight of the marked answer; what each says to a screen reader. */
async function tabThroughMarks(page: Page): Promise<{ kind: string; text: string }[]> {
  await page.locator("body").focus();
  const seen: { kind: string; text: string }[] = [];
  for (let i = 0; i < 60; i += 1) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement;
      return a && a.tagName === "MARK"
        ? { kind: a.getAttribute("data-kind") ?? "", text: a.textContent }
        : a?.tagName === "BUTTON" && /Again|다시 답하기|Answer again/.test(a.textContent)
          ? { kind: "end", text: "" }
          : null;
    });
    if (el?.kind === "end") break;
    if (el) seen.push(el);
  }
  return seen;
}

for (const lang of ["en", "ko"] as const) {
  test(`a graded answer marks the words that earned points and made a mistake, reachable by keyboard alone and axe-clean (${lang})`, async ({ browser }) => {
    const context = await browser.newContext(
      lang === "ko" ? { locale: "ko-KR", extraHTTPHeaders: { "accept-language": "ko-KR,ko;q=0.9" } } : { locale: "en-US" },
    );
    const page = await context.newPage();
    await page.goto("/drills/interview/iv-four-way");
    await page.getByRole("button", { name: lang === "ko" ? "시작" : "Start" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("textbox", { name: lang === "ko" ? "내 답변" : "Your answer" })).toBeFocused();
    const answer =
      lang === "ko"
        ? "클라이언트가 서버에게 FIN을 보냅니다. 서버는 ACK를 보내고 남은 데이터를 보낸 뒤 FIN을 보냅니다. 클라이언트가 마지막 ACK를 보내면 서버가 TIME_WAIT 상태가 됩니다."
        : "The client sends FIN to the server. The server sends an ACK, sends its remaining data and then its own FIN. The client sends the last ACK, and the server goes into TIME_WAIT.";
    await page.keyboard.insertText(answer);
    await page.keyboard.press("Control+Enter");
    const marked = page.getByTestId("marked-answer");
    await expect(marked).toBeVisible();
    await expect(page.getByTestId("mistakes")).toContainText(lang === "ko" ? "TIME-WAIT 상태는" : "TIME-WAIT is not a state");

    // Every highlight is reached with Tab and says what it marks; a point is not told by colour alone.
    const marks = await tabThroughMarks(page);
    expect(marks.filter((m) => m.kind === "point").length).toBeGreaterThanOrEqual(4);
    expect(marks.some((m) => m.kind === "mistake" && m.text.includes(lang === "ko" ? "서버가 TIME_WAIT" : "server goes into TIME_WAIT"))).toBe(true);
    expect(marks[0]!.text).toContain(lang === "ko" ? "✓1 포인트: 먼저 닫는 쪽이 FIN을 보낸다" : "✓1 point: The closing side sends FIN");
    await expect(marked.locator("mark sup").first()).toHaveText(/^✓1/);

    // From the list, "show in my answer" moves the focus to the words themselves.
    const show = page.getByRole("link", { name: lang === "ko" ? /답에서 보기 \(⚠1\)/ : /Show in my answer \(⚠1\)/ });
    await show.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("mark:focus")).toHaveAttribute("data-kind", "mistake");
    await expect(page.locator("mark:focus")).toContainText(lang === "ko" ? "서버가 TIME_WAIT" : "server goes into TIME_WAIT");

    expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
    await context.close();
  });
}

// The nine prompts of content v2, on a phone in Korean and on a desktop in English.
for (const [lang, width] of [
  ["ko", 360],
  ["en", 1280],
] as const) {
  test(`the new topics' prompts are listed, and a wrong answer to one is graded with its misconception (${lang}, ${width} px)`, async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width, height: 800 },
      ...(lang === "ko" ? { locale: "ko-KR", extraHTTPHeaders: { "accept-language": "ko-KR,ko;q=0.9" } } : { locale: "en-US" }),
    });
    const page = await context.newPage();
    await page.goto("/drills/interview");
    for (const prompt of lang === "ko"
      ? ["CLOSE_WAIT 상태의 소켓이 계속 늘어납니다", "SYN Flooding 공격은 어떻게 동작하고", "연결 관리 관점에서 TCP와 UDP는"]
      : ["CLOSE_WAIT sockets keep growing", "How does a SYN flood work", "How do TCP and UDP differ"]) {
      await expect(page.getByRole("link", { name: new RegExp(prompt) })).toBeVisible();
    }
    await page.getByRole("link", { name: lang === "ko" ? /CLOSE_WAIT 상태의 소켓이 계속 늘어납니다/ : /CLOSE_WAIT sockets keep growing/ }).click();
    // The first visit to a prompt page can take a while on a loaded machine.
    await expect(page).toHaveURL(/\/drills\/interview\/iv-close-wait-leak$/, { timeout: 30_000 });
    await page.getByRole("button", { name: lang === "ko" ? "시작" : "Start" }).click();
    const answer =
      lang === "ko"
        ? "CLOSE_WAIT는 시간이 지나면 커널이 알아서 정리해 줍니다. 급하면 tcp_fin_timeout을 줄이면 CLOSE_WAIT가 빨리 사라집니다."
        : "The kernel cleans CLOSE_WAIT up automatically after a while. If it is urgent, lower tcp_fin_timeout and the CLOSE_WAIT sockets go away.";
    await page.getByRole("textbox", { name: lang === "ko" ? "내 답변" : "Your answer" }).fill(answer);
    await page.keyboard.press("Control+Enter");
    const mistakes = page.getByTestId("mistakes");
    await expect(mistakes).toContainText(lang === "ko" ? "이 상태를 끝내는 타이머가 없" : "has a timer that ends it");
    await expect(mistakes).toContainText(lang === "ko" ? "애플리케이션의 close()뿐입니다" : "only the application holding a CLOSE_WAIT socket can end it");
    await expect(page.getByTestId("missed-points")).toContainText(
      lang === "ko" ? "우리 애플리케이션이 close()를 호출하지 않는다" : "Our application never calls close()",
    );
    expect(await axeViolations(page, { bestPractice: true })).toEqual([]);
    await context.close();
  });
}
