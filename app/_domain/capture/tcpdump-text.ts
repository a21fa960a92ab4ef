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

type Found = { index: number; length: number; src: [string, string]; dst: [string, string]; flags: string };

function findSegment(line: string): Found | null {
  if (line.length > MAX_LINE) return null;
  const mark = line.indexOf(FLAGS_MARK);
  if (mark < 0) return null;
  const close = line.indexOf("]", mark + FLAGS_MARK.length);
  const arrow = line.lastIndexOf(" > ", mark);
  if (close < 0 || arrow < 0) return null;
  const start = line.lastIndexOf(" ", arrow - 1) + 1;
  const src = ENDPOINT.exec(line.slice(start, arrow));
  const dst = ENDPOINT.exec(line.slice(arrow + 3, mark));
  if (!src || !dst) return null;
  return { index: start, length: close + 1 - start, src: [src[1]!, src[2]!], dst: [dst[1]!, dst[2]!], flags: line.slice(mark + FLAGS_MARK.length, close) };
}
const TIME_OF_DAY = /^(\d{1,2}):(\d\d):(\d\d(?:\.\d+)?)\s/;
const INDENTED_CLOCK = /^ +(\d+):(\d\d):(\d\d\.\d+)\s/;
const EPOCH = /^(\d+\.\d+)\s/;
const DATE_TIME = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d(?:\.\d+)?)\s/;

type Clock = "time-of-day" | "elapsed" | "epoch" | "date" | "none";
type Raw = { packet: TcpPacket; seqEnd: number | undefined; clock: Clock; stamp: number | undefined };

export type TextCapture = { packets: TcpPacket[]; lines: number; relative: boolean };

const FLAG_LETTERS: Record<string, number> = { S: 0x02, F: 0x01, P: 0x08, R: 0x04, U: 0x20, ".": 0x10 };

function stampOf(line: string): { clock: Clock; stamp: number } | null {
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

function number(rest: string, pattern: RegExp): number | undefined {
  const m = pattern.exec(rest);
  return m ? Number(m[1]) : undefined;
}

function parseLine(line: string, ref: number, pending: { clock: Clock; stamp: number } | null): Raw | null {
  const m = findSegment(line);
  if (!m) return null;
  let bits = 0;
  for (const ch of m.flags) bits |= FLAG_LETTERS[ch] ?? 0;
  const flags: readonly Flag[] = flagsOf(bits);
  const rest = line.slice(m.index + m.length);
  const seqMatch = /\bseq (\d+)(?::(\d+))?/.exec(rest);
  const packet: TcpPacket = {
    ref,
    time: undefined,
    src: endpointText(...m.src),
    dst: endpointText(...m.dst),
    flags,
    seq: seqMatch ? Number(seqMatch[1]) >>> 0 : undefined,
    ack: flags.includes("ACK") ? number(rest, /\back (\d+)/) : undefined,
    len: number(rest, /\blength (\d+)/) ?? 0,
  };
  const win = number(rest, /\bwin (\d+)/);
  if (win !== undefined) packet.win = win;
  const wscale = number(rest, /\bwscale (\d+)/);
  if (wscale !== undefined) packet.wscale = wscale;
  const sack = /\bsack \d+ ((?:\{\d+:\d+\}\s*)+)/.exec(rest);
  if (sack) packet.sack = [...sack[1]!.matchAll(/\{(\d+):(\d+)\}/g)].map((b) => [Number(b[1]), Number(b[2])] as const);
  const own = stampOf(line);
  const stamp = own ?? pending;
  return { packet, seqEnd: seqMatch?.[2] !== undefined ? Number(seqMatch[2]) : undefined, clock: stamp?.clock ?? "none", stamp: stamp?.stamp };
}

function endpointText(addr: string, port: string): string {
  return addr.includes(":") ? `[${addr}]:${port}` : `${addr}:${port}`;
}

export function readTcpdumpText(text: string): TextCapture {
  const raws: Raw[] = [];
  let pending: { clock: Clock; stamp: number } | null = null;
  let lineNo = 0;
  for (const line of text.split("\n")) {
    lineNo++;
    const raw = parseLine(line.endsWith("\r") ? line.slice(0, -1) : line, lineNo, pending);
    if (raw) {
      raws.push(raw);
      pending = null;
    } else {
      // With -v the timestamp sits on the IP line and the segment on the next, indented one.
      pending = stampOf(line);
    }
  }
  assignTimes(raws);
  const relative = readsAsRelative(raws);
  if (relative) toAbsolute(raws);
  return { packets: raws.map((r) => r.packet), lines: lineNo, relative };
}

function assignTimes(raws: Raw[]) {
  // -ttt prints the time since the previous packet and -ttttt since the first; both look
  // alike, so deltas are recognised by going down somewhere.
  const elapsed = raws.filter((r) => r.clock === "elapsed");
  const deltas = elapsed.some((r, i) => i > 0 && r.stamp! < elapsed[i - 1]!.stamp!);
  let total = 0;
  let day = 0;
  let previous: number | undefined;
  for (const r of raws) {
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
type Bases = Map<string, { base: number | undefined; high: number }>;

function relativeReading(raws: Raw[]): Reading[] {
  const current = new Map<string, Bases>();
  const used: (Bases | undefined)[] = [];
  const lastAbsoluteEnd = new Map<string, number>();
  for (const r of raws) {
    const p = r.packet;
    const key = p.src < p.dst ? `${p.src} ${p.dst}` : `${p.dst} ${p.src}`;
    let bases = current.get(key);
    if (p.flags.includes("ACK") && (!bases || p.flags.includes("SYN"))) {
      bases = new Map([
        [p.src, { base: p.seq ?? lastAbsoluteEnd.get(p.src), high: 0 }],
        [p.dst, { base: p.ack === undefined ? undefined : seqAdd(p.ack, -1), high: 0 }],
      ]);
      current.set(key, bases);
      used.push(undefined);
      continue;
    }
    const mine = bases?.get(p.src);
    if (p.flags.includes("ACK")) {
      if (mine && p.seq !== undefined) mine.high = Math.max(mine.high, (r.seqEnd ?? p.seq) + (p.flags.includes("FIN") ? 1 : 0));
      used.push(bases);
    } else {
      if (mine && mine.base === undefined && p.seq !== undefined && !p.flags.includes("SYN")) mine.base = seqAdd(p.seq, -mine.high);
      if (p.seq !== undefined) lastAbsoluteEnd.set(p.src, seqAdd(p.seq, p.len + (p.flags.includes("SYN") ? 1 : 0) + (p.flags.includes("FIN") ? 1 : 0)));
      used.push(undefined);
    }
  }
  return raws.map((r, i) => {
    const p = r.packet;
    const bases = used[i];
    if (!bases) return { seq: p.seq, end: r.seqEnd, ack: p.ack };
    const mine = bases.get(p.src)?.base ?? 0;
    const theirs = bases.get(p.dst)?.base ?? 0;
    return {
      seq: p.seq === undefined ? undefined : seqAdd(p.seq, mine),
      end: r.seqEnd === undefined ? undefined : seqAdd(r.seqEnd, mine),
      ack: p.ack === undefined ? undefined : seqAdd(p.ack, theirs),
    };
  });
}

/**
 * Counts the numbers each reading places on a point its stream has already reached (a segment's
 * start or end, from either side), and keeps the reading with more: under the wrong one, seq
 * and ack numbers land nowhere near the other segments.
 */
function readsAsRelative(raws: Raw[]): boolean {
  const hits = (reading: Reading[]) => {
    // Points each side's stream has reached: the end of every segment, and the start of the
    // first one seen when it is not a SYN (an ACK never names an ISN itself); and what the other
    // side acknowledged of it.
    const reached = new Map<string, Set<number>>();
    const acked = new Map<string, Set<number>>();
    const of = (m: Map<string, Set<number>>, side: string) => m.get(side) ?? m.set(side, new Set()).get(side)!;
    let n = 0;
    raws.forEach((r, i) => {
      const p = r.packet;
      const { seq, end, ack } = reading[i]!;
      if (seq !== undefined && (of(reached, p.src).has(seq) || of(acked, p.src).has(seq))) n++;
      if (ack !== undefined && of(reached, p.dst).has(ack)) n++;
      if (ack !== undefined) of(acked, p.dst).add(ack);
      if (seq !== undefined) {
        const points = of(reached, p.src);
        if (points.size === 0 && !p.flags.includes("SYN")) points.add(seq);
        const occupied = p.len + (p.flags.includes("SYN") ? 1 : 0) + (p.flags.includes("FIN") ? 1 : 0);
        points.add(end !== undefined && !p.flags.includes("FIN") && !p.flags.includes("SYN") ? end : seqAdd(seq, occupied));
      }
    });
    return n;
  };
  return hits(relativeReading(raws)) > hits(raws.map((r) => ({ seq: r.packet.seq, end: r.seqEnd, ack: r.packet.ack })));
}

function toAbsolute(raws: Raw[]) {
  relativeReading(raws).forEach((reading, i) => {
    const r = raws[i]!;
    r.packet.seq = reading.seq;
    r.packet.ack = reading.ack;
    r.seqEnd = reading.end;
  });
}
