import { describe, expect, it } from "vitest";
import { messages } from "./messages";

describe("messages", () => {
  it("has the same keys in both languages", () => {
    const keys = (o: object, p = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(messages.en)).toEqual(keys(messages.ko));
  });
});
