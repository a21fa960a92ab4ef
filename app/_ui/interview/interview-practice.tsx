"use client";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { ratingFromScore } from "@/app/_domain/scheduling/grade-to-rating";
import type { Messages } from "@/app/_i18n/messages";
import { GradeResult } from "./grade-result";
import type { GradeResponse, PracticePrompt } from "./types";
import { useSpeechInput } from "./use-speech-input";

type Stage = "setup" | "answering" | "grading" | "graded";
type Rating = 1 | 2 | 3 | 4;
const button = "rounded-md px-4 py-2 font-medium disabled:opacity-50";

async function postJson(url: string, body: unknown): Promise<{ ok: true; data: unknown } | { ok: false; message: string }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).catch(() => null);
  if (!res) return { ok: false, message: "network" };
  const data = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  return res.ok ? { ok: true, data } : { ok: false, message: data?.error?.message ?? `HTTP ${res.status}` };
}

export function InterviewPractice({ prompt, nextHref, locale, t, rt }: { prompt: PracticePrompt; nextHref: string | null; locale: "ko" | "en"; t: Messages["interview"]; rt: Messages["review"] }) {
  const [stage, setStage] = useState<Stage>("setup");
  const [mode, setMode] = useState<"short" | "detailed">("short");
  const [seconds, setSeconds] = useState(prompt.seconds.short);
  const [answer, setAnswer] = useState("");
  const [left, setLeft] = useState(seconds);
  const [notice, setNotice] = useState<string | null>(null);
  const [grade, setGrade] = useState<GradeResponse | null>(null);
  const [rating, setRating] = useState<Rating>(1);
  const [saved, setSaved] = useState<"no" | "saving" | "yes">("no");
  const startedAt = useRef(0);
  const attemptId = useRef("");
  const textRef = useRef<HTMLTextAreaElement>(null);
  const speech = useSpeechInput(locale, (text) => setAnswer((a) => (a ? `${a} ${text}` : text)));

  function chooseMode(m: "short" | "detailed") {
    setMode(m);
    setSeconds(prompt.seconds[m]);
  }

  function start() {
    setAnswer("");
    setGrade(null);
    setNotice(null);
    setSaved("no");
    setLeft(seconds);
    startedAt.current = Date.now();
    attemptId.current = crypto.randomUUID();
    setStage("answering");
  }

  useEffect(() => {
    if (stage === "answering") textRef.current?.focus();
  }, [stage]);

  async function submit(timedOut = false) {
    speech.stop();
    if (!answer.trim()) {
      if (timedOut) {
        setNotice(t.timeUpEmpty);
        setStage("setup");
      }
      return;
    }
    setNotice(timedOut ? t.timeUp : null);
    setStage("grading");
    const res = await postJson("/api/interview/grade", { promptId: prompt.id, answer, locale });
    if (!res.ok) {
      setNotice(`${t.gradeFailed}: ${res.message}`);
      setStage("answering");
      return;
    }
    const g = res.data as GradeResponse;
    setGrade(g);
    setRating(ratingFromScore(g.score));
    setStage("graded");
  }

  // The clock counts from the start time, so a slow tab does not stretch the limit.
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });
  useEffect(() => {
    if (stage !== "answering") return;
    const timer = setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - startedAt.current) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(timer);
        void submitRef.current(true);
      }
    }, 250);
    return () => clearInterval(timer);
  }, [stage, seconds]);

  async function save() {
    setSaved("saving");
    const res = await postJson("/api/interview/attempts", { id: attemptId.current, promptId: prompt.id, answer, locale, rating, mode, durationMs: Date.now() - startedAt.current });
    if (!res.ok) {
      setNotice(`${t.saveFailed}: ${res.message}`);
      setSaved("no");
      return;
    }
    setNotice(t.saved);
    setSaved("yes");
  }

  const ratingLabels = [rt.again, rt.hard, rt.good, rt.easy];
  const suggested = grade ? ratingFromScore(grade.score) : null;

  return (
    <div className="space-y-5">
      <article className="rounded-lg border border-border bg-card p-5">
        <div className="prose-card text-lg font-medium" dangerouslySetInnerHTML={{ __html: prompt.promptHtml }} />
      </article>

      {stage === "setup" ? (
        <section className="space-y-4 rounded-lg border border-border bg-card p-4" aria-label={t.mode}>
          <fieldset className="flex flex-wrap items-center gap-4">
            <legend className="mb-2 text-sm font-medium">{t.mode}</legend>
            {(["short", "detailed"] as const).map((m) => (
              <label key={m} className="flex items-center gap-2">
                <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => chooseMode(m)} />
                {t[m]} ({prompt.seconds[m]}s)
              </label>
            ))}
          </fieldset>
          <label className="flex max-w-xs flex-col gap-1">
            <span className="text-sm font-medium">{t.seconds}</span>
            <input type="number" min={10} max={1800} step={5} value={seconds} onChange={(e) => setSeconds(Math.min(1800, Math.max(10, Number(e.target.value) || 10)))} className="rounded-md border border-border bg-card px-2 py-1.5" />
          </label>
          <p className="text-sm text-muted">{t.startHint}</p>
          <button type="button" onClick={start} className={`${button} bg-accent text-accent-fg`}>
            {t.start}
          </button>
        </section>
      ) : null}

      {stage === "answering" || stage === "grading" ? (
        <section className="space-y-3" aria-label={t.answerLabel}>
          <div className="flex items-center justify-between gap-3">
            <p role="timer" aria-live="off" className={`font-mono text-lg ${left <= 5 ? "text-bad" : ""}`} data-testid="time-left">
              {t.timeLeft.replace("{s}", String(left))}
            </p>
            {speech.supported ? (
              <button type="button" onClick={speech.listening ? speech.stop : speech.start} aria-pressed={speech.listening} className={`${button} border border-border`}>
                {speech.listening ? `${t.stopSpeaking} (${t.listening})` : t.speak}
              </button>
            ) : null}
          </div>
          <progress className="h-2 w-full accent-[var(--accent)]" max={seconds} value={left} aria-hidden="true" />
          <label className="flex flex-col gap-1">
            <span className="font-medium">{t.answerLabel}</span>
            <textarea
              ref={textRef}
              value={answer}
              onChange={(e) => setAnswer(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void submit();
                }
              }}
              rows={mode === "short" ? 5 : 10}
              maxLength={5000}
              lang={locale}
              disabled={stage === "grading"}
              className="rounded-md border border-border bg-card p-3 leading-relaxed"
            />
          </label>
          <button type="button" onClick={() => void submit()} disabled={stage === "grading" || !answer.trim()} className={`${button} bg-accent text-accent-fg`}>
            {stage === "grading" ? t.grading : t.submit} <kbd className="ml-1 font-mono text-sm">Ctrl+Enter</kbd>
          </button>
        </section>
      ) : null}

      <p role="status" aria-live="polite" className="text-sm">
        {notice}
      </p>

      {stage === "graded" && grade ? (
        <section className="space-y-5" aria-label={t.score.replace("{score}", String(Math.round(grade.score * 100)))}>
          <GradeResult grade={grade} answer={answer} t={t} />
          <fieldset className="space-y-2" disabled={saved !== "no"}>
            <legend className="font-medium">{t.rateLabel}</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
              {ratingLabels.map((label, i) => {
                const r = (i + 1) as Rating;
                return (
                  <button key={label} type="button" aria-pressed={rating === r} onClick={() => setRating(r)} className={`rounded-md border-2 px-3 py-2 ${rating === r ? "border-accent font-semibold" : "border-border"}`}>
                    {label}
                    {suggested === r ? <span className="block text-xs text-muted">{t.suggested}</span> : null}
                  </button>
                );
              })}
            </div>
            <button type="button" onClick={() => void save()} className={`${button} bg-accent text-accent-fg`}>
              {saved === "saving" ? t.saving : t.save}
            </button>
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <button type="button" onClick={() => setStage("setup")} className={`${button} border border-border`}>
              {t.again}
            </button>
            {nextHref ? (
              <Link href={nextHref} className={`${button} border border-border`}>
                {t.next} →
              </Link>
            ) : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
