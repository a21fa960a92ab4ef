import { difference, matches, type Difference, type Forgiven } from "./normalize";
import { SUGGESTED, type Verdict } from "./verdict";

/** One `{{c1::text::hint}}` deletion of a cloze sentence. */
export type Blank = { answer: string; hint?: string };

const DELETION = /\{\{c\d+::(.*?)(?:::(.*?))?\}\}/g;

/** The sentence split into text and blanks, in reading order. */
export function clozeParts(source: string): ({ text: string } | { blank: number; hint?: string })[] {
  const parts: ({ text: string } | { blank: number; hint?: string })[] = [];
  let last = 0;
  let n = 0;
  for (const m of source.matchAll(DELETION)) {
    if (m.index > last) parts.push({ text: source.slice(last, m.index) });
    parts.push(m[2] ? { blank: n++, hint: m[2] } : { blank: n++ });
    last = m.index + m[0].length;
  }
  if (last < source.length) parts.push({ text: source.slice(last) });
  return parts;
}

export function clozeBlanks(source: string): Blank[] {
  return [...source.matchAll(DELETION)].map((m) => (m[2] ? { answer: m[1]!, hint: m[2] } : { answer: m[1]! }));
}

export type BlankResult = { given: string; expected: string; ok: boolean; forgiven: Forgiven[]; difference: Difference | null };
export type ClozeResult = { verdict: Verdict; suggested: 1 | 2 | 3; blanks: BlankResult[] };

/** Checks every blank; one wrong or empty blank makes the card wrong (the gaps are the card). */
export function checkCloze(blanks: Blank[], typed: string[]): ClozeResult {
  const results = blanks.map((b, i) => {
    const given = typed[i] ?? "";
    const m = matches(given, b.answer);
    return { given, expected: b.answer, ok: m.ok, forgiven: m.forgiven, difference: m.ok || !given.trim() ? null : difference(given, b.answer) };
  });
  const verdict: Verdict = results.every((r) => r.ok) ? "right" : "wrong";
  return { verdict, suggested: SUGGESTED[verdict] as 1 | 3, blanks: results };
}
