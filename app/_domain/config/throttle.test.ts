import { describe, expect, it } from "vitest";
import { Throttle } from "./throttle";

describe("Throttle", () => {
  it("blocks after the limit until the window ends, then allows again", () => {
    const t = new Throttle(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(t.retryAfter("a", 1000)).toBe(0);
      t.fail("a", 1000);
    }
    expect(t.retryAfter("a", 1000)).toBe(60_000);
    expect(t.retryAfter("b", 1000)).toBe(0);
    expect(t.retryAfter("a", 61_000)).toBe(0);
  });
  it("a success resets the count", () => {
    const t = new Throttle(1, 60_000);
    t.fail("a", 0);
    t.reset("a");
    expect(t.retryAfter("a", 0)).toBe(0);
  });
});
