import { trustsForwardedHost } from "./client-address";

export type OriginFacts = {
  origin: string | null;
  host: string | null;
  forwardedHost: string | null;
  publicUrl: string | undefined;
  trustProxy: string | undefined;
};

/**
 * Why a request that changes something must be refused as cross-site, or null when its Origin
 * is this site. This site is the Host the request was sent to, the public URL (NEXTAUTH_URL,
 * for a proxy that rewrites Host), and X-Forwarded-Host only behind a trusted proxy (TRUST_PROXY):
 * otherwise anyone could name their own site there. A request without Origin (not a browser, or
 * an old one) passes; "null" (a sandboxed page, a file) does not.
 */
export function crossSiteProblem(f: OriginFacts): string | null {
  if (f.origin === null) return null;
  if (f.origin === "null") return "Requests from an opaque origin are refused.";
  let host: string;
  try {
    host = new URL(f.origin).host;
  } catch {
    return `Origin "${f.origin.slice(0, 100)}" is not a URL.`;
  }
  const ours = [f.host, publicHost(f.publicUrl), trustsForwardedHost(f.trustProxy) ? f.forwardedHost : null];
  return ours.includes(host) ? null : `Requests from ${f.origin.slice(0, 100)} are refused: this site serves its own pages only.`;
}

function publicHost(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
}
