// @ts-check
// Stryker ignorer for a sampled run (scripts/mutate-sample.mjs): a mutant that runs over several
// lines is given to Stryker as a range, and the range also holds the mutants of the lines inside
// it, which were not sampled. This ignorer leaves out every syntax node that holds no sampled
// mutant, so those inner mutants are reported as ignored and never run.
// MUTATE_SAMPLE_LOCATIONS: JSON, per file, [startLine, startColumn, endLine, endColumn] of each
// sampled mutant (lines from 1, columns from 0, as babel numbers them).
import path from "node:path";
import { PluginKind, declareValuePlugin } from "@stryker-mutator/api/plugin";

/** @type {Record<string, number[][]>} */
const locations = JSON.parse(process.env.MUTATE_SAMPLE_LOCATIONS ?? "{}");

/** @param {number} l1 @param {number} c1 @param {number} l2 @param {number} c2 a before or at b */
const atOrBefore = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 <= c2);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "sample", {
    /** @param {any} nodePath babel's NodePath */
    shouldIgnore(nodePath) {
      const loc = nodePath.node?.loc;
      const file = nodePath.hub?.file?.opts?.filename;
      if (!loc || typeof file !== "string") return undefined;
      const mine = locations[path.relative(process.cwd(), file).split(path.sep).join("/")] ?? [];
      const holdsOne = mine.some(
        ([sl = 0, sc = 0, el = 0, ec = 0]) => atOrBefore(loc.start.line, loc.start.column, sl, sc) && atOrBefore(el, ec, loc.end.line, loc.end.column),
      );
      return holdsOne ? undefined : "not in the sample";
    },
  }),
];
