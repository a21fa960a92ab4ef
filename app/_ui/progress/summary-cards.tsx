import Link from "next/link";
import type { DueCounts, Streak } from "@/app/_domain/scheduling";
import type { Locale, Messages } from "@/app/_i18n/messages";
import { fill } from "@/app/_i18n/fill";
import { plural } from "@/app/_i18n/plural";
import { formatDay } from "./format";

type T = Messages["progress"];
const days = (n: number, t: T["streak"], locale: Locale) => plural(t.days, n, locale);

function Stat({ label, value, big }: { label: string; value: string; big?: boolean }) {
  return (
    <div>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className={big ? "text-2xl font-bold tabular-nums sm:text-3xl" : "text-xl font-semibold tabular-nums"}>{value}</dd>
    </div>
  );
}

export function StreakCard({
  streak,
  dailyGoal,
  maxFreezes,
  locale,
  t,
}: {
  streak: Streak;
  dailyGoal: number;
  maxFreezes: number;
  locale: Locale;
  t: T["streak"];
}) {
  const lastFreeze = streak.freezesUsed.at(-1);
  return (
    <section aria-labelledby="streak-heading" className="rounded-lg border border-border bg-card p-4">
      <h2 id="streak-heading" className="text-lg font-semibold">
        {t.heading}
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-3">
        <Stat label={t.current} value={days(streak.current, t, locale)} big />
        <Stat label={t.longest} value={days(streak.longest, t, locale)} big />
        <Stat label={t.freezesHeld} value={`${streak.freezesAvailable} / ${maxFreezes}`} />
        <Stat label={t.freezesUsed} value={String(streak.freezesUsed.length)} />
      </dl>
      <p className={`mt-3 text-sm ${streak.todayDone ? "text-good" : "text-muted"}`}>
        {streak.todayDone ? t.todayDone : fill(t.todayOpen, { goal: dailyGoal })}
      </p>
      {lastFreeze ? <p className="mt-1 text-sm text-muted">{fill(t.lastFreeze, { day: formatDay(lastFreeze, locale, "medium") })}</p> : null}
      <p className="mt-1 text-xs text-muted">{fill(t.freezeRule, { max: maxFreezes })}</p>
    </section>
  );
}

export function TodayCard({ counts, t }: { counts: DueCounts; t: T["today"] }) {
  return (
    <section aria-labelledby="today-heading" className="flex flex-col rounded-lg border border-border bg-card p-4">
      <h2 id="today-heading" className="text-lg font-semibold">
        {t.heading}
      </h2>
      <dl className="mt-3 grid grid-cols-3 gap-3">
        <Stat label={t.due} value={String(counts.review)} big />
        <Stat label={t.learning} value={String(counts.learning)} big />
        <Stat label={t.fresh} value={String(counts.new)} big />
      </dl>
      <Link href="/study" className="mt-4 self-start rounded-md bg-accent px-4 py-2 font-medium text-accent-fg">
        {t.study}
      </Link>
    </section>
  );
}

export function EmptyProgress({ t }: { t: T["empty"] }) {
  return (
    <section aria-labelledby="empty-heading" className="rounded-lg border border-dashed border-border bg-card p-6 text-center sm:p-10">
      <svg aria-hidden="true" viewBox="0 0 98 14" className="mx-auto mb-4 h-6 w-40">
        {Array.from({ length: 7 }, (_, i) => (
          <rect key={i} x={i * 14} width={11} height={11} rx={2} className={i === 6 ? "heat-4 heat-today" : "heat-0"} />
        ))}
      </svg>
      <h2 id="empty-heading" className="text-xl font-semibold">
        {t.title}
      </h2>
      <p className="mx-auto mt-2 max-w-prose text-muted">{t.body}</p>
      <Link href="/study" className="mt-5 inline-block rounded-md bg-accent px-5 py-2.5 font-medium text-accent-fg">
        {t.cta}
      </Link>
    </section>
  );
}
