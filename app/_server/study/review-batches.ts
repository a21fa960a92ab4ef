import type { MessagePort } from "node:worker_threads";
import type { BatchOutcome, ReviewRequest } from "./sqlite-review-store";

// The protocol between the review route and the thread that owns SQLite's write connection.
// Jobs that arrive while a batch commits are answered together after the next commit, so
// under load one transaction (and one set of page writes) serves many ratings, and nothing is
// answered before it is on disk.

export type ReviewJob = { seq: number; request: ReviewRequest };
export type ReviewReply = { seq: number; outcome: BatchOutcome } | { seq: number; failure: string };

/** The worker's end of the channel (its parentPort, or a MessageChannel's port in tests). */
export type Port = Pick<MessagePort, "on" | "postMessage">;

export type BatchStore = {
  recordBatch(items: readonly ReviewRequest[]): BatchOutcome[];
  /** Called after each batch is answered, so housekeeping never delays an answer. */
  afterBatch?(size: number): void;
};

/** Serves review jobs from `port`, one transaction per batch of jobs waiting. */
export function serveReviewBatches(port: Port, store: BatchStore): void {
  let queue: ReviewJob[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    let replies: ReviewReply[];
    try {
      const outcomes = store.recordBatch(batch.map((job) => job.request));
      replies = batch.map((job, i) => ({ seq: job.seq, outcome: outcomes[i]! }));
    } catch (e) {
      // Nothing of the batch committed; every caller is told, and its client retries.
      const failure = e instanceof Error ? e.message : String(e);
      replies = batch.map((job) => ({ seq: job.seq, failure }));
    }
    port.postMessage(replies);
    store.afterBatch?.(batch.length);
  };
  port.on("message", (job: ReviewJob) => {
    queue.push(job);
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
}
