import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { MAX_CAPTURE_BYTES } from "@/app/_domain/capture";
import { POST } from "./route";

const fixtures = path.join(process.cwd(), "app/_domain/capture/fixtures");
const file = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)));

function request(body: BodyInit | null, type: string | null = "application/octet-stream", locale: string | null = "en", headers: Record<string, string> = {}) {
  const url = `http://localhost/api/captures/explain${locale === null ? "" : `?locale=${locale}`}`;
  const init = { method: "POST", body, headers: { ...(type ? { "content-type": type } : {}), ...headers }, duplex: "half" };
  return new NextRequest(url, init as ConstructorParameters<typeof NextRequest>[1]);
}

async function call(body: BodyInit | null, type?: string | null, locale?: string | null, headers?: Record<string, string>) {
  const res = await POST(request(body, type, locale, headers));
  return {
    status: res.status,
    json: (await res.json()) as { kind?: string; error?: { code: string; message: string }; connections?: { final: unknown; anomalies: { code: string }[] }[] },
  };
}

describe("POST /api/captures/explain", () => {
  it("explains a pcap and tcpdump text, in the asked language", async () => {
    const pcap = await call(file("close-wait.pcap"), "application/vnd.tcpdump.pcap");
    expect(pcap.status).toBe(200);
    expect(pcap.json.connections![0]).toMatchObject({ final: { client: "TIME-WAIT", server: "CLOSED" }, anomalies: [{ code: "close-wait-held" }] });
    const text = await call(readFileSync(path.join(fixtures, "refused.abs.txt"), "utf8"), "text/plain; charset=utf-8", "ko");
    expect(text.status).toBe(200);
    expect(JSON.stringify(text.json)).toContain("연결을 기다리는 소켓이 없습니다");
    const sockets = await call(readFileSync(path.join(fixtures, "piles.ss.txt"), "utf8"), "text/plain");
    expect(sockets.json.kind).toBe("sockets");
  });

  it("answers 400 with what was expected for each kind of bad body", async () => {
    const truncated = file("normal.pcap").subarray(0, 100);
    const wifi = file("normal.pcap").slice();
    new DataView(wifi.buffer).setUint32(20, 105, true);
    const cases: [string, BodyInit | null, string | null, RegExp][] = [
      ["empty", null, "text/plain", /^empty: The capture is empty\. Expected tcpdump output/],
      ["not a capture", "hello", "text/plain", /^not_a_capture: .*"hello"/],
      [
        "truncated pcap",
        truncated,
        "application/vnd.tcpdump.pcap",
        /^truncated: The file is truncated at byte 24: it ends inside packet 1 \(74 bytes announced, 60 left\)\./,
      ],
      ["unsupported link type", wifi, "application/octet-stream", /^unsupported_link_type: Link type 105/],
      ["no content type, not a capture", new Uint8Array([1, 2, 3]), null, /^not_a_capture/],
    ];
    for (const [what, body, type, message] of cases) {
      const res = await call(body, type);
      expect(res.status, what).toBe(400);
      expect(`${res.json.error?.code}: ${res.json.error?.message}`, what).toMatch(message);
    }
    const locale = await call("x", "text/plain", "fr");
    // Worded as every route words a bad ?locale= (route() checks it once for all of them).
    expect(locale).toMatchObject({ status: 400, json: { error: { message: 'locale: must be "ko" or "en" (got "fr")' } } });
    expect((await call("{}", "application/json")).status).toBe(415);
  });

  it("refuses a body over 10 MB, announced or streamed, without reading past the cap", async () => {
    const announced = await call("x", "text/plain", "en", { "content-length": String(MAX_CAPTURE_BYTES + 1) });
    expect(announced).toMatchObject({ status: 400, json: { error: { code: "too_large" } } });
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const streamed = await call(endless, "text/plain");
    expect(streamed).toMatchObject({
      status: 400,
      json: { error: { code: "too_large", message: expect.stringMatching(/^The capture is larger than 10 MB \(10,485,760 bytes\)\. /) } },
    });
    // What was pulled stops within a few chunks of the cap (the stream may read one ahead).
    expect(pulled).toBeLessThanOrEqual(MAX_CAPTURE_BYTES + 3 * chunk.length);
  });

  it("answers only 200 or 400 to random bodies and to real captures cut short or changed", async () => {
    const seeds = ["normal.pcap", "normal.pcapng", "lost.pcap", "half-close-sll2.pcap", "normal.rel.txt", "normal.v.txt", "piles.ssp.txt"].map(file);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 6 })).map(([seed, cut, flips]) => {
            const bytes = seed.slice(0, cut % (seed.length + 1));
            for (const [at, v] of flips) if (bytes.length) bytes[at % bytes.length] = v;
            return bytes;
          }),
        ),
        fc.constantFrom("text/plain", "application/vnd.tcpdump.pcap", "application/octet-stream", null),
        async (bytes, type) => {
          const res = await POST(request(bytes, type));
          expect([200, 400]).toContain(res.status);
          const json = (await res.json()) as Partial<{ error: { code: string; message: string } }>;
          if (res.status === 400) expect(json.error?.message).toMatch(/\S/);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});
