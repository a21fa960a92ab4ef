import type { List, RootContent } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";
import { ContentError } from "./errors";
import type { Locale } from "./schema";

const parser = unified().use(remarkParse).use(remarkGfm);

/** One part of a locale section (parts are separated by `---` lines). */
export type Part = { text: string; nodes: RootContent[]; line: number };

/** A `## heading` block: an optional ```yaml fence, then `### ko` and `### en` sections. */
export type Block = { heading: string; line: number; yaml: unknown; yamlLine: number; locales: Partial<Record<Locale, Part[]>> };

/** Splits `---\nyaml\n---` front matter off; returns it with the line the body starts on. */
export function splitFrontMatter(file: string, text: string): { data: unknown; body: string; bodyLine: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) throw new ContentError(file, 1, null, "the file must start with front matter between two --- lines");
  let data: unknown;
  try {
    data = parseYaml(m[1]!);
  } catch (e) {
    throw new ContentError(file, 2, null, `front matter is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
  const consumed = m[0].split("\n").length - 1;
  return { data, body: text.slice(m[0].length), bodyLine: consumed + 1 };
}

/** The card id of a block: the last word of its heading ("## basic hs3-order" → "hs3-order"). */
export function blockId(block: Block): string {
  return block.heading.split(/\s+/).at(-1) ?? block.heading;
}

/** Parses a Markdown body into blocks with a real Markdown parser (remark + GFM). */
export function parseBlocks(file: string, body: string, lineOffset: number, errors: ContentError[]): Block[] {
  const tree = parser.parse(body);
  const line = (n: RootContent) => (n.position?.start.line ?? 1) + lineOffset - 1;
  const slice = (nodes: RootContent[]) =>
    nodes.length ? body.slice(nodes[0]!.position!.start.offset, nodes[nodes.length - 1]!.position!.end.offset).trim() : "";
  const blocks: Block[] = [];
  let block: Block | null = null;
  let locale: Locale | null = null;
  let current: RootContent[] = [];

  const closePart = () => {
    if (block && locale) {
      const parts = (block.locales[locale] ??= []);
      parts.push({ text: slice(current), nodes: current, line: current[0] ? line(current[0]) : block.line });
    }
    current = [];
  };

  for (const node of tree.children) {
    if (node.type === "heading" && node.depth === 1) continue;
    if (node.type === "heading" && node.depth === 2) {
      closePart();
      locale = null;
      block = { heading: slice(node.children), line: line(node), yaml: {}, yamlLine: line(node), locales: {} };
      blocks.push(block);
      continue;
    }
    // Text before the first card is the file's introduction for human readers.
    if (!block) continue;
    if (node.type === "code" && node.lang === "yaml" && !locale && Object.keys(block.locales).length === 0) {
      try {
        block.yaml = parseYaml(node.value) ?? {};
        block.yamlLine = line(node);
      } catch (e) {
        errors.push(new ContentError(file, line(node), blockId(block), `the yaml block is not valid YAML: ${(e as Error).message.split("\n")[0]}`));
      }
      continue;
    }
    if (node.type === "heading" && node.depth === 3) {
      closePart();
      const name = slice(node.children).trim().toLowerCase();
      if (name !== "ko" && name !== "en") {
        errors.push(new ContentError(file, line(node), blockId(block), `"### ${name}" is not a locale section; use "### ko" or "### en"`));
        locale = null;
      } else if (block.locales[name]) {
        errors.push(new ContentError(file, line(node), blockId(block), `the "### ${name}" section appears twice`));
        locale = null;
      } else locale = name;
      continue;
    }
    if (!locale) {
      errors.push(new ContentError(file, line(node), blockId(block), "text outside a `### ko` or `### en` section"));
      continue;
    }
    if (node.type === "thematicBreak") {
      closePart();
      continue;
    }
    current.push(node);
  }
  closePart();
  return blocks;
}

/** The first GFM task list of a part (multiple-choice options), if any. */
export function taskList(part: Part): List | undefined {
  return part.nodes.find((n): n is List => n.type === "list" && n.children.some((item) => typeof item.checked === "boolean"));
}

export function orderedList(part: Part): List | undefined {
  return part.nodes.find((n): n is List => n.type === "list" && !!n.ordered);
}

/** Source text of a part without the given node (e.g. the prompt without its option list). */
export function textWithout(part: Part, body: string, skip: RootContent | undefined): string {
  const kept = part.nodes.filter((n) => n !== skip);
  if (!kept.length) return "";
  return kept
    .map((n) => body.slice(n.position!.start.offset, n.position!.end.offset))
    .join("\n\n")
    .trim();
}

export function itemTexts(list: List, body: string): string[] {
  return list.children.map((item) =>
    item.children
      .map((c) => body.slice(c.position!.start.offset, c.position!.end.offset))
      .join("\n")
      .trim(),
  );
}
