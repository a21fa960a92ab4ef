import { findScenario, grade, referenceRun } from "@/app/_domain/tcp";
import type { Benchmark } from "./run";

// Grading one answer in-process (what POST /api/simulator/grade does after parsing).
const bench: Benchmark = {
  title: "Simulator grading",
  async run() {
    const figures = [];
    for (const id of ["three-way-handshake", "lost-final-ack"]) {
      const scenario = findScenario(id)!;
      const answer = referenceRun(id, { clientIsn: 12345, serverIsn: 67890, ackOnFin: true });
      for (let i = 0; i < 20_000; i++) grade(scenario, answer, "en");
      const n = 100_000;
      const t = performance.now();
      for (let i = 0; i < n; i++) grade(scenario, answer, "en");
      const us = ((performance.now() - t) * 1000) / n;
      figures.push({ name: `grade ${id} (${answer.length} steps)`, value: us, unit: "µs", target: "< 50 µs", ok: us < 50 });
    }
    return figures;
  },
};
export default bench;
