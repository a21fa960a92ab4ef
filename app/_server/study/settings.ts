import "server-only";
import { TtlCache } from "@/app/_domain/config/ttl-cache";
import { defaultSettings, type StudySettings } from "@/app/_domain/scheduling";
import type { Db } from "../db/client";

const cache = new TtlCache<StudySettings>(60_000);

/** Called after a learner's settings are saved. */
export function forgetSettings(userId: string): void {
  cache.delete(userId);
}

type SettingsRow = NonNullable<Awaited<ReturnType<Db["userSettings"]["findUnique"]>>>;

/** A stored settings row as the app uses it (the one place that reads the row's text columns). */
export function settingsFromRow(row: SettingsRow): StudySettings {
  return {
    timeZone: row.timeZone,
    rolloverHour: row.rolloverHour,
    locale: row.locale === "en" ? "en" : "ko",
    newPerDay: row.newPerDay,
    reviewsPerDay: row.reviewsPerDay,
    dailyGoal: row.dailyGoal,
    desiredRetention: row.desiredRetention,
    maximumInterval: row.maximumInterval,
    learningSteps: row.learningSteps,
    relearningSteps: row.relearningSteps,
    newCardOrder: row.newCardOrder === "by-topic" ? "by-topic" : "interleaved",
    fsrsParameters: row.fsrsParameters ? (JSON.parse(row.fsrsParameters) as number[]) : undefined,
  };
}

/** The user's settings, or the defaults when they never saved any. */
export async function fetchStudySettings(db: Db, userId: string): Promise<StudySettings> {
  const cached = cache.get(userId, Date.now());
  if (cached) return cached;
  const row = await db.userSettings.findUnique({ where: { userId } });
  const settings = row ? settingsFromRow(row) : defaultSettings;
  cache.set(userId, settings, Date.now());
  return settings;
}
