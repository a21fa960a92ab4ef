// Ratings waiting to reach the server, kept in localStorage so that neither a network failure
// nor a closed tab loses them. Sent strictly in order; each carries its client id, so a
// resend after an unclear failure is recorded once by the server.
export type PendingRating = { id: string; cardId: string; rating: 1 | 2 | 3 | 4; reviewedAt: string; durationMs: number; cram: boolean };

const KEY = "tcp-srs:outbox:v1";

export function loadOutbox(): PendingRating[] {
  try {
    const raw = localStorage.getItem(KEY);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? (list as PendingRating[]) : [];
  } catch {
    return [];
  }
}

export function saveOutbox(list: PendingRating[]): void {
  localStorage.setItem(KEY, JSON.stringify(list));
}

export type SendOutcome = "sent" | "rejected" | "offline";

/** One attempt to send the first waiting rating. */
export async function sendFirst(list: PendingRating[]): Promise<{ outcome: SendOutcome; message?: string }> {
  const first = list[0];
  if (!first) return { outcome: "sent" };
  let res: Response;
  try {
    res = await fetch("/api/reviews", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(first) });
  } catch {
    return { outcome: "offline" };
  }
  if (res.ok) return { outcome: "sent" };
  // A 4xx will never succeed on retry: drop it so the queue cannot get stuck behind it.
  if (res.status >= 400 && res.status < 500) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    return { outcome: "rejected", message: body?.error?.message ?? `HTTP ${res.status}` };
  }
  return { outcome: "offline" };
}
