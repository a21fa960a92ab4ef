import Link from "next/link";
import { WEAK_BELOW } from "@/app/_domain/interview";
import type { MockHistory } from "@/app/_domain/progress";
import { fill } from "@/app/_i18n/fill";
import type { Locale, Messages } from "@/app/_i18n/messages";
import { ChartSection } from "./charts";
import { formatDay, formatPercent } from "./format";
import { LineChart } from "./line-chart";
import { NumbersTable } from "./numbers-table";

type T = Messages["progress"]["mocks"];
const link = "inline-block rounded-md px-4 py-2 font-medium";

/**
 * Readiness over the latest mock interviews: overall per session with the weak-answer line,
 * then one small line per topic on the same x steps (a gutter as wide as the big chart's axis
 * keeps the sessions above each other), then the numbers. An invitation when there are none.
 */
export function MockReadiness({ history, locale, t, numbers }: { history: MockHistory; locale: Locale; t: T; numbers: string }) {
  const pct = (share: number) => formatPercent(share, locale, "");
  const { sessions, topics } = history;
  if (!sessions.length) {
    return (
      <ChartSection id="mocks-heading" title={t.heading}>
        <p className="text-sm text-muted">{t.empty}</p>
        <Link href="/drills/mock" prefetch={false} className={`${link} mt-3 bg-accent text-accent-fg`}>
          {t.take}
        </Link>
      </ChartSection>
    );
  }
  const day = (index: number) => formatDay(sessions[index]!.day, locale);
  const best = Math.max(...sessions.map((s) => s.overall));
  return (
    <ChartSection id="mocks-heading" title={t.heading} intro={fill(t.intro, { ready: pct(WEAK_BELOW) })}>
      <div className="flex gap-2">
        <span className="w-10 shrink-0 text-right text-xs text-muted tabular-nums" aria-hidden="true">
          100%
        </span>
        <LineChart
          label={fill(t.label, { n: sessions.length, latest: pct(sessions.at(-1)!.overall), best: pct(best) })}
          points={history.overall.map((p) => ({ index: p.index, value: p.score, title: fill(t.point, { day: day(p.index), score: pct(p.score) }) }))}
          slots={sessions.length}
          target={WEAK_BELOW}
          className="h-32 w-0 min-w-0 flex-1 border-b border-l border-border"
        />
      </div>
      <div className="ml-12 mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
        <span>{day(0)}</span>
        {sessions.length > 1 ? <span>{day(sessions.length - 1)}</span> : null}
      </div>

      <h3 className="mt-4 text-sm font-semibold">{t.byTopic}</h3>
      <ul className="mt-1 space-y-2">
        {topics.map((topic) => (
          <li key={topic.topic}>
            <div className="ml-12 flex justify-between gap-2 text-sm">
              <span>{topic.title}</span>
              <span className="text-muted tabular-nums" aria-hidden="true">
                {pct(topic.latest)}
              </span>
            </div>
            <div className="ml-12 flex">
              <LineChart
                label={fill(t.topicLabel, { topic: topic.title, first: pct(topic.first), latest: pct(topic.latest), n: topic.points.length })}
                points={topic.points.map((p) => ({
                  index: p.index,
                  value: p.score,
                  title: `${topic.title} · ${fill(t.point, { day: day(p.index), score: pct(p.score) })}`,
                }))}
                slots={sessions.length}
                target={WEAK_BELOW}
                dot={6}
                className="h-10 w-0 min-w-0 flex-1 border-b border-border"
              />
            </div>
          </li>
        ))}
      </ul>

      <NumbersTable
        nowrap
        summary={numbers}
        caption={t.heading}
        headers={[t.finished, t.overall, ...topics.map((tp) => tp.title)]}
        rows={sessions
          .map((s, i) => [
            formatDay(s.day, locale, "medium"),
            pct(s.overall),
            ...topics.map((tp) => {
              const point = tp.points.find((p) => p.index === i);
              return point ? pct(point.score) : t.notAsked;
            }),
          ])
          .reverse()}
      />
      <Link href="/drills/mock" prefetch={false} className={`${link} mt-3 border border-border`}>
        {t.take}
      </Link>
    </ChartSection>
  );
}
