import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { reveal, reviewsOf, savedOnServer } from "./keys";
import { axeViolations } from "./axe";

const SHOTS = process.env.E2E_SHOTS_DIR;
const PASSWORD = "sunny otter kimchi 42";
const newEmail = (what: string) => `${what}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

/** A browser in Korean or English, light or dark, at phone or desktop width. */
async function browserAs(browser: Browser, o: { ko?: boolean; dark?: boolean; phone?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: o.ko ? "ko-KR" : "en-US",
    extraHTTPHeaders: { "accept-language": o.ko ? "ko-KR,ko;q=0.9" : "en-US,en;q=0.9" },
    colorScheme: o.dark ? "dark" : "light",
    viewport: o.phone ? { width: 360, height: 740 } : { width: 1280, height: 800 },
  });
  return { context, page: await context.newPage() };
}

async function studyOneCard(page: Page, ko = false) {
  await page.goto("/study");
  await reveal(page, ko ? "기억한 정도" : undefined);
  await page.keyboard.press("3");
  await savedOnServer(page, 1);
  await expect(page.getByRole("status").filter({ hasText: ko ? /모든 평가가 저장되었습니다/ : /All ratings saved/ })).toBeVisible();
}

async function signUp(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  // Two scrypt runs and a strength check on a machine shared with builds: give it time.
  await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible({ timeout: 20_000 });
}

async function signIn(page: Page, email: string, labels = { email: "Email", password: "Password", button: "Sign in" }) {
  await page.goto("/signin");
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(PASSWORD);
  await page.getByRole("main").getByRole("button", { name: labels.button }).click();
}

test("a guest who signs up and then signs out leaves the browser with no way into the account", async ({ browser }) => {
  const { context, page } = await browserAs(browser);
  await studyOneCard(page);
  const guestCookie = (await context.cookies()).find((c) => c.name === "guest")!;
  expect(guestCookie).toBeTruthy();
  await signUp(page, newEmail("signout"));
  // The guest became the account: its cookie is gone from the browser already.
  expect((await context.cookies()).map((c) => c.name)).not.toContain("guest");
  expect((await page.request.get("/api/progress/export")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await context.cookies()).map((c) => c.name).filter((n) => n === "guest" || n.includes("session-token"))).toEqual([]);
  expect((await page.request.get("/api/progress/export")).status()).toBe(401);
  expect(await reviewsOf(page.request)).toEqual([]);
  await page.goto("/progress");
  await expect(page.getByRole("banner").getByRole("button", { name: "Sign out" })).toHaveCount(0);

  // The old guest cookie's value, replayed in another browser, opens nothing.
  const replay = await browser.newContext();
  await replay.addCookies([{ ...guestCookie }]);
  const other = await replay.newPage();
  expect((await other.request.get("/api/progress/export")).status()).toBe(401);
  expect(await reviewsOf(other.request)).toEqual([]);
  await other.goto("/progress");
  await expect(other.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await Promise.all([replay.close(), context.close()]);
});

test("signing in with guest study in the browser offers to add it to the account, and does", async ({ browser }) => {
  const email = newEmail("merge");
  const { context, page } = await browserAs(browser);
  await signUp(page, email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await studyOneCard(page);

  await signIn(page, email);
  const offer = page.getByRole("region", { name: "You studied here as a guest" });
  await expect(offer).toContainText("(1 review of 1 card)", { timeout: 20_000 });
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "merge-offer-en-desktop-light");
  await offer.getByRole("button", { name: "Add to my account" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Your guest study is now part of this account." })).toBeFocused();
  await expect(offer).toHaveCount(0);
  expect((await context.cookies()).map((c) => c.name)).not.toContain("guest");
  const exported = (await (await page.request.get("/api/progress/export")).json()) as { reviews: unknown[] };
  expect(exported.reviews).toHaveLength(1);
  await context.close();
});

test("the offer in Korean on a phone in the dark, and discarding the guest study", async ({ browser }) => {
  const email = newEmail("discard");
  const { context, page } = await browserAs(browser, { ko: true, dark: true, phone: true });
  await page.goto("/signup");
  await page.getByLabel("이메일").fill(email);
  await page.getByLabel("비밀번호").fill(PASSWORD);
  await page.getByRole("button", { name: "가입" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "진행 상황" })).toBeVisible({ timeout: 20_000 });
  await page.getByRole("button", { name: "로그아웃" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "로그인" })).toBeVisible();
  await studyOneCard(page, true);

  await signIn(page, email, { email: "이메일", password: "비밀번호", button: "로그인" });
  const offer = page.getByRole("region", { name: "게스트로 학습한 기록이 있습니다" });
  await expect(offer).toContainText("(복습 1회, 카드 1장)", { timeout: 20_000 });
  expect(await axeViolations(page)).toEqual([]);
  await shot(page, "merge-offer-ko-360-dark");
  await offer.getByRole("button", { name: "버리기" }).click();
  await expect(page.getByRole("status").filter({ hasText: "게스트 기록을 버렸습니다." })).toBeVisible();
  expect(((await (await page.request.get("/api/progress/export")).json()) as { reviews: unknown[] }).reviews).toEqual([]);
  await context.close();
});

for (const o of [
  { ko: false, dark: false, phone: false },
  { ko: true, dark: true, phone: true },
]) {
  const name = `${o.ko ? "ko" : "en"}-${o.phone ? "360" : "desktop"}-${o.dark ? "dark" : "light"}`;
  test(`sign-up says what is wrong with each field, by keyboard alone (${name})`, async ({ browser }) => {
    const { context, page } = await browserAs(browser, o);
    const l = o.ko
      ? { email: "이메일", password: "비밀번호", name: "이름 (선택)", button: "가입" }
      : { email: "Email", password: "Password", name: "Name (optional)", button: "Sign up" };
    await page.goto("/signup");
    await page.getByLabel(l.email).fill("not-an-email");
    await page.getByLabel(l.password).fill("12345678");
    await page.getByLabel(l.name).fill("x".repeat(81));
    await page.getByLabel(l.name).press("Enter");
    await expect(page.getByLabel(l.name)).toHaveAccessibleDescription(o.ko ? "이름은 80자 이하여야 합니다." : "The name can have at most 80 characters.");
    await expect(page.getByLabel(l.password)).toHaveAccessibleDescription(
      o.ko ? /짐작하기 쉬운 비밀번호입니다.*가장 많이 쓰이는 비밀번호 10개 가운데 하나입니다/ : /easy to guess.*one of the ten most used passwords/,
    );
    await expect(page.getByLabel(l.email)).toHaveAttribute("aria-invalid", "true");
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, `signup-errors-${name}`);

    // Eight spaces are refused too; a taken address gets the same answer as a new one.
    await page.getByLabel(l.email).fill(newEmail("x"));
    await page.getByLabel(l.password).fill("        ");
    await page.getByLabel(l.name).fill("");
    await page.getByLabel(l.password).press("Enter");
    await expect(page.getByLabel(l.password)).toHaveAccessibleDescription(o.ko ? /같은 문자를 되풀이하면/ : /Repeating one character/);
    await context.close();
  });
}

test("a taken address on sign-up gets the same answer, saying what to do next", async ({ browser }) => {
  const email = newEmail("taken");
  const first = await browserAs(browser);
  await signUp(first.page, email);
  await first.context.close();
  const { context, page } = await browserAs(browser);
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("another fine passphrase here");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "If this address is new, your account is ready." })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("link", { name: "Go to sign in" })).toBeVisible();
  await shot(page, "signup-taken-en-desktop-light");
  await context.close();
});

test("a server action posted from another site is refused with 403, not 500", async ({ page }) => {
  await page.goto("/settings");
  const res = await page.request.post("/settings", {
    headers: { "next-action": "0123456789abcdef0123456789abcdef01234567", origin: "https://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(res.status()).toBe(403);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe("cross_site");
});

test("the sign-in form keeps the address after a wrong password, and after ten says how long to wait, even for the right password", async ({ browser }) => {
  const email = newEmail("throttle");
  const first = await browserAs(browser);
  await signUp(first.page, email);
  await first.context.close();
  const { context, page } = await browserAs(browser);
  await page.goto("/signin");
  // Enter before hydration submits nothing; wait for the page's scripts first.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Email").fill(email);
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Password").fill(`wrong guess number ${i}`);
    await Promise.all([
      page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"), { timeout: 30_000 }),
      page.getByLabel("Password").press("Enter"),
    ]);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is not right.");
    // The address stays for the next try.
    await expect(page.getByLabel("Email")).toHaveValue(email);
    // React resets the form once the action is over, which can come after the message shows on a
    // loaded machine: a password typed before the reset would be wiped, and the next Enter would
    // submit an empty, required field, which sends nothing.
    await expect(page.getByLabel("Password")).toHaveValue("");
  }
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByLabel("Password").press("Enter");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/^Too many failed attempts\. Try again in 1[45] min\.$/, { timeout: 20_000 });
  await context.close();
});
