import { readContent } from "@/app/_server/content/read-content";
import { gradeAnswer } from "@/app/_domain/interview";
import { CORPUS } from "@/app/_domain/interview/corpus/answers";
import { corpusFigures, corpusParts } from "@/app/_domain/interview/corpus/figures";
import type { Rubric } from "@/app/_domain/content";
import os from "node:os";
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
