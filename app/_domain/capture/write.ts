import { seqAdd } from "../tcp/segment";
import { bitsOf, type TcpPacket } from "./packet";

// Writes segments out as tcpdump would print or save them: for the property tests (a run of
// the simulator's model must read back to the same states) and the benchmark. Frames carry
// IPv4 or IPv6 (by the address) and a TCP header with the window scale option on SYNs;
// checksums are left zero, as a capture with checksum offload shows them.

export type TextOptions = { relative: boolean; clock: "time-of-day" | "epoch" | "none" };

const SPOKEN: [string, string][] = [
  ["SYN", "S"],
  ["FIN", "F"],
  ["PSH", "P"],
  ["RST", "R"],
  ["URG", "U"],
  ["ACK", "."],
];

function split(endpoint: string): [string, number] {
  const at = endpoint.lastIndexOf(":");
  return [endpoint.slice(0, at).replace(/^\[|\]$/g, ""), Number(endpoint.slice(at + 1))];
}

function clock(t: number | undefined, style: TextOptions["clock"]): string {
  if (style === "none" || t === undefined) return "";
  if (style === "epoch") return `${t.toFixed(6)} `;
  const day = ((t % 86400) + 86400) % 86400;
  const pad = (n: number, w = 2) => String(Math.floor(n)).padStart(w, "0");
  return `${pad(day / 3600)}:${pad((day % 3600) / 60)}:${pad(day % 60)}.${pad(Math.round((day % 1) * 1e6) % 1e6, 6)} `;
}

export function toTcpdumpText(packets: readonly TcpPacket[], options: TextOptions): string {
  const bases = new Map<string, Map<string, number>>();
  const lines: string[] = [];
  for (const p of packets) {
    const has = (f: string) => p.flags.includes(f as never);
    let seq = p.seq ?? 0;
    let ack = p.ack;
    // tcpdump's relative numbering: bases from the first ACK-bearing segment (or a SYN+ACK).
    if (options.relative && has("ACK")) {
      const key = p.src < p.dst ? `${p.src} ${p.dst}` : `${p.dst} ${p.src}`;
      const base = bases.get(key);
      if (!base || has("SYN"))
        bases.set(
          key,
          new Map([
            [p.src, seq],
            [p.dst, seqAdd(ack ?? 1, -1)],
          ]),
        );
      else {
        seq = seqAdd(seq, -(base.get(p.src) ?? 0));
        if (ack !== undefined) ack = seqAdd(ack, -(base.get(p.dst) ?? 0));
      }
    }
    const [src, sport] = split(p.src);
    const [dst, dport] = split(p.dst);
    const flags =
      SPOKEN.filter(([f]) => has(f))
        .map(([, c]) => c)
        .join("") || "none";
    const parts = [`Flags [${flags}]`];
    // Like tcpdump, a segment with no data and no SYN, FIN or RST prints no seq.
    if (p.len > 0) parts.push(`seq ${seq}:${seqAdd(seq, p.len)}`);
    else if (has("SYN") || has("FIN") || has("RST")) parts.push(`seq ${seq}`);
    if (ack !== undefined && has("ACK")) parts.push(`ack ${ack}`);
    parts.push(`win ${p.win ?? 512}`);
    if (has("SYN")) parts.push(`options [mss 1460,sackOK,nop,wscale ${p.wscale ?? 7}]`);
    parts.push(`length ${p.len}`);
    const family = src.includes(":") ? "IP6" : "IP";
    lines.push(`${clock(p.time, options.clock)}${family} ${src}.${sport} > ${dst}.${dport}: ${parts.join(", ")}`);
  }
  return lines.join("\n") + "\n";
}

export type PcapOptions = { linkType: 1 | 113 | 276 | 101; nano?: boolean; bigEndian?: boolean };

export function toPcap(packets: readonly TcpPacket[], options: PcapOptions): Uint8Array {
  const frames = packets.map((p) => frame(p, options.linkType));
  const size = 24 + frames.reduce((n, f) => n + 16 + f.length, 0);
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  const little = !options.bigEndian;
  v.setUint32(0, options.nano ? 0xa1b23c4d : 0xa1b2c3d4, little);
  v.setUint16(4, 2, little);
  v.setUint16(6, 4, little);
  v.setUint32(16, 262144, little);
  v.setUint32(20, options.linkType, little);
  let at = 24;
  packets.forEach((p, i) => {
    const t = p.time ?? 0;
    const whole = Math.floor(t);
    v.setUint32(at, whole, little);
    v.setUint32(at + 4, Math.min(Math.round((t - whole) * (options.nano ? 1e9 : 1e6)), options.nano ? 999_999_999 : 999_999), little);
    v.setUint32(at + 8, frames[i]!.length, little);
    v.setUint32(at + 12, frames[i]!.length, little);
    out.set(frames[i]!, at + 16);
    at += 16 + frames[i]!.length;
  });
  return out;
}

function frame(p: TcpPacket, linkType: PcapOptions["linkType"]): Uint8Array {
  const [src, sport] = split(p.src);
  const [dst, dport] = split(p.dst);
  const v6 = src.includes(":");
  const syn = p.flags.includes("SYN");
  const tcpLength = syn ? 24 : 20;
  const ipLength = v6 ? 40 : 20;
  const link = linkType === 1 ? 14 : linkType === 113 ? 16 : linkType === 276 ? 20 : 0;
  const f = new Uint8Array(link + ipLength + tcpLength + p.len);
  const v = new DataView(f.buffer);
  const ethertype = v6 ? 0x86dd : 0x0800;
  if (linkType === 1) v.setUint16(12, ethertype);
  if (linkType === 113) v.setUint16(14, ethertype);
  if (linkType === 276) v.setUint16(0, ethertype);
  let at = link;
  if (v6) {
    f[at] = 0x60;
    v.setUint16(at + 4, tcpLength + p.len);
    f[at + 6] = 6;
    f[at + 7] = 64;
    f.set(ipv6Bytes(src), at + 8);
    f.set(ipv6Bytes(dst), at + 24);
  } else {
    f[at] = 0x45;
    v.setUint16(at + 2, ipLength + tcpLength + p.len);
    f[at + 8] = 64;
    f[at + 9] = 6;
    f.set(src.split(".").map(Number), at + 12);
    f.set(dst.split(".").map(Number), at + 16);
  }
  at += ipLength;
  v.setUint16(at, sport);
  v.setUint16(at + 2, dport);
  v.setUint32(at + 4, p.seq ?? 0);
  v.setUint32(at + 8, p.ack ?? 0);
  f[at + 12] = (tcpLength / 4) << 4;
  f[at + 13] = bitsOf(p.flags);
  v.setUint16(at + 14, p.win ?? 512);
  if (syn) f.set([1, 3, 3, p.wscale ?? 7], at + 20);
  return f;
}

function ipv6Bytes(text: string): number[] {
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right].map((g) => parseInt(g, 16));
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}
