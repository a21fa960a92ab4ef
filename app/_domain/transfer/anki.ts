import { createHash } from "node:crypto";
import type { AnkiSchedule } from "./anki-schedule";

// The pieces of an Anki collection (schema 11, the `collection.anki2` every Anki since 2.1
// imports) that do not need a database: the note type, the deck, and each note's row.
//
// Both languages go on one note (Korean front and back, English front and back) with one card
// template showing Korean first and English beneath it: this mirrors the app, where a card's
// two languages share one schedule, and keeps one Anki card per app card instead of two decks
// whose schedules would drift apart for the same fact.

export const ANKI_FIELDS = ["Id", "Korean front", "Korean back", "English front", "English back", "Topic"] as const;
// A cloze card as an Anki cloze note: the text with its deletions, and what the back adds.
export const ANKI_CLOZE_FIELDS = ["Id", "Korean text", "Korean extra", "English text", "English extra", "Topic"] as const;
/**
 * One app card as a note. A cloze note's front fields hold the text with {{c1::…}} deletions and
 * its back fields the extra shown with the answer; `deckId` is the (sub)deck its card goes in.
 */
export type AnkiNoteInput = { id: string; cloze: boolean; koFront: string; koBack: string; enFront: string; enBack: string; topic: string; deckId: number };
export type AnkiDeck = { id: number; name: string; description: string };

// Fixed ids: the same note types every time, so a second import into Anki updates, not duplicates.
export const ANKI_MODEL_ID = 1_736_000_000_001;
export const ANKI_CLOZE_MODEL_ID = 1_736_000_000_002;
const ANKI_CONF_ID = 1;

const FRONT = `<div class="ko" lang="ko">{{Korean front}}</div>\n<hr class="lang">\n<div class="en" lang="en">{{English front}}</div>`;
const BACK = `{{FrontSide}}\n<hr id="answer">\n<div class="ko" lang="ko">{{Korean back}}</div>\n<hr class="lang">\n<div class="en" lang="en">{{English back}}</div>\n<p class="meta">{{Topic}} · {{Id}}</p>`;
const CLOZE_FRONT = `<div class="ko" lang="ko">{{cloze:Korean text}}</div>\n<hr class="lang">\n<div class="en" lang="en">{{cloze:English text}}</div>`;
const CLOZE_BACK = `${CLOZE_FRONT}\n<hr id="answer">\n<div class="ko" lang="ko">{{Korean extra}}</div>\n<hr class="lang">\n<div class="en" lang="en">{{English extra}}</div>\n<p class="meta">{{Topic}} · {{Id}}</p>`;
const CSS = `.card { font-family: system-ui, "Apple SD Gothic Neo", "Noto Sans KR", sans-serif; font-size: 18px; line-height: 1.6; text-align: left; max-width: 40em; margin: 0 auto; }
.en { opacity: 0.8; }
hr.lang { border: 0; border-top: 1px dashed #888; }
.meta { font-size: 12px; opacity: 0.6; }
code, pre { font-family: ui-monospace, Menlo, Consolas, monospace; }
.options li.correct { font-weight: bold; }
.cloze { font-weight: bold; color: #1d4ed8; }
.nightMode .cloze { color: #93c5fd; }`;

/** A number that stays the same for the same text: deck ids per topic. */
function stableId(text: string, base: number): number {
  return base + (parseInt(createHash("sha1").update(text).digest("hex").slice(0, 8), 16) % 1_000_000_000);
}

export const deckIdOf = (topicId: string) => stableId(`deck:${topicId}`, 1_700_000_000_000);

/** The app's deck: all its cards in one deck, or the parent of one subdeck per topic. */
export const ANKI_ROOT_DECK: AnkiDeck = {
  id: stableId("root-deck", 1_700_000_000_000),
  name: "TCP Handshake Trainer",
  description: "TCP 연결 관리 / TCP connection management",
};

/** A topic's subdeck under the app's deck: "TCP Handshake Trainer::3-way 핸드셰이크 · The 3-way handshake". */
export function topicDeck(topic: { id: string; titleKo: string; titleEn: string }): AnkiDeck {
  // "::" nests decks in Anki; a title must not make a level of its own.
  const title = `${topic.titleKo} · ${topic.titleEn}`.replaceAll("::", ":");
  return { id: deckIdOf(topic.id), name: `${ANKI_ROOT_DECK.name}::${title}`, description: `${topic.titleKo} / ${topic.titleEn}` };
}

/** Anki's guid: stable for a card id, so re-importing an updated deck updates its notes. */
export function guidOf(cardId: string): string {
  return createHash("sha1").update(`tcp-srs:${cardId}`).digest("base64url").slice(0, 10);
}

/** Text of a field without HTML, as Anki sorts and checks duplicates by. */
export function stripHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the stripped sort field. */
export function checksum(field: string): number {
  return parseInt(createHash("sha1").update(stripHtml(field)).digest("hex").slice(0, 8), 16);
}

export type AnkiNoteRow = {
  id: number;
  guid: string;
  mid: number;
  mod: number;
  usn: number;
  tags: string;
  flds: string;
  sfld: string;
  csum: number;
  flags: number;
  data: string;
};
export type AnkiCardRow = {
  id: number;
  nid: number;
  did: number;
  ord: number;
  mod: number;
  usn: number;
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  odue: number;
  odid: number;
  flags: number;
  data: string;
};

/**
 * Note and card rows: one note and one card per app card, in the order given. Unseen cards are
 * new, due in that order; a card with a `schedule` carries it. Ids count up from `now`.
 */
export function ankiRows(
  notes: readonly AnkiNoteInput[],
  now: Date,
  schedule: (cardId: string) => AnkiSchedule | null = () => null,
): { notes: AnkiNoteRow[]; cards: AnkiCardRow[] } {
  const base = now.getTime();
  const mod = Math.floor(base / 1000);
  const noteRows = notes.map((n, i): AnkiNoteRow => {
    // Anki separates fields with the unit separator; a field must not contain it.
    const fields = [n.id, n.koFront, n.koBack, n.enFront, n.enBack, n.topic].map((f) => f.replaceAll("\x1f", " "));
    return {
      id: base + i,
      guid: guidOf(n.id),
      mid: n.cloze ? ANKI_CLOZE_MODEL_ID : ANKI_MODEL_ID,
      mod,
      usn: -1,
      tags: ` tcp-srs ${n.topic} `,
      flds: fields.join("\x1f"),
      sfld: n.id,
      csum: checksum(n.id),
      flags: 0,
      data: "",
    };
  });
  const cardRows = notes.map((n, i): AnkiCardRow => {
    const fresh = { type: 0, queue: 0, due: i + 1, ivl: 0, factor: 0, reps: 0, lapses: 0, left: 0, data: "" };
    return { id: base + i, nid: base + i, did: n.deckId, ord: 0, mod, usn: -1, ...fresh, ...schedule(n.id), odue: 0, odid: 0, flags: 0 };
  });
  return { notes: noteRows, cards: cardRows };
}

/** The `col` row's JSON columns for the decks (the first is the current one) and the two note types. */
export function ankiCollection(decks: readonly [AnkiDeck, ...AnkiDeck[]], now: Date) {
  const mod = Math.floor(now.getTime() / 1000);
  const deck = decks[0];
  const noteType = (id: number, name: string, type: 0 | 1, fields: readonly string[], tmpl: { name: string; qfmt: string; afmt: string }) => ({
    id,
    name,
    type,
    mod,
    usn: -1,
    sortf: 0,
    did: deck.id,
    tmpls: [{ ...tmpl, ord: 0, did: null, bqfmt: "", bafmt: "" }],
    flds: fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })),
    css: CSS,
    latexPre:
      "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
    latexPost: "\\end{document}",
    // The card is made when either front is filled (a cloze note type ignores this).
    req: [[0, "any", [1, 3]]],
    tags: [],
    vers: [],
  });
  const models = {
    [ANKI_MODEL_ID]: noteType(ANKI_MODEL_ID, "TCP Handshake Trainer (ko/en)", 0, ANKI_FIELDS, { name: "Card", qfmt: FRONT, afmt: BACK }),
    [ANKI_CLOZE_MODEL_ID]: noteType(ANKI_CLOZE_MODEL_ID, "TCP Handshake Trainer cloze (ko/en)", 1, ANKI_CLOZE_FIELDS, {
      name: "Cloze",
      qfmt: CLOZE_FRONT,
      afmt: CLOZE_BACK,
    }),
  };
  const deckJson = (id: number, name: string, description: string) => ({
    id,
    name,
    desc: description,
    mod,
    usn: -1,
    conf: ANKI_CONF_ID,
    dyn: 0,
    collapsed: false,
    extendNew: 10,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  });
  const conf = {
    id: ANKI_CONF_ID,
    name: "Default",
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { delays: [1, 10], ints: [1, 4, 7], initialFactor: 2500, order: 1, perDay: 20, bury: true, separate: true },
    lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 0 },
    rev: { perDay: 200, ease4: 1.3, fuzz: 0.05, minSpace: 1, ivlFct: 1, maxIvl: 36500, bury: true },
  };
  return {
    crt: mod,
    mod: now.getTime(),
    scm: now.getTime(),
    ver: 11,
    conf: JSON.stringify({
      activeDecks: [deck.id],
      curDeck: deck.id,
      curModel: String(ANKI_MODEL_ID),
      newSpread: 0,
      collapseTime: 1200,
      timeLim: 0,
      estTimes: true,
      dueCounts: true,
      sortType: "noteFld",
      sortBackwards: false,
      nextPos: 1,
      addToCur: true,
    }),
    models: JSON.stringify(models),
    decks: JSON.stringify(Object.fromEntries([[1, deckJson(1, "Default", "")], ...decks.map((d) => [d.id, deckJson(d.id, d.name, d.description)])])),
    dconf: JSON.stringify({ [ANKI_CONF_ID]: conf }),
    tags: "{}",
  };
}

/** The collection's tables, as in Anki's schema 11. */
export const ANKI_SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;
