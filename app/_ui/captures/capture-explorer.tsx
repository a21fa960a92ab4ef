"use client";
import { useRef, useState, type DragEvent } from "react";
import { CaptureError, explainCapture, MAX_CAPTURE_BYTES, type CaptureErrorCode, type CaptureReport } from "@/app/_domain/capture";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { ConnectionView } from "./connection-view";
import { EXAMPLES } from "./examples";
import { SocketTableView } from "./socket-table-view";
import type { Locale } from "@/app/_domain/locale";

export type Titles = { topics: Record<string, string>; prompts: Record<string, string> };
type Failure = { code: CaptureErrorCode; detail: string };

const button = "rounded-md border border-border px-3 py-2 text-sm";
/** Connections drawn in full; a larger capture lists the rest by their summary line. */
const SHOWN_CONNECTIONS = 20;

/**
 * Paste, choose or drop a capture; it is read and explained here in the browser with the same
 * domain code as POST /api/captures/explain, so nothing leaves the learner's machine.
 */
export function CaptureExplorer({ t, locale, titles }: { t: Messages["captures"]; locale: Locale; titles: Titles }) {
  const [text, setText] = useState("");
  const [report, setReport] = useState<CaptureReport | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const results = useRef<HTMLHeadingElement>(null);

  function explain(input: string | Uint8Array) {
    setBusy(true);
    setFailure(null);
    // Let "Reading…" paint before a large capture keeps the page busy.
    setTimeout(() => {
      try {
        setReport(explainCapture(input, locale));
        setTimeout(() => results.current?.focus(), 0);
      } catch (e) {
        if (!(e instanceof CaptureError)) throw e;
        setReport(null);
        setFailure({ code: e.code, detail: e.message });
      } finally {
        setBusy(false);
      }
    }, 0);
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_CAPTURE_BYTES) {
      setReport(null);
      setFailure({ code: "too_large", detail: `${file.name}: ${file.size.toLocaleString("en")} bytes` });
      return;
    }
    explain(new Uint8Array(await file.arrayBuffer()));
  }

  function drop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    void readFile(e.dataTransfer.files[0]);
  }

  const anomalies = report?.kind === "segments" ? report.connections.reduce((n, c) => n + c.anomalies.length, 0) : 0;

  return (
    <div className="space-y-8">
      <section
        aria-labelledby="capture-input"
        className={`rounded-lg border bg-card p-4 ${dragging ? "border-accent" : "border-border"}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <h2 id="capture-input" className="mb-1 text-lg font-semibold">
          {t.inputHeading}
        </h2>
        <p className="mb-3 text-sm text-muted">{t.privacy}</p>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            explain(text);
          }}
          className="space-y-3"
        >
          <label className="flex flex-col gap-1">
            <span className="text-sm font-medium">{t.pasteLabel}</span>
            <textarea
              value={text}
              onChange={(e) => setText(e.target.value)}
              rows={8}
              spellCheck={false}
              aria-describedby="capture-hint"
              className="w-full rounded-md border border-border bg-card p-2 font-mono text-xs text-fg"
            />
            <span id="capture-hint" className="text-xs text-muted">
              {t.pasteHint} · {t.dropHint}
            </span>
          </label>
          <div className="flex flex-wrap items-end gap-3">
            <button type="submit" disabled={busy} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60">
              {busy ? t.reading : t.explain}
            </button>
            <label className="flex flex-col gap-1 text-sm">
              <span className="font-medium">{t.fileLabel}</span>
              <input
                type="file"
                accept=".pcap,.pcapng,.cap,.dmp,.txt,application/vnd.tcpdump.pcap"
                onChange={(e) => void readFile(e.target.files?.[0])}
                className="max-w-full text-sm file:mr-2 file:rounded-md file:border file:border-border file:bg-card file:px-2 file:py-1 file:text-fg"
              />
            </label>
          </div>
        </form>
        <div className="mt-4">
          <p className="text-sm font-medium" id="examples-label">
            {t.examples}
          </p>
          <div className="mt-1 flex flex-wrap gap-2" role="group" aria-labelledby="examples-label">
            {(
              [
                ["closeWait", t.exampleCloseWait],
                ["lost", t.exampleLost],
                ["sockets", t.exampleSockets],
              ] as const
            ).map(([key, label]) => (
              <button
                key={key}
                type="button"
                className={button}
                onClick={() => {
                  setText(EXAMPLES[key]);
                  explain(EXAMPLES[key]);
                }}
              >
                {label}
              </button>
            ))}
          </div>
        </div>
      </section>

      <div aria-live="polite" role="status" className="sr-only">
        {busy
          ? t.reading
          : report
            ? report.kind === "segments"
              ? fill(t.summary, { connections: report.connections.length, segments: report.summary.segments, anomalies })
              : fill(t.socketSummary, { n: report.sockets.length })
            : ""}
      </div>
      {failure ? (
        <div role="alert" className="rounded-lg border border-bad p-4">
          <p className="font-semibold text-bad">{t.errors[failure.code]}</p>
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer">{t.errors.detail}</summary>
            <p className="mt-1 font-mono text-xs break-words">{failure.detail}</p>
          </details>
        </div>
      ) : null}

      {report ? (
        <section aria-labelledby="capture-result" className="space-y-6">
          <div>
            <h2 id="capture-result" ref={results} tabIndex={-1} className="text-xl font-semibold">
              {t.resultHeading}
            </h2>
            <p className="text-muted">
              {report.kind === "segments"
                ? fill(t.summary, { connections: report.connections.length, segments: report.summary.segments, anomalies })
                : fill(t.socketSummary, { n: report.sockets.length })}
            </p>
          </div>
          {report.kind === "segments" ? (
            <>
              {report.connections.slice(0, SHOWN_CONNECTIONS).map((c) => (
                <ConnectionView key={c.id} connection={c} t={t} locale={locale} />
              ))}
              {report.connections.length > SHOWN_CONNECTIONS ? (
                <p className="text-sm text-muted">{fill(t.shownFirst, { shown: SHOWN_CONNECTIONS, total: report.connections.length })}</p>
              ) : null}
            </>
          ) : (
            <SocketTableView report={report} t={t} titles={titles} />
          )}
        </section>
      ) : null}
    </div>
  );
}
