import { z } from "zod";
import { StoredCardError } from "./errors";
import { cardKinds, idSchema, locales, rubricSchema, spotLocaleSchema, type Card, type Locale } from "./schema";

/**
 * One card in one language as the database stores it (Card.bodyKo, Card.bodyEn) and
 * `content:dump` prints it: one flat record, written by dumpCards and read by readCardBody.
 */
export const storedCardSchema = z.object({
  id: idSchema,
  kind: z.enum(cardKinds),
  locale: z.enum(locales),
  topic: z.string(),
  prompt: z.string(),
  answer: z.string(),
  /** Interview prompts: the detailed model answer (the short one is `answer`). */
  detailed: z.string().optional(),
  options: z.array(z.object({ text: z.string(), correct: z.boolean() })).optional(),
  items: z.array(z.string()).optional(),
  scenario: z.string().optional(),
  concept: z.string().optional(),
  rubric: rubricSchema.optional(),
  misconceptions: z.array(z.string()),
  remedial: z.array(z.string()),
  correction: z.string().optional(),
  spot: spotLocaleSchema.optional(),
});
export type StoredCard = z.infer<typeof storedCardSchema>;

/** One flat record per card per locale: what `content:dump` prints and the app stores. */
export function dumpCards(cards: Card[]): StoredCard[] {
  return cards.flatMap((c) =>
    locales.map((locale) => {
      const body = c[locale];
      const out: StoredCard = {
        id: c.id,
        kind: c.kind,
        locale,
        topic: c.topic,
        prompt: body.prompt,
        answer: body.answer,
        misconceptions: c.meta.misconceptions,
        remedial: c.meta.remedial,
      };
      if (body.detailed !== undefined) out.detailed = body.detailed;
      if (body.options) out.options = body.options;
      if (body.items) out.items = body.items;
      if (c.meta.scenario) out.scenario = c.meta.scenario;
      if (c.meta.concept) out.concept = c.meta.concept;
      if (c.meta.rubric) out.rubric = c.meta.rubric;
      if (c.meta.correction) out.correction = c.meta.correction;
      if (c.meta.spot) out.spot = c.meta.spot[locale];
      return out;
    }),
  );
}

/**
 * A stored card's body in `locale`, read back with the schema it was written by. The importer
 * stored what content:check accepted, so a body that does not read is a database written by
 * something else (or by hand): an error naming the card and the field, never a guess.
 */
export function readCardBody(row: { id: string; bodyKo: string; bodyEn: string }, locale: Locale): StoredCard {
  let json: unknown;
  try {
    json = JSON.parse(locale === "ko" ? row.bodyKo : row.bodyEn);
  } catch (e) {
    throw new StoredCardError(row.id, locale, `not JSON (${(e as Error).message})`);
  }
  const parsed = storedCardSchema.safeParse(json);
  if (!parsed.success) throw new StoredCardError(row.id, locale, parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
  return parsed.data;
}
