import { describe, expect, it } from "vitest";
import { guestToken, userIdFromGuestToken } from "./guest-token";

describe("guest tokens", () => {
  it("round-trips a user id", () => {
    expect(userIdFromGuestToken(guestToken("user_1", "s3cret"), "s3cret")).toBe("user_1");
  });
  it.each([
    ["another user's id with this signature", () => guestToken("user_1", "s3cret").replace("user_1", "user_2")],
    ["another secret", () => guestToken("user_1", "other")],
    ["no signature", () => "user_1"],
    ["empty", () => ""],
  ])("refuses %s", (_, make) => {
    expect(userIdFromGuestToken(make(), "s3cret")).toBeNull();
  });
});
