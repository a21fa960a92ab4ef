import "server-only";
import { Worker } from "node:worker_threads";
import type { DatabaseConfig } from "@/app/_domain/config/database-url";
import { StudyError } from "../study/errors";
import { forgetSettings } from "../study/settings";
import type { ImportResult } from "./import-progress";

// A 16 MB file is about a second of JSON.parse and several of validation and planning, and the
// writes many more statements than that: on the request thread (and better-sqlite3 runs every
// statement synchronously there) that stalled every other request for as long. Each import runs
// in a thread of its own instead, and writes in short slices (importProgress).

export type ImportJob = { config: DatabaseConfig; userId: string; bytes: Uint8Array; now: number };
export type ImportMessage =
  | { kind: "progress"; done: number; total: number }
  | { kind: "done"; result: ImportResult }
  | { kind: "malformed"; message: string }
  | { kind: "refused"; status: StudyError["status"]; code: string; message: string }
  | { kind: "failed"; message: string };

// Each import holds its file's parsed rows in memory; two at a time is plenty for this app.
const MAX_IMPORTS = 2;
let running = 0;

/**
 * Imports a progress file (its JSON bytes) for `userId` in a worker thread. `onProgress` hears
 * after each committed slice. Throws StudyError: 400 for JSON that does not parse, the
 * import's own refusals (409), 503 when two imports are already running or the thread failed.
 */
export async function importInWorker(job: ImportJob, onProgress?: (done: number, total: number) => void): Promise<ImportResult> {
  if (running >= MAX_IMPORTS) throw new StudyError(503, "busy", "Other imports are running; try again in a minute.");
  running += 1;
  try {
    const result = await runThread(job, onProgress);
    if (result.ok && result.summary.settings === "applied") forgetSettings(job.userId);
    return result;
  } finally {
    running -= 1;
  }
}

function runThread(job: ImportJob, onProgress?: (done: number, total: number) => void): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      f();
    };
    const thread = spawnImportThread(job);
    thread.on("message", (m: ImportMessage) => {
      if (m.kind === "progress") return onProgress?.(m.done, m.total);
      settle(() => {
        if (m.kind === "done") resolve(m.result);
        else if (m.kind === "malformed") reject(new StudyError(400, "malformed_json", `The body is not valid JSON: ${m.message}`));
        else if (m.kind === "refused") reject(new StudyError(m.status, m.code, m.message));
        else reject(new StudyError(503, "unavailable", `The import failed (${m.message}); nothing more was written. Import the file again.`));
      });
    });
    thread.on("error", (e) => settle(() => reject(new StudyError(503, "unavailable", `The import failed (${e.message}). Import the file again.`))));
    thread.on("exit", (code) => settle(() => reject(new StudyError(503, "unavailable", `The import stopped (exit code ${code}). Import the file again.`))));
  });
}

function spawnImportThread(job: ImportJob): Worker {
  // The bytes move to the thread (transferred, not copied).
  const transferList = [job.bytes.buffer as ArrayBuffer];
  // As for the review writer: from the TypeScript sources (tests) the thread boots through tsx.
  if (import.meta.url.endsWith(".ts")) {
    const entry = JSON.stringify(import.meta.url.replace(/import-in-worker\.ts$/, "import.worker.ts"));
    const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); })`;
    return new Worker(boot, { workerData: job, transferList, eval: true, execArgv: ["--conditions", "react-server"] });
  }
  // Written out in full: Turbopack bundles a worker only from this literal shape.
  return new Worker(new URL("./import.worker.ts", import.meta.url), { workerData: job, transferList });
}
