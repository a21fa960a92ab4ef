import { describe, expect, it } from "vitest";
import { z } from "zod";
import { accountScopedId } from "./scoped-id";

describe("accountScopedId", () => {
  it("is a valid UUID, the same for the same account and id, different across accounts and ids", () => {
    const a = accountScopedId("alice", "8c1e7a1e-0000-4000-8000-000000000001");
    expect(z.uuid().safeParse(a).success).toBe(true);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(accountScopedId("alice", "8c1e7a1e-0000-4000-8000-000000000001")).toBe(a);
    expect(accountScopedId("bob", "8c1e7a1e-0000-4000-8000-000000000001")).not.toBe(a);
    expect(accountScopedId("alice", "8c1e7a1e-0000-4000-8000-000000000002")).not.toBe(a);
  });
});

describe("accountScopedId is derived from SHA-256 of the account and the id", () => {
  it("keeps the hash's digits except the version and variant, so a later version gives the same ids", () => {
    // sha256("alice\0r1") = 7b5c6688 6037 656b 1f80 9ea7cb96aa32...: version 8 replaces the 13th
    // digit (6), and the variant keeps the low two bits of the 17th (1 → 9).
    expect(accountScopedId("alice", "r1")).toBe("7b5c6688-6037-856b-9f80-9ea7cb96aa32");
  });

  it("always has version 8 and the RFC 9562 variant", () => {
    for (let i = 0; i < 200; i++) expect(accountScopedId(`u${i}`, `id${i}`)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
