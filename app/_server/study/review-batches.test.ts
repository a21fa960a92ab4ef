import { MessageChannel } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { serveReviewBatches, type BatchStore, type ReviewJob, type ReviewReply } from "./review-batches";
import type { BatchOutcome, ReviewRequest } from "./sqlite-review-store";

const request = (cardId: string): ReviewRequest => ({
  userId: "u",
  input: { id: `id-${cardId}`, cardId, rating: 3, reviewedAt: new Date(0), durationMs: 0, cram: false },
  settings: {} as ReviewRequest["settings"],
  now: new Date(0),
});
const recorded = (r: ReviewRequest): BatchOutcome => ({ ok: true, result: { status: "recorded", cardId: r.input.cardId, state: null, next: null } });

// Undefined until a test opens one.
let channel: MessageChannel | undefined;
afterEach(() => channel?.port1.close());

/** Serves `store` on one end of a channel and returns the other end's inbox of reply batches. */
function serve(store: BatchStore) {
  const opened = (channel = new MessageChannel());
  serveReviewBatches(opened.port1, store);
  const batches: ReviewReply[][] = [];
  const waiters: (() => void)[] = [];
  opened.port2.on("message", (replies: ReviewReply[]) => {
    batches.push(replies);
    waiters.shift()?.();
  });
  const send = (...jobs: ReviewJob[]) => jobs.forEach((job) => opened.port2.postMessage(job));
  const nextBatch = () => new Promise<ReviewReply[]>((resolve) => waiters.push(() => resolve(batches.at(-1)!)));
  return { send, nextBatch, batches };
}

describe("serveReviewBatches", () => {
  it("answers jobs that arrive together from one batch, in order, each with its own outcome", async () => {
    const calls: string[][] = [];
    const { send, nextBatch } = serve({
      recordBatch: (items) => {
        calls.push(items.map((i) => i.input.cardId));
        return items.map((i) =>
          i.input.cardId === "gone"
            ? { ok: false, error: { status: 404, code: "unknown_card", message: "Card gone does not exist or is retired." } }
            : recorded(i),
        );
      },
    });
    const replies = nextBatch();
    send({ seq: 1, request: request("a") }, { seq: 2, request: request("gone") }, { seq: 3, request: request("b") });
    expect(await replies).toEqual([
      { seq: 1, outcome: recorded(request("a")) },
      { seq: 2, outcome: { ok: false, error: { status: 404, code: "unknown_card", message: "Card gone does not exist or is retired." } } },
      { seq: 3, outcome: recorded(request("b")) },
    ]);
    expect(calls).toEqual([["a", "gone", "b"]]);
  });

  it("tells every job of a failed batch, and serves the next batch as usual", async () => {
    let fail = true;
    const { send, nextBatch } = serve({
      recordBatch: (items) => {
        if (fail) throw new Error("database is locked");
        return items.map(recorded);
      },
    });
    let replies = nextBatch();
    send({ seq: 1, request: request("a") }, { seq: 2, request: request("b") });
    expect(await replies).toEqual([
      { seq: 1, failure: "database is locked" },
      { seq: 2, failure: "database is locked" },
    ]);
    fail = false;
    replies = nextBatch();
    send({ seq: 3, request: request("c") });
    expect(await replies).toEqual([{ seq: 3, outcome: recorded(request("c")) }]);
  });

  it("does its housekeeping only after the batch is answered", async () => {
    const events: string[] = [];
    let deliver: (job: ReviewJob) => void = () => {};
    const port = {
      on: (_event: "message", listener: (job: ReviewJob) => void) => (deliver = listener),
      postMessage: (replies: ReviewReply[]) => events.push(`answered ${replies.length}`),
    } as unknown as Parameters<typeof serveReviewBatches>[0];
    serveReviewBatches(port, { recordBatch: (items) => items.map(recorded), afterBatch: (size) => events.push(`housekeeping after ${size}`) });
    deliver({ seq: 1, request: request("a") });
    deliver({ seq: 2, request: request("b") });
    await new Promise((r) => setImmediate(r));
    expect(events).toEqual(["answered 2", "housekeeping after 2"]);
  });
});
