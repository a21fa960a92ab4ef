import { expect, type APIRequestContext, type Page } from "@playwright/test";

/**
 * Presses Space until the card is revealed. A key pressed before React has hydrated the page
 * goes nowhere (a person would press again), so a test must not count on the first one.
 */
export async function reveal(page: Page, ratingLabel = "How well did you recall it?") {
  const rating = page.getByRole("group", { name: ratingLabel });
  await expect(async () => {
    await page.keyboard.press("Space");
    await expect(rating).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

/**
 * The study session's saving status. The card may hold a live region of its own (an ordering
 * card announces its drags), so the status is found by what it says.
 */
export function ratingsStatus(page: Page) {
  return page.getByRole("status").filter({ hasText: /All ratings saved|ratings? waiting|Sending \d+ ratings?/ });
}

/**
 * Waits until the server holds `count` ratings (undone ones included) for this browser's learner.
 * Right after a key press the status line still says "All ratings saved": the new rating is not
 * even on the device yet, and one made while the outbox is busy is sent only on its next round
 * (every few seconds). A test that leaves the page then would take the rating with it.
 */
export async function savedOnServer(page: Page, count: number) {
  await expect.poll(async () => (await reviewsOf(page.request)).length, { timeout: 20_000 }).toBe(count);
}

export type Review = { id: string; cardId: string; rating: number; reviewedAt: string; undoneAt: string | null };

/** The ratings the server holds for this browser's learner (GET /api/reviews). */
export async function reviewsOf(request: APIRequestContext): Promise<Review[]> {
  return ((await (await request.get("/api/reviews")).json()) as { reviews: Review[] }).reviews;
}
