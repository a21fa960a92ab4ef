import "server-only";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import { readCardBody, type StoredCard } from "@/app/_domain/content";
import { renderMarkdown } from "@/app/_domain/markdown/render-markdown";
import { fromSnapshot, memoryStateOf, parseSteps, studyDay } from "@/app/_domain/scheduling";
import {
  ANKI_ROOT_DECK,
  ANKI_SCHEMA,
  ankiClozeHtml,
  ankiCollection,
  ankiRevlog,
  ankiRows,
  ankiSchedule,
  topicDeck,
  type AnkiDeck,
  type AnkiDeckLayout,
  type AnkiNoteInput,
  type AnkiRevlogRow,
  type AnkiSchedule,
} from "@/app/_domain/transfer";
import type { Db } from "../db/client";
import { fetchStudySettings } from "../study/settings";
import { toStudyCard } from "../study/study-card";
import type { StudyCard } from "@/app/_domain/study/types";

// An .apkg is a zip of a SQLite collection (`collection.anki2`) and a `media` index (JSON, here
// empty). No maintained npm package writes one (anki-apkg-export's last release bundles
// sql.js 0.5 and jszip), so the collection is written with better-sqlite3, already the app's
// SQLite driver, into memory, and zipped with fflate (small, dependency-free, maintained).

function sides(card: StudyCard): { front: string; back: string } {
  const options = card.options?.length
    ? (marked: boolean) =>
        `<ul class="options">${card.options!.map((o) => `<li${marked && o.correct ? ' class="correct"' : ""}>${marked && o.correct ? "✓ " : ""}${o.html}</li>`).join("")}</ul>`
    : () => "";
  return { front: card.promptHtml + options(false), back: options(true) + card.answerHtml };
}

/** A cloze card's text with Anki deletions, and the answer and explanation as the extra. */
function clozeSides(body: StoredCard): { front: string; back: string } {
  return { front: ankiClozeHtml(body.prompt), back: body.answer ? renderMarkdown(body.answer) : "" };
}

type CardRow = { id: string; kind: string; bodyKo: string; bodyEn: string };

/** One stored card as an Anki note: both languages, each side rendered as the app renders it. */
export function noteOf(c: CardRow, topicId: string, deckId: number): AnkiNoteInput {
  const cloze = c.kind === "cloze";
  const ko = cloze ? clozeSides(readCardBody(c, "ko")) : sides(toStudyCard(c, null, topicId, "ko"));
  const en = cloze ? clozeSides(readCardBody(c, "en")) : sides(toStudyCard(c, null, topicId, "en"));
  return { id: c.id, cloze, koFront: ko.front, koBack: ko.back, enFront: en.front, enBack: en.back, topic: topicId, deckId };
}

export type Apkg = { fileName: string; bytes: Uint8Array; cards: number; reviews: number };

type Topic = { id: string; titleKo: string; titleEn: string };

/** The decks and notes of some topics' live cards, in topic then card order. */
async function notesOf(db: Db, topics: readonly Topic[], layout: AnkiDeckLayout): Promise<{ decks: [AnkiDeck, ...AnkiDeck[]]; notes: AnkiNoteInput[] }> {
  const cards = await db.card.findMany({
    where: { topicId: { in: topics.map((t) => t.id) }, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true, kind: true, bodyKo: true, bodyEn: true, topicId: true },
  });
  const subdecks = layout === "topics" ? topics.map(topicDeck) : [];
  const notes = topics.flatMap((topic, i) => cards.filter((c) => c.topicId === topic.id).map((c) => noteOf(c, topic.id, subdecks[i]?.id ?? ANKI_ROOT_DECK.id)));
  // The root deck is there in both layouts: it holds everything, or it is the subdecks' parent.
  const [first, ...rest] = subdecks;
  return { decks: first ? [first, ...rest, ANKI_ROOT_DECK] : [ANKI_ROOT_DECK], notes };
}

/** A topic's live cards as an Anki package, study content only (null for an unknown topic). */
export async function buildTopicApkg(db: Db, topicId: string, now: Date): Promise<Apkg | null> {
  const topic = await db.topic.findUnique({ where: { id: topicId } });
  if (!topic) return null;
  const { decks, notes } = await notesOf(db, [topic], "topics");
  return { fileName: `tcp-srs-${topic.id}.apkg`, ...apkgBytes({ decks, notes, now }), cards: notes.length };
}

/**
 * Every live card as an Anki package with the learner's schedule and review history, so Anki
 * carries on where the app left off: one deck, or a subdeck per topic.
 */
export async function buildLearnerApkg(db: Db, userId: string, layout: AnkiDeckLayout, now: Date): Promise<Apkg> {
  const [topics, settings, states, reviews] = await Promise.all([
    db.topic.findMany({ orderBy: { position: "asc" }, select: { id: true, titleKo: true, titleEn: true } }),
    fetchStudySettings(db, userId),
    db.cardState.findMany({ where: { userId } }),
    db.reviewLog.findMany({
      where: { userId, undoneAt: null },
      select: { id: true, cardId: true, rating: true, state: true, reviewedAt: true, durationMs: true, cram: true, previous: true, undoneAt: true },
    }),
  ]);
  const { decks, notes } = await notesOf(db, topics, layout);
  const memory = new Map(states.map((s) => [s.cardId, memoryStateOf(s)]));
  const clock = { now, dayOf: (instant: Date) => studyDay(instant, settings.timeZone, settings.rolloverHour) };
  const steps = { learning: parseSteps(settings.learningSteps).length, relearning: parseSteps(settings.relearningSteps).length };
  const schedule = (cardId: string) => ankiSchedule(memory.get(cardId) ?? null, clock, steps);
  const history = reviews.map((r) => ({ ...r, previous: r.previous ? fromSnapshot(r.previous) : null }));
  const built = apkgBytes({ decks, notes, now, schedule, revlog: (cidOf) => ankiRevlog(history, (id) => memory.get(id) ?? null, cidOf) });
  return { fileName: `tcp-srs-${now.toISOString().slice(0, 10)}.apkg`, ...built, cards: notes.length };
}

type PackageInput = {
  decks: [AnkiDeck, ...AnkiDeck[]];
  notes: readonly AnkiNoteInput[];
  now: Date;
  schedule?: (cardId: string) => AnkiSchedule | null;
  /** The revlog, given each app card's Anki card id. */
  revlog?: (cidOf: (cardId: string) => number | undefined) => AnkiRevlogRow[];
};

/** The package's bytes, and how many revlog rows it holds. */
export function apkgBytes({ decks, notes, now, schedule, revlog }: PackageInput): { bytes: Uint8Array; reviews: number } {
  const sqlite = new Database(":memory:");
  try {
    sqlite.exec(ANKI_SCHEMA);
    const col = ankiCollection(decks, now);
    sqlite
      .prepare(
        `INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags) VALUES (1, @crt, @mod, @scm, @ver, 0, 0, 0, @conf, @models, @decks, @dconf, @tags)`,
      )
      .run(col);
    const rows = ankiRows(notes, now, schedule);
    const cid = new Map(rows.cards.map((c, i) => [notes[i]!.id, c.id]));
    const logs = revlog?.((cardId) => cid.get(cardId)) ?? [];
    const note = sqlite.prepare(`INSERT INTO notes VALUES (@id, @guid, @mid, @mod, @usn, @tags, @flds, @sfld, @csum, @flags, @data)`);
    const card = sqlite.prepare(
      `INSERT INTO cards VALUES (@id, @nid, @did, @ord, @mod, @usn, @type, @queue, @due, @ivl, @factor, @reps, @lapses, @left, @odue, @odid, @flags, @data)`,
    );
    const log = sqlite.prepare(`INSERT INTO revlog VALUES (@id, @cid, @usn, @ease, @ivl, @lastIvl, @factor, @time, @type)`);
    sqlite.transaction(() => {
      for (const n of rows.notes) note.run(n);
      for (const c of rows.cards) card.run(c);
      for (const l of logs) log.run(l);
    })();
    return { bytes: zipSync({ "collection.anki2": new Uint8Array(sqlite.serialize()), media: strToU8("{}") }), reviews: logs.length };
  } finally {
    sqlite.close();
  }
}
