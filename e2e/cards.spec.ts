import { expect, test, type Locator } from "@playwright/test";
import { axeViolations } from "./axe";

// Every card kind answered right and wrong, checking the verdict in words and the suggested
// rating: once by keyboard alone and once by pointer, at 360 px (Korean) and at desktop width
// (English), in light and dark. Cram keeps the schedule, so the same cards come in topic order.
// Set SHOTS_DIR to keep a screenshot of every checked card.

type Locale = "ko" | "en";
const words = {
  en: {
    check: "Check",
    reveal: "Show answer",
    rate: "How well did you recall it?",
    right: "Right.",
    partial: "Partly right.",
    wrong: "Wrong.",
    again: "Again",
    good: "Good",
    hard: "Hard",
    suggested: "Suggested rating",
    typed: /Your answer/,
    fix: "Your correction (optional)",
    blank: (n: number) => `Blank ${n}`,
    session: "Review session",
  },
  ko: {
    check: "확인",
    reveal: "답 보기",
    rate: "기억한 정도",
    right: "맞았습니다.",
    partial: "일부만 맞았습니다.",
    wrong: "틀렸습니다.",
    again: "다시",
    good: "알맞음",
    hard: "어려움",
    suggested: "추천 평가",
    typed: /내 답/,
    fix: "고친 내용 (선택)",
    blank: (n: number) => `빈칸 ${n}`,
    session: "복습 세션",
  },
};

type Run = { width: number; locale: Locale; mode: "keyboard" | "pointer"; scheme: "light" | "dark" };
// Two runs cover both ways of answering, both widths, both languages and both schemes; each run
// answers every kind right and wrong (about two minutes), so all four pairings would cost CI
// minutes it does not have. E2E_ALL_CARD_RUNS=1 adds the other two pairings.
const runs: Run[] = [
  { width: 360, locale: "ko", mode: "keyboard", scheme: "light" },
  { width: 1280, locale: "en", mode: "pointer", scheme: "dark" },
  ...(process.env.E2E_ALL_CARD_RUNS
    ? ([
        { width: 360, locale: "ko", mode: "pointer", scheme: "dark" },
        { width: 1280, locale: "en", mode: "keyboard", scheme: "light" },
      ] as const)
    : []),
];

// The right and wrong answers of the cards used, per language where they differ.
const typedAnswer = {
  basic: {
    ko: "클라이언트가 x를 골라 SYN(seq=x)을 보내고 CLOSED → SYN-SENT, 서버는 SYN-RECEIVED",
    en: "The client picks x, sends SYN (seq=x), goes CLOSED → SYN-SENT; the server enters SYN-RECEIVED",
  },
  why: {
    ko: "ack는 다음에 받기를 기대하는 번호이고 SYN은 시퀀스 번호 하나를 차지한다",
    en: "ack is the next number I expect, and the SYN occupies one sequence number",
  },
};

for (const run of runs) {
  test(`every card kind, right and wrong, by ${run.mode} at ${run.width}px in ${run.locale} (${run.scheme})`, async ({ browser }) => {
    // Twelve cards answered and checked, each after a page load or two: longer than one page.
    test.setTimeout(240_000);
    const w = words[run.locale];
    const context = await browser.newContext({
      viewport: { width: run.width, height: 800 },
      colorScheme: run.scheme,
      locale: run.locale === "ko" ? "ko-KR" : "en-US",
    });
    await context.addCookies([{ name: "locale", value: run.locale, url: test.info().project.use.baseURL! }]);
    const page = await context.newPage();
    const keyboard = run.mode === "keyboard";
    const card = () => page.getByRole("region", { name: w.session }).locator("article");
    // The verdict (dnd-kit keeps a live region of its own in the card too).
    const verdict = () => card().locator("p[aria-live]");
    let shot = 0;

    async function open(topic: string) {
      await page.goto(`/study?topic=${topic}&cram=1`);
      await expect(page.getByRole("region", { name: w.session })).toBeVisible();
      // Hydrated once the session has checked the device for ratings it does not know of.
      await expect(page.locator("[aria-busy=false]")).toBeVisible();
    }
    /** Skips cards (revealed unanswered, rated Good) until one of this kind shows. */
    async function skipTo(kind: RegExp) {
      for (let i = 0; i < 12 && !kind.test(await card().locator("p").first().innerText()); i++) {
        if (keyboard) await page.keyboard.press("Space");
        else await page.getByRole("button", { name: new RegExp(`^(${w.reveal}|${w.check})`) }).click();
        const rating = page.getByRole("group", { name: w.rate });
        await expect(rating).toBeVisible();
        if (keyboard) await page.keyboard.press("3");
        else await rating.getByRole("button", { name: new RegExp(w.good) }).click();
        await expect(rating).toBeHidden();
      }
      await expect(card().locator("p").first()).toHaveText(kind);
    }
    async function submit(button: RegExp) {
      if (keyboard) await page.keyboard.press("Enter");
      else await page.getByRole("button", { name: button }).click();
    }
    /** The verdict and the suggested rating; then takes the suggestion (Enter, or a click on it). */
    async function expectVerdict(v: "right" | "partial" | "wrong", rating: "good" | "hard" | "again", name: string) {
      await expect(verdict()).toHaveText(`${w[v]} ${w.suggested}: ${w[rating]}`);
      const suggested = page.getByRole("group", { name: w.rate }).getByRole("button", { name: new RegExp(`${w[rating]}`) });
      await expect(suggested).toBeFocused();
      if (process.env.SHOTS_DIR)
        await page.screenshot({
          path: `${process.env.SHOTS_DIR}/${run.locale}-${run.width}-${run.scheme}-${run.mode}-${String(++shot).padStart(2, "0")}-${name}-${v}.png`,
          fullPage: true,
        });
      if (keyboard) await page.keyboard.press("Enter");
      else await suggested.click();
      await expect(page.getByRole("group", { name: w.rate })).toBeHidden();
    }
    async function focusOrClick(target: Locator) {
      if (keyboard) await target.focus();
      else await target.click();
    }
    /**
     * Resolves once nothing in the card moves. dnd-kit slides the items into their new places after a
     * drop, and a box measured mid-slide would aim the next drag at the wrong item.
     */
    async function settled() {
      await card().evaluate(async (el) => {
        const frame = () => new Promise((r) => requestAnimationFrame(r));
        for (let i = 0; i < 50; i++) {
          await frame();
          await frame();
          const moving = el.getAnimations({ subtree: true });
          if (!moving.length) return;
          await Promise.allSettled(moving.map((a) => a.finished));
        }
      });
    }
    async function drag(item: Locator, to: Locator) {
      await item.scrollIntoViewIfNeeded();
      await to.scrollIntoViewIfNeeded();
      await settled();
      const a = (await item.boundingBox())!;
      const b = (await to.boundingBox())!;
      await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
      await page.mouse.down();
      for (let i = 1; i <= 8; i++) await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2 + ((b.y - a.y) * i) / 8, { steps: 2 });
      // Picked up (dnd-kit marks the dragged item pressed) before it is dropped, and dropped before the next step.
      await expect(card().locator('[aria-pressed="true"]')).toHaveCount(1);
      await page.mouse.up();
      await expect(card().locator('[aria-pressed="true"]')).toHaveCount(0);
      await settled();
    }

    for (const answer of ["right", "wrong"] as const) {
      const right = answer === "right";
      await open("three-way-handshake");

      // Ordering: shown as ACK, SYN+ACK, SYN.
      await skipTo(/Ordering|순서 맞추기/);
      const items = card().getByRole("list").getByRole("button");
      await expect(items).toHaveCount(3);
      if (right) {
        if (keyboard) {
          // Each move waits until dnd-kit has picked the item up and then dropped it (aria-pressed),
          // since a key pressed during the drop animation is ignored.
          const move = async (from: number, ups: number) => {
            await items.nth(from).focus();
            await page.keyboard.press("Space");
            await expect(card().locator('[aria-pressed="true"]')).toHaveCount(1);
            // Paced as a person types: dnd-kit's keyboard sensor measures positions on the frame after
            // a key, and a key pressed in the same frame as the previous one was seen to be lost.
            const nextFrame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            await nextFrame();
            for (let i = 0; i < ups; i++) {
              await page.keyboard.press("ArrowUp");
              await nextFrame();
            }
            await page.keyboard.press("Space");
            await expect(card().locator('[aria-pressed="true"]')).toHaveCount(0);
          };
          await move(2, 2);
          await expect(items.nth(0)).toContainText("SYN (seq=x)");
          await move(2, 1);
        } else {
          await drag(items.nth(2), items.nth(0));
          await expect(items.nth(0)).toContainText("SYN (seq=x)");
          await drag(items.nth(2), items.nth(1));
        }
        await expect(items.nth(1)).toContainText("SYN+ACK");
      }
      if (keyboard) await page.getByRole("button", { name: new RegExp(`^${w.check}`) }).focus();
      await submit(new RegExp(`^${w.check}`));
      await expectVerdict(answer, right ? "good" : "again", "ordering");

      // Basic: the typed answer is compared by the model answer's key terms.
      await skipTo(/Basic|기본/);
      await focusOrClick(card().getByRole("textbox"));
      await page.keyboard.type(right ? typedAnswer.basic[run.locale] : "FIN");
      await submit(new RegExp(`^${w.reveal}`));
      await expectVerdict(answer, right ? "good" : "again", "basic");

      // Cloze: 101 and 201, typed with a particle and in full width when right.
      await skipTo(/Cloze|빈칸 채우기/);
      await focusOrClick(card().getByLabel(w.blank(1)));
      await page.keyboard.type(right ? (run.locale === "ko" ? "101으로" : "１０１") : "100");
      await focusOrClick(card().getByLabel(w.blank(2)));
      await page.keyboard.type(right ? "201" : "200");
      await submit(new RegExp(`^${w.check}`));
      if (!right) await expect(card().getByRole("textbox").first()).toHaveAttribute("aria-invalid", "true");
      await expectVerdict(answer, right ? "good" : "again", "cloze");

      // Why: typed too.
      await skipTo(/Why\?|왜\?/);
      await focusOrClick(card().getByRole("textbox"));
      await page.keyboard.type(right ? typedAnswer.why[run.locale] : "because");
      await submit(new RegExp(`^${w.reveal}`));
      await expectVerdict(answer, right ? "good" : "again", "why");

      // Multiple choice: the second option is right.
      await skipTo(/Multiple choice|객관식/);
      const options = card().getByRole("list").getByRole("button");
      if (keyboard) await page.keyboard.press(right ? "2" : "1");
      else await options.nth(right ? 1 : 0).click();
      await expectVerdict(answer, right ? "good" : "again", "mcq");

      // Spot the mistake: "Client state: LISTEN -> SYN_SENT" (the client starts in CLOSED).
      await open("spot-the-mistake");
      await skipTo(/Spot the mistake|틀린 곳 찾기/);
      if (keyboard) {
        await card().getByLabel(w.fix).focus();
        await page.keyboard.type(right ? "closed" : "LISTEN");
        await page.keyboard.press("Enter");
      } else {
        await card()
          .getByRole("button", { name: right ? "LISTEN" : "SYN_SENT", exact: true })
          .click();
        await page.getByRole("button", { name: new RegExp(`^${w.check}`) }).click();
      }
      if (!keyboard && right) {
        // Before taking the suggestion: the page passes axe with every mark of a checked card shown.
        expect(await axeViolations(page)).toEqual([]);
      }
      await expectVerdict(answer, right ? "good" : "again", "mistake");
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
}
