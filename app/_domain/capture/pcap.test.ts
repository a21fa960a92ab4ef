import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CaptureError } from "./errors";
import { readCaptureFile } from "./pcap";
import { toPcap } from "./write";
import type { TcpPacket } from "./packet";

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, "fixtures", name)));

function codeOf(bytes: Uint8Array): string {
  try {
    readCaptureFile(bytes);
    return "ok";
  } catch (e) {
    if (e instanceof CaptureError) return `${e.code}: ${e.message}`;
    throw e;
  }
}

describe("readCaptureFile on real files", () => {
  it("reads tcpdump's pcap, dumpcap's pcapng and both Linux cooked captures to the same segments tcpdump printed", () => {
    const normal = readCaptureFile(fixture("normal.pcap"));
    expect(normal).toMatchObject({ format: "pcap", frames: 10 });
    expect(normal.packets[0]).toMatchObject({
      ref: 1,
      src: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
      dst: "127.0.0.1:3380",
      flags: ["SYN"],
      ack: undefined,
      len: 0,
      win: 65495,
      wscale: 10,
    });
    const ng = readCaptureFile(fixture("normal.pcapng"));
    expect(ng).toMatchObject({ format: "pcapng", frames: 10 });
    expect(ng.packets.map((p) => p.len)).toEqual(normal.packets.map((p) => p.len));
    expect(readCaptureFile(fixture("half-close-sll2.pcap")).packets).toHaveLength(9);
    expect(readCaptureFile(fixture("server-close-sll.pcap")).packets[1]).toMatchObject({
      flags: ["ACK", "SYN"],
      dst: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
    });
  });

  it("keeps pcapng's nanosecond timestamps and pcap's microseconds", () => {
    const ng = readCaptureFile(fixture("normal.pcapng")).packets;
    expect(ng[1]!.time! - ng[0]!.time!).toBeGreaterThan(0);
    expect(ng[1]!.time! - ng[0]!.time!).toBeLessThan(0.01);
    expect(ng[0]!.time).toBeGreaterThan(1.7e9);
  });

  it("writes IPv6 addresses in RFC 5952 form and reads SACK blocks", () => {
    expect(readCaptureFile(fixture("ipv6.pcap")).packets[0]!.src).toMatch(/^\[::1\]:\d+$/);
    const sack = readCaptureFile(fixture("lost.pcap")).packets.find((p) => p.sack);
    expect(sack?.sack).toHaveLength(1);
  });
});

const base: TcpPacket = {
  ref: 1,
  time: 1_800_000_000.5,
  src: "192.0.2.1:40000",
  dst: "192.0.2.2:80",
  flags: ["SYN"],
  seq: 7,
  ack: undefined,
  len: 0,
  win: 512,
  wscale: 7,
};

describe("readCaptureFile refuses what it cannot read, saying where", () => {
  const good = toPcap([base, { ...base, ref: 2, flags: ["ACK", "PSH"], seq: 8, ack: 1, len: 100 }], { linkType: 1 });

  it("a file cut inside a record header or a record", () => {
    expect(codeOf(good.subarray(0, 20))).toMatch(/^truncated: The file is truncated at byte 20: it ends inside the 24-byte pcap file header\./);
    expect(codeOf(good.subarray(0, 30))).toMatch(/^truncated: The file is truncated at byte 24: it ends inside the header of packet 1\./);
    expect(codeOf(good.subarray(0, good.length - 1))).toMatch(/^truncated: .*packet 2 \(\d+ bytes announced, \d+ left\)/);
  });

  it("every prefix of a good file is read whole or refused as truncated, never anything else", () => {
    for (let n = 24; n < good.length; n++) expect(codeOf(good.subarray(0, n))).toMatch(/^(ok|truncated)/);
  });

  it("a record that claims an impossible length", () => {
    const bad = good.slice();
    new DataView(bad.buffer).setUint32(24 + 8, 0x7fffffff, true);
    expect(codeOf(bad)).toMatch(/^corrupt: .*byte 32: packet 1 claims 2147483647 captured bytes/);
  });

  it("a link type it cannot decode, by number", () => {
    const wifi = good.slice();
    new DataView(wifi.buffer).setUint32(20, 105, true);
    expect(codeOf(wifi)).toMatch(/^unsupported_link_type: Link type 105 is not supported/);
  });

  it("pcapng blocks with a bad length or a packet of an undeclared interface", () => {
    const ng = fixture("normal.pcapng");
    const badLength = ng.slice();
    new DataView(badLength.buffer).setUint32(4, 13, true);
    expect(codeOf(badLength)).toMatch(/^corrupt: The file is corrupt at byte 4: a pcapng block claims a length of 13 bytes/);
    expect(codeOf(ng.subarray(0, ng.length - 10))).toMatch(/^truncated/);
    for (let n = 0; n < ng.length; n += 7) expect(codeOf(ng.subarray(0, n))).toMatch(/^(ok|truncated|not_a_capture)/);
  });
});

describe("readCaptureFile decodes every supported link type and byte order", () => {
  const packets: TcpPacket[] = [
    base,
    { ...base, ref: 2, src: base.dst, dst: base.src, flags: ["ACK", "SYN"], seq: 900, ack: 8 },
    { ...base, ref: 3, src: "[2001:db8::1]:443", dst: "[2001:db8::2]:50000", flags: ["ACK", "FIN"], seq: 5, ack: 9 },
  ];
  for (const linkType of [1, 113, 276, 101] as const) {
    for (const bigEndian of [false, true]) {
      it(`link type ${linkType}, ${bigEndian ? "big" : "little"}-endian`, () => {
        const read = readCaptureFile(toPcap(packets, { linkType, bigEndian, nano: bigEndian }));
        expect(read.packets.map(({ ref, src, dst, flags, seq, ack, len }) => ({ ref, src, dst, flags, seq, ack, len }))).toEqual(
          packets.map(({ ref, src, dst, flags, seq, ack, len }) => ({ ref, src, dst, flags, seq, ack, len })),
        );
        expect(read.packets[0]!.time).toBeCloseTo(base.time!, 5);
      });
    }
  }

  it("skips frames that are not TCP and counts them", () => {
    const file = toPcap(packets, { linkType: 1 });
    const frame = 24 + 16 + 14;
    file[frame + 9] = 17; // the first packet becomes UDP
    const read = readCaptureFile(file);
    expect(read.frames).toBe(3);
    expect(read.packets.map((p) => p.ref)).toEqual([2, 3]);
  });
});
