import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { answerSchema } from "../tcp/answer-schema";
import { dateTime, idText, isPlainId } from "./fields";

describe("idText", () => {
  const id = idText("cardId", 10);
  it.each([
    ["a\u0000b", "cardId must not contain control characters (such as \\u0000)"],
    ["\u0007", "cardId must not contain control characters (such as \\u0000)"],
    ["", "cardId is empty"],
    ["x".repeat(11), "cardId must be at most 10 characters"],
  ])("refuses %j with a message", (value, message) => {
    const r = id.safeParse(value);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toEqual([message]);
  });
  it("takes an ordinary id, Korean included", () => expect(id.parse("hs3-단계")).toBe("hs3-단계"));
  it("isPlainId agrees", () => expect(["ok", "a\u0000", "", "x".repeat(121)].map((s) => isPlainId(s))).toEqual([true, false, false, false]));
});

describe("dateTime", () => {
  const d = dateTime("reviewedAt must be an ISO 8601 date-time");
  it.each(["0000-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "0500-06-01T00:00:00+09:00"])("refuses %s (years before 1000)", (value) => {
    expect(d.safeParse(value).error?.issues.map((i) => i.message)).toEqual(["reviewedAt must be an ISO 8601 date-time in the years 1000-9999"]);
  });
  it("refuses a non-date once, not twice", () => expect(d.safeParse("yesterday").error?.issues).toHaveLength(1));
  it("takes 1000-01-01 and today", () => {
    expect(d.parse("1000-01-01T00:00:00Z").getUTCFullYear()).toBe(1000);
    expect(d.parse("2026-12-02T03:00:00+09:00")).toEqual(new Date("2026-12-01T18:00:00Z"));
  });
});

describe("the simulator's answer names its scenario as a plain id", () => {
  it("refuses a \\u0000 in the scenario", () => {
    const r = (answerSchema as z.ZodType).safeParse({ scenario: "three\u0000way", steps: [] });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain("scenario must not contain control characters");
  });
});
