// npm run -s content:dump: every parsed card as one JSON object per line, per locale.
import { ContentErrors, dumpCards } from "@/app/_domain/content";
import { readContent } from "@/app/_server/content/read-content";

try {
  for (const card of dumpCards(readContent().cards)) process.stdout.write(`${JSON.stringify(card)}\n`);
} catch (e) {
  if (!(e instanceof ContentErrors)) throw e;
  for (const err of e.errors) console.error(err.message);
  process.exit(1);
}
