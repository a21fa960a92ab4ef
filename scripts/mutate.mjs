// @ts-check
// npm run mutate [-- area ... --stryker-option value ...]: Stryker over the pure domain, then the
// mutation score of each area (killed + timed out over every mutant that could be detected)
// against the 85% target, and each survivor with its place, so the next test to write is obvious.
// Arguments starting with "--" go to Stryker as they are (e.g. `--concurrency 1` on a shared
// machine, `--mutate app/_domain/tcp/machine.ts` for a narrow run while writing tests).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const AREAS = ["tcp", "scheduling", "transfer", "interview"];
const TARGET = 0.85;
const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const optionAt = args.findIndex((a) => a.startsWith("--"));
const asked = optionAt === -1 ? args : args.slice(0, optionAt);
const passed = optionAt === -1 ? [] : args.slice(optionAt);
const unknown = asked.filter((a) => !AREAS.includes(a));
if (unknown.length) {
  console.error(`Unknown area ${unknown.join(", ")}: choose from ${AREAS.join(", ")}.`);
  process.exit(2);
}
const areas = asked.length ? asked : AREAS;
const narrowed = passed.includes("--mutate") || passed.includes("-m");
const mutate = [...areas.map((a) => `app/_domain/${a}/**/*.ts`), "!app/_domain/**/*.test.ts", "!app/_domain/**/*.fixture.ts", "!app/_domain/**/index.ts"];

const run = spawnSync(path.join(root, "node_modules", ".bin", "stryker"), ["run", ...(narrowed ? [] : ["--mutate", mutate.join(",")]), ...passed], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NODE_NO_WARNINGS: "1", MUTATE_AREAS: areas.join(",") },
});
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(path.join(root, "reports/mutation/mutation.json"), "utf8"));
const DETECTED = new Set(["Killed", "Timeout"]);
const COUNTED = new Set(["Killed", "Timeout", "Survived", "NoCoverage"]);
const byArea = new Map(areas.map((a) => [a, { detected: 0, counted: 0, survivors: /** @type {string[]} */ ([]) }]));
for (const [file, { mutants }] of Object.entries(report.files)) {
  const area = byArea.get(file.split("/")[2] ?? "");
  if (!area) continue;
  for (const m of mutants) {
    if (!COUNTED.has(m.status)) continue;
    area.counted += 1;
    if (DETECTED.has(m.status)) area.detected += 1;
    else
      area.survivors.push(
        `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName}${m.replacement ? ` → ${m.replacement.replace(/\s+/g, " ").slice(0, 60)}` : ""} (${m.status})`,
      );
  }
}

console.log("\nmutation score per area (target ≥ 85%)");
let allMet = true;
for (const [name, a] of byArea) {
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
