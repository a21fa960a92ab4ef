import { describe, expect, it } from "vitest";
import { gradeAnswer } from "../grade-answer";
import { flagged, rubricOf } from "../rubrics.fixture";
import { CORPUS, type CorpusAnswer } from "./answers";
import { corpusFigures, corpusParts, formatFigures } from "./figures";

const answer = (id: string) => CORPUS.find((a) => a.id === id) as CorpusAnswer;
/** The answer under another id, held correct (its `wrong` list dropped). */
function heldCorrect(a: CorpusAnswer, id: string): CorpusAnswer {
  const held = { ...a, id };
  delete held.wrong;
  return held;
}

describe("corpusFigures", () => {
  it("counts nothing in an empty part, whose flags are all right", () => {
    expect(corpusFigures([], rubricOf)).toEqual({ correct: 0, passed: 0, wrong: 0, flagged: 0, falseFlags: 0, precision: 1, failures: [] });
  });

  it("counts passes, flags, false flags and the precision of flags, and names every answer that misses", () => {
    // Real answers relabelled, so each case of the measure is met (passes outnumbering misses): clean passes, a flagged wrong
    // answer, an answer with two flags held correct, the same held to state one flagged and one
    // unflagged misconception, and an unflagged answer under a pass, held wrong and held correct.
    const twoFlags = answer("4w-ko-wrong-tw-server");
    const wrong = answer("2w-ko-wrong-enough");
    // A thin answer that states nothing false: no flag, a score under a pass, and a misconception
    // it is held to state, so it counts as a missed flag.
    const unflaggedLow: CorpusAnswer = {
      id: "thin-held-wrong",
      prompt: "iv-why-time-wait",
      locale: "en",
      style: "thin",
      wrong: ["time-wait-waits-for-data"],
      text: "TIME_WAIT is one of the states near the end of a connection.",
    };
    const part: CorpusAnswer[] = [
      answer("3w-ko-arrows"),
      answer("3w-ko-ab"),
      answer("3w-ko-casual"),
      wrong,
      heldCorrect(twoFlags, "held-correct"),
      { ...twoFlags, id: "held-two", wrong: ["time-wait-on-server", "isn-fixed"] },
      unflaggedLow,
      heldCorrect(unflaggedLow, "low-held-correct"),
    ];
    const graded = (a: CorpusAnswer) => gradeAnswer(rubricOf(a.prompt), a.text, a.locale);
    const missed = (a: CorpusAnswer) =>
      graded(a)
        .points.filter((p) => !p.covered)
        .map((p) => p.id)
        .join(", ");
    const flags = flagged(graded(twoFlags));
    expect([...flags].sort()).toEqual(["close-wait-equals-time-wait", "time-wait-on-server"]);
    expect(missed(twoFlags)).toContain(", ");
    expect(missed(unflaggedLow)).not.toBe("");

    const f = corpusFigures(part, rubricOf);
    expect(f).toMatchObject({ correct: 5, passed: 3, wrong: 3, flagged: 1, falseFlags: 1 });
    // Five flags, two of them stated by their answer (two-way-enough, time-wait-on-server).
    expect(f.precision).toBeCloseTo(2 / 5);
    // The lines name the score, the points left out and the flags as the grader gives them.
    expect(f.failures).toEqual([
      `held-correct: score ${graded(twoFlags).score}, missed ${missed(twoFlags)}, flagged ${flags.join(", ")}`,
      `held-two: expected time-wait-on-server, isn-fixed, flagged ${flags.join(", ")}, score ${graded(twoFlags).score}`,
      `thin-held-wrong: expected time-wait-waits-for-data, flagged nothing, score ${graded(unflaggedLow).score}`,
      `low-held-correct: score ${graded(unflaggedLow).score}, missed ${missed(unflaggedLow)}, flagged nothing`,
    ]);
  });
});

describe("corpusParts", () => {
  it("puts each answer in its round's development or held-out part, its language's part and the whole", () => {
    const a = (id: string, more: Partial<CorpusAnswer>): CorpusAnswer => ({ id, prompt: "p", locale: "ko", style: "s", text: "t", ...more });
    const corpus = [
      a("r1", {}),
      a("r1h", { holdout: true, locale: "en" }),
      a("r2", { round: 2 }),
      a("r2h", { round: 2, holdout: true }),
      a("r3h", { round: 3, holdout: true }),
      a("r4", { round: 4 }),
      a("r4h", { round: 4, holdout: true }),
      a("r5", { round: 5, locale: "en" }),
      a("r5h", { round: 5, holdout: true }),
      a("r6", { round: 6 }),
      a("r6h", { round: 6, holdout: true }),
      a("r8", { round: 8 }),
      a("r9", { round: 9, locale: "en" }),
      a("r10", { round: 10, holdout: true }),
      a("r11", { round: 11, locale: "en" }),
      a("r12", { round: 12 }),
      a("r13", { round: 13, locale: "en" }),
      a("r14", { round: 14, locale: "en" }),
      a("r15", { round: 15 }),
      a("r16", { round: 16, locale: "en" }),
      a("r17", { round: 17 }),
      a("r18", { round: 18 }),
    ];
    const parts = Object.fromEntries(corpusParts(corpus).map(([name, part]) => [name, part.map((x) => x.id)]));
    expect(parts).toEqual({
      "round 1 dev": ["r1"],
      "round 1 held-out": ["r1h"],
      "round 2 dev": ["r2"],
      "round 2 held-out": ["r2h"],
      "round 3 held-out": ["r3h"],
      "round 4 dev": ["r4"],
      "round 4 held-out": ["r4h"],
      "round 5 dev": ["r5"],
      "round 6 dev": ["r6"],
      "round 8 dev": ["r8"],
      "round 9 dev": ["r9"],
      "round 10 dev": ["r10"],
      "round 11 dev": ["r11"],
      "round 12 dev": ["r12"],
      "round 13 dev": ["r13"],
      "round 14 dev": ["r14"],
      "round 15 dev": ["r15"],
      "round 16 dev": ["r16"],
      "round 17 dev": ["r17"],
      "round 18 dev": ["r18"],
      korean: ["r1", "r2", "r2h", "r3h", "r4", "r4h", "r5h", "r6", "r6h", "r8", "r10", "r12", "r15", "r17", "r18"],
      english: ["r1h", "r5", "r9", "r11", "r13", "r14", "r16"],
      all: corpus.map((x) => x.id),
    });
  });
});

describe("formatFigures", () => {
  it("prints each measure as a count and a percentage with one decimal, the name padded to line up", () => {
    expect(formatFigures("round 1 dev", { correct: 3, passed: 2, wrong: 8, flagged: 7, falseFlags: 1, precision: 0.9, failures: [] })).toBe(
      "round 1 dev       correct ≥ 0.7: 2/3 (66.7%)  misconception flagged: 7/8 (87.5%)  false flags: 1/3 (33.3%)  flag precision: 90.0%",
    );
  });
  it("prints 0.0% for a part without answers of a kind", () => {
    expect(formatFigures("empty", { correct: 0, passed: 0, wrong: 0, flagged: 0, falseFlags: 0, precision: 1, failures: [] })).toBe(
      "empty             correct ≥ 0.7: 0/0 (0.0%)  misconception flagged: 0/0 (0.0%)  false flags: 0/0 (0.0%)  flag precision: 100.0%",
    );
  });
});
