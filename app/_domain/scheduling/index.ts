export { newMemoryState, type MemoryState, type Rating, type CardStateKind } from "./memory-state";
export { review, previewIntervals, intervalLabel, type ReviewLogEntry } from "./fsrs";
export { schedulerSettingsSchema, defaultSchedulerSettings, type SchedulerSettings } from "./settings";
export { parseSteps } from "./steps";
export { studyDay, addDays, daysBetween, isValidTimeZone } from "./study-day";
export { SchedulingError, InvalidStepsError, InvalidTimeZoneError } from "./errors";
export { buildQueue, LEARN_AHEAD_MS, type ScheduledCard, type QueueLimits, type DoneToday } from "./queue";
export { ratingFromScore } from "./grade-to-rating";
export { trainingItems, MIN_REVIEWS_TO_OPTIMIZE, type LoggedReview, type TrainingReview } from "./training-items";
