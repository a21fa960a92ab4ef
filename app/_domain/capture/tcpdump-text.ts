import { seqAdd } from "../tcp/segment";
import type { Flag } from "../tcp/segment";
import { flagsOf, type TcpPacket } from "./packet";

// Reads the text tcpdump prints: one line per segment, or with -v an IP line followed by an
// indented TCP line. Timestamps in any of tcpdump's styles (default time of day, -tt epoch
// seconds, -ttt deltas, -tttt date and time, -ttttt since the first packet, -t none). Sequence
// numbers absolute (-S) or relative; which one is decided by which reading fits the capture.

// "127.0.0.1.40000 > 127.0.0.1.3380: Flags [S.]"; IPv6 addresses have no dots, so the port is
// after the last one. Ports may be service names when -n was left out. Found with indexOf
// rather than one regular expression, which could backtrack for minutes on a long line of dots.
const FLAGS_MARK = ": Flags [";
const ENDPOINT = /^(\S+)\.([\w-]+)$/;
/** Longer lines are no tcpdump segment line (even -vv's stay under a few hundred characters). */
const MAX_LINE = 4096;

/** One endpoint as this capture names it: our "addr:port" text, and a number for keying maps by a pair. */
type Endpoint = { text: string; id: number };

/**
 * Endpoints by the token tcpdump prints ("10.0.0.1.40000"): each distinct one is parsed once,
 * and every segment of a connection then shares one string (quick to compare and to hash).
 */
class Endpoints {
  private readonly byToken = new Map<string, Endpoint | null>();
  private readonly byText = new Map<string, Endpoint>();

  read(token: string): Endpoint | null {
    let found = this.byToken.get(token);
    if (found === undefined) {
      const m = ENDPOINT.exec(token);
      found = m ? this.named(endpointText(m[1]!, m[2]!)) : null;
      this.byToken.set(token, found);
    }
    return found;
  }

  private named(text: string): Endpoint {
    let e = this.byText.get(text);
    if (!e) this.byText.set(text, (e = { text, id: this.byText.size }));
    return e;
  }
}

type Found = { end: number; src: Endpoint; dst: Endpoint; bits: number };

function findSegment(line: string, endpoints: Endpoints): Found | null {
  if (line.length > MAX_LINE) return null;
  const mark = line.indexOf(FLAGS_MARK);
  if (mark < 0) return null;
  const close = line.indexOf("]", mark + FLAGS_MARK.length);
  const arrow = line.lastIndexOf(" > ", mark);
  if (close < 0 || arrow < 0) return null;
  const start = line.lastIndexOf(" ", arrow - 1) + 1;
  const src = endpoints.read(line.slice(start, arrow));
  const dst = endpoints.read(line.slice(arrow + 3, mark));
  if (!src || !dst) return null;
  let bits = 0;
  for (let k = mark + FLAGS_MARK.length; k < close; k++) bits |= flagBit(line.charCodeAt(k));
  return { end: close + 1, src, dst, bits };
}

/** tcpdump's flag letters: S, F, P, R, U and "." for ACK (E and W, the ECN bits, are left out). */
function flagBit(c: number): number {
  switch (c) {
    case 0x53: // S
      return 0x02;
    case 0x46: // F
      return 0x01;
    case 0x50: // P
      return 0x08;
    case 0x52: // R
      return 0x04;
    case 0x55: // U
      return 0x20;
    case 0x2e: // .
      return 0x10;
    default:
      return 0;
  }
}

const TIME_OF_DAY = /^(\d{1,2}):(\d\d):(\d\d(?:\.\d+)?)\s/;
const INDENTED_CLOCK = /^ +(\d+):(\d\d):(\d\d\.\d+)\s/;
const EPOCH = /^(\d+\.\d+)\s/;
const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d(?:\.\d+)?)\s/;

type Clock = "time-of-day" | "elapsed" | "epoch" | "date" | "none";
type Stamp = { clock: Clock; stamp: number };
type Raw = { packet: TcpPacket; src: number; dst: number; seqEnd: number | undefined; clock: Clock; stamp: number | undefined };

export type TextCapture = { packets: TcpPacket[]; lines: number; relative: boolean };

function stampOf(line: string): Stamp | null {
  const fast = timeOfDay(line);
  if (fast >= 0) return { clock: "time-of-day", stamp: fast };
  let m = TIME_OF_DAY.exec(line);
  if (m) return { clock: "time-of-day", stamp: +m[1]! * 3600 + +m[2]! * 60 + +m[3]! };
  m = INDENTED_CLOCK.exec(line);
  if (m) return { clock: "elapsed", stamp: +m[1]! * 3600 + +m[2]! * 60 + +m[3]! };
  m = DATE_TIME.exec(line);
  if (m) return { clock: "date", stamp: Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) / 1000 + +m[6]! };
  m = EPOCH.exec(line);
  if (m) return { clock: "epoch", stamp: +m[1]! };
  return null;
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const digit = (line: string, k: number) => line.charCodeAt(k) - 0x30;

/**
 * tcpdump's default clock in its usual shape, "hh:mm:ss.ffffff " (what TIME_OF_DAY matches),
 * read without a regular expression: it starts every line of a plain capture. -1 for any other
 * shape, which the expressions then read.
 */
function timeOfDay(line: string): number {
  if (line.length < 9 || line.charCodeAt(2) !== 0x3a || line.charCodeAt(5) !== 0x3a) return -1;
  if (!isDigit(line.charCodeAt(0)) || !isDigit(line.charCodeAt(1)) || !isDigit(line.charCodeAt(3)) || !isDigit(line.charCodeAt(4)) || !isDigit(line.charCodeAt(6)) || !isDigit(line.charCodeAt(7))) return -1;
  // The seconds as the integer of all their digits over a power of ten: both exact, so the
  // quotient is the double nearest the decimal, as Number() of the text would give.
  let k = 8;
  let digits = digit(line, 6) * 10 + digit(line, 7);
  let scale = 1;
  if (line.charCodeAt(k) === 0x2e && isDigit(line.charCodeAt(k + 1))) {
    for (k += 1; isDigit(line.charCodeAt(k)) && scale < 1e13; k++) {
      digits = digits * 10 + digit(line, k);
      scale *= 10;
    }
    if (isDigit(line.charCodeAt(k))) return -1; // more digits than a double holds: the expression reads it
  }
  if (line.charCodeAt(k) !== 0x20 && !/\s/.test(line.charAt(k))) return -1;
  return (digit(line, 0) * 10 + digit(line, 1)) * 3600 + (digit(line, 3) * 10 + digit(line, 4)) * 60 + digits / scale;
}

/**
 * The number after the first "name " that starts a word at or after `from`, as the expression
 * /\bname (\d+)/ finds it; undefined when none is followed by a digit. `end` receives the
 * index just past its digits.
 */
function fieldAt(line: string, name: string, from: number, end?: { at: number }): number | undefined {
  for (let k = line.indexOf(name, from); k >= 0; k = line.indexOf(name, k + 1)) {
    if (k > 0 && isWordChar(line.charCodeAt(k - 1))) continue;
    const n = digitsAt(line, k + name.length, end);
    if (n !== undefined) return n;
  }
  return undefined;
}

/** The decimal number whose digits start at `k` (undefined when none does); `end` receives the index past them. */
function digitsAt(line: string, k: number, end?: { at: number }): number | undefined {
  if (!isDigit(line.charCodeAt(k))) return undefined;
  // Summed digit by digit rather than Number() of a slice (no string per field): exact for up
  // to 15 digits, and a longer number goes through Number() after all.
  let n = digit(line, k);
  let stop = k + 1;
  for (; isDigit(line.charCodeAt(stop)); stop++) n = n * 10 + digit(line, stop);
  if (end) end.at = stop;
  return stop - k > 15 ? Number(line.slice(k, stop)) : n;
}

/** What \w matches: ASCII letters, digits and the underscore. */
function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

const SACK = /\bsack \d+ ((?:\{\d+:\d+\}\s*)+)/;

function parseLine(line: string, ref: number, pending: Stamp | null, endpoints: Endpoints): Raw | null {
  const m = findSegment(line, endpoints);
  if (!m) return null;
  const flags: readonly Flag[] = flagsOf(m.bits);
  // The fields after "Flags [...]", found in the line itself rather than in a copy of its rest.
  const from = m.end;
  const seqEnd = { at: -1 };
  const seq = fieldAt(line, "seq ", from, seqEnd);
  // "seq 1:501": the end after a colon.
  const end = seq !== undefined && line.charCodeAt(seqEnd.at) === 0x3a ? digitsAt(line, seqEnd.at + 1) : undefined;
  const packet: TcpPacket = {
    ref,
    time: undefined,
    src: m.src.text,
    dst: m.dst.text,
    flags,
    seq: seq === undefined ? undefined : seq >>> 0,
    ack: flags.includes("ACK") ? fieldAt(line, "ack ", from) : undefined,
    len: fieldAt(line, "length ", from) ?? 0,
    // Every packet has all the fields, in one order, so that all share one shape.
    win: fieldAt(line, "win ", from),
    wscale: fieldAt(line, "wscale ", from),
    sack: undefined,
  };
  if (line.includes("sack ", from)) {
    const sack = SACK.exec(line.slice(from));
    if (sack) packet.sack = [...sack[1]!.matchAll(/\{(\d+):(\d+)\}/g)].map((b) => [Number(b[1]), Number(b[2])] as const);
  }
  const stamp = stampOf(line) ?? pending;
  return { packet, src: m.src.id, dst: m.dst.id, seqEnd: end, clock: stamp?.clock ?? "none", stamp: stamp?.stamp };
}

function endpointText(addr: string, port: string): string {
  return addr.includes(":") ? `[${addr}]:${port}` : `${addr}:${port}`;
}

export function readTcpdumpText(text: string): TextCapture {
  const raws: Raw[] = [];
  const endpoints = new Endpoints();
  let pending: Stamp | null = null;
  let lineNo = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    lineNo++;
    const raw = parseLine(line.endsWith("\r") ? line.slice(0, -1) : line, lineNo, pending, endpoints);
    if (raw) {
      raws.push(raw);
      pending = null;
    } else {
      // With -v the timestamp sits on the IP line and the segment on the next, indented one.
      pending = stampOf(line);
    }
  }
  assignTimes(raws);
  const relative = relativeReading(raws);
  if (readsAsRelative(raws, relative)) {
    toAbsolute(raws, relative);
    return { packets: raws.map((r) => r.packet), lines: lineNo, relative: true };
  }
  return { packets: raws.map((r) => r.packet), lines: lineNo, relative: false };
}

function assignTimes(raws: Raw[]) {
  // -ttt prints the time since the previous packet and -ttttt since the first; both look
  // alike, so deltas are recognised by going down somewhere.
  const elapsed = raws.filter((r) => r.clock === "elapsed");
  const deltas = elapsed.some((r, i) => i > 0 && r.stamp! < elapsed[i - 1]!.stamp!);
  let total = 0;
  let day = 0;
  let previous: number | undefined;
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    if (r.stamp === undefined) continue;
    let t = r.stamp;
    if (r.clock === "elapsed" && deltas) t = total += r.stamp;
    if (r.clock === "time-of-day") {
      // A capture that runs past midnight starts the clock again.
      if (previous !== undefined && t + day < previous - 43200) day += 86400;
      t += day;
    }
    r.packet.time = t;
    previous = t;
  }
}

/**
 * tcpdump without -S prints, for every connection, the first segment that carries ACK (and any
 * SYN+ACK) with absolute numbers and takes each direction's base from it: the sender's seq,
 * and the receiver's from ack - 1. Later segments that carry ACK print seq and ack minus those
 * bases; segments without ACK stay absolute.
 *
 * When that first segment is a pure ACK, its seq is not printed, so its sender's base is
 * unknown. It is recovered from that direction's absolute numbers (a SYN, a FIN or RST without
 * ACK): the end of the last one before, or the next one after less the data sent in between.
 */
type Reading = { seq: number | undefined; end: number | undefined; ack: number | undefined };
/** The base tcpdump took for one direction, and how far that direction's relative numbers went. */
type Direction = { base: number | undefined; high: number };
/** The bases of one connection, for each of its two endpoints (by endpoint number). */
type Bases = { src: number; dst: number; fromSrc: Direction; fromDst: Direction };

function directionOf(bases: Bases, endpoint: number): Direction | undefined {
  // When both ends are one endpoint the destination's entry is the one that counts (as in a
  // map filled with the source's first, then the destination's).
  return endpoint === bases.dst ? bases.fromDst : endpoint === bases.src ? bases.fromSrc : undefined;
}

/**
 * One number for an unordered pair of endpoints. Endpoint numbers stay below 2^26 (a string
 * long enough for more distinct endpoints exceeds what a JavaScript engine holds), so the
 * pair fits exactly in a double.
 */
function pairKey(a: number, b: number): number {
  return a < b ? a * 2 ** 26 + b : b * 2 ** 26 + a;
}

/** Each segment's numbers read as relative ones; null where tcpdump printed them absolute. */
function relativeReading(raws: Raw[]): (Reading | null)[] {
  const current = new Map<number, Bases>();
  const used: (Bases | undefined)[] = [];
  const lastAbsoluteEnd = new Map<number, number>();
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    const p = r.packet;
    const key = pairKey(r.src, r.dst);
    let bases = current.get(key);
    const ack = p.flags.includes("ACK");
    const syn = p.flags.includes("SYN");
    if (ack && (!bases || syn)) {
      bases = { src: r.src, dst: r.dst, fromSrc: { base: p.seq ?? lastAbsoluteEnd.get(r.src), high: 0 }, fromDst: { base: p.ack === undefined ? undefined : seqAdd(p.ack, -1), high: 0 } };
      current.set(key, bases);
      used.push(undefined);
      continue;
    }
    const mine = bases && directionOf(bases, r.src);
    const fin = p.flags.includes("FIN");
    if (ack) {
      if (mine && p.seq !== undefined) mine.high = Math.max(mine.high, (r.seqEnd ?? p.seq) + (fin ? 1 : 0));
      used.push(bases);
    } else {
      if (mine && mine.base === undefined && p.seq !== undefined && !syn) mine.base = seqAdd(p.seq, -mine.high);
      if (p.seq !== undefined) lastAbsoluteEnd.set(r.src, seqAdd(p.seq, p.len + (syn ? 1 : 0) + (fin ? 1 : 0)));
      used.push(undefined);
    }
  }
  // Bases are read only now: one recovered from a later segment applies to the earlier ones too.
  return raws.map((r, i) => {
    const bases = used[i];
    if (!bases) return null;
    const p = r.packet;
    const mine = directionOf(bases, r.src)?.base ?? 0;
    const theirs = directionOf(bases, r.dst)?.base ?? 0;
    return {
      seq: p.seq === undefined ? undefined : seqAdd(p.seq, mine),
      end: r.seqEnd === undefined ? undefined : seqAdd(r.seqEnd, mine),
      ack: p.ack === undefined ? undefined : seqAdd(p.ack, theirs),
    };
  });
}

/**
 * Numbers by endpoint. Most endpoints of a capture see a handful of segments, so each starts
 * with a short list and gets a set only past 16 numbers: a set apiece costs more than the
 * search when a capture names a hundred thousand endpoints.
 */
class PointSets {
  private readonly of: (number[] | Set<number> | undefined)[] = [];

  has(endpoint: number, n: number): boolean {
    const points = this.of[endpoint];
    return points === undefined ? false : Array.isArray(points) ? points.includes(n) : points.has(n);
  }

  add(endpoint: number, n: number) {
    const points = this.of[endpoint];
    if (points === undefined) this.of[endpoint] = [n];
    else if (!Array.isArray(points)) points.add(n);
    else if (!points.includes(n)) {
      if (points.length < 16) points.push(n);
      else this.of[endpoint] = new Set(points).add(n);
    }
  }

  /** Whether no number of this endpoint was added yet. */
  none(endpoint: number): boolean {
    return this.of[endpoint] === undefined;
  }
}

/**
 * Counts the numbers each reading places on a point its stream has already reached (a segment's
 * start or end, from either side), and keeps the reading with more: under the wrong one, seq
 * and ack numbers land nowhere near the other segments.
 */
function readsAsRelative(raws: Raw[], relative: (Reading | null)[]): boolean {
  return hits(raws, relative) > hits(raws, null);
}

/** Hits of the relative reading, or of the numbers as printed (`reading` null). */
function hits(raws: Raw[], reading: (Reading | null)[] | null): number {
  // Points each side's stream has reached: the end of every segment, and the start of the
  // first one seen when it is not a SYN (an ACK never names an ISN itself); and what the other
  // side acknowledged of it.
  const reached = new PointSets();
  const acked = new PointSets();
  let n = 0;
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i]!;
    const p = r.packet;
    const read = reading?.[i];
    const seq = read ? read.seq : p.seq;
    const end = read ? read.end : r.seqEnd;
    const ack = read ? read.ack : p.ack;
    if (seq !== undefined && (reached.has(r.src, seq) || acked.has(r.src, seq))) n++;
    if (ack !== undefined && reached.has(r.dst, ack)) n++;
    if (ack !== undefined) acked.add(r.dst, ack);
    if (seq !== undefined) {
      const syn = p.flags.includes("SYN");
      const fin = p.flags.includes("FIN");
      if (reached.none(r.src) && !syn) reached.add(r.src, seq);
      const occupied = p.len + (syn ? 1 : 0) + (fin ? 1 : 0);
      reached.add(r.src, end !== undefined && !fin && !syn ? end : seqAdd(seq, occupied));
    }
  }
  return n;
}

function toAbsolute(raws: Raw[], relative: (Reading | null)[]) {
  relative.forEach((reading, i) => {
    if (!reading) return;
    const r = raws[i]!;
    r.packet.seq = reading.seq;
    r.packet.ack = reading.ack;
    r.seqEnd = reading.end;
  });
}
