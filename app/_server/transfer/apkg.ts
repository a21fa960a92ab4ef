import "server-only";
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import { ANKI_SCHEMA, ankiCollection, ankiRows, deckIdOf, type AnkiNoteInput } from "@/app/_domain/transfer";
import type { Db } from "../db/client";
import { toStudyCard } from "../study/study-card";
import type { StudyCard } from "@/app/_domain/study/types";

// An .apkg is a zip of a SQLite collection (`collection.anki2`) and a `media` index (JSON, here
// empty). No maintained npm package writes one (anki-apkg-export's last release bundles
// sql.js 0.5 and jszip), so the collection is written with better-sqlite3, already the app's
// SQLite driver, into memory, and zipped with fflate (small, dependency-free, maintained).

function sides(card: StudyCard): { front: string; back: string } {
  const options = card.options?.length
    ? (marked: boolean) => `<ul class="options">${card.options!.map((o) => `<li${marked && o.correct ? ' class="correct"' : ""}>${marked && o.correct ? "✓ " : ""}${o.html}</li>`).join("")}</ul>`
    : () => "";
  return { front: card.promptHtml + options(false), back: options(true) + card.answerHtml };
}

type CardRow = { id: string; kind: string; bodyKo: string; bodyEn: string };

/** One stored card as an Anki note: both languages, each side rendered as the app renders it. */
export function noteOf(c: CardRow, topicId: string): AnkiNoteInput {
  const ko = sides(toStudyCard(c, null, topicId, "ko"));
  const en = sides(toStudyCard(c, null, topicId, "en"));
  return { id: c.id, koFront: ko.front, koBack: ko.back, enFront: en.front, enBack: en.back, topic: topicId };
}

export type Apkg = { fileName: string; bytes: Uint8Array; cards: number };

/** A topic's live cards as an Anki package (null for an unknown topic). */
export async function buildTopicApkg(db: Db, topicId: string, now: Date): Promise<Apkg | null> {
  const topic = await db.topic.findUnique({ where: { id: topicId } });
  if (!topic) return null;
  const cards = await db.card.findMany({ where: { topicId, retiredAt: null }, orderBy: { position: "asc" }, select: { id: true, kind: true, bodyKo: true, bodyEn: true } });
  const notes = cards.map((c) => noteOf(c, topic.id));
  const deck = { id: deckIdOf(topic.id), name: `TCP Handshake Trainer::${topic.titleKo} · ${topic.titleEn}`, description: `${topic.titleKo} / ${topic.titleEn}` };
  return { fileName: `tcp-srs-${topic.id}.apkg`, bytes: apkgBytes(deck, notes, now), cards: notes.length };
}

export function apkgBytes(deck: { id: number; name: string; description: string }, notes: readonly AnkiNoteInput[], now: Date): Uint8Array {
  const sqlite = new Database(":memory:");
  try {
    sqlite.exec(ANKI_SCHEMA);
    const col = ankiCollection(deck, now);
    sqlite
      .prepare(`INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags) VALUES (1, @crt, @mod, @scm, @ver, 0, 0, 0, @conf, @models, @decks, @dconf, @tags)`)
      .run(col);
    const rows = ankiRows(notes, deck.id, now);
    const note = sqlite.prepare(`INSERT INTO notes VALUES (@id, @guid, @mid, @mod, @usn, @tags, @flds, @sfld, @csum, @flags, @data)`);
    const card = sqlite.prepare(`INSERT INTO cards VALUES (@id, @nid, @did, @ord, @mod, @usn, @type, @queue, @due, @ivl, @factor, @reps, @lapses, @left, @odue, @odid, @flags, @data)`);
    sqlite.transaction(() => {
      for (const n of rows.notes) note.run(n);
      for (const c of rows.cards) card.run(c);
    })();
    return zipSync({ "collection.anki2": new Uint8Array(sqlite.serialize()), media: strToU8("{}") });
  } finally {
    sqlite.close();
  }
}
