import "server-only";
import {
  FORECAST_DAYS,
  FORGOTTEN_DAYS,
  HEATMAP_DAYS,
  MOCK_HISTORY_SESSIONS,
  RETENTION_WEEKS,
  drillsMastered,
  dueForecast,
  heatmapCells,
  mockHistory,
  mostForgotten,
  retentionByWeek,
  reviewsPerDay,
  splitMisconceptions,
  topicMastery,
  type DayCount,
  type DrillMastery,
  type ForecastDay,
  type ForgottenConcept,
  type HeatmapCell,
  type MockHistory,
  type MockSessionRow,
  type TopicMastery,
  type WeekRetention,
} from "@/app/_domain/progress";
import { readMockResult } from "@/app/_domain/interview";
import { computeStreak, doneCounts, dueCounts, studyDay, type DueCounts, type Streak, type StudySettings } from "@/app/_domain/scheduling";
import type { Progress } from "@/app/_domain/progress/progress";
import { misconceptionLabels } from "../content/misconception-labels";
import { configOf, type Db } from "../db/client";
import { sqliteProgressReads } from "./progress-sqlite";
import { DRILL_KINDS } from "../study/session";
import type { Locale } from "@/app/_domain/locale";

const DAY_MS = 86_400_000;

/**
 * Everything the progress figures are read for: one signed-in user (the id comes from the
 * session, never from the request), their settings and one instant. The rows two figures share
 * are read once per scope, lazily, so the figures can run in parallel without repeating a read.
 */
export type ProgressScope = { db: Db; userId: string; settings: StudySettings; now: Date; locale: Locale; today: string };

const shared = new WeakMap<ProgressScope, Map<string, Promise<unknown>>>();
function once<T>(scope: ProgressScope, key: string, read: () => Promise<T>): Promise<T> {
  let reads = shared.get(scope);
  if (!reads) shared.set(scope, (reads = new Map<string, Promise<unknown>>()));
  if (!reads.has(key)) reads.set(key, read());
  return reads.get(key) as Promise<T>;
}

export function progressScope(db: Db, userId: string, settings: StudySettings, now: Date, locale: Locale): ProgressScope {
  return { db, userId, settings, now, locale, today: studyDay(now, settings.timeZone, settings.rolloverHour) };
}

/** The SQLite file behind the client, when there is one: its reads skip Prisma (see progress-sqlite.ts). */
function sqliteFile(db: Db): string | null {
  const config = configOf(db);
  return config.provider === "sqlite" ? config.file : null;
}

// DailyStat by its key [userId, day]: one row per day studied, never the log.
const dailyStats = (s: ProgressScope) =>
  once(s, "daily", async () => {
    const file = sqliteFile(s.db);
    if (file) return sqliteProgressReads(file).daily(s.userId);
    return s.db.dailyStat.findMany({ where: { userId: s.userId }, select: { day: true, reviews: true, drills: true, correct: true, newCards: true } });
  });

// Live cards and topics are content: the same for every user, changed only by a content
// import. A minute of caching (as for settings) saves two reads on every page view.
type ContentRows = {
  cards: { id: string; topicId: string; kind: string; misconceptions: string }[];
  topics: { id: string; titleKo: string; titleEn: string }[];
};
const CONTENT_TTL_MS = 60_000;
const contentCache = new WeakMap<Db, { at: number; rows: Promise<ContentRows> }>();

function contentRows(db: Db): Promise<ContentRows> {
  const cached = contentCache.get(db);
  if (cached && Date.now() - cached.at < CONTENT_TTL_MS) return cached.rows;
  const rows = Promise.all([
    db.card.findMany({
      where: { retiredAt: null },
      select: { id: true, topicId: true, kind: true, misconceptions: true },
      orderBy: [{ topicId: "asc" }, { position: "asc" }],
    }),
    db.topic.findMany({ select: { id: true, titleKo: true, titleEn: true }, orderBy: { position: "asc" } }),
  ]).then(([cards, topics]) => ({ cards, topics }));
  rows.catch(() => contentCache.delete(db));
  contentCache.set(db, { at: Date.now(), rows });
  return rows;
}

const liveCards = async (s: ProgressScope) => (await contentRows(s.db)).cards;

// CardState by its key [userId, cardId]: at most one row per card, so mastery, today's counts
// and the forecast share one read instead of a second one over [userId, due].
const cardStates = (s: ProgressScope) =>
  once(s, "states", async () => {
    const file = sqliteFile(s.db);
    if (file) return sqliteProgressReads(file).states(s.userId);
    return s.db.cardState.findMany({ where: { userId: s.userId }, select: { cardId: true, state: true, scheduledDays: true, due: true } });
  });

export function fetchStreak(s: ProgressScope): Promise<Streak> {
  return once(s, "streak", async () => computeStreak({ days: await dailyStats(s), dailyGoal: s.settings.dailyGoal, today: s.today }));
}

export async function fetchHeatmap(s: ProgressScope): Promise<HeatmapCell[]> {
  const [days, streak] = await Promise.all([dailyStats(s), fetchStreak(s)]);
  return heatmapCells({ days, today: s.today, freezesUsed: streak.freezesUsed, length: HEATMAP_DAYS });
}

export async function fetchReviewsPerDay(s: ProgressScope, length = 30): Promise<DayCount[]> {
  return reviewsPerDay({ days: await dailyStats(s), today: s.today, length });
}

/** Today's queue sizes, by the same rules as the study screen (drills are answered elsewhere). */
export async function fetchTodayCounts(s: ProgressScope): Promise<DueCounts> {
  const [days, cards, states] = await Promise.all([dailyStats(s), liveCards(s), cardStates(s)]);
  const flashcards = new Map(cards.filter((c) => !DRILL_KINDS.includes(c.kind)).map((c) => [c.id, c]));
  const seen = new Set(states.map((st) => st.cardId));
  return dueCounts({
    states: states.filter((st) => flashcards.has(st.cardId)).map((st) => ({ cardId: st.cardId, due: st.due, state: st.state as 0 | 1 | 2 | 3 })),
    newCards: [...flashcards.keys()].filter((id) => !seen.has(id)).map((cardId) => ({ cardId })),
    now: s.now,
    limits: { newPerDay: s.settings.newPerDay, reviewsPerDay: s.settings.reviewsPerDay },
    doneToday: doneCounts(days.find((d) => d.day === s.today) ?? null),
  });
}

// The ratings of cards already seen (not new), not undone, not cram, over the longer of the two
// windows that need them (retention: 12 weeks; forgetting: 90 days). ReviewLog by
// [userId, reviewedAt], read once for both figures.
const recentRatings = (s: ProgressScope) =>
  once(s, "ratings", async () => {
    const since = new Date(s.now.getTime() - Math.max(RETENTION_WEEKS * 7 + 2, FORGOTTEN_DAYS) * DAY_MS);
    const file = sqliteFile(s.db);
    if (file) return sqliteProgressReads(file).ratings(s.userId, since);
    return s.db.reviewLog.findMany({
      where: { userId: s.userId, reviewedAt: { gte: since }, state: { not: 0 }, cram: false, undoneAt: null },
      select: { cardId: true, reviewedAt: true, rating: true, state: true },
    });
  });

/** True retention of the last 12 weeks (two days of slack cover any time zone; the domain drops what is outside the weeks). */
export async function fetchRetention(s: ProgressScope): Promise<WeekRetention[]> {
  return retentionByWeek({
    logs: await recentRatings(s),
    today: s.today,
    timeZone: s.settings.timeZone,
    rolloverHour: s.settings.rolloverHour,
    weeks: RETENTION_WEEKS,
  });
}

/** Cards due on each of the next 30 study days (cards due later are left out before any time zone work). */
export async function fetchForecast(s: ProgressScope): Promise<ForecastDay[]> {
  const until = s.now.getTime() + (FORECAST_DAYS + 1) * DAY_MS;
  const dues = (await cardStates(s)).map((r) => r.due).filter((d) => d.getTime() < until);
  return dueForecast({ dues, today: s.today, timeZone: s.settings.timeZone, rolloverHour: s.settings.rolloverHour, length: FORECAST_DAYS });
}

export async function fetchTopicMastery(s: ProgressScope): Promise<TopicMastery[]> {
  const [{ topics, cards }, states] = await Promise.all([contentRows(s.db), cardStates(s)]);
  return topicMastery({ topics: topics.map((t) => ({ id: t.id, title: s.locale === "ko" ? t.titleKo : t.titleEn })), cards, states });
}

/** Drills mastered, judged by each drill's latest attempt of the last year (DrillAttempt by [userId, createdAt]). */
export async function fetchDrillsMastered(s: ProgressScope): Promise<{ scenario: DrillMastery; interview: DrillMastery }> {
  const since = new Date(s.now.getTime() - 365 * DAY_MS);
  const [cards, attempts] = await Promise.all([
    liveCards(s),
    s.db.drillAttempt.findMany({ where: { userId: s.userId, createdAt: { gte: since } }, select: { cardId: true, score: true, createdAt: true } }),
  ]);
  return drillsMastered({ cards, attempts });
}

/** The misconceptions behind the last 90 days' Again ratings of cards already seen. */
export async function fetchMostForgotten(s: ProgressScope): Promise<ForgottenConcept[]> {
  const since = s.now.getTime() - FORGOTTEN_DAYS * DAY_MS;
  const [cards, ratings] = await Promise.all([liveCards(s), recentRatings(s)]);
  const again = new Map<string, number>();
  for (const r of ratings) if (r.rating === 1 && r.reviewedAt.getTime() >= since) again.set(r.cardId, (again.get(r.cardId) ?? 0) + 1);
  return mostForgotten({
    again: [...again].map(([cardId, count]) => ({ cardId, count })),
    misconceptionsOf: new Map(cards.map((c) => [c.id, splitMisconceptions(c.misconceptions)])),
    labels: misconceptionLabels(s.locale),
  });
}

/** Readiness over the latest mock interviews (MockInterview by [userId, finishedAt]). */
export async function fetchMockHistory(s: ProgressScope): Promise<MockHistory> {
  const [{ topics }, rows] = await Promise.all([
    contentRows(s.db),
    s.db.mockInterview.findMany({
      where: { userId: s.userId },
      orderBy: [{ finishedAt: "desc" }, { id: "desc" }],
      take: MOCK_HISTORY_SESSIONS,
      select: { finishedAt: true, result: true },
    }),
  ]);
  // A result the schema refuses (none the app writes) is left out rather than break the page.
  const sessions = rows.flatMap((r): MockSessionRow[] => {
    const read = readMockResult(r.result);
    return read.ok ? [{ finishedAt: r.finishedAt, result: read.result }] : [];
  });
  return mockHistory({
    sessions,
    topics: topics.map((t) => ({ id: t.id, title: s.locale === "ko" ? t.titleKo : t.titleEn })),
    timeZone: s.settings.timeZone,
    rolloverHour: s.settings.rolloverHour,
  });
}

/** Every figure of the progress page for one user, read in parallel. */
export async function fetchProgress(s: ProgressScope): Promise<Progress> {
  const [streak, counts, heatmap, perDay, retention, forecast, mastery, drills, forgotten, mocks, days, states] = await Promise.all([
    fetchStreak(s),
    fetchTodayCounts(s),
    fetchHeatmap(s),
    fetchReviewsPerDay(s),
    fetchRetention(s),
    fetchForecast(s),
    fetchTopicMastery(s),
    fetchDrillsMastered(s),
    fetchMostForgotten(s),
    fetchMockHistory(s),
    dailyStats(s),
    cardStates(s),
  ]);
  const started = days.some((d) => d.reviews + d.drills > 0) || states.length > 0;
  return { today: s.today, streak, counts, heatmap, perDay, retention, forecast, mastery, drills, forgotten, mocks, started };
}
