"use client";
import { checkFix, checkPicked, tokens, type Verdict } from "@/app/_domain/answers";
import { fill } from "@/app/_i18n/fill";
import type { AnswerCheck } from "@/app/_domain/study/types";
import type { AnswerProps, Outcome } from "./shared";

type Check = Extract<AnswerCheck, { kind: "spot" }>;
export type SpotDraft = { picked: number[]; fix: string };

const RANK: Record<Verdict, number> = { wrong: 0, partial: 1, right: 2 };

/** Tapped words and a typed correction are both answers; the better of the two counts. */
export function checkSpotDraft(check: Check, draft: SpotDraft | undefined): Outcome {
  const outcomes: NonNullable<Outcome>[] = [];
  if (draft?.picked.length) outcomes.push(checkPicked(check.statement, check.wrong, draft.picked));
  if (draft?.fix.trim()) outcomes.push(checkFix(check.fix, draft.fix));
  if (!outcomes.length) return null;
  const best = outcomes.reduce((a, b) => (RANK[b.verdict] > RANK[a.verdict] ? b : a));
  return { verdict: best.verdict, suggested: best.suggested };
}

export function SpotAnswer({ check, draft, setDraft, revealed, submit, t }: AnswerProps<Check, SpotDraft>) {
  const d = draft ?? { picked: [], fix: "" };
  const words = tokens(check.statement);
  const result = revealed ? checkPicked(check.statement, check.wrong, d.picked) : null;
  const fixed = revealed && d.fix.trim() ? checkFix(check.fix, d.fix) : null;
  const toggle = (i: number) => setDraft({ ...d, picked: d.picked.includes(i) ? d.picked.filter((x) => x !== i) : [...d.picked, i] });
  return (
    <div className="mt-4 space-y-3" data-answer>
      {!revealed ? <p className="text-sm text-muted">{t.spotIntro}</p> : null}
      <ul aria-label={t.spotWords} className="flex flex-wrap gap-1.5 rounded-md border border-border p-2">
        {words.map((w, i) => {
          const picked = d.picked.includes(i);
          const wrong = result?.wrong.includes(i);
          const cls = result
            ? wrong
              ? "border-bad bg-bad/10 underline decoration-bad decoration-2"
              : picked
                ? "border-accent line-through"
                : "border-transparent"
            : picked
              ? "border-accent bg-accent/10"
              : "border-border";
          const note = result ? (wrong ? (picked ? t.wrongWords : t.missedWord) : picked ? t.strayWord : null) : null;
          return (
            <li key={i}>
              <button
                type="button"
                aria-pressed={picked}
                aria-disabled={revealed}
                onClick={() => !revealed && toggle(i)}
                className={`rounded border-2 px-1.5 py-0.5 font-mono text-sm ${cls}`}
              >
                {w.text}
                {note ? <span className="sr-only"> ({note})</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
      {result ? (
        <p className="text-sm">
          {t.wrongWords}: <strong className="text-bad">{check.wrong.join(" · ")}</strong>
        </p>
      ) : null}
      {!revealed || d.fix.trim() ? (
        <label className="flex flex-col gap-1">
          <span className="text-sm font-medium">{revealed ? t.yourAnswer : t.spotFix}</span>
          <input
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={d.fix}
            readOnly={revealed}
            aria-invalid={fixed ? fixed.verdict !== "right" : undefined}
            onChange={(e) => setDraft({ ...d, fix: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !revealed) {
                e.preventDefault();
                submit();
              }
            }}
            className={`rounded-md border-2 bg-card px-2 py-1.5 ${fixed ? (fixed.verdict === "right" ? "border-good" : "border-bad") : "border-border"}`}
          />
        </label>
      ) : null}
      {fixed && fixed.verdict !== "right" ? <p className="text-sm">{fill(t.fixExpected, { fixes: check.fix.join(", ") })}</p> : null}
    </div>
  );
}
