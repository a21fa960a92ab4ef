import { createHash } from "node:crypto";
import type { Card } from "./schema";

/** Changes when anything a learner sees changes; position and file do not count. */
export function contentHash(card: Card): string {
  return createHash("sha256")
    .update(JSON.stringify({ kind: card.kind, topic: card.topic, meta: card.meta, ko: card.ko, en: card.en }))
    .digest("base64url")
    .slice(0, 22);
}
