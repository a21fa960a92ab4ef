import "server-only";
import { spawn } from "node:child_process";
import path from "node:path";
import { z } from "zod";

export type Fit = { logLoss: number; rmse: number };
export type FitInput = { items: [rating: number, deltaT: number][][]; current: number[] | null };
export type FitOutput = { parameters: number[]; defaults: Fit; personal: Fit; current: Fit | null };

/** The optimizer did not give a result: crashed, was stopped at its time limit, or answered nonsense. */
export class OptimizerFailedError extends Error {
  constructor(readonly reason: string) {
    super(`The FSRS optimizer failed: ${reason}`);
    this.name = "OptimizerFailedError";
  }
}

const fitSchema = z.object({ logLoss: z.number(), rmse: z.number() });
const outputSchema = z.object({
  parameters: z.array(z.number().refine(Number.isFinite)).length(21),
  defaults: fitSchema,
  personal: fitSchema,
  current: fitSchema.nullable(),
});

// Plenty for the few thousand items a learner of this app can have (400 items fit in ~10 ms
// here); the limit is there for a binding that hangs, not for a slow fit.
export const DEFAULT_TIME_LIMIT_MS = 60_000;
const MAX_OUTPUT = 64 * 1024;

// A plain .mjs file of the project, run as is by a child process (the binding resolves from
// node_modules above it). Found from the project root, where npm start, the tests and the
// benches run: a new URL(…, import.meta.url) would make Turbopack publish it as a static asset.
const childScript = () => path.join(process.cwd(), "app", "_server", "study", "optimizer", "fit.child.mjs");

/**
 * Fits FSRS parameters in a child process with a time limit. A native panic, a signal or the
 * time limit ends only the child, and the caller gets an OptimizerFailedError.
 */
export function fitInChild(input: FitInput, { timeLimitMs = DEFAULT_TIME_LIMIT_MS, script = childScript() } = {}): Promise<FitOutput> {
  return new Promise((resolve, reject) => {
    // No secrets and no database URL: the child needs nothing but its input.
    const child = spawn(process.execPath, [script], { stdio: ["pipe", "pipe", "pipe"], env: { NODE_ENV: process.env.NODE_ENV } });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeLimitMs);
    child.stdout.setEncoding("utf8").on("data", (s: string) => {
      stdout += s;
      if (stdout.length > MAX_OUTPUT) child.kill("SIGKILL");
    });
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr = (stderr + s).slice(-2000)));
    child.stdin.on("error", () => {}); // a child that died early: its exit says why
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new OptimizerFailedError(`could not start (${e.message})`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return reject(new OptimizerFailedError(`stopped after ${timeLimitMs} ms`));
      if (code !== 0) return reject(new OptimizerFailedError(`${signal ? `killed by ${signal}` : `exit code ${code}`}${lastLine(stderr)}`));
      try {
        resolve(outputSchema.parse(JSON.parse(stdout)));
      } catch {
        reject(new OptimizerFailedError("its answer was not a set of parameters"));
      }
    });
    child.stdin.end(JSON.stringify(input));
  });
}

function lastLine(stderr: string): string {
  const lines = stderr
    .trim()
    .split("\n")
    .filter((l) => l.trim());
  const panic = lines.find((l) => /panicked at|panic/i.test(l));
  const line = (panic ?? lines.at(-1) ?? "").trim().slice(0, 300);
  return line ? `: ${line}` : "";
}
