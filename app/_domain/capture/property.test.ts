import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCENARIOS, findScenario, normaliseState, referenceRun, type SegmentStep, type Step } from "../tcp";
import { analyseCapture, type SegmentsAnalysis } from "./analyse";
import type { TcpPacket } from "./packet";
import { toPcap, toTcpdumpText } from "./write";

// Runs of the simulator's model (every scenario's reference run, with random ISNs that may wrap
// at 2^32, random data lengths, FIN with or without ACK) written out as tcpdump text (absolute
// and relative numbers, three clocks) and as pcap (four link types, IPv4 and IPv6) must read
// back to the states the model gives after every segment.
//
// A capture point sees a lost segment only when it sits before the loss, and a loss is not
// always decidable from one point. Captured at the sender of a lost segment, the capture shows
// it, and the reader can only know it was lost when something is sent again afterwards (loss.ts).
// Captured at its receiver, it is absent, and the reader cannot tell a lost ACK from a lost
// FIN when the FIN comes again. So each run is checked at a position where the loss is
// decidable: at the sender when every lost segment is followed by a retransmission; at the
// receiver when nothing it shows is sent twice.
// tcpdump's relative numbers are told from absolute ones by which reading fits; with an ISN
// below 65,536 the two can fit equally well and the text alone cannot say which it is (a real
// ISN is that small once in 65,536 connections), so relative listings use ISNs above that.
//
// No capture shows what happened before its first segment: a simultaneous close starts with
// both FINs already on their way, so that scenario's premise is given to the reader.

const isSegment = (s: Step): s is SegmentStep => !("timeout" in s);
const occupies = (s: SegmentStep) => (s.len ?? 0) > 0 || s.flags.includes("SYN") || s.flags.includes("FIN");

const repeats = (steps: SegmentStep[], k: number) =>
  occupies(steps[k]!) && steps.slice(0, k).some((e) => e.from === steps[k]!.from && e.seq === steps[k]!.seq && occupies(e));

function decidable(steps: SegmentStep[], atSender: boolean): boolean {
  if (atSender) return steps.every((s, k) => !s.lost || steps.some((_, j) => j > k && repeats(steps, j)));
  const shown = steps.filter((s) => !s.lost);
  return shown.every((_, j) => !repeats(shown, j));
}

const forms = ["text-absolute", "text-relative", "pcap-ethernet", "pcap-sll", "pcap-sll2", "pcap-raw"] as const;

const run = fc.record({
  scenario: fc.constantFrom(...SCENARIOS.map((s) => s.id)),
  clientIsn: fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 2 ** 32 - 300, max: 2 ** 32 - 1 })),
  serverIsn: fc.oneof(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 2 ** 32 - 300, max: 2 ** 32 - 1 })),
  ackOnFin: fc.boolean(),
  pshOnData: fc.boolean(),
  dataLen: fc.integer({ min: 1, max: 1400 }),
  form: fc.constantFrom(...forms),
  clock: fc.constantFrom("time-of-day" as const, "epoch" as const, "none" as const),
  ipv6: fc.boolean(),
  atSender: fc.boolean(),
  start: fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }),
  gapsUs: fc.array(fc.integer({ min: 1, max: 300_000 }), { minLength: 12, maxLength: 12 }),
});

type Run = typeof run extends fc.Arbitrary<infer T> ? T : never;

const RELATIVE_FLOOR = 65536;

function capture(r: Run) {
  const isn = (n: number) => (r.form === "text-relative" && n < RELATIVE_FLOOR ? n + RELATIVE_FLOOR : n);
  const steps = referenceRun(r.scenario, {
    clientIsn: isn(r.clientIsn),
    serverIsn: isn(r.serverIsn),
    ackOnFin: r.ackOnFin,
    pshOnData: r.pshOnData,
    dataLen: r.dataLen,
  }).filter(isSegment);
  const shown = steps.filter((s) => r.atSender || !s.lost);
  const [client, server] = r.ipv6 ? ["[2001:db8::c]:45012", "[2001:db8::5]:80"] : ["192.0.2.10:45012", "192.0.2.80:80"];
  let t = r.start;
  const packets: TcpPacket[] = shown.map((s, i) => {
    t += r.gapsUs[i % r.gapsUs.length]! / 1e6;
    return {
      ref: i + 1,
      time: t,
      src: s.from === "client" ? client : server,
      dst: s.from === "client" ? server : client,
      flags: s.flags,
      seq: s.seq,
      ack: s.ack,
      len: s.len ?? 0,
      win: 512,
      wscale: 7,
    };
  });
  return { shown, packets, decidable: decidable(steps, r.atSender) };
}

function encode(packets: TcpPacket[], form: (typeof forms)[number], clock: "time-of-day" | "epoch" | "none"): string | Uint8Array {
  if (form === "text-absolute") return toTcpdumpText(packets, { relative: false, clock });
  if (form === "text-relative") return toTcpdumpText(packets, { relative: true, clock });
  const linkType = ({ "pcap-ethernet": 1, "pcap-sll": 113, "pcap-sll2": 276, "pcap-raw": 101 } as const)[form];
  return toPcap(packets, { linkType, nano: form === "pcap-sll", bigEndian: form === "pcap-raw" });
}

const rows = (a: SegmentsAnalysis) =>
  a.connections
    .flatMap((c) => c.segments)
    .sort((x, y) => x.ref - y.ref)
    .map((s) => [s.client, s.server]);

describe("runs of the simulator's model read back from captures", () => {
  it("give the model's states after every segment, in every text and file form", () => {
    fc.assert(
      fc.property(run, (r) => {
        const { shown, packets, decidable } = capture(r);
        fc.pre(decidable);
        const scenario = findScenario(r.scenario)!;
        const premise = scenario.initial.client === "FIN-WAIT-1" && scenario.initial.server === "FIN-WAIT-1" ? { initial: scenario.initial } : {};
        const analysis = analyseCapture(encode(packets, r.form, r.clock), premise) as SegmentsAnalysis;
        expect(rows(analysis)).toEqual(shown.map((s) => [normaliseState(s.client), normaliseState(s.server)]));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it("read every scenario at least once, at each capture position where its losses are decidable", () => {
    for (const scenario of SCENARIOS) {
      let checked = 0;
      for (const atSender of [false, true]) {
        const r = {
          scenario: scenario.id,
          clientIsn: 4_294_967_000,
          serverIsn: 7,
          ackOnFin: true,
          pshOnData: true,
          dataLen: 100,
          form: "text-relative" as const,
          clock: "epoch" as const,
          ipv6: false,
          atSender,
          start: 1_800_000_000,
          gapsUs: Array(12).fill(40_000),
        };
        const { shown, packets, decidable } = capture(r);
        if (!decidable) continue;
        checked++;
        const premise = scenario.initial.client === "FIN-WAIT-1" ? { initial: scenario.initial } : {};
        const analysis = analyseCapture(encode(packets, r.form, r.clock), premise) as SegmentsAnalysis;
        expect(rows(analysis), `${scenario.id} captured at the ${atSender ? "sender" : "receiver"}`).toEqual(
          shown.map((s) => [normaliseState(s.client), normaliseState(s.server)]),
        );
      }
      expect(checked, scenario.id).toBeGreaterThan(0);
    }
  });
});
