import { UnsupportedLinkTypeError } from "./errors";
import { endpoint, flagsOf, type TcpPacket } from "./packet";

// Link layer → IPv4/IPv6 → TCP, from one captured frame. A frame that holds no complete TCP
// header (another protocol, a later IP fragment, a snap length too short) gives null.

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;

/** Where the IP packet starts in a frame of this link type, or null for a frame of another protocol. */
function ipOffset(linkType: number, f: Uint8Array, v: DataView): number | null {
  switch (linkType) {
    case 1: {
      // Ethernet, with up to two VLAN tags (802.1Q, 802.1ad).
      let at = 12;
      let type = f.length >= at + 2 ? v.getUint16(at) : -1;
      while ((type === 0x8100 || type === 0x88a8) && f.length >= at + 6) {
        at += 4;
        type = v.getUint16(at);
      }
      return type === ETHERTYPE_IPV4 || type === ETHERTYPE_IPV6 ? at + 2 : null;
    }
    case 113: // Linux cooked v1: 16-byte header, protocol in its last two bytes
      return f.length >= 16 && isIpType(v.getUint16(14)) ? 16 : null;
    case 276: // Linux cooked v2: 20-byte header, protocol first
      return f.length >= 20 && isIpType(v.getUint16(0)) ? 20 : null;
    case 0: // BSD loopback: the address family in the capturing host's byte order
    case 108: {
      if (f.length < 4) return null;
      const family = linkType === 108 ? v.getUint32(0) : f[0] === 0 ? v.getUint32(0) : v.getUint32(0, true);
      return family === 2 || family === 24 || family === 28 || family === 30 ? 4 : null;
    }
    case 12:
    case 14:
    case 101:
    case 228:
    case 229:
      return 0;
    default:
      throw new UnsupportedLinkTypeError(linkType);
  }
}

const isIpType = (t: number) => t === ETHERTYPE_IPV4 || t === ETHERTYPE_IPV6;

/** Throws for a link type we cannot read, so a file is refused before its first packet. */
export function checkLinkType(linkType: number): void {
  ipOffset(linkType, new Uint8Array(0), new DataView(new ArrayBuffer(0)));
}

// One DataView per underlying buffer, not per frame: a capture has a hundred thousand frames.
let lastBuffer: ArrayBufferLike | null = null;
let lastView: DataView | null = null;

function viewOf(frame: Uint8Array): DataView {
  if (frame.buffer !== lastBuffer) {
    lastBuffer = frame.buffer;
    lastView = new DataView(frame.buffer);
  }
  return lastView!;
}

/** A DataView over the frame's bytes at the frame's own offsets (getUint16(0) reads the frame's first bytes). */
class FrameView {
  constructor(
    private readonly v: DataView,
    private readonly base: number,
  ) {}
  getUint16(at: number) {
    return this.v.getUint16(this.base + at);
  }
  getUint32(at: number, little?: boolean) {
    return this.v.getUint32(this.base + at, little);
  }
}

export function decodeFrame(linkType: number, frame: Uint8Array, ref: number, time: number): TcpPacket | null {
  const v = new FrameView(viewOf(frame), frame.byteOffset) as unknown as DataView;
  const at = ipOffset(linkType, frame, v);
  if (at === null || frame.length < at + 1) return null;
  const version = frame[at]! >> 4;
  if (version === 4) return ipv4(frame, v, at, ref, time);
  if (version === 6) return ipv6(frame, v, at, ref, time);
  return null;
}

function ipv4(f: Uint8Array, v: DataView, at: number, ref: number, time: number): TcpPacket | null {
  if (f.length < at + 20) return null;
  const ihl = (f[at]! & 0x0f) * 4;
  const total = v.getUint16(at + 2);
  const fragment = v.getUint16(at + 6);
  // A later fragment has no TCP header; the first fragment of a split segment is read as is.
  if (ihl < 20 || f[at + 9] !== 6 || (fragment & 0x1fff) !== 0) return null;
  const src = ipv4Text(v.getUint32(at + 12));
  const dst = ipv4Text(v.getUint32(at + 16));
  // A total length of 0 is what segmentation offload leaves in captured large packets.
  const payload = total >= ihl ? total - ihl : f.length - at - ihl;
  return tcp(f, v, at + ihl, payload, src, dst, ref, time);
}

const IPV4 = new Map<number, string>();

function ipv4Text(n: number): string {
  let text = IPV4.get(n);
  if (text === undefined) {
    text = `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
    if (IPV4.size > 100_000) IPV4.clear();
    IPV4.set(n, text);
  }
  return text;
}

const ENDPOINTS = new Map<string, Map<number, string>>();

/** "addr:port" strings are shared between the segments of a connection instead of built for each. */
function endpointOf(addr: string, port: number): string {
  let ports = ENDPOINTS.get(addr);
  if (!ports) {
    if (ENDPOINTS.size > 100_000) ENDPOINTS.clear();
    ENDPOINTS.set(addr, (ports = new Map<number, string>()));
  }
  let text = ports.get(port);
  if (text === undefined) ports.set(port, (text = endpoint(addr, port)));
  return text;
}

function ipv6(f: Uint8Array, v: DataView, at: number, ref: number, time: number): TcpPacket | null {
  if (f.length < at + 40) return null;
  let next = f[at + 6]!;
  let payload = v.getUint16(at + 4);
  const src = ipv6Text(f, at + 8);
  const dst = ipv6Text(f, at + 24);
  let p = at + 40;
  // Extension headers before TCP: hop-by-hop, routing, destination options, fragment.
  for (let hops = 0; next !== 6; hops++) {
    if (hops > 8 || f.length < p + 8) return null;
    if (next === 0 || next === 43 || next === 60) {
      const size = (f[p + 1]! + 1) * 8;
      next = f[p]!;
      p += size;
      payload -= size;
    } else if (next === 44) {
      if ((v.getUint16(p + 2) & 0xfff8) !== 0) return null;
      next = f[p]!;
      p += 8;
      payload -= 8;
    } else return null;
  }
  if (payload <= 0) payload = f.length - p; // jumbogram or offload
  return tcp(f, v, p, payload, src, dst, ref, time);
}

function tcp(f: Uint8Array, v: DataView, at: number, segmentBytes: number, srcAddr: string, dstAddr: string, ref: number, time: number): TcpPacket | null {
  if (f.length < at + 20) return null;
  const offset = (f[at + 12]! >> 4) * 4;
  if (offset < 20) return null;
  const flags = flagsOf(f[at + 13]!);
  const packet: TcpPacket = {
    ref,
    time,
    src: endpointOf(srcAddr, v.getUint16(at)),
    dst: endpointOf(dstAddr, v.getUint16(at + 2)),
    flags,
    seq: v.getUint32(at + 4),
    ack: flags.includes("ACK") ? v.getUint32(at + 8) : undefined,
    len: Math.max(0, segmentBytes - offset),
    win: v.getUint16(at + 14),
    // Set by the options, if any: every packet has all the fields, so that all share one shape.
    wscale: undefined,
    sack: undefined,
  };
  readOptions(f, v, at + 20, Math.min(at + offset, f.length), packet);
  return packet;
}

function readOptions(f: Uint8Array, v: DataView, from: number, to: number, packet: TcpPacket) {
  let sack: [number, number][] | undefined;
  for (let p = from; p < to;) {
    const kind = f[p]!;
    if (kind === 0) break;
    if (kind === 1) {
      p++;
      continue;
    }
    const size = f[p + 1] ?? 0;
    if (size < 2 || p + size > to) break;
    if (kind === 3 && size === 3) packet.wscale = f[p + 2]!;
    if (kind === 5) {
      sack = [];
      for (let b = p + 2; b + 8 <= p + size; b += 8) sack.push([v.getUint32(b), v.getUint32(b + 4)]);
    }
    p += size;
  }
  if (sack?.length) packet.sack = sack;
}

/** An IPv6 address in its RFC 5952 text form: lower case, the longest run of zero groups as "::". */
export function ipv6Text(f: Uint8Array, at: number): string {
  const groups: number[] = [];
  for (let i = 0; i < 8; i++) groups.push((f[at + 2 * i]! << 8) | f[at + 2 * i + 1]!);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hex = (g: number[]) => g.map((x) => x.toString(16)).join(":");
  // IPv4-mapped addresses keep their dotted tail (::ffff:127.0.0.1).
  if (best === 0 && bestLen === 5 && groups[5] === 0xffff) return `::ffff:${f[at + 12]}.${f[at + 13]}.${f[at + 14]}.${f[at + 15]}`;
  if (best < 0) return hex(groups);
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLen))}`;
}
