import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("password policy", () => {
  it.each([
    ["password", "topTen"],
    ["12345678", "topTen"],
    ["        ", "simpleRepeat"],
    ["qwertyuiop", "topHundred"],
    ["Password1!", "similarToCommon"],
    ["abcabcabcabc", "extendedRepeat"],
  ])("refuses %j as weak, saying why (%s)", (password, warning) => {
    expect(passwordProblem(password)).toEqual({ code: "passwordWeak", warning });
  });
  it("refuses a password made of the user's own email", () => {
    expect(passwordProblem("minji.kim2026", ["minji.kim2026@example.com"])).toMatchObject({ code: "passwordWeak" });
    expect(passwordProblem("minji.kim2026")).toBeNull();
  });
  it("accepts a few words strung together, in English or Korean", () => {
    expect(passwordProblem("a long enough password")).toBeNull();
    expect(passwordProblem("sunny-otter-kimchi-42")).toBeNull();
    expect(passwordProblem("학습은 꾸준히 매일")).toBeNull();
  });
  it("counts characters as typed, not bytes or normalised jamo", () => {
    expect(passwordProblem("short")).toEqual({ code: "passwordShort" });
    expect(passwordProblem("가나다라마바사")).toEqual({ code: "passwordShort" });
    expect(passwordProblem("x".repeat(201))).toEqual({ code: "passwordLong" });
  });
});
