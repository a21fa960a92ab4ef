import Link from "next/link";
import type { CaptureReport } from "@/app/_domain/capture";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import type { Titles } from "./capture-explorer";

const SHOWN_SOCKETS = 300;

export function SocketTableView({ report, t, titles }: { report: Extract<CaptureReport, { kind: "sockets" }>; t: Messages["captures"]; titles: Titles }) {
  const where = (label: string, list: { name: string; count: number }[]) =>
    list.length && list[0]!.count > 1 ? (
      <p className="text-sm">
        <span className="text-muted">{label}: </span>
        <span className="font-mono">
          {list
            .filter((x) => x.count > 1)
            .map((x) => `${x.name} (${x.count})`)
            .join(", ")}
        </span>
      </p>
    ) : null;
  return (
    <>
      <section aria-labelledby="states-h" className="space-y-3">
        <h3 id="states-h" className="text-lg font-semibold">
          {t.statesHeading}
        </h3>
        <ul className="grid gap-3 sm:grid-cols-2">
          {report.summary.states.map((s) => (
            <li key={s.state} className={`space-y-2 rounded-lg border p-3 ${s.pile ? "border-bad" : "border-border"}`}>
              <p className="flex flex-wrap items-baseline justify-between gap-2">
                <span className="font-mono font-semibold">{s.state}</span>
                <span className="text-lg font-bold">
                  {fill(t.count, { n: s.count })}
                  {s.pile ? <span className="ml-2 rounded bg-bad px-1.5 py-0.5 text-xs font-semibold text-card">{t.pile}</span> : null}
                </span>
              </p>
              <p className="text-sm">{s.meaning}</p>
              {s.advice && (s.pile || s.count > 1) ? <p className="text-sm font-medium">{s.advice}</p> : null}
              {where(t.whereLocal, s.local)}
              {where(t.wherePeer, s.peers)}
              {where(t.whereProcess, s.processes)}
              {s.related.topics.length || s.related.prompts.length ? (
                <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
                  {s.related.topics
                    .filter((id) => titles.topics[id])
                    .map((id) => (
                      <li key={id}>
                        <Link className="text-accent underline" href={`/study?topic=${id}`}>
                          {fill(t.studyTopic, { topic: titles.topics[id]! })}
                        </Link>
                      </li>
                    ))}
                  {s.related.prompts
                    .filter((id) => titles.prompts[id])
                    .map((id) => (
                      <li key={id}>
                        <Link className="text-accent underline" href={`/drills/interview/${id}`}>
                          {fill(t.interviewPrompt, { id: titles.prompts[id]! })}
                        </Link>
                      </li>
                    ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <details>
        <summary className="cursor-pointer font-semibold">{t.everySocket}</summary>
        <ul className="mt-2 space-y-2">
          {report.sockets.slice(0, SHOWN_SOCKETS).map((s) => (
            <li key={s.line} className="rounded-md border border-border p-2 text-sm">
              <p className="font-mono text-xs break-words">
                {s.local} → {s.peer} · <strong>{s.state}</strong>
                {s.process ? ` · ${s.process}` : ""}
              </p>
              <p className="mt-1">{s.explanation}</p>
            </li>
          ))}
        </ul>
        {report.sockets.length > SHOWN_SOCKETS ? (
          <p className="text-sm text-muted">{fill(t.shownFirst, { shown: SHOWN_SOCKETS, total: report.sockets.length })}</p>
        ) : null}
      </details>
    </>
  );
}
