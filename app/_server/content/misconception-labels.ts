import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseContent } from "@/app/_domain/content";
import type { Locale } from "@/app/_domain/locale";

type Labels = Record<Locale, ReadonlyMap<string, string>>;

// Misconception labels live only in content/misconceptions.md (the database stores the ids on
// cards). The file changes only with a deploy, so it is parsed once per process; a failure is
// not kept, so the next request reads the file again. The path is spelled out (not
// read-content's contentDir()) so the build traces one file, not the project.
let labels: Labels | null = null;

/**
 * Every misconception's label in both languages, read from `file` (a misconceptions.md). A missing or broken file
 * throws, naming the file, the line and what is wrong (the start-up import and content:check
 * refuse the same file), instead of labels that are silently empty.
 */
export function readMisconceptionLabels(file: string): Labels {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`Misconception labels: cannot read ${file} (${(e as Error).message}).`, { cause: e });
  }
  // Named as content:check names it (content/misconceptions.md), so its messages read the same.
  const list = parseContent([{ name: path.relative(process.cwd(), file), text }]).misconceptions;
  return { ko: new Map(list.map((m) => [m.id, m.label.ko])), en: new Map(list.map((m) => [m.id, m.label.en])) };
}

/** id → label in the locale. */
export function misconceptionLabels(locale: Locale): ReadonlyMap<string, string> {
  labels ??= readMisconceptionLabels(path.join(process.cwd(), "content", "misconceptions.md"));
  return labels[locale];
}
