import { describe, expect, it } from "vitest";
import {
  ANKI_CLOZE_FIELDS,
  ANKI_CLOZE_MODEL_ID,
  ANKI_FIELDS,
  ANKI_MODEL_ID,
  ANKI_ROOT_DECK,
  ankiCollection,
  ankiRows,
  checksum,
  deckIdOf,
  guidOf,
  stripHtml,
  topicDeck,
} from "./anki";

const NOW = new Date("2026-03-01T09:00:00Z");
// The col row's JSON columns read back, typed with the fields these tests look at (the assertions check the values).
type NoteType = {
  type: number;
  flds: { name: string; ord: number }[];
  tmpls: { name: string; qfmt: string; afmt: string }[];
  req: unknown;
  latexPre: string;
  latexPost: string;
  css: string;
};
const noteTypesOf = (col: { models: string }) => JSON.parse(col.models) as Record<string, NoteType>;
const decksOf = (col: { decks: string }) => JSON.parse(col.decks) as Record<string, { name: string }>;
const note = (id: string) => ({
  id,
  koFront: "<p>질문</p>",
  koBack: "<p>답</p>",
  enFront: "<p>Question</p>",
  enBack: "<p>Answer</p>",
  topic: "three-way-handshake",
  cloze: false,
  deckId: 42,
});

describe("anki rows", () => {
  it("one note and one new card per app card, fields in the note type's order", () => {
    const { notes, cards } = ankiRows([note("a"), note("b")], NOW);
    expect(notes).toHaveLength(2);
    expect(notes[0]!.flds.split("\x1f")).toEqual(["a", "<p>질문</p>", "<p>답</p>", "<p>Question</p>", "<p>Answer</p>", "three-way-handshake"]);
    expect(notes[0]!.flds.split("\x1f")).toHaveLength(ANKI_FIELDS.length);
    expect(notes[0]!.mid).toBe(ANKI_MODEL_ID);
    expect(cards.map((c) => [c.nid, c.did, c.due, c.type, c.queue])).toEqual([
      [notes[0]!.id, 42, 1, 0, 0],
      [notes[1]!.id, 42, 2, 0, 0],
    ]);
    expect(new Set(notes.map((n) => n.id)).size).toBe(2);
  });

  it("keeps the unit separator out of fields, putting a space in its place", () => {
    const { notes } = ankiRows([{ ...note("a"), enBack: "x\x1fy" }], NOW);
    expect(notes[0]!.flds.split("\x1f")).toHaveLength(ANKI_FIELDS.length);
    expect(notes[0]!.flds.split("\x1f")[4]).toBe("x y");
  });

  it("writes every column of Anki's notes and cards tables: a new card, unflagged, with no extra data", () => {
    const { notes, cards } = ankiRows([note("a")], NOW);
    const ms = NOW.getTime();
    expect(notes[0]).toEqual({
      id: ms,
      guid: guidOf("a"),
      mid: ANKI_MODEL_ID,
      mod: ms / 1000,
      usn: -1,
      tags: " tcp-srs three-way-handshake ",
      flds: expect.any(String),
      sfld: "a",
      csum: checksum("a"),
      flags: 0,
      data: "",
    });
    expect(cards[0]).toEqual({
      id: ms,
      nid: ms,
      did: 42,
      ord: 0,
      mod: ms / 1000,
      usn: -1,
      type: 0,
      queue: 0,
      due: 1,
      ivl: 0,
      factor: 0,
      reps: 0,
      lapses: 0,
      left: 0,
      odue: 0,
      odid: 0,
      flags: 0,
      data: "",
    });
  });

  it("gives a card the same guid every time and different cards different ones", () => {
    expect(guidOf("hs3-step2")).toBe(guidOf("hs3-step2"));
    expect(guidOf("hs3-step2")).not.toBe(guidOf("hs3-step3"));
    expect(deckIdOf("a")).toBe(deckIdOf("a"));
    expect(deckIdOf("a")).not.toBe(deckIdOf("b"));
  });

  it("checksums the field's text as Anki does (first 8 hex digits of SHA-1)", () => {
    // sha1("hello") = aaf4c61d dcc5e8a2...
    expect(checksum("<b>hello</b>")).toBe(0xaaf4c61d);
    expect(stripHtml("<p>a &amp; b &lt;c&gt;</p>")).toBe("a & b <c>");
  });
});

describe("ankiCollection", () => {
  it("holds the deck, the default deck and a note type whose templates name its fields", () => {
    const col = ankiCollection([{ id: 7, name: "TCP::Handshake", description: "" }], NOW);
    const decks = decksOf(col);
    expect(Object.keys(decks).sort()).toEqual(["1", "7"]);
    expect(decks["7"]?.name).toBe("TCP::Handshake");
    const model = noteTypesOf(col)[String(ANKI_MODEL_ID)]!;
    expect(model.flds.map((f) => f.name)).toEqual([...ANKI_FIELDS]);
    for (const name of ["Korean front", "English front"]) expect(model.tmpls[0]!.qfmt).toContain(`{{${name}}}`);
    for (const name of ["Korean back", "English back"]) expect(model.tmpls[0]!.afmt).toContain(`{{${name}}}`);
    expect(col.ver).toBe(11);
  });
});

describe("what Anki reads from a note", () => {
  it("stripHtml turns every entity Anki writes back into its character and trims", () => {
    expect(stripHtml("  <div>a&nbsp;b &quot;q&quot; it&#x27;s it&#39;s &amp;lt;</div>\n")).toBe(`a b "q" it's it's &lt;`);
    expect(stripHtml("<br/>")).toBe("");
  });

  it("sorts and checks duplicates by the card id: sfld is the id and csum its checksum", () => {
    const { notes } = ankiRows([note("hs3-step2")], NOW);
    expect(notes[0]).toMatchObject({ sfld: "hs3-step2", csum: checksum("hs3-step2"), guid: guidOf("hs3-step2") });
    expect(checksum("hs3-step2")).not.toBe(checksum("hs3-step3"));
  });

  it("tags each note with the app and its topic, space-delimited as Anki stores tags", () => {
    const { notes } = ankiRows([note("a")], NOW);
    expect(notes[0]!.tags).toBe(" tcp-srs three-way-handshake ");
  });

  it("numbers notes and cards from now in milliseconds, stamps them in seconds, unsynced (usn -1)", () => {
    const { notes, cards } = ankiRows([note("a"), note("b")], NOW);
    const ms = NOW.getTime();
    expect(notes.map((n) => [n.id, n.mod, n.usn])).toEqual([
      [ms, ms / 1000, -1],
      [ms + 1, ms / 1000, -1],
    ]);
    expect(cards.map((c) => [c.id, c.mod, c.usn, c.ord])).toEqual([
      [ms, ms / 1000, -1, 0],
      [ms + 1, ms / 1000, -1, 0],
    ]);
  });

  it("the collection's configuration points at the deck and the note type, and the deck at the default options", () => {
    const col = ankiCollection([{ id: 7, name: "TCP", description: "about TCP" }], NOW);
    const conf = JSON.parse(col.conf);
    expect(conf).toMatchObject({ activeDecks: [7], curDeck: 7, curModel: String(ANKI_MODEL_ID) });
    const decks = decksOf(col);
    expect(decks["7"]).toMatchObject({ id: 7, name: "TCP", desc: "about TCP", conf: 1, dyn: 0 });
    expect(decks["1"]).toMatchObject({ id: 1, name: "Default", conf: 1 });
    expect(Object.keys(JSON.parse(col.dconf) as object)).toEqual(["1"]);
    const model = noteTypesOf(col)[String(ANKI_MODEL_ID)]!;
    expect(model).toMatchObject({ id: ANKI_MODEL_ID, did: 7, sortf: 0, type: 0 });
    expect(model.flds.map((f) => f.ord)).toEqual(ANKI_FIELDS.map((_, i) => i));
    // Either front (Korean, field 1; English, field 3) makes the card.
    expect(model.req).toEqual([[0, "any", [1, 3]]]);
    expect([col.crt, col.mod, col.scm]).toEqual([NOW.getTime() / 1000, NOW.getTime(), NOW.getTime()]);
  });
});

describe("ids Anki keeps across exports", () => {
  // A second export must update the notes and deck of the first in Anki, not add new ones: the
  // ids are pinned to their derivation (SHA-1), so no later version may change them.
  it("the deck id and the guid are fixed functions of the topic and the card id", () => {
    expect(deckIdOf("three-way-handshake")).toBe(1_700_325_529_337);
    expect(guidOf("hs3-step2")).toBe("Vudfy1gGQ4");
  });
});

describe("the collection holds Anki's schema 11 defaults", () => {
  // Made inside each test, so a mutation run sees which tests read it.
  const collection = () => ankiCollection([{ id: 7, name: "TCP", description: "" }], NOW);
  const mod = NOW.getTime() / 1000;

  it("the deck options are Anki's defaults: steps 1m 10m, 20 new and 200 reviews a day, at most 100 years", () => {
    expect(JSON.parse(collection().dconf)).toEqual({
      1: {
        id: 1,
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
      },
    });
  });

  it("each deck is a normal (not filtered) deck with today's counters at zero", () => {
    const decks = decksOf(collection());
    const today = { newToday: [0, 0], revToday: [0, 0], lrnToday: [0, 0], timeToday: [0, 0] };
    expect(decks["7"]).toEqual({ id: 7, name: "TCP", desc: "", mod, usn: -1, conf: 1, dyn: 0, collapsed: false, extendNew: 10, extendRev: 50, ...today });
    expect(decks["1"]).toEqual({ id: 1, name: "Default", desc: "", mod, usn: -1, conf: 1, dyn: 0, collapsed: false, extendNew: 10, extendRev: 50, ...today });
  });

  it("the collection settings sort by the note's sort field and add to the current deck", () => {
    expect(JSON.parse(collection().conf)).toEqual({
      activeDecks: [7],
      curDeck: 7,
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
    });
    expect(collection().tags).toBe("{}");
  });

  it("the note type is a standard one with plain fields, one template, and LaTeX wrapped in a document", () => {
    const model = noteTypesOf(collection())[String(ANKI_MODEL_ID)]!;
    expect(model).toMatchObject({ name: "TCP Handshake Trainer (ko/en)", type: 0, mod, usn: -1, sortf: 0, did: 7, tags: [], vers: [] });
    expect(model.flds).toEqual(ANKI_FIELDS.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: "Arial", size: 20, media: [] })));
    expect(model.tmpls).toEqual([{ name: "Card", ord: 0, qfmt: expect.any(String), afmt: expect.any(String), did: null, bqfmt: "", bafmt: "" }]);
    expect(model.latexPre).toMatch(/^\\documentclass.*\\begin\{document\}\n$/s);
    expect(model.latexPost).toBe("\\end{document}");
    expect(model.css).toMatch(/\.card \{/);
  });
});

describe("cloze notes, decks and schedules", () => {
  it("a cloze card is a note of the cloze type, the others of the standard type", () => {
    const { notes, cards } = ankiRows([note("a"), { ...note("b"), cloze: true, koFront: "<p>{{c1::SYN}}을 보낸다</p>" }], NOW);
    expect(notes.map((n) => n.mid)).toEqual([ANKI_MODEL_ID, ANKI_CLOZE_MODEL_ID]);
    // One card per note: every deletion is c1, so the cloze card's ord is 0 too.
    expect(cards.map((c) => c.ord)).toEqual([0, 0]);
  });

  it("the cloze note type is Anki's cloze kind, asking both languages' deletions on one card", () => {
    const models = noteTypesOf(ankiCollection([ANKI_ROOT_DECK], NOW));
    const cloze = models[String(ANKI_CLOZE_MODEL_ID)]!;
    expect(cloze).toMatchObject({ type: 1, name: "TCP Handshake Trainer cloze (ko/en)" });
    expect(cloze.flds.map((f) => f.name)).toEqual([...ANKI_CLOZE_FIELDS]);
    expect(cloze.tmpls).toHaveLength(1);
    // Anki shows the template's name as the card type ("Cloze 1" for the first deletion).
    expect(cloze.tmpls[0]!.name).toBe("Cloze");
    for (const field of ["Korean text", "English text"]) {
      expect(cloze.tmpls[0]!.qfmt).toContain(`{{cloze:${field}}}`);
      expect(cloze.tmpls[0]!.afmt).toContain(`{{cloze:${field}}}`);
    }
    for (const field of ["Korean extra", "English extra"]) expect(cloze.tmpls[0]!.afmt).toContain(`{{${field}}}`);
    expect(models[String(ANKI_MODEL_ID)]?.type).toBe(0);
  });

  it("subdecks sit under the app's deck, named by both titles; a '::' in a title makes no extra level", () => {
    const deck = topicDeck({ id: "three-way-handshake", titleKo: "3-way 핸드셰이크", titleEn: "The 3-way handshake" });
    expect(deck).toEqual({
      id: deckIdOf("three-way-handshake"),
      name: "TCP Handshake Trainer::3-way 핸드셰이크 · The 3-way handshake",
      description: "3-way 핸드셰이크 / The 3-way handshake",
    });
    expect(topicDeck({ id: "x", titleKo: "a::b", titleEn: "c" }).name).toBe("TCP Handshake Trainer::a:b · c");
    const decks = decksOf(ankiCollection([deck, ANKI_ROOT_DECK], NOW));
    expect(
      Object.values(decks)
        .map((d) => d.name)
        .sort(),
    ).toEqual(["Default", "TCP Handshake Trainer", deck.name]);
  });

  it("each card goes in its note's deck and carries its schedule when it has one", () => {
    const review = { type: 2, queue: 2, due: 4, ivl: 5, factor: 2500, reps: 3, lapses: 1, left: 0, data: '{"s":5,"d":6}' };
    const { cards } = ankiRows([note("a"), { ...note("b"), deckId: 7 }], NOW, (id) => (id === "b" ? review : null));
    expect(cards[0]).toMatchObject({ did: 42, type: 0, queue: 0, due: 1, data: "" });
    expect(cards[1]).toMatchObject({ did: 7, ...review });
  });
});
