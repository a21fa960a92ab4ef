import { describe, expect, it } from "vitest";
import { fill } from "./fill";

describe("fill", () => {
  it("puts each value in place of its named placeholder", () => {
    expect(fill("{n} days, best {best}", { n: 3, best: "90%" })).toBe("3 days, best 90%");
  });

  it("leaves a placeholder with no value as written", () => {
    expect(fill("{n} of {total}", { n: 2 })).toBe("2 of {total}");
  });

  it("inserts a value literally, even one that looks like a replacement pattern", () => {
    expect(fill("matched: {evidence}", { evidence: "$& and $1" })).toBe("matched: $& and $1");
  });
});
