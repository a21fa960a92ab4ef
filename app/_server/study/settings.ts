import "server-only";
import type { Db } from "../db/client";

export type StudySettings = {
  timeZone: string;
  rolloverHour: number;
  locale: "ko" | "en";
  newPerDay: number;
  reviewsPerDay: number;
  dailyGoal: number;
  desiredRetention: number;
  maximumInterval: number;
  learningSteps: string;
  relearningSteps: string;
  fsrsParameters: number[] | undefined;
};

export const defaultSettings: StudySettings = {
  timeZone: "UTC",
  rolloverHour: 4,
  locale: "ko",
  newPerDay: 20,
  reviewsPerDay: 200,
  dailyGoal: 1,
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  fsrsParameters: undefined,
};

/** The user's settings, or the defaults when they never saved any. */
export async function fetchStudySettings(db: Db, userId: string): Promise<StudySettings> {
  const row = await db.userSettings.findUnique({ where: { userId } });
  if (!row) return defaultSettings;
  return {
    ...row,
    locale: row.locale === "en" ? "en" : "ko",
    fsrsParameters: row.fsrsParameters ? (JSON.parse(row.fsrsParameters) as number[]) : undefined,
  };
}

/** The scheduler's view of the settings (the domain knows nothing of users). */
export function schedulerSettingsOf(s: StudySettings) {
  return {
    desiredRetention: s.desiredRetention,
    maximumInterval: s.maximumInterval,
    learningSteps: s.learningSteps,
    relearningSteps: s.relearningSteps,
    parameters: s.fsrsParameters,
  };
}
