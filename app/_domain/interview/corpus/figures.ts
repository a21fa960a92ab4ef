import type { Rubric } from "../../content/schema";
import { gradeAnswer } from "../grade-answer";
import type { CorpusAnswer } from "./answers";

export type Figures = { correct: number; passed: number; wrong: number; flagged: number; falseFlags: number; precision: number; failures: string[] };

/**
 * The measures on a part of the corpus: correct answers scoring 0.7 or more, wrong
 * answers whose misconception is flagged (and scored under 0.7), correct answers with a false
 * flag, and the precision of the flags (flags that name a misconception the answer states, over
 * all flags). One function for the corpus test and `npm run bench`, so both print the same.
 */
export function corpusFigures(part: CorpusAnswer[], rubricOf: (prompt: string) => Rubric): Figures {
  let passed = 0;
  let flagged = 0;
  let falseFlags = 0;
  let flagsRight = 0;
  let flagsAll = 0;
  const failures: string[] = [];
  for (const a of part) {
    const g = gradeAnswer(rubricOf(a.prompt), a.text, a.locale);
    const found = g.mistakes.flatMap((m) => (m.kind === "wrong-claim" ? [m.misconception] : []));
    flagsAll += found.length;
    flagsRight += found.filter((f) => a.wrong?.includes(f)).length;
    if (a.wrong) {
      if (a.wrong.every((w) => found.includes(w)) && g.score < 0.7) flagged += 1;
      else failures.push(`${a.id}: expected ${a.wrong.join(", ")}, flagged ${found.join(", ") || "nothing"}, score ${g.score}`);
    } else {
      if (g.score >= 0.7) passed += 1;
      if (found.length) falseFlags += 1;
      if (g.score < 0.7 || found.length)
        failures.push(
          `${a.id}: score ${g.score}, missed ${
            g.points
              .filter((p) => !p.covered)
              .map((p) => p.id)
              .join(", ") || "nothing"
          }, flagged ${found.join(", ") || "nothing"}`,
        );
    }
  }
  const correct = part.filter((a) => !a.wrong).length;
  return { correct, passed, wrong: part.length - correct, flagged, falseFlags, precision: flagsAll ? flagsRight / flagsAll : 1, failures };
}

/** The parts figures are printed for: each round's development and held-out answers. */
export function corpusParts(corpus: CorpusAnswer[]): [string, CorpusAnswer[]][] {
  const round = (a: CorpusAnswer) => a.round ?? 1;
  return [
    ["round 1 dev", corpus.filter((a) => round(a) === 1 && !a.holdout)],
    ["round 1 held-out", corpus.filter((a) => round(a) === 1 && a.holdout)],
    ["round 2 dev", corpus.filter((a) => round(a) === 2 && !a.holdout)],
    ["round 2 held-out", corpus.filter((a) => round(a) === 2 && a.holdout)],
    ["round 3 held-out", corpus.filter((a) => round(a) === 3)],
    ["round 4 dev", corpus.filter((a) => round(a) === 4 && !a.holdout)],
    ["round 4 held-out", corpus.filter((a) => round(a) === 4 && a.holdout)],
    ["round 5 dev", corpus.filter((a) => round(a) === 5 && !a.holdout)],
    ["round 6 dev", corpus.filter((a) => round(a) === 6 && !a.holdout)],
    ["round 8 dev", corpus.filter((a) => round(a) === 8)],
    ["round 9 dev", corpus.filter((a) => round(a) === 9)],
    ["round 10 dev", corpus.filter((a) => round(a) === 10)],
    ["round 11 dev", corpus.filter((a) => round(a) === 11)],
    ["round 12 dev", corpus.filter((a) => round(a) === 12)],
    ["round 13 dev", corpus.filter((a) => round(a) === 13)],
    ["round 14 dev", corpus.filter((a) => round(a) === 14)],
    ["round 15 dev", corpus.filter((a) => round(a) === 15)],
    ["round 16 dev", corpus.filter((a) => round(a) === 16)],
    ["round 17 dev", corpus.filter((a) => round(a) === 17)],
    ["round 18 dev", corpus.filter((a) => round(a) === 18)],
    ["korean", corpus.filter((a) => a.locale === "ko")],
    ["english", corpus.filter((a) => a.locale === "en")],
    ["all", corpus],
  ];
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
export function formatFigures(name: string, f: Figures): string {
  return `${name.padEnd(17)} correct ≥ 0.7: ${f.passed}/${f.correct} (${pct(f.passed, f.correct)})  misconception flagged: ${f.flagged}/${f.wrong} (${pct(f.flagged, f.wrong)})  false flags: ${f.falseFlags}/${f.correct} (${pct(f.falseFlags, f.correct)})  flag precision: ${(100 * f.precision).toFixed(1)}%`;
}
