import { describe, expect, it } from "vitest";
import { PEER_HEADER, clientAddress, trustedProxyHops } from "./client-address";

const headers = (h: Record<string, string>) => (name: string) => h[name] ?? null;

describe("client address", () => {
  it("ignores X-Forwarded-For without TRUST_PROXY and uses the socket's peer", () => {
    const h = headers({ "x-forwarded-for": "203.0.113.9", [PEER_HEADER]: "198.51.100.7" });
    expect(clientAddress(h, undefined)).toBe("198.51.100.7");
    expect(clientAddress(h, "0")).toBe("198.51.100.7");
    expect(clientAddress(h, "false")).toBe("198.51.100.7");
  });
  it("with one trusted proxy takes the address that proxy appended, not what the client wrote", () => {
    const h = headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9", [PEER_HEADER]: "10.0.0.2" });
    expect(clientAddress(h, "1")).toBe("203.0.113.9");
    expect(clientAddress(h, "true")).toBe("203.0.113.9");
    expect(clientAddress(h, "2")).toBe("1.2.3.4");
  });
  it("falls back to the peer when a trusted proxy sent no X-Forwarded-For", () => {
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.2" }), "1")).toBe("10.0.0.2");
  });
  it("names no constant shared by everyone unless nothing at all is known", () => {
    expect(clientAddress(headers({}), undefined)).toBe("unknown");
  });
  it("refuses a TRUST_PROXY it cannot read", () => {
    expect(() => trustedProxyHops("yes please")).toThrow(/TRUST_PROXY/);
    expect(trustedProxyHops(" 2 ")).toBe(2);
  });
});
