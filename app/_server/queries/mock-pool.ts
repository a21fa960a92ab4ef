import "server-only";
import { segmentKey, type MockItem } from "@/app/_domain/interview";
import { readCardBody, type Locale, type Rubric } from "@/app/_domain/content";
import { renderMarkdown } from "@/app/_domain/markdown/render-markdown";
import { splitMisconceptions } from "@/app/_domain/progress";
import { findScenario, referenceRun } from "@/app/_domain/tcp";
import { getDb, type Db } from "../db/client";
import { interviewPromptOf } from "./interview-prompts";

/** A mock question with what the screen shows and what the server grades against. */
export type MockQuestion = MockItem & {
  promptHtml: string;
  answerHtml: string;
  seconds: number;
  rubric?: Rubric;
  /** Scenario questions: the segments in order, as flag keys ("SYN", "SYN+ACK"). */
  segments?: string[];
};

const CARD_KINDS = ["why", "basic"];
const CARD_SECONDS = 45;
const SCENARIO_SECONDS = 60;

/** Every question a mock interview may ask in the learner's language, or only those of `ids`. */
export async function fetchMockPool(locale: Locale, db: Db = getDb(), ids?: readonly string[]): Promise<MockQuestion[]> {
  const rows = await db.card.findMany({
    where: { retiredAt: null, kind: { in: ["interview", "scenario", ...CARD_KINDS] }, ...(ids ? { id: { in: [...ids] } } : {}) },
    orderBy: [{ topicId: "asc" }, { position: "asc" }],
    select: { id: true, kind: true, topicId: true, bodyKo: true, bodyEn: true, misconceptions: true },
  });
  const pool: MockQuestion[] = [];
  for (const row of rows) {
    if (row.kind === "interview") {
      const { rubric, prompt, modelShortHtml, misconceptions } = interviewPromptOf(row, locale);
      pool.push({
        kind: "interview",
        id: row.id,
        topic: rubric.concept ?? row.topicId,
        misconceptions: [...new Set([...misconceptions, ...rubric.wrong.map((w) => w.misconception)])],
        ...(rubric.followUp ? { followUp: rubric.followUp } : {}),
        promptHtml: renderMarkdown(prompt),
        answerHtml: modelShortHtml,
        seconds: rubric.seconds.short,
        rubric,
      });
      continue;
    }
    const body = readCardBody(row, locale);
    const misconceptions = splitMisconceptions(row.misconceptions);
    if (row.kind === "scenario") {
      // A scenario card names the topic it measures (content/scenarios.md); one without is left to the simulator.
      const concept = body.concept;
      const scenario = body.scenario ? findScenario(body.scenario) : undefined;
      if (!concept || !scenario) continue;
      const segments = referenceRun(scenario.id, { clientIsn: 100, serverIsn: 300 }).flatMap((s) => ("flags" in s ? [segmentKey(s.flags)] : []));
      const ask =
        locale === "ko"
          ? `**${scenario.title.ko}**: 오가는 세그먼트를 순서대로 말해 보세요 (예: SYN → SYN+ACK → ACK).`
          : `**${scenario.title.en}**: name the segments in order (for example SYN → SYN+ACK → ACK).`;
      pool.push({
        kind: "scenario",
        id: row.id,
        topic: concept,
        misconceptions,
        promptHtml: renderMarkdown(`${ask}\n\n${scenario.description[locale]}`),
        answerHtml: renderMarkdown(segments.join(" → ")),
        seconds: SCENARIO_SECONDS,
        segments,
      });
    } else {
      pool.push({
        kind: "card",
        id: row.id,
        topic: row.topicId,
        misconceptions,
        promptHtml: renderMarkdown(body.prompt),
        answerHtml: renderMarkdown(body.answer),
        seconds: CARD_SECONDS,
      });
    }
  }
  return pool;
}
