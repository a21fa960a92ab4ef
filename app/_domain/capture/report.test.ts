import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { parseContentFile } from "../content";
import { referenceRun, SCENARIOS, type SegmentStep } from "../tcp";
import { analyseCapture } from "./analyse";
import { explainSegment } from "./explain";
import type { TcpPacket } from "./packet";
import { explainCapture } from "./report";
import { toPcap } from "./write";
import { RELATED } from "./socket-table";

const fixture = (name: string) =>
  name.endsWith(".txt")
    ? readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8")
    : new Uint8Array(readFileSync(path.join(import.meta.dirname, "fixtures", name)));

describe("explainCapture", () => {
  it("answers in the issue's shape, one explanation per segment", () => {
    const report = explainCapture(fixture("close-wait.pcap"), "en");
    if (report.kind !== "segments") throw new Error("expected segments");
    expect(report.summary).toEqual({ format: "pcap", units: 9, segments: 9, connections: 1, relative: false, anomalies: { "close-wait-held": 1 } });
    const [c] = report.connections;
    expect(c).toMatchObject({
      id: 1,
      client: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      server: "127.0.0.1:3394",
      roles: "client-server",
      final: { client: "TIME-WAIT", server: "CLOSED" },
    });
    expect(c!.segments[0]).toMatchObject({
      index: 1,
      packet: 1,
      time: 0,
      from: "client",
      flags: ["SYN"],
      seq: 0,
      ack: null,
      len: 0,
      lost: false,
      client: "SYN-SENT",
      server: "SYN-RECEIVED",
    });
    expect(c!.segments[1]!.flags).toEqual(["SYN", "ACK"]);
    expect(c!.segments[6]!.explanation).toBe("The server acknowledges the client's FIN: the client enters FIN-WAIT-2.");
    expect(c!.anomalies).toEqual([
      {
        code: "close-wait-held",
        index: 7,
        side: "server",
        message: expect.stringMatching(
          /^#7: The server stayed in CLOSE-WAIT for 2\.\d\d s after acknowledging the FIN until it closed at #8: its application did not call close\(\)/,
        ),
      },
    ]);
  });

  it("explains in Korean with particles that fit every side name", () => {
    const report = explainCapture(fixture("close-wait.rel.txt"), "ko");
    if (report.kind !== "segments") throw new Error("expected segments");
    const [c] = report.connections;
    expect(c!.segments[6]!.explanation).toBe("서버가 클라이언트의 FIN을 확인(ACK)합니다: 클라이언트는 FIN-WAIT-2 상태가 됩니다.");
    expect(c!.anomalies[0]!.message).toMatch(/^#7: 서버는 FIN을 확인한 뒤 2\.\d\d초 동안 CLOSE-WAIT에 머물렀습니다 \(#8에서야 닫았습니다\)/);
    for (const s of c!.segments) expect(s.explanation).not.toMatch(/the |undefined|NaN/);
  });

  it("every explanation and message of every fixture is a full sentence in both languages", () => {
    const files = [
      "normal.pcap",
      "server-close.pcap",
      "close-wait.pcap",
      "half-close-sll2.pcap",
      "abort.pcap",
      "refused.pcap",
      "lost.pcap",
      "gap.pcap",
      "missed.pcap",
      "inject.pcap",
      "reuse.pcap",
      "ipv6.pcap",
    ];
    for (const file of files) {
      for (const locale of ["ko", "en"] as const) {
        const report = explainCapture(fixture(file), locale);
        if (report.kind !== "segments") throw new Error("expected segments");
        for (const c of report.connections) {
          for (const text of [...c.segments.map((s) => s.explanation), ...c.anomalies.map((a) => a.message)]) {
            expect(text, `${file} ${locale}`).toMatch(/[.)]$/);
            expect(text, `${file} ${locale}`).not.toMatch(/undefined|NaN|null|\[object/);
            if (locale === "ko") expect(text, file).toMatch(/[가-힣]/);
          }
        }
      }
    }
  });

  it("shares a sentence only between segments that explainSegment explains alike", () => {
    // Every scenario many times over, with repeated and differing ISNs and data lengths, some
    // cut to start mid-connection (sides named A and B): many sentences repeat, with and
    // without numbers that tell them apart.
    const packets: TcpPacket[] = [];
    let c = 0;
    for (let round = 0; round < 6; round++) {
      for (const scenario of SCENARIOS) {
        const steps = referenceRun(scenario.id, {
          clientIsn: (round % 3) * 1000,
          serverIsn: 2 ** 32 - 5 + (round % 2),
          ackOnFin: true,
          dataLen: 1 + (round % 4),
        }).filter((s): s is SegmentStep => !("timeout" in s) && !s.lost);
        const client = `10.0.${c >> 8}.${c++ & 255}:40000`;
        for (const s of round % 2 ? steps.slice(3) : steps) {
          packets.push({
            ref: packets.length + 1,
            time: packets.length / 1000,
            src: s.from === "client" ? client : "10.1.0.1:443",
            dst: s.from === "client" ? "10.1.0.1:443" : client,
            flags: s.flags,
            seq: s.seq,
            ack: s.ack,
            len: s.len ?? 0,
            win: 512,
            wscale: 7,
          });
        }
      }
    }
    const pcap = toPcap(packets, { linkType: 1 });
    const analysis = analyseCapture(pcap);
    if (analysis.kind !== "segments") throw new Error("expected segments");
    expect(analysis.connections.some((c) => !c.roles)).toBe(true);
    for (const locale of ["ko", "en"] as const) {
      const report = explainCapture(pcap, locale);
      if (report.kind !== "segments") throw new Error("expected segments");
      const sentences = report.connections.flatMap((c) => c.segments.map((s) => s.explanation));
      expect(new Set(sentences).size).toBeLessThan(sentences.length / 2);
      const built = analysis.connections.flatMap((c) => c.segments.map((s) => explainSegment(s, c, locale)));
      expect(sentences).toEqual(built);
    }
  });

  it("counts a socket table's states, marks the piles and explains pairs seen from both ends", () => {
    const report = explainCapture(fixture("piles.ssp.txt"), "en");
    if (report.kind !== "sockets") throw new Error("expected sockets");
    expect(report.summary.states.map((s) => [s.state, s.count, s.pile])).toEqual([
      ["TIME-WAIT", 31, true],
      ["SYN-RECEIVED", 16, true],
      ["CLOSE-WAIT", 12, true],
      ["FIN-WAIT-2", 12, true],
      ["ESTABLISHED", 6, false],
      ["LISTEN", 1, false],
    ]);
    const closeWait = report.summary.states.find((s) => s.state === "CLOSE-WAIT")!;
    expect(closeWait.local).toEqual([{ name: "3395", count: 12 }]);
    expect(closeWait.processes[0]).toEqual({ name: expect.stringMatching(/^python3 \(pid \d+\)$/), count: 12 });
    expect(closeWait.advice).toMatch(/socket leak/);
    const leak = report.sockets.find((s) => s.state === "CLOSE-WAIT")!;
    expect(leak.explanation).toMatch(/has not called close\(\) yet.*Its peer is in this table too \(127\.0\.0\.1:\d+: FIN-WAIT-2\)\./);
  });

  it("links only to topics and interview prompts that exist", () => {
    const contentDir = path.join(import.meta.dirname, "../../../content");
    const topics = new Set<string>();
    const prompts = new Set<string>();
    for (const file of readdirSync(contentDir).filter((f) => f.endsWith(".md") && !["misconceptions.md", "corrections.md"].includes(f))) {
      const parsed = parseContentFile(file, readFileSync(path.join(contentDir, file), "utf8"));
      if (parsed.topic) topics.add(parsed.topic.id);
      for (const card of parsed.cards) if (card.kind === "interview") prompts.add(card.id);
    }
    expect(topics.size).toBeGreaterThan(5);
    for (const related of Object.values(RELATED)) {
      for (const t of related.topics) expect(topics, t).toContain(t);
      for (const p of related.prompts) expect(prompts, p).toContain(p);
    }
    // A pile of a state leads first to the topic and the prompt about that very pile.
    expect(RELATED["CLOSE-WAIT"]).toMatchObject({ topics: ["close-wait-leak", "states"], prompts: ["iv-close-wait-leak", "iv-four-way"] });
    expect(RELATED["TIME-WAIT"]?.prompts[0]).toBe("iv-time-wait-buildup");
    expect(RELATED["SYN-RECEIVED"]?.prompts[0]).toBe("iv-syn-flood");
    expect(RELATED["FIN-WAIT-2"]?.prompts[0]).toBe("iv-fin-wait-2-stuck");
  }, 30_000);
});
