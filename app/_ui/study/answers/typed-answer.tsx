"use client";
import { checkTyped } from "@/app/_domain/answers";
import { fill } from "@/app/_i18n/fill";
import type { AnswerCheck } from "@/app/_domain/study/types";
import type { AnswerProps, Outcome } from "./shared";

type Check = Extract<AnswerCheck, { kind: "typed" }>;

/** Basic and why cards: nothing typed is no answer (the learner recalls in their head, as in Anki). */
export function checkTypedDraft(check: Check, draft: string | undefined): Outcome {
  if (!draft?.trim()) return null;
  const r = checkTyped(check.terms, draft);
  return r && { verdict: r.verdict, suggested: r.suggested };
}

export function TypedAnswer({ check, draft, setDraft, revealed, submit, t }: AnswerProps<Check, string>) {
  const typed = draft ?? "";
  const r = revealed && typed.trim() ? checkTyped(check.terms, typed) : null;
  if (revealed && !typed.trim()) return null;
  return (
    <div className="mt-4 space-y-2" data-answer>
      <label className="flex flex-col gap-1">
        <span className="text-sm font-medium">{revealed ? t.yourAnswer : t.typedLabel}</span>
        <textarea
          rows={2}
          value={typed}
          readOnly={revealed}
          spellCheck={false}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            // Enter checks, as in Anki's type-in-the-answer; Shift+Enter starts a new line.
            if (e.key === "Enter" && !e.shiftKey && !revealed) {
              e.preventDefault();
              submit();
            }
          }}
          className="rounded-md border-2 border-border bg-card px-2 py-1.5"
        />
      </label>
      {r ? (
        <div className="text-sm">
          {r.found.length ? <p className="text-good">✓ {fill(t.termsFound, { terms: r.found.join(", ") })}</p> : null}
          {r.missed.length ? <p className="text-bad">✗ {fill(t.termsMissed, { terms: r.missed.join(", ") })}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
