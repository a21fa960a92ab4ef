"use client";
import { fill } from "@/app/_i18n/fill";
import { useState, useTransition } from "react";
import type { Messages } from "@/app/_i18n/messages";
import { runOptimizer, saveParameters } from "@/app/_server/actions/fsrs-parameters";

const fmt = (n: number) => n.toFixed(4);
type T = Messages["settings"]["optimizer"];
type Run = NonNullable<Awaited<ReturnType<typeof runOptimizer>>["data"]>;
type View = { result?: Run | undefined; error?: keyof T["errors"] | undefined; saved?: "personal" | "defaults" | undefined };

// What an action's refusal says here: its own code when the screen words it, "no_session" as
// "study first", a rejected input as "invalid", anything else (an outage) as "failed".
function errorOf(r: { serverError?: string | undefined; validationErrors?: unknown }, t: T): View["error"] {
  if (r.validationErrors) return "invalid";
  if (!r.serverError) return undefined;
  if (r.serverError === "no_session") return "no_reviews";
  return r.serverError in t.errors ? (r.serverError as keyof T["errors"]) : "failed";
}

export function OptimizerPanel({ t, usingPersonal, signedIn }: { t: T; usingPersonal: boolean; signedIn: boolean }) {
  const [state, setState] = useState<View>({});
  const run = async () => {
    const r = await runOptimizer();
    setState({ result: r.data, error: errorOf(r, t) });
  };
  const save = async (parameters: number[] | null, result?: Run) => {
    const r = await saveParameters({ parameters });
    setState({ saved: r.data?.saved, error: errorOf(r, t), result });
  };
  const [pending, start] = useTransition();
  const result = state.result;
  return (
    <div className="space-y-4">
      <p className="text-sm">{usingPersonal ? t.using : t.usingDefaults}</p>
      <div className="flex flex-wrap gap-2">
        {signedIn ? (
          <button
            type="button"
            disabled={pending}
            onClick={() => start(run)}
            className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60"
          >
            {pending ? t.running : t.run}
          </button>
        ) : (
          <p className="text-sm">{t.errors.sign_in}</p>
        )}
        {usingPersonal ? (
          <button type="button" disabled={pending} onClick={() => start(() => save(null))} className="rounded-md border border-border px-3 py-2">
            {t.reset}
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" className="text-sm">
        {result?.status === "not_enough" ? fill(t.notEnough, { needed: result.needed, reviews: result.reviews }) : null}
        {result?.status === "no_spaced_reviews" ? fill(t.noSpaced, { reviews: result.reviews }) : null}
        {state.error ? t.errors[state.error] : null}
        {state.saved ? t.saved : null}
      </div>
      {result?.status === "done" ? (
        <div className="space-y-3">
          <p className="text-sm text-muted">{fill(t.summary, { reviews: result.reviews, items: result.items })}</p>
          <table className="w-full max-w-md text-sm">
            <thead>
              <tr className="border-b border-border text-left">
                <th scope="col" className="py-1">
                  {t.measure}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t.defaults}
                </th>
                <th scope="col" className="py-1 text-right">
                  {t.personal}
                </th>
                {result.current ? (
                  <th scope="col" className="py-1 text-right">
                    {t.current}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="font-mono">
              {(["logLoss", "rmse"] as const).map((k) => (
                <tr key={k} className="border-b border-border">
                  <th scope="row" className="py-1 text-left font-sans font-normal">
                    {k === "logLoss" ? t.logLoss : t.rmse}
                  </th>
                  <td className="py-1 text-right">{fmt(result.defaults[k])}</td>
                  <td className={`py-1 text-right ${result.personal[k] <= result.defaults[k] ? "text-good" : "text-bad"}`}>{fmt(result.personal[k])}</td>
                  {result.current ? <td className="py-1 text-right">{fmt(result.current[k])}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            disabled={pending}
            onClick={() => start(() => save(result.parameters, result))}
            className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60"
          >
            {t.accept}
          </button>
        </div>
      ) : null}
    </div>
  );
}
