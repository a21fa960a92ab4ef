import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../grade-answer";
import { flagged, rubricOf } from "../rubrics.fixture";
import { CORPUS, type CorpusAnswer } from "./answers";

/**
 * The corpus answer by answer, with the same measure corpus.test.ts totals (figures.ts): a wrong
 * answer has every misconception it states flagged and scores under 0.7; a correct one scores
 * 0.7 or more with nothing flagged. One test per answer, so a grader change names the answers it
 * breaks, and a mutation run learns which answers reach which code and stops at the first that
 * fails instead of grading the whole corpus for every mutant. Each answer is graded inside its
 * test (not while the tests are collected), so the grade is the one of the code under test.
 */

// Answers the grader misses today, still counted in corpus.test.ts's totals. Each test expects
// the miss, so when the grader learns one its test fails and the id comes off this list. Empty
// since grader11 learned the last three (r8-tw-en-bullets-data, r9-tw-wrong-data, r9-2w-wrong).
const MISSED = new Set<string>([]);

function expectGraded(a: CorpusAnswer) {
  const g = gradeAnswer(rubricOf(a.prompt), a.text, a.locale);
  const found = flagged(g);
  if (a.wrong) {
    for (const w of a.wrong) expect(found, `${a.id} flags ${w}`).toContain(w);
    expect(g.score, `${a.id} scores under a pass`).toBeLessThan(0.7);
  } else {
    expect(found, `${a.id} flags nothing`).toEqual([]);
    expect(g.score, `${a.id} passes`).toBeGreaterThanOrEqual(0.7);
  }
}

describe("each corpus answer", () => {
  it("the missed list names corpus answers only", () => {
    const ids = new Set(CORPUS.map((a) => a.id));
    for (const id of MISSED) expect(ids.has(id), id).toBe(true);
  });
  it.each(CORPUS.filter((a) => !MISSED.has(a.id)).map((a) => [a.id, a] as const))("%s is graded as the corpus says", (_, a) => expectGraded(a));
  it.fails.each(CORPUS.filter((a) => MISSED.has(a.id)).map((a) => [a.id, a] as const))("%s is still missed", (_, a) => expectGraded(a));
});
