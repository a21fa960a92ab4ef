export { STATES, normaliseState, nearestState, type TcpState } from "./states";
export { FLAGS, seqAdd, type Flag, type Side, type Step, type SegmentStep, type TimeoutStep } from "./segment";
export { SCENARIOS, findScenario, type Scenario, type ExpectedStep } from "./scenarios";
export { grade, type GradeError, type GradeResult, type StepResult } from "./grader";
export { referenceRun, type RunChoices } from "./reference-run";
export { answerSchema, type Answer } from "./answer-schema";
export { listScenarios } from "./list";
export type { Locale } from "./messages";
