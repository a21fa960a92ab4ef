import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContentErrors } from "@/app/_domain/content";
import { importContent } from "@/app/_server/content/import-content";
import { readContent } from "@/app/_server/content/read-content";
import type { Db } from "@/app/_server/db/client";
import { freshDb, provider } from "./db";

let db: Db;
let dir: string;
const root = path.resolve(import.meta.dirname, "..");

beforeAll(async () => {
  ({ db } = await freshDb());
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), "content-")), "content");
  cpSync(path.join(root, "content"), dir, { recursive: true });
});
afterAll(() => db.$disconnect());

const snapshot = () => db.card.findMany({ orderBy: { id: "asc" }, omit: { updatedAt: true } });

describe(`content import on ${provider}`, () => {
  it("imports everything once; a second import changes nothing", async () => {
    const content = readContent(dir);
    const first = await importContent(db, content);
    expect(first.created).toBe(content.cards.length);
    const before = await snapshot();
    const second = await importContent(db, content);
    expect(second).toMatchObject({ created: 0, updated: 0, retired: 0, unchanged: content.cards.length });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the id and the learner's history when a card's text is corrected", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    await db.cardState.create({
      data: {
        userId: user.id,
        cardId: "hs3-step1",
        due: new Date(),
        stability: 3,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 3,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
      },
    });
    const file = path.join(dir, "three-way-handshake.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("Step 1 of the 3-way handshake", "First step of the 3-way handshake"));
    const s = await importContent(db, readContent(dir));
    expect(s.updated).toBe(1);
    const card = await db.card.findUniqueOrThrow({ where: { id: "hs3-step1" } });
    expect((JSON.parse(card.bodyEn) as { prompt: string }).prompt).toMatch(/^First step/);
    expect(await db.cardState.count({ where: { userId: user.id, cardId: "hs3-step1" } })).toBe(1);
  });

  it("retires a removed card without deleting it or its history, and restores it when it returns", async () => {
    const user = await db.user.create({ data: { isGuest: true } });
    await db.reviewLog.create({
      data: {
        id: randomUUID(),
        userId: user.id,
        cardId: "flag-urg",
        rating: 3,
        state: 0,
        due: new Date(),
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        lastElapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reviewedAt: new Date(),
        durationMs: 1,
      },
    });
    const file = path.join(dir, "flags.md");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace(/## basic flag-urg\n[\s\S]*?(?=\n## )/, ""));
    expect((await importContent(db, readContent(dir))).retired).toBe(1);
    expect((await db.card.findUniqueOrThrow({ where: { id: "flag-urg" } })).retiredAt).not.toBeNull();
    expect(await db.reviewLog.count({ where: { cardId: "flag-urg" } })).toBe(1);
    writeFileSync(file, original);
    expect((await importContent(db, readContent(dir))).restored).toBe(1);
    expect((await db.card.findUniqueOrThrow({ where: { id: "flag-urg" } })).retiredAt).toBeNull();
  });

  it("a broken file stops the import before anything is written", async () => {
    const before = await snapshot();
    const file = path.join(dir, "states.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("## basic state-closed", "## basic state-closed extra-word"));
    writeFileSync(
      path.join(dir, "tcp-basics.md"),
      readFileSync(path.join(dir, "tcp-basics.md"), "utf8").replace("Which layer is TCP in", "Which LAYER is TCP in"),
    );
    expect(() => readContent(dir)).toThrow(ContentErrors);
    expect(() => readContent(dir)).toThrow(/states.md:\d+: card state-closed: the heading must be/);
    expect(await snapshot()).toEqual(before);
  });
});
