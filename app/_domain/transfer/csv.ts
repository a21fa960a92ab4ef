// CSV as RFC 4180 writes it: a field holding a comma, a quote or a line break is quoted, with
// its quotes doubled; every record ends with CRLF.

export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",") + "\r\n").join("");
}

/** The column names the FSRS optimizer (fsrs-rs / fsrs-optimizer) reads a review log by. */
export const FSRS_CSV_HEADER = ["card_id", "review_time", "review_rating", "review_state", "review_duration"] as const;

export type CsvReview = { cardId: string; reviewedAt: Date; rating: number; state: number; durationMs: number; cram: boolean; undoneAt: Date | null };

/**
 * The review log for the FSRS optimizer, oldest first: review_time in epoch milliseconds,
 * review_state the card's state before the rating (0 new, 1 learning, 2 review,
 * 3 relearning), review_duration in milliseconds.
 *
 * Undone reviews are left out (the learner took them back, so they never shaped the schedule),
 * and so are cram reviews (extra practice that leaves the schedule alone: to the optimizer they
 * would look like early reviews that the memory model never saw).
 */
export function fsrsReviewCsv(reviews: readonly CsvReview[]): string {
  const rows = reviews
    .filter((r) => !r.undoneAt && !r.cram)
    .toSorted((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime() || a.cardId.localeCompare(b.cardId))
    .map((r) => [r.cardId, r.reviewedAt.getTime(), r.rating, r.state, r.durationMs]);
  return toCsv(FSRS_CSV_HEADER, rows);
}

/** Whether a file's text is the review-log CSV this app writes (its header, after an optional BOM). */
export function isReviewCsv(text: string): boolean {
  return text
    .replace(/^\uFEFF/, "")
    .trimStart()
    .startsWith(FSRS_CSV_HEADER.join(","));
}
