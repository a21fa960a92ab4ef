import { describe, expect, it } from "vitest";
import { predicateEnd } from "./predicate";
import { jamo } from "./text";

/** The words of the first predicate from `from` in a Korean text, back in syllables. */
function firstPredicate(text: string, from = 0): string {
  const j = jamo(text);
  return j.slice(jamo(text.slice(0, from)).length, predicateEnd(j, jamo(text.slice(0, from)).length)).trim();
}

describe("predicateEnd, at the marks and spaces answers write", () => {
  it("reads a connective before a closing mark, and ends the predicate after the mark", () => {
    for (const mark of [".", ",", ";", ":", "!", "?", ")", "]", "。"])
      expect(firstPredicate(`ACK를 보내고${mark} TIME_WAIT로 갑니다`), mark).toBe(jamo(`ACK를 보내고${mark}`));
  });

  it("takes no other mark for a closing one: a connective glued to it is no connective", () => {
    for (const mark of ["-", "'", '"', "(", "/"])
      expect(firstPredicate(`ACK를 보내고${mark} TIME_WAIT로 갑니다`), mark).toBe(jamo(`ACK를 보내고${mark} TIME_WAIT로 갑니다`));
  });

  it("splits words at a tab, a line end and a carriage return as at a space", () => {
    for (const space of ["\t", "\n", "\v", "\f", "\r"]) {
      expect(firstPredicate(`ACK를${space}보내고${space}TIME_WAIT로 갑니다`), JSON.stringify(space)).toBe(jamo(`ACK를${space}보내고`));
    }
    // A word glued to a control character that is no space is read as one word ending in it.
    for (const glue of ["\u0008", "\u000e"])
      expect(firstPredicate(`ACK를 보내고${glue}TIME_WAIT로 갑니다`), JSON.stringify(glue)).toBe(jamo(`ACK를 보내고${glue}TIME_WAIT로 갑니다`));
  });

  it("skips a word made only of marks, and starts from where it is asked", () => {
    expect(firstPredicate("ACK를 보내고 ... TIME_WAIT로 갑니다")).toBe(jamo("ACK를 보내고"));
    expect(firstPredicate("ACK를 . 보내고 TIME_WAIT로 갑니다")).toBe(jamo("ACK를 . 보내고"));
    // From the second predicate on, the first one's connective is behind: the next one ends it.
    expect(firstPredicate("ACK를 보내고 FIN을 받아 TIME_WAIT로 갑니다", "ACK를 보내고".length)).toBe(jamo("FIN을 받아"));
  });

  it("ends at the connective when spaces run on after it, and not at one the text ends on", () => {
    expect(firstPredicate("ACK를 보내고   TIME_WAIT로 갑니다")).toBe(jamo("ACK를 보내고"));
    expect(firstPredicate("ACK를 보내고   ")).toBe(jamo("ACK를 보내고"));
    const j = jamo("ACK를 보내고   ");
    expect(predicateEnd(j, 0)).toBe(j.length);
  });

  it("keeps an auxiliary after the connective in the same predicate", () => {
    // 보내 주고: the auxiliary 주 right after the connective continues the predicate.
    expect(firstPredicate("ACK를 보내 주고 TIME_WAIT로 갑니다")).toBe(jamo("ACK를 보내 주고"));
  });
});
