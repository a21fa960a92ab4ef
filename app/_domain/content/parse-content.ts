import { z } from "zod";
import { statementOf } from "../answers/mistake";
import { findScenario } from "../tcp/scenarios";
import { parseBlocks, splitFrontMatter } from "./blocks";
import { ContentError, ContentErrors } from "./errors";
import { parseContentFile } from "./parse-file";
import { idSchema, locales, type Card, type Correction, type Misconception, type Topic } from "./schema";

export type ContentFile = { name: string; text: string };
export type Content = { topics: Topic[]; cards: Card[]; misconceptions: Misconception[]; corrections: Correction[] };

export const MISCONCEPTIONS_FILE = "misconceptions.md";
export const CORRECTIONS_FILE = "corrections.md";

const correctionMeta = z
  .object({
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: "seed names a file of the seeds folder, like 001_4625019ba221ac6e.txt" }),
    quote: z.string().min(1),
  })
  .strict();

function parseMisconceptions(file: ContentFile, errors: ContentError[]): Misconception[] {
  const fm = splitFrontMatter(file.name, file.text);
  const blocks = parseBlocks(file.name, fm.body, fm.bodyLine, errors);
  // Headings at another level are not blocks: without this the file would define nothing, silently.
  if (!blocks.length)
    errors.push(
      new ContentError(
        file.name,
        fm.bodyLine,
        null,
        'defines no misconceptions: each is a "## <kebab-case id>" heading with a one-line ### ko and ### en label',
      ),
    );
  return blocks.flatMap((b) => {
    const ko = b.locales.ko?.[0]?.text;
    const en = b.locales.en?.[0]?.text;
    if (!idSchema.safeParse(b.heading).success || !ko || !en) {
      errors.push(new ContentError(file.name, b.line, b.heading, "a misconception is a kebab-case id heading with a one-line ### ko and ### en label"));
      return [];
    }
    return [{ id: b.heading, label: { ko, en } }];
  });
}

function parseCorrections(file: ContentFile, errors: ContentError[]): Correction[] {
  const fm = splitFrontMatter(file.name, file.text);
  return parseBlocks(file.name, fm.body, fm.bodyLine, errors).flatMap((b) => {
    const meta = correctionMeta.safeParse(b.yaml);
    const parts = locales.map((l) => b.locales[l]);
    if (!idSchema.safeParse(b.heading).success) errors.push(new ContentError(file.name, b.line, b.heading, "a correction heading is its kebab-case id"));
    else if (!meta.success)
      errors.push(new ContentError(file.name, b.yamlLine, b.heading, `yaml: ${meta.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`));
    else if (parts.some((p) => !p || p.length !== 2 || !p[0]!.text || !p[1]!.text))
      errors.push(new ContentError(file.name, b.line, b.heading, "each locale states what the seed says, then --- and what is right and why"));
    else {
      const [ko, en] = parts as [NonNullable<(typeof parts)[0]>, NonNullable<(typeof parts)[0]>];
      return [
        {
          id: b.heading,
          seed: meta.data.seed,
          quote: meta.data.quote,
          file: file.name,
          line: b.line,
          ko: { wrong: ko[0]!.text, right: ko[1]!.text },
          en: { wrong: en[0]!.text, right: en[1]!.text },
        },
      ];
    }
    return [];
  });
}

/** Parses and cross-checks all content; throws ContentErrors listing every problem. */
export function parseContent(files: ContentFile[]): Content {
  const errors: ContentError[] = [];
  const topics: Topic[] = [];
  const cards: Card[] = [];
  let misconceptions: Misconception[] = [];
  let corrections: Correction[] = [];
  for (const file of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    try {
      if (file.name.endsWith(MISCONCEPTIONS_FILE)) misconceptions = parseMisconceptions(file, errors);
      else if (file.name.endsWith(CORRECTIONS_FILE)) corrections = parseCorrections(file, errors);
      else {
        const parsed = parseContentFile(file.name, file.text);
        errors.push(...parsed.errors);
        if (parsed.topic) topics.push(parsed.topic);
        cards.push(...parsed.cards);
      }
    } catch (e) {
      if (e instanceof ContentError) errors.push(e);
      else throw e;
    }
  }

  const seenTopics = new Map<string, Topic>();
  for (const t of topics) {
    const other = seenTopics.get(t.id);
    if (other) errors.push(new ContentError(t.file, 2, null, `topic id "${t.id}" is also used by ${other.file}`));
    seenTopics.set(t.id, t);
  }
  const seenCards = new Map<string, Card>();
  const misconceptionIds = new Set(misconceptions.map((m) => m.id));
  const correctionIds = new Set(corrections.map((c) => c.id));
  for (const c of cards) {
    const other = seenCards.get(c.id);
    if (other) errors.push(new ContentError(c.file, c.line, c.id, `the id is also used at ${other.file}:${other.line}; ids must be unique`));
    seenCards.set(c.id, c);
    const named = [...c.meta.misconceptions, ...c.meta.remedial, ...(c.meta.rubric?.wrong.map((w) => w.misconception) ?? [])];
    for (const m of named)
      if (!misconceptionIds.has(m)) errors.push(new ContentError(c.file, c.line, c.id, `misconception "${m}" is not defined in ${MISCONCEPTIONS_FILE}`));
    if (c.meta.correction && !correctionIds.has(c.meta.correction))
      errors.push(new ContentError(c.file, c.line, c.id, `correction "${c.meta.correction}" is not in ${CORRECTIONS_FILE}`));
  }
  const topicIds = new Set(topics.map((t) => t.id));
  for (const c of cards) {
    const r = c.meta.rubric;
    if (r?.concept && !topicIds.has(r.concept))
      errors.push(new ContentError(c.file, c.line, c.id, `rubric concept "${r.concept}" is not a topic id (${[...topicIds].join(", ")})`));
    if (r?.followUp && seenCards.get(r.followUp)?.kind !== "interview")
      errors.push(new ContentError(c.file, c.line, c.id, `rubric followUp "${r.followUp}" is not an interview prompt`));
    const concept = c.meta.concept;
    if (concept !== undefined) {
      const scenario = c.meta.scenario ? findScenario(c.meta.scenario) : undefined;
      if (c.kind !== "scenario")
        errors.push(
          new ContentError(
            c.file,
            c.line,
            c.id,
            `concept is for scenario cards (a ${c.kind} card measures its own topic; an interview card names its concept in the rubric)`,
          ),
        );
      else if (!topicIds.has(concept))
        errors.push(new ContentError(c.file, c.line, c.id, `concept "${concept}" is not a topic id (${[...topicIds].join(", ")})`));
      // A mock interviewer asks for flag names; data segments have a form only in the simulator.
      else if (scenario?.script.some((step) => "data" in step && step.data))
        errors.push(new ContentError(c.file, c.line, c.id, `scenario "${scenario.id}" carries data, which is recited only in the simulator: drop its concept`));
    }
  }
  // A spot-the-mistake card drills a seed's own words: it names its correction and its Korean
  // prompt quotes what the correction quotes; the words to find are in the quoted statement.
  const correctionsById = new Map(corrections.map((c) => [c.id, c]));
  for (const c of cards.filter((card) => card.kind === "mistake")) {
    const corr = c.meta.correction ? correctionsById.get(c.meta.correction) : undefined;
    if (!c.meta.correction)
      errors.push(
        new ContentError(c.file, c.line, c.id, `a mistake card quotes a seed note: name its correction from ${CORRECTIONS_FILE} ("correction: <id>")`),
      );
    else if (corr && !quotes(c.ko.prompt, corr.quote))
      errors.push(new ContentError(c.file, c.line, c.id, `the Korean prompt does not quote the seed's words of correction "${corr.id}": ${corr.quote}`));
    for (const locale of ["ko", "en"] as const) {
      const spot = c.meta.spot?.[locale];
      const statement = statementOf(c[locale].prompt);
      if (!spot)
        errors.push(
          new ContentError(
            c.file,
            c.line,
            c.id,
            `a mistake card names the wrong words of its quoted statement for the learner to find ("spot: { ${locale}: { wrong: [...], fix: [...] } }")`,
          ),
        );
      else if (!statement)
        errors.push(new ContentError(c.file, c.line, c.id, `the ${locale} prompt quotes no statement ("..." or a > block quote) to find the mistake in`));
      else
        for (const w of spot.wrong)
          if (!statement.includes(w))
            errors.push(new ContentError(c.file, c.line, c.id, `the ${locale} wrong words "${w}" are not in the quoted statement: ${statement}`));
    }
  }
  const drilled = new Set(cards.filter((c) => c.kind === "mistake").map((c) => c.meta.correction));
  for (const corr of corrections) {
    if (!drilled.has(corr.id))
      errors.push(
        new ContentError(corr.file, corr.line, corr.id, `no spot-the-mistake card drills this correction (add "correction: ${corr.id}" to a mistake card)`),
      );
  }
  if (errors.length) throw new ContentErrors(errors);
  return { topics: topics.sort((a, b) => a.order - b.order), cards, misconceptions, corrections };
}

/** Text as a seed's words are compared: Markdown emphasis and code marks dropped, white space collapsed. */
export function plainWords(text: string): string {
  return text
    .replace(/\*\*|`/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Whether `text` quotes `quote`: every part of the quote (parts are split at "...", which
 * marks words left out) appears in the text, in order.
 */
export function quotes(text: string, quote: string): boolean {
  const plain = plainWords(text);
  let from = 0;
  for (const part of quote.split("...").map(plainWords).filter(Boolean)) {
    const at = plain.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
