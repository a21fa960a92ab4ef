import type { StudyCard } from "./types";

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

/** The latest pack: from the network, or the worker's copy offline; null when neither has one. */
export async function loadOfflinePack(): Promise<OfflinePack | null> {
  try {
    const res = await fetch("/api/study/offline", { credentials: "same-origin" });
    return res.ok ? ((await res.json()) as OfflinePack) : null;
  } catch {
    return null;
  }
}
