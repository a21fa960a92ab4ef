"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { ratingFromScore } from "@/app/_domain/scheduling/grade-to-rating";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { AnswerField } from "./answer-field";
import { GradeResult } from "./grade-result";
import { NETWORK, postJson } from "./post-json";
import type { GradeResponse, PracticePrompt } from "./types";
import { useCountdown } from "./use-countdown";
import { useSpeechInput } from "./use-speech-input";
import type { Locale } from "@/app/_domain/locale";

type Stage = "setup" | "answering" | "grading" | "graded";
type Rating = 1 | 2 | 3 | 4;
const button = "rounded-md px-4 py-2 font-medium disabled:opacity-50";

export function InterviewPractice({
  prompt,
  nextHref,
  locale,
  t,
  rt,
  offlineNote,
}: {
  prompt: PracticePrompt;
  nextHref: string | null;
  locale: Locale;
  t: Messages["interview"];
  rt: Messages["review"];
  offlineNote: string;
}) {
  const [stage, setStage] = useState<Stage>("setup");
  const [mode, setMode] = useState<"short" | "detailed">("short");
  const [seconds, setSeconds] = useState(prompt.seconds.short);
  const [answer, setAnswer] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const [grade, setGrade] = useState<GradeResponse | null>(null);
  const [rating, setRating] = useState<Rating>(1);
  const [saved, setSaved] = useState<"no" | "saving" | "yes">("no");
  const [startedAt, setStartedAt] = useState(0);
  const attemptId = useRef("");
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
    setStartedAt(Date.now());
    attemptId.current = crypto.randomUUID();
    setStage("answering");
  }

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
      // Without a network the answer stays, to be graded once the connection is back.
      setNotice(res.message === NETWORK ? offlineNote : `${t.gradeFailed}: ${res.message}`);
      setStage("answering");
      return;
    }
    const g = res.data as GradeResponse;
    setGrade(g);
    setRating(ratingFromScore(g.score));
    setStage("graded");
  }

  const left = useCountdown(stage === "answering" ? startedAt : null, seconds, () => void submit(true));

  async function save() {
    setSaved("saving");
    const res = await postJson("/api/interview/attempts", {
      id: attemptId.current,
      promptId: prompt.id,
      answer,
      locale,
      rating,
      mode,
      durationMs: Date.now() - startedAt,
    });
    if (!res.ok) {
      setNotice(res.message === NETWORK ? offlineNote : `${t.saveFailed}: ${res.message}`);
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
            <input
              type="number"
              min={10}
              max={1800}
              step={5}
              value={seconds}
              onChange={(e) => setSeconds(Math.min(1800, Math.max(10, Number(e.target.value) || 10)))}
              className="rounded-md border border-border bg-card px-2 py-1.5"
            />
          </label>
          <p className="text-sm text-muted">{t.startHint}</p>
          <button type="button" onClick={start} className={`${button} bg-accent text-accent-fg`}>
            {t.start}
          </button>
        </section>
      ) : null}

      {stage === "answering" || stage === "grading" ? (
        <section className="space-y-3" aria-label={t.answerLabel}>
          <AnswerField
            value={answer}
            onChange={setAnswer}
            onSubmit={() => void submit()}
            left={left}
            seconds={seconds}
            speech={speech}
            rows={mode === "short" ? 5 : 10}
            disabled={stage === "grading"}
            locale={locale}
            t={t}
          />
          <button type="button" onClick={() => void submit()} disabled={stage === "grading" || !answer.trim()} className={`${button} bg-accent text-accent-fg`}>
            {stage === "grading" ? t.grading : t.submit} <kbd className="ml-1 font-mono text-sm">Ctrl+Enter</kbd>
          </button>
        </section>
      ) : null}

      <p role="status" aria-live="polite" className="text-sm">
        {notice}
      </p>

      {stage === "graded" && grade ? (
        <section className="space-y-5" aria-label={fill(t.score, { score: Math.round(grade.score * 100) })}>
          <GradeResult grade={grade} answer={answer} t={t} />
          <fieldset className="space-y-2" disabled={saved !== "no"}>
            <legend className="font-medium">{t.rateLabel}</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
              {ratingLabels.map((label, i) => {
                const r = (i + 1) as Rating;
                return (
                  <button
                    key={label}
                    type="button"
                    aria-pressed={rating === r}
                    onClick={() => setRating(r)}
                    className={`rounded-md border-2 px-3 py-2 ${rating === r ? "border-accent font-semibold" : "border-border"}`}
                  >
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
