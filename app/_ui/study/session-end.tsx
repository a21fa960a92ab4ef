"use client";
import Link from "next/link";
import type { ReactNode } from "react";
import { fill } from "@/app/_i18n/fill";
import type { Messages } from "@/app/_i18n/messages";
import { plural } from "@/app/_i18n/plural";
import type { StudyCard } from "@/app/_domain/study/types";

/** What the server knows of the learner's day beyond this session. */
export type NextSteps = { locale: string; nextDue: string | null; drillsDue: number };

type Props = {
  history: { card: StudyCard; rating: number; due: string | null }[];
  labels: string[];
  t: Messages["review"];
  status: ReactNode;
  next?: NextSteps | undefined;
  cram: boolean;
};

/** The end of a session: what was done, when the next card is due, and what to do now. */
export function SessionEnd({ history, labels, t, status, next, cram }: Props) {
  const counts = [1, 2, 3, 4].map((r) => history.filter((h) => h.rating === r).length);
  const locale = next?.locale ?? "en";
  // The soonest of what the server knew and what this session just scheduled.
  const dues = [next?.nextDue ?? null, ...history.map((h) => h.due)].filter((d): d is string => !!d).map((d) => Date.parse(d));
  const soonest = dues.length ? Math.min(...dues) : null;
  const when = soonest === null ? null : new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(soonest);
  return (
    <section aria-labelledby="summary-heading" className="space-y-4 rounded-lg border border-border bg-card p-5">
      <h2 id="summary-heading" className="text-xl font-semibold">
        {t.summaryTitle}
      </h2>
      <p>{plural(t.summaryReviewed, history.length, locale)}</p>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {labels.map((label, i) => (
          <div key={label} className="rounded-md border border-border p-3">
            <dt className="text-sm text-muted">{label}</dt>
            <dd className="text-2xl font-semibold">{counts[i]}</dd>
          </div>
        ))}
      </dl>
      {!cram ? <p>{when ? fill(t.nextDue, { when }) : t.nothingScheduled}</p> : null}
      <nav aria-label={t.whatNext}>
        <h3 className="mb-2 font-semibold">{t.whatNext}</h3>
        <ul className="flex flex-wrap gap-2">
          {next && next.drillsDue > 0 ? (
            <li>
              <Link href="/drills" className="inline-block rounded-md bg-accent px-3 py-2 font-medium text-accent-fg">
                {plural(t.drillsDue, next.drillsDue, locale)}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/drills/mock" className="inline-block rounded-md border border-border px-3 py-2 font-medium">
              {t.mockInterview}
            </Link>
          </li>
          <li>
            <Link href="/study?cram=1" className="inline-block rounded-md border border-border px-3 py-2 font-medium">
              {t.cramMore}
            </Link>
          </li>
          <li>
            <Link href="/progress" className="inline-block rounded-md border border-border px-3 py-2 font-medium">
              {t.seeProgress}
            </Link>
          </li>
        </ul>
      </nav>
      {status}
    </section>
  );
}
