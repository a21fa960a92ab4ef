import { readContent } from "@/app/_server/content/read-content";
import { gradeAnswer } from "@/app/_domain/interview";
import { CORPUS } from "@/app/_domain/interview/corpus/answers";
import { corpusFigures, corpusParts } from "@/app/_domain/interview/corpus/figures";
import type { Rubric } from "@/app/_domain/content";
import os from "node:os";
import { PerformanceObserver } from "node:perf_hooks";
import type { Benchmark, Figure } from "./run";

// Grading one 1,000-character answer in-process (what POST /api/interview/grade does after
// parsing): answers of the corpus joined to 1,000 characters, per language, each timed alone.
// Both the wall-clock time and the CPU time of the process are taken per answer: on a machine
// shared with other work the wall clock measures the scheduler as much as the grader, so the
// target is judged on CPU time and the load average is printed beside it.
const bench: Benchmark = {
  title: "Interview grading",
  async run() {
    const content = readContent();
    const rubricOf = (id: string) => content.cards.find((c) => c.id === id)!.meta.rubric as Rubric;
    const figures: Figure[] = [{ name: "load average (1 min) on this machine", value: os.loadavg()[0]!, unit: "", target: `${os.cpus().length} cores` }];
    for (const [locale, prompt] of [
      ["ko", "iv-four-way"],
      ["en", "iv-four-way"],
      ["ko", "iv-why-time-wait"],
      ["en", "iv-three-way"],
    ] as const) {
      let text = "";
      for (const a of CORPUS.filter((x) => x.locale === locale && x.prompt === prompt)) text += `${a.text}\n`;
      for (const a of CORPUS.filter((x) => x.locale === locale)) if (text.length < 1000) text += `${a.text}\n`;
      text = text.slice(0, 1000);
      const rubric = rubricOf(prompt);
      for (let i = 0; i < 300; i++) gradeAnswer(rubric, text, locale);
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const c = process.cpuUsage();
        const t = performance.now();
        gradeAnswer(rubric, text, locale);
        wall.push(performance.now() - t);
        const d = process.cpuUsage(c);
        cpu.push((d.user + d.system) / 1000);
      }
      const at = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)]!;
      const name = `${prompt} (${locale}, ${text.length} chars)`;
      figures.push({ name: `${name} allocated per grade`, value: (await bytesPerGrade(() => gradeAnswer(rubric, text, locale))) / 1024, unit: "KB" });
      figures.push({ name: `${name} wall p50`, value: at(wall, 0.5), unit: "ms" });
      figures.push({ name: `${name} wall p99`, value: at(wall, 0.99), unit: "ms" });
      figures.push({ name: `${name} CPU p50`, value: at(cpu, 0.5), unit: "ms" });
      figures.push({ name: `${name} CPU p99`, value: at(cpu, 0.99), unit: "ms", target: "< 2 ms", ok: at(cpu, 0.99) < 2 });
    }
    // The corpus figures the issue asks for, per round and part, printed beside the time.
    for (const [part, answers] of corpusParts(CORPUS)) {
      const f = corpusFigures(answers, rubricOf);
      const final = part === "all";
      figures.push({
        name: `corpus ${part}: correct answers scoring ≥ 0.7 (${f.passed}/${f.correct})`,
        value: (100 * f.passed) / f.correct,
        unit: "%",
        ...(final ? { target: "≥ 85%", ok: f.passed / f.correct >= 0.85 } : {}),
      });
      figures.push({
        name: `corpus ${part}: misconceptions flagged (${f.flagged}/${f.wrong})`,
        value: (100 * f.flagged) / f.wrong,
        unit: "%",
        ...(final ? { target: "≥ 85%", ok: f.flagged / f.wrong >= 0.85 } : {}),
      });
      figures.push({
        name: `corpus ${part}: correct answers falsely flagged (${f.falseFlags}/${f.correct})`,
        value: (100 * f.falseFlags) / f.correct,
        unit: "%",
        ...(final ? { target: "≤ 3%", ok: f.falseFlags / f.correct <= 0.03 } : {}),
      });
    }
    return figures;
  },
};
export default bench;

/**
 * The bytes one grade allocates, a figure the load of the machine does not move: the p99 is set
 * by the grades that meet a scavenge, and how often that happens is the bytes allocated per grade
 * over the size of the young generation. Node has no allocation counter, so the heap's growth is
 * read around a batch of grades: without a collection in between, every byte allocated is still
 * counted in heapUsed. Batches a collection ran in are told by the 'gc' entries of a
 * PerformanceObserver (delivered later, so they are matched to the batches by time) and left out;
 * a batch of 10 grades is a small share of the young generation, so most batches are clean.
 * The median over the clean batches is given.
 */
async function bytesPerGrade(grade: () => void): Promise<number> {
  const BATCH = 10;
  const gcs: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ["gc"] });
  const batches: { start: number; end: number; bytes: number }[] = [];
  for (let b = 0; b < 200; b++) {
    const start = performance.now();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < BATCH; i++) grade();
    const bytes = process.memoryUsage().heapUsed - before;
    batches.push({ start, end: performance.now(), bytes });
  }
  // The observer's entries arrive on a later turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const clean = batches
    .filter((b) => !gcs.some((g) => g.start <= b.end && g.end >= b.start))
    .map((b) => b.bytes / BATCH)
    .sort((x, y) => x - y);
  return clean.length ? clean[Math.floor(clean.length / 2)]! : NaN;
}
