import path from "node:path";
import { defineConfig } from "vitest/config";

// Mutation testing runs only the pure domain's unit tests: they are the ones that can kill a
// mutant of app/_domain, and leaving out the server and browser suites keeps a run short.
// scripts/mutate.mjs names the areas under test (MUTATE_AREAS): each is scored by its own tests
// only, which says how well the tests beside the code guard it, and keeps a run to minutes
// (the capture suite drives the TCP machine through thousands of packets for every mutant).
const areas = process.env.MUTATE_AREAS?.split(",").filter(Boolean) ?? [];
const include = areas.length ? areas.map((a) => `app/_domain/${a}/**/*.test.ts`) : ["app/_domain/**/*.test.ts"];
// The corpus totals grade every answer in one test, which would then cover every grader mutant
// and run in full for each one that survives; corpus/each-answer.test.ts asserts the same of
// each answer one test at a time, so a run leaves the totals out and loses no check.
// The rewrites suite (corpus/rewrites.test.ts) grades the corpus again under each rewrite, so it
// too would reach every grader mutant: it guards wording, not code paths, and is left out likewise.
const exclude = ["app/_domain/interview/corpus/corpus.test.ts", "app/_domain/interview/corpus/rewrites.test.ts", "node_modules/**"];

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include,
    exclude,
    environment: "node",
    // A mutant run instruments every line and shares the machine with other work: the property
    // tests then take far longer than the 5 s default, which is not a failure of the mutant.
    testTimeout: 120_000,
    // A mutant's files run in one worker, not a new worker each, which cost more than the tests:
    // vitest.mutate.setup.ts gives each file fresh modules and the mutant off while it loads, as a
    // worker of its own would, and stops loading files once a test has failed (Stryker's bail).
    // MUTATE_SHARE_CONTENT: rubrics.fixture.ts parses content/*.md once per run, not once per file.
    isolate: false,
    setupFiles: ["vitest.mutate.setup.ts"],
    env: { MUTATE_SHARE_CONTENT: "1" },
  },
});
