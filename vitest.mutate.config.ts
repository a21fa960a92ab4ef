import path from "node:path";
import { defineConfig } from "vitest/config";

// Mutation testing runs only the pure domain's unit tests: they are the ones that can kill a
// mutant of app/_domain, and leaving out the server and browser suites keeps a run short.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  // A mutant run instruments every line and shares the machine with other work: the property
  // tests then take far longer than the 5 s default, which is not a failure of the mutant.
  test: { include: ["app/_domain/**/*.test.ts"], environment: "node", testTimeout: 120_000 },
});
