import type { SerializedState } from "@/app/_domain/scheduling";

/** What the learner answers with, by card kind; everything the browser needs to check it. */
export type AnswerCheck =
  | { kind: "cloze"; blanks: { answer: string; hint?: string }[] }
  | { kind: "order"; itemsHtml: string[]; start: number[] }
  | { kind: "spot"; statement: string; wrong: string[]; fix: string[] }
  | { kind: "typed"; terms: string[] };

/** What the review screen needs of one card, already rendered to safe HTML on the server. */
export type StudyCard = {
  id: string;
  kind: string;
  topic: string;
  promptHtml: string;
  answerHtml: string;
  /** Multiple choice: the options as HTML and the indices of the right ones. */
  options?: { html: string; correct: boolean }[];
  /** How the learner's answer is checked (absent on an older offline copy: reveal and rate). */
  check?: AnswerCheck;
  /** Memory state as JSON-safe values (dates as ISO strings); null for a new card. */
  state: SerializedState | null;
};

/**
 * The cards a learner may study in the next two days, with what the device needs to build a
 * session from them without the server (GET /api/study/offline; the worker keeps the latest).
 */
export type OfflinePack = {
  generatedAt: string;
  /** The learner's study day when the pack was made, and what already counted against it. */
  day: string;
  doneToday: { newCount: number; reviewCount: number };
  limits: { newPerDay: number; reviewsPerDay: number };
  timeZone: string;
  rolloverHour: number;
  /** Cards due by the end of tomorrow and the next new cards, each with its topic. */
  cards: (StudyCard & { topicId: string })[];
  /** Cards that open the session whatever their due date (remedial cards after a mock interview). */
  first: string[];
};
