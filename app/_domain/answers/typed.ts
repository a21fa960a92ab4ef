import { canonical } from "./normalize";
import { SUGGESTED, type Verdict } from "./verdict";

/** The key terms of a model answer: what its author set in bold. */
export function keyTerms(answerMarkdown: string): string[] {
  return [...new Set([...answerMarkdown.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]!.trim()).filter(Boolean))];
}

// Korean endings a typed word may carry that the model answer's word does not.
const ENDING = /(으로|에서|에게|까지|부터|은|는|이|가|을|를|로|와|과|의|에|도|만|다)$/u;

function words(text: string): string[] {
  return text
    .split(/[\s,.;:()]+/)
    .map((w) => canonical(w).replace(ENDING, ""))
    .filter((w) => w.length >= 2 || /\d/.test(w));
}

export type TypedResult = { verdict: Verdict; suggested: 1 | 2 | 3; found: string[]; missed: string[] };

/**
 * Anki's "type in the answer" for free-text cards, compared by key terms rather than letter by
 * letter (an explanation can be right in other words): a term counts as said when most of its
 * words appear in the typed answer. Null when the model answer has no key terms to compare.
 */
export function checkTyped(terms: string[], typed: string): TypedResult | null {
  if (!terms.length) return null;
  const said = new Set(words(typed));
  const whole = canonical(typed);
  const found: string[] = [];
  const missed: string[] = [];
  for (const term of terms) {
    const ws = words(term);
    const hit = whole.includes(canonical(term)) || (ws.length > 0 && ws.filter((w) => said.has(w) || whole.includes(w)).length / ws.length >= 0.6);
    (hit ? found : missed).push(term);
  }
  const verdict: Verdict = missed.length === 0 ? "right" : found.length * 2 >= terms.length ? "partial" : "wrong";
  return { verdict, suggested: SUGGESTED[verdict] as 1 | 2 | 3, found, missed };
}
