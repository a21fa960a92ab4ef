import { describe, expect, it } from "vitest";
import { rubricOf } from "../rubrics.fixture";
import { CORPUS } from "./answers";
import { corpusFigures, corpusParts, formatFigures } from "./figures";
import { STYLES } from "./styles";

describe("the interview corpus", () => {
  it("has at least 80 answers of round 1 and 60 of round 2, of both kinds in both languages, each in a noted style", () => {
    expect(CORPUS.filter((a) => !a.round).length).toBeGreaterThanOrEqual(80);
    expect(CORPUS.filter((a) => a.round === 2).length).toBeGreaterThanOrEqual(60);
    for (const locale of ["ko", "en"])
      for (const wrong of [true, false]) expect(CORPUS.filter((a) => a.locale === locale && !!a.wrong === wrong).length).toBeGreaterThanOrEqual(10);
    const styles = new Set(STYLES.map((s) => s.id));
    for (const a of CORPUS) expect(styles.has(a.style), `${a.id} names style ${a.style}`).toBe(true);
    expect(new Set(CORPUS.map((a) => a.id)).size).toBe(CORPUS.length);
    for (const s of STYLES) expect(s.seenAt.length).toBeGreaterThan(0);
  });

  it("meets the issue's figures on each round's development and held-out parts (printed)", () => {
    let all = corpusFigures([], rubricOf);
    for (const [name, part] of corpusParts(CORPUS)) {
      const f = corpusFigures(part, rubricOf);
      console.log(formatFigures(name, f));
      all = f;
    }
    if (all.failures.length) console.log(`not met:\n  ${all.failures.join("\n  ")}`);
    expect(all.passed / all.correct).toBeGreaterThanOrEqual(0.85);
    expect(all.flagged / all.wrong).toBeGreaterThanOrEqual(0.85);
    expect(all.falseFlags / all.correct).toBeLessThanOrEqual(0.03);
  }, 120_000);
});
