import { describe, expect, it } from "vitest";
import { needOf } from "./required";

/**
 * needOf read construct by construct: what each part of a pattern's source adds to the words its
 * matches must contain. A word listed that a match may lack would make mayMatch skip a pattern
 * that matches; these pin each step of the reading. Written where a mutation run showed no test held the rule.
 */
describe("needOf reads an escape as one atom that needs no word", () => {
  it("whatever its length: \\uXXXX, \\u{…}, \\xXX, \\cX, a named or numbered back reference, a class escape", () => {
    expect(needOf(/ab\u3131cd/)).toEqual({ all: ["ab", "cd"] });
    expect(needOf(new RegExp("ab\\u{3131}cd"))).toEqual({ all: ["ab", "cd"] });
    expect(needOf(/ab\x41cd/)).toEqual({ all: ["ab", "cd"] });
    expect(needOf(/ab\cAcd/)).toEqual({ all: ["ab", "cd"] });
    expect(needOf(/(?<n>ab)\k<n>cd/)).toEqual({ all: ["ab", "cd"] });
    expect(needOf(new RegExp("(a)bc\\12de"))).toEqual({ all: ["a", "bc", "de"] });
    expect(needOf(/(a)bc\1de/)).toEqual({ all: ["a", "bc", "de"] });
    expect(needOf(new RegExp("(a)bc\\19de"))).toEqual({ all: ["a", "bc", "de"] });
    expect(needOf(new RegExp("(a)bc\\95de"))).toEqual({ all: ["a", "bc", "de"] });
    // Without named groups \k is a plain k, and what follows it is read on.
    expect(needOf(new RegExp("ab\\kcd>ef"))).toEqual({ all: ["ab", "cd", "ef"] });
    expect(needOf(/ab\dcd/)).toEqual({ all: ["ab", "cd"] });
    expect(needOf(/a\.b/)).toEqual({ all: ["a", "b"] });
    expect(needOf(/ab\\cd/)).toEqual({ all: ["ab", "cd"] });
  });
});

describe("needOf reads a group", () => {
  it("named or captured as what it needs, a lookbehind as nothing", () => {
    expect(needOf(/(?<n>ab)cd/)).toEqual({ all: ["ab", "cd"] });
    expect(needOf(/(ab)(cd)/)).toEqual({ all: ["ab", "cd"] });
    expect(needOf(/(?<!x)ab/)).toBe("ab");
    expect(needOf(/(?<=x)ab/)).toBe("ab");
    expect(needOf(/(?!x)ab/)).toBe("ab");
  });

  it("with an empty alternative as needing nothing", () => {
    expect(needOf(/ab|/)).toBeNull();
    expect(needOf(/|ab/)).toBeNull();
  });
});

describe("needOf reads a quantifier", () => {
  it("of at least one as keeping the letter and ending its run, of none as dropping it, lazy or not", () => {
    expect(needOf(/ab{2,}c/)).toEqual({ all: ["ab", "c"] });
    expect(needOf(/ab{3}c/)).toEqual({ all: ["ab", "c"] });
    expect(needOf(/ab{0}c/)).toEqual({ all: ["a", "c"] });
    expect(needOf(/ab+c/)).toEqual({ all: ["ab", "c"] });
    expect(needOf(/ab*c/)).toEqual({ all: ["a", "c"] });
    expect(needOf(/ab?c/)).toEqual({ all: ["a", "c"] });
    expect(needOf(/ab+?c/)).toEqual({ all: ["ab", "c"] });
    expect(needOf(/ab{2,3}?c/)).toEqual({ all: ["ab", "c"] });
    expect(needOf(/ab??c/)).toEqual({ all: ["a", "c"] });
    expect(needOf(/(?:ab|cd)?ef/)).toBe("ef");
    expect(needOf(/(?:ab|cd)+ef/)).toEqual({ all: [{ any: ["ab", "cd"] }, "ef"] });
  });
});

describe("needOf reads a class", () => {
  it("as one atom to its closing bracket, past a negation or an escaped bracket", () => {
    expect(needOf(/[^)]bc/)).toBe("bc");
    expect(needOf(/[\]x]bc/)).toBe("bc");
    expect(needOf(/[a-z]bc/)).toBe("bc");
  });
});

describe("needOf keeps a word's case as the pattern reads it", () => {
  it("lower-cased for a case-blind pattern, as written otherwise; nothing under the u or v flag", () => {
    expect(needOf(/AB/i)).toBe("ab");
    expect(needOf(/AB/)).toBe("AB");
    expect(needOf(/ab/s)).toBe("ab");
    expect(needOf(new RegExp("ab", "v"))).toBeNull();
    expect(needOf(/ab/u)).toBeNull();
  });

  it("and never takes a space into a word", () => {
    expect(needOf(/a b/)).toEqual({ all: ["a", "b"] });
  });
});
