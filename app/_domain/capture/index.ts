export { analyseCapture, type Analysis, type SegmentsAnalysis, type SocketsAnalysis } from "./analyse";
export { explainCapture, reportCapture, type CaptureReport, type ConnectionReport, type SegmentReport, type AnomalyReport, type SocketReport } from "./report";
export { gradeStates, type PracticeRow, type StateAnswer } from "./practice";
export { sideNames } from "./explain";
export { CaptureError, CaptureTooLargeError, MAX_CAPTURE_BYTES, type CaptureErrorCode } from "./errors";
export { inferConnection, type AnomalyCode, type InferredConnection } from "./infer";
export { RELATED, PILE_AT } from "./socket-table";
export type { TcpPacket } from "./packet";
