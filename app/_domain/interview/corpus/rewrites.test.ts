import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../grade-answer";
import { flagged, rubricOf } from "../rubrics.fixture";
import { CORPUS } from "./answers";
import { REWRITES } from "./rewrites";

/**
 * Every corpus answer under every meaning-keeping rewrite (rewrites.ts) is graded as the corpus
 * says: a correct answer still scores 0.7 or more with nothing flagged, a wrong one still has each
 * of its misconceptions flagged and scores under 0.7. The few rewrites the grader still misses are
 * listed by answer id, so learning one fails its test until it comes off the list.
 */
const KNOWN_MISSES: Record<string, string[]> = {
  // "an acknowledgment" alone, with no flag named, in a three-line answer that says little else.
  "an ACK as an acknowledgment": ["r8-3w-en-short"],
};

function broken(rewrite: (typeof REWRITES)[number]): string[] {
  const out: string[] = [];
  for (const a of CORPUS) {
    if (rewrite.locale !== "any" && rewrite.locale !== a.locale) continue;
    const text = rewrite.apply(a.text);
    if (text === a.text) continue;
    const g = gradeAnswer(rubricOf(a.prompt), text, a.locale);
    const found = flagged(g);
    const right = a.wrong ? a.wrong.every((w) => found.includes(w)) && g.score < 0.7 : !found.length && g.score >= 0.7;
    if (!right) out.push(a.id);
  }
  return out;
}

describe("meaning-keeping rewrites of the corpus", () => {
  it("each rewrite changes some answers of its language", () => {
    for (const r of REWRITES)
      expect(
        CORPUS.some((a) => (r.locale === "any" || r.locale === a.locale) && r.apply(a.text) !== a.text),
        r.name,
      ).toBe(true);
  });
  it("the known misses name rewrites that exist", () => {
    for (const name of Object.keys(KNOWN_MISSES)) expect(REWRITES.map((r) => r.name)).toContain(name);
  });
  // Each case regrades every corpus answer it changes: ~2.5 s on a quiet machine for the largest,
  // so the default 5 s limit failed it at a load average of 10 though nothing was wrong.
  it.each(REWRITES.map((r) => [r.name, r] as const))(
    "%s: graded as the corpus says",
    (name, r) => {
      expect(broken(r)).toEqual(KNOWN_MISSES[name] ?? []);
    },
    60_000,
  );
});
