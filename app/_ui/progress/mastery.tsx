import type { DrillMastery, ForgottenConcept, MasteryBucket, TopicMastery } from "@/app/_domain/progress";
import type { Messages } from "@/app/_i18n/messages";
import { ChartSection } from "./charts";
import { fill } from "@/app/_i18n/fill";
import { NumbersTable } from "./numbers-table";

type T = Messages["progress"];
const BUCKETS: { key: MasteryBucket; className: string }[] = [
  { key: "new", className: "heat-0" },
  { key: "learning", className: "fill-warn" },
  { key: "young", className: "heat-2" },
  { key: "mature", className: "heat-4" },
];

/** One stacked bar per topic: new, learning, young, mature from left to right. */
export function MasteryChart({ topics, t, numbers }: { topics: TopicMastery[]; t: T["mastery"]; numbers: string }) {
  return (
    <ChartSection id="mastery-heading" title={t.heading} intro={t.intro}>
      <ul className="space-y-3">
        {topics.map((topic) => {
          let x = 0;
          return (
            <li key={topic.topicId}>
              <div className="flex justify-between gap-2 text-sm">
                <span className="font-medium">{topic.title}</span>
                <span className="text-muted tabular-nums" aria-hidden="true">
                  {topic.mature + topic.young} / {topic.total}
                </span>
              </div>
              <svg
                role="img"
                aria-label={fill(t.label, { topic: topic.title, new: topic.new, learning: topic.learning, young: topic.young, mature: topic.mature })}
                viewBox={`0 0 ${topic.total} 1`}
                preserveAspectRatio="none"
                className="mt-1 h-3 w-full rounded-sm"
              >
                {BUCKETS.map(({ key, className }) => {
                  const rect = <rect key={key} x={x} width={topic[key]} height={1} className={className} />;
                  x += topic[key];
                  return rect;
                })}
              </svg>
            </li>
          );
        })}
      </ul>
      <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
        {BUCKETS.map(({ key, className }) => (
          <span key={key} className="flex items-center gap-1">
            <svg width={11} height={11}>
              <rect width={11} height={11} rx={2} className={className} />
            </svg>
            {t[key]}
          </span>
        ))}
      </div>
      <NumbersTable
        summary={numbers}
        caption={t.heading}
        headers={[t.topic, t.new, t.learning, t.young, t.mature]}
        rows={topics.map((x) => [x.title, x.new, x.learning, x.young, x.mature])}
      />
    </ChartSection>
  );
}

export function DrillsCard({ drills, t }: { drills: { scenario: DrillMastery; interview: DrillMastery }; t: T["drills"] }) {
  return (
    <ChartSection id="drills-heading" title={t.heading} intro={t.rule}>
      <dl className="grid gap-4 sm:grid-cols-2">
        {(["scenario", "interview"] as const).map((kind) => {
          const d = drills[kind];
          return (
            <div key={kind}>
              <dt className="text-sm font-medium">{t[kind]}</dt>
              <dd>
                <span className="text-2xl font-bold tabular-nums">{fill(t.mastered, { n: d.mastered, total: d.total })}</span>
                <meter
                  min={0}
                  max={Math.max(1, d.total)}
                  value={d.mastered}
                  className="mt-1 block w-full"
                  aria-label={`${t[kind]}: ${fill(t.mastered, { n: d.mastered, total: d.total })}`}
                />
                <span className="text-sm text-muted">{fill(t.attempted, { n: d.attempted })}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </ChartSection>
  );
}

export function ForgottenList({ concepts, t }: { concepts: ForgottenConcept[]; t: T["forgotten"] }) {
  return (
    <ChartSection id="forgotten-heading" title={t.heading} intro={t.intro}>
      {concepts.length === 0 ? (
        <p className="text-sm text-muted">{t.none}</p>
      ) : (
        <ol className="space-y-2">
          {concepts.map((c) => (
            <li key={c.id} className="flex flex-col gap-0.5 border-l-4 border-bad pl-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
              <span>{c.label}</span>
              <span className="shrink-0 text-sm text-muted tabular-nums">{fill(t.times, { n: c.forgotten, cards: c.cards })}</span>
            </li>
          ))}
        </ol>
      )}
    </ChartSection>
  );
}
