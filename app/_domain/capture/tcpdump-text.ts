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
  private count = 0;

  /** How many distinct endpoints were read: their numbers run from 0 to this, less one. */
  get size(): number {
    return this.count;
  }
  // The two tokens read last, compared in place: lines of one connection follow each other, so
  // most lines name these two again and need no copy of the token.
  private lastToken = "";
  private last: Endpoint | null = null;
  private otherToken = "";
  private other: Endpoint | null = null;

  /** The endpoint whose token is line[start, end). */
  at(line: string, start: number, end: number): Endpoint | null {
    const length = end - start;
    if (length === this.lastToken.length && line.startsWith(this.lastToken, start)) return this.last;
    const token = length === this.otherToken.length && line.startsWith(this.otherToken, start) ? this.otherToken : line.slice(start, end);
    const found = token === this.otherToken ? this.other : this.read(token);
    this.otherToken = this.lastToken;
    this.other = this.last;
    this.lastToken = token;
    this.last = found;
    return found;
  }

  private read(token: string): Endpoint | null {
    let found = this.byToken.get(token);
    if (found === undefined) {
      const m = ENDPOINT.exec(token);
      // Distinct tokens name distinct endpoints (the text is the token with its last dot made a
      // colon), so a new token is a new endpoint.
      found = m ? { text: endpointText(m[1]!, m[2]!), id: this.count++ } : null;
      this.byToken.set(token, found);
    }
    return found;
  }
}

/** What findSegment found on the line it read last: one object filled again for every line. */
const found: { end: number; src: Endpoint; dst: Endpoint; bits: number } = { end: 0, src: { text: "", id: -1 }, dst: { text: "", id: -1 }, bits: 0 };

function findSegment(line: string, endpoints: Endpoints): boolean {
  if (line.length > MAX_LINE) return false;
  const mark = line.indexOf(FLAGS_MARK);
  if (mark < 0) return false;
  const close = line.indexOf("]", mark + FLAGS_MARK.length);
  const arrow = line.lastIndexOf(" > ", mark);
  if (close < 0 || arrow < 0) return false;
  const start = line.lastIndexOf(" ", arrow - 1) + 1;
  const src = endpoints.at(line, start, arrow);
  const dst = endpoints.at(line, arrow + 3, mark);
  if (!src || !dst) return false;
  let bits = 0;
  for (let k = mark + FLAGS_MARK.length; k < close; k++) bits |= flagBit(line.charCodeAt(k));
  found.end = close + 1;
  found.src = src;
  found.dst = dst;
  found.bits = bits;
  return true;
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

/**
 * The segment lines read, one array per field rather than an object per line: the packets, and
 * beside each its endpoints' numbers, where its seq range ends (-1 when the line gives no end),
 * and its clock and timestamp (NaN when the line has none); and how many endpoints the lines name.
 * The arrays beside the packets are made once, as long as the text has FLAGS_MARKs (a segment
 * line has at least one), rather than grown line by line; they are read up to packets.length.
 */
type Lines = { packets: TcpPacket[]; src: Int32Array; dst: Int32Array; seqEnd: Float64Array; clock: Clock[]; stamp: Float64Array; endpoints: number };

function linesFor(count: number): Lines {
  return {
    packets: [],
    src: new Int32Array(count),
    dst: new Int32Array(count),
    seqEnd: new Float64Array(count),
    clock: new Array<Clock>(count),
    stamp: new Float64Array(count),
    endpoints: 0,
  };
}

function marks(text: string): number {
  let count = 0;
  for (let k = text.indexOf(FLAGS_MARK); k >= 0; k = text.indexOf(FLAGS_MARK, k + FLAGS_MARK.length)) count++;
  return count;
}

export type TextCapture = { packets: TcpPacket[]; lines: number; relative: boolean };

/** The clock stampOf read last, and its reading: filled again for every line. */
const read: { clock: Clock; stamp: number } = { clock: "none", stamp: NaN };

/** Whether the line starts with a timestamp; if so, `read` holds it. */
function stampOf(line: string): boolean {
  const fast = timeOfDay(line);
  if (fast >= 0) return stamped("time-of-day", fast);
  let m = TIME_OF_DAY.exec(line);
  if (m) return stamped("time-of-day", +m[1]! * 3600 + +m[2]! * 60 + +m[3]!);
  m = INDENTED_CLOCK.exec(line);
  if (m) return stamped("elapsed", +m[1]! * 3600 + +m[2]! * 60 + +m[3]!);
  m = DATE_TIME.exec(line);
  if (m) return stamped("date", Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!) / 1000 + +m[6]!);
  m = EPOCH.exec(line);
  if (m) return stamped("epoch", +m[1]!);
  return false;
}

function stamped(clock: Clock, stamp: number): true {
  read.clock = clock;
  read.stamp = stamp;
  return true;
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
  if (
    !isDigit(line.charCodeAt(0)) ||
    !isDigit(line.charCodeAt(1)) ||
    !isDigit(line.charCodeAt(3)) ||
    !isDigit(line.charCodeAt(4)) ||
    !isDigit(line.charCodeAt(6)) ||
    !isDigit(line.charCodeAt(7))
  )
    return -1;
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
 * /\bname (\d+)/ finds it; undefined when none is followed by a digit. digitsEnd is then the
 * index just past its digits.
 */
function fieldAt(line: string, name: string, from: number): number | undefined {
  for (let k = line.indexOf(name, from); k >= 0; k = line.indexOf(name, k + 1)) {
    if (k > 0 && isWordChar(line.charCodeAt(k - 1))) continue;
    const n = digitsAt(line, k + name.length);
    if (n !== undefined) return n;
  }
  return undefined;
}

/** Where the digits digitsAt read last end (a number rather than an object per field). */
let digitsEnd = -1;

/** The decimal number whose digits start at `k` (undefined when none does); digitsEnd is then the index past them. */
function digitsAt(line: string, k: number): number | undefined {
  if (!isDigit(line.charCodeAt(k))) return undefined;
  // Summed digit by digit rather than Number() of a slice (no string per field): exact for up
  // to 15 digits, and a longer number goes through Number() after all.
  let n = digit(line, k);
  let stop = k + 1;
  for (; isDigit(line.charCodeAt(stop)); stop++) n = n * 10 + digit(line, stop);
  digitsEnd = stop;
  return stop - k > 15 ? Number(line.slice(k, stop)) : n;
}

/** What \w matches: ASCII letters, digits and the underscore. */
function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

const SACK = /\bsack \d+ ((?:\{\d+:\d+\}\s*)+)/;

/** Reads one line into `lines` if it is a segment's; `pending` is the clock of the -v line before it, if any. */
function parseLine(line: string, ref: number, pending: { clock: Clock; stamp: number }, endpoints: Endpoints, lines: Lines): boolean {
  if (!findSegment(line, endpoints)) return false;
  const flags: readonly Flag[] = flagsOf(found.bits);
  // The fields after "Flags [...]", found in the line itself rather than in a copy of its rest.
  const from = found.end;
  const seq = fieldAt(line, "seq ", from);
  // "seq 1:501": the end after a colon.
  const end = seq !== undefined && line.charCodeAt(digitsEnd) === 0x3a ? digitsAt(line, digitsEnd + 1) : undefined;
  const packet: TcpPacket = {
    ref,
    time: undefined,
    src: found.src.text,
    dst: found.dst.text,
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
  const stamp = stampOf(line) ? read : pending;
  const at = lines.packets.push(packet) - 1;
  lines.src[at] = found.src.id;
  lines.dst[at] = found.dst.id;
  lines.seqEnd[at] = end ?? -1;
  lines.clock[at] = stamp.clock;
  lines.stamp[at] = stamp.stamp;
  return true;
}

function endpointText(addr: string, port: string): string {
  return addr.includes(":") ? `[${addr}]:${port}` : `${addr}:${port}`;
}

export function readTcpdumpText(text: string): TextCapture {
  const lines = linesFor(marks(text));
  const endpoints = new Endpoints();
  // With -v the timestamp sits on the IP line and the segment on the next, indented one.
  const pending: { clock: Clock; stamp: number } = { clock: "none", stamp: NaN };
  let lineNo = 0;
  // Line by line without splitting the text into an array of them first.
  for (let start = 0; start <= text.length;) {
    let stop = text.indexOf("\n", start);
    if (stop < 0) stop = text.length;
    const line = text.slice(start, stop);
    start = stop + 1;
    lineNo++;
    if (parseLine(line.endsWith("\r") ? line.slice(0, -1) : line, lineNo, pending, endpoints, lines)) {
      pending.clock = "none";
      pending.stamp = NaN;
    } else if (stampOf(line)) {
      pending.clock = read.clock;
      pending.stamp = read.stamp;
    } else {
      pending.clock = "none";
      pending.stamp = NaN;
    }
  }
  lines.endpoints = endpoints.size;
  assignTimes(lines);
  return { packets: lines.packets, lines: lineNo, relative: readAsRelative(lines) };
}

function assignTimes(lines: Lines) {
  const { packets, clock, stamp } = lines;
  // -ttt prints the time since the previous packet and -ttttt since the first; both look
  // alike, so deltas are recognised by going down somewhere.
  let deltas = false;
  let lastElapsed = NaN;
  for (let i = 0; i < packets.length && !deltas; i++) {
    if (clock[i] !== "elapsed") continue;
    deltas = stamp[i]! < lastElapsed;
    lastElapsed = stamp[i]!;
  }
  let total = 0;
  let day = 0;
  let previous: number | undefined;
  for (let i = 0; i < packets.length; i++) {
    if (Number.isNaN(stamp[i])) continue;
    let t = stamp[i]!;
    if (clock[i] === "elapsed" && deltas) t = total += stamp[i]!;
    if (clock[i] === "time-of-day") {
      // A capture that runs past midnight starts the clock again.
      if (previous !== undefined && t + day < previous - 43200) day += 86400;
      t += day;
    }
    packets[i]!.time = t;
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
 * Values by an unordered pair of endpoint numbers, in a short list per lower number that turns
 * into a map past 8 entries (as PointSets below). A key joining both numbers would not fit in a
 * small integer, so every lookup in one map by pair would box a double.
 */
class PairMap<V> {
  private readonly of: (Entry<V>[] | Map<number, V> | undefined)[] = [];

  get(a: number, b: number): V | undefined {
    const near = this.of[a < b ? a : b];
    const far = a < b ? b : a;
    if (near === undefined) return undefined;
    if (!Array.isArray(near)) return near.get(far);
    for (let k = 0; k < near.length; k++) if (near[k]!.other === far) return near[k]!.value;
    return undefined;
  }

  set(a: number, b: number, value: V) {
    const low = a < b ? a : b;
    const far = a < b ? b : a;
    const near = this.of[low];
    if (near === undefined) this.of[low] = [{ other: far, value }];
    else if (!Array.isArray(near)) near.set(far, value);
    else {
      const entry = near.find((e) => e.other === far);
      if (entry) entry.value = value;
      else if (near.length < 8) near.push({ other: far, value });
      else this.of[low] = new Map(near.map((e) => [e.other, e.value] as const)).set(far, value);
    }
  }
}
type Entry<V> = { other: number; value: V };

/**
 * Where each segment takes its relative numbers' bases from: its connection's, or undefined
 * where tcpdump printed its numbers absolute.
 */
function basesOf(lines: Lines): (Bases | undefined)[] {
  const { packets, src, dst, seqEnd } = lines;
  const current = new PairMap<Bases>();
  const used: (Bases | undefined)[] = new Array<Bases | undefined>(packets.length).fill(undefined);
  // By endpoint number, NaN where none was seen: an array of doubles keeps the numbers unboxed.
  const lastAbsoluteEnd = new Float64Array(lines.endpoints).fill(NaN);
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i]!;
    let bases = current.get(src[i]!, dst[i]!);
    const ack = p.flags.includes("ACK");
    const syn = p.flags.includes("SYN");
    if (ack && (!bases || syn)) {
      bases = {
        src: src[i]!,
        dst: dst[i]!,
        fromSrc: { base: p.seq ?? orUndefined(lastAbsoluteEnd[src[i]!]!), high: 0 },
        fromDst: { base: p.ack === undefined ? undefined : seqAdd(p.ack, -1), high: 0 },
      };
      current.set(src[i]!, dst[i]!, bases);
      continue;
    }
    const mine = bases && directionOf(bases, src[i]!);
    const fin = p.flags.includes("FIN");
    if (ack) {
      if (mine && p.seq !== undefined) mine.high = Math.max(mine.high, (seqEnd[i]! >= 0 ? seqEnd[i]! : p.seq) + (fin ? 1 : 0));
      used[i] = bases;
    } else {
      if (mine && mine.base === undefined && p.seq !== undefined && !syn) mine.base = seqAdd(p.seq, -mine.high);
      if (p.seq !== undefined) lastAbsoluteEnd[src[i]!] = seqAdd(p.seq, p.len + (syn ? 1 : 0) + (fin ? 1 : 0));
    }
  }
  return used;
}

const orUndefined = (n: number) => (Number.isNaN(n) ? undefined : n);

/**
 * Whether the numbers read as relative ones, and if so, turns them absolute. Counts the numbers
 * each reading places on a point its stream has already reached (a segment's start or end,
 * from either side), in one pass for both, and keeps the reading with more: under the wrong
 * one, seq and ack numbers land nowhere near the other segments.
 */
function readAsRelative(lines: Lines): boolean {
  const { packets, src, dst, seqEnd } = lines;
  // Bases are read only after a first pass: one recovered from a later segment applies to the earlier ones too.
  const used = basesOf(lines);
  const printed = new Hits(lines.endpoints);
  const relative = new Hits(lines.endpoints);
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i]!;
    const end = seqEnd[i]! >= 0 ? seqEnd[i] : undefined;
    printed.see(p, src[i]!, dst[i]!, p.seq, end, p.ack);
    const bases = used[i];
    if (!bases) relative.see(p, src[i]!, dst[i]!, p.seq, end, p.ack);
    else {
      const mine = directionOf(bases, src[i]!)?.base ?? 0;
      const theirs = directionOf(bases, dst[i]!)?.base ?? 0;
      relative.see(
        p,
        src[i]!,
        dst[i]!,
        p.seq === undefined ? undefined : seqAdd(p.seq, mine),
        end === undefined ? undefined : seqAdd(end, mine),
        p.ack === undefined ? undefined : seqAdd(p.ack, theirs),
      );
    }
  }
  if (relative.n <= printed.n) return false;
  for (let i = 0; i < packets.length; i++) {
    const bases = used[i];
    if (!bases) continue;
    const p = packets[i]!;
    if (p.seq !== undefined) p.seq = seqAdd(p.seq, directionOf(bases, src[i]!)?.base ?? 0);
    if (p.ack !== undefined) p.ack = seqAdd(p.ack, directionOf(bases, dst[i]!)?.base ?? 0);
  }
  return true;
}

/**
 * Sets of numbers by endpoint. Most endpoints of a capture see a handful of segments, so the
 * first SLOTS numbers of every endpoint sit in one array of doubles, and only an endpoint with
 * more gets a set, which then holds all of its numbers: a list or set apiece was most of what
 * reading a capture that names a hundred thousand endpoints allocated.
 */
class PointSets {
  private readonly slots: Float64Array;
  /** How many slots each endpoint fills; SLOTS + 1 once its numbers are in a set. */
  private readonly counts: Uint8Array;
  private readonly sets: (Set<number> | undefined)[] = [];

  constructor(endpoints: number) {
    this.slots = new Float64Array(endpoints * SLOTS);
    this.counts = new Uint8Array(endpoints);
  }

  has(endpoint: number, n: number): boolean {
    const count = this.counts[endpoint]!;
    if (count > SLOTS) return this.sets[endpoint]!.has(n);
    const at = endpoint * SLOTS;
    for (let k = 0; k < count; k++) if (this.slots[at + k] === n) return true;
    return false;
  }

  add(endpoint: number, n: number) {
    const count = this.counts[endpoint]!;
    if (count > SLOTS) {
      this.sets[endpoint]!.add(n);
      return;
    }
    if (this.has(endpoint, n)) return;
    const at = endpoint * SLOTS;
    if (count < SLOTS) {
      this.slots[at + count] = n;
      this.counts[endpoint] = count + 1;
      return;
    }
    const set = new Set<number>().add(n);
    for (let k = 0; k < SLOTS; k++) set.add(this.slots[at + k]!);
    this.sets[endpoint] = set;
    this.counts[endpoint] = SLOTS + 1;
  }

  /** Whether no number of this endpoint was added yet. */
  none(endpoint: number): boolean {
    return this.counts[endpoint] === 0;
  }
}
const SLOTS = 4;

/** The hits of one reading: numbers that land on a point their stream has already reached. */
class Hits {
  n = 0;
  // Points each side's stream has reached: the end of every segment, and the start of the
  // first one seen when it is not a SYN (an ACK never names an ISN itself); and what the other
  // side acknowledged of it.
  private readonly reached: PointSets;
  private readonly acked: PointSets;

  constructor(endpoints: number) {
    this.reached = new PointSets(endpoints);
    this.acked = new PointSets(endpoints);
  }

  /** One segment, with its numbers as this reading reads them. */
  see(p: TcpPacket, src: number, dst: number, seq: number | undefined, end: number | undefined, ack: number | undefined) {
    const { reached, acked } = this;
    if (seq !== undefined && (reached.has(src, seq) || acked.has(src, seq))) this.n++;
    if (ack !== undefined && reached.has(dst, ack)) this.n++;
    if (ack !== undefined) acked.add(dst, ack);
    if (seq !== undefined) {
      const syn = p.flags.includes("SYN");
      const fin = p.flags.includes("FIN");
      if (reached.none(src) && !syn) reached.add(src, seq);
      const occupied = p.len + (syn ? 1 : 0) + (fin ? 1 : 0);
      reached.add(src, end !== undefined && !fin && !syn ? end : seqAdd(seq, occupied));
    }
  }
}
