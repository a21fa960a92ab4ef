import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseCapture } from "./analyse";
import { CaptureError, MAX_CAPTURE_BYTES } from "./errors";
import { toPcap } from "./write";

function refusal(input: string | Uint8Array): string {
  try {
    analyseCapture(input);
    return "ok";
  } catch (e) {
    if (e instanceof CaptureError) return `${e.code}: ${e.message}`;
    throw e;
  }
}

describe("analyseCapture refuses what is not a capture, saying what was expected", () => {
  it.each([
    ["nothing", "", /^empty: The capture is empty\. Expected tcpdump output/],
    ["blank lines", " \n\t\n", /^empty/],
    ["no bytes", new Uint8Array(0), /^empty/],
    ["prose", "My server is slow, why?\nThanks", /^not_a_capture: .*the first line is "My server is slow, why\?"/],
    ["a JSON document", '{"kind":"segments"}', /^not_a_capture/],
    ["binary that is no capture file", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), /^not_a_capture/],
    ["a capture of something else (ARP only)", toPcap([], { linkType: 1 }), /^no_tcp: The capture holds 0 packets but no TCP segment/],
    [
      "more than 10 MB of bytes",
      new Uint8Array(MAX_CAPTURE_BYTES + 1),
      /^too_large: The capture is larger than 10 MB \(10,485,760 bytes\): it has 10,485,761 bytes/,
    ],
    ["more than 10 MB of text", "x".repeat(MAX_CAPTURE_BYTES + 1), /^too_large/],
  ])("%s", (_, input, message) => {
    expect(refusal(input)).toMatch(message);
  });

  it("takes a file's bytes that are text as text", () => {
    const text = readFileSync(path.join(import.meta.dirname, "fixtures", "normal.abs.txt"));
    const analysis = analyseCapture(new Uint8Array(text));
    expect(analysis).toMatchObject({ kind: "segments", format: "tcpdump" });
  });

  it("reads a socket table when no line is a segment", () => {
    expect(analyseCapture(readFileSync(path.join(import.meta.dirname, "fixtures", "close-wait.ss.txt"), "utf8"))).toMatchObject({
      kind: "sockets",
      sockets: expect.arrayContaining([expect.objectContaining({ state: "CLOSE-WAIT" })]),
    });
  });
});

describe("analyseCapture on captures that start in the middle", () => {
  it("calls the sides A and B, puts the well-known port on the right, and starts them ESTABLISHED", () => {
    const text = [
      "12:00:00.000001 IP 10.0.0.2.443 > 10.0.0.1.51000: Flags [P.], seq 1000:1100, ack 500, win 502, length 100",
      "12:00:00.000002 IP 10.0.0.1.51000 > 10.0.0.2.443: Flags [.], ack 1100, win 502, length 0",
      "12:00:00.000003 IP 10.0.0.1.51000 > 10.0.0.2.443: Flags [F.], seq 500, ack 1100, win 502, length 0",
      "12:00:00.000004 IP 10.0.0.2.443 > 10.0.0.1.51000: Flags [F.], seq 1100, ack 501, win 502, length 0",
      "12:00:00.000005 IP 10.0.0.1.51000 > 10.0.0.2.443: Flags [.], ack 1101, win 502, length 0",
    ].join("\n");
    const analysis = analyseCapture(text);
    if (analysis.kind !== "segments") throw new Error("expected segments");
    const [c] = analysis.connections;
    expect(c).toMatchObject({
      client: "10.0.0.1:51000",
      server: "10.0.0.2:443",
      roles: false,
      initial: { client: "ESTABLISHED", server: "ESTABLISHED" },
      final: { client: "TIME-WAIT", server: "CLOSED" },
    });
    expect(c!.segments[0]).toMatchObject({ from: "server", seq: 1, len: 100 });
  });

  it("a simultaneous close (the FINs cross, each ACK lagging) ends in TIME-WAIT on both sides", () => {
    const text = [
      "12:00:00.000001 IP 10.0.0.1.51000 > 10.0.0.2.443: Flags [F.], seq 500, ack 1100, win 502, length 0",
      "12:00:00.000002 IP 10.0.0.2.443 > 10.0.0.1.51000: Flags [F.], seq 1100, ack 500, win 502, length 0",
      "12:00:00.000003 IP 10.0.0.1.51000 > 10.0.0.2.443: Flags [.], ack 1101, win 502, length 0",
      "12:00:00.000004 IP 10.0.0.2.443 > 10.0.0.1.51000: Flags [.], ack 501, win 502, length 0",
    ].join("\n");
    const analysis = analyseCapture(text);
    if (analysis.kind !== "segments") throw new Error("expected segments");
    const [c] = analysis.connections;
    expect(c!.segments.map((s) => [s.client, s.server])).toEqual([
      ["FIN-WAIT-1", "CLOSE-WAIT"],
      ["CLOSING", "CLOSING"],
      ["CLOSING", "TIME-WAIT"],
      ["TIME-WAIT", "TIME-WAIT"],
    ]);
    expect(c!.segments[1]!.notes.map((n) => n.kind)).toContain("crossed");
  });

  it("a segment far beyond the receiver's window is out of window and changes nothing", () => {
    const text = [
      "12:00:00.000001 IP 10.0.0.1.51000 > 10.0.0.2.80: Flags [S], seq 100, win 64240, options [mss 1460,nop,wscale 0], length 0",
      "12:00:00.000002 IP 10.0.0.2.80 > 10.0.0.1.51000: Flags [S.], seq 300, ack 101, win 1000, options [mss 1460,nop,wscale 0], length 0",
      "12:00:00.000003 IP 10.0.0.1.51000 > 10.0.0.2.80: Flags [.], ack 301, win 64240, length 0",
      "12:00:00.000004 IP 10.0.0.1.51000 > 10.0.0.2.80: Flags [P.], seq 5101:5201, ack 301, win 64240, length 100",
      "12:00:00.000005 IP 10.0.0.1.51000 > 10.0.0.2.80: Flags [F.], seq 101, ack 301, win 64240, length 0",
    ].join("\n");
    const analysis = analyseCapture(text);
    if (analysis.kind !== "segments") throw new Error("expected segments");
    const codes = analysis.connections[0]!.anomalies.map((a) => a.code);
    expect(codes).toContain("out-of-window");
    expect(analysis.connections[0]!.anomalies.find((a) => a.code === "out-of-window")).toMatchObject({
      index: 3,
      side: "client",
      seq: 5001,
      rcvNxt: 1,
      window: 1000,
    });
  });
});

describe("analyseCapture never fails with anything but a CaptureError", () => {
  const fixtures = ["normal.pcap", "normal.pcapng", "half-close-sll2.pcap", "server-close-sll.pcap", "lost.pcap", "ipv6.pcap"].map(
    (f) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "fixtures", f))),
  );
  const texts = ["normal.rel.txt", "normal.v.txt", "piles.ss.txt", "inject.abs.txt"].map((f) =>
    readFileSync(path.join(import.meta.dirname, "fixtures", f), "utf8"),
  );
  const settles = (input: string | Uint8Array) => {
    try {
      analyseCapture(input);
    } catch (e) {
      if (!(e instanceof CaptureError)) throw e;
    }
  };

  it("on random bytes and random text", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => settles(bytes)),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => settles(text)),
      { numRuns: 500 },
    );
  }, 30_000);

  it("on real files with bytes changed, cut short or spliced", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 8 }), fc.nat(), (file, flips, cut) => {
        const bytes = file.slice(0, 24 + (cut % (file.length - 23)));
        for (const [at, value] of flips) bytes[at % bytes.length] = value;
        settles(bytes);
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it("on real text with lines dropped, repeated, shuffled or garbled", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("drop", "repeat", "garble", "swap")), { maxLength: 10 }),
        (text, edits) => {
          const lines = text.split("\n");
          for (const [at, edit] of edits) {
            const i = at % lines.length;
            if (edit === "drop") lines.splice(i, 1);
            if (edit === "repeat") lines.splice(i, 0, lines[i]!);
            if (edit === "garble") lines[i] = lines[i]!.replace(/\d/g, (d) => String((Number(d) * 7 + at) % 10));
            if (edit === "swap" && lines.length > 1) [lines[i], lines[(i + 1) % lines.length]] = [lines[(i + 1) % lines.length]!, lines[i]!];
          }
          settles(lines.join("\n"));
        },
      ),
      { numRuns: 1000 },
    );
  }, 30_000);

  it("on a line built to make a regular expression backtrack", () => {
    settles(`${"a.".repeat(200_000)} > b.c: Flags [S]`);
    settles("1.".repeat(1_000_000));
    settles(`${"x ".repeat(100_000)}: Flags [`);
  });
});
