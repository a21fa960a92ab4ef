import { SUGGESTED, type Verdict } from "./verdict";

export type ChoiceResult = { verdict: Verdict; suggested: 1 | 3; right: number[] };

/** A pick among options: right when it is one of the right options. No pick is wrong. */
export function checkChoice(options: { correct: boolean }[], picked: number | null): ChoiceResult {
  const right = options.flatMap((o, i) => (o.correct ? [i] : []));
  const verdict: Verdict = picked !== null && right.includes(picked) ? "right" : "wrong";
  return { verdict, suggested: SUGGESTED[verdict] as 1 | 3, right };
}
