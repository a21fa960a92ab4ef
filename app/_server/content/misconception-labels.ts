import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { MISCONCEPTIONS_FILE, parseContent } from "@/app/_domain/content";
import type { Locale } from "@/app/_domain/locale";

// Misconception labels live only in content/misconceptions.md (the database stores the ids on
// cards). The file changes only with a deploy, so it is parsed once per process. The path is
// spelled out (not read-content's contentDir()) so the build traces one file, not the project.
let labels: Record<Locale, ReadonlyMap<string, string>> | null = null;

/** id → label in the locale; empty when the file is missing or broken (the ids are shown then). */
export function misconceptionLabels(locale: Locale): ReadonlyMap<string, string> {
  if (!labels) {
    try {
      const text = readFileSync(path.join(process.cwd(), "content", "misconceptions.md"), "utf8");
      const list = parseContent([{ name: MISCONCEPTIONS_FILE, text }]).misconceptions;
      labels = { ko: new Map(list.map((m) => [m.id, m.label.ko])), en: new Map(list.map((m) => [m.id, m.label.en])) };
    } catch {
      labels = { ko: new Map(), en: new Map() };
    }
  }
  return labels[locale];
}
