// @ts-check
// npm run mutate [-- area ... --stryker-option value ...]: Stryker over the pure domain, then the
// mutation score of each area (killed + timed out over every mutant that could be detected)
// against the 85% target, and each survivor with its place, so the next test to write is obvious.
// Arguments starting with "--" go to Stryker as they are (e.g. `--concurrency 1` on a shared
// machine, `--mutate app/_domain/tcp/machine.ts` for a narrow run while writing tests).
// `--sample-lines N --seed S` tests the mutants of N random lines per area instead of all of them
// and prints each area's score as an estimate with its 95% interval (scripts/mutate-sample.mjs).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { areaFiles, enumerateMutants, estimateScore, linesWithMutants, pickLines, sampleRanges } from "./mutate-sample.mjs";

const AREAS = ["tcp", "scheduling", "transfer", "interview"];
const TARGET = 0.85;
const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const optionAt = args.findIndex((a) => a.startsWith("--"));
const asked = optionAt === -1 ? args : args.slice(0, optionAt);
const options = optionAt === -1 ? [] : args.slice(optionAt);
/** The value after a scripts/mutate.mjs option, which is taken out of what goes to Stryker. */
const own = (/** @type {string} */ name) => {
  const at = options.indexOf(name);
  if (at === -1) return undefined;
  const [, value] = options.splice(at, 2);
  if (value === undefined || !/^\d+$/.test(value)) {
    console.error(`${name} takes a whole number.`);
    process.exit(2);
  }
  return Number(value);
};
const sampleLines = own("--sample-lines");
const seed = own("--seed") ?? 1;
const passed = options;
const unknown = asked.filter((a) => !AREAS.includes(a));
if (unknown.length) {
  console.error(`Unknown area ${unknown.join(", ")}: choose from ${AREAS.join(", ")}.`);
  process.exit(2);
}
const areas = asked.length ? asked : AREAS;
const narrowed = passed.includes("--mutate") || passed.includes("-m");
if (narrowed && sampleLines !== undefined) {
  console.error("--sample-lines chooses what to mutate: leave out --mutate.");
  process.exit(2);
}
let mutate = [
  ...areas.map((a) => `app/_domain/${a}/**/*.ts`),
  "!app/_domain/**/*.test.ts",
  "!app/_domain/**/*.fixture.ts",
  "!app/_domain/**/index.ts",
  "!app/_domain/interview/corpus/**",
];

/** Per area in a sampled run: the lines with mutants (the population) and the lines drawn. */
const samples = new Map();
/** @type {Record<string, number[][]>} */
const sampledLocations = {};
if (sampleLines !== undefined) {
  mutate = [];
  for (const area of areas) {
    const mutants = await enumerateMutants(root, areaFiles(root, area));
    const lines = linesWithMutants(mutants);
    const sampled = pickLines(lines, sampleLines, seed);
    const { ranges, locations } = sampleRanges(mutants, sampled);
    mutate.push(...ranges);
    Object.assign(sampledLocations, locations);
    samples.set(area, { population: lines.length, mutants: mutants.length, sampled });
    console.log(
      `${area}: ${sampled.length} of ${lines.length} lines with mutants drawn (seed ${seed}), ${Object.values(locations).flat().length} of ${mutants.length} mutants`,
    );
  }
}

const run = spawnSync(path.join(root, "node_modules", ".bin", "stryker"), ["run", ...(narrowed ? [] : ["--mutate", mutate.join(",")]), ...passed], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_NO_WARNINGS: "1",
    MUTATE_AREAS: areas.join(","),
    ...(sampleLines !== undefined ? { MUTATE_SAMPLE_LOCATIONS: JSON.stringify(sampledLocations) } : {}),
  },
});
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(path.join(root, "reports/mutation/mutation.json"), "utf8"));
const DETECTED = new Set(["Killed", "Timeout"]);
const COUNTED = new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);
const byArea = new Map(areas.map((a) => [a, { detected: 0, counted: 0, survivors: /** @type {string[]} */ ([]) }]));
/** A sampled run's counts per drawn line (`file:line`), zeros included. */
const perLine = new Map(
  [...samples.values()].flatMap((s) =>
    s.sampled.map((/** @type {{ file: string, line: number }} */ l) => [`${l.file}:${l.line}`, { detected: 0, counted: 0 }]),
  ),
);
for (const [file, { mutants }] of Object.entries(report.files)) {
  const area = byArea.get(file.split("/")[2] ?? "");
  if (!area) continue;
  for (const m of mutants) {
    if (!COUNTED.has(m.status)) continue;
    const line = perLine.get(`${file}:${m.location.start.line}`);
    if (samples.size && !line) continue;
    if (line) {
      line.counted += 1;
      if (DETECTED.has(m.status)) line.detected += 1;
    }
    area.counted += 1;
    if (DETECTED.has(m.status)) area.detected += 1;
    else
      area.survivors.push(
        `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName}${m.replacement ? ` → ${m.replacement.replace(/\s+/g, " ").slice(0, 60)}` : ""} (${m.status})`,
      );
  }
}

console.log(
  `\nmutation score per area (target ≥ 85%)${samples.size ? `, estimated from the mutants of ${sampleLines} random lines per area (seed ${seed})` : ""}`,
);
let allMet = true;
const percent = (/** @type {number} */ x) => `${(x * 100).toFixed(1)}%`;
for (const [name, s] of samples) {
  const lines = s.sampled.map((/** @type {{ file: string, line: number }} */ l) => perLine.get(`${l.file}:${l.line}`));
  const e = estimateScore(lines, s.population);
  allMet &&= e.score >= TARGET;
  // ✓ or ✗ only when the whole interval is on one side of the target.
  const mark = e.low >= TARGET ? "✓" : e.high < TARGET ? "✗" : "?";
  console.log(
    `${mark} app/_domain/${name}: about ${percent(e.score)}, 95% interval ${percent(e.low)}–${percent(e.high)}: an estimate from a sample of ${s.sampled.length} of ${s.population} lines with mutants (seed ${seed}), ${e.detected} of ${e.counted} tested mutants detected; a full run would test up to ${s.mutants} mutants`,
  );
}
for (const [name, a] of samples.size ? [] : byArea) {
  const score = a.counted ? a.detected / a.counted : 1;
  allMet &&= score >= TARGET;
  console.log(
    `${score >= TARGET ? "✓" : "✗"} app/_domain/${name}: ${(score * 100).toFixed(1)}% (${a.detected} of ${a.counted} mutants detected, ${a.survivors.length} survived)`,
  );
}
for (const [name, a] of byArea) {
  if (!a.survivors.length) continue;
  console.log(`\nsurvivors in ${name}:`);
  for (const s of a.survivors) console.log(`  ${s}`);
}
process.exit(allMet ? 0 : 1);
