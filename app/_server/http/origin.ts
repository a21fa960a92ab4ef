import type { OriginFacts } from "@/app/_domain/config/same-origin";

/** What the same-origin check needs from a request and the configuration (also used by proxy.ts). */
export const originFacts = (headers: Headers): OriginFacts => ({
  origin: headers.get("origin"),
  host: headers.get("host"),
  forwardedHost: headers.get("x-forwarded-host"),
  publicUrl: process.env.NEXTAUTH_URL,
  trustProxy: process.env.TRUST_PROXY,
});
