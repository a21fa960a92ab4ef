import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isUniqueViolation } from "./errors";

const coded = (code: string, message = code) => Object.assign(new Error(message), { code });

describe("isUniqueViolation", () => {
  it("is true only for Prisma's unique-constraint code", () => {
    expect(isUniqueViolation(coded("P2002", "Unique constraint failed"))).toBe(true);
    // A foreign-key failure, a lost connection and a plain error are real failures, not duplicates.
    expect(isUniqueViolation(coded("P2003", "Foreign key constraint failed"))).toBe(false);
    expect(isUniqueViolation(coded("P1001", "Can't reach database server"))).toBe(false);
    expect(isUniqueViolation(new Error("disk full"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation("P2002")).toBe(false);
  });
});

describe("isDatabaseUnavailable", () => {
  it("is true for an unreachable, timed-out or busy database, from Prisma, pg or SQLite", () => {
    for (const code of ["P1001", "P1017", "P2024", "P2034", "ECONNREFUSED", "57P01", "08006", "SQLITE_BUSY", "SQLITE_LOCKED_SHAREDCACHE"])
      expect(isDatabaseUnavailable(coded(code)), code).toBe(true);
    // A driver adapter's wrapper carries the driver's code one level down.
    expect(isDatabaseUnavailable(Object.assign(new Error("adapter"), { cause: coded("ECONNRESET") }))).toBe(true);
  });

  it("is false for failures no retry mends: constraints, bad data, bugs", () => {
    for (const code of ["P2002", "P2003", "P2025", "SQLITE_CONSTRAINT", "22P02", "23505"]) expect(isDatabaseUnavailable(coded(code)), code).toBe(false);
    expect(isDatabaseUnavailable(new Error("disk full"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("P1001")).toBe(false);
    const loop: { code: string; cause?: unknown } = { code: "X" };
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
