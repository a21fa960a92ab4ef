import "server-only";
import { Worker } from "node:worker_threads";
import { StudyError } from "./errors";
import type { ReviewJob, ReviewReply } from "./review-batches";
import type { ReviewRequest, SqliteRecordResult } from "./sqlite-review-store";

// On SQLite, ratings are written by one worker thread that owns the write connection. The
// request thread only validates, posts the rating and waits for the commit, so the SQLite
// work (B-tree inserts, WAL writes, checkpoints) runs on another core and batches of ratings
// that arrive together share one commit. An answer still comes only after the commit.

type Pending = { resolve: (r: SqliteRecordResult) => void; reject: (e: Error) => void };
type WriterThread = Pick<Worker, "postMessage" | "on" | "unref">;

export class ReviewWriter {
  private thread: WriterThread | null = null;
  private readonly pending = new Map<number, Pending>();
  private seq = 0;

  constructor(private readonly spawn: () => WriterThread) {}

  /** How many ratings this writer has handed to its thread (the tests check the path taken). */
  handedOver = 0;

  record(request: ReviewRequest): Promise<SqliteRecordResult> {
    const thread = (this.thread ??= this.start());
    this.handedOver += 1;
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      thread.postMessage({ seq, request } satisfies ReviewJob);
    });
  }

  private start(): WriterThread {
    const thread = this.spawn();
    thread.unref();
    thread.on("message", (replies: ReviewReply[]) => {
      for (const reply of replies) {
        const waiting = this.pending.get(reply.seq);
        if (!waiting) continue;
        this.pending.delete(reply.seq);
        if ("failure" in reply) waiting.reject(unavailable(reply.failure));
        else if (reply.outcome.ok) waiting.resolve(reply.outcome.result);
        else waiting.reject(new StudyError(reply.outcome.error.status, reply.outcome.error.code, reply.outcome.error.message));
      }
    });
    const lost = (why: string) => {
      if (this.thread === thread) this.thread = null;
      for (const waiting of this.pending.values()) waiting.reject(unavailable(why));
      this.pending.clear();
    };
    thread.on("error", (e: Error) => lost(e.message));
    thread.on("exit", (code: number) => lost(`the review writer stopped (exit code ${code})`));
    return thread;
  }
}

// Nothing was committed; the client keeps the rating and sends it again.
const unavailable = (why: string) => new StudyError(503, "unavailable", `The rating was not saved (${why}); it will be sent again.`);

// On globalThis for the reason the database client is (db/client.ts): each Next chunk has its
// own module state, and one SQLite file must have one writer thread, whichever route rates.
const globalForWriters = globalThis as unknown as { reviewWriters?: Map<string, ReviewWriter> };
const writers = (globalForWriters.reviewWriters ??= new Map<string, ReviewWriter>());

/** The process's writer for one SQLite file, started on first use. */
export function reviewWriter(file: string): ReviewWriter {
  let writer = writers.get(file);
  if (!writer) writers.set(file, (writer = new ReviewWriter(() => spawnWriterThread(file))));
  return writer;
}

function spawnWriterThread(file: string): Worker {
  const workerData = { file };
  // Next bundles the worker entry. Run from the TypeScript sources (the integration tests),
  // the thread loads it through tsx, as a React server environment so "server-only" passes.
  if (import.meta.url.endsWith(".ts")) {
    // (Not a second new URL(…) of the entry: Turbopack would take that for an asset.)
    const entry = JSON.stringify(import.meta.url.replace(/review-writer\.ts$/, "review-writer.worker.ts"));
    const boot = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); })`;
    return new Worker(boot, { eval: true, workerData, execArgv: ["--conditions", "react-server"] });
  }
  return new Worker(new URL("./review-writer.worker.ts", import.meta.url), { workerData });
}
