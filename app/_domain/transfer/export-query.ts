import { z } from "zod";

/** One deck for everything, or a subdeck per topic under the app's deck. */
export const ANKI_DECK_LAYOUTS = ["one", "topics"] as const;
export type AnkiDeckLayout = (typeof ANKI_DECK_LAYOUTS)[number];

// The progress export's query: ?format=json|csv|apkg, and for an .apkg &decks=one|topics.
// Other parameters (a cache buster, say) are ignored, not refused.
export const exportQuerySchema = z.object({
  format: z.enum(["json", "csv", "apkg"], { error: 'format must be "json", "csv" or "apkg"' }).default("json"),
  decks: z.enum(ANKI_DECK_LAYOUTS, { error: 'decks must be "one" or "topics"' }).default("topics"),
});
export type ExportQuery = z.output<typeof exportQuerySchema>;
