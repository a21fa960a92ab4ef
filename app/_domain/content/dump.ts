import type { Card, Locale, Spot } from "./schema";

export type DumpedCard = {
  id: string;
  kind: string;
  locale: Locale;
  topic: string;
  prompt: string;
  answer: string;
  detailed?: string;
  options?: { text: string; correct: boolean }[];
  items?: string[];
  scenario?: string;
  concept?: string;
  rubric?: unknown;
  misconceptions: string[];
  remedial: string[];
  correction?: string;
  spot?: Spot;
};

/** One flat record per card per locale: what `content:dump` prints and the app stores. */
export function dumpCards(cards: Card[]): DumpedCard[] {
  return cards.flatMap((c) =>
    (["ko", "en"] as const).map((locale) => {
      const body = c[locale];
      const out: DumpedCard = { id: c.id, kind: c.kind, locale, topic: c.topic, prompt: body.prompt, answer: body.answer, misconceptions: c.meta.misconceptions, remedial: c.meta.remedial };
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
