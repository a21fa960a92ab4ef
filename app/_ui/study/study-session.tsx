"use client";
import { fill } from "@/app/_i18n/fill";
import { plural } from "@/app/_i18n/plural";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { deserializeState, LEARN_AHEAD_MS, newMemoryState, previewIntervals, review, serializeState, type SchedulerSettings } from "@/app/_domain/scheduling";
import type { Messages } from "@/app/_i18n/messages";
import type { PendingRating } from "./outbox";
import { useOutbox } from "./use-outbox";
import { useOnline } from "../offline/use-online";
import { CardAnswer, outcomeOf } from "./answers/card-answer";
import type { Outcome } from "./answers/shared";
import { SessionEnd, type NextSteps } from "./session-end";
import type { StudyCard } from "@/app/_domain/study/types";

type Rating = 1 | 2 | 3 | 4;
type Done = { card: StudyCard; rating: Rating; pending: PendingRating; index: number; outcome: Outcome; draft: unknown; due: string | null };

const NOTICE_MS = 5000;

type Props = { cards: StudyCard[]; settings: SchedulerSettings; cram: boolean; t: Messages["review"]; owner: string | null; next?: NextSteps | undefined };

export function StudySession({ cards, settings, cram, t, owner, next }: Props) {
  const [queue, setQueue] = useState<StudyCard[]>(cards);
  const [position, setPosition] = useState(0);
  const [revealed, setRevealed] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [draft, setDraft] = useState<unknown>(undefined);
  const [history, setHistory] = useState<Done[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const shownAt = useRef(0);
  const suggestedButton = useRef<HTMLButtonElement>(null);
  const card = queue[position];
  const onRejected = useCallback((message: string) => setNotice(`${t.rejected}: ${message}`), [t.rejected]);
  const { waiting, add: keepRating, undo: undoRating } = useOutbox(owner, onRejected);
  // Online, a kept rating is on its way; "sent when you are back online" is for offline only.
  const online = useOnline();

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  // A notice says what just happened; it goes once read (the live region has announced it).
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  const now = useMemo(() => new Date(), [card?.id, revealed]); // eslint-disable-line react-hooks/exhaustive-deps
  const current = card ? (card.state ? deserializeState(card.state) : newMemoryState(now)) : null;
  const previews = current && !cram ? previewIntervals(current, now, settings) : null;

  const reveal = useCallback(
    (given?: Outcome) => {
      if (!card || revealed) return;
      setOutcome(given !== undefined ? given : outcomeOf(card, draft));
      setRevealed(true);
    },
    [card, revealed, draft],
  );

  // After the check, the suggested rating takes the focus: Enter or Space accepts it.
  useEffect(() => {
    if (revealed) suggestedButton.current?.focus({ preventScroll: true });
  }, [revealed]);

  const rate = useCallback(
    (rating: Rating) => {
      if (!card || !revealed || !current) return;
      const at = new Date();
      const pending: PendingRating = {
        id: crypto.randomUUID(),
        cardId: card.id,
        rating,
        reviewedAt: at.toISOString(),
        durationMs: Math.min(Date.now() - shownAt.current, 3_600_000),
        cram,
      };
      void keepRating(pending);
      const after = cram ? current : review(current, rating, at, settings).next;
      setHistory((h) => [...h, { card, rating, pending, index: position, outcome, draft, due: cram ? null : after.due.toISOString() }]);
      // A card due again within the session (learning steps) comes back at the end.
      if (!cram && after.due.getTime() - at.getTime() <= LEARN_AHEAD_MS) {
        setQueue((q) => [...q, { ...card, state: serializeState(after) }]);
      }
      setPosition((p) => p + 1);
      setRevealed(false);
      setOutcome(null);
      setDraft(undefined);
      shownAt.current = Date.now();
    },
    [card, revealed, current, cram, settings, position, keepRating, outcome, draft],
  );

  const undo = useCallback(async () => {
    const last = history[history.length - 1];
    if (!last) return;
    if (!(await undoRating(last.pending.id))) {
      setNotice(t.undoFailed);
      return;
    }
    setHistory((h) => h.slice(0, -1));
    // Drop a re-queued copy of the card, then show it again as it was answered.
    setQueue((q) => q.filter((c, i) => i <= last.index || c.id !== last.card.id));
    setPosition(last.index);
    setDraft(last.draft);
    setOutcome(last.outcome);
    setRevealed(true);
    setNotice(t.undone);
  }, [history, undoRating, t.undoFailed, t.undone]);

  const suggested: Rating = outcome?.suggested ?? 3;

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const target = e.target as HTMLElement;
      if (target.closest("input, textarea, select")) return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === "z") {
        e.preventDefault();
        void undo();
        return;
      }
      if (e.metaKey || e.ctrlKey || e.altKey) return;
      const activation = e.key === " " || e.key === "Enter";
      // Space and Enter on a button or a draggable item belong to it.
      if (activation && target.closest("button, a, [data-answer] [role=button]")) return;
      if (!revealed && activation && card) {
        e.preventDefault();
        reveal();
      } else if (revealed && activation) {
        e.preventDefault();
        rate(suggested);
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
  }, [revealed, card, rate, undo, reveal, suggested]);

  // Cards the session still holds; a card seen again later (learning steps) counts once.
  const ahead = queue.slice(position);
  const remaining = new Set(ahead.map((c) => c.id));
  const total = new Set(queue.map((c) => c.id)).size;
  const done = total - remaining.size;
  const counts = { due: ahead.filter((c) => c.state).length, new: ahead.filter((c) => !c.state).length };
  const labels = [t.again, t.hard, t.good, t.easy];
  const status = (
    <p role="status" aria-live="polite" className="text-sm text-muted">
      {waiting > 0 ? plural(online ? t.sending : t.waiting, waiting, next?.locale ?? "en") : t.allSaved}
      {notice ? ` · ${notice}` : ""}
    </p>
  );

  if (!card) {
    return <SessionEnd history={history} labels={labels} t={t} status={status} next={next} cram={cram} />;
  }

  const kindName = (t.kinds as Record<string, string>)[card.kind] ?? card.kind;
  const verdictText = revealed
    ? outcome
      ? `${t.verdict[outcome.verdict]} ${fill(t.suggested, { rating: labels[outcome.suggested - 1]! })}`
      : card.check || card.options
        ? t.noAnswer
        : ""
    : "";
  return (
    <section aria-label={t.sessionLabel} className="space-y-4">
      <div>
        <div className="mb-1 flex flex-wrap justify-between gap-x-3 text-sm text-muted">
          <span>{card.topic}</span>
          <span>{fill(t.counts, counts)}</span>
          <span>{fill(t.progress, { done, total })}</span>
        </div>
        <progress className="h-2 w-full accent-[var(--accent)]" max={total} value={done} aria-label={t.progressLabel} />
      </div>
      <article className="rounded-lg border border-border bg-card p-5">
        <p className="mb-2">
          <span className="rounded-full border border-border px-2 py-0.5 text-xs font-medium text-muted">
            <span className="sr-only">{t.kindLabel}: </span>
            {kindName}
          </span>
        </p>
        <div className="prose-card" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
        <CardAnswer key={`${card.id}-${position}`} card={card} draft={draft} setDraft={setDraft} revealed={revealed} submit={reveal} t={t} />
        <p
          aria-live="assertive"
          aria-atomic="true"
          className={`mt-4 font-medium empty:hidden ${outcome ? (outcome.verdict === "right" ? "text-good" : outcome.verdict === "wrong" ? "text-bad" : "") : ""}`}
        >
          {verdictText}
        </p>
        {revealed ? (
          <div className="prose-card mt-4 border-t border-border pt-4">
            <h2 className="sr-only">{t.answer}</h2>
            <div dangerouslySetInnerHTML={{ __html: card.answerHtml }} />
          </div>
        ) : null}
      </article>
      {revealed ? (
        <div role="group" aria-label={t.rateLabel} className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {labels.map((label, i) => {
            const isSuggested = outcome !== null && outcome.suggested === i + 1;
            return (
              <button
                key={label}
                ref={i + 1 === suggested ? suggestedButton : undefined}
                type="button"
                onClick={() => rate((i + 1) as Rating)}
                className={`rounded-md border-2 bg-card px-3 py-2 text-center hover:border-accent ${isSuggested ? "border-accent" : "border-border"}`}
              >
                <span className="block font-medium">
                  <kbd className="mr-1 font-mono text-muted">{i + 1}</kbd>
                  {label}
                </span>
                {isSuggested ? <span className="block text-xs font-semibold text-accent">{t.suggestedMark}</span> : null}
                {previews ? <span className="block text-sm text-muted">{previews[i]?.label}</span> : null}
              </button>
            );
          })}
        </div>
      ) : (
        <button type="button" onClick={() => reveal()} className="w-full rounded-md bg-accent px-4 py-3 font-medium text-accent-fg sm:w-auto">
          {card.check && card.check.kind !== "typed" ? t.check : t.reveal} <kbd className="ml-1 font-mono">Space</kbd>
        </button>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        {status}
        <button
          type="button"
          onClick={() => void undo()}
          disabled={history.length === 0}
          className="rounded-md px-2 py-1 text-sm underline disabled:opacity-50"
        >
          {t.undo} <kbd className="font-mono">U</kbd>
        </button>
      </div>
    </section>
  );
}
