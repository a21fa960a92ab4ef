import { describe, expect, it } from "vitest";
import { readTcpdumpText } from "./tcpdump-text";

const line = (s: string) => readTcpdumpText(s).packets[0];

describe("readTcpdumpText reads the lines people paste", () => {
  it.each([
    [
      "default clock, IPv4",
      "12:00:01.500000 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [S], seq 100, win 64240, options [mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7], length 0",
      { time: 43201.5, src: "10.0.0.1:40000", dst: "10.0.0.2:80", flags: ["SYN"], seq: 100, wscale: 7, win: 64240 },
    ],
    [
      "IPv6",
      "12:00:01.000001 IP6 2001:db8::1.443 > 2001:db8::2.51000: Flags [P.], seq 1:101, ack 1, win 502, length 100",
      { src: "[2001:db8::1]:443", dst: "[2001:db8::2]:51000", flags: ["ACK", "PSH"], seq: 1, ack: 1, len: 100 },
    ],
    [
      "-tt epoch seconds",
      "1764626400.123456 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [F.], seq 5, ack 9, win 502, length 0",
      { time: 1764626400.123456, flags: ["ACK", "FIN"] },
    ],
    [
      "-tttt date and time",
      "2026-12-01 09:00:00.250000 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [R.], seq 0, ack 101, win 0, length 0",
      { time: Date.UTC(2026, 11, 1, 9) / 1000 + 0.25, flags: ["ACK", "RST"] },
    ],
    ["-t no clock", "IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [.], ack 1, win 502, length 0", { time: undefined, seq: undefined, ack: 1 }],
    [
      "-i any interface and direction",
      "22:22:01.074164 lo    In  IP 127.0.0.1.46110 > 127.0.0.1.3389: Flags [S], seq 3013317938, win 65495, length 0",
      { src: "127.0.0.1:46110", seq: 3013317938 },
    ],
    [
      "-e link header",
      "12:00:00.000001 00:11:22:33:44:55 > 66:77:88:99:aa:bb, ethertype IPv4 (0x0800), length 66: 10.0.0.1.40000 > 10.0.0.2.80: Flags [.], ack 7, win 502, length 0",
      { src: "10.0.0.1:40000", ack: 7 },
    ],
    [
      "ECN flags and an application decode after the length",
      "12:00:00.000001 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [SEW], seq 1, win 64240, length 0",
      { flags: ["SYN"] },
    ],
    [
      "payload decoded by tcpdump",
      "12:00:00.000001 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [P.], seq 1:19, ack 1, win 502, length 18: HTTP: GET / HTTP/1.1",
      { len: 18 },
    ],
    ["no flags", "12:00:00.000001 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [none], seq 1, win 502, length 0", { flags: [] }],
    [
      "service names without -n",
      "12:00:00.000001 IP laptop.lan.51234 > example.com.https: Flags [S], seq 1, win 502, length 0",
      { src: "laptop.lan:51234", dst: "example.com:https" },
    ],
    ["Windows line ending", "12:00:00.000001 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [S], seq 1, win 502, length 0\r", { len: 0, flags: ["SYN"] }],
  ])("%s", (_, text, expected) => {
    expect(line(text)).toMatchObject(expected);
  });

  it("joins -v's two lines: the clock on the IP line, the segment on the next", () => {
    const text = [
      "12:00:00.000001 IP (tos 0x0, ttl 64, id 1, offset 0, flags [DF], proto TCP (6), length 60)",
      "    10.0.0.1.40000 > 10.0.0.2.80: Flags [S], cksum 0x1 (incorrect -> 0x2), seq 100, win 64240, length 0",
      "12:00:00.000002 IP (tos 0x0, ttl 64, id 0, offset 0, flags [DF], proto TCP (6), length 60)",
      "    10.0.0.2.80 > 10.0.0.1.40000: Flags [S.], cksum 0x3 (correct), seq 300, ack 101, win 65160, length 0",
    ].join("\n");
    expect(readTcpdumpText(text).packets.map((p) => [p.ref, p.time, p.seq])).toEqual([
      [2, 43200.000001, 100],
      [4, 43200.000002, 300],
    ]);
  });

  it("ignores the lines around the segments (banners, hex dumps, summaries)", () => {
    const text = [
      "tcpdump: verbose output suppressed, use -v[v]... for full protocol decode",
      "listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes",
      "12:00:00.000001 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [S], seq 100, win 64240, length 0",
      "\t0x0000:  4500 003c 0001 4000 4006 0000 0a00 0001  E..<..@.@.......",
      "1 packet captured",
    ].join("\n");
    expect(readTcpdumpText(text)).toMatchObject({ packets: [{ ref: 3 }], lines: 5 });
  });

  it("counts a capture past midnight on", () => {
    const text = [
      "23:59:59.900000 IP 10.0.0.1.1 > 10.0.0.2.2: Flags [S], seq 1, win 1, length 0",
      "00:00:00.100000 IP 10.0.0.2.2 > 10.0.0.1.1: Flags [S.], seq 5, ack 2, win 1, length 0",
    ].join("\n");
    const [a, b] = readTcpdumpText(text).packets;
    expect(b!.time! - a!.time!).toBeCloseTo(0.2, 6);
  });

  it("tells -ttt deltas from -ttttt times since the first packet", () => {
    const seg = (t: string, seq: number) => `${t} IP 10.0.0.1.1 > 10.0.0.2.2: Flags [P.], seq ${seq}:${seq + 1}, ack 1, win 1, length 1`;
    const deltas = readTcpdumpText([seg(" 00:00:00.000000", 1), seg(" 00:00:00.500000", 2), seg(" 00:00:00.100000", 3)].join("\n")).packets;
    expect(deltas.map((p) => p.time)).toEqual([0, 0.5, 0.6]);
    const since = readTcpdumpText([seg(" 00:00:00.000000", 1), seg(" 00:00:00.500000", 2), seg(" 00:00:00.600000", 3)].join("\n")).packets;
    expect(since.map((p) => p.time)).toEqual([0, 0.5, 0.6]);
  });

  it("turns tcpdump's relative numbers back into absolute ones", () => {
    const text = [
      "12:00:00.000001 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [S], seq 3000000000, win 64240, length 0",
      "12:00:00.000002 IP 10.0.0.2.80 > 10.0.0.1.40000: Flags [S.], seq 4294967000, ack 3000000001, win 65160, length 0",
      "12:00:00.000003 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [.], ack 1, win 502, length 0",
      "12:00:00.000004 IP 10.0.0.1.40000 > 10.0.0.2.80: Flags [P.], seq 1:501, ack 1, win 502, length 500",
      "12:00:00.000005 IP 10.0.0.2.80 > 10.0.0.1.40000: Flags [P.], seq 1:401, ack 501, win 509, length 400",
    ].join("\n");
    const read = readTcpdumpText(text);
    expect(read.relative).toBe(true);
    expect(read.packets.map((p) => [p.seq, p.ack])).toEqual([
      [3000000000, undefined],
      [4294967000, 3000000001],
      [undefined, 4294967001],
      [3000000001, 4294967001],
      [4294967001, 3000000501],
    ]);
  });

  it("reads nothing from text that has no segment", () => {
    expect(readTcpdumpText("hello\nworld").packets).toEqual([]);
  });
});
