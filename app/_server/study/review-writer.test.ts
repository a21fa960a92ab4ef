import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { StudyError } from "./errors";
import type { ReviewJob, ReviewReply } from "./review-batches";
import { ReviewWriter } from "./review-writer";
import type { ReviewRequest } from "./sqlite-review-store";

const request = {
  userId: "u",
  input: { id: "x", cardId: "c1", rating: 3, reviewedAt: new Date(0), durationMs: 0, cram: false },
  settings: {},
  now: new Date(0),
} as unknown as ReviewRequest;

/** A stand-in for the writer thread: it keeps the jobs it is sent and replies when told. */
class FakeThread extends EventEmitter {
  readonly jobs: ReviewJob[] = [];
  postMessage(job: ReviewJob) {
    this.jobs.push(job);
  }
  unref() {}
  reply(replies: ReviewReply[]) {
    this.emit("message", replies);
  }
}

function writerWithThreads() {
  const threads: FakeThread[] = [];
  const writer = new ReviewWriter(() => {
    const t = new FakeThread();
    threads.push(t);
    return t as never;
  });
  return { writer, threads };
}

describe("ReviewWriter", () => {
  it("starts one thread on first use and settles each caller by its sequence number", async () => {
    const { writer, threads } = writerWithThreads();
    const first = writer.record(request);
    const second = writer.record(request);
    expect(threads).toHaveLength(1);
    const [a, b] = threads[0]!.jobs;
    threads[0]!.reply([
      { seq: b!.seq, outcome: { ok: false, error: { status: 404, code: "unknown_card", message: "Card c1 does not exist or is retired." } } },
      { seq: a!.seq, outcome: { ok: true, result: { status: "recorded", cardId: "c1", state: null, next: "c2" } } },
    ]);
    await expect(first).resolves.toEqual({ status: "recorded", cardId: "c1", state: null, next: "c2" });
    const refused = await second.catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StudyError);
    expect(refused).toMatchObject({ status: 404, code: "unknown_card" });
  });

  it("answers 503 when a batch failed, so the client sends the rating again", async () => {
    const { writer, threads } = writerWithThreads();
    const pending = writer.record(request);
    threads[0]!.reply([{ seq: threads[0]!.jobs[0]!.seq, failure: "database or disk is full" }]);
    await expect(pending).rejects.toMatchObject({ status: 503, code: "unavailable", message: expect.stringContaining("database or disk is full") });
  });

  it("fails what was waiting when the thread stops, and starts a new thread for the next rating", async () => {
    const { writer, threads } = writerWithThreads();
    const waiting = [writer.record(request), writer.record(request)];
    threads[0]!.emit("exit", 1);
    for (const w of waiting) await expect(w).rejects.toMatchObject({ status: 503, message: expect.stringContaining("exit code 1") });
    const next = writer.record(request);
    expect(threads).toHaveLength(2);
    threads[1]!.reply([{ seq: threads[1]!.jobs[0]!.seq, outcome: { ok: true, result: { status: "duplicate", cardId: "c1", state: null, next: null } } }]);
    await expect(next).resolves.toMatchObject({ status: "duplicate" });
  });
});
