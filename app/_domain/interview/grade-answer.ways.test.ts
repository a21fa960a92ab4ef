import { describe, expect, it } from "vitest";
import type { Rubric } from "../content";
import { gradeAnswer } from "./grade-answer";

// Made-up words (zib, glorp, 지브, 글로프, …) keep the TCP model and the published rubrics out of
// these checks, as in grade-answer.units.test.ts: what a way finds follows from these rubrics alone.
const pt = (id: string, en: string[], ko: string[] = []) => ({ id, label: { ko: id, en: id }, terms: { ko, en }, core: false });
const wrong = (misconception: string, en: string[], ko: string[] = []) => ({ id: misconception, misconception, terms: { ko, en } });
const rubricOf = (points: ReturnType<typeof pt>[], wrongs: ReturnType<typeof wrong>[] = []) => ({ points, wrong: wrongs, ordered: false }) as unknown as Rubric;
const grade = (r: Rubric, text: string) => gradeAnswer(r, text, "en");

const glorpMelts = rubricOf([pt("glow", ["zib & glows"])], [wrong("glorp-melts", ["glorp & melts"], ["글로프 & 녹"])]);
const flagged = (text: string, r = glorpMelts) => grade(r, text).mistakes.map((m) => m.id);

describe("a point's ways found in one sentence", () => {
  it("give the point the way that starts first in the sentence, whichever the rubric lists first", () => {
    const r = rubricOf([pt("glow", ["bright light", "zib"])]);
    expect(grade(r, "The zib gives a bright light.").points[0]).toMatchObject({ evidence: "zib", spans: [[4, 7]] });
  });

  it("place a way of several words at its first word", () => {
    const r = rubricOf([pt("glow", ["zib & glows", "bright"])]);
    expect(grade(r, "The zib is bright and glows.").points[0]!.evidence).toBe("zib is bright and glows");
  });

  it("give it, of two ways that start at the same word, the one the rubric lists first", () => {
    const r = rubricOf([pt("glow", ["zib glows", "zib"])]);
    expect(grade(r, "Zib glows brightly.").points[0]!.evidence).toBe("Zib glows");
  });

  it("do not cover it in a question, even a way that says no itself", () => {
    const r = rubricOf([pt("sleep", ["zib & never sleep"])]);
    expect(grade(r, "The zib will never sleep.").points[0]!.covered).toBe(true);
    expect(grade(r, "Will the zib never sleep?").points[0]!.covered).toBe(false);
    expect(grade(r, "Will the zib never sleep? I think so.").points[0]!.covered).toBe(false);
  });

  it("do not cover it where a Korean clause denies them from the clause's first word", () => {
    const r = rubricOf([pt("glow", [], ["지브가 빛나"])]);
    expect(grade(r, "지브가 빛난다.").points[0]!.covered).toBe(true);
    expect(grade(r, "지브가 빛나지 않는다.").points[0]!.covered).toBe(false);
  });
});

describe("a misconception's own words", () => {
  it("are flagged when they say no themselves, in a Korean clause that ends in the negation", () => {
    const r = rubricOf([pt("glow", ["zib & glows"])], [wrong("glorp-never-melts", [], ["글로프 & 녹지 않"])]);
    expect(flagged("글로프는 햇볕에서 녹지 않는다.", r)).toEqual(["glorp-never-melts"]);
    // …but not where the learner reports them as a misunderstanding.
    expect(flagged("글로프가 녹지 않는다는 것은 오해다.", r)).toEqual([]);
  });

  it("are not flagged in a Korean clause that denies them from its first word, and are in the clause after a denied one", () => {
    const r = rubricOf([pt("glow", ["zib & glows"])], [wrong("glorp-melts", [], ["글로프가 녹"])]);
    expect(flagged("글로프가 녹는다.", r)).toEqual(["glorp-melts"]);
    expect(flagged("글로프가 녹지 않는다.", r)).toEqual([]);
    expect(flagged("잽은 노래하지 않고, 글로프가 녹는다.", r)).toEqual(["glorp-melts"]);
  });

  it("are not taken back by a “no” that ends the line before", () => {
    expect(flagged("Zibs and glorps live in the hills.\n- Needs shade: no\n- The glorp melts in the sun.")).toEqual(["glorp-melts"]);
  });
});

describe("a misconception's words on the two sides of a contrast", () => {
  it("are said of two subjects, so not flagged", () => {
    expect(flagged("The glorp sings, whereas the zab melts.")).toEqual([]);
    const zabMelts = rubricOf([pt("glow", ["zib & glows"])], [wrong("zab-melts", [], ["잽 & 녹"])]);
    expect(flagged("글로프는 녹지만 잽은 노래한다.", zabMelts)).toEqual([]);
  });

  it("are flagged when both stand on one side, before or after it", () => {
    expect(flagged("The glorp melts, whereas the zab sings.")).toEqual(["glorp-melts"]);
    expect(flagged("The zab sings, whereas the glorp melts.")).toEqual(["glorp-melts"]);
  });

  it("are flagged when the contrast is in another sentence", () => {
    expect(flagged("The zab sings, whereas the zib hums. The glorp slowly and surely melts.")).toEqual(["glorp-melts"]);
  });
});

describe("a point's words after a “not” in the same sentence", () => {
  it("are not denied by it across “although”, “though”, “whereas” or “yet”: the learner states them", () => {
    const r = rubricOf([pt("glow", ["zib & glows"])]);
    for (const joint of ["although", "though", "whereas", "yet"])
      expect(grade(r, `The zab does not sing ${joint} the zib glows.`).points[0]!.covered, joint).toBe(true);
    expect(grade(r, "The zab does not say the zib glows.").points[0]!.covered).toBe(false);
  });
});
