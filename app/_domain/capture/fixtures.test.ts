import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { TcpState } from "../tcp/states";
import { analyseCapture, type SegmentsAnalysis } from "./analyse";
import type { AnomalyCode } from "./infer";

// Real captures made on loopback by fixtures/record.sh (see fixtures/README.md). Each is read
// in every form it was saved in: tcpdump text with absolute (-S) and relative numbers, pcap,
// and for some pcapng or Linux cooked captures; all must give the same states and anomalies.

const dir = path.join(import.meta.dirname, "fixtures");
const load = (file: string) => (file.endsWith(".txt") ? readFileSync(path.join(dir, file), "utf8") : new Uint8Array(readFileSync(path.join(dir, file))));
const read = (file: string) => analyseCapture(load(file)) as SegmentsAnalysis;
const forms = (name: string, extra: string[] = []) => [`${name}.abs.txt`, `${name}.rel.txt`, `${name}.pcap`, ...extra];

type Pair = [TcpState, TcpState];
type Case = { files: string[]; final: Pair; anomalies: AnomalyCode[]; states?: Pair[] };

// Both sides' states after each segment, written out by hand from the RFC 9293 diagram.
const HANDSHAKE: Pair[] = [
  ["SYN-SENT", "SYN-RECEIVED"],
  ["ESTABLISHED", "SYN-RECEIVED"],
  ["ESTABLISHED", "ESTABLISHED"],
];
const EST: Pair = ["ESTABLISHED", "ESTABLISHED"];

const CASES: Record<string, Case> = {
  "a normal exchange, the client closing first": {
    files: forms("normal", ["normal.pcapng", "normal.t.txt", "normal.tt.txt", "normal.ttt.txt", "normal.tttt.txt", "normal.ttttt.txt", "normal.v.txt"]),
    final: ["TIME-WAIT", "CLOSED"],
    anomalies: [],
    states: [...HANDSHAKE, EST, EST, EST, EST, ["FIN-WAIT-1", "CLOSE-WAIT"], ["TIME-WAIT", "LAST-ACK"], ["TIME-WAIT", "CLOSED"]],
  },
  "the server closing first": {
    files: forms("server-close"),
    final: ["CLOSED", "TIME-WAIT"],
    anomalies: [],
    states: [...HANDSHAKE, EST, EST, EST, EST, ["CLOSE-WAIT", "FIN-WAIT-1"], ["CLOSE-WAIT", "FIN-WAIT-2"], ["LAST-ACK", "TIME-WAIT"], ["CLOSED", "TIME-WAIT"]],
  },
  "the server closing first, Linux cooked capture v1": { files: ["server-close-sll.pcap"], final: ["CLOSED", "TIME-WAIT"], anomalies: [] },
  "a CLOSE_WAIT leak (the server closes 3 s after the client's FIN)": {
    files: forms("close-wait"),
    final: ["TIME-WAIT", "CLOSED"],
    anomalies: ["close-wait-held"],
  },
  "a half-close: the server sends data after the client's FIN": {
    files: forms("half-close"),
    final: ["TIME-WAIT", "CLOSED"],
    anomalies: [],
    states: [
      ...HANDSHAKE,
      EST,
      EST,
      ["FIN-WAIT-1", "CLOSE-WAIT"],
      ["FIN-WAIT-2", "CLOSE-WAIT"],
      ["FIN-WAIT-2", "CLOSE-WAIT"],
      ["FIN-WAIT-2", "CLOSE-WAIT"],
      ["TIME-WAIT", "LAST-ACK"],
      ["TIME-WAIT", "CLOSED"],
    ],
  },
  "a half-close over Linux cooked capture v2 that missed the client's FIN": {
    files: ["half-close-sll2.pcap"],
    final: ["TIME-WAIT", "CLOSED"],
    anomalies: ["lost-segment"],
  },
  "an abortive close (SO_LINGER 0)": { files: forms("abort"), final: ["CLOSED", "CLOSED"], anomalies: ["reset"] },
  "a SYN to a closed port": {
    files: forms("refused"),
    final: ["CLOSED", "CLOSED"],
    anomalies: ["refused"],
    states: [
      ["SYN-SENT", "CLOSED"],
      ["CLOSED", "CLOSED"],
    ],
  },
  "a segment lost after the capture point and retransmitted": {
    files: forms("lost"),
    final: ["TIME-WAIT", "CLOSED"],
    anomalies: ["lost-segment", "retransmission"],
  },
  "the same loss seen before the capture point (a gap)": { files: forms("gap"), final: ["TIME-WAIT", "CLOSED"], anomalies: ["lost-segment", "retransmission"] },
  "a capture that missed the server's answer": { files: forms("missed"), final: ["TIME-WAIT", "CLOSED"], anomalies: ["lost-segment"] },
  "forged RSTs outside and inside the window": { files: forms("inject"), final: ["TIME-WAIT", "CLOSED"], anomalies: ["out-of-window", "out-of-window"] },
  IPv6: { files: forms("ipv6"), final: ["TIME-WAIT", "CLOSED"], anomalies: [] },
};

describe("real loopback captures", () => {
  for (const [name, c] of Object.entries(CASES)) {
    describe(name, () => {
      for (const file of c.files) {
        it(`${file}: final states ${c.final.join(" / ")}, anomalies [${c.anomalies.join(", ")}]`, () => {
          const analysis = read(file);
          expect(analysis.connections).toHaveLength(1);
          const [connection] = analysis.connections;
          expect([connection!.final.client, connection!.final.server]).toEqual(c.final);
          expect(connection!.anomalies.map((a) => a.code)).toEqual(c.anomalies);
          if (c.states) expect(connection!.segments.map((s) => [s.client, s.server])).toEqual(c.states);
        });
      }
    });
  }
});

describe("what the anomalies say about each capture", () => {
  const only = (file: string) => read(file).connections[0]!;

  it("the CLOSE_WAIT leak is placed at the server's ACK of the FIN and lasts until its own FIN", () => {
    for (const file of forms("close-wait")) {
      const c = only(file);
      const [a] = c.anomalies;
      expect(a).toMatchObject({ code: "close-wait-held", side: "server", closedAt: 7 });
      expect(c.segments[a!.index]).toMatchObject({ from: "server", flags: ["ACK"], client: "FIN-WAIT-2", server: "CLOSE-WAIT" });
      if (a?.code === "close-wait-held") expect(a.seconds).toBeGreaterThan(2.5);
    }
  });

  it("the abortive close names the client as the side that reset an ESTABLISHED server", () => {
    expect(only("abort.pcap").anomalies).toEqual([{ code: "reset", index: 7, side: "client", state: "ESTABLISHED" }]);
  });

  it("the refusal names the closed port", () => {
    expect(only("refused.pcap").anomalies).toEqual([{ code: "refused", index: 1, side: "server", port: "127.0.0.1:3388" }]);
  });

  it("the lost copy is drawn lost, the server queues the next segment, and the retransmission names the first copy", () => {
    const c = only("lost.pcap");
    expect(c.segments.map((s) => s.lost)).toEqual(c.segments.map((_, i) => i === 5));
    expect(c.anomalies).toEqual([
      { code: "lost-segment", index: 5, side: "client", how: "after-capture", from: 101, to: 434, resentAt: 8 },
      { code: "retransmission", index: 8, side: "client", first: 5, what: "data", from: 101, to: 434 },
    ]);
    expect(c.segments[6]!.notes.map((n) => n.kind)).toContain("queued");
    expect(c.segments[7]!.notes.map((n) => n.kind)).toContain("dup-ack");
  });

  it("a gap names the missing numbers and the retransmission that fills it", () => {
    const c = only("gap.rel.txt");
    expect(c.anomalies).toEqual([
      { code: "lost-segment", index: 5, side: "client", how: "gap", from: 101, to: 434, resentAt: 7 },
      { code: "retransmission", index: 7, side: "client", first: null, what: "data", from: 101, to: 434 },
    ]);
  });

  it("an ACK of data the capture missed is the server's unseen answer, and the states still follow", () => {
    expect(only("missed.abs.txt").anomalies).toEqual([{ code: "lost-segment", index: 5, side: "server", how: "unseen", from: 1, to: 21, resentAt: null }]);
  });

  it("a FIN the capture missed is inferred from the ACK one number past the data", () => {
    const c = only("half-close-sll2.pcap");
    expect(c.anomalies).toEqual([{ code: "lost-segment", index: 4, side: "client", how: "unseen", from: 20, to: 21, resentAt: null }]);
    expect(c.segments[4]).toMatchObject({ client: "FIN-WAIT-2", server: "CLOSE-WAIT" });
  });

  it("a forged RST outside the window is ignored, one inside it draws a challenge ACK, and the connection lives on", () => {
    const c = only("inject.pcap");
    expect(c.anomalies).toEqual([
      { code: "out-of-window", index: 7, side: "server", rst: true, inWindow: false, seq: 1_000_000_014, rcvNxt: 14, window: 65536 },
      { code: "out-of-window", index: 8, side: "server", rst: true, inWindow: true, seq: 114, rcvNxt: 14, window: 65536 },
    ]);
    expect(c.segments.slice(7, 10).map((s) => [s.client, s.server])).toEqual([EST, EST, EST]);
    expect(c.segments[9]!.notes.map((n) => n.kind)).toContain("challenge-ack");
  });

  it("a reconnection from the same port 1.2 s after TIME-WAIT began is a TIME-WAIT reuse", () => {
    for (const file of forms("reuse")) {
      const { connections } = read(file);
      expect(connections).toHaveLength(2);
      expect(connections.map((c) => [c.final.client, c.final.server])).toEqual([
        ["TIME-WAIT", "CLOSED"],
        ["TIME-WAIT", "CLOSED"],
      ]);
      expect(connections[0]!.anomalies).toEqual([]);
      const [reuse] = connections[1]!.anomalies;
      expect(reuse).toMatchObject({ code: "time-wait-reuse", index: 0, side: "client", previous: 1 });
      if (reuse?.code === "time-wait-reuse") expect(reuse.seconds).toBeCloseTo(1.2, 1);
    }
  });
});

describe("every text form reads as the pcap it was printed from", () => {
  const names = ["normal", "server-close", "close-wait", "half-close", "abort", "refused", "lost", "gap", "missed", "inject", "reuse", "ipv6"];
  for (const name of names) {
    it(name, () => {
      const pcap = read(`${name}.pcap`);
      const times = (a: SegmentsAnalysis) => a.connections.flatMap((c) => c.segments.map((s) => (s.time === undefined ? undefined : s.time - a.start!)));
      for (const form of [`${name}.abs.txt`, `${name}.rel.txt`]) {
        const text = read(form);
        expect(text.relative).toBe(form.includes(".rel.") && name !== "refused");
        const untimed = (a: SegmentsAnalysis) => a.connections.map((c) => c.segments.map((s) => ({ ...s, time: null })));
        expect(untimed(text)).toEqual(untimed(pcap));
        times(text).forEach((t, i) => expect(t).toBeCloseTo(times(pcap)[i]!, 5));
      }
    });
  }
  it("every timestamp style of the normal exchange keeps the times between segments", () => {
    const pcap = read("normal.pcap");
    const gaps = (a: SegmentsAnalysis) => a.connections[0]!.segments.map((s) => s.time! - a.start!);
    for (const style of ["tt", "ttt", "tttt", "ttttt", "v"]) gaps(read(`normal.${style}.txt`)).forEach((t, i) => expect(t).toBeCloseTo(gaps(pcap)[i]!, 5));
    expect(read("normal.t.txt").connections[0]!.segments.every((s) => s.time === undefined)).toBe(true);
  });
});
