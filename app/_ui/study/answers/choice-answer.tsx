"use client";
import { useEffect } from "react";
import { checkChoice } from "@/app/_domain/answers";
import type { AnswerProps, Outcome } from "./shared";

type Options = { html: string; correct: boolean }[];

export function checkChoiceDraft(options: Options, picked: number | undefined): Outcome {
  if (picked === undefined) return null;
  const r = checkChoice(options, picked);
  return { verdict: r.verdict, suggested: r.suggested };
}

/** Multiple choice: a click or the option's number key picks it and checks at once. */
export function ChoiceAnswer({ check: options, draft: picked, setDraft, revealed, submit, t }: AnswerProps<Options, number>) {
  useEffect(() => {
    if (revealed) return;
    function onKey(e: KeyboardEvent) {
      if (e.metaKey || e.ctrlKey || e.altKey || (e.target as HTMLElement).closest("input, textarea, select")) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= options.length) {
        e.preventDefault();
        setDraft(n - 1);
        submit(checkChoiceDraft(options, n - 1));
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, options, setDraft, submit]);

  return (
    <div className="mt-4" data-answer>
      {!revealed ? <p className="mb-2 text-sm text-muted">{t.choiceIntro}</p> : null}
      <ol className="space-y-2" aria-label={t.options}>
        {options.map((o, i) => {
          const mark = revealed ? (o.correct ? "border-good" : picked === i ? "border-bad" : "border-border") : "border-border hover:border-accent";
          return (
            <li key={i}>
              <button
                type="button"
                aria-disabled={revealed}
                aria-pressed={picked === i}
                onClick={() => {
                  if (revealed) return;
                  setDraft(i);
                  submit(checkChoiceDraft(options, i));
                }}
                className={`flex w-full items-start gap-2 rounded-md border-2 px-3 py-2 text-left ${mark}`}
              >
                <kbd className="font-mono text-muted">{i + 1}</kbd>
                <span className="min-w-0 flex-1" dangerouslySetInnerHTML={{ __html: o.html }} />
                {revealed && o.correct ? (
                  <span className="text-good" aria-hidden>
                    ✓
                  </span>
                ) : null}
                {revealed && !o.correct && picked === i ? (
                  <span className="text-bad" aria-hidden>
                    ✗
                  </span>
                ) : null}
                {revealed && o.correct ? <span className="sr-only"> ({t.correct})</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
