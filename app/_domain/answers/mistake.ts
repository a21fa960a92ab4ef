import { canonical, matches } from "./normalize";
import { SUGGESTED, type Verdict } from "./verdict";

/**
 * The statement a spot-the-mistake card quotes: a `> ` block quote when the prompt has one
 * (it may contain quotation marks of its own), else the last "…" in the prompt.
 */
export function statementOf(prompt: string): string | null {
  const quoted = prompt.split("\n").filter((l) => l.startsWith(">"));
  if (quoted.length)
    return quoted
      .map((l) => l.replace(/^>\s?/, ""))
      .join(" ")
      .trim();
  const all = [...prompt.matchAll(/["“]([^"”]+)["”]/g)];
  return all.at(-1)?.[1]?.trim() ?? null;
}

export type Token = { text: string; start: number; end: number };

/** The statement in words, as the learner taps them. */
export function tokens(statement: string): Token[] {
  return [...statement.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Indices of the words that overlap a wrong part of the statement (its first occurrence). */
export function wrongTokens(statement: string, wrong: string[]): number[] {
  const spans = wrong.flatMap((w) => {
    const at = statement.indexOf(w);
    return at < 0 ? [] : [[at, at + w.length] as const];
  });
  return tokens(statement).flatMap((t, i) => (spans.some(([at, end]) => t.start < end && t.end > at) ? [i] : []));
}

export type MistakeResult = { verdict: Verdict; suggested: 1 | 2 | 3; wrong: number[]; strays: number[] };

/**
 * Tapped words: right when every tapped word is in the wrong part; partial when some are and
 * some are not (the learner found it but also blamed sound words); wrong otherwise.
 */
export function checkPicked(statement: string, wrong: string[], picked: number[]): MistakeResult {
  const target = wrongTokens(statement, wrong);
  const hits = picked.filter((i) => target.includes(i));
  const strays = picked.filter((i) => !target.includes(i));
  const verdict: Verdict = hits.length === 0 ? "wrong" : strays.length === 0 ? "right" : "partial";
  return { verdict, suggested: SUGGESTED[verdict] as 1 | 2 | 3, wrong: target, strays };
}

/** A typed correction: right when it is, or contains, one of the accepted fixes. */
export function checkFix(fixes: string[], typed: string): { verdict: Verdict; suggested: 1 | 3 } {
  const given = canonical(typed);
  const ok = given.length > 0 && fixes.some((f) => matches(typed, f).ok || given.includes(canonical(f)));
  return ok ? { verdict: "right", suggested: 3 } : { verdict: "wrong", suggested: 1 };
}
