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
