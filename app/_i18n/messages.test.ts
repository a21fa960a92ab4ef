import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, messages } from "./messages";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["ko-KR,ko;q=0.9,en-US;q=0.8", "ko"],
    ["en-US,en;q=0.9,ko;q=0.8", "en"],
    ["ja,ko;q=0.5", "ko"],
    ["ko;q=0", "en"],
    ["", "en"],
    [undefined, "en"],
    ["fr-FR", "en"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe("messages", () => {
  it("has the same keys in both languages", () => {
    const keys = (o: object, p = ""): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(messages.en)).toEqual(keys(messages.ko));
  });
});
