// npm run bench: runs every benchmark in bench/ (files named *.bench.ts exporting `run`) and
// prints each figure with its unit and the target it is judged by. Never part of npm test.
import { readdirSync } from "node:fs";
import path from "node:path";

export type Figure = { name: string; value: number; unit: string; target?: string; ok?: boolean };
export type Benchmark = { title: string; run: () => Promise<Figure[]> };

const dir = import.meta.dirname;
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .sort();
let failures = 0;
for (const file of files) {
  const bench = ((await import(path.join(dir, file))) as { default: Benchmark }).default;
  console.log(`\n${bench.title} (${file})`);
  for (const f of await bench.run()) {
    const verdict = f.ok === undefined ? "" : f.ok ? "  ✓" : "  ✗";
    if (f.ok === false) failures += 1;
    console.log(
      `  ${f.name.padEnd(48)} ${f.value.toFixed(f.value < 10 ? 3 : 1).padStart(12)} ${f.unit.padEnd(8)}${f.target ? ` target ${f.target}` : ""}${verdict}`,
    );
  }
}
console.log(`\n${files.length} benchmark file(s), ${failures} figure(s) off target.`);
process.exit(failures ? 1 : 0);
