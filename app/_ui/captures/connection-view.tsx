"use client";
import { useState } from "react";
import type { ConnectionReport } from "@/app/_domain/capture";
import { spokenFlags } from "@/app/_domain/tcp";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { SequenceDiagram } from "../simulator/sequence-diagram";
import { CapturePractice } from "./capture-practice";
import { sideLabels, SHOWN_SEGMENTS, toSteps } from "./connection-steps";
import type { Locale } from "@/app/_domain/locale";

export function ConnectionView({ connection: c, t, locale }: { connection: ConnectionReport; t: Messages["captures"]; locale: Locale }) {
  const [practising, setPractising] = useState(false);
  const names = sideLabels(c, t);
  const heading = `connection-${c.id}`;
  const time = (s: number | null) => (s === null ? "" : ` · +${s.toFixed(6)} s`);
  return (
    <section aria-labelledby={heading} className="space-y-3 rounded-lg border border-border p-3 sm:p-4">
      <h3 id={heading} className="text-lg font-semibold break-words">
        {fill(t.connection, { id: c.id })}:{" "}
        <span className="font-mono text-base">
          {c.client} → {c.server}
        </span>
      </h3>
      {c.roles === "a-b" ? <p className="text-sm text-muted">{t.midConnection}</p> : null}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-muted">{t.initialStates}</dt>
        <dd className="font-mono">
          {names.client} {c.initial.client} · {names.server} {c.initial.server}
        </dd>
        <dt className="text-muted">{t.finalStates}</dt>
        <dd className="font-mono font-semibold">
          {names.client} {c.final.client} · {names.server} {c.final.server}
        </dd>
      </dl>

      <div>
        <h4 className="font-semibold">{t.anomalies}</h4>
        {c.anomalies.length === 0 ? (
          <p className="text-sm text-good">{t.noAnomalies}</p>
        ) : (
          <ul className="mt-1 space-y-2" aria-label={`${fill(t.connection, { id: c.id })}: ${t.anomalies}`}>
            {c.anomalies.map((a, i) => (
              <li key={i} className="rounded-md border border-bad p-2 text-sm">
                <span className="mr-2 rounded bg-bad px-1.5 py-0.5 font-mono text-xs font-semibold text-card">{a.code}</span>
                {a.message}
              </li>
            ))}
          </ul>
        )}
      </div>

      <p className="text-xs text-muted">{fill(t.sides, { left: `${names.client} ${c.client}`, right: `${names.server} ${c.server}` })}</p>
      <SequenceDiagram steps={toSteps(c)} initial={c.initial} title={fill(t.diagram, { id: c.id })} words={t.diagramWords} />
      {c.segments.length > SHOWN_SEGMENTS ? (
        <p className="text-sm text-muted">{fill(t.shownFirst, { shown: SHOWN_SEGMENTS, total: c.segments.length })}</p>
      ) : null}

      <details>
        <summary className="cursor-pointer font-semibold">{t.segments}</summary>
        <ol className="mt-2 space-y-2">
          {c.segments.slice(0, SHOWN_SEGMENTS).map((s) => (
            <li key={s.index} className="rounded-md border border-border p-2 text-sm">
              <p className="font-mono text-xs break-words">
                #{s.index} {names[s.from]} → {spokenFlags(s.flags)} seq={s.seq}
                {s.ack !== null ? ` ack=${s.ack}` : ""}
                {s.len ? ` len=${s.len}` : ""}
                {s.lost ? ` (${t.lost})` : ""}
                {time(s.time)} · {s.client} / {s.server}
              </p>
              <p className="mt-1">{s.explanation}</p>
            </li>
          ))}
        </ol>
      </details>

      {practising ? (
        <CapturePractice connection={c} t={t} locale={locale} onClose={() => setPractising(false)} />
      ) : (
        <button type="button" onClick={() => setPractising(true)} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
          {t.practice}
        </button>
      )}
    </section>
  );
}
