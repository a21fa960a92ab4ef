// npm run content:check: validates content/ and prints a summary per topic and kind.
import { ContentErrors } from "@/app/_domain/content";
import { readContent } from "@/app/_server/content/read-content";

try {
  const content = readContent();
  const kinds = [...new Set(content.cards.map((c) => c.kind))].sort();
  const rows = content.topics.map((t) => {
    const cards = content.cards.filter((c) => c.topic === t.id);
    return [t.id, ...kinds.map((k) => String(cards.filter((c) => c.kind === k).length)), String(cards.length)];
  });
  const header = ["topic", ...kinds, "total"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(line(header));
  for (const r of rows) console.log(line(r));
  console.log(
    `\n${content.cards.length} cards, each in Korean and English (${content.cards.length} ko + ${content.cards.length} en); ${content.misconceptions.length} misconceptions; ${content.corrections.length} seed corrections. Content is valid.`,
  );
} catch (e) {
  if (!(e instanceof ContentErrors)) throw e;
  for (const err of e.errors) console.error(err.message);
  console.error(`\ncontent:check failed: ${e.errors.length} error(s).`);
  process.exit(1);
}
