import "server-only";

export type CappedBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" | "timeout"; bytes: number };

/**
 * Reads a request body of at most `max` bytes, chunk by chunk: a body announced or found to be
 * larger is refused as soon as it passes the cap (the rest is never read or kept), and one that
 * trickles in for longer than `ms` is given up on, so a slow or endless sender cannot hold the
 * handler.
 */
export async function readCappedBody(req: Request, max: number, ms = 30_000): Promise<CappedBody> {
  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > max) return { ok: false, reason: "too_large", bytes: declared };
  if (!req.body) return { ok: true, bytes: new Uint8Array(0) };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === "timeout") {
        void reader.cancel().catch(() => {});
        return { ok: false, reason: "timeout", bytes: total };
      }
      if (next.done) break;
      total += next.value.byteLength;
      if (total > max) {
        void reader.cancel().catch(() => {});
        return { ok: false, reason: "too_large", bytes: total };
      }
      chunks.push(next.value);
    }
  } finally {
    clearTimeout(timer);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}
