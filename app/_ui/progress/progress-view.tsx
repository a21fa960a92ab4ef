import { MAX_FREEZES_HELD } from "@/app/_domain/scheduling";
import type { Locale, Messages } from "@/app/_i18n/messages";
import type { Progress } from "@/app/_domain/progress/progress";
import { ChartSection, ForecastChart, RetentionChart, ReviewsPerDayChart } from "./charts";
import { Heatmap } from "./heatmap";
import { DrillsCard, ForgottenList, MasteryChart } from "./mastery";
import { MockReadiness } from "./mock-readiness";
import { StreakCard, TodayCard } from "./summary-cards";

export function ProgressView({
  progress: p,
  dailyGoal,
  desiredRetention,
  locale,
  t,
}: {
  progress: Progress;
  dailyGoal: number;
  desiredRetention: number;
  locale: Locale;
  t: Messages["progress"];
}) {
  return (
    <div className="space-y-6">
      <div className="grid gap-4 md:grid-cols-2">
        <StreakCard streak={p.streak} dailyGoal={dailyGoal} maxFreezes={MAX_FREEZES_HELD} locale={locale} t={t.streak} />
        <TodayCard counts={p.counts} t={t.today} />
      </div>
      <ChartSection id="heatmap-heading" title={t.heatmap.heading}>
        <Heatmap cells={p.heatmap} locale={locale} t={t.heatmap} numbers={t.numbers} />
      </ChartSection>
      <div className="grid gap-4 md:grid-cols-2">
        <ReviewsPerDayChart days={p.perDay} locale={locale} t={t.perDay} numbers={t.numbers} />
        <ForecastChart days={p.forecast} locale={locale} t={t.forecast} numbers={t.numbers} />
      </div>
      <RetentionChart weeks={p.retention} target={desiredRetention} locale={locale} t={t.retention} numbers={t.numbers} />
      <MasteryChart topics={p.mastery} t={t.mastery} numbers={t.numbers} />
      <MockReadiness history={p.mocks} locale={locale} t={t.mocks} numbers={t.numbers} />
      <div className="grid gap-4 md:grid-cols-2">
        <DrillsCard drills={p.drills} t={t.drills} />
        <ForgottenList concepts={p.forgotten} t={t.forgotten} />
      </div>
    </div>
  );
}
