import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import type { GradeResponse } from "./types";

/** The grade of one answer: points covered with their evidence, points missed, mistakes, model answers. */
export function GradeResult({ grade, answer, t }: { grade: GradeResponse; answer: string; t: Messages["interview"] }) {
  const covered = grade.points.filter((p) => p.covered);
  const missed = grade.points.filter((p) => !p.covered);
  const pct = Math.round(grade.score * 100);
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3">
        <p className="text-2xl font-semibold">{fill(t.score, { score: pct })}</p>
        <meter className="h-3 w-40" min={0} max={100} low={75} high={99} optimum={100} value={pct} aria-label={fill(t.score, { score: pct })} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="covered-h" className="rounded-md border border-border p-3">
          <h3 id="covered-h" className="mb-2 font-semibold text-good">✓ {t.covered} ({covered.length}/{grade.points.length})</h3>
          {covered.length ? (
            <ul className="space-y-2" data-testid="covered-points">
              {covered.map((p) => (
                <li key={p.id}>
                  <span>{p.label}</span>
                  {p.evidence ? <span className="block text-sm text-muted">{fill(t.matched, { text: p.evidence })}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-muted">{t.none}</p>
          )}
        </section>
        <section aria-labelledby="missed-h" className="rounded-md border border-border p-3">
          <h3 id="missed-h" className="mb-2 font-semibold text-bad">✗ {t.missed} ({missed.length})</h3>
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
          <h3 id="mistakes-h" className="mb-2 font-semibold">⚠ {t.mistakes}</h3>
          <ul className="space-y-2" data-testid="mistakes">
            {grade.mistakes.map((m) => (
              <li key={m.id}>
                <q className="font-medium">{m.evidence}</q>
                <span className="block">{m.message}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <details className="rounded-md border border-border p-3">
        <summary className="cursor-pointer font-medium">{t.yourAnswer}</summary>
        {/* Shown back as text, never as HTML. */}
        <p className="mt-2 whitespace-pre-wrap">{answer}</p>
      </details>
      <section aria-labelledby="model-h" className="space-y-3 rounded-md border border-border p-3">
        <h3 id="model-h" className="font-semibold">{t.modelShort}</h3>
        <div className="prose-card" dangerouslySetInnerHTML={{ __html: grade.model.short }} />
        <details>
          <summary className="cursor-pointer font-semibold">{t.modelDetailed}</summary>
          <div className="prose-card mt-2" dangerouslySetInnerHTML={{ __html: grade.model.detailed }} />
        </details>
      </section>
    </div>
  );
}
