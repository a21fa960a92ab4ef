"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { SELF_RATING_SCORE, followUpFor, gradeSegmentSequence, type MockItem, type TopicReadiness } from "@/app/_domain/interview";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { AnswerField } from "./answer-field";
import { NETWORK, postJson } from "./post-json";
import type { GradeResponse } from "./types";
import { useCountdown } from "./use-countdown";
import { useSpeechInput } from "./use-speech-input";
import type { Locale } from "@/app/_domain/locale";

export type MockScreenQuestion = MockItem & { promptHtml: string; answerHtml: string; seconds: number; segments?: string[] };
type Asked = { q: MockScreenQuestion; followUpOf?: string };
type Answered = {
  itemId: string;
  reviewId: string;
  answer: string;
  selfRating?: 1 | 2 | 3;
  followUpOf?: string;
  durationMs: number;
  score: number;
  misconceptions: string[];
};
type Feedback = { score: number | null; grade?: GradeResponse; segments?: string[] };
type Summary = { readiness: TopicReadiness[]; misconceptions: string[]; quotes?: { misconception: string; quote: string }[] };
const button = "rounded-md px-4 py-2 font-medium disabled:opacity-50";

export function MockInterview(props: {
  plan: MockScreenQuestion[];
  followUps: MockScreenQuestion[];
  topicTitles: Record<string, string>;
  misconceptionLabels: Record<string, string>;
  locale: Locale;
  t: Messages["mock"];
  it: Messages["interview"];
  offlineNote: string;
}) {
  const { t, it, locale } = props;
  const [queue, setQueue] = useState<Asked[]>(props.plan.map((q) => ({ q })));
  const [at, setAt] = useState(-1);
  const [answer, setAnswer] = useState("");
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [answers, setAnswers] = useState<Answered[]>([]);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [startedAt, setStartedAt] = useState(0);
  const sessionId = useRef("");
  const speech = useSpeechInput(locale, (text) => setAnswer((a) => (a ? `${a} ${text}` : text)));
  const current = at >= 0 ? queue[at] : undefined;

  function ask(index: number) {
    setAt(index);
    setAnswer("");
    setFeedback(null);
    setStartedAt(Date.now());
  }

  function record(score: number, misconceptions: string[], selfRating?: 1 | 2 | 3) {
    if (!current) return;
    const entry: Answered = {
      itemId: current.q.id,
      reviewId: crypto.randomUUID(),
      answer,
      durationMs: Date.now() - startedAt,
      score,
      misconceptions,
      ...(selfRating ? { selfRating } : {}),
      ...(current.followUpOf ? { followUpOf: current.followUpOf } : {}),
    };
    setAnswers((list) => [...list, entry]);
    // A weak answer earns a deeper question on the same concept, asked next.
    const asked = new Set(queue.map((a) => a.q.id));
    const deeper = followUpFor(
      { item: current.q, score, misconceptions, ...(current.followUpOf ? { followUpOf: current.followUpOf } : {}) },
      props.followUps,
      asked,
    );
    const follow = deeper ? props.followUps.find((f) => f.id === deeper.id) : undefined;
    if (follow) setQueue((qs) => [...qs.slice(0, at + 1), { q: follow, followUpOf: current.q.id }, ...qs.slice(at + 1)]);
  }

  async function submit() {
    if (!current || feedback || busy) return;
    speech.stop();
    const q = current.q;
    if (q.kind === "card") {
      setFeedback({ score: null });
      return;
    }
    if (q.kind === "scenario") {
      const g = gradeSegmentSequence(q.segments ?? [], answer);
      setFeedback({ score: g.score, segments: g.given });
      record(g.score, []);
      return;
    }
    setBusy(true);
    const res = answer.trim() ? await postJson("/api/interview/grade", { promptId: q.id, answer, locale }) : null;
    setBusy(false);
    // A grade that failed is not a score of 0: offline, or refused by the server, the answer
    // stays unscored with a notice, and Submit sends it again.
    if (res && !res.ok) {
      setStatus(res.message === NETWORK ? props.offlineNote : fill(t.gradeFailed, { reason: res.message }));
      return;
    }
    setStatus(null);
    const grade = res ? (res.data as GradeResponse) : null;
    const score = grade?.score ?? 0;
    setFeedback({ score, ...(grade ? { grade } : {}) });
    record(score, grade?.mistakes.flatMap((m) => ("misconception" in m ? [m.misconception] : [])) ?? []);
  }

  const left = useCountdown(current && !feedback ? startedAt : null, current?.q.seconds ?? 0, () => void submit());

  function selfRate(r: 1 | 2 | 3) {
    setFeedback({ score: SELF_RATING_SCORE[r] });
    record(SELF_RATING_SCORE[r], [], r);
  }

  async function finish() {
    setBusy(true);
    setStatus(t.finishing);
    sessionId.current ||= crypto.randomUUID();
    const body = {
      id: sessionId.current,
      locale,
      answers: answers.map((a) => ({
        itemId: a.itemId,
        reviewId: a.reviewId,
        answer: a.answer,
        durationMs: a.durationMs,
        ...(a.selfRating ? { selfRating: a.selfRating } : {}),
        ...(a.followUpOf ? { followUpOf: a.followUpOf } : {}),
      })),
    };
    const res = await postJson("/api/mock/finish", body);
    setBusy(false);
    if (!res.ok) {
      setStatus(res.message === NETWORK ? props.offlineNote : `${t.saveFailed}: ${res.message}`);
      return;
    }
    setStatus(null);
    setSummary(res.data as Summary);
  }

  if (summary) return <MockSummary summary={summary} {...props} />;

  if (!current)
    return (
      <button
        type="button"
        onClick={() => {
          sessionId.current = crypto.randomUUID();
          ask(0);
        }}
        className={`${button} bg-accent text-accent-fg`}
        disabled={queue.length === 0}
      >
        {t.start}
      </button>
    );

  const last = at === queue.length - 1;
  return (
    <section className="space-y-4" aria-labelledby="mock-q">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted">
        <h2 id="mock-q" className="text-sm font-normal">
          {fill(t.questionOf, { n: at + 1, total: queue.length })}
        </h2>
        <span data-testid="question-kind">
          {t.kinds[current.q.kind]} · {props.topicTitles[current.q.topic] ?? current.q.topic}
          {current.followUpOf ? <strong className="ml-2 text-warn">{t.followUp}</strong> : null}
        </span>
      </div>
      <progress className="h-2 w-full accent-[var(--accent)]" max={queue.length} value={at + (feedback ? 1 : 0)} aria-hidden="true" />
      <article className="rounded-lg border border-border bg-card p-5">
        <div className="prose-card text-lg" dangerouslySetInnerHTML={{ __html: current.q.promptHtml }} />
      </article>
      {!feedback ? (
        <div className="space-y-3">
          <AnswerField value={answer} onChange={setAnswer} onSubmit={() => void submit()} left={left} speech={speech} rows={5} locale={locale} t={it} />
          <button type="button" onClick={() => void submit()} disabled={busy} className={`${button} bg-accent text-accent-fg`}>
            {current.q.kind === "card" ? t.reveal : busy ? it.grading : it.submit} <kbd className="ml-1 font-mono text-sm">Ctrl+Enter</kbd>
          </button>
        </div>
      ) : (
        <div className="space-y-4" aria-live="polite">
          {feedback.score !== null ? <p className="text-xl font-semibold">{fill(it.score, { score: Math.round(feedback.score * 100) })}</p> : null}
          {feedback.grade ? (
            <ul className="space-y-1">
              {feedback.grade.points.map((p) => (
                <li key={p.id} className={p.covered ? "text-good" : "text-bad"}>
                  {p.covered ? "✓" : "✗"} {p.label}
                </li>
              ))}
              {feedback.grade.mistakes.map((m) => (
                <li key={m.id} className="text-warn">
                  ⚠ {m.message}
                </li>
              ))}
            </ul>
          ) : null}
          {feedback.segments ? <p>{fill(t.yourSegments, { list: feedback.segments.join(" → ") || "—" })}</p> : null}
          <div className="rounded-md border border-border p-3">
            <h3 className="mb-1 font-semibold">{t.expected}</h3>
            <div className="prose-card" dangerouslySetInnerHTML={{ __html: current.q.answerHtml }} />
          </div>
          {current.q.kind === "card" && answers.length < at + 1 ? (
            <div role="group" aria-label={t.selfRate} className="grid grid-cols-3 gap-2">
              {([1, 2, 3] as const).map((r) => (
                <button key={r} type="button" onClick={() => selfRate(r)} className="rounded-md border border-border px-3 py-2 hover:border-accent">
                  {t.self[r]}
                </button>
              ))}
            </div>
          ) : last ? (
            <button type="button" onClick={() => void finish()} disabled={busy} className={`${button} bg-accent text-accent-fg`}>
              {t.finish}
            </button>
          ) : (
            <button type="button" onClick={() => ask(at + 1)} className={`${button} bg-accent text-accent-fg`}>
              {t.next} →
            </button>
          )}
        </div>
      )}
      <p role="status" aria-live="polite" className="text-sm">
        {status}
      </p>
    </section>
  );
}

function MockSummary({
  summary,
  topicTitles,
  misconceptionLabels,
  t,
}: {
  summary: Summary;
  topicTitles: Record<string, string>;
  misconceptionLabels: Record<string, string>;
  t: Messages["mock"];
}) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="readiness-h" className="rounded-lg border border-border bg-card p-4">
        <h2 id="readiness-h" className="mb-3 text-lg font-semibold">
          {t.readiness}
        </h2>
        <ul className="space-y-2" aria-label={t.readinessChart}>
          {summary.readiness.map((r) => {
            const pct = Math.round(r.score * 100);
            return (
              <li key={r.topic} className="grid grid-cols-[minmax(0,9rem)_1fr_3rem] items-center gap-3 sm:grid-cols-[16rem_1fr_3rem]">
                <span className="truncate">{topicTitles[r.topic] ?? r.topic}</span>
                <meter
                  min={0}
                  max={100}
                  low={50}
                  high={75}
                  optimum={100}
                  value={pct}
                  className="h-3 w-full"
                  aria-label={`${topicTitles[r.topic] ?? r.topic}: ${pct}%`}
                />
                <span className="text-right font-mono">{pct}%</span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="mis-h" className="rounded-lg border border-border bg-card p-4">
        <h2 id="mis-h" className="mb-3 text-lg font-semibold">
          {t.misconceptions}
        </h2>
        {summary.misconceptions.length ? (
          <>
            <ul className="list-disc space-y-1 pl-5" data-testid="misconceptions">
              {summary.misconceptions.map((m) => (
                <li key={m}>
                  {misconceptionLabels[m] ?? m}
                  {(summary.quotes ?? [])
                    .filter((q) => q.misconception === m)
                    .map((q, i) => (
                      <span key={i} className="block text-sm text-muted">
                        {fill(t.youSaid, { quote: q.quote })}
                      </span>
                    ))}
                </li>
              ))}
            </ul>
            <p className="mt-3 text-muted">{t.remedial}</p>
          </>
        ) : (
          <p className="text-muted">{t.noMisconceptions}</p>
        )}
      </section>
      <div className="flex flex-wrap gap-3">
        <Link href="/study" className={`${button} bg-accent text-accent-fg`}>
          {t.studyNow}
        </Link>
        <Link href="/drills/mock" prefetch={false} className={`${button} border border-border`}>
          {t.againMock}
        </Link>
      </div>
    </div>
  );
}
