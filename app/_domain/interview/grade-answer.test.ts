import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseContent, type Card, type Rubric } from "../content";
import { ANSWERS } from "./answers.fixture";
import { gradeAnswer, outOfOrderIndexes } from "./grade-answer";

const dir = path.join(process.cwd(), "content");
const content = parseContent(readdirSync(dir).filter((f) => f.endsWith(".md") && !/^readme/i.test(f)).map((n) => ({ name: `content/${n}`, text: readFileSync(path.join(dir, n), "utf8") })));
const prompts = content.cards.filter((c): c is Card & { meta: { rubric: Rubric } } => c.kind === "interview" && !!c.meta.rubric);
const rubricOf = (id: string) => prompts.find((p) => p.id === id)!.meta.rubric;
const missing = (g: ReturnType<typeof gradeAnswer>) => g.points.filter((p) => !p.covered).map((p) => p.id);

describe("every interview prompt, in both languages", () => {
  it("has a good, a partial and a wrong learner answer", () => {
    expect(prompts.length).toBeGreaterThanOrEqual(8);
    expect(prompts.map((p) => p.id).sort()).toEqual(Object.keys(ANSWERS).sort());
  });

  for (const prompt of prompts) {
    for (const locale of ["ko", "en"] as const) {
      const f = ANSWERS[prompt.id]?.[locale] ?? { good: "", partial: { text: "", missing: [] }, wrong: { text: "", mistakes: [] } };
      it(`${prompt.id} (${locale}): good > partial > wrong, naming what is missed and what is wrong`, () => {
        const good = gradeAnswer(prompt.meta.rubric, f.good, locale);
        const partial = gradeAnswer(prompt.meta.rubric, f.partial.text, locale);
        const wrong = gradeAnswer(prompt.meta.rubric, f.wrong.text, locale);
        expect(good.score).toBeGreaterThan(partial.score);
        expect(partial.score).toBeGreaterThan(wrong.score);
        expect(good.score).toBeGreaterThanOrEqual(0.9);
        expect(missing(good)).toEqual([]);
        expect(good.mistakes).toEqual([]);
        expect(missing(partial).sort()).toEqual([...f.partial.missing].sort());
        expect(partial.mistakes).toEqual([]);
        expect(wrong.mistakes.map((m) => m.id).sort()).toEqual([...f.wrong.mistakes].sort());
        for (const m of wrong.mistakes) expect(m.message.length).toBeGreaterThan(10);
        // Labels and messages come in the answer's language.
        const label = good.points[0]!.label;
        expect(/[가-힣]/.test(label)).toBe(locale === "ko");
      });
      it(`${prompt.id} (${locale}): the detailed model answer passes without a wrong claim`, () => {
        const model = gradeAnswer(prompt.meta.rubric, `${prompt[locale].answer}\n${prompt[locale].detailed ?? ""}`, locale);
        expect(model.mistakes).toEqual([]);
        expect(model.score).toBeGreaterThanOrEqual(0.75);
      });
    }
  }
});

describe("gradeAnswer", () => {
  const threeWay = () => rubricOf("iv-three-way");

  it("shows the words that matched as evidence and labels in the locale", () => {
    const g = gradeAnswer(threeWay(), "The client sends SYN and the server replies SYN-ACK.", "en");
    expect(g.points.find((p) => p.id === "syn")).toMatchObject({ covered: true, evidence: "client sends SYN", label: "The client sends SYN to request a connection" });
    expect(g.points.find((p) => p.id === "syn-ack")?.evidence).toBe("server replies SYN-ACK");
    expect(g.points.find((p) => p.id === "isn")).toMatchObject({ covered: false, evidence: null });
    expect(gradeAnswer(threeWay(), "SYN", "ko").points[0]?.label).toBe("클라이언트가 SYN으로 연결을 요청한다");
  });

  it("notices steps in the wrong order and gives them half credit", () => {
    const right = gradeAnswer(threeWay(), "The client sends SYN, the server answers SYN+ACK, then the client sends ACK.", "en");
    const swapped = gradeAnswer(threeWay(), "The server answers SYN+ACK, then the client sends ACK, and the client sends SYN.", "en");
    expect(right.mistakes).toEqual([]);
    expect(swapped.mistakes.map((m) => m.id)).toEqual(["order-syn"]);
    expect(swapped.mistakes[0]?.message).toContain("comes before");
    expect(swapped.score).toBeCloseTo(right.score - 0.5 / threeWay().points.length, 2);
  });

  it("does not flag a wrong claim the learner denies, in either language", () => {
    const en = gradeAnswer(threeWay(), "The server does not enter SYN_SENT; it goes to SYN_RECEIVED.", "en");
    expect(en.mistakes).toEqual([]);
    const ko = gradeAnswer(threeWay(), "두 번으로는 충분하지 않습니다.", "ko");
    expect(ko.mistakes).toEqual([]);
    expect(gradeAnswer(threeWay(), "두 번으로 충분합니다.", "ko").mistakes.map((m) => m.id)).toEqual(["two-way"]);
  });

  it("flags a claim that is negative in itself unless it is denied", () => {
    const flags = rubricOf("iv-flags");
    expect(gradeAnswer(flags, "SYN does not consume a sequence number.", "en").mistakes.map((m) => m.id)).toEqual(["syn-sync"]);
    expect(gradeAnswer(flags, "It is a myth that SYN does not consume a sequence number.", "en").mistakes).toEqual([]);
  });

  it("reads full-width letters and digits as Korean keyboards type them", () => {
    const g = gradeAnswer(rubricOf("iv-why-time-wait"), "２ＭＳＬ 동안 기다립니다", "ko");
    expect(g.points.find((p) => p.id === "two-msl")?.covered).toBe(true);
  });

  it("scores an answer with no points 0 and never below 0 or above 1", () => {
    expect(gradeAnswer(threeWay(), "I do not know.", "en").score).toBe(0);
    const g = gradeAnswer(threeWay(), "The server enters SYN_SENT and the client is in LISTEN; two steps are enough.", "en");
    expect(g.score).toBe(0);
    expect(g.mistakes.length).toBe(3);
  });

  it("cuts long evidence", () => {
    const g = gradeAnswer(rubricOf("iv-four-way"), `The server ${"x".repeat(30)} FIN`, "en");
    expect(g.points.find((p) => p.id === "second-fin")?.evidence?.length).toBeLessThanOrEqual(80);
  });
});

describe("outOfOrderIndexes", () => {
  it("misplaces the fewest points", () => {
    const at = (...places: (number | null)[]) => places.map((p, i) => (p === null ? null : { at: p, i }));
    expect([...outOfOrderIndexes(at(10, 20, 30))]).toEqual([]);
    expect([...outOfOrderIndexes(at(20, 10, 30))].length).toBe(1);
    expect([...outOfOrderIndexes(at(30, 10, 20))]).toEqual([0]);
    expect([...outOfOrderIndexes(at(null, 10, 5))].length).toBe(1);
  });
});
