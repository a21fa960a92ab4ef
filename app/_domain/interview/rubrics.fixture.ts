import { readdirSync, readFileSync } from "node:fs";
import { expect } from "vitest";
import path from "node:path";
import { parseContent, type Card, type Content, type Rubric } from "../content";
import { gradeAnswer, type InterviewGrade } from "./grade-answer";

/**
 * The repository's own content, parsed once per test file, and the small readings of a grade
 * that the grading suites assert on: the rubrics are the ones learners are graded by, so a
 * suite checks the grader with the same points and `wrong:` lists the app uses.
 */
const dir = path.join(process.cwd(), "content");
const parse = () =>
  parseContent(
    readdirSync(dir)
      .filter((f) => f.endsWith(".md") && !/^readme/i.test(f))
      .map((n) => ({ name: `content/${n}`, text: readFileSync(path.join(dir, n), "utf8") })),
  );

// A mutation run (vitest.mutate.config.ts sets MUTATE_SHARE_CONTENT) evaluates this module again
// for every test file in one worker, and parsing the content took most of a mutant's time. The
// parse reaches grader code (claim templates, concept ids), so the result is kept per active
// mutant: the same text parsed under the same mutant gives the same content. Elsewhere (npm test)
// each test file parses its own.
type Shared = { __contentByMutant?: Map<unknown, Content> };
const shared = process.env.MUTATE_SHARE_CONTENT ? ((globalThis as Shared).__contentByMutant ??= new Map()) : undefined;
const activeMutant = (globalThis as { __stryker__?: { activeMutant?: unknown } }).__stryker__?.activeMutant;

/** The repository's content (content/*.md). */
export const content: Content = shared?.get(activeMutant) ?? parse();
shared?.set(activeMutant, content);

export const rubricOf = (id: string) => (content.cards.find((c) => c.id === id) as Card).meta.rubric as Rubric;

/** A grade function for a suite: a fixed default language, or "by-script" (Korean when the text has Hangul). */
export function grader(language: "ko" | "en" | "by-script") {
  return (id: string, text: string, locale: "ko" | "en" = language === "by-script" ? (/[가-힣]/.test(text) ? "ko" : "en") : language) =>
    gradeAnswer(rubricOf(id), text, locale);
}

/** The misconception ids of a grade's wrong-claim mistakes. */
export const flagged = (g: InterviewGrade) => g.mistakes.flatMap((m) => (m.kind === "wrong-claim" ? [m.misconception] : []));

/** The ids of the points a grade covered. */
export const covered = (g: InterviewGrade) => g.points.filter((p) => p.covered).map((p) => p.id);

const byScript = grader("by-script");

/** The misconception is flagged and keeps the answer under a pass (graded in the language of its script). */
export function expectFlag(prompt: string, text: string, misconception: string) {
  const g = byScript(prompt, text);
  expect(flagged(g), text).toContain(misconception);
  expect(g.score, text).toBeLessThan(0.7);
}

/** Nothing is flagged: the correction or refutation of the same misconception, or a true neighbour of it. */
export function expectClean(prompt: string, text: string) {
  expect(flagged(byScript(prompt, text)), text).toEqual([]);
}
