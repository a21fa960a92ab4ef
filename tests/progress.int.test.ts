import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent } from "@/app/_server/content/import-content";
import { readContent } from "@/app/_server/content/read-content";
import type { Db } from "@/app/_server/db/client";
import { fetchProgress, progressScope } from "@/app/_server/queries/progress";
import { saveDrillAttempt } from "@/app/_server/study/drill-attempt";
import { recordReview, undoReview } from "@/app/_server/study/record-review";
import { DRILL_KINDS } from "@/app/_server/study/session";
import { defaultSettings } from "@/app/_domain/scheduling";
import { freshDb, provider } from "./db";

let db: Db;
// 09:00 UTC on Sunday 1 March 2026; the default settings are UTC with a 4 AM rollover.
const T0 = new Date("2026-03-01T09:00:00Z");
const at = (day: number, hour = 9) => new Date(T0.getTime() + day * 86_400_000 + (hour - 9) * 3_600_000);

const rate = (userId: string, cardId: string, rating: 1 | 2 | 3 | 4, when: Date, cram = false) =>
  recordReview(db, userId, { id: randomUUID(), cardId, rating, reviewedAt: when, durationMs: 1000, cram }, defaultSettings, when);

beforeAll(async () => {
  ({ db } = await freshDb());
  await importContent(db, readContent());
});
afterAll(() => db.$disconnect());

describe(`progress figures on ${provider}`, () => {
  it("are computed from the signed-in user's rows only, in their study days", async () => {
    const me = (await db.user.create({ data: { isGuest: true } })).id;
    const other = (await db.user.create({ data: { isGuest: true } })).id;
    const withConcept = await db.card.findFirstOrThrow({
      where: { retiredAt: null, misconceptions: { not: "" }, kind: { notIn: DRILL_KINDS } },
      orderBy: { id: "asc" },
    });
    const plain = await db.card.findFirstOrThrow({ where: { retiredAt: null, kind: "basic", id: { not: withConcept.id } }, orderBy: { id: "asc" } });

    await rate(me, withConcept.id, 4, at(0)); // new → Review
    await rate(me, plain.id, 3, at(1));
    // 02:00 UTC on 4 March is before the 4 AM rollover: it still belongs to 3 March's study day.
    await rate(me, withConcept.id, 1, at(3, 2)); // a lapse of a Review card
    await rate(me, plain.id, 1, at(3, 2));
    await undoReview(db, me, (await db.reviewLog.findFirstOrThrow({ where: { userId: me, cardId: plain.id, rating: 1 } })).id, defaultSettings, at(3, 2));
    await rate(me, plain.id, 3, at(3, 3), true); // cram: no retention, no schedule
    await saveDrillAttempt(db, me, { cardId: "sim-three-way-handshake", kind: "simulator", score: 1, answer: [], result: {} }, at(3, 3));
    // Someone else's busy days must not show.
    for (let i = 0; i < 5; i++) await rate(other, withConcept.id, 1, at(i));

    const now = at(3, 3);
    const p = await fetchProgress(progressScope(db, me, defaultSettings, now, "en"));

    expect(p.today).toBe("2026-03-03");
    expect(p.started).toBe(true);
    // 1, 2 and 3 March; "now" (03:00 on 4 March) is still 3 March's study day.
    expect(p.streak).toMatchObject({ current: 3, longest: 3, todayDone: true, freezesUsed: [] });

    const cell = (day: string) => p.heatmap.find((c) => c.day === day)!;
    expect(p.heatmap).toHaveLength(365);
    // Today: the lapse, the cram rating and the drill's rating; the undone rating was taken back.
    expect(p.heatmap.at(-1)).toMatchObject({ day: "2026-03-03", isToday: true, reviews: 3, level: 4 });
    expect(cell("2026-03-01").level).toBe(2);
    expect(cell("2026-02-28").level).toBe(0);
    expect(p.perDay.at(-1)).toMatchObject({ day: "2026-03-03", reviews: 3 });
    expect(p.perDay.at(-2)).toMatchObject({ day: "2026-03-02", reviews: 1 });

    // One Review-state rating, an Again: retention 0 in the week of Monday 2 March.
    const week = p.retention.find((w) => w.weekStart === "2026-03-02")!;
    expect(week).toMatchObject({ reviews: 1, passed: 0, retention: 0 });
    expect(p.retention.reduce((n, w) => n + w.reviews, 0)).toBe(1);

    const concepts = withConcept.misconceptions.split(" ").filter(Boolean);
    expect(p.forgotten.map((f) => f.id).sort()).toEqual([...concepts].sort());
    expect(p.forgotten[0]).toMatchObject({ forgotten: 1, cards: 1 });
    expect(p.forgotten[0]!.label).not.toBe(p.forgotten[0]!.id);

    expect(p.drills.scenario.mastered).toBe(1);
    expect(p.drills.scenario.total).toBeGreaterThanOrEqual(1);
    expect(p.drills.interview).toMatchObject({ mastered: 0, attempted: 0 });

    const seen = p.mastery.reduce((n, t) => n + t.learning + t.young + t.mature, 0);
    expect(seen).toBe(3); // two flashcards and the scenario
    const states = await db.cardState.findMany({ where: { userId: me } });
    const forecastTotal = p.forecast.reduce((n, d) => n + d.due, 0);
    expect(forecastTotal).toBe(states.filter((s) => s.due.getTime() < now.getTime() + 31 * 86_400_000).length);
    expect(p.forecast[0]!.day).toBe("2026-03-03");
  });

  it("shows the caller's own mock interviews, oldest first, with readiness overall and per topic", async () => {
    const me = (await db.user.create({ data: { isGuest: true } })).id;
    const other = (await db.user.create({ data: { isGuest: true } })).id;
    const store = (userId: string, finishedAt: Date, readiness: { topic: string; score: number; answered: number }[], scores: number[], result?: string) =>
      db.mockInterview.create({
        data: {
          id: randomUUID(),
          userId,
          finishedAt,
          misconceptions: "",
          result:
            result ?? JSON.stringify({ id: randomUUID(), readiness, misconceptions: [], answers: scores.map((score, i) => ({ itemId: `q${i}`, score })) }),
        },
      });
    await store(me, at(2), [{ topic: "time-wait", score: 1, answered: 1 }], [1]);
    await store(
      me,
      at(0),
      [
        { topic: "time-wait", score: 0.25, answered: 2 },
        { topic: "three-way-handshake", score: 1, answered: 1 },
      ],
      [0.5, 0, 1],
    );
    // A result the page cannot read is left out instead of breaking it; someone else's never shows.
    await store(me, at(1), [], [], "{ broken");
    await store(other, at(1), [{ topic: "flags", score: 0, answered: 1 }], [0]);

    const { mocks } = await fetchProgress(progressScope(db, me, defaultSettings, at(3), "en"));
    expect(mocks.sessions.map((m) => [m.day, m.overall, m.answered])).toEqual([
      ["2026-03-01", 0.5, 3],
      ["2026-03-03", 1, 1],
    ]);
    expect(mocks.topics.map((t) => [t.topic, t.points])).toEqual([
      ["three-way-handshake", [{ index: 0, score: 1 }]],
      [
        "time-wait",
        [
          { index: 0, score: 0.25 },
          { index: 1, score: 1 },
        ],
      ],
    ]);
    expect(mocks.topics[0]!.title).toBe((await db.topic.findUniqueOrThrow({ where: { id: "three-way-handshake" } })).titleEn);
  });

  it("a new user has no progress yet", async () => {
    const fresh = (await db.user.create({ data: { isGuest: true } })).id;
    const p = await fetchProgress(progressScope(db, fresh, defaultSettings, T0, "ko"));
    expect(p.started).toBe(false);
    expect(p.streak.current).toBe(0);
    expect(p.heatmap.every((c) => c.level === 0)).toBe(true);
    expect(p.counts.new).toBe(defaultSettings.newPerDay);
    expect(p.forgotten).toEqual([]);
    expect(p.mocks).toEqual({ sessions: [], overall: [], topics: [] });
  });
});
