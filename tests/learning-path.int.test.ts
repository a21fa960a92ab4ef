import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importContent } from "@/app/_server/content/import-content";
import { readContent } from "@/app/_server/content/read-content";
import type { Db } from "@/app/_server/db/client";
import { fetchOfflinePack } from "@/app/_server/study/offline-pack";
import { fetchStudySession } from "@/app/_server/study/session";
import { defaultSettings } from "@/app/_domain/scheduling";
import { freshDb } from "./db";

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDb());
  await importContent(db, readContent());
});
afterAll(async () => {
  await db.$disconnect();
});

const now = new Date("2026-12-01T09:00:00Z");
const topicsOf = async (ids: string[]) => new Set((await db.card.findMany({ where: { id: { in: ids } }, select: { topicId: true } })).map((c) => c.topicId));

describe("new cards follow the learning path", () => {
  it("a fresh account's first 20 new cards include the 3-way handshake, and span many topics", async () => {
    const user = await db.user.create({ data: { isGuest: false, email: "path@example.com" } });
    const session = await fetchStudySession(db, user.id, defaultSettings, { cram: false, now, locale: "en" });
    const ids = session.cards.map((c) => c.id);
    expect(ids).toHaveLength(20);
    const topics = await topicsOf(ids);
    expect(topics).toContain("three-way-handshake");
    expect(topics).toContain("four-way-close");
    expect(topics.size).toBeGreaterThanOrEqual(10);
    // The device's offline copy introduces the same cards in the same order.
    const pack = await fetchOfflinePack(db, user.id, defaultSettings, "en", now);
    expect(pack.cards.map((c) => c.id).slice(0, 20)).toEqual(ids);
  });

  it("topic by topic: the first day stays in the first topics, in content order", async () => {
    const user = await db.user.create({ data: { isGuest: false, email: "blocks@example.com" } });
    const session = await fetchStudySession(db, user.id, { ...defaultSettings, newCardOrder: "by-topic" }, { cram: false, now, locale: "en" });
    expect((await topicsOf(session.cards.map((c) => c.id))).size).toBeLessThanOrEqual(3);
  });
});
