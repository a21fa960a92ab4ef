import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findScenario, grade, referenceRun } from "@/app/_domain/tcp";
import { readContent } from "@/app/_server/content/read-content";
import { importContent } from "@/app/_server/content/import-content";
import type { Db } from "@/app/_server/db/client";
import { randomUUID } from "node:crypto";
import { gradeAnswer } from "@/app/_domain/interview";
import { fetchDrillStatus, fetchDueDrillCounts } from "@/app/_server/queries/drill-status";
import { fetchInterviewPrompt, fetchInterviewPrompts } from "@/app/_server/queries/interview-prompts";
import { saveDrillAttempt } from "@/app/_server/study/drill-attempt";
import { freshDb, provider } from "./db";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
  await importContent(db, readContent());
});
afterAll(() => db.$disconnect());

describe(`graded simulator attempts on ${provider}`, () => {
  it("are stored for their owner and schedule the scenario's card from the score", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    const other = await db.user.create({ data: { isGuest: true } });
    const now = new Date("2026-06-01T10:00:00Z");
    const answer = referenceRun("three-way-handshake", { clientIsn: 1, serverIsn: 2 });
    const result = grade(findScenario("three-way-handshake")!, answer);
    expect(await saveDrillAttempt(db, user.id, { cardId: "sim-three-way-handshake", kind: "simulator", score: result.score, answer, result }, now)).toEqual({
      id: expect.any(String),
      status: "recorded",
    });

    const attempt = await db.drillAttempt.findFirstOrThrow({ where: { userId: user.id } });
    expect(attempt).toMatchObject({ cardId: "sim-three-way-handshake", kind: "simulator", score: 1 });
    const log = await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } });
    expect(log.rating).toBe(3);
    const state = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: "sim-three-way-handshake" } } });
    expect(state.due.getTime()).toBeGreaterThan(now.getTime());
    expect(await db.dailyStat.findUniqueOrThrow({ where: { userId_day: { userId: user.id, day: "2026-06-01" } } })).toMatchObject({ reviews: 1, drills: 1 });
    expect(await db.drillAttempt.count({ where: { userId: other.id } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: other.id } })).toBe(0);
  });

  it("a failed attempt is an Again", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    await saveDrillAttempt(
      db,
      user.id,
      { cardId: "sim-four-way-close", kind: "simulator", score: 0.4, answer: [], result: {} },
      new Date("2026-06-01T10:00:00Z"),
    );
    expect((await db.reviewLog.findFirstOrThrow({ where: { userId: user.id } })).rating).toBe(1);
  });

  /** A guest whose rating of sim-four-way-close yesterday has the id an attempt then reuses. */
  async function ratedYesterday() {
    const user = await db.user.create({ data: { isGuest: true } });
    const id = randomUUID();
    const { recordReview } = await import("@/app/_server/study/record-review");
    const { defaultSettings } = await import("@/app/_domain/scheduling");
    const yesterday = new Date("2026-05-31T10:00:00Z");
    await recordReview(
      db,
      user.id,
      { id, cardId: "sim-four-way-close", rating: 3, reviewedAt: yesterday, durationMs: 0, cram: false },
      defaultSettings,
      yesterday,
    );
    return { user, id };
  }

  it("an attempt reusing the id of an older rating of another card is 400 and stores nothing (was P2025, a 500)", async () => {
    const { user, id } = await ratedYesterday();
    const attempt = saveDrillAttempt(
      db,
      user.id,
      { id, cardId: "sim-three-way-handshake", kind: "simulator", score: 1, answer: [], result: {} },
      new Date("2026-06-01T10:00:00Z"),
    );
    await expect(attempt).rejects.toMatchObject({ status: 400, code: "id_reused", message: expect.stringContaining(id) });
    expect(await db.drillAttempt.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
  });

  it("a retry on a later day of an attempt whose rating was saved finishes it (no day row yet)", async () => {
    const { user, id } = await ratedYesterday();
    expect(
      await saveDrillAttempt(
        db,
        user.id,
        { id, cardId: "sim-four-way-close", kind: "simulator", score: 1, answer: [], result: {} },
        new Date("2026-06-01T10:00:00Z"),
      ),
    ).toEqual({ id, status: "recorded" });
    expect(await db.dailyStat.findUniqueOrThrow({ where: { userId_day: { userId: user.id, day: "2026-06-01" } } })).toMatchObject({ drills: 1 });
  });

  it("an unknown card stores nothing", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    expect(await saveDrillAttempt(db, user.id, { cardId: "sim-nope", kind: "simulator", score: 1, answer: [], result: {} }, new Date())).toBeNull();
    expect(await db.drillAttempt.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe(`interview attempts on ${provider}`, () => {
  it("lists every prompt with its time limits and reads one with its rubric and model answers", async () => {
    const prompts = await fetchInterviewPrompts("en", db);
    expect(prompts.map((p) => p.id)).toContain("iv-three-way");
    expect(prompts.length).toBeGreaterThanOrEqual(8);
    expect(prompts.find((p) => p.id === "iv-three-way")).toMatchObject({ prompt: "Explain the 3-way handshake.", seconds: { short: 30, detailed: 120 } });
    const one = await fetchInterviewPrompt("iv-three-way", "ko", db);
    expect(one?.rubric.points.map((p) => p.id)).toContain("syn-ack");
    expect(one?.modelShortHtml).toContain("SYN");
    expect(await fetchInterviewPrompt("card-that-is-not-an-interview-prompt", "ko", db)).toBeNull();
  });

  it("are stored once per client id with the learner's own rating, and another user cannot reuse the id", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    const other = await db.user.create({ data: { isGuest: true } });
    const prompt = (await fetchInterviewPrompt("iv-why-time-wait", "en", db))!;
    const grade = gradeAnswer(prompt.rubric, "It waits 2MSL.", "en");
    const id = randomUUID();
    const now = new Date("2026-06-02T10:00:00Z");
    const input = {
      id,
      cardId: prompt.id,
      kind: "interview" as const,
      score: grade.score,
      rating: 3 as const,
      answer: { text: "It waits 2MSL." },
      result: grade,
    };
    expect(await saveDrillAttempt(db, user.id, input, now)).toEqual({ id, status: "recorded" });
    expect(await saveDrillAttempt(db, user.id, input, now)).toEqual({ id, status: "duplicate" });
    expect(await db.drillAttempt.count({ where: { userId: user.id } })).toBe(1);
    const logs = await db.reviewLog.findMany({ where: { userId: user.id } });
    // Overruled: the grader said Again (0.25), the learner chose Good.
    expect(logs.map((l) => [l.id, l.rating])).toEqual([[id, 3]]);
    expect(await db.dailyStat.findUniqueOrThrow({ where: { userId_day: { userId: user.id, day: "2026-06-02" } } })).toMatchObject({ reviews: 1, drills: 1 });

    await expect(saveDrillAttempt(db, other.id, input, now)).rejects.toMatchObject({ status: 409 });
    expect(await db.drillAttempt.count({ where: { userId: other.id } })).toBe(0);
    expect(await db.reviewLog.count({ where: { userId: other.id } })).toBe(0);
  });
});

describe(`drill status on ${provider}`, () => {
  it("shows the caller's own schedule and latest score per drill, due once its day comes, and nobody else's", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    const other = await db.user.create({ data: { isGuest: true } });
    const now = new Date("2026-06-05T10:00:00Z");
    const prompt = (await fetchInterviewPrompt("iv-half-close", "en", db))!;
    const grade = gradeAnswer(prompt.rubric, "One side stops sending but can still receive.", "en");
    await saveDrillAttempt(db, user.id, { id: randomUUID(), cardId: prompt.id, kind: "interview", score: grade.score, answer: {}, result: grade }, now);
    const status = await fetchDrillStatus(user.id, "interview", now, db);
    expect(status.get("iv-half-close")).toMatchObject({ due: false, lastScore: grade.score });
    const later = new Date(now.getTime() + 60 * 86_400_000);
    expect((await fetchDrillStatus(user.id, "interview", later, db)).get("iv-half-close")?.due).toBe(true);
    expect(await fetchDueDrillCounts(user.id, later, db)).toEqual({ scenario: 0, interview: 1 });
    expect((await fetchDrillStatus(other.id, "interview", later, db)).size).toBe(0);
    expect(await fetchDueDrillCounts(other.id, later, db)).toEqual({ scenario: 0, interview: 0 });
  });
});
