import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import type { Db } from "@/app/_server/db/client";
import { reviewWriter } from "@/app/_server/study/review-writer";
import { defaultSettings } from "@/app/_domain/scheduling";
import { freshDb } from "./db";

// The SQLite writer thread itself: only the SQLite pass runs this file (vitest.config.ts).
let db: Db;
let file: string;
const CARDS = Array.from({ length: 20 }, (_, i) => `w-${i}`);

beforeAll(async () => {
  let config: DatabaseConfig;
  ({ db, config } = await freshDb());
  file = (config as { file: string }).file;
  await db.topic.create({ data: { id: "t", position: 0, titleKo: "t", titleEn: "t" } });
  await db.card.createMany({ data: CARDS.map((id, i) => ({ id, topicId: "t", kind: "basic", position: i, bodyKo: "{}", bodyEn: "{}", contentHash: "h" })) });
});
// Undefined when beforeAll failed.
afterAll(() => (db as Db | undefined)?.$disconnect());

describe("the SQLite review writer", () => {
  it("a poisoned batch: ratings that fail (year-0000 dates, a zone the scheduler refuses) fail alone, all 400 innocent ones commit", async () => {
    const users = await Promise.all(Array.from({ length: 40 }, () => db.user.create({ data: { isGuest: true } })));
    const poisoner = await db.user.create({ data: { isGuest: true } });
    const writer = reviewWriter(file);
    const now = new Date();
    const innocent = (i: number) =>
      writer.record({
        userId: users[i % 40]!.id,
        input: { id: randomUUID(), cardId: CARDS[i % CARDS.length]!, rating: 3, reviewedAt: now, durationMs: 1000, cram: false },
        settings: defaultSettings,
        now,
      });
    const poisoned = (i: number) =>
      i % 2
        ? writer.record({
            userId: poisoner.id,
            input: { id: randomUUID(), cardId: CARDS[0]!, rating: 3, reviewedAt: new Date("0000-01-01T00:00:00Z"), durationMs: 0, cram: false },
            settings: defaultSettings,
            now,
          })
        : writer.record({
            userId: poisoner.id,
            input: { id: randomUUID(), cardId: CARDS[1]!, rating: 3, reviewedAt: now, durationMs: 0, cram: false },
            settings: { ...defaultSettings, timeZone: "Not/AZone" },
            now,
          });
    // Sent together, so they share the writer's batches: every tenth job is poisoned.
    const jobs: { poisoned: boolean; outcome: Promise<unknown> }[] = [];
    for (let i = 0; i < 440; i++) jobs.push(i % 11 === 10 ? { poisoned: true, outcome: poisoned(i) } : { poisoned: false, outcome: innocent(i) });
    const settled = await Promise.allSettled(jobs.map((j) => j.outcome));

    const innocentOutcomes = settled.filter((_, i) => !jobs[i]!.poisoned);
    expect(innocentOutcomes).toHaveLength(400);
    expect(innocentOutcomes.filter((s) => s.status === "rejected")).toEqual([]);
    const poisonOutcomes = settled.filter((_, i) => jobs[i]!.poisoned);
    for (const s of poisonOutcomes) expect(s).toMatchObject({ status: "rejected", reason: { status: 400, code: "unrecordable" } });
    expect(await db.reviewLog.count({ where: { userId: { in: users.map((u) => u.id) } } })).toBe(400);
    expect(await db.reviewLog.count({ where: { userId: poisoner.id } })).toBe(0);
  });

  // Next bundles the database client into several chunks, each with its own module state; the
  // client made in one chunk (say, by a sign-up) is the one every other chunk uses.
  it("ratings take the writer thread even when another copy of the modules made the client", async () => {
    vi.resetModules();
    const clientA = await import("@/app/_server/db/client");
    const dbA = clientA.createDb({ provider: "sqlite", file });
    vi.resetModules();
    const { recordReview } = await import("@/app/_server/study/record-review");
    const writerB = (await import("@/app/_server/study/review-writer")).reviewWriter(file);
    const user = await db.user.create({ data: { isGuest: true } });
    const transactions = vi.spyOn(dbA, "$transaction");
    const before = writerB.handedOver;
    const now = new Date();
    for (let i = 0; i < 3; i++) {
      await recordReview(dbA, user.id, { id: randomUUID(), cardId: CARDS[i]!, rating: 3, reviewedAt: now, durationMs: 0, cram: false }, defaultSettings, now);
    }
    expect(writerB.handedOver - before).toBe(3);
    expect(transactions).not.toHaveBeenCalled();
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(3);
    await dbA.$disconnect();
  });
});
