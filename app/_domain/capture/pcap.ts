import { checkLinkType, decodeFrame } from "./decode";
import { CorruptCaptureError, NotACaptureError, TruncatedCaptureError } from "./errors";
import type { TcpPacket } from "./packet";

// A small reader for the two capture file formats, from bytes in memory (the browser's File
// and Node's Buffer both give a Uint8Array). pcap: a 24-byte file header, then records of a
// 16-byte header and the frame. pcapng: blocks of (type, total length, body, total length);
// we read section headers, interface descriptions (link type, time resolution) and enhanced,
// simple and obsolete packet blocks, and step over every other block by its length.

export type CaptureFile = { format: "pcap" | "pcapng"; packets: TcpPacket[]; frames: number };

const PCAP_MICRO = 0xa1b2c3d4;
const PCAP_NANO = 0xa1b23c4d;
const PCAPNG_SHB = 0x0a0d0d0a;
const PCAPNG_BOM = 0x1a2b3c4d;

/** Whether these bytes start like a pcap or pcapng file (used to tell files from pasted text). */
export function looksLikeCaptureFile(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const be = v.getUint32(0);
  const le = v.getUint32(0, true);
  return be === PCAPNG_SHB || [PCAP_MICRO, PCAP_NANO].includes(be) || [PCAP_MICRO, PCAP_NANO].includes(le);
}

export function readCaptureFile(bytes: Uint8Array): CaptureFile {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 4 && v.getUint32(0) === PCAPNG_SHB) return readPcapng(bytes, v);
  if (bytes.length >= 4) {
    for (const little of [false, true]) {
      const magic = v.getUint32(0, little);
      if (magic === PCAP_MICRO || magic === PCAP_NANO) return readPcap(bytes, v, little, magic === PCAP_NANO ? 1e-9 : 1e-6);
    }
  }
  throw new NotACaptureError("");
}

function readPcap(bytes: Uint8Array, v: DataView, little: boolean, unit: number): CaptureFile {
  if (bytes.length < 24) throw new TruncatedCaptureError(bytes.length, "the 24-byte pcap file header");
  // The upper bits of the link type field can carry FCS information (pcap format, LINKTYPE_).
  const linkType = v.getUint32(20, little) & 0x0fffffff;
  checkLinkType(linkType);
  const packets: TcpPacket[] = [];
  let frames = 0;
  for (let at = 24; at < bytes.length;) {
    if (at + 16 > bytes.length) throw new TruncatedCaptureError(at, `the header of packet ${frames + 1}`);
    const captured = v.getUint32(at + 8, little);
    if (captured > 0x4000000) throw new CorruptCaptureError(at + 8, `packet ${frames + 1} claims ${captured} captured bytes`);
    if (at + 16 + captured > bytes.length)
      throw new TruncatedCaptureError(at, `packet ${frames + 1} (${captured} bytes announced, ${bytes.length - at - 16} left)`);
    frames++;
    const time = v.getUint32(at, little) + v.getUint32(at + 4, little) * unit;
    const packet = decodeFrame(linkType, bytes.subarray(at + 16, at + 16 + captured), frames, time);
    if (packet) packets.push(packet);
    at += 16 + captured;
  }
  return { format: "pcap", packets, frames };
}

type Interface = { linkType: number; unit: number };

function readPcapng(bytes: Uint8Array, v: DataView): CaptureFile {
  const packets: TcpPacket[] = [];
  let frames = 0;
  let little = true;
  let interfaces: Interface[] = [];
  for (let at = 0; at < bytes.length;) {
    if (at + 12 > bytes.length) throw new TruncatedCaptureError(at, "a pcapng block header");
    const type = v.getUint32(at, little);
    if (type === PCAPNG_SHB) {
      // Each section states its own byte order; its interfaces are numbered afresh.
      const bom = v.getUint32(at + 8, true);
      if (bom === PCAPNG_BOM) little = true;
      else if (bom === 0x4d3c2b1a) little = false;
      else throw new CorruptCaptureError(at + 8, "a pcapng section header without its byte-order magic");
      interfaces = [];
    }
    const length = v.getUint32(at + 4, little);
    if (length < 12 || length % 4 !== 0)
      throw new CorruptCaptureError(at + 4, `a pcapng block claims a length of ${length} bytes (at least 12, a multiple of 4)`);
    if (at + length > bytes.length) throw new TruncatedCaptureError(at, `a pcapng block of ${length} bytes (${bytes.length - at} left)`);
    if (v.getUint32(at + length - 4, little) !== length)
      throw new CorruptCaptureError(at + length - 4, "a pcapng block whose trailing length differs from its leading one");
    const body = at + 8;
    const end = at + length - 4;
    if (type === 1) {
      if (end - body < 8) throw new CorruptCaptureError(body, "an interface description block too short for its fields");
      const linkType = v.getUint16(body, little);
      checkLinkType(linkType);
      interfaces.push({ linkType, unit: timeUnit(bytes, v, body + 8, end, little) });
    } else if (type === 6 || type === 2 || type === 3) {
      frames++;
      const frame = packetBlock(type, v, body, end, little, interfaces, frames);
      const packet = decodeFrame(frame.iface.linkType, bytes.subarray(frame.from, frame.from + frame.captured), frames, frame.time);
      if (packet) packets.push(packet);
    }
    at += length;
  }
  return { format: "pcapng", packets, frames };
}

function packetBlock(type: number, v: DataView, body: number, end: number, little: boolean, interfaces: Interface[], n: number) {
  const fields = type === 3 ? 4 : 20;
  if (end - body < fields) throw new CorruptCaptureError(body, `packet ${n}'s block is too short for its fields`);
  const id = type === 3 ? 0 : type === 2 ? v.getUint16(body, little) : v.getUint32(body, little);
  const iface = interfaces[id];
  if (!iface) throw new CorruptCaptureError(body, `packet ${n} names interface ${id}, which no interface description block declared`);
  const from = body + fields;
  // A simple packet block has no captured length: the frame fills the block, up to its padding.
  const captured = type === 3 ? Math.min(v.getUint32(body, little), end - from) : v.getUint32(body + 12, little);
  if (from + captured > end) throw new CorruptCaptureError(body + 12, `packet ${n} claims ${captured} captured bytes in a block with room for ${end - from}`);
  // Timestamps count units since 1970 in two 32-bit halves; seconds as a double keep µs precision.
  const time = type === 3 ? 0 : v.getUint32(body + 4, little) * 2 ** 32 * iface.unit + v.getUint32(body + 8, little) * iface.unit;
  return { iface, from, captured, time };
}

/** The if_tsresol option: 10^-n seconds, or 2^-n when its top bit is set; microseconds by default. */
function timeUnit(bytes: Uint8Array, v: DataView, from: number, end: number, little: boolean): number {
  for (let p = from; p + 4 <= end;) {
    const code = v.getUint16(p, little);
    const size = v.getUint16(p + 2, little);
    if (code === 0) break;
    if (code === 9 && size >= 1) {
      const r = bytes[p + 4]!;
      return r & 0x80 ? 2 ** -(r & 0x7f) : 10 ** -r;
    }
    p += 4 + Math.ceil(size / 4) * 4;
  }
  return 1e-6;
}
