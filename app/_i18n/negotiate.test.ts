import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage } from "./negotiate";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["ko-KR,ko;q=0.9,en-US;q=0.8", "ko"],
    ["en-US,en;q=0.9,ko;q=0.8", "en"],
    ["ja,ko;q=0.5", "ko"],
    ["ko;q=0", "en"],
    ["en;q=0.3,ko;q=0.7", "ko"],
    ["ko-KR", "ko"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
    ["fr-FR", "en"],
  ])("%s → %s", (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });

  it.each(["*", "en_US, ko", "<script>", ";;;,,,q=", "x".repeat(5000), "ko;q=abc"])("settles on a language for a malformed header %#", (header) => {
    expect(["ko", "en"]).toContain(localeFromAcceptLanguage(header));
  });

  it("skips a tag the Intl API refuses and still honours the next one", () => {
    expect(localeFromAcceptLanguage("en_US,ko;q=0.5")).toBe("ko");
  });
});
