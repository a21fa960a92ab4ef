// The thread that runs one progress import (see import-in-worker.ts): JSON parsing, validation,
// the merge plan and the sliced writes all happen here, on its own database connection, so
// the request thread stays free for everyone else.
import { parentPort, workerData } from "node:worker_threads";
import { createDb } from "../db/client";
import { StudyError } from "../study/errors";
import { importProgressJson } from "./import-progress";
import type { ImportJob, ImportMessage } from "./import-in-worker";

const job = workerData as ImportJob;
const post = (m: ImportMessage) => parentPort!.postMessage(m);

async function run(): Promise<ImportMessage> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(job.bytes));
  } catch (e) {
    return { kind: "malformed", message: (e as Error).message };
  }
  const db = createDb(job.config);
  try {
    const result = await importProgressJson(db, job.userId, json, new Date(job.now), (done, total) => post({ kind: "progress", done, total }));
    return { kind: "done", result };
  } catch (e) {
    if (e instanceof StudyError) return { kind: "refused", status: e.status, code: e.code, message: e.message };
    throw e;
  } finally {
    await db.$disconnect();
  }
}

run().then(post, (e: unknown) => post({ kind: "failed", message: e instanceof Error ? e.message : String(e) }));
