import "server-only";
import { readCardBody, type StoredCard } from "@/app/_domain/content";
import { clozeBlanks, keyTerms, startingOrder, statementOf } from "@/app/_domain/answers";
import { renderMarkdown } from "@/app/_domain/markdown/render-markdown";
import { memoryStateOf, serializeState, type MemoryStateRow } from "@/app/_domain/scheduling";
import type { AnswerCheck, StudyCard } from "@/app/_domain/study/types";
import type { Locale } from "@/app/_domain/locale";

type CardRow = { id: string; kind: string; bodyKo: string; bodyEn: string };

/** A short fragment (an option) without the paragraph Markdown wraps around it. */
function renderInline(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>$/, "$1");
}

const CLOZE = /\{\{c\d+::(.*?)(?:::(.*?))?\}\}/g;

/** The statement as the learner taps it: Markdown marks dropped, white space collapsed. */
const plain = (text: string) =>
  text
    .replace(/\*\*|`/g, "")
    .replace(/\s+/g, " ")
    .trim();

function answerCheck(kind: string, id: string, body: StoredCard): AnswerCheck | undefined {
  if (kind === "cloze") return { kind: "cloze", blanks: clozeBlanks(body.prompt) };
  if (kind === "ordering" && body.items?.length) return { kind: "order", itemsHtml: body.items.map(renderInline), start: startingOrder(id, body.items.length) };
  if (kind === "mistake" && body.spot) {
    const statement = statementOf(body.prompt);
    if (statement) return { kind: "spot", statement: plain(statement), wrong: body.spot.wrong.map(plain), fix: body.spot.fix };
  }
  if (kind === "basic" || kind === "why") return { kind: "typed", terms: keyTerms(body.answer) };
  return undefined;
}

/** A stored card in the learner's language, rendered to sanitized HTML for the review screen. */
export function toStudyCard(card: CardRow, state: MemoryStateRow | null, topic: string, locale: Locale): StudyCard {
  const body = readCardBody(card, locale);
  let prompt = body.prompt;
  let answer = body.answer;
  if (card.kind === "cloze") {
    const full = prompt;
    let n = 0;
    prompt = full.replace(CLOZE, (_, _text, hint) => `**[${++n}${hint ? `: ${hint}` : ""}]**`);
    answer = [full.replace(CLOZE, (_, text) => `**${text}**`), answer].filter(Boolean).join("\n\n");
  }
  if (card.kind === "ordering" && body.items && !answer) answer = body.items.map((item, i) => `${i + 1}. ${item}`).join("\n");
  const options = body.options?.map((o) => ({ html: renderInline(o.text), correct: o.correct }));
  const check = answerCheck(card.kind, card.id, body);
  return {
    id: card.id,
    kind: card.kind,
    topic,
    promptHtml: renderMarkdown(prompt),
    answerHtml: renderMarkdown(answer),
    ...(options ? { options } : {}),
    ...(check ? { check } : {}),
    state: state && serializeState(memoryStateOf(state)),
  };
}
