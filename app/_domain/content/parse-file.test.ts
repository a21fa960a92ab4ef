import { describe, expect, it } from "vitest";
import { ContentErrors } from "./errors";
import { parseContent, quotes } from "./parse-content";
import { parseContentFile } from "./parse-file";

const front = "---\nid: demo\norder: 1\ntitle:\n  ko: 데모\n  en: Demo\n---\n";

function errorsOf(body: string, withFront = true) {
  return parseContentFile("content/demo.md", (withFront ? front : "") + body).errors.map((e) => e.message);
}

describe("parseContentFile", () => {
  it("parses every card kind with both locales", () => {
    const text = `${front}
## basic b-one
### ko
질문?

---

답.
### en
Question?

---

Answer.

## mcq m-one
### ko
고르세요

- [ ] 틀림
- [x] 맞음

---

설명
### en
Pick

- [ ] wrong
- [x] right

---

Why

## ordering o-one
### ko
순서

---

1. 하나
2. 둘
### en
Order

---

1. one
2. two

## cloze c-one
### ko
{{c1::SYN}}을 보낸다
### en
Send {{c1::SYN}}
`;
    const { cards, errors } = parseContentFile("content/demo.md", text);
    expect(errors).toEqual([]);
    expect(cards.map((c) => [c.id, c.kind])).toEqual([
      ["b-one", "basic"],
      ["m-one", "mcq"],
      ["o-one", "ordering"],
      ["c-one", "cloze"],
    ]);
    expect(cards[1]!.en.options).toEqual([
      { text: "wrong", correct: false },
      { text: "right", correct: true },
    ]);
    expect(cards[1]!.en.prompt).toBe("Pick");
    expect(cards[2]!.ko.items).toEqual(["하나", "둘"]);
    expect(cards[0]!.line).toBe(9);
  });

  it("reports a file without front matter at line 1", () => {
    expect(errorsOf("## basic x\n", false)).toEqual(["content/demo.md:1: the file must start with front matter between two --- lines"]);
  });

  it("reports bad front matter", () => {
    expect(parseContentFile("content/demo.md", "---\nid: Demo Topic\norder: x\n---\n").errors[0]!.message).toMatch(
      /^content\/demo.md:2: front matter: id: ids are kebab-case.*order/,
    );
    expect(parseContentFile("content/demo.md", "---\nid: [\n---\n").errors[0]!.message).toMatch(/^content\/demo.md:2: front matter is not valid YAML/);
  });

  it("reports an unknown kind with its line", () => {
    expect(errorsOf("\n## flashcard f-one\n### ko\nq\n\n---\n\na\n### en\nq\n\n---\n\na\n")).toEqual([
      'content/demo.md:9: card f-one: the heading must be "## <kind> <id>" with kind one of basic, cloze, mcq, ordering, why, mistake, interview, scenario (got "## flashcard f-one")',
    ]);
  });

  it("reports a missing locale", () => {
    expect(errorsOf("\n## basic b-one\n### ko\nq\n\n---\n\na\n")).toEqual([
      'content/demo.md:9: card b-one: the "### en" section is missing (every card exists in Korean and English)',
    ]);
  });

  it("reports bad yaml and unknown yaml keys", () => {
    expect(errorsOf("\n## basic b-one\n```yaml\nmisconceptions: [\n```\n### ko\nq\n\n---\n\na\n### en\nq\n\n---\n\na\n")[0]).toMatch(
      /^content\/demo.md:10: card b-one: the yaml block is not valid YAML/,
    );
    expect(errorsOf("\n## basic b-one\n```yaml\ncolour: red\n```\n### ko\nq\n\n---\n\na\n### en\nq\n\n---\n\na\n")[0]).toMatch(
      /^content\/demo.md:10: card b-one: yaml: .*colour/,
    );
  });

  it("reports a missing answer and a multiple choice without a right option", () => {
    expect(errorsOf("\n## basic b-one\n### ko\nq\n### en\nq\n\n---\n\na\n")[0]).toBe(
      "content/demo.md:11: card b-one: the ko section needs a prompt and an answer separated by a --- line",
    );
    expect(errorsOf("\n## mcq m-one\n### ko\nq\n\n- [ ] a\n- [ ] b\n\n---\n\nx\n### en\nq\n\n- [ ] a\n- [ ] b\n\n---\n\nx\n")[0]).toMatch(
      /content\/demo.md:11: card m-one: the ko multiple choice marks no option right/,
    );
  });
});

describe("parseContent", () => {
  const card = (id: string) => `\n## basic ${id}\n### ko\nq\n\n---\n\na\n### en\nq\n\n---\n\na\n`;
  const misconceptions = {
    name: "content/misconceptions.md",
    text: "---\nid: m\norder: 0\ntitle: { ko: m, en: m }\n---\n## known\n### ko\n틀림\n### en\nwrong\n",
  };

  it("refuses duplicate ids across files, naming both places", () => {
    const other = front.replace("id: demo", "id: other");
    expect(() =>
      parseContent([misconceptions, { name: "content/a.md", text: front + card("same") }, { name: "content/b.md", text: other + card("same") }]),
    ).toThrow(/content\/b.md:9: card same: the id is also used at content\/a.md:9/);
  });

  it("refuses a misconception that is not defined", () => {
    const text = `${front}\n## basic b-one\n\`\`\`yaml\nmisconceptions: [unknown-idea]\n\`\`\`\n### ko\nq\n\n---\n\na\n### en\nq\n\n---\n\na\n`;
    try {
      parseContent([misconceptions, { name: "content/a.md", text }]);
      expect.unreachable();
    } catch (e) {
      expect((e as ContentErrors).errors.map((x) => x.message)).toEqual([
        'content/a.md:9: card b-one: misconception "unknown-idea" is not defined in misconceptions.md',
      ]);
    }
  });

  describe("a scenario card's mock-interview concept", () => {
    const scenarioCard = (yaml: string, kind = "scenario") =>
      `${front}\n## ${kind} s-one\n\`\`\`yaml\n${yaml}\n\`\`\`\n### ko\nq\n\n---\n\na\n### en\nq\n\n---\n\na\n`;
    const errorsFor = (text: string) => {
      try {
        return parseContent([misconceptions, { name: "content/a.md", text }]).cards.map((c) => c.meta.concept);
      } catch (e) {
        return (e as ContentErrors).errors.map((x) => x.message);
      }
    };

    it("is a topic id, and is carried into the card", () => {
      expect(errorsFor(scenarioCard("scenario: lost-syn\nconcept: demo"))).toEqual(["demo"]);
      expect(errorsFor(scenarioCard("scenario: lost-syn\nconcept: no-such-topic"))).toEqual([
        'content/a.md:9: card s-one: concept "no-such-topic" is not a topic id (demo)',
      ]);
    });

    it("is refused on a scenario that carries data, and on other kinds of card", () => {
      expect(errorsFor(scenarioCard("scenario: half-close\nconcept: demo"))).toEqual([
        'content/a.md:9: card s-one: scenario "half-close" carries data, which is recited only in the simulator: drop its concept',
      ]);
      expect(errorsFor(scenarioCard("concept: demo", "basic")).join("\n")).toMatch(/concept is for scenario cards/);
    });

    it("may be left out: the scenario stays in the simulator", () => {
      expect(errorsFor(scenarioCard("scenario: half-close"))).toEqual([undefined]);
    });
  });

  describe("a mistake card quotes its seed", () => {
    const corrections = {
      name: "content/corrections.md",
      text: '---\nid: corrections\norder: 0\ntitle: { ko: c, en: c }\n---\n## seed1-x\n```yaml\nseed: 001_4625019ba221ac6e.txt\nquote: "클라이언트 상태 : LISTEN -> SYN_SENT ... 서버 상태"\n```\n### ko\n틀림\n\n---\n\n맞음\n### en\nwrong\n\n---\n\nright, RFC 9293\n',
    };
    const mistake = (yaml: string, ko: string) =>
      `${front}\n## mistake m-one\n\`\`\`yaml\n${yaml}\n\`\`\`\n### ko\n${ko}\n\n---\n\n고침\n### en\nWhat is wrong? "Client state: LISTEN -> SYN_SENT"\n\n---\n\nfix\n`;
    const spot = 'spot:\n  ko: { wrong: ["LISTEN"], fix: ["CLOSED"] }\n  en: { wrong: ["LISTEN"], fix: ["CLOSED"] }';
    const errorsFor = (text: string) => {
      try {
        parseContent([misconceptions, corrections, { name: "content/a.md", text }]);
        return [];
      } catch (e) {
        return (e as ContentErrors).errors.map((x) => x.message);
      }
    };

    it("accepts a prompt that holds every quoted part in order, with emphasis and line breaks of its own", () => {
      expect(errorsFor(mistake(`correction: seed1-x\n${spot}`, '틀린 곳은? "클라이언트 상태 : **LISTEN** ->\nSYN_SENT" 그리고 `서버 상태`'))).toEqual([]);
    });

    it("refuses a paraphrase, parts out of order, and a mistake card that names no correction", () => {
      expect(errorsFor(mistake(`correction: seed1-x\n${spot}`, '틀린 곳은? "클라이언트는 LISTEN에서 SYN_SENT로 간다"'))).toEqual([
        'content/a.md:9: card m-one: the Korean prompt does not quote the seed\'s words of correction "seed1-x": 클라이언트 상태 : LISTEN -> SYN_SENT ... 서버 상태',
      ]);
      expect(quotes("서버 상태 그리고 클라이언트 상태 : LISTEN -> SYN_SENT", "클라이언트 상태 : LISTEN -> SYN_SENT ... 서버 상태")).toBe(false);
      const none = errorsFor(mistake(`misconceptions: [known]\n${spot}`, '틀린 곳은? "서버는 TIME_WAIT에 들어간다"'));
      expect(none).toContain('content/a.md:9: card m-one: a mistake card quotes a seed note: name its correction from corrections.md ("correction: <id>")');
    });

    it("refuses a mistake card without words to find, or with words its quoted statement lacks", () => {
      const prompt = '틀린 곳은? "클라이언트 상태 : LISTEN -> SYN_SENT" 서버 상태';
      expect(errorsFor(mistake("correction: seed1-x", prompt)).join("\n")).toMatch(/names the wrong words of its quoted statement/);
      const elsewhere = 'spot:\n  ko: { wrong: ["서버 상태"], fix: ["CLOSED"] }\n  en: { wrong: ["LISTEN"], fix: ["CLOSED"] }';
      expect(errorsFor(mistake(`correction: seed1-x\n${elsewhere}`, prompt))).toEqual([
        'content/a.md:9: card m-one: the ko wrong words "서버 상태" are not in the quoted statement: 클라이언트 상태 : LISTEN -> SYN_SENT',
      ]);
    });
  });
});
