export {
  gradeAnswer,
  outOfOrderIndexes,
  WRONG_CLAIM_PENALTY,
  WRONG_CLAIM_CAP,
  OUT_OF_ORDER_CREDIT,
  type InterviewGrade,
  type InterviewMistake,
  type PointResult,
} from "./grade-answer";
export {
  planMock,
  followUpFor,
  SELF_RATING_SCORE,
  readiness,
  revealedMisconceptions,
  misconceptionQuotes,
  type RevealedMisconception,
  seededRandom,
  WEAK_BELOW,
  MIX,
  type MockItem,
  type MockKind,
  type MockAnswer,
  type TopicReadiness,
} from "./mock";
export { gradeSegmentSequence, segmentsIn, segmentKey } from "./segment-sequence";
export { mockResultSchema, topicReadinessSchema, readMockResult, overallReadiness, type MockResult, type MockResultIssue } from "./mock-result";
