"use client";
import { checkCloze, type BlankResult } from "@/app/_domain/answers";
import { fill } from "@/app/_i18n/fill";
import type { AnswerCheck } from "@/app/_domain/study/types";
import type { AnswerProps, Outcome } from "./shared";

type Check = Extract<AnswerCheck, { kind: "cloze" }>;

/** The learner's answer to a cloze card, or null when every blank is empty. */
export function checkClozeDraft(check: Check, draft: string[] | undefined): Outcome {
  if (!draft?.some((x) => x.trim())) return null;
  const r = checkCloze(check.blanks, draft);
  return { verdict: r.verdict, suggested: r.suggested };
}

function BlankFeedback({ r, t }: { r: BlankResult; t: AnswerProps<Check, string[]>["t"] }) {
  if (r.ok) {
    const what = r.forgiven.map((f) => t.forgivenKinds[f]).join(", ");
    return <p className="text-sm text-muted">{what ? fill(t.forgiven, { what }) : null}</p>;
  }
  return (
    <p className="text-sm">
      {t.expected}: <strong className="font-mono">{r.expected}</strong>
      {r.difference ? (
        <>
          {" · "}
          {t.differed}:{" "}
          <span className="font-mono">
            {r.difference.before}
            <del className="bg-bad/15 text-bad">{r.difference.given || "∅"}</del>
            <ins className="bg-good/15 no-underline">{r.difference.expected || "∅"}</ins>
            {r.difference.after}
          </span>
        </>
      ) : null}
    </p>
  );
}

export function ClozeAnswer({ check, draft, setDraft, revealed, submit, t }: AnswerProps<Check, string[]>) {
  const typed = draft ?? check.blanks.map(() => "");
  const results = revealed ? checkCloze(check.blanks, typed).blanks : null;
  return (
    <div className="mt-4 space-y-3" data-answer>
      {!revealed ? <p className="text-sm text-muted">{t.clozeIntro}</p> : null}
      {check.blanks.map((b, i) => {
        const r = results?.[i];
        const label = fill(t.blank, { n: i + 1 }) + (b.hint ? ` (${b.hint})` : "");
        return (
          <div key={i} className="space-y-1">
            <label className="flex flex-wrap items-center gap-2">
              <span className="min-w-16 text-sm font-medium">{label}</span>
              <input
                type="text"
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                value={typed[i]}
                readOnly={revealed}
                aria-invalid={r ? !r.ok : undefined}
                onChange={(e) => setDraft(typed.map((x, j) => (j === i ? e.target.value : x)))}
                onKeyDown={(e) => {
                  if (e.key === "Enter" && !revealed) {
                    e.preventDefault();
                    submit();
                  }
                }}
                className={`min-w-0 flex-1 rounded-md border-2 bg-card px-2 py-1.5 font-mono ${r ? (r.ok ? "border-good" : "border-bad") : "border-border"}`}
              />
              {r ? (
                <span className={r.ok ? "text-good" : "text-bad"}>
                  {r.ok ? "✓" : "✗"}
                  <span className="sr-only">{r.ok ? t.verdict.right : t.verdict.wrong}</span>
                </span>
              ) : null}
            </label>
            {r ? <BlankFeedback r={r} t={t} /> : null}
          </div>
        );
      })}
    </div>
  );
}
