"use client";
import { useEffect, useRef, useState } from "react";
import { gradeStates, type ConnectionReport } from "@/app/_domain/capture";
import { spokenFlags, STATES, type GradeResult } from "@/app/_domain/tcp";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { SequenceDiagram } from "../simulator/sequence-diagram";
import { sideLabels, SHOWN_SEGMENTS, toSteps } from "./connection-steps";
import type { Locale } from "@/app/_domain/locale";

type Answer = { client?: string; server?: string };
const field = "rounded-md border border-border bg-card px-2 py-1.5 text-sm text-fg";

/**
 * The learner names both states after each segment of a real connection and is graded as in
 * the simulator. A row not yet chosen keeps the previous row's states, as the simulator's
 * step form does, so only the changes need choosing.
 */
export function CapturePractice({
  connection: c,
  t,
  locale,
  onClose,
}: {
  connection: ConnectionReport;
  t: Messages["captures"];
  locale: Locale;
  onClose: () => void;
}) {
  const rows = c.segments.slice(0, SHOWN_SEGMENTS);
  const [answers, setAnswers] = useState<Answer[]>([]);
  const [result, setResult] = useState<GradeResult | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const names = sideLabels(c, t);
  useEffect(() => heading.current?.focus(), []);

  const shown: { client: string; server: string }[] = [];
  rows.forEach((_, i) => {
    const before = i === 0 ? c.initial : shown[i - 1]!;
    shown.push({ client: answers[i]?.client ?? before.client, server: answers[i]?.server ?? before.server });
  });

  function choose(i: number, side: "client" | "server", value: string) {
    setResult(null);
    setAnswers((all) => {
      const next = [...all];
      next[i] = { ...next[i], [side]: value };
      return next;
    });
  }

  const graded = () =>
    setResult(
      gradeStates(
        rows,
        shown,
        locale === "ko" ? names : { client: c.roles === "a-b" ? "A" : "the client", server: c.roles === "a-b" ? "B" : "the server" },
        locale,
      ),
    );
  const steps = toSteps(c).map((s, i) => ({ ...s, client: shown[i]!.client, server: shown[i]!.server }));
  const practiceId = `practice-${c.id}`;

  return (
    <section aria-labelledby={practiceId} className="space-y-3 rounded-lg border border-accent p-3">
      <h4 id={practiceId} ref={heading} tabIndex={-1} className="font-semibold">
        {fill(t.practiceTitle, { id: c.id })}
      </h4>
      <p className="text-sm text-muted">{t.practiceIntro}</p>
      <ol className="space-y-2">
        {rows.map((s, i) => {
          const r = result?.steps[i];
          return (
            <li key={s.index} className={`rounded-md border p-2 ${r ? (r.ok ? "border-good" : "border-bad") : "border-border"}`}>
              <p className="font-mono text-xs break-words">
                #{s.index} {names[s.from]} → {spokenFlags(s.flags)} seq={s.seq}
                {s.ack !== null ? ` ack=${s.ack}` : ""}
                {s.len ? ` len=${s.len}` : ""}
                {s.lost ? ` (${t.lost})` : ""}
                {r ? <strong className={`ml-2 ${r.ok ? "text-good" : "text-bad"}`}>{r.ok ? `✓ ${t.right}` : `✗ ${t.wrong}`}</strong> : null}
              </p>
              <div className="mt-1 grid grid-cols-2 gap-2">
                {(["client", "server"] as const).map((side) => (
                  <label key={side} className="flex flex-col gap-1 text-xs">
                    <span>{fill(t.stateAfter, { side: names[side], n: s.index })}</span>
                    <select className={field} value={shown[i]![side]} onChange={(e) => choose(i, side, e.target.value)}>
                      {STATES.map((state) => (
                        <option key={state} value={state}>
                          {state}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
              {r && !r.ok ? (
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                  {r.errors.map((e, k) => (
                    <li key={k}>{e.message}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={graded} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
          {t.grade}
        </button>
        <button type="button" onClick={onClose} className="rounded-md border border-border px-3 py-2">
          {t.closePractice}
        </button>
        <p role="status" aria-live="polite" className={`font-semibold ${result ? (result.correct ? "text-good" : "text-bad") : ""}`}>
          {result ? fill(t.score, { score: Math.round(result.score * 100), verdict: result.correct ? t.correct : t.notYet }) : ""}
        </p>
      </div>
      {result ? (
        <SequenceDiagram steps={steps} initial={c.initial} results={result.steps} title={fill(t.diagram, { id: c.id })} words={t.diagramWords} />
      ) : null}
    </section>
  );
}
