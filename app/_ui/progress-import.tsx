"use client";
import { fill } from "@/app/_i18n/fill";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import type { Messages } from "@/app/_i18n/messages";

type Added = { added: number; present: number };
type Summary = { reviews: Added; drillAttempts: Added; mockInterviews: Added; cardStates: { added: number; updated: number } };
type Outcome = { kind: "ok" | "error"; text: string; detail?: string | undefined; lines?: string[] } | null;

/** Reads a progress file in the browser and posts it to the import route; the outcome is announced. */
export function ProgressImport({ t }: { t: Messages["settings"]["data"] }) {
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  const id = useId();

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return setOutcome({ kind: "error", text: t.chooseFile });
    start(async () => {
      try {
        const res = await fetch("/api/progress/import", { method: "POST", headers: { "content-type": "application/json" }, body: await file.text() });
        const json = (await res.json().catch(() => ({}))) as { summary?: Summary; error?: { message?: string; lines?: string[] } };
        if (res.ok && json.summary) {
          const s = json.summary;
          const text = fill(t.imported, {
            reviews: s.reviews.added,
            states: s.cardStates.added + s.cardStates.updated,
            drills: s.drillAttempts.added,
            mocks: s.mockInterviews.added,
            present: s.reviews.present + s.drillAttempts.present + s.mockInterviews.present,
          });
          setOutcome({ kind: "ok", text });
          router.refresh();
        } else {
          // A bad file comes back as one line per problem, in the learner's language.
          const lines = json.error?.lines;
          setOutcome({
            kind: "error",
            text: res.status === 401 ? t.noSession : t.failed,
            ...(res.status === 401 ? {} : lines?.length ? { lines } : { detail: json.error?.message }),
          });
        }
      } catch (err) {
        setOutcome({ kind: "error", text: t.failed, detail: (err as Error).message });
      }
    });
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-2" noValidate>
      <label htmlFor={`${id}-file`} className="text-sm font-medium">
        {t.importLabel}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={`${id}-file`}
          name="file"
          type="file"
          accept="application/json,.json"
          aria-describedby={`${id}-status`}
          className="max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-border file:bg-card file:px-3 file:py-1.5 file:text-fg"
        />
        <button type="submit" disabled={pending} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60">
          {pending ? t.importing : t.importButton}
        </button>
      </div>
      <div id={`${id}-status`} role="status" aria-live="polite" className="text-sm">
        {outcome ? <p className={outcome.kind === "ok" ? "text-good" : "text-bad"}>{outcome.text}</p> : null}
        {outcome?.lines ? (
          <ul className="mt-1 list-disc space-y-0.5 break-words pl-5 text-muted">
            {outcome.lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        ) : null}
        {outcome?.detail ? <p className="mt-1 break-words text-muted">{outcome.detail}</p> : null}
      </div>
    </form>
  );
}
