import { readFileSync } from "node:fs";
import path from "node:path";
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
    ["more than 10 MB of bytes", new Uint8Array(MAX_CAPTURE_BYTES + 1), /^too_large: The capture is larger than 10 MB \(10,485,760 bytes\): it has 10,485,761 bytes/],
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
    expect(analyseCapture(readFileSync(path.join(import.meta.dirname, "fixtures", "close-wait.ss.txt"), "utf8"))).toMatchObject({ kind: "sockets", sockets: expect.arrayContaining([expect.objectContaining({ state: "CLOSE-WAIT" })]) });
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
    expect(c).toMatchObject({ client: "10.0.0.1:51000", server: "10.0.0.2:443", roles: false, initial: { client: "ESTABLISHED", server: "ESTABLISHED" }, final: { client: "TIME-WAIT", server: "CLOSED" } });
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
    expect(c!.segments.map((s) => [s.client, s.server])).toEqual([["FIN-WAIT-1", "CLOSE-WAIT"], ["CLOSING", "CLOSING"], ["CLOSING", "TIME-WAIT"], ["TIME-WAIT", "TIME-WAIT"]]);
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
    expect(analysis.connections[0]!.anomalies.find((a) => a.code === "out-of-window")).toMatchObject({ index: 3, side: "client", seq: 5001, rcvNxt: 1, window: 1000 });
  });
});
