import { ContentError } from "./errors";
import { itemTexts, orderedList, parseBlocks, splitFrontMatter, taskList, textWithout, type Block } from "./blocks";
import { cardKinds, frontMatterSchema, KEBAB_ID, locales, metaSchema, type Card, type CardKind, type Locale, type LocaleBody, type Topic } from "./schema";

const CLOZE = /\{\{c\d+::[^}]+\}\}/;

function zodProblem(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`).join("; ");
}

function localeBody(kind: CardKind, block: Block, body: string, locale: Locale, fail: (line: number, msg: string) => void): LocaleBody | null {
  const parts = block.locales[locale];
  if (!parts) {
    fail(block.line, `the "### ${locale}" section is missing (every card exists in Korean and English)`);
    return null;
  }
  const [prompt, answer, detailed] = parts;
  const need = kind === "interview" ? 3 : kind === "cloze" ? 1 : 2;
  if (parts.length < need || !prompt?.text) {
    const what =
      kind === "interview"
        ? "a question, a short model answer and a detailed one, separated by --- lines"
        : kind === "cloze"
          ? "a sentence with {{c1::...}}"
          : "a prompt and an answer separated by a --- line";
    fail(prompt?.line ?? block.line, `the ${locale} section needs ${what}`);
    return null;
  }
  if (parts.length > Math.max(need, 2)) fail(parts[need]!.line, `the ${locale} section has ${parts.length} parts separated by ---; expected ${need}`);
  const out: LocaleBody = { prompt: prompt.text, answer: answer?.text ?? "" };
  if (kind === "interview") out.detailed = detailed?.text ?? "";
  if (kind === "cloze" && !CLOZE.test(prompt.text)) fail(prompt.line, `the ${locale} cloze has no {{c1::...}} deletion`);
  if (kind === "mcq") {
    const list = taskList(prompt);
    const options = list ? itemTexts(list, body).map((text, i) => ({ text, correct: !!list.children[i]!.checked })) : [];
    if (options.length < 2) fail(prompt.line, `the ${locale} multiple choice needs at least two options written as "- [ ] wrong" / "- [x] right"`);
    else if (!options.some((o) => o.correct)) fail(prompt.line, `the ${locale} multiple choice marks no option right ("- [x] ...")`);
    out.prompt = textWithout(prompt, body, list);
    out.options = options;
  }
  if (kind === "ordering") {
    const list = answer ? orderedList(answer) : undefined;
    if (!list || list.children.length < 2)
      fail(answer?.line ?? prompt.line, `the ${locale} ordering answer needs a numbered list of at least two items in the right order`);
    else out.items = itemTexts(list, body);
  }
  return out;
}

/** Parses one topic file. Problems are collected, never thrown, so a check lists them all. */
export function parseContentFile(file: string, text: string): { topic: Topic | null; cards: Card[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  let fm: ReturnType<typeof splitFrontMatter>;
  try {
    fm = splitFrontMatter(file, text);
  } catch (e) {
    return { topic: null, cards: [], errors: [e as ContentError] };
  }
  const meta = frontMatterSchema.safeParse(fm.data);
  if (!meta.success) errors.push(new ContentError(file, 2, null, `front matter: ${zodProblem(meta.error.issues)}`));
  const topicId = meta.success ? meta.data.id : "?";
  const blocks = parseBlocks(file, fm.body, fm.bodyLine, errors);
  const cards: Card[] = [];
  blocks.forEach((block, position) => {
    const [kindRaw = "", id = "", ...extra] = block.heading.split(/\s+/);
    const fail = (line: number, msg: string) => errors.push(new ContentError(file, line, id || null, msg));
    if (!(cardKinds as readonly string[]).includes(kindRaw) || !id || extra.length) {
      fail(block.line, `the heading must be "## <kind> <id>" with kind one of ${cardKinds.join(", ")} (got "## ${block.heading}")`);
      return;
    }
    const kind = kindRaw as CardKind;
    const parsedMeta = metaSchema.safeParse(block.yaml);
    if (!parsedMeta.success) {
      fail(block.yamlLine, `yaml: ${zodProblem(parsedMeta.error.issues)}`);
      return;
    }
    if (!KEBAB_ID.test(id)) fail(block.line, `the id "${id}" must be kebab-case`);
    if (kind === "interview" && !parsedMeta.data.rubric) fail(block.yamlLine, "an interview card needs a rubric in its yaml block");
    if (kind === "scenario" && !parsedMeta.data.scenario) fail(block.yamlLine, "a scenario card names its simulator scenario (scenario: <id>)");
    const bodies = locales.map((l) => localeBody(kind, block, fm.body, l, fail));
    if (bodies[0] && bodies[1]) {
      if (kind === "mcq" && bodies[0].options?.length !== bodies[1].options?.length)
        fail(block.line, "the ko and en versions have a different number of options");
      if (kind === "ordering" && bodies[0].items?.length !== bodies[1].items?.length)
        fail(block.line, "the ko and en versions order a different number of items");
      cards.push({ id, kind, topic: topicId, position, file, line: block.line, meta: parsedMeta.data, ko: bodies[0], en: bodies[1] });
    }
  });
  return { topic: meta.success ? { ...meta.data, file } : null, cards, errors };
}
