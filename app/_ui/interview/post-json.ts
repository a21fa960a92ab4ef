/** The message of a request that never reached the server (offline). */
export const NETWORK = "network";

/** POSTs JSON to one of our routes: the parsed answer, or the route's own error message. */
export async function postJson(url: string, body: unknown): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
  if (!res) return { ok: false, message: NETWORK };
  const data = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return res.ok ? { ok: true, data } : { ok: false, message: data?.error?.message ?? `HTTP ${res.status}` };
}
