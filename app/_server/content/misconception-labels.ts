import "server-only";
import type { Locale } from "@/app/_domain/content";
import { readContent } from "./read-content";

// Misconceptions live only in content/misconceptions.md (cards store their ids); content does
// not change while the server runs, so one read serves every request.
let labels: Map<string, { ko: string; en: string }> | null = null;

export function misconceptionLabels(locale: Locale): Record<string, string> {
  labels ??= new Map(readContent().misconceptions.map((m) => [m.id, m.label]));
  return Object.fromEntries([...labels].map(([id, l]) => [id, l[locale]]));
}
