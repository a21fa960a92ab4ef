import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseJsonBody } from "./json";

const CHUNK = 1024;

/** A chunked request body (no Content-Length) that produces 1 KB chunks for as long as it is read. */
function endlessBody() {
  const counter = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      counter.pulled += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

/** One chunk, then nothing more, ever: the sender that never finishes. */
function trickle() {
  const counter = { cancelled: false };
  let sent = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) controller.enqueue(new TextEncoder().encode('{"a":'));
      sent = true;
      return new Promise(() => {});
    },
    cancel() {
      counter.cancelled = true;
    },
  });
  return { stream, counter };
}

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/health", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);

const error = async (r: Awaited<ReturnType<typeof parseJsonBody>>) => {
  if (r.ok) throw new Error("expected a refusal");
  return { status: r.response.status, ...((await r.response.json()) as { error: { code: string; message: string } }).error };
};

describe("parseJsonBody reads through the capped reader", () => {
  it("stops reading a chunked body without Content-Length at the cap and answers 413", async () => {
    const { stream, counter } = endlessBody();
    const result = await parseJsonBody(post(stream), z.unknown(), 64 * 1024);
    expect(await error(result)).toMatchObject({ status: 413, code: "too_large" });
    // Read to just past the cap, then the source was told to stop.
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024 + 4 * CHUNK);
    expect(counter.cancelled).toBe(true);
  });

  it("gives up on a body that trickles in without end and answers 408", async () => {
    const { stream, counter } = trickle();
    const result = await parseJsonBody(post(stream), z.unknown(), 64 * 1024, 50);
    expect(await error(result)).toMatchObject({ status: 408, code: "timeout" });
    expect(counter.cancelled).toBe(true);
  });

  it("refuses an announced length over the cap before reading anything", async () => {
    const { stream, counter } = endlessBody();
    const result = await parseJsonBody(post(stream, { "content-length": String(10 * 1024 * 1024) }), z.unknown(), 64 * 1024);
    expect(await error(result)).toMatchObject({ status: 413 });
    expect(counter.pulled).toBeLessThanOrEqual(CHUNK); // a stream may prefetch one chunk, never more
  });

  it("parses a body under the cap, streamed or not", async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ a: "한국어", b: [1, 2] }));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, 5));
        c.enqueue(bytes.slice(5));
        c.close();
      },
    });
    expect(await parseJsonBody(post(stream), z.object({ a: z.string(), b: z.array(z.number()) }))).toEqual({ ok: true, data: { a: "한국어", b: [1, 2] } });
    expect(await error(await parseJsonBody(post("{"), z.unknown()))).toMatchObject({ status: 400, code: "malformed_json" });
  });
});
