import { describe, expect, it } from "vitest";
import { globally, matchesOf, someMatch } from "./matches";

const viaMatchAll = (re: RegExp, text: string) => [...text.matchAll(globally(re))].map((m) => [m.index, m[0]]);
const viaExec = (re: RegExp, text: string) => matchesOf(re, text).map((m) => [m.index, m[0]]);

describe("matchesOf", () => {
  it("finds the matches matchAll finds, empty ones included, and leaves the shared global form at lastIndex 0", () => {
    const cases: [RegExp, string][] = [
      [/SYN|ACK/i, "the client sends syn, the server SYN-ACK"],
      [/x*/, "axxb"],
      [/\b/g, "two words"],
      [/(?<=ㄱ)ㅏ/, "ㄱㅏㄴㅏㄱㅏ"],
      [/nothing/, "no match here"],
    ];
    for (const [re, text] of cases) {
      expect(viaExec(re, text), re.source).toEqual(viaMatchAll(re, text));
      expect(globally(re).lastIndex).toBe(0);
    }
  });

  it("starts from the beginning even when the global form was left part-way by a caller of test", () => {
    const re = /ACK/g;
    re.test("ACK ACK");
    expect(re.lastIndex).toBe(3);
    expect(matchesOf(re, "ACK ACK").map((m) => m.index)).toEqual([0, 4]);
  });
});

describe("someMatch", () => {
  it("says what matchesOf(…).some(…) says, stops at the first match that passes, and leaves lastIndex at 0", () => {
    const seen: number[] = [];
    const ack = /ACK/;
    expect(someMatch(ack, "ACK SYN ACK ACK", (m) => (seen.push(m.index), m.index > 0))).toBe(true);
    expect(seen).toEqual([0, 8]);
    expect(globally(ack).lastIndex).toBe(0);
    expect(someMatch(/x*/, "axxb", (m) => m[0] === "xx")).toBe(true);
    expect(someMatch(/ACK/, "ACK ACK", () => false)).toBe(false);
    expect(someMatch(/nothing/, "no match here", () => true)).toBe(false);
  });
});
