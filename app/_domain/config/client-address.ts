/**
 * Which address a request came from, for counting sign-in attempts per address.
 *
 * `X-Forwarded-For` is written by whoever sends the request, so it is believed only when the
 * operator says proxies stand in front (TRUST_PROXY = how many). Each proxy appends the
 * address it received the request from, so with n trusted proxies the client is the n-th entry
 * from the right; anything left of it may be made up. Without TRUST_PROXY the address is the
 * socket's peer, which scripts/serve.mjs stamps on every request as PEER_HEADER (replacing
 * any value the client sent).
 */
export const PEER_HEADER = "x-tcp-srs-peer";

/** TRUST_PROXY as a number of proxy hops: unset, "", "0" or "false" is none, "true" is one. */
export function trustedProxyHops(value: string | undefined): number {
  const v = value?.trim().toLowerCase();
  if (!v || v === "0" || v === "false") return 0;
  if (v === "true") return 1;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`TRUST_PROXY must be a number of proxies (1 for one reverse proxy) or true/false, not "${value}".`);
  return n;
}

export function clientAddress(header: (name: string) => string | null | undefined, trustProxy: string | undefined): string {
  const hops = trustedProxyHops(trustProxy);
  if (hops > 0) {
    const chain = (header("x-forwarded-for") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    const client = chain[chain.length - hops] ?? chain[0];
    if (client) return client;
  }
  return header(PEER_HEADER)?.trim() || "unknown";
}

/** Whether X-Forwarded-Host may name this site (only behind a trusted proxy). */
export function trustsForwardedHost(trustProxy: string | undefined): boolean {
  return trustedProxyHops(trustProxy) > 0;
}
