// @ts-check
/**
 * `npm run mutate`: mutation testing of the pure domain (not part of `npm test`; run and reported
 * like a benchmark). scripts/mutate.mjs prints the score per area from the JSON report.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  // The interview corpus (answers, their rewrites and figures) is what the tests grade, like a
  // fixture: no learner's answer runs through it, so its mutants say nothing of the tests.
  mutate: [
    "app/_domain/{tcp,scheduling,transfer,interview}/**/*.ts",
    "!app/_domain/**/*.test.ts",
    "!app/_domain/**/*.fixture.ts",
    "!app/_domain/**/index.ts",
    "!app/_domain/interview/corpus/**",
  ],
  checkers: [],
  coverageAnalysis: "perTest",
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ["clear-text", "json", "progress"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  ignoreStatic: true,
  // A sampled run (scripts/mutate-sample.mjs) leaves out the mutants of lines not in the sample.
  ...(process.env.MUTATE_SAMPLE_LOCATIONS ? { ignorers: ["sample"], appendPlugins: ["./scripts/mutate-sample-ignorer.mjs"] } : {}),
};

export default config;
