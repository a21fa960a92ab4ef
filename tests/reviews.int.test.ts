import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newMemoryState, review, defaultSettings, schedulerSettingsOf } from "@/app/_domain/scheduling";
import type { Db } from "@/app/_server/db/client";
import { StudyError } from "@/app/_server/study/errors";
import { recordReview, undoReview } from "@/app/_server/study/record-review";
import { memoryStateOf } from "@/app/_domain/scheduling";
import { freshDb, provider } from "./db";

let db: Db;
const T0 = new Date("2026-03-01T09:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function seedCards(ids: string[]) {
  await db.topic.upsert({ where: { id: "t" }, create: { id: "t", position: 0, titleKo: "주제", titleEn: "Topic" }, update: {} });
  for (const [i, id] of ids.entries()) {
    await db.card.upsert({ where: { id }, create: { id, topicId: "t", kind: "basic", position: i, bodyKo: "{}", bodyEn: "{}", contentHash: "h" }, update: {} });
  }
}

async function newUser() {
  return (await db.user.create({ data: { isGuest: true } })).id;
}

const rate = (userId: string, cardId: string, rating: 1 | 2 | 3 | 4, at: Date, id: string = randomUUID()) =>
  recordReview(db, userId, { id, cardId, rating, reviewedAt: at, durationMs: 1000, cram: false }, defaultSettings, at);

beforeAll(async () => {
  ({ db } = await freshDb());
  await seedCards(["c1", "c2", "c3", "retired"]);
  await db.card.update({ where: { id: "retired" }, data: { retiredAt: T0 } });
});
afterAll(() => db.$disconnect());

describe(`reviews on ${provider}`, () => {
  it("160 concurrent ratings of one card are applied one after another: reps = 160, no lost update", async () => {
    const user = await newUser();
    const results = await Promise.allSettled(Array.from({ length: 160 }, () => rate(user, "c3", 3, T0)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const state = await db.cardState.findUnique({ where: { userId_cardId: { userId: user, cardId: "c3" } } });
    expect(state?.reps).toBe(160);
    expect(await db.reviewLog.count({ where: { userId: user } })).toBe(160);
    // Each rating was computed from the state the one before it left.
    const logs = await db.reviewLog.findMany({ where: { userId: user }, select: { previous: true } });
    expect(logs.filter((l) => l.previous === null)).toHaveLength(1);
  }, 120_000);

  it("records a rating once; a replay of the same id changes nothing", async () => {
    const user = await newUser();
    const id = randomUUID();
    const first = await rate(user, "c1", 3, T0, id);
    expect(first.status).toBe("recorded");
    const again = await rate(user, "c1", 3, minutes(1), id);
    expect(again.status).toBe("duplicate");
    expect(await db.reviewLog.count({ where: { userId: user } })).toBe(1);
    expect((await db.dailyStat.findFirst({ where: { userId: user } }))?.reviews).toBe(1);
  });

  it("concurrent copies of one rating are recorded once", async () => {
    const user = await newUser();
    const id = randomUUID();
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => rate(user, "c2", 3, T0, id)));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await db.reviewLog.count({ where: { userId: user } })).toBe(1);
  });

  it("ratings sent together all commit, except a refused one, which changes nothing", async () => {
    const user = await newUser();
    const shared = randomUUID();
    const results = await Promise.allSettled([
      rate(user, "c1", 3, T0),
      rate(user, "no-such-card", 3, T0),
      rate(user, "c2", 1, T0, shared),
      rate(user, "c2", 1, T0, shared),
      rate(user, "c3", 4, T0),
    ]);
    const [c1, unknown, copyA, copyB, c3] = results.map((r) =>
      r.status === "fulfilled" ? r.value.status : `${(r.reason as StudyError).status} ${(r.reason as StudyError).code}`,
    );
    expect([c1, unknown, c3]).toEqual(["recorded", "404 unknown_card", "recorded"]);
    expect([copyA, copyB].sort()).toEqual(["duplicate", "recorded"]);
    const logs = await db.reviewLog.findMany({ where: { userId: user }, select: { cardId: true, rating: true } });
    expect(logs.map((l) => `${l.cardId}:${l.rating}`).sort()).toEqual(["c1:3", "c2:1", "c3:4"]);
    expect(await db.cardState.count({ where: { userId: user } })).toBe(3);
    expect((await db.dailyStat.findFirst({ where: { userId: user } }))?.reviews).toBe(3);
  });

  it("refuses another user's review id, an unknown or retired card and a future time, changing nothing", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const id = randomUUID();
    await rate(alice, "c1", 3, T0, id);
    await expect(rate(bob, "c1", 3, T0, id)).rejects.toMatchObject({ status: 409 });
    await expect(rate(bob, "nope", 3, T0)).rejects.toMatchObject({ status: 404 });
    await expect(rate(bob, "retired", 3, T0)).rejects.toMatchObject({ status: 404 });
    const future = new Date(T0.getTime() + 60 * 60_000);
    await expect(
      recordReview(db, bob, { id: randomUUID(), cardId: "c1", rating: 3, reviewedAt: future, durationMs: 0, cram: false }, defaultSettings, T0),
    ).rejects.toBeInstanceOf(StudyError);
    expect(await db.reviewLog.count({ where: { userId: bob } })).toBe(0);
    expect(await db.cardState.count({ where: { userId: bob } })).toBe(0);
  });

  it("undo restores the previous state exactly and keeps the log row, marked undone", async () => {
    const user = await newUser();
    await rate(user, "c1", 3, T0);
    const before = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user, cardId: "c1" } } });
    const id = randomUUID();
    await rate(user, "c1", 1, minutes(15), id);
    expect(await undoReview(db, user, id, defaultSettings, minutes(16))).toMatchObject({ status: "undone" });
    const after = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user, cardId: "c1" } } });
    expect(memoryStateOf(after)).toEqual(memoryStateOf(before));
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id } })).undoneAt).not.toBeNull();
    expect(await undoReview(db, user, id, defaultSettings, minutes(17))).toMatchObject({ status: "already_undone" });
  });

  it("undo of someone else's review is refused as unknown", async () => {
    const alice = await newUser();
    const bob = await newUser();
    const id = randomUUID();
    await rate(alice, "c3", 3, T0, id);
    await expect(undoReview(db, bob, id, defaultSettings, minutes(1))).rejects.toMatchObject({ status: 404 });
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id } })).undoneAt).toBeNull();
  });

  it("cram reviews are logged but leave the schedule alone", async () => {
    const user = await newUser();
    await rate(user, "c1", 3, T0);
    const before = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user, cardId: "c1" } } });
    await recordReview(db, user, { id: randomUUID(), cardId: "c1", rating: 1, reviewedAt: minutes(5), durationMs: 0, cram: true }, defaultSettings, minutes(5));
    const after = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user, cardId: "c1" } } });
    expect(memoryStateOf(after)).toEqual(memoryStateOf(before));
    expect(await db.reviewLog.count({ where: { userId: user } })).toBe(2);
  });

  it("random interleavings of submit, retry and undo keep log and state in agreement", async () => {
    type Op = { kind: "submit"; card: number; rating: 1 | 2 | 3 | 4 } | { kind: "retry" } | { kind: "undo" };
    const op = fc.oneof(
      fc.record({ kind: fc.constant("submit" as const), card: fc.integer({ min: 0, max: 2 }), rating: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4) }),
      fc.record({ kind: fc.constant("retry" as const) }),
      fc.record({ kind: fc.constant("undo" as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops: Op[]) => {
        const user = await newUser();
        const cards = ["c1", "c2", "c3"];
        const sent: { id: string; cardId: string; rating: 1 | 2 | 3 | 4; at: Date }[] = [];
        let clock = 0;
        for (const o of ops) {
          clock += 7;
          if (o.kind === "submit") {
            const s = { id: randomUUID(), cardId: cards[o.card]!, rating: o.rating, at: minutes(clock) };
            sent.push(s);
            await rate(user, s.cardId, s.rating, s.at, s.id);
          } else if (o.kind === "retry" && sent.length) {
            const s = sent[sent.length - 1]!;
            expect((await rate(user, s.cardId, s.rating, s.at, s.id)).status).toBe("duplicate");
          } else if (o.kind === "undo" && sent.length) {
            const s = sent[sent.length - 1]!;
            await undoReview(db, user, s.id, defaultSettings, minutes(clock));
          }
        }
        // The stored state of every card equals a replay of its live log rows.
        const logs = await db.reviewLog.findMany({ where: { userId: user, undoneAt: null, cram: false }, orderBy: { reviewedAt: "asc" } });
        expect(await db.reviewLog.count({ where: { userId: user } })).toBe(new Set(sent.map((s) => s.id)).size);
        for (const cardId of cards) {
          const live = logs.filter((l) => l.cardId === cardId);
          const row = await db.cardState.findUnique({ where: { userId_cardId: { userId: user, cardId } } });
          if (live.length === 0) {
            expect(row).toBeNull();
            continue;
          }
          let state = newMemoryState(live[0]!.reviewedAt);
          for (const l of live) state = review(state, l.rating as 1 | 2 | 3 | 4, l.reviewedAt, schedulerSettingsOf(defaultSettings)).next;
          expect(memoryStateOf(row!)).toEqual(state);
        }
        const stats = await db.dailyStat.findMany({ where: { userId: user } });
        expect(stats.reduce((n, s) => n + s.reviews, 0)).toBe(logs.length);
      }),
      { numRuns: provider === "sqlite" ? 40 : 15 },
    );
  });
});
