import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";

const fixtures = path.join(process.cwd(), "app/_domain/capture/fixtures");
const closeWait = readFileSync(path.join(fixtures, "close-wait.rel.txt"), "utf8");

async function axeClean(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** Focus by Tab from the element before, as a keyboard user moves, until `target` has focus. */
async function tabTo(page: Page, target: ReturnType<Page["getByRole"]>, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error("never reached by Tab");
}

const words = {
  en: {
    paste: "tcpdump, ss or netstat output",
    explain: "Explain",
    diagram: /Sequence diagram of connection 1/,
    anomaly: /#7: The server stayed in CLOSE-WAIT for 2\.\d\d s after acknowledging the FIN/,
    practice: "Practice on this capture",
    serverAfter: (n: number) => `Server after #${n}`,
    grade: "Grade",
    perfect: /Score 100% · All correct!/,
    wrong: /Score \d+% · Not quite yet/,
  },
  ko: {
    paste: "tcpdump, ss, netstat 출력",
    explain: "해설 보기",
    diagram: /연결 1의 시퀀스 다이어그램/,
    anomaly: /#7: 서버는 FIN을 확인한 뒤 2\.\d\d초 동안 CLOSE-WAIT에 머물렀습니다/,
    practice: "이 캡처로 연습하기",
    serverAfter: (n: number) => `#${n} 뒤 서버 상태`,
    grade: "채점",
    perfect: /점수 100% · 모두 맞았습니다!/,
    wrong: /점수 \d+% · 아직 틀린 곳이 있습니다/,
  },
};

for (const locale of ["en", "ko"] as const) {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1280, height: 900 },
  ]) {
    test(`${locale}, ${viewport.width} px: paste a capture, see the diagram and the anomaly, practise on it by keyboard alone`, async ({ browser }) => {
      // Two full axe runs on a page with two diagrams: slow on a busy machine, not stuck.
      test.setTimeout(180_000);
      const w = words[locale];
      const context = await browser.newContext({
        viewport,
        locale: locale === "ko" ? "ko-KR" : "en-US",
        extraHTTPHeaders: { "accept-language": locale === "ko" ? "ko-KR,ko;q=0.9" : "en-US,en;q=0.9" },
      });
      const page = await context.newPage();
      await page.goto("/drills/captures");
      const box = page.getByRole("textbox", { name: w.paste });
      await tabTo(page, box);
      await page.keyboard.insertText(closeWait);
      await page.keyboard.press("Tab");
      await expect(page.getByRole("button", { name: w.explain })).toBeFocused();
      await page.keyboard.press("Enter");

      await expect(page.getByRole("img", { name: w.diagram })).toBeVisible();
      // The sides are named in the page's language.
      const drawn = page.getByRole("img", { name: w.diagram }).locator("svg:visible text");
      await expect(drawn.nth(0)).toHaveText(locale === "ko" ? "클라이언트" : "Client");
      await expect(drawn.nth(1)).toHaveText(locale === "ko" ? "서버" : "Server");
      await expect(page.getByText(w.anomaly)).toBeVisible();
      await expect(page.getByText("close-wait-held")).toBeVisible();
      await axeClean(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

      // Practice: Tab to the button, then choose states with the keyboard.
      await tabTo(page, page.getByRole("button", { name: w.practice }), 80);
      await page.keyboard.press("Enter");
      const practice = page.getByRole("region", { name: locale === "en" ? "Practice: connection 1" : "연습: 연결 1" });
      await expect(practice).toBeVisible();
      // Every row starts as the row before it; choose only what changes, row by row.
      const changes: [number, "client" | "server", string][] = [
        [1, "client", "SYN-SENT"],
        [1, "server", "SYN-RECEIVED"],
        [2, "client", "ESTABLISHED"],
        [3, "server", "ESTABLISHED"],
        [6, "client", "FIN-WAIT-1"],
        [6, "server", "CLOSE-WAIT"],
        [7, "client", "FIN-WAIT-2"],
        [8, "client", "TIME-WAIT"],
        [8, "server", "LAST-ACK"],
      ];
      for (const [n, side, state] of changes) {
        const label = side === "server" ? w.serverAfter(n) : locale === "en" ? `Client after #${n}` : `#${n} 뒤 클라이언트 상태`;
        const select = practice.getByRole("combobox", { name: label, exact: true });
        await select.focus();
        await select.selectOption(state);
      }
      const grade = practice.getByRole("button", { name: w.grade });
      await grade.focus();
      await page.keyboard.press("Enter");
      // The last row is left as the one before (TIME-WAIT / LAST-ACK), but the server is CLOSED.
      await expect(practice.getByRole("status")).toHaveText(w.wrong);
      const last = practice.getByRole("combobox", { name: w.serverAfter(9), exact: true });
      await last.focus();
      await last.selectOption("CLOSED");
      await grade.focus();
      await page.keyboard.press("Enter");
      await expect(practice.getByRole("status")).toHaveText(w.perfect);
      await axeClean(page);
      await context.close();
    });
  }
}

test("a dropped or chosen pcap file is read in the browser and nothing is sent to the server", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push(r.url());
  });
  await page.goto("/drills/captures");
  await page.getByLabel("Or choose a pcap or pcapng file").setInputFiles(path.join(fixtures, "lost.pcap"));
  await expect(page.getByText(/Connections 1 · segments 15 · anomalies 2/).first()).toBeVisible();
  await expect(page.getByText("lost-segment", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: /Sequence diagram of connection 1/ })).toHaveAttribute("aria-label", /lost/);
  expect(posts).toEqual([]);
});

test("a socket table shows the piles with what to check and links to study", async ({ page }) => {
  await page.goto("/drills/captures");
  await page.getByRole("button", { name: "Piled-up sockets (ss -tan)" }).click();
  const closeWaitCard = page.getByRole("listitem").filter({ hasText: /^CLOSE-WAIT/ });
  await expect(closeWaitCard).toContainText("12");
  await expect(closeWaitCard).toContainText("socket leak");
  await expect(closeWaitCard.getByRole("link").first()).toHaveAttribute("href", /^\/study\?topic=/);
  await axeClean(page);
});

test("bad input gets a clear message in the page", async ({ page }) => {
  await page.goto("/drills/captures");
  await page.getByRole("textbox", { name: "tcpdump, ss or netstat output" }).fill("my server is slow");
  await page.getByRole("button", { name: "Explain" }).click();
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toContainText("No line reads as a capture");
  await page
    .getByLabel("Or choose a pcap or pcapng file")
    .setInputFiles({ name: "cut.pcap", mimeType: "application/vnd.tcpdump.pcap", buffer: readFileSync(path.join(fixtures, "normal.pcap")).subarray(0, 100) });
  await expect(alert).toContainText("The file is cut short");
});

test("the drills page and the simulator lead to the capture screen", async ({ page }) => {
  await page.goto("/drills");
  await page.getByRole("link", { name: "Explain a capture" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Explain a capture" })).toBeVisible();
  await page.goto("/drills/simulator");
  await page.getByRole("link", { name: "Explain your own capture →" }).click();
  await expect(page).toHaveURL(/\/drills\/captures$/);
});

test.describe("POST /api/captures/explain on the running server", () => {
  test("explains a pcap and answers random and cut bodies with 200 or 400 only", async ({ request }) => {
    const ok = await request.post("/api/captures/explain?locale=en", {
      data: readFileSync(path.join(fixtures, "abort.pcap")),
      headers: { "content-type": "application/vnd.tcpdump.pcap" },
    });
    expect(ok.status()).toBe(200);
    expect(((await ok.json()) as { connections: { anomalies: { code: string }[] }[] }).connections[0]?.anomalies[0]?.code).toBe("reset");

    // A seeded generator: the same bodies on every run.
    let seed = 20261201;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const seeds = ["normal.pcap", "normal.pcapng", "lost.pcap", "half-close-sll2.pcap", "normal.v.txt", "piles.ss.txt"].map((f) =>
      readFileSync(path.join(fixtures, f)),
    );
    const statuses = new Set<number>();
    for (let i = 0; i < 120; i++) {
      const source = seeds[i % seeds.length]!;
      let body: Buffer;
      if (i % 3 === 0) body = Buffer.from(Array.from({ length: Math.floor(random() * 2000) }, () => Math.floor(random() * 256)));
      else {
        body = Buffer.from(source.subarray(0, Math.floor(random() * source.length)));
        for (let k = 0; k < 4 && body.length; k++) body[Math.floor(random() * body.length)] = Math.floor(random() * 256);
      }
      const type = ["text/plain", "application/vnd.tcpdump.pcap", "application/octet-stream"][i % 3]!;
      const res = await request.post("/api/captures/explain?locale=ko", { data: body, headers: { "content-type": type } });
      statuses.add(res.status());
      expect([200, 400], `body ${i}`).toContain(res.status());
    }
    expect(statuses).toEqual(new Set([200, 400]));
    const huge = await request.post("/api/captures/explain", { data: Buffer.alloc(10 * 1024 * 1024 + 1, 0x41), headers: { "content-type": "text/plain" } });
    expect(huge.status()).toBe(400);
    expect(((await huge.json()) as { error: { code: string; message: string } }).error.code).toBe("too_large");
  });
});
