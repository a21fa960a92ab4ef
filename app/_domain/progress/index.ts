// The progress figures: pure functions from rows (DailyStat, ReviewLog, CardState, DrillAttempt)
// to what the progress page draws. No I/O and no clock: `today` and time zones are passed in.
export { heatmapCells, reviewsPerDay, activeDays, levelOf, weekdayOf, HEATMAP_DAYS, type HeatmapCell, type DayTotals, type DayCount } from "./daily";
export { retentionByWeek, overallRetention, RETENTION_WEEKS, type LoggedRating, type WeekRetention } from "./retention";
export { studyDayStart, studyDayStarts } from "./day-start";
export { monthTotals, type MonthTotals } from "./months";
export { dueForecast, FORECAST_DAYS, type ForecastDay } from "./forecast";
export {
  topicMastery,
  drillsMastered,
  bucketOf,
  MATURE_DAYS,
  MASTERED_SCORE,
  type CardRef,
  type StateRef,
  type TopicMastery,
  type MasteryBucket,
  type DrillAttemptRef,
  type DrillMastery,
} from "./mastery";
export { mostForgotten, splitMisconceptions, FORGOTTEN_DAYS, FORGOTTEN_SHOWN, type ForgottenCount, type ForgottenConcept } from "./forgotten";
export {
  mockHistory,
  MOCK_HISTORY_SESSIONS,
  type MockHistory,
  type MockSessionRow,
  type MockSessionSummary,
  type ReadinessPoint,
  type TopicReadinessSeries,
} from "./mock-history";
