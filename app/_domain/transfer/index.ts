// Export and import of a learner's progress, and Anki decks of a topic: pure pieces.
export {
  PROGRESS_FORMAT,
  PROGRESS_VERSION,
  progressFileSchema,
  parseProgressFile,
  formatPath,
  exportedSettings,
  issuesOf,
  type ProgressFile,
  type ProgressJson,
  type ExportedCardState,
  type ExportedReview,
  type ExportedDrillAttempt,
  type ExportedDailyStat,
  type ExportedMockInterview,
  type ExportedSettings,
  type FileIssue,
  type ParseResult,
} from "./schema";
export { csvField, toCsv, fsrsReviewCsv, isReviewCsv, FSRS_CSV_HEADER, type CsvReview } from "./csv";
export {
  planImport,
  fileStateWins,
  dailyContributions,
  type MergeContext,
  type ImportPlan,
  type ImportSummary,
  type DailyDelta,
  type MergeResult,
} from "./merge";
export {
  ANKI_FIELDS,
  ANKI_CLOZE_FIELDS,
  ANKI_SCHEMA,
  ANKI_MODEL_ID,
  ANKI_CLOZE_MODEL_ID,
  ANKI_ROOT_DECK,
  ankiCollection,
  ankiRows,
  deckIdOf,
  topicDeck,
  guidOf,
  checksum,
  stripHtml,
  type AnkiNoteInput,
  type AnkiDeck,
} from "./anki";
export { ankiClozeHtml, clozeCount } from "./anki-cloze";
export {
  ankiSchedule,
  ankiRevlog,
  revlogInterval,
  ANKI_START_EASE,
  ANKI_MAX_TAKEN_MS,
  type AnkiSchedule,
  type AnkiRevlogRow,
  type AnkiClock,
  type StepCounts,
  type RevlogReview,
} from "./anki-schedule";
export { exportQuerySchema, ANKI_DECK_LAYOUTS, type AnkiDeckLayout, type ExportQuery } from "./export-query";
export { accountScopedId } from "./scoped-id";
export { describeIssue, describeIssues, issueLines, IMPORT_REFUSALS } from "./issue-text";
