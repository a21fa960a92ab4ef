import path from "node:path";
import { defineConfig } from "vitest/config";

// Mutation testing runs only the pure domain's unit tests: they are the ones that can kill a
// mutant of app/_domain, and leaving out the server and browser suites keeps a run short.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: { include: ["app/_domain/**/*.test.ts"], environment: "node" },
});
