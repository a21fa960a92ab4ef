export { STATES, normaliseState, nearestState, type TcpState } from "./states";
export { FLAGS, seqAdd, type Flag, type Side, type Step, type SegmentStep, type TimeoutStep } from "./segment";
export { SCENARIOS, findScenario, type Scenario, type ExpectedStep, type ExpectedSegment, type Bilingual } from "./scenarios";
export { grade, type GradeError, type GradeResult, type StepResult } from "./grader";
export { referenceRun, type RunChoices } from "./reference-run";
export { answerSchema, type Answer } from "./answer-schema";
export { listScenarios } from "./list";
export type { Locale, ErrorCode } from "./messages";
export { TcpSimulatorError, UnknownScenarioError } from "./errors";
