"use client";
import { fill } from "@/app/_i18n/fill";
import { useActionState, useEffect, useState } from "react";
import { NEW_CARD_ORDERS, type StudySettings } from "@/app/_domain/scheduling";
import type { Messages } from "@/app/_i18n/messages";
import { saveStudySettings, type SettingsField } from "@/app/_server/actions/study-settings";

const FIELDS: { name: SettingsField; type: "number" | "text"; step?: string }[] = [
  { name: "desiredRetention", type: "number", step: "0.01" },
  { name: "maximumInterval", type: "number" },
  { name: "learningSteps", type: "text" },
  { name: "relearningSteps", type: "text" },
  { name: "newPerDay", type: "number" },
  { name: "reviewsPerDay", type: "number" },
  { name: "dailyGoal", type: "number" },
  { name: "timeZone", type: "text" },
  { name: "rolloverHour", type: "number" },
];

export function StudySettingsForm({ t, values, saved }: { t: Messages["settings"]; values: StudySettings; saved: boolean }) {
  const [state, action, pending] = useActionState(saveStudySettings, {});
  const errors = state.validationErrors?.fieldErrors;
  // Until the learner saves, the time zone offered is the browser's (a Korean visitor's day
  // should not roll over at 13:00 because the server runs on UTC).
  const [timeZone, setTimeZone] = useState(values.timeZone);
  useEffect(() => {
    if (saved) return;
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (browser) setTimeZone(browser); // eslint-disable-line react-hooks/set-state-in-effect
  }, [saved]);
  const message = (code?: string) => {
    if (!code) return undefined;
    const [key, n] = code.split(":");
    // A code this build has no message for is shown as it is.
    const messages: Partial<Record<string, string>> = t.errors;
    const text = (key && messages[key]) ?? code;
    return n ? fill(text, { n }) : text;
  };
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      {FIELDS.map((f) => {
        const error = message(errors?.[f.name]?.[0]);
        return (
          <div key={f.name} className="flex flex-col gap-1">
            <label htmlFor={f.name} className="text-sm font-medium">
              {t.fields[f.name]}
            </label>
            <input
              id={f.name}
              name={f.name}
              type={f.type}
              step={f.step}
              key={f.name === "timeZone" ? timeZone : f.name}
              defaultValue={f.name === "timeZone" ? timeZone : String(values[f.name])}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${f.name}-error` : undefined}
              className="rounded-md border border-border bg-card px-2 py-1.5 text-fg"
            />
            {error ? (
              <p id={`${f.name}-error`} className="text-sm text-bad">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="flex flex-col gap-1">
        <label htmlFor="newCardOrder" className="text-sm font-medium">
          {t.fields.newCardOrder}
        </label>
        <select
          id="newCardOrder"
          name="newCardOrder"
          defaultValue={values.newCardOrder}
          className="rounded-md border border-border bg-card px-2 py-1.5 text-fg"
        >
          {NEW_CARD_ORDERS.map((o) => (
            <option key={o} value={o}>
              {t.newCardOrders[o]}
            </option>
          ))}
        </select>
        {errors?.newCardOrder ? <p className="text-sm text-bad">{message(errors.newCardOrder[0])}</p> : null}
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className="rounded-md bg-accent px-4 py-2 font-medium text-accent-fg disabled:opacity-60">
          {t.save}
        </button>
        <p role="status" aria-live="polite" className={`text-sm ${state.serverError ? "text-bad" : "text-good"}`}>
          {state.data?.saved ? t.saved : state.serverError ? t.errors.failed : ""}
        </p>
      </div>
    </form>
  );
}
