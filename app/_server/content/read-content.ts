import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseContent, type Content } from "@/app/_domain/content";

export function contentDir(): string {
  return path.join(process.cwd(), "content");
}

/** Reads every Markdown file of content/ (README files are documentation, not content). */
export function readContent(dir = contentDir()): Content {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".md") && !/^readme/i.test(f))
    .map((name) => ({ name: path.join(path.basename(dir), name), text: readFileSync(path.join(dir, name), "utf8") }));
  return parseContent(files);
}
