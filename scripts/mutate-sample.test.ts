import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { areaFiles, enumerateMutants, estimateScore, linesWithMutants, pickLines, sampleRanges } from "./mutate-sample.mjs";
import { seededRandom as seeded } from "../app/_domain/interview/mock";

const at = (file: string, [sl, sc, el, ec]: [number, number, number, number], mutatorName = "ConditionalExpression") => ({
  fileName: file,
  location: { start: { line: sl, column: sc }, end: { line: el, column: ec } },
  mutatorName,
});

describe("the seeded draw", () => {
  it("gives the same numbers for the same seed and others for another seed, all in [0, 1)", () => {
    const a = seeded(1);
    const b = seeded(1);
    const c = seeded(2);
    const first = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(first);
    expect(Array.from({ length: 50 }, c)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("draws n different lines from the pool, the same ones again for the same seed", () => {
    const pool = Array.from({ length: 100 }, (_, i) => ({ file: i < 50 ? "a.ts" : "b.ts", line: (i % 50) + 1 }));
    const drawn = pickLines(pool, 10, 1);
    expect(drawn).toHaveLength(10);
    expect(new Set(drawn.map((l) => `${l.file}:${l.line}`)).size).toBe(10);
    expect(drawn.every((l) => pool.some((p) => p.file === l.file && p.line === l.line))).toBe(true);
    expect(pickLines(pool, 10, 1)).toEqual(drawn);
    expect(pickLines(pool, 10, 2)).not.toEqual(drawn);
    // In file order, so the ranges handed to Stryker read like the files.
    expect(drawn).toEqual([...drawn].sort((x, y) => (x.file === y.file ? x.line - y.line : x.file < y.file ? -1 : 1)));
  });

  it("takes every line when asked for more lines than there are", () => {
    const pool = [
      { file: "a.ts", line: 3 },
      { file: "a.ts", line: 1 },
    ];
    expect(pickLines(pool, 5, 1)).toEqual([
      { file: "a.ts", line: 1 },
      { file: "a.ts", line: 3 },
    ]);
  });

  it("reaches every line over many seeds (no line is left out of the draw)", () => {
    const pool = Array.from({ length: 20 }, (_, i) => ({ file: "a.ts", line: i + 1 }));
    const reached = new Set(Array.from({ length: 200 }, (_, s) => pickLines(pool, 1, s)[0]?.line));
    expect(reached.size).toBe(20);
  });
});

describe("lines and ranges for Stryker", () => {
  it("numbers lines from 1, once per line, although Stryker's mutants count them from 0", () => {
    const lines = linesWithMutants([at("b.ts", [0, 0, 0, 4]), at("a.ts", [4, 2, 4, 9]), at("a.ts", [4, 5, 4, 9]), at("a.ts", [1, 0, 3, 1])]);
    expect(lines).toEqual([
      { file: "a.ts", line: 2 },
      { file: "a.ts", line: 5 },
      { file: "b.ts", line: 1 },
    ]);
  });

  it("gives a drawn line as one range, and a mutant that runs past its line a range of its own", () => {
    const mutants = [at("a.ts", [4, 2, 4, 9]), at("a.ts", [4, 10, 7, 1], "BlockStatement"), at("a.ts", [5, 4, 5, 12]), at("a.ts", [9, 0, 9, 3])];
    const { ranges, locations } = sampleRanges(mutants, [
      { file: "a.ts", line: 5 },
      { file: "a.ts", line: 10 },
    ]);
    expect(ranges.sort()).toEqual(["a.ts:10-10", "a.ts:5-5", "a.ts:5:10-8:1"].sort());
    // Line 6's mutant is inside the block's range but not drawn: the ignorer is told only the drawn ones.
    expect(locations).toEqual({
      "a.ts": [
        [5, 2, 5, 9],
        [5, 10, 8, 1],
        [10, 0, 10, 3],
      ],
    });
  });
});

describe("the estimate", () => {
  it("is the exact score with no width when every line was drawn", () => {
    const lines = [
      { detected: 3, counted: 4 },
      { detected: 1, counted: 2 },
      { detected: 0, counted: 0 },
    ];
    expect(estimateScore(lines, 3)).toEqual({ score: 4 / 6, low: 4 / 6, high: 4 / 6, detected: 4, counted: 6 });
  });

  it("widens with the spread between lines: a worked example", () => {
    // score 3/5; residuals 0.8, -1.2, 0.4, 0 -> variance 2.24/3; half the population drawn;
    // standard error sqrt(0.5 * 0.7467 / 4) / 1.25 = 0.2444, so 0.6 - 1.96 * 0.2444 = 0.121.
    const e = estimateScore(
      [
        { detected: 2, counted: 2 },
        { detected: 0, counted: 2 },
        { detected: 1, counted: 1 },
        { detected: 0, counted: 0 },
      ],
      8,
    );
    expect(e.score).toBeCloseTo(0.6, 10);
    expect(e.low).toBeCloseTo(0.121, 3);
    expect(e.high).toBe(1);
  });

  it("is narrower from more lines alike", () => {
    const few = Array.from({ length: 10 }, (_, i) => ({ detected: i % 3 ? 2 : 1, counted: 2 }));
    const many = Array.from({ length: 100 }, (_, i) => ({ detected: i % 3 ? 2 : 1, counted: 2 }));
    const a = estimateScore(few, 10_000);
    const b = estimateScore(many, 10_000);
    expect(b.high - b.low).toBeLessThan(a.high - a.low);
    expect(a.low).toBeLessThan(a.score);
    expect(a.high).toBeGreaterThan(a.score);
  });

  it("claims nothing when fewer than two drawn lines had mutants to test", () => {
    expect(
      estimateScore(
        [
          { detected: 8, counted: 10 },
          { detected: 0, counted: 0 },
        ],
        100,
      ),
    ).toMatchObject({ score: 0.8, low: 0, high: 1 });
    expect(estimateScore([{ detected: 0, counted: 0 }], 100).score).toBeNaN();
  });
});

describe("the area's files and mutants", () => {
  let root = "";
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("are the files a full run mutates, and the mutants Stryker would make of them", async () => {
    root = mkdtempSync(path.join(os.tmpdir(), "mutate-sample-"));
    const put = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      writeFileSync(path.join(root, rel), text);
    };
    put("app/_domain/x/a.ts", "export const big = (n: number) =>\n  n > 10;\n");
    put("app/_domain/x/deep/b.ts", "export const one = 1;\n");
    put("app/_domain/x/a.test.ts", "test");
    put("app/_domain/x/a.fixture.ts", "fixture");
    put("app/_domain/x/index.ts", "export * from './a';");
    expect(areaFiles(root, "x")).toEqual(["app/_domain/x/a.ts", "app/_domain/x/deep/b.ts"]);
    put("app/_domain/interview/grade.ts", "export const g = 1;\n");
    put("app/_domain/interview/corpus/answers.ts", "export const a = 'x';\n");
    expect(areaFiles(root, "interview")).toEqual(["app/_domain/interview/grade.ts"]);
    const mutants = await enumerateMutants(root, ["app/_domain/x/a.ts"]);
    expect(mutants.some((m) => m.mutatorName === "EqualityOperator" && m.location.start.line === 1 && m.location.start.column === 2)).toBe(true);
  });
});

describe("the sample ignorer", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("keeps the nodes that hold a drawn mutant and leaves out the rest", async () => {
    vi.stubEnv("MUTATE_SAMPLE_LOCATIONS", JSON.stringify({ "app/a.ts": [[5, 10, 8, 1]] }));
    const { strykerPlugins } = await import("./mutate-sample-ignorer.mjs");
    const ignorer = strykerPlugins[0]?.value as { shouldIgnore: (p: unknown) => string | undefined };
    const node = (file: string, sl: number, sc: number, el: number, ec: number) => ({
      node: { loc: { start: { line: sl, column: sc }, end: { line: el, column: ec } } },
      hub: { file: { opts: { filename: path.join(process.cwd(), file) } } },
    });
    expect(ignorer.shouldIgnore(node("app/a.ts", 5, 10, 8, 1))).toBeUndefined();
    expect(ignorer.shouldIgnore(node("app/a.ts", 1, 0, 20, 0))).toBeUndefined();
    expect(ignorer.shouldIgnore(node("app/a.ts", 6, 4, 6, 12))).toBe("not in the sample");
    expect(ignorer.shouldIgnore(node("app/b.ts", 5, 10, 8, 1))).toBe("not in the sample");
  });
});
