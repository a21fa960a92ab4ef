import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { studyDay } from "@/app/_domain/scheduling";
import { accountScopedId, ANKI_CLOZE_MODEL_ID, ANKI_MODEL_ID, ANKI_ROOT_DECK, deckIdOf, type ProgressFile } from "@/app/_domain/transfer";
import { readCardBody } from "@/app/_domain/content";
import { readContent } from "@/app/_server/content/read-content";
import { importContent } from "@/app/_server/content/import-content";
import type { Db } from "@/app/_server/db/client";
import { finishMock } from "@/app/_server/mock/finish-mock";
import { mockFinishSchema } from "@/app/_server/mock/input";
import { fetchMockPool, type MockQuestion } from "@/app/_server/queries/mock-pool";
import { saveDrillAttempt } from "@/app/_server/study/drill-attempt";
import { fetchStudySession } from "@/app/_server/study/session";
import { recordReview, undoReview } from "@/app/_server/study/record-review";
import { fetchStudySettings } from "@/app/_server/study/settings";
import { fetchProgress, progressScope } from "@/app/_server/queries/progress";
import { buildLearnerApkg, buildTopicApkg } from "@/app/_server/transfer/apkg";
import { exportProgress, exportReviewCsv } from "@/app/_server/transfer/export-progress";
import { importProgressJson } from "@/app/_server/transfer/import-progress";
import { freshDb, provider } from "./db";

// Files travel to another installation (`other`) and into fresh accounts on the same database,
// where ids another account holds are replaced by account-scoped ones.
let db: Db;
let other: Db;
let cards: string[];
let pool: MockQuestion[];
const T0 = new Date("2026-03-01T09:00:00Z");
const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);
const NOW = hours(24 * 10);

const newUser = async (on = db) => (await on.user.create({ data: { isGuest: true } })).id;

async function rate(userId: string, cardId: string, rating: 1 | 2 | 3 | 4, at: Date, extra: { cram?: boolean; id?: string; on?: Db } = {}) {
  const id = extra.id ?? randomUUID();
  const on = extra.on ?? db;
  await recordReview(
    on,
    userId,
    { id, cardId, rating, reviewedAt: at, durationMs: 1200 + rating, cram: extra.cram ?? false },
    await fetchStudySettings(on, userId),
    at,
  );
  return id;
}

/** A finished mock interview of one answer (itself a review), stored as the app stores it. */
async function mock(userId: string, itemId: string, answer: string, at: Date) {
  const input = mockFinishSchema.parse({ id: randomUUID(), locale: "en", answers: [{ itemId, reviewId: randomUUID(), answer, durationMs: 30_000 }] });
  return finishMock(db, userId, input, pool, at);
}

/** A learner with settings, reviews over several days (late-night ones too), an undo, a cram review, a drill and two mock interviews. */
async function seededLearner(): Promise<string> {
  const user = await newUser();
  await db.userSettings.create({ data: { userId: user, timeZone: "Asia/Seoul", rolloverHour: 4, locale: "en", newPerDay: 7, fsrsParameters: null } });
  for (let day = 0; day < 4; day++) {
    for (const [i, card] of cards.slice(0, 5).entries()) await rate(user, card, (((day + i) % 4) + 1) as 1 | 2 | 3 | 4, hours(day * 24 + i * 5));
  }
  const undone = await rate(user, cards[5]!, 1, hours(100));
  await undoReview(db, user, undone, await fetchStudySettings(db, user), hours(100.1));
  await rate(user, cards[0]!, 4, hours(101), { cram: true });
  await saveDrillAttempt(db, user, { cardId: "sim-three-way-handshake", kind: "simulator", score: 1, answer: [{ step: 1 }], result: { score: 1 } }, hours(102));
  // A weak answer that reveals a misconception, then a perfect one.
  await mock(user, "iv-three-way", "The client sends SYN and the server enters SYN_SENT.", hours(50));
  await mock(user, "sim-three-way-handshake", "SYN → SYN-ACK → ACK", hours(103));
  return user;
}

/** Everything of an account that the progress figures come from, without owner or bookkeeping columns. */
async function snapshot(userId: string, on?: Db) {
  const from = on ?? db;
  const [states, logs, days, attempts, mocks, settings] = await Promise.all([
    from.cardState.findMany({ where: { userId }, orderBy: { cardId: "asc" }, omit: { userId: true, updatedAt: true } }),
    from.reviewLog.findMany({ where: { userId }, orderBy: { id: "asc" }, omit: { userId: true } }),
    from.dailyStat.findMany({ where: { userId }, orderBy: { day: "asc" }, omit: { userId: true } }),
    from.drillAttempt.findMany({ where: { userId }, orderBy: { id: "asc" }, omit: { userId: true } }),
    from.mockInterview.findMany({ where: { userId }, orderBy: { id: "asc" }, omit: { userId: true } }),
    from.userSettings.findUnique({ where: { userId }, omit: { userId: true } }),
  ]);
  return { states, logs, days, attempts, mocks, settings };
}

/** The file as it leaves the server and comes back: JSON text. */
const asJson = (file: ProgressFile): unknown => JSON.parse(JSON.stringify(file));

beforeAll(async () => {
  ({ db } = await freshDb());
  ({ db: other } = await freshDb());
  const content = readContent();
  await importContent(db, content);
  await importContent(other, content);
  pool = await fetchMockPool("en", db);
  cards = (await db.card.findMany({ where: { retiredAt: null, kind: "basic" }, orderBy: { id: "asc" }, take: 8, select: { id: true } })).map((c) => c.id);
});
afterAll(() => Promise.all([db.$disconnect(), other.$disconnect()]));

describe(`progress export and import on ${provider}`, () => {
  it("export then import into a fresh account reproduces states, log, daily stats, attempts, mock interviews and settings", async () => {
    const alice = await seededLearner();
    const file = await exportProgress(db, alice, NOW);
    expect(file.reviews).toHaveLength(25);
    expect(file.reviews.filter((r) => r.undoneAt)).toHaveLength(1);
    expect(file.mockInterviews.map((m) => [m.finishedAt, m.misconceptions])).toEqual([
      [hours(50), expect.arrayContaining(["server-enters-syn-sent"])],
      [hours(103), []],
    ]);

    const fresh = await newUser(other);
    const result = await importProgressJson(other, fresh, asJson(file), NOW);
    expect(result).toMatchObject({
      ok: true,
      summary: { reviews: { added: 25, present: 0 }, drillAttempts: { added: 1 }, mockInterviews: { added: 2, present: 0 }, settings: "applied" },
    });

    const [before, after] = [await snapshot(alice), await snapshot(fresh, other)];
    expect(after.logs.length).toBe(25);
    expect(after.mocks).toHaveLength(2);
    // 20 ratings, the cram one, the drill's and the two mock answers; the undone one counts nowhere.
    expect(after.days.reduce((n, d) => n + d.reviews, 0)).toBe(24);
    expect(after).toEqual(before);
    expect(await exportProgress(other, fresh, NOW)).toEqual(file);
  });

  it("importing the same file again changes nothing", async () => {
    const alice = await seededLearner();
    const file = asJson(await exportProgress(db, alice, NOW));
    const bob = await newUser(other);
    await importProgressJson(other, bob, file, NOW);
    const once = await snapshot(bob, other);
    const again = await importProgressJson(other, bob, file, NOW);
    expect(again).toMatchObject({
      ok: true,
      summary: {
        reviews: { added: 0, present: 25 },
        drillAttempts: { added: 0, present: 1 },
        mockInterviews: { added: 0, present: 2 },
        cardStates: { added: 0, updated: 0 },
        days: 0,
        settings: "kept",
      },
    });
    expect(await snapshot(bob, other)).toEqual(once);
    // Importing my own export into my own account is a no-op as well.
    const own = await snapshot(alice);
    expect((await importProgressJson(db, alice, file, NOW)).ok).toBe(true);
    expect(await snapshot(alice)).toEqual(own);
  });

  it("merges into an account with its own progress: later lastReview wins and daily stats match the merged log", async () => {
    const alice = await seededLearner();
    const file = await exportProgress(db, alice, NOW);
    const carol = await newUser(other);
    await other.userSettings.create({ data: { userId: carol, timeZone: "Asia/Seoul", rolloverHour: 4 } });
    // Carol reviewed cards[0] after Alice's last review of it, cards[1] before, and cards[7] that Alice never saw.
    await rate(carol, cards[0]!, 3, hours(200), { on: other });
    await rate(carol, cards[1]!, 3, hours(1), { on: other });
    await rate(carol, cards[7]!, 2, hours(3), { on: other });
    const carolState0 = await other.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: carol, cardId: cards[0]! } } });

    const result = await importProgressJson(other, carol, asJson(file), NOW);
    expect(result).toMatchObject({ ok: true, summary: { reviews: { added: 25 }, settings: "kept" } });
    const merged = await snapshot(carol, other);
    expect(merged.logs).toHaveLength(28);
    // cards[0]: Carol's state is later and stays; cards[1]: Alice's later state replaces Carol's.
    expect(merged.states.find((s) => s.cardId === cards[0])).toMatchObject({ lastReview: carolState0.lastReview, reps: carolState0.reps });
    const aliceState1 = file.cardStates.find((s) => s.cardId === cards[1])!;
    expect(merged.states.find((s) => s.cardId === cards[1])).toMatchObject({ lastReview: aliceState1.lastReview, reps: aliceState1.reps });
    expect(merged.states.find((s) => s.cardId === cards[7])).toBeDefined();

    // No double counting: every day equals what the merged log adds up to, counted here by hand.
    const expected = new Map<string, { day: string; reviews: number; newCards: number; drills: number; correct: number; timeMs: number }>();
    const dayOf = (at: Date) => {
      const day = studyDay(at, "Asia/Seoul", 4);
      if (!expected.has(day)) expected.set(day, { day, reviews: 0, newCards: 0, drills: 0, correct: 0, timeMs: 0 });
      return expected.get(day)!;
    };
    for (const l of merged.logs.filter((l) => !l.undoneAt)) {
      const d = dayOf(l.reviewedAt);
      d.reviews += 1;
      d.newCards += l.previous === null && !l.cram ? 1 : 0;
      d.correct += l.rating > 1 ? 1 : 0;
      d.timeMs += l.durationMs;
    }
    for (const a of merged.attempts) dayOf(a.createdAt).drills += 1;
    expect(merged.days).toEqual([...expected.values()].sort((a, b) => a.day.localeCompare(b.day)));
  });

  it("a file exported before mock interviews were exported still imports, with none", async () => {
    const alice = await seededLearner();
    const { mockInterviews, ...old } = asJson(await exportProgress(db, alice, NOW)) as Record<string, unknown>;
    expect(mockInterviews).toHaveLength(2);
    const erin = await newUser(other);
    expect(await importProgressJson(other, erin, old, NOW)).toMatchObject({
      ok: true,
      summary: { reviews: { added: 25 }, mockInterviews: { added: 0, present: 0 } },
    });
    expect(await other.mockInterview.count({ where: { userId: erin } })).toBe(0);
  });

  it("copies another account's file into a fresh account on the same database under account-scoped ids, touching nobody else's rows", async () => {
    const alice = await seededLearner();
    const file = await exportProgress(db, alice, NOW);
    const aliceBefore = await snapshot(alice);
    const fresh = await newUser();
    const result = await importProgressJson(db, fresh, asJson(file), NOW);
    expect(result).toMatchObject({
      ok: true,
      summary: { reviews: { added: 25, present: 0 }, drillAttempts: { added: 1 }, mockInterviews: { added: 2, present: 0 }, settings: "applied" },
    });
    expect(await snapshot(alice)).toEqual(aliceBefore);

    // The same figures: states, days, settings equal; the log equal but for its ids, which are new.
    const copy = await snapshot(fresh);
    const withoutIds = <T extends { id: string }>(rows: T[]) => rows.map((r) => JSON.stringify({ ...r, id: undefined })).sort();
    expect(copy.states).toEqual(aliceBefore.states);
    expect(copy.days).toEqual(aliceBefore.days);
    expect(copy.settings).toEqual(aliceBefore.settings);
    expect(withoutIds(copy.logs)).toEqual(withoutIds(aliceBefore.logs));
    expect(withoutIds(copy.attempts)).toEqual(withoutIds(aliceBefore.attempts));
    expect(copy.logs.some((l) => aliceBefore.logs.some((a) => a.id === l.id))).toBe(false);
    // Mock interviews too: the same sessions (result text byte for byte) under scoped ids.
    expect(copy.mocks).toHaveLength(2);
    expect(withoutIds(copy.mocks)).toEqual(withoutIds(aliceBefore.mocks));
    expect(copy.mocks.map((m) => m.id).sort()).toEqual(aliceBefore.mocks.map((m) => accountScopedId(fresh, m.id)).sort());

    // The progress page's figures are the same for both accounts, mock interview history included.
    const figures = async (userId: string) => fetchProgress(progressScope(db, userId, await fetchStudySettings(db, userId), NOW, "en"));
    expect(await figures(fresh)).toEqual(await figures(alice));
    const copied = await figures(fresh);
    expect(copied.streak.longest).toBeGreaterThan(0);
    expect(copied.heatmap.filter((c) => c.reviews > 0).length).toBeGreaterThan(0);
    expect(copied.mocks.sessions).toHaveLength(2);

    // A second import of the same file adds nothing.
    expect(await importProgressJson(db, fresh, asJson(file), NOW)).toMatchObject({
      ok: true,
      summary: { reviews: { added: 0, present: 25 }, drillAttempts: { added: 0, present: 1 }, mockInterviews: { added: 0, present: 2 } },
    });
    expect(await snapshot(fresh)).toEqual(copy);
    expect(await snapshot(alice)).toEqual(aliceBefore);
  });

  it("a review id of another account reaching the merge plan is still refused (the plan's own guard)", async () => {
    const alice = await seededLearner();
    const mallory = await newUser();
    const forged = asJson(await exportProgress(db, mallory, NOW)) as { reviews: { id: string; rating: number }[] };
    expect(forged.reviews).toEqual([]);
    const stolenId = (await db.reviewLog.findFirstOrThrow({ where: { userId: alice } })).id;
    const aliceBefore = await snapshot(alice);
    // Mallory's forged rating under Alice's id lands in Mallory's own log under a scoped id.
    const aliceFile = asJson(await exportProgress(db, alice, NOW)) as { reviews: { id: string; rating: number }[] };
    const one = {
      ...aliceFile,
      reviews: aliceFile.reviews.filter((r) => r.id === stolenId).map((r) => ({ ...r, rating: 1 })),
      cardStates: [],
      drillAttempts: [],
      mockInterviews: [],
    };
    expect(await importProgressJson(db, mallory, one, NOW)).toMatchObject({ ok: true, summary: { reviews: { added: 1 } } });
    expect(await snapshot(alice)).toEqual(aliceBefore);
    expect((await db.reviewLog.findMany({ where: { userId: mallory } })).map((r) => [r.id === stolenId, r.rating])).toEqual([[false, 1]]);
  });

  it("a bad file of any kind changes nothing and says what is wrong where", async () => {
    const alice = await seededLearner();
    const good = () =>
      asJson(structuredClone(file)) as Record<string, unknown> & {
        reviews: Record<string, unknown>[];
        drillAttempts: Record<string, unknown>[];
        cardStates: Record<string, unknown>[];
        mockInterviews: Record<string, unknown>[];
      };
    const spoilResult = (f: ReturnType<typeof good>, i: number, change: (r: { readiness: { score: number }[] }) => void) => {
      const result = JSON.parse(f.mockInterviews[i]!.result as string) as { readiness: { score: number }[] };
      change(result);
      f.mockInterviews[i]!.result = JSON.stringify(result);
      return f;
    };
    const file = await exportProgress(db, alice, NOW);
    const dave = await newUser(other);
    await rate(dave, cards[2]!, 3, hours(1), { on: other });
    const before = await snapshot(dave, other);

    const cases: [string, (f: ReturnType<typeof good>) => unknown, RegExp][] = [
      ["bad rating", (f) => ((f.reviews[12]!.rating = 7), f), /^reviews\[12\]\.rating: must be 1-4/],
      ["unknown card", (f) => ((f.reviews[3]!.cardId = "x"), f), /^reviews\[3\]\.cardId: unknown card "x"/],
      ["unknown card of a state", (f) => ((f.cardStates[0]!.cardId = "gone"), f), /^cardStates\[0\]\.cardId: unknown card "gone"/],
      ["repeated id", (f) => ((f.reviews[5]!.id = f.reviews[4]!.id), f), /^reviews\[5\]: repeats the review id/],
      ["bad date", (f) => ((f.drillAttempts[0]!.createdAt = "soon"), f), /^drillAttempts\[0\]\.createdAt: must be an ISO 8601 date-time/],
      ["future review", (f) => ((f.reviews[0]!.reviewedAt = "2030-01-01T00:00:00Z"), f), /^reviews\[0\]\.reviewedAt: .* is in the future/],
      ["bad mock date", (f) => ((f.mockInterviews[1]!.finishedAt = "soon"), f), /^mockInterviews\[1\]\.finishedAt: must be an ISO 8601 date-time/],
      ["future mock", (f) => ((f.mockInterviews[1]!.finishedAt = "2030-01-01T00:00:00Z"), f), /^mockInterviews\[1\]\.finishedAt: .* is in the future/],
      ["bad mock result", (f) => spoilResult(f, 0, (r) => (r.readiness[0]!.score = 3)), /^mockInterviews\[0\]\.result\.readiness\[0\]\.score: must be 0-1/],
      ["mock result not JSON", (f) => ((f.mockInterviews[0]!.result = "{"), f), /^mockInterviews\[0\]\.result: must be JSON text/],
      ["repeated mock id", (f) => ((f.mockInterviews[1]!.id = f.mockInterviews[0]!.id), f), /^mockInterviews\[1\]: repeats the mock interview id/],
      ["wrong version", (f) => ({ ...f, version: 9 }), /^version: must be 1/],
      ["not a file", () => ["reviews"], /^file: /],
      // Card states the scheduler cannot take (issue 12): every later rating of the card failed.
      ["difficulty below 1", (f) => ((f.cardStates[0]!.difficulty = 0.5), f), /^cardStates\[0\]\.difficulty: must be 1-10 for a card in state \d \(got 0\.5\)/],
      ["difficulty above 10", (f) => ((f.cardStates[0]!.difficulty = 11), f), /^cardStates\[0\]\.difficulty: must be at most 10/],
      ["stability below 0.001", (f) => ((f.cardStates[0]!.stability = 0.0001), f), /^cardStates\[0\]\.stability: must be at least 0\.001/],
      ["stability above 36500", (f) => ((f.cardStates[0]!.stability = 1e9), f), /^cardStates\[0\]\.stability: must be at most 36500/],
      ["negative stability", (f) => ((f.cardStates[0]!.stability = -1), f), /^cardStates\[0\]\.stability: must be 0 or more/],
      ["elapsed days beyond any interval", (f) => ((f.cardStates[0]!.scheduledDays = 1e7), f), /^cardStates\[0\]\.scheduledDays: must be at most 36500 days/],
      [
        "state last reviewed in the future",
        (f) => ((f.cardStates[0]!.lastReview = "2030-01-01T00:00:00Z"), f),
        /^cardStates\[0\]\.lastReview: .* is in the future/,
      ],
      [
        "state due beyond the longest interval",
        (f) => ((f.cardStates[0]!.due = "9000-01-01T00:00:00Z"), f),
        /^cardStates\[0\]\.due: .* further ahead than the longest interval/,
      ],
      [
        "undo snapshot below the bounds",
        (f) => (((f.reviews.find((r) => r.previous)!.previous as Record<string, unknown>).difficulty = 0.2), f),
        /^reviews\[\d+\]\.previous\.difficulty: must be 1-10/,
      ],
      [
        "year 0000",
        (f) => ((f.reviews[2]!.reviewedAt = "0000-01-01T00:00:00Z"), f),
        /^reviews\[2\]\.reviewedAt: must be an ISO 8601 date-time in the years 1000-9999/,
      ],
      [
        "year 0999 due",
        (f) => ((f.cardStates[0]!.due = "0999-12-31T00:00:00Z"), f),
        /^cardStates\[0\]\.due: must be an ISO 8601 date-time in the years 1000-9999/,
      ],
      ["NUL in a card id", (f) => ((f.reviews[1]!.cardId = "a\u0000b"), f), /^reviews\[1\]\.cardId: the card id must not contain control characters/],
      ["NUL in an attempt id", (f) => ((f.drillAttempts[0]!.id = "\u0000"), f), /^drillAttempts\[0\]\.id: the id must not contain control characters/],
    ];
    for (const [name, spoil, message] of cases) {
      const result = await importProgressJson(other, dave, spoil(good()), NOW);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(`${result.issues[0]!.path}: ${result.issues[0]!.message}`, name).toMatch(message);
      expect(await snapshot(dave, other), name).toEqual(before);
    }
    // And the learner studies on: the session builds and the next rating is recorded.
    const session = await fetchStudySession(other, dave, await fetchStudySettings(other, dave), { cram: false, now: hours(30), locale: "en" });
    expect(session.cards.length).toBeGreaterThan(0);
    const logs = await other.reviewLog.count({ where: { userId: dave } });
    await rate(dave, cards[2]!, 3, hours(30), { on: other });
    expect(await other.reviewLog.count({ where: { userId: dave } })).toBe(logs + 1);
  });

  it("the CSV holds live, non-cram reviews in the optimizer's columns", async () => {
    const alice = await seededLearner();
    const lines = (await exportReviewCsv(db, alice)).trimEnd().split("\r\n");
    expect(lines[0]).toBe("card_id,review_time,review_rating,review_state,review_duration");
    // 20 reviews, the drill's and the two mock answers; the undone and the cram review are left out.
    expect(lines).toHaveLength(1 + 23);
    const live = await db.reviewLog.findMany({ where: { userId: alice, undoneAt: null, cram: false }, orderBy: [{ reviewedAt: "asc" }, { id: "asc" }] });
    expect(lines.slice(1)).toEqual(live.map((r) => `${r.cardId},${r.reviewedAt.getTime()},${r.rating},${r.state},${r.durationMs}`));
  });
});

describe(`Anki package on ${provider}`, () => {
  it("holds one note per live card of the topic with its Korean and English text", async () => {
    const apkg = await buildTopicApkg(db, "three-way-handshake", NOW);
    expect(apkg).not.toBeNull();
    const files = unzipSync(apkg!.bytes);
    expect(Object.keys(files).sort()).toEqual(["collection.anki2", "media"]);
    expect(strFromU8(files.media!)).toBe("{}");
    const anki = new Database(Buffer.from(files["collection.anki2"]!), { readonly: true });
    try {
      const live = await db.card.findMany({ where: { topicId: "three-way-handshake", retiredAt: null }, orderBy: { position: "asc" } });
      const notes = anki.prepare("SELECT guid, flds, sfld FROM notes ORDER BY id").all() as { guid: string; flds: string; sfld: string }[];
      expect(notes.map((n) => n.sfld)).toEqual(live.map((c) => c.id));
      expect(new Set(notes.map((n) => n.guid)).size).toBe(live.length);
      for (const [i, note] of notes.entries()) {
        const [id, koFront, , enFront, , topic] = note.flds.split("\x1f");
        const ko = readCardBody(live[i]!, "ko");
        const en = readCardBody(live[i]!, "en");
        expect([id, topic]).toEqual([live[i]!.id, "three-way-handshake"]);
        // The first words of each prompt survive rendering to HTML.
        const words = (s: string) =>
          s
            .replace(/[*`#>{}[\]:_-]/g, " ")
            .split(/\s+/)
            .filter((w) => w.length > 1)
            .slice(0, 2);
        for (const w of words(ko.prompt)) expect(koFront).toContain(w);
        for (const w of words(en.prompt)) expect(enFront).toContain(w);
      }
      const cardsInDeck = anki.prepare("SELECT count(*) AS n, count(DISTINCT nid) AS notes FROM cards").get() as { n: number; notes: number };
      expect(cardsInDeck).toEqual({ n: live.length, notes: live.length });
      const col = anki.prepare("SELECT ver, decks, models FROM col").get() as { ver: number; decks: string; models: string };
      expect(col.ver).toBe(11);
      expect(Object.values(JSON.parse(col.decks) as Record<string, { name: string }>).map((d) => d.name)).toContain(
        "TCP Handshake Trainer::3-way 핸드셰이크 · The 3-way handshake",
      );
    } finally {
      anki.close();
    }
  });

  it("is null for an unknown topic", async () => {
    expect(await buildTopicApkg(db, "no-such-topic", NOW)).toBeNull();
  });
});

describe(`Anki package of a learner on ${provider}`, () => {
  type Note = { id: number; mid: number; flds: string; sfld: string };
  type AnkiCard = {
    id: number;
    nid: number;
    did: number;
    ord: number;
    type: number;
    queue: number;
    due: number;
    ivl: number;
    reps: number;
    lapses: number;
    data: string;
  };
  type Revlog = { id: number; cid: number; usn: number; ease: number; ivl: number; lastIvl: number; factor: number; time: number; type: number };

  function open(bytes: Uint8Array) {
    const anki = new Database(Buffer.from(unzipSync(bytes)["collection.anki2"]!), { readonly: true });
    try {
      return {
        notes: anki.prepare("SELECT id, mid, flds, sfld FROM notes ORDER BY id").all() as Note[],
        cards: anki.prepare("SELECT id, nid, did, ord, type, queue, due, ivl, reps, lapses, data FROM cards ORDER BY id").all() as AnkiCard[],
        revlog: anki.prepare("SELECT * FROM revlog ORDER BY id").all() as Revlog[],
        decks: JSON.parse((anki.prepare("SELECT decks FROM col").get() as { decks: string }).decks) as Record<string, { name: string }>,
      };
    } finally {
      anki.close();
    }
  }

  /** A learner who studied cloze and basic cards over a few days, took one rating back and crammed one card. */
  async function studied() {
    const user = await newUser();
    const cloze = (await db.card.findMany({ where: { retiredAt: null, kind: "cloze" }, orderBy: { id: "asc" }, take: 3, select: { id: true } })).map(
      (c) => c.id,
    );
    const picked = [...cloze, ...cards.slice(0, 2)];
    for (let day = 0; day < 3; day++) {
      for (const [i, card] of picked.entries()) await rate(user, card, day === 1 && i === 0 ? 1 : 3, hours(day * 30 + i));
    }
    const undone = await rate(user, cloze[1]!, 2, hours(100));
    await undoReview(db, user, undone, await fetchStudySettings(db, user), hours(100.1));
    await rate(user, cloze[2]!, 4, hours(101), { cram: true });
    return { user, cloze };
  }

  it("holds cloze notes for cloze cards, the learner's schedule, and one revlog row per live review", async () => {
    const { user, cloze } = await studied();
    const apkg = await buildLearnerApkg(db, user, "topics", NOW);
    const { notes, cards: ankiCards, revlog, decks } = open(apkg.bytes);
    const live = await db.card.findMany({ where: { retiredAt: null }, select: { id: true, kind: true, topicId: true } });
    expect(notes).toHaveLength(live.length);
    const kindOf = new Map(live.map((c) => [c.id, c]));

    // Every cloze card is a note of the cloze type whose texts hold only c1 deletions; no other card is.
    for (const n of notes) {
      const [, koText, , enText] = n.flds.split("\x1f");
      if (kindOf.get(n.sfld)!.kind === "cloze") {
        expect(n.mid, n.sfld).toBe(ANKI_CLOZE_MODEL_ID);
        for (const text of [koText!, enText!]) {
          expect(text, n.sfld).toMatch(/\{\{c1::[^}]+\}\}/);
          expect(text, n.sfld).not.toMatch(/\{\{c[02-9]\d*::/);
        }
      } else expect(n.mid, n.sfld).toBe(ANKI_MODEL_ID);
    }
    expect(notes.filter((n) => n.mid === ANKI_CLOZE_MODEL_ID).length).toBe(live.filter((c) => c.kind === "cloze").length);

    // No Markdown mark survives in any field (code spans may hold them on purpose).
    const marks = notes.flatMap((n) =>
      [...n.flds.replace(/<code>[\s\S]*?<\/code>/g, "").matchAll(/.{0,20}(\*\*|__).{0,20}/g)].map((m) => `${n.sfld}: ${m[0]}`),
    );
    expect(marks).toEqual([]);

    // One revlog row per review the learner did not take back, in the same order, with Anki's units.
    const cidOf = new Map(ankiCards.map((c) => [notes.find((n) => n.id === c.nid)!.sfld, c.id]));
    const exported = (await exportProgress(db, user, NOW)).reviews.filter((r) => !r.undoneAt);
    expect(exported).toHaveLength(16);
    expect(apkg.reviews).toBe(16);
    const type = (r: (typeof exported)[number]) => (r.cram ? 3 : [0, 0, 1, 2][r.state]);
    expect(revlog.map((r) => [r.id, r.cid, r.ease, r.time, r.type, r.usn])).toEqual(
      exported.map((r) => [r.reviewedAt.getTime(), cidOf.get(r.cardId), r.rating, r.durationMs, type(r), -1]),
    );
    // Each row's interval before is the previous row's after, per card.
    for (const id of new Set(revlog.map((r) => r.cid))) {
      const rows = revlog.filter((r) => r.cid === id && r.type !== 3);
      expect(rows.slice(1).map((r) => r.lastIvl)).toEqual(rows.slice(0, -1).map((r) => r.ivl));
    }

    // Each studied card carries its state, so Anki's next review is the app's.
    const states = await db.cardState.findMany({ where: { userId: user } });
    expect(states.length).toBe(5);
    for (const s of states) {
      const card = ankiCards.find((c) => c.id === cidOf.get(s.cardId))!;
      expect(card, s.cardId).toMatchObject({ type: s.state, reps: s.reps, lapses: s.lapses, ord: 0 });
      expect(JSON.parse(card.data), s.cardId).toEqual({ s: expect.closeTo(s.stability, 3), d: expect.closeTo(s.difficulty, 3) });
      if (s.state === 2) expect(card, s.cardId).toMatchObject({ queue: 2, ivl: s.scheduledDays });
    }
    expect(ankiCards.filter((c) => c.type === 0)).toHaveLength(live.length - 5);
    expect(cloze.every((id) => cidOf.has(id))).toBe(true);

    // A subdeck per topic under the app's deck, each card in its topic's.
    for (const c of ankiCards) {
      const topic = kindOf.get(notes.find((n) => n.id === c.nid)!.sfld)!.topicId;
      expect(c.did).toBe(deckIdOf(topic));
      expect(decks[String(c.did)]!.name).toMatch(/^TCP Handshake Trainer::.+/);
    }
    expect(decks[String(ANKI_ROOT_DECK.id)]!.name).toBe("TCP Handshake Trainer");
  });

  it("puts everything in one deck when asked, with the same history", async () => {
    const { user } = await studied();
    const [one, split] = [open((await buildLearnerApkg(db, user, "one", NOW)).bytes), open((await buildLearnerApkg(db, user, "topics", NOW)).bytes)];
    expect(new Set(one.cards.map((c) => c.did))).toEqual(new Set([ANKI_ROOT_DECK.id]));
    expect(
      Object.values(one.decks)
        .map((d) => d.name)
        .sort(),
    ).toEqual(["Default", "TCP Handshake Trainer"]);
    expect(one.revlog).toEqual(split.revlog);
  });

  it("a learner who studied nothing gets new cards and an empty revlog", async () => {
    const { cards: ankiCards, revlog } = open((await buildLearnerApkg(db, await newUser(), "one", NOW)).bytes);
    expect(revlog).toEqual([]);
    expect(ankiCards.every((c) => c.type === 0 && c.queue === 0)).toBe(true);
    expect(ankiCards.map((c) => c.due)).toEqual(ankiCards.map((_, i) => i + 1));
  });
});
