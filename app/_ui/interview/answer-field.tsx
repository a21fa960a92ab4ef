"use client";
import { useEffect, useRef } from "react";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import type { useSpeechInput } from "./use-speech-input";
import type { Locale } from "@/app/_domain/locale";

const button = "rounded-md px-4 py-2 font-medium disabled:opacity-50";

/**
 * A timed answer: the seconds left, dictation where the browser offers it, and the text box
 * (focused whenever it can be typed in; Ctrl+Enter submits). The caller owns the answer and the speech
 * input, so that submitting can stop dictation first.
 */
export function AnswerField(props: {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  left: number;
  /** Shows a bar of the time left out of this many seconds. */
  seconds?: number;
  speech: ReturnType<typeof useSpeechInput>;
  rows: number;
  disabled?: boolean;
  locale: Locale;
  t: Messages["interview"];
}) {
  const { speech, t } = props;
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!props.disabled) textRef.current?.focus();
  }, [props.disabled]);
  return (
    <>
      <div className="flex items-center justify-between gap-3">
        <p role="timer" aria-live="off" className={`font-mono text-lg ${props.left <= 5 ? "text-bad" : ""}`} data-testid="time-left">
          {fill(t.timeLeft, { s: props.left })}
        </p>
        {speech.supported ? (
          <button
            type="button"
            onClick={speech.listening ? speech.stop : speech.start}
            aria-pressed={speech.listening}
            className={`${button} border border-border`}
          >
            {speech.listening ? `${t.stopSpeaking} (${t.listening})` : t.speak}
          </button>
        ) : null}
      </div>
      {props.seconds ? <progress className="h-2 w-full accent-[var(--accent)]" max={props.seconds} value={props.left} aria-hidden="true" /> : null}
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t.answerLabel}</span>
        <textarea
          ref={textRef}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              props.onSubmit();
            }
          }}
          rows={props.rows}
          maxLength={5000}
          lang={props.locale}
          disabled={props.disabled}
          className="rounded-md border border-border bg-card p-3 leading-relaxed"
        />
      </label>
    </>
  );
}
