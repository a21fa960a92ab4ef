import { describe, expect, it } from "vitest";
import { TtlCache } from "./ttl-cache";

describe("TtlCache", () => {
  it("serves a value until it expires or is deleted", () => {
    const c = new TtlCache<number>(1000);
    c.set("a", 1, 0);
    expect(c.get("a", 999)).toBe(1);
    expect(c.get("a", 1000)).toBeUndefined();
    c.set("b", 2, 0);
    c.delete("b");
    expect(c.get("b", 1)).toBeUndefined();
  });
  it("drops the oldest entry when full", () => {
    const c = new TtlCache<number>(1000, 2);
    c.set("a", 1, 0);
    c.set("b", 2, 0);
    c.set("c", 3, 0);
    expect(c.get("a", 1)).toBeUndefined();
    expect(c.get("c", 1)).toBe(3);
  });
});
