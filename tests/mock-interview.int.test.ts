import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readContent } from "@/app/_server/content/read-content";
import { importContent } from "@/app/_server/content/import-content";
import type { Db } from "@/app/_server/db/client";
import { finishMock } from "@/app/_server/mock/finish-mock";
import { mockFinishSchema } from "@/app/_server/mock/input";
import { fetchInterviewPrompts } from "@/app/_server/queries/interview-prompts";
import { fetchMockPool, type MockQuestion } from "@/app/_server/queries/mock-pool";
import { recordReview } from "@/app/_server/study/record-review";
import { fetchRemedialCards, REMEDIAL_MAX } from "@/app/_server/study/remedial";
import { fetchStudySession } from "@/app/_server/study/session";
import { defaultSettings } from "@/app/_domain/scheduling";
import { freshDb, provider } from "./db";

let db: Db;
let pool: MockQuestion[];
beforeAll(async () => {
  ({ db } = await freshDb());
  await importContent(db, readContent());
  pool = await fetchMockPool("en", db);
});
afterAll(() => db.$disconnect());

const now = new Date("2026-06-03T10:00:00Z");
function session(answers: { itemId: string; answer: string; selfRating?: 1 | 2 | 3; followUpOf?: string }[]) {
  return mockFinishSchema.parse({ id: randomUUID(), locale: "en", answers: answers.map((a) => ({ reviewId: randomUUID(), durationMs: 20_000, ...a })) });
}

describe(`mock interviews on ${provider}`, () => {
  it("the pool holds interview prompts with their concept, recall cards and recitable scenarios", () => {
    const threeWay = pool.find((q) => q.id === "iv-three-way");
    expect(threeWay).toMatchObject({ kind: "interview", topic: "three-way-handshake", followUp: "iv-why-not-two-way" });
    expect(pool.find((q) => q.id === "sim-three-way-handshake")).toMatchObject({
      kind: "scenario",
      topic: "three-way-handshake",
      segments: ["SYN", "SYN+ACK", "ACK"],
    });
    expect(pool.filter((q) => q.kind === "card").length).toBeGreaterThan(5);
    // The scenario cards that name a concept, and only those: a scenario with data stays in the simulator.
    const scenarios = Object.fromEntries(pool.filter((q) => q.kind === "scenario").map((q) => [q.id, q.topic]));
    expect(scenarios).toEqual(
      Object.fromEntries(
        readContent()
          .cards.filter((c) => c.meta.concept)
          .map((c) => [c.id, c.meta.concept]),
      ),
    );
    expect(scenarios).toMatchObject({ "sim-lost-syn": "handshake-loss", "sim-time-wait-reopen": "time-wait" });
    expect(scenarios).not.toHaveProperty("sim-half-close");
  });

  it("lists every interview prompt of the content, the new topics' prompts too, on the practice page and in the mock pool", async () => {
    const ids = readContent()
      .cards.filter((c) => c.kind === "interview")
      .map((c) => c.id);
    const added = {
      "iv-time-wait-buildup": "time-wait-in-practice",
      "iv-close-wait-leak": "close-wait-leak",
      "iv-fin-wait-2-stuck": "fin-wait-2-stuck",
      "iv-keepalive": "keepalive",
      "iv-handshake-loss": "handshake-loss",
      "iv-syn-flood": "syn-flood",
      "iv-rst-vs-fin": "rst-vs-fin",
      "iv-syn-options": "syn-options",
      "iv-tcp-vs-udp": "tcp-vs-udp",
    };
    for (const locale of ["ko", "en"] as const) {
      const listed = await fetchInterviewPrompts(locale, db);
      expect(listed.map((p) => p.id).sort()).toEqual([...ids].sort());
      for (const id of Object.keys(added)) expect(listed.find((p) => p.id === id)?.prompt.length, `${id} (${locale})`).toBeGreaterThan(10);
    }
    // In a mock interview each counts toward its own topic's readiness.
    for (const [id, topic] of Object.entries(added))
      expect(
        pool.find((q) => q.id === id),
        id,
      ).toMatchObject({ kind: "interview", topic });
    expect(pool.find((q) => q.id === "iv-close-wait-leak")?.misconceptions).toEqual(
      expect.arrayContaining(["close-wait-times-out", "close-wait-fixed-by-sysctl"]),
    );
  });

  it("reveals a new topic's misconception from the learner's own words", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    const answer = "CLOSE_WAIT is basically the same as TIME_WAIT; the kernel cleans CLOSE_WAIT up automatically after a while.";
    const summary = await finishMock(db, user.id, session([{ itemId: "iv-close-wait-leak", answer }]), pool, now);
    expect(summary.status).toBe("recorded");
    expect(summary.answers[0]!.score).toBeLessThan(0.5);
    expect(summary.misconceptions.sort()).toEqual(["close-wait-equals-time-wait", "close-wait-times-out"]);
    expect(summary.readiness.map((r) => r.topic)).toEqual(["close-wait-leak"]);
  });

  it("grades again on the server, schedules every answer once, stores readiness and misconceptions, and brings remedial cards first", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    const other = await db.user.create({ data: { isGuest: true } });
    const card = pool.find((q) => q.kind === "card")!;
    const input = session([
      { itemId: "iv-three-way", answer: "The client sends SYN and the server enters SYN_SENT." },
      { itemId: "iv-why-not-two-way", answer: "An old delayed SYN could open a connection.", followUpOf: "iv-three-way" },
      { itemId: "sim-three-way-handshake", answer: "SYN → SYN-ACK → ACK" },
      { itemId: card.id, answer: "", selfRating: 3 },
    ]);
    const summary = await finishMock(db, user.id, input, pool, now);
    expect(summary.status).toBe("recorded");
    expect(summary.answers.find((a) => a.itemId === "sim-three-way-handshake")?.score).toBe(1);
    expect(summary.answers.find((a) => a.itemId === "iv-three-way")?.score).toBeLessThan(0.5);
    expect(summary.misconceptions).toEqual(["server-enters-syn-sent"]);
    // Each with the learner's own words; the follow-up that merely tests two-way-enough reveals nothing.
    expect(summary.quotes).toEqual([
      { misconception: "server-enters-syn-sent", quote: "The client sends SYN and the server enters SYN_SENT.", itemId: "iv-three-way" },
    ]);
    expect(summary.readiness.map((r) => r.topic)).toContain("three-way-handshake");
    expect(summary.readiness[0]!.score).toBeLessThanOrEqual(summary.readiness.at(-1)!.score);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(4);

    // A retry changes nothing; another user cannot reuse the session id.
    expect((await finishMock(db, user.id, input, pool, now)).status).toBe("duplicate");
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(4);
    expect(await db.mockInterview.count({ where: { userId: user.id } })).toBe(1);
    await expect(finishMock(db, other.id, input, pool, now)).rejects.toMatchObject({ status: 409 });
    expect(await db.reviewLog.count({ where: { userId: other.id } })).toBe(0);

    // The next study session opens with the cards that teach the revealed misconception.
    const later = new Date(now.getTime() + 60_000);
    const next = await fetchStudySession(db, user.id, defaultSettings, { cram: false, now: later, locale: "en" });
    const teaches = (c: { misconceptions: string }) => c.misconceptions.split(" ").some((m) => summary.misconceptions.includes(m));
    const remedial = (await db.card.findMany({ where: { kind: { notIn: ["scenario", "interview"] }, retiredAt: null } })).filter(teaches).map((c) => c.id);
    const k = Math.min(remedial.length, REMEDIAL_MAX);
    expect(k).toBeGreaterThan(0);
    const first = next.cards.slice(0, k).map((c) => c.id);
    for (const id of first) expect(remedial).toContain(id);
    // Once reviewed after the mock, a card is no longer remedial; nobody else's session changes.
    const where = { retiredAt: null, kind: { notIn: ["scenario", "interview"] } };
    for (const id of first)
      await recordReview(db, user.id, { id: randomUUID(), cardId: id, rating: 3, reviewedAt: later, durationMs: 1000, cram: false }, defaultSettings, later);
    const still = (await fetchRemedialCards(db, user.id, where, later)).map((r) => r.card.id);
    for (const id of first) expect(still).not.toContain(id);
    expect(still.length).toBe(Math.min(remedial.length - k, REMEDIAL_MAX));
    expect(await fetchRemedialCards(db, other.id, where, later)).toEqual([]);
  });

  it("an unknown question stores nothing", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    await expect(finishMock(db, user.id, session([{ itemId: "no-such-card", answer: "x" }]), pool, now)).rejects.toMatchObject({ status: 400 });
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.mockInterview.count({ where: { userId: user.id } })).toBe(0);
  });
});
