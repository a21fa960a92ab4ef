import { describe, expect, it } from "vitest";
import { ANSWERS } from "../answers.fixture";
import { CORPUS } from "../corpus/answers";
import { PATTERNS } from "./checks";
import { ACTOR_PATTERNS, COUNTERFACTUAL, REPORTED, SEGMENT, STATE_TOKEN, TWO_MSL, VERB, WAIT_VERB } from "./lexicon";
import { matchesOf } from "./matches";
import { mayMatch, needOf, type Need } from "./required";
import { prepare } from "./text";

describe("mayMatch", () => {
  it("lets a pattern be skipped only when none of its words is in the answer", () => {
    const p = prepare("The server sends FIN.");
    expect(mayMatch(/sends\s+fin/i, p)).toBe(true);
    // Both words are needed, and the answer has no "wait".
    expect(mayMatch(/fin\s+wait/i, p)).toBe(false);
    expect(mayMatch(/both\s+sides/i, p)).toBe(false);
    expect(mayMatch(/fin/, p)).toBe(false);
    expect(mayMatch(/[xy]/, p)).toBe(true);
  });
});

describe("needOf", () => {
  it("reads groups that must occur as well as the top level: every word of a sequence, one of an alternation", () => {
    expect(needOf(/ab?c|d(e)f+g/)).toEqual({ any: [{ all: ["a", "c"] }, { all: ["d", "e", "f", "g"] }] });
    expect(needOf(/\bTIME[-_ ]?WAIT\b/i)).toEqual({ all: ["time", "wait"] });
    expect(needOf(/FIN[^.?!]{0,60}?(?:both|whole)/)).toEqual({ all: ["FIN", { any: ["both", "whole"] }] });
    // At least two q's, so one is certain; the lazy `?` after a quantifier is no quantifier of its own.
    expect(needOf(/q{2,3}?(?<n>de|fg)/)).toEqual({ all: ["q", { any: ["de", "fg"] }] });
  });

  it("needs nothing of an optional group, a lookaround, a class or an escape", () => {
    expect(needOf(/(?:x|y)?z/)).toBe("z");
    expect(needOf(/(?:ab){0,2}c/)).toBe("c");
    expect(needOf(/(?<=ab)(?!cd)(?=ef)g/)).toBe("g");
    expect(needOf(/[ab]\d\u3131/)).toBeNull();
    // One alternative that needs nothing makes the whole alternation need nothing.
    expect(needOf(/a(?:b|\s)c/)).toEqual({ all: ["a", "c"] });
    expect(needOf(/fin/iu)).toBeNull();
  });

  it("lets a pattern be skipped when a group it cannot do without is absent, though its first word is there", () => {
    const p = prepare("The server sends FIN and waits.");
    expect(mayMatch(/FIN[^.?!]{0,60}?(?:both|whole)/, p)).toBe(false);
    expect(mayMatch(/FIN[^.?!]{0,60}?(?:both|wait)/, p)).toBe(true);
    // The same words looked up again for another answer are looked up in that answer.
    expect(mayMatch(/FIN[^.?!]{0,60}?(?:both|whole)/, prepare("FIN closes both directions."))).toBe(true);
  });

  it("finds, in one pass over an answer, words that end inside or together with longer ones", () => {
    const words = [/qabcd/, /abcd/, /bcd/, /cd/, /bc/, /abce/, /d\s+x/, /dx/];
    // The first answer makes the words known; the next is read through all of them at once.
    for (const re of words) mayMatch(re, prepare("none of these"));
    const p = prepare("bcd, zabcd x");
    expect(words.map((re) => mayMatch(re, p))).toEqual([false, true, true, true, true, false, true, false]);
  });

  it("finds a word added along a path other words had made, at the end of a longer one", () => {
    // "kwv" makes the path k → w; "xkw" ends in it. "kw" then adds no letter to the trie, only an end.
    mayMatch(/kwv|xkw/, prepare("nothing"));
    mayMatch(/kw/, prepare("nothing yet"));
    expect(mayMatch(/kw/, prepare("xkw"))).toBe(true);
  });
});

describe("the grader's prefiltered patterns", () => {
  const patterns: RegExp[] = [
    ...PATTERNS.flatMap((x) => [x.re, ...(x.needs ? [x.needs] : [])]),
    ...ACTOR_PATTERNS.map((a) => a.re),
    ...VERB.map((v) => v.re),
    SEGMENT,
    STATE_TOKEN,
    TWO_MSL,
    WAIT_VERB,
    REPORTED,
    COUNTERFACTUAL,
  ];
  const texts = [
    ...CORPUS.map((a) => a.text),
    ...Object.values(ANSWERS).flatMap((f) => [f.ko, f.en].flatMap((x) => [x.good, x.partial.text, x.wrong.text])),
  ].map((t) => prepare(t).text);

  // Every pattern over every corpus answer: seconds of work, over the default 5 s limit at
  // a load average of 10, so it gets its own.
  it("find what they need in every match over the corpus and fixture answers", { timeout: 60_000 }, () => {
    const holds = (n: Need, t: string): boolean =>
      n === null ? true : typeof n === "string" ? t.includes(n) : "all" in n ? n.all.every((x) => holds(x, t)) : n.any.some((x) => holds(x, t));
    let checked = 0;
    for (const re of patterns) {
      const need = needOf(re);
      if (need === null) continue;
      for (const text of texts)
        for (const m of matchesOf(re, text)) {
          expect(holds(need, re.ignoreCase ? m[0].toLowerCase() : m[0]), `${re.source} matched "${m[0]}"`).toBe(true);
          checked += 1;
        }
    }
    // Not vacuous: the answers state most of what these patterns look for.
    expect(checked).toBeGreaterThan(1000);
    expect(patterns.filter((re) => needOf(re) !== null).length).toBeGreaterThan(20);
  });
});
