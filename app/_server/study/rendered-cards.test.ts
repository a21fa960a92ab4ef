import Database from "better-sqlite3";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { dumpCards } from "@/app/_domain/content";
import { ANKI_ROOT_DECK } from "@/app/_domain/transfer";
import { readContent } from "../content/read-content";
import { apkgBytes, noteOf } from "../transfer/apkg";
import { toStudyCard } from "./study-card";

// Every card as stored (one JSON body per language, as content:import writes it).
const content = readContent();
const bodies = new Map<string, { ko?: string; en?: string }>();
for (const d of dumpCards(content.cards)) (bodies.get(d.id) ?? bodies.set(d.id, {}).get(d.id)!)[d.locale] = JSON.stringify(d);
const rows = content.cards.map((c) => ({ id: c.id, kind: c.kind, topic: c.topic, bodyKo: bodies.get(c.id)!.ko!, bodyEn: bodies.get(c.id)!.en! }));

/** Emphasis marks left in rendered text (code spans may hold them on purpose). */
function literalMarks(html: string): string[] {
  const text = html.replace(/<code>[\s\S]*?<\/code>/g, "");
  return [...text.matchAll(/.{0,20}(\*\*|__).{0,20}/gs)].map((m) => m[0]);
}

describe("every card renders its emphasis", () => {
  it.each(["ko", "en"] as const)("no literal ** or __ in any %s card", (locale) => {
    const left: string[] = [];
    for (const row of rows) {
      const card = toStudyCard(row, null, row.topic, locale);
      const html = [
        card.promptHtml,
        card.answerHtml,
        ...(card.options?.map((o) => o.html) ?? []),
        ...(card.check?.kind === "order" ? card.check.itemsHtml : []),
      ].join("\n");
      for (const m of literalMarks(html)) left.push(`${row.id}: ${m}`);
    }
    expect(left).toEqual([]);
    expect(rows.length).toBeGreaterThan(100);
  });

  it("no literal ** or __ in the .apkg's note fields", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "apkg-"));
    try {
      const notes = rows.map((r) => noteOf(r, r.topic, ANKI_ROOT_DECK.id));
      const { bytes } = apkgBytes({ decks: [ANKI_ROOT_DECK], notes, now: new Date("2026-12-01T00:00:00Z") });
      const file = path.join(dir, "collection.anki2");
      writeFileSync(file, unzipSync(bytes)["collection.anki2"]!);
      const db = new Database(file, { readonly: true });
      const fields = db.prepare("SELECT flds FROM notes").all() as { flds: string }[];
      db.close();
      expect(fields).toHaveLength(rows.length);
      const left = fields.flatMap((f) => literalMarks(f.flds));
      expect(left).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
