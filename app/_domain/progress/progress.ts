import type { DueCounts, Streak } from "../scheduling";
import type { DayCount, HeatmapCell } from "./daily";
import type { ForecastDay } from "./forecast";
import type { ForgottenConcept } from "./forgotten";
import type { DrillMastery, TopicMastery } from "./mastery";
import type { MockHistory } from "./mock-history";
import type { WeekRetention } from "./retention";

/** Every figure of the progress page for one learner, as the server reads it and the page draws it. */
export type Progress = {
  today: string;
  streak: Streak;
  counts: DueCounts;
  heatmap: HeatmapCell[];
  perDay: DayCount[];
  retention: WeekRetention[];
  forecast: ForecastDay[];
  mastery: TopicMastery[];
  drills: { scenario: DrillMastery; interview: DrillMastery };
  forgotten: ForgottenConcept[];
  mocks: MockHistory;
  /** False for a learner who has never rated a card: the page invites them to start instead. */
  started: boolean;
};
