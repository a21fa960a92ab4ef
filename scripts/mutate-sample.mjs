// @ts-check
// A sampled mutation run (npm run mutate -- area --sample-lines N --seed S): when an area is too
// large to mutate in full, test the mutants of N randomly chosen lines and estimate the area's
// score from them with a 95% confidence interval.
//
// The sampling unit is a line on which at least one mutant starts; every mutant belongs to the
// line it starts on, so a sampled line brings all its mutants, including those that run over
// several lines (a removed block, a condition split over lines). Lines are clusters of mutants,
// so the score is a ratio estimate and its interval uses the spread between lines, not between
// mutants: two mutants of one line often live or die together.
// The mock interview's generator: one seeded draw for the whole project (`npm run mutate` runs under tsx).
import { seededRandom } from "../app/_domain/interview/mock";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** @typedef {{ line: number, column: number }} Position */
/** @typedef {{ start: Position, end: Position }} Location */
/** @typedef {{ fileName: string, location: Location, mutatorName: string }} Mutant */
/** @typedef {{ file: string, line: number }} Line */

/** The same files a full run of the area mutates (stryker.config.mjs and scripts/mutate.mjs). */
export function areaFiles(/** @type {string} */ root, /** @type {string} */ area) {
  const dir = path.join("app", "_domain", area);
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".fixture.ts") && path.basename(f) !== "index.ts")
    .map((f) => path.join(dir, f).split(path.sep).join("/"))
    .filter((f) => !f.startsWith("app/_domain/interview/corpus/"))
    .sort();
}

/**
 * Every mutant Stryker would make of these files, with the instrumenter Stryker itself uses
 * (seconds, no test run). Locations as Stryker's API gives them: lines from 0, columns from 0.
 * @returns {Promise<readonly Mutant[]>}
 */
export async function enumerateMutants(/** @type {string} */ root, /** @type {string[]} */ files) {
  const { Instrumenter } = await import("@stryker-mutator/instrumenter");
  const quiet = () => {};
  const logger = {
    debug: quiet,
    info: quiet,
    trace: quiet,
    warn: quiet,
    error: quiet,
    fatal: quiet,
    isDebugEnabled: () => false,
    isTraceEnabled: () => false,
    isInfoEnabled: () => false,
    isWarnEnabled: () => false,
    isErrorEnabled: () => false,
    isFatalEnabled: () => false,
  };
  const input = files.map((name) => ({ name, mutate: true, content: readFileSync(path.join(root, name), "utf8") }));
  const { mutants } = await new Instrumenter(logger).instrument(input, { plugins: null, excludedMutations: [], ignorers: [] });
  return mutants;
}

/** The lines on which at least one mutant starts (1-based, as an editor numbers them), in file order. */
export function linesWithMutants(/** @type {readonly Mutant[]} */ mutants) {
  const seen = new Map(mutants.map((m) => [`${m.fileName}:${m.location.start.line + 1}`, { file: m.fileName, line: m.location.start.line + 1 }]));
  return [...seen.values()].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/** n of the lines without replacement (a partial Fisher-Yates shuffle), the same for the same seed. */
export function pickLines(/** @type {Line[]} */ lines, /** @type {number} */ n, /** @type {number} */ seed) {
  const random = seededRandom(seed);
  const pool = [...lines];
  const count = Math.min(n, pool.length);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [/** @type {Line} */ (pool[j]), /** @type {Line} */ (pool[i])];
  }
  return pool.slice(0, count).sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/**
 * What Stryker is given for the sampled lines. A range includes a mutant only when the mutant lies
 * wholly inside it, so `file:L-L` takes a line's one-line mutants, and each mutant that runs past
 * its line gets a range of its own (`file:L:c-E:c`, Stryker's columns from 0, the end included).
 * Such a range also holds mutants of lines not sampled: `locations` lists, per file, every sampled
 * mutant's place (babel's numbering, lines from 1) so the sample ignorer can leave those others out.
 */
export function sampleRanges(/** @type {readonly Mutant[]} */ mutants, /** @type {Line[]} */ sampled) {
  const chosen = new Set(sampled.map((l) => `${l.file}:${l.line}`));
  const ranges = new Set(sampled.map((l) => `${l.file}:${l.line}-${l.line}`));
  /** @type {Record<string, number[][]>} */
  const locations = {};
  for (const m of mutants) {
    const { start, end } = m.location;
    if (!chosen.has(`${m.fileName}:${start.line + 1}`)) continue;
    (locations[m.fileName] ??= []).push([start.line + 1, start.column, end.line + 1, end.column]);
    if (end.line !== start.line) ranges.add(`${m.fileName}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`);
  }
  return { ranges: [...ranges], locations };
}

/**
 * The area's score estimated from the sampled lines: detected over counted mutants (a ratio
 * estimate), with a 95% interval from the between-line variance and the finite population
 * correction (the sample is drawn without replacement from `population` lines).
 * @param {{ detected: number, counted: number }[]} lines one entry per sampled line, zeros included
 * @param {number} population lines with mutants in the area
 */
export function estimateScore(lines, population) {
  const n = lines.length;
  const detected = lines.reduce((s, l) => s + l.detected, 0);
  const counted = lines.reduce((s, l) => s + l.counted, 0);
  if (!counted) return { score: Number.NaN, low: 0, high: 1, detected, counted };
  const score = detected / counted;
  // With one line that has mutants, there is no spread between lines to measure.
  if (lines.filter((l) => l.counted).length < 2) return { score, low: 0, high: 1, detected, counted };
  const mean = counted / n;
  const spread = lines.reduce((s, l) => s + (l.detected - score * l.counted) ** 2, 0) / (n - 1);
  const error = Math.sqrt(((1 - n / population) * spread) / n) / mean;
  return { score, low: Math.max(0, score - 1.96 * error), high: Math.min(1, score + 1.96 * error), detected, counted };
}
