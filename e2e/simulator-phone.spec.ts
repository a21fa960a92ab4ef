import { writeFileSync } from "node:fs";
import { expect, test, type Locator } from "@playwright/test";

// The simulator's diagram on a 360 px phone: both timelines on screen, text at least 12 px, and
// no label (side names, states, segments, timers) drawn across a timeline.

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const words = {
  en: { demo: "Show the answer (demo)", next: "Next step", client: "Client", server: "Server" },
  ko: { demo: "정답 보기 (데모)", next: "다음 단계", client: "클라이언트", server: "서버" },
};

async function boxes(locator: Locator): Promise<{ text: string; box: Box }[]> {
  const out: { text: string; box: Box }[] = [];
  for (const el of await locator.all()) {
    const box = await el.boundingBox();
    if (box) out.push({ text: (await el.textContent()) ?? "", box });
  }
  return out;
}

for (const locale of ["ko", "en"] as const) {
  for (const scenario of ["three-way-handshake", "lost-syn", "simultaneous-close", "abortive-close"]) {
    test(`${locale}, 360 px: the ${scenario} diagram keeps its labels clear of both timelines`, async ({ browser }, info) => {
      const w = words[locale];
      const context = await browser.newContext({
        viewport: { width: 360, height: 800 },
        locale: locale === "ko" ? "ko-KR" : "en-US",
        extraHTTPHeaders: { "accept-language": locale === "ko" ? "ko-KR,ko;q=0.9" : "en-US,en;q=0.9" },
      });
      const page = await context.newPage();
      await page.goto(`/drills/simulator/${scenario}`);
      await page.getByRole("button", { name: w.demo }).click();
      const next = page.getByRole("button", { name: w.next });
      while (await next.isEnabled()) await next.click();

      const svg = page.locator("figure svg:visible");
      await expect(svg).toHaveCount(1);
      const texts = await boxes(svg.locator("text"));
      expect(texts.slice(0, 2).map((t) => t.text)).toEqual([w.client, w.server]);
      const timelines = await boxes(svg.locator("[data-timeline]"));
      expect(timelines).toHaveLength(2);
      for (const { box } of timelines) {
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(360);
      }
      const crossing = texts.filter((t) => timelines.some((line) => intersects(t.box, line.box))).map((t) => t.text);
      expect(crossing).toEqual([]);
      // At least 12 px on screen: the drawing is 320 units wide and its smallest text is 13.
      const width = (await svg.boundingBox())!.width;
      expect((13 * width) / 320).toBeGreaterThanOrEqual(12);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      const shot = await page.locator("figure").screenshot();
      await info.attach(`${locale}-${scenario}-360.png`, { body: shot, contentType: "image/png" });
      if (process.env.SHOTS_DIR) writeFileSync(`${process.env.SHOTS_DIR}/simulator-${locale}-360-${scenario}.png`, shot);
      await context.close();
    });
  }
}
