import { describe, expect, it } from "vitest";
import type { Rubric } from "../content";
import { gradeAnswer } from "./grade-answer";

// Made-up words (zib, glorp, …) keep the TCP model and the published rubrics out of these checks:
// what is covered, quoted and scored follows from the small rubrics below alone.
type Way = string;
const pt = (id: string, ways: Way[], core = false) => ({ id, label: { ko: `${id} 항목`, en: `${id} item` }, terms: { ko: [], en: ways }, core });
const rubricOf = (points: ReturnType<typeof pt>[], extra: Partial<Record<"wrong" | "ordered" | "supporting", unknown>> = {}) =>
  ({ points, wrong: [], ordered: false, ...extra }) as unknown as Rubric;
const glorpMelts = { id: "melt", misconception: "glorp-melts", terms: { ko: [], en: ["glorp & melts"] } };
const zibGlows = rubricOf([pt("glow", ["zib & glows"])], { wrong: [glorpMelts] });
const grade = (r: Rubric, text: string, locale: "ko" | "en" = "en") => gradeAnswer(r, text, locale);

describe("a misconception in the rubric's own words", () => {
  it("is flagged with the learner's sentence quoted, and no reason when the rubric gives none", () => {
    expect(grade(zibGlows, "The glorp melts in the sun.").mistakes).toEqual([
      {
        id: "melt",
        kind: "wrong-claim",
        misconception: "glorp-melts",
        message: "“The glorp melts in the sun.”: ",
        evidence: "The glorp melts in the sun.",
        spans: [[4, 15]],
      },
    ]);
  });

  it("gives the rubric's reason in the grade's language", () => {
    const why = { ko: "글로프는 녹지 않습니다.", en: "A glorp does not melt." };
    const r = rubricOf([pt("glow", ["zib & glows"])], { wrong: [{ ...glorpMelts, why }] });
    expect(grade(r, "The glorp melts in the sun.").mistakes[0]!.message).toBe("“The glorp melts in the sun.”: A glorp does not melt.");
    expect(grade(r, "The glorp melts in the sun.", "ko").mistakes[0]!.message).toBe("“The glorp melts in the sun.”: 글로프는 녹지 않습니다.");
  });

  it("is not flagged where its words are about something the sentence sets against its subject", () => {
    expect(grade(zibGlows, "Unlike a glorp, the zib melts in the sun.").mistakes).toEqual([]);
  });
});

describe("a point's words read with the heading of their group of lines", () => {
  it("cover the point, marking the heading and the line's own words", () => {
    const g = grade(zibGlows, "- Zib\n- Color: it glows at night.");
    expect(g.points[0]).toMatchObject({
      covered: true,
      evidence: "Zib - Color: it glows",
      spans: [
        [2, 5],
        [18, 23],
      ],
    });
  });

  it("do not take a long line above as a heading", () => {
    expect(grade(zibGlows, "- The zib family of creatures here\n- Color: it glows at night.").points[0]!.covered).toBe(false);
  });
});

describe("a point's words read in a table row under its header", () => {
  it("cover the point from the row's cell and the header over it, as the answer's last line", () => {
    const g = grade(zibGlows, "| Zib | Zab |\n| --- | --- |\n| glows | fades |");
    expect(g.points[0]).toMatchObject({
      covered: true,
      spans: [
        [2, 5],
        [30, 35],
      ],
    });
  });
});

// Two core points, two others of which one is needed to pass; two misconceptions.
const fourPoints = rubricOf([pt("a", ["alpha"], true), pt("b", ["beta"], true), pt("c", ["gamma"]), pt("d", ["delta"])], {
  supporting: 1,
  wrong: [glorpMelts, { id: "sing", misconception: "zab-sings", terms: { ko: [], en: ["zab & sings"] } }],
});

describe("the score", () => {
  it("passes with every core point and the supporting ones asked for, and rises with the rest", () => {
    // Pass share 3/3 (0.7) plus three of four points stated (0.3 × 0.75).
    expect(grade(fourPoints, "Alpha. Beta. Gamma.").score).toBe(0.93);
    // Pass share 2/3 (the two core points, no supporting one) plus two of four stated.
    expect(grade(fourPoints, "Alpha. Beta.").score).toBe(0.62);
  });

  it("does not let supporting points make up for a missing core one", () => {
    // Pass share (1 core + 1 supporting)/3, the second supporting point adding only to the share stated.
    expect(grade(fourPoints, "Alpha. Gamma. Delta.").score).toBe(0.69);
  });

  it("caps an answer with a wrong claim below a pass and takes the penalty off per wrong claim", () => {
    expect(grade(fourPoints, "Alpha. Beta. Gamma. Delta. The glorp melts.").score).toBe(0.6);
    expect(grade(fourPoints, "Alpha. Beta. Gamma. Delta. The glorp melts. The zab sings.").score).toBe(0.5);
    // 0.62 less one penalty of 0.25, under the cap.
    expect(grade(fourPoints, "Alpha. Gamma. The glorp melts.").score).toBe(0.37);
    expect(grade(fourPoints, "The glorp melts.").score).toBe(0);
  });
});

const threeSteps = rubricOf([pt("a", ["alpha"]), pt("b", ["beta"]), pt("c", ["gamma"])], { ordered: true });
const orderOf = (text: string, locale: "ko" | "en" = "en") => grade(threeSteps, text, locale).mistakes;

describe("steps told out of order", () => {
  it("name the step told too early, quote it where it stands, and earn it half its credit", () => {
    const g = grade(threeSteps, "Alpha. Gamma. Beta.");
    expect(g.mistakes).toEqual([
      { id: "order-c", kind: "order", message: 'Out of order: "c item" comes after "b item".', evidence: "Gamma", spans: [[7, 12]] },
    ]);
    expect(g.points.map((p) => p.spans)).toEqual([[[0, 5]], [[14, 18]], [[7, 12]]]);
    expect(g.score).toBe(0.83);
  });

  it("name the first step told in order that a step told too late belongs before", () => {
    expect(orderOf("Beta. Gamma. Alpha.")).toMatchObject([{ id: "order-a", message: 'Out of order: "a item" comes before "b item".', evidence: "Alpha" }]);
    expect(orderOf("Gamma. Alpha. Beta.")).toMatchObject([{ id: "order-c", message: 'Out of order: "c item" comes after "a item".', evidence: "Gamma" }]);
  });

  it("are told in Korean for a Korean grade", () => {
    expect(orderOf("Beta. Gamma. Alpha.", "ko")[0]!.message).toBe('순서가 맞지 않습니다: "a 항목"는 "b 항목"보다 앞에 일어납니다.');
    expect(orderOf("Alpha. Gamma. Beta.", "ko")[0]!.message).toBe('순서가 맞지 않습니다: "c 항목"는 "b 항목"보다 뒤에 일어납니다.');
  });

  it("are no mistake, and lose nothing, when every step keeps its place", () => {
    const g = grade(threeSteps, "Alpha. Beta. Gamma.");
    expect(g.mistakes).toEqual([]);
    expect(g.score).toBe(1);
  });
});

/** n characters between two words: a space, filler, a space. */
const gap = (n: number) => ` ${"w".repeat(n - 2)} `;

describe("evidence", () => {
  it("runs from a point's first word to its last, whole up to 80 characters", () => {
    const g = grade(zibGlows, `Zib${gap(72)}glows.`);
    expect(g.points[0]!.evidence).toBe(`Zib${gap(72)}glows`);
    expect(g.points[0]!.evidence).toHaveLength(80);
  });

  it("is cut to 79 characters and an ellipsis beyond that", () => {
    expect(grade(zibGlows, `Zib${gap(73)}glows.`).points[0]!.evidence).toBe(`Zib${gap(73)}glo…`);
  });

  it("marks words 40 characters apart as one phrase, and words further apart each on its own", () => {
    expect(grade(zibGlows, `Zib${gap(40)}glows.`).points[0]!.spans).toEqual([[0, 48]]);
    expect(grade(zibGlows, `Zib${gap(41)}glows.`).points[0]!.spans).toEqual([
      [0, 3],
      [44, 49],
    ]);
  });

  it("quotes a misconception's whole sentence up to 80 characters, else its own words", () => {
    const whole = `The glorp${gap(61)}melts now.`;
    expect(whole).toHaveLength(80);
    expect(grade(zibGlows, whole).mistakes[0]!.evidence).toBe(whole);
    expect(grade(zibGlows, `The glorp${gap(62)}melts now.`).mistakes[0]).toMatchObject({
      evidence: `glorp${gap(62)}melts`,
      spans: [
        [4, 9],
        [71, 76],
      ],
    });
  });

  it("leaves out a list number before the quote", () => {
    expect(grade(zibGlows, "1. The glorp melts.").mistakes[0]).toMatchObject({ evidence: "The glorp melts.", spans: [[7, 18]] });
  });
});

const fourSteps = rubricOf([pt("a", ["alpha"]), pt("b", ["beta"]), pt("c", ["gamma"]), pt("d", ["delta"])], { ordered: true });
const misplaced = (text: string) => grade(fourSteps, text).mistakes.map((m) => m.id);

describe("the steps kept in order", () => {
  it("are the longest run in the rubric's order, not the run through the step told last before", () => {
    // Alpha, Beta, Delta keep their order; Gamma, told first, is the one out of place.
    expect(misplaced("Gamma. Alpha. Beta. Delta.")).toEqual(["order-c"]);
  });

  it("are, between two runs as long, the one through the earlier step of the rubric", () => {
    // Alpha-Beta-Delta and Alpha-Gamma-Delta are both in order: Beta keeps its place, Gamma is flagged.
    expect(misplaced("Alpha. Gamma. Beta. Delta.")).toEqual(["order-c"]);
  });
});

describe("a table row without its closing bar", () => {
  it("keeps its last cell, as Markdown does, lined up with the header's", () => {
    const g = grade(zibGlows, "| Zab | Zib\n| --- | ---\n| fades | glows");
    expect(g.points[0]).toMatchObject({
      covered: true,
      spans: [
        [8, 11],
        [34, 39],
      ],
    });
  });
  it("and a cell of nothing after the last bar is no cell", () => {
    expect(grade(zibGlows, "| Zab | Zib |   \n| --- | --- |\n| fades |  ").points[0]!.covered).toBe(false);
  });
});

describe("a table indented under its text", () => {
  it("still lines up each row's cells with the header's", () => {
    const g = grade(zibGlows, "  | Zib | Zab |\n| --- | --- |\n| glows | fades |");
    expect(g.points[0]).toMatchObject({
      covered: true,
      spans: [
        [4, 7],
        [32, 37],
      ],
    });
  });
});

describe("a table's header", () => {
  it("is its first bar line, not the text above the table", () => {
    const g = grade(zibGlows, "Zab and zib compared:\n| Zib | Zab |\n| --- | --- |\n| glows | fades |");
    expect(g.points[0]).toMatchObject({
      covered: true,
      spans: [
        [24, 27],
        [52, 57],
      ],
    });
  });

  it("without its closing bar ends its last cell at the line's end: a later row does not head a column", () => {
    const rows = "| Zab | Zub\n| --- | ---\n| zib | hums all night long in the hills |\n| fades | glows";
    expect(grade(zibGlows, rows).points[0]!.covered).toBe(false);
  });

  it("heads no cell beyond its own: a row's extra cell is about nothing", () => {
    expect(grade(zibGlows, "The zib is small.\n| Zab |\n| --- |\n| fades | glows |").points[0]!.covered).toBe(false);
  });

  it("does not make up for a part of the way that neither it nor the cell holds", () => {
    expect(grade(zibGlows, "The zab glows.\n| Zab | Zub |\n| --- | --- |\n| zib | fades |").points[0]!.covered).toBe(false);
  });
});
