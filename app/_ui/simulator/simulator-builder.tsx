"use client";
import { fill } from "@/app/_i18n/fill";
import { useRef, useState } from "react";
import { findScenario, FLAGS, grade, spokenFlags, STATES, type Flag, type GradeResult, type Step } from "@/app/_domain/tcp";
import type { Messages } from "@/app/_i18n/messages";
import { SequenceDiagram } from "./sequence-diagram";
import type { Locale } from "@/app/_domain/locale";

type Kind = "client" | "server" | "timeout-client" | "timeout-server";
type Draft = { kind: Kind; flags: Flag[]; seq: string; ack: string; len: string; lost: boolean; client: string; server: string };

const field = "rounded-md border border-border bg-card px-2 py-1.5 text-fg";

function toStep(d: Draft): Step {
  if (d.kind === "timeout-client" || d.kind === "timeout-server")
    return { timeout: d.kind === "timeout-client" ? "client" : "server", client: d.client, server: d.server };
  const step: Step = { from: d.kind, flags: d.flags, seq: Number(d.seq) || 0, len: Number(d.len) || 0, client: d.client, server: d.server };
  if (d.flags.includes("ACK") && d.ack !== "") step.ack = Number(d.ack);
  if (d.lost) step.lost = true;
  return step;
}

export function SimulatorBuilder({
  scenario,
  demo,
  t,
  locale,
  gradedHereNote,
}: {
  scenario: { id: string; title: string; initial: { client: string; server: string } };
  demo: Step[];
  t: Messages["simulator"];
  locale: Locale;
  gradedHereNote: string;
}) {
  const [steps, setSteps] = useState<Step[]>([]);
  const [draft, setDraft] = useState<Draft>({
    kind: "client",
    flags: [],
    seq: "",
    ack: "",
    len: "0",
    lost: false,
    client: scenario.initial.client,
    server: scenario.initial.server,
  });
  const [result, setResult] = useState<GradeResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [demoAt, setDemoAt] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  // One id per answer, kept with the steps it was made for: changed steps are a new attempt.
  const attempt = useRef<{ steps: Step[]; id: string } | null>(null);

  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const isTimeout = draft.kind.startsWith("timeout");

  function add() {
    setSteps((s) => [...s, toStep(draft)]);
    setResult(null);
    setDraft((d) => ({ ...d, flags: [], seq: "", ack: "", len: "0", lost: false }));
  }

  async function gradeIt() {
    setError(null);
    setNote(null);
    setBusy(true);
    try {
      await gradeAndRecord();
    } finally {
      setBusy(false);
    }
  }

  async function gradeAndRecord() {
    const post = (url: string, body: object) =>
      fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
    const res = navigator.onLine ? await post("/api/simulator/grade", { scenario: scenario.id, steps, locale }) : null;
    // No network: the grader is the same pure TypeScript the server runs, so it grades here;
    // only the attempt is not recorded.
    const known = findScenario(scenario.id);
    if (!res && known) {
      setResult(grade(known, steps, locale));
      setNote(gradedHereNote);
      return;
    }
    if (!res || !res.ok) {
      setError(`${t.gradeFailed}: ${await problemMessage(res)}`);
      return;
    }
    setResult((await res.json()) as GradeResult);
    // Recording is its own request with this answer's id: grading the same steps again, or a
    // retry after a lost response, records the attempt once.
    if (attempt.current?.steps !== steps) attempt.current = { steps, id: crypto.randomUUID() };
    const saved = await post("/api/simulator/attempts", { id: attempt.current.id, scenario: scenario.id, steps, locale });
    if (!saved || !saved.ok) setError(`${t.saveFailed}: ${await problemMessage(saved)}`);
  }

  const sideName = (s: "client" | "server") => (s === "client" ? t.client : t.server);
  const shown = demoAt === null ? steps : demo.slice(0, demoAt);
  const verdict = result ? (result.correct ? t.correct : t.notYet) : "";

  return (
    <div className="space-y-6">
      <section aria-labelledby="new-step" className="rounded-lg border border-border bg-card p-4">
        <h2 id="new-step" className="mb-3 text-lg font-semibold">
          {t.newStep}
        </h2>
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="flex flex-col gap-1">
            <span className="text-sm font-medium">{t.kind}</span>
            <select className={field} value={draft.kind} onChange={(e) => set({ kind: e.target.value as Kind })}>
              <option value="client">{fill(t.segmentFrom, { side: t.client })}</option>
              <option value="server">{fill(t.segmentFrom, { side: t.server })}</option>
              <option value="timeout-client">{fill(t.timeoutAt, { side: t.client })}</option>
              <option value="timeout-server">{fill(t.timeoutAt, { side: t.server })}</option>
            </select>
          </label>
          {!isTimeout ? (
            <fieldset className="flex flex-col gap-1">
              <legend className="text-sm font-medium">{t.flags}</legend>
              <div className="flex flex-wrap gap-2">
                {FLAGS.map((flag) => (
                  <label
                    key={flag}
                    className="flex items-center gap-1 rounded-md border border-border px-2 py-1 font-mono text-sm has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-accent-fg"
                  >
                    <input
                      type="checkbox"
                      className="size-4"
                      checked={draft.flags.includes(flag)}
                      onChange={(e) =>
                        set({ flags: e.target.checked ? FLAGS.filter((f) => f === flag || draft.flags.includes(f)) : draft.flags.filter((f) => f !== flag) })
                      }
                    />
                    {flag}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          {!isTimeout ? (
            <div className="grid grid-cols-3 gap-2 sm:col-span-2">
              <label className="flex flex-col gap-1">
                <span className="text-sm font-medium">{t.seq}</span>
                <input className={field} inputMode="numeric" value={draft.seq} onChange={(e) => set({ seq: e.target.value.replace(/\D/g, "") })} />
              </label>
              <label className="flex flex-col gap-1">
                <span className="text-sm font-medium">{t.ack}</span>
                <input className={field} inputMode="numeric" value={draft.ack} onChange={(e) => set({ ack: e.target.value.replace(/\D/g, "") })} />
              </label>
              <label className="flex flex-col gap-1">
                <span className="text-sm font-medium">{t.len}</span>
                <input className={field} inputMode="numeric" value={draft.len} onChange={(e) => set({ len: e.target.value.replace(/\D/g, "") })} />
              </label>
              <label className="col-span-3 flex items-center gap-2 text-sm">
                <input type="checkbox" className="size-4" checked={draft.lost} onChange={(e) => set({ lost: e.target.checked })} />
                {t.lost}
              </label>
            </div>
          ) : null}
          {(["client", "server"] as const).map((side) => (
            <label key={side} className="flex flex-col gap-1">
              <span className="text-sm font-medium">{side === "client" ? t.clientState : t.serverState}</span>
              <select className={field} value={draft[side]} onChange={(e) => set({ [side]: e.target.value })}>
                {STATES.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="button" onClick={add} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
            {t.addStep}
          </button>
        </div>
      </section>

      <section aria-labelledby="answer-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="answer-heading" className="text-lg font-semibold">
            {demoAt === null ? t.yourSteps : fill(t.demoStep, { n: demoAt, total: demo.length })}
          </h2>
          <div className="flex flex-wrap gap-2">
            {demoAt === null ? (
              <>
                {/* gradeIt shows its own failures; the click has nothing to wait for. */}
                <button
                  type="button"
                  onClick={() => void gradeIt()}
                  disabled={steps.length === 0 || busy}
                  aria-busy={busy}
                  className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60"
                >
                  {busy ? t.grading : t.grade}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    setSteps([]);
                    setResult(null);
                  }}
                  className="rounded-md border border-border px-3 py-2"
                >
                  {t.clear}
                </button>
                <button type="button" onClick={() => setDemoAt(1)} className="rounded-md border border-border px-3 py-2">
                  {t.demo}
                </button>
              </>
            ) : (
              <>
                <button
                  type="button"
                  onClick={() => setDemoAt((n) => Math.min((n ?? 0) + 1, demo.length))}
                  disabled={demoAt >= demo.length}
                  className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60"
                >
                  {t.demoNext}
                </button>
                <button type="button" onClick={() => setDemoAt(null)} className="rounded-md border border-border px-3 py-2">
                  {t.back}
                </button>
              </>
            )}
          </div>
        </div>
        <div role="status" aria-live="polite">
          {result && demoAt === null ? (
            <p className={`font-semibold ${result.correct ? "text-good" : "text-bad"}`}>{fill(t.score, { score: Math.round(result.score * 100), verdict })}</p>
          ) : null}
          {error ? <p className="text-bad">{error}</p> : null}
          {note ? <p className="text-sm text-muted">{note}</p> : null}
        </div>
        <SequenceDiagram
          steps={shown}
          initial={scenario.initial}
          results={demoAt === null ? result?.steps : undefined}
          title={t.diagram}
          words={t.diagramWords}
        />
        {demoAt === null ? (
          steps.length === 0 ? (
            <p className="text-muted">{t.noSteps}</p>
          ) : (
            <ol className="space-y-2" aria-label={t.yourSteps}>
              {steps.map((s, i) => {
                const r = result?.steps[i];
                return (
                  <li key={i} className="rounded-md border border-border p-3">
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <span className="font-mono text-sm">
                        {i + 1}. <StepParts step={s} wrong={new Set(r?.errors.map((e) => e.field))} sideName={sideName} wrongLabel={t.wrong} />
                        {r ? <strong className={`ml-2 ${r.ok ? "text-good" : "text-bad"}`}>{r.ok ? `✓ ${t.right}` : `✗ ${t.wrong}`}</strong> : null}
                      </span>
                      <button
                        type="button"
                        onClick={() => {
                          setSteps((all) => all.filter((_, j) => j !== i));
                          setResult(null);
                        }}
                        className="text-sm underline"
                        aria-label={`${t.remove} ${i + 1}`}
                      >
                        {t.remove}
                      </button>
                    </div>
                    {r && !r.ok ? (
                      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                        {r.errors.map((e, k) => (
                          <li key={k}>
                            <span className="font-medium">{(t.fields as Record<string, string>)[e.field] ?? e.field}</span>: {e.message}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
              {result?.steps.slice(steps.length).map((r) => (
                <li key={`missing-${r.index}`} className="rounded-md border border-bad p-3 text-sm">
                  {r.index + 1}. ✗ {r.errors[0]?.message}
                </li>
              ))}
            </ol>
          )
        ) : null}
      </section>
    </div>
  );
}

async function problemMessage(res: Response | null): Promise<string> {
  const body = res ? ((await res.json().catch(() => null)) as { error?: { message?: string } } | null) : null;
  return body?.error?.message ?? "network";
}

/** A step as text, each field marked on its own: only what was wrong is shown wrong. */
function StepParts({
  step,
  wrong,
  sideName,
  wrongLabel,
}: {
  step: Step;
  wrong: Set<string>;
  sideName: (s: "client" | "server") => string;
  wrongLabel: string;
}) {
  const part = (field: string, text: string) =>
    wrong.has(field) ? (
      <mark className="rounded bg-transparent px-0.5 text-bad underline decoration-2">
        {text}
        <span className="sr-only"> ({wrongLabel})</span>
      </mark>
    ) : (
      text
    );
  if ("timeout" in step)
    return (
      <>
        {part("timeout", `timeout @ ${sideName(step.timeout)}`)} · {part("client", step.client)} / {part("server", step.server)}
      </>
    );
  return (
    <>
      {part("from", sideName(step.from))} → {part("flags", spokenFlags(step.flags))} {part("seq", `seq=${step.seq}`)}
      {step.ack !== undefined ? <> {part("ack", `ack=${step.ack}`)}</> : null}
      {step.len ? <> {part("len", `len=${step.len}`)}</> : null}
      {step.lost || wrong.has("lost") ? <> {part("lost", step.lost ? "(lost)" : "(arrived)")}</> : null} · {part("client", step.client)} /{" "}
      {part("server", step.server)}
    </>
  );
}
