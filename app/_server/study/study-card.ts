import "server-only";
import { renderMarkdown } from "@/app/_domain/markdown/render-markdown";
import type { SerializedState, StudyCard } from "@/app/_ui/study/types";

type CardRow = { id: string; kind: string; bodyKo: string; bodyEn: string };
type StateRow = Omit<SerializedState, "due" | "lastReview"> & { due: Date; lastReview: Date | null };

type Body = {
  prompt?: string;
  answer?: string;
  explanation?: string;
  options?: (string | { text: string; correct?: boolean })[];
  correct?: number | number[];
  items?: string[];
};

/** A short fragment (an option) without the paragraph Markdown wraps around it. */
function renderInline(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>$/, "$1");
}

const CLOZE = /\{\{c\d+::(.*?)(?:::(.*?))?\}\}/g;

function serializeState(s: StateRow | null): SerializedState | null {
  if (!s) return null;
  return {
    due: s.due.toISOString(),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsedDays: s.elapsedDays,
    scheduledDays: s.scheduledDays,
    learningSteps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    lastReview: s.lastReview ? s.lastReview.toISOString() : null,
  };
}

/** A stored card in the learner's language, rendered to sanitized HTML for the review screen. */
export function toStudyCard(card: CardRow, state: StateRow | null, topic: string, locale: "ko" | "en"): StudyCard {
  const body = JSON.parse(locale === "ko" ? card.bodyKo : card.bodyEn) as Body;
  let prompt = body.prompt ?? "";
  let answer = body.answer ?? "";
  if (card.kind === "cloze") {
    const full = prompt;
    prompt = full.replace(CLOZE, (_, _text, hint) => `**[${hint ?? "…"}]**`);
    answer = [full.replace(CLOZE, (_, text) => `**${text}**`), answer].filter(Boolean).join("\n\n");
  }
  if (card.kind === "ordering" && body.items && !answer) answer = body.items.map((item, i) => `${i + 1}. ${item}`).join("\n");
  if (body.explanation) answer = [answer, body.explanation].filter(Boolean).join("\n\n");
  const correct = new Set(Array.isArray(body.correct) ? body.correct : body.correct === undefined ? [] : [body.correct]);
  const options = body.options?.map((o, i) => (typeof o === "string" ? { html: renderInline(o), correct: correct.has(i) } : { html: renderInline(o.text), correct: !!o.correct || correct.has(i) }));
  return {
    id: card.id,
    kind: card.kind,
    topic,
    promptHtml: renderMarkdown(prompt),
    answerHtml: renderMarkdown(answer),
    ...(options ? { options } : {}),
    state: serializeState(state),
  };
}
