import { expect, test } from "@playwright/test";
import { reveal, reviewsOf } from "./keys";

test("pages carry a content security policy and the guest cookie is HttpOnly and SameSite", async ({ page, context }) => {
  const res = await page.goto("/study");
  await expect(page.getByRole("region", { name: "Review session" })).toBeVisible();
  const headers = res!.headers();
  expect(headers["content-security-policy"]).toContain("default-src 'self'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // A first rating creates the guest account and its cookie.
  await reveal(page);
  await page.keyboard.press("3");
  await expect.poll(async () => (await context.cookies()).find((c) => c.name === "guest")).toBeTruthy();
  const guest = (await context.cookies()).find((c) => c.name === "guest")!;
  expect(guest.httpOnly).toBe(true);
  expect(guest.sameSite).toBe("Lax");
});

test("JSON routes refuse what a cross-site form could send, and change nothing", async ({ page }) => {
  await page.goto("/study");
  await expect(page.getByRole("region", { name: "Review session" })).toBeVisible();
  await reveal(page);
  await page.keyboard.press("3");
  await expect.poll(async () => (await reviewsOf(page.request)).length).toBe(1);
  const review = { id: crypto.randomUUID(), cardId: "hs3-step1", rating: 1, reviewedAt: new Date().toISOString() };
  const plain = await page.request.post("/api/reviews", { headers: { "content-type": "text/plain" }, data: JSON.stringify(review) });
  expect(plain.status()).toBe(415);
  expect(((await plain.json()) as { error: { message: string } }).error.message).toMatch(/application\/json/);
  const foreign = await page.request.post("/api/reviews", { headers: { "content-type": "application/json", origin: "https://evil.example" }, data: review });
  expect(foreign.status()).toBe(403);
  expect(await reviewsOf(page.request)).toHaveLength(1);
  const same = await page.request.post("/api/reviews", { headers: { "content-type": "application/json", origin: new URL(page.url()).origin }, data: review });
  expect(same.status()).toBe(201);
});
