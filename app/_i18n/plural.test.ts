import { describe, expect, it } from "vitest";
import { messages } from "./messages";
import { plural } from "./plural";

describe("plural", () => {
  it("picks English singular and plural forms", () => {
    const forms = messages.en.drills.dueCount;
    expect(plural(forms, 1, "en")).toBe("1 drill due");
    expect(plural(forms, 5, "en")).toBe("5 drills due");
    expect(plural(forms, 0, "en")).toBe("0 drills due");
    expect(plural(messages.en.review.summaryReviewed, 1, "en")).toBe("You reviewed 1 card.");
  });
  it("counts in Korean with a counter word after the noun", () => {
    expect(plural(messages.ko.drills.dueCount, 1, "ko")).toBe("복습할 드릴 1개");
    expect(plural(messages.ko.review.summaryReviewed, 7, "ko")).toBe("카드 7장을 복습했습니다.");
  });
  it("no message reads (s) or counts a Korean noun after its number", () => {
    const all = JSON.stringify(messages);
    expect(all).not.toMatch(/\(s\)/);
    expect(all).not.toMatch(/\{\w+\} 카드/);
    expect(all).not.toContain("신생");
  });
});
