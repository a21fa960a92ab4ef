import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "./errors";

describe("isUniqueViolation", () => {
  it("is true only for Prisma's unique-constraint code", () => {
    expect(isUniqueViolation(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(true);
    // A foreign-key failure, a lost connection and a plain error are real failures, not duplicates.
    expect(isUniqueViolation(Object.assign(new Error("Foreign key constraint failed"), { code: "P2003" }))).toBe(false);
    expect(isUniqueViolation(Object.assign(new Error("Can't reach database server"), { code: "P1001" }))).toBe(false);
    expect(isUniqueViolation(new Error("disk full"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation("P2002")).toBe(false);
  });
});
