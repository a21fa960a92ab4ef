import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "@/app/_server/db/migrations";
import type { Benchmark } from "./run";

// Start-up cost a user pays on every `npm start`: checking an up-to-date database.
const bench: Benchmark = {
  title: "Migrations on SQLite",
  async run() {
    const config = { provider: "sqlite" as const, file: path.join(mkdtempSync(path.join(os.tmpdir(), "bench-")), "b.db") };
    let t = performance.now();
    await applyMigrations(config);
    const first = performance.now() - t;
    t = performance.now();
    await applyMigrations(config);
    const again = performance.now() - t;
    return [
      { name: "apply all migrations to a new file", value: first, unit: "ms" },
      { name: "check an up-to-date file (no-op)", value: again, unit: "ms", target: "< 100 ms", ok: again < 100 },
    ];
  },
};
export default bench;
