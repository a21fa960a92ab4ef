import "server-only";
import { isPlainId } from "@/app/_domain/input/fields";
import { readCardBody, StoredCardError, type Locale, type Rubric } from "@/app/_domain/content";
import { renderMarkdown } from "@/app/_domain/markdown/render-markdown";
import { splitMisconceptions } from "@/app/_domain/progress";
import { getDb, type Db } from "../db/client";

export type PromptSummary = { id: string; topic: string; prompt: string; seconds: { short: number; detailed: number } };
export type InterviewPrompt = PromptSummary & { rubric: Rubric; modelShortHtml: string; modelDetailedHtml: string; misconceptions: string[] };

type Row = { id: string; topicId: string; bodyKo: string; bodyEn: string; misconceptions: string };

/** A stored interview card as a prompt in the locale, with its rubric and rendered model answers. */
export function interviewPromptOf(row: Row, locale: Locale): InterviewPrompt {
  const body = readCardBody(row, locale);
  const rubric = body.rubric;
  if (!rubric) throw new StoredCardError(row.id, locale, "an interview card without a rubric");
  return {
    id: row.id,
    topic: row.topicId,
    prompt: body.prompt,
    seconds: rubric.seconds,
    rubric,
    modelShortHtml: renderMarkdown(body.answer),
    modelDetailedHtml: renderMarkdown(body.detailed ?? ""),
    misconceptions: splitMisconceptions(row.misconceptions),
  };
}

const select = { id: true, topicId: true, bodyKo: true, bodyEn: true, misconceptions: true } as const;

/** Live interview prompts in content order. */
export async function fetchInterviewPrompts(locale: Locale, db: Db = getDb()): Promise<PromptSummary[]> {
  const rows = await db.card.findMany({ where: { kind: "interview", retiredAt: null }, orderBy: [{ topicId: "asc" }, { position: "asc" }], select });
  return rows.map((r) => {
    const { id, topic, prompt, seconds } = interviewPromptOf(r, locale);
    return { id, topic, prompt, seconds };
  });
}

/** One live prompt with its rubric and model answers, or null. */
export async function fetchInterviewPrompt(id: string, locale: Locale, db: Db = getDb()): Promise<InterviewPrompt | null> {
  // An id from a URL may hold anything; PostgreSQL refuses a \u0000 with an error, not "none".
  if (!isPlainId(id)) return null;
  const row = await db.card.findFirst({ where: { id, kind: "interview", retiredAt: null }, select });
  return row ? interviewPromptOf(row, locale) : null;
}
