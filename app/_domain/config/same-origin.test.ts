import { describe, expect, it } from "vitest";
import { crossSiteProblem, type OriginFacts } from "./same-origin";

const facts = (f: Partial<OriginFacts>): OriginFacts => ({
  origin: null,
  host: "app.test",
  forwardedHost: null,
  publicUrl: undefined,
  trustProxy: undefined,
  ...f,
});

describe("same-origin check", () => {
  it("passes this site's own origin and a request with no Origin", () => {
    expect(crossSiteProblem(facts({ origin: "http://app.test" }))).toBeNull();
    expect(crossSiteProblem(facts({}))).toBeNull();
  });
  it("refuses another site, an opaque origin and a malformed one", () => {
    expect(crossSiteProblem(facts({ origin: "https://evil.test" }))).toMatch(/evil\.test are refused/);
    expect(crossSiteProblem(facts({ origin: "null" }))).toMatch(/opaque/);
    expect(crossSiteProblem(facts({ origin: "::::" }))).toMatch(/not a URL/);
  });
  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const viaHeader = facts({ origin: "https://evil.test", forwardedHost: "evil.test" });
    expect(crossSiteProblem(viaHeader)).not.toBeNull();
    expect(crossSiteProblem({ ...viaHeader, trustProxy: "1" })).toBeNull();
  });
  it("accepts the public URL's host, for a proxy that rewrites Host", () => {
    expect(crossSiteProblem(facts({ origin: "https://srs.example.org", host: "127.0.0.1:3000", publicUrl: "https://srs.example.org" }))).toBeNull();
  });
});
