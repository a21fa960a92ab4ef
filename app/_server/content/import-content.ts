import { contentHash, dumpCards, type Content } from "@/app/_domain/content";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { createDb, type Db } from "../db/client";
import { readContent } from "./read-content";

export type ImportSummary = { created: number; updated: number; unchanged: number; retired: number; restored: number; topics: number };

/**
 * Writes parsed content into the database in one transaction: unchanged cards are left
 * alone (by content hash), cards no longer in content are retired, never deleted, so that
 * learners' history stays; a card that comes back is restored.
 */
export async function importContent(db: Db, content: Content, now = new Date()): Promise<ImportSummary> {
  const bodies = new Map<string, { ko: string; en: string }>();
  for (const d of dumpCards(content.cards)) {
    const entry = bodies.get(d.id) ?? { ko: "", en: "" };
    entry[d.locale] = JSON.stringify(d);
    bodies.set(d.id, entry);
  }
  return db.$transaction(async (tx) => {
    const summary: ImportSummary = { created: 0, updated: 0, unchanged: 0, retired: 0, restored: 0, topics: content.topics.length };
    const existingTopics = new Map((await tx.topic.findMany()).map((t) => [t.id, t]));
    for (const t of content.topics) {
      const old = existingTopics.get(t.id);
      if (!old || old.position !== t.order || old.titleKo !== t.title.ko || old.titleEn !== t.title.en) {
        await tx.topic.upsert({
          where: { id: t.id },
          create: { id: t.id, position: t.order, titleKo: t.title.ko, titleEn: t.title.en },
          update: { position: t.order, titleKo: t.title.ko, titleEn: t.title.en },
        });
      }
    }
    const existing = new Map(
      (await tx.card.findMany({ select: { id: true, contentHash: true, retiredAt: true, position: true, topicId: true } })).map((c) => [c.id, c]),
    );
    const creates = [];
    for (const card of content.cards) {
      const hash = contentHash(card);
      const body = bodies.get(card.id)!;
      const old = existing.get(card.id);
      const data = {
        topicId: card.topic,
        kind: card.kind,
        position: card.position,
        bodyKo: body.ko,
        bodyEn: body.en,
        misconceptions: [...card.meta.misconceptions, ...card.meta.remedial].join(" "),
        contentHash: hash,
        retiredAt: null,
      };
      if (!old) creates.push({ id: card.id, ...data });
      else if (old.contentHash !== hash || old.retiredAt || old.position !== card.position || old.topicId !== card.topic) {
        await tx.card.update({ where: { id: card.id }, data });
        if (old.retiredAt) summary.restored += 1;
        else summary.updated += 1;
      } else summary.unchanged += 1;
    }
    if (creates.length) await tx.card.createMany({ data: creates });
    summary.created = creates.length;
    const live = new Set(content.cards.map((c) => c.id));
    const gone = [...existing.values()].filter((c) => !live.has(c.id) && !c.retiredAt).map((c) => c.id);
    if (gone.length) await tx.card.updateMany({ where: { id: { in: gone } }, data: { retiredAt: now } });
    summary.retired = gone.length;
    return summary;
  }, IMPORT_TRANSACTION);
}

/**
 * Prisma ends an interactive transaction after 5 s by default. A first import writes every card
 * (about 180, a few kilobytes each, in both languages) in one transaction, which took over 7 s
 * on PostgreSQL on a loaded 2-core machine; it runs at start-up and from the command line, never
 * per request, so it may take its time.
 */
const IMPORT_TRANSACTION = { maxWait: 30_000, timeout: 120_000 };

/** Reads content/ and imports it into the database `config` names, with its own client. */
export async function importContentInto(config: DatabaseConfig, now = new Date()): Promise<ImportSummary> {
  const content = readContent();
  const db = createDb(config);
  try {
    return await importContent(db, content, now);
  } finally {
    await db.$disconnect();
  }
}
