// The scheduling domain: pure rules, no I/O, no clock (every function takes `now` or a day).
export {
  newMemoryState,
  cardStateKind,
  memoryStateOf,
  serializeState,
  deserializeState,
  toSnapshot,
  fromSnapshot,
  type MemoryState,
  type MemoryStateRow,
  type SerializedState,
  type Rating,
  type CardStateKind,
} from "./memory-state";
export { review, previewIntervals, intervalLabel, type ReviewLogEntry, type IntervalPreview } from "./fsrs";
export {
  studySettingsSchema,
  schedulerSettingsSchema,
  schedulerSettingsOf,
  defaultSchedulerSettings,
  defaultSettings,
  SETTINGS_LIMITS,
  STEPS_MAX_LENGTH,
  FSRS_PARAMETER_COUNT,
  type SchedulerSettings,
  type StudySettings,
} from "./settings";
export { parseSteps } from "./steps";
export { studyDay, addDays, daysBetween, isValidTimeZone, isValidDay } from "./study-day";
export {
  SchedulingError,
  InvalidStepsError,
  InvalidTimeZoneError,
  InvalidSchedulerSettingsError,
  InvalidRatingError,
  InvalidScoreError,
  InvalidDayError,
  InvalidArgumentError,
} from "./errors";
export {
  buildQueue,
  dueCounts,
  doneCounts,
  LEARN_AHEAD_MS,
  type ScheduledCard,
  type NewCard,
  type QueueLimits,
  type QueueInput,
  type DoneCounts,
  type DoneToday,
  type DueCounts,
} from "./queue";
export { resumeSession, type Snapshot, type SnapshotCard, type LocalRating, type ResumeInput, type Resumed } from "./resume";
export { ratingFromScore, HARD_FROM, GOOD_FROM } from "./grade-to-rating";
export {
  computeStreak,
  DEFAULT_DAILY_GOAL,
  FREEZE_EVERY_DAYS,
  MAX_FREEZES_HELD,
  type Streak,
  type StreakInput,
  type DayActivity,
  type DayActivityRow,
} from "./streak";
export { trainingItems, MIN_REVIEWS_TO_OPTIMIZE, type LoggedReview, type TrainingReview } from "./training-items";
export { learningPath, NEW_CARD_ORDERS, type NewCardOrder, type PathCard } from "./learning-path";
