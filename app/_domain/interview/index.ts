export { gradeAnswer, outOfOrderIndexes, WRONG_CLAIM_PENALTY, OUT_OF_ORDER_CREDIT, type InterviewGrade, type InterviewMistake, type PointResult } from "./grade-answer";
export { normalizeAnswer } from "./normalize";
export { isNegated, isNegativeClaim } from "./negation";
