"use client";
import { fill } from "@/app/_i18n/fill";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { newMemoryState, previewIntervals, review, type MemoryState, type SchedulerSettings } from "@/app/_domain/scheduling";
import type { Messages } from "@/app/_i18n/messages";
import type { PendingRating } from "./outbox";
import { useOutbox } from "./use-outbox";
import type { SerializedState, StudyCard } from "./types";

type Rating = 1 | 2 | 3 | 4;
type Done = { card: StudyCard; rating: Rating; pending: PendingRating; index: number };

const RELEARN_WITHIN_MS = 20 * 60_000;

function parseState(s: SerializedState | null): MemoryState | null {
  if (!s) return null;
  return { ...s, state: s.state as MemoryState["state"], due: new Date(s.due), lastReview: s.lastReview ? new Date(s.lastReview) : null };
}

function serialize(m: MemoryState): SerializedState {
  return { ...m, due: m.due.toISOString(), lastReview: m.lastReview ? m.lastReview.toISOString() : null };
}

export function StudySession({ cards, settings, cram, t, owner }: { cards: StudyCard[]; settings: SchedulerSettings; cram: boolean; t: Messages["review"]; owner: string | null }) {
  const [queue, setQueue] = useState<StudyCard[]>(cards);
  const [position, setPosition] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [chosen, setChosen] = useState<number | null>(null);
  const [history, setHistory] = useState<Done[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const shownAt = useRef(0);
  const card = queue[position];
  const onRejected = useCallback((message: string) => setNotice(`${t.rejected}: ${message}`), [t.rejected]);
  const { waiting, add: keepRating, undo: undoRating } = useOutbox(owner, onRejected);

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  const now = useMemo(() => new Date(), [card?.id, revealed]); // eslint-disable-line react-hooks/exhaustive-deps
  const current = card ? (parseState(card.state) ?? newMemoryState(now)) : null;
  const previews = current ? previewIntervals(current, now, settings) : null;

  const rate = useCallback(
    (rating: Rating) => {
      if (!card || !revealed || !current) return;
      const at = new Date();
      const pending: PendingRating = { id: crypto.randomUUID(), cardId: card.id, rating, reviewedAt: at.toISOString(), durationMs: Math.min(Date.now() - shownAt.current, 3_600_000), cram };
      void keepRating(pending);
      setHistory((h) => [...h, { card, rating, pending, index: position }]);
      const next = cram ? current : review(current, rating, at, settings).next;
      // A card due again within the session (learning steps) comes back at the end.
      if (!cram && next.due.getTime() - at.getTime() <= RELEARN_WITHIN_MS) {
        setQueue((q) => [...q, { ...card, state: serialize(next) }]);
      }
      setPosition((p) => p + 1);
      setRevealed(false);
      setChosen(null);
      shownAt.current = Date.now();
    },
    [card, revealed, current, cram, settings, position, keepRating],
  );

  const undo = useCallback(async () => {
    const last = history[history.length - 1];
    if (!last) return;
    if (!(await undoRating(last.pending.id))) {
      setNotice(t.undoFailed);
      return;
    }
    setHistory((h) => h.slice(0, -1));
    // Drop a re-queued copy of the card, then show it again.
    setQueue((q) => q.filter((c, i) => i <= last.index || c.id !== last.card.id));
    setPosition(last.index);
    setRevealed(true);
    setNotice(t.undone);
  }, [history, undoRating, t.undoFailed, t.undone]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      if (e.metaKey || e.ctrlKey || e.altKey || target.closest("input, textarea, select")) return;
      if (!revealed && (e.key === " " || e.key === "Enter") && card) {
        if (target.closest("button, a") && e.key === "Enter") return;
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(e.key)) {
        e.preventDefault();
        rate(Number(e.key) as Rating);
      } else if (e.key === "u" || e.key === "U") {
        e.preventDefault();
        void undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, card, rate, undo]);

  const total = queue.length;
  const labels = [t.again, t.hard, t.good, t.easy];
  const status = (
    <p role="status" aria-live="polite" className="text-sm text-muted">
      {waiting > 0 ? fill(t.waiting, { n: waiting }) : t.allSaved}
      {notice ? ` · ${notice}` : ""}
    </p>
  );

  if (!card) {
    const counts = [1, 2, 3, 4].map((r) => history.filter((h) => h.rating === r).length);
    return (
      <section aria-labelledby="summary-heading" className="space-y-4 rounded-lg border border-border bg-card p-5">
        <h2 id="summary-heading" className="text-xl font-semibold">{t.summaryTitle}</h2>
        <p>{fill(t.summaryReviewed, { n: history.length })}</p>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {labels.map((label, i) => (
            <div key={label} className="rounded-md border border-border p-3">
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-semibold">{counts[i]}</dd>
            </div>
          ))}
        </dl>
        {status}
      </section>
    );
  }

  return (
    <section aria-label={t.sessionLabel} className="space-y-4">
      <div>
        <div className="mb-1 flex justify-between text-sm text-muted">
          <span>{card.topic}</span>
          <span>{fill(t.progress, { done: position, total })}</span>
        </div>
        <progress className="h-2 w-full accent-[var(--accent)]" max={total} value={position} aria-label={t.progressLabel} />
      </div>
      <article className="rounded-lg border border-border bg-card p-5">
        <div className="prose-card" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
        {card.options ? (
          <ol className="mt-4 space-y-2" aria-label={t.options}>
            {card.options.map((o, i) => {
              const mark = revealed ? (o.correct ? "border-good" : chosen === i ? "border-bad" : "border-border") : chosen === i ? "border-accent" : "border-border";
              return (
                <li key={i}>
                  <button type="button" disabled={revealed} aria-pressed={chosen === i} onClick={() => setChosen(i)} className={`w-full rounded-md border-2 px-3 py-2 text-left ${mark}`}>
                    <span className="mr-2 font-mono">{String.fromCharCode(65 + i)}.</span>
                    <span dangerouslySetInnerHTML={{ __html: o.html }} />
                    {revealed && o.correct ? <span className="sr-only"> ({t.correct})</span> : null}
                  </button>
                </li>
              );
            })}
          </ol>
        ) : null}
        {revealed ? (
          <div className="prose-card mt-4 border-t border-border pt-4" aria-live="polite">
            <h2 className="sr-only">{t.answer}</h2>
            <div dangerouslySetInnerHTML={{ __html: card.answerHtml }} />
          </div>
        ) : null}
      </article>
      {revealed ? (
        <div role="group" aria-label={t.rateLabel} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {labels.map((label, i) => (
            <button key={label} type="button" onClick={() => rate((i + 1) as Rating)} className="rounded-md border border-border bg-card px-3 py-2 text-center hover:border-accent">
              <span className="block font-medium">
                <kbd className="mr-1 font-mono text-muted">{i + 1}</kbd>
                {label}
              </span>
              <span className="block text-sm text-muted">{previews?.[i]?.label}</span>
            </button>
          ))}
        </div>
      ) : (
        <button type="button" onClick={() => setRevealed(true)} className="w-full rounded-md bg-accent px-4 py-3 font-medium text-accent-fg sm:w-auto">
          {t.reveal} <kbd className="ml-1 font-mono">Space</kbd>
        </button>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        {status}
        <button type="button" onClick={() => void undo()} disabled={history.length === 0} className="rounded-md px-2 py-1 text-sm underline disabled:opacity-50">
          {t.undo} <kbd className="font-mono">U</kbd>
        </button>
      </div>
    </section>
  );
}
