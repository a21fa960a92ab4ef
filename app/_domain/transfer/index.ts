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
export { csvField, toCsv, fsrsReviewCsv, FSRS_CSV_HEADER, type CsvReview } from "./csv";
export { planImport, fileStateWins, dailyContributions, type MergeContext, type ImportPlan, type ImportSummary, type DailyDelta, type MergeResult } from "./merge";
export { ANKI_FIELDS, ANKI_SCHEMA, ANKI_MODEL_ID, ankiCollection, ankiRows, deckIdOf, guidOf, checksum, stripHtml, type AnkiNoteInput } from "./anki";
export { accountScopedId } from "./scoped-id";
