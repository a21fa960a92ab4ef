import type { DayCount, ForecastDay, WeekRetention } from "@/app/_domain/progress";
import { overallRetention } from "@/app/_domain/progress";
import type { Locale, Messages } from "@/app/_i18n/messages";
import { BarChart } from "./bar-chart";
import { fill } from "@/app/_i18n/fill";
import { formatDay, formatPercent } from "./format";
import { NumbersTable } from "./numbers-table";

type T = Messages["progress"];

export function ChartSection({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-lg border border-border bg-card p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {intro ? <p className="mt-1 text-sm text-muted">{intro}</p> : null}
      <div className="mt-3">{children}</div>
    </section>
  );
}

export function ReviewsPerDayChart({ days, locale, t, numbers }: { days: DayCount[]; locale: Locale; t: T["perDay"]; numbers: string }) {
  const max = Math.max(0, ...days.map((d) => d.reviews));
  const total = days.reduce((n, d) => n + d.reviews, 0);
  return (
    <ChartSection id="per-day-heading" title={t.heading}>
      <BarChart
        label={fill(t.label, { total, max })}
        bars={days.map((d) => ({ key: d.day, value: d.reviews, title: `${formatDay(d.day, locale)}: ${d.reviews}` }))}
        max={max}
        start={formatDay(days[0]!.day, locale)}
        end={formatDay(days.at(-1)!.day, locale)}
        top={String(max)}
      />
      <NumbersTable
        summary={numbers}
        caption={t.heading}
        headers={[t.day, t.reviews, t.correct]}
        rows={[...days].reverse().map((d) => [formatDay(d.day, locale, "medium"), d.reviews, d.correct])}
      />
    </ChartSection>
  );
}

export function RetentionChart({
  weeks,
  target,
  locale,
  t,
  numbers,
}: {
  weeks: WeekRetention[];
  target: number;
  locale: Locale;
  t: T["retention"];
  numbers: string;
}) {
  const pct = (x: number | null) => formatPercent(x, locale, t.none);
  // An empty frame reads as broken: with no review-stage ratings yet, say so instead.
  if (weeks.every((w) => w.reviews === 0)) {
    return (
      <ChartSection id="retention-heading" title={t.heading} intro={fill(t.intro, { target: pct(target) })}>
        <p className="text-muted">{t.empty}</p>
      </ChartSection>
    );
  }
  return (
    <ChartSection id="retention-heading" title={t.heading} intro={fill(t.intro, { target: pct(target) })}>
      <BarChart
        label={fill(t.label, { overall: pct(overallRetention(weeks)), target: pct(target) })}
        bars={weeks.map((w) => ({
          key: w.weekStart,
          value: w.retention,
          title: `${formatDay(w.weekStart, locale)}: ${pct(w.retention)} (${w.passed}/${w.reviews})`,
        }))}
        max={1}
        target={target}
        start={formatDay(weeks[0]!.weekStart, locale)}
        end={formatDay(weeks.at(-1)!.weekStart, locale)}
        top="100%"
      />
      <NumbersTable
        summary={numbers}
        caption={t.heading}
        headers={[t.week, t.reviews, t.passed, t.retention]}
        rows={[...weeks].reverse().map((w) => [formatDay(w.weekStart, locale, "medium"), w.reviews, w.passed, pct(w.retention)])}
      />
    </ChartSection>
  );
}

export function ForecastChart({ days, locale, t, numbers }: { days: ForecastDay[]; locale: Locale; t: T["forecast"]; numbers: string }) {
  const max = Math.max(0, ...days.map((d) => d.due));
  const total = days.reduce((n, d) => n + d.due, 0);
  return (
    <ChartSection id="forecast-heading" title={t.heading}>
      <BarChart
        label={fill(t.label, { total, today: days[0]?.due ?? 0 })}
        bars={days.map((d, i) => ({ key: d.day, value: d.due, title: `${formatDay(d.day, locale)}: ${d.due}`, highlight: i === 0 }))}
        max={max}
        start={formatDay(days[0]!.day, locale)}
        end={formatDay(days.at(-1)!.day, locale)}
        top={String(max)}
      />
      <NumbersTable summary={numbers} caption={t.heading} headers={[t.day, t.due]} rows={days.map((d) => [formatDay(d.day, locale, "medium"), d.due])} />
    </ChartSection>
  );
}
