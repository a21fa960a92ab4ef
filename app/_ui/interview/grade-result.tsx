"use client";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { MarkedAnswer, markId, type Mark } from "./marked-answer";
import type { GradeResponse } from "./types";

/**
 * The grade of one answer: the answer with the words that earned each point and made each
 * mistake marked, points covered (each linked to its words), points missed, mistakes, model answers.
 */
export function GradeResult({ grade, answer, t }: { grade: GradeResponse; answer: string; t: Messages["interview"] }) {
  const covered = grade.points.filter((p) => p.covered);
  const missed = grade.points.filter((p) => !p.covered);
  const pct = Math.round(grade.score * 100);
  const marks: Mark[] = [
    ...covered.map((p, i) => ({ key: `point-${p.id}`, kind: "point" as const, n: i + 1, text: p.label, spans: p.spans })),
    // A mistake's mark says what is wrong, without quoting back the words it marks.
    ...grade.mistakes.map((m, i) => ({
      key: `mistake-${m.id}`,
      kind: "mistake" as const,
      n: i + 1,
      text: m.kind === "order" ? m.message : m.message.replace(/^“[^”]*”:\s*/, "").split(/(?<=[.;])\s/)[0]!,
      spans: m.spans,
    })),
  ];
  const show = (key: string) => (e: React.MouseEvent) => {
    e.preventDefault();
    document.getElementById(markId(key))?.focus();
  };
  const hasMark = (key: string) => marks.some((m) => m.key === key && m.spans.length);
  return (
    <div className="space-y-4">
      <h2 className="sr-only">{t.marks.result}</h2>
      <div className="flex items-center gap-3">
        <p className="text-2xl font-semibold">{fill(t.score, { score: pct })}</p>
        <meter className="h-3 w-40" min={0} max={100} low={75} high={99} optimum={100} value={pct} aria-label={fill(t.score, { score: pct })} />
      </div>
      <section aria-labelledby="marked-h" className="rounded-md border border-border p-3">
        <h3 id="marked-h" className="mb-1 font-semibold">
          {t.marks.heading}
        </h3>
        <p className="mb-2 text-sm text-muted">{t.marks.legend}</p>
        <MarkedAnswer answer={answer} marks={marks} t={t.marks} />
      </section>
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="covered-h" className="rounded-md border border-border p-3">
          <h3 id="covered-h" className="mb-2 font-semibold text-good">
            ✓ {t.covered} ({covered.length}/{grade.points.length})
          </h3>
          {covered.length ? (
            <ol className="space-y-2" data-testid="covered-points">
              {covered.map((p, i) => (
                <li key={p.id}>
                  <span className="mr-1 font-semibold text-good" aria-hidden="true">
                    ✓{i + 1}
                  </span>
                  <span>{p.label}</span>
                  {p.evidence ? (
                    <span className="block text-sm text-muted">
                      {fill(t.matched, { text: p.evidence })}{" "}
                      {hasMark(`point-${p.id}`) ? (
                        <a href={`#${markId(`point-${p.id}`)}`} onClick={show(`point-${p.id}`)} className="text-accent underline">
                          {t.marks.show}
                          <span className="sr-only"> ({p.label})</span>
                        </a>
                      ) : null}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="text-muted">{t.none}</p>
          )}
        </section>
        <section aria-labelledby="missed-h" className="rounded-md border border-border p-3">
          <h3 id="missed-h" className="mb-2 font-semibold text-bad">
            ✗ {t.missed} ({missed.length})
          </h3>
          {missed.length ? (
            <ul className="list-disc space-y-1 pl-5" data-testid="missed-points">
              {missed.map((p) => (
                <li key={p.id}>{p.label}</li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">{t.none}</p>
          )}
        </section>
      </div>
      {grade.mistakes.length ? (
        <section aria-labelledby="mistakes-h" className="rounded-md border-2 border-warn p-3">
          <h3 id="mistakes-h" className="mb-2 font-semibold">
            ⚠ {t.mistakes}
          </h3>
          <ol className="space-y-2" data-testid="mistakes">
            {grade.mistakes.map((m, i) => (
              <li key={m.id}>
                <span className="mr-1 font-semibold text-bad" aria-hidden="true">
                  ⚠{i + 1}
                </span>
                <span>{m.message}</span>{" "}
                {hasMark(`mistake-${m.id}`) ? (
                  <a href={`#${markId(`mistake-${m.id}`)}`} onClick={show(`mistake-${m.id}`)} className="text-sm text-accent underline">
                    {t.marks.show}
                    <span className="sr-only"> (⚠{i + 1})</span>
                  </a>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="model-h" className="space-y-3 rounded-md border border-border p-3">
        <h3 id="model-h" className="font-semibold">
          {t.modelShort}
        </h3>
        <div className="prose-card" dangerouslySetInnerHTML={{ __html: grade.model.short }} />
        <details>
          <summary className="cursor-pointer font-semibold">{t.modelDetailed}</summary>
          <div className="prose-card mt-2" dangerouslySetInnerHTML={{ __html: grade.model.detailed }} />
        </details>
      </section>
    </div>
  );
}
