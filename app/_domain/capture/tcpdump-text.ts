import { seqAdd } from "../tcp/segment";
import type { Flag } from "../tcp/segment";
import { flagsOf, type TcpPacket } from "./packet";

// Reads the text tcpdump prints: one line per segment, or with -v an IP line followed by an
// indented TCP line. Timestamps in any of tcpdump's styles (default time of day, -tt epoch
// seconds, -ttt deltas, -tttt date and time, -ttttt since the first packet, -t none). Sequence
// numbers absolute (-S) or relative; which one is decided by which reading fits the capture.

// "127.0.0.1.40000 > 127.0.0.1.3380: Flags [S.]"; IPv6 addresses have no dots, so the port is
// after the last one. Ports may be service names when -n was left out.
const SEGMENT = /([^\s>]+)\.([\w-]+) > ([^\s>]+)\.([\w-]+): Flags \[([^\]]*)\]/;
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
  const m = SEGMENT.exec(line);
  if (!m) return null;
  let bits = 0;
  for (const ch of m[5]!) bits |= FLAG_LETTERS[ch] ?? 0;
  const flags: readonly Flag[] = flagsOf(bits);
  const rest = line.slice(m.index + m[0].length);
  const seqMatch = /\bseq (\d+)(?::(\d+))?/.exec(rest);
  const packet: TcpPacket = {
    ref,
    time: undefined,
    src: endpointText(m[1]!, m[2]!),
    dst: endpointText(m[3]!, m[4]!),
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
 * SYN+ACK) with absolute numbers and stores each direction's base from it: the sender's seq,
 * and the receiver's from ack - 1. Later segments print seq and ack minus those bases.
 */
function relativeBases(raws: Raw[], apply: boolean, score?: (r: Raw, seq: number | undefined, end: number | undefined, ack: number | undefined) => void) {
  const bases = new Map<string, Map<string, number>>();
  for (const r of raws) {
    const p = r.packet;
    let { seq, ack } = p;
    let end = r.seqEnd;
    if (p.flags.includes("ACK")) {
      const key = p.src < p.dst ? `${p.src} ${p.dst}` : `${p.dst} ${p.src}`;
      const base = bases.get(key);
      if (!base || p.flags.includes("SYN")) {
        // A pure ACK prints no seq, so its direction's base stays unknown: numbers stay as printed.
        bases.set(key, new Map([[p.src, seq ?? 0], [p.dst, ack === undefined ? 0 : seqAdd(ack, -1)]]));
      } else {
        const mine = base.get(p.src) ?? 0;
        const theirs = base.get(p.dst) ?? 0;
        if (seq !== undefined) seq = seqAdd(seq, mine);
        if (end !== undefined) end = seqAdd(end, mine);
        if (ack !== undefined) ack = seqAdd(ack, theirs);
      }
    }
    score?.(r, seq, end, ack);
    if (apply) {
      p.seq = seq;
      p.ack = ack;
      r.seqEnd = end;
    }
  }
}

/** Counts how often each reading continues a stream where it left off, and keeps the better. */
function readsAsRelative(raws: Raw[]): boolean {
  const tally = () => {
    const next = new Map<string, number>();
    let hits = 0;
    const fn = (r: Raw, seq: number | undefined, end: number | undefined, ack: number | undefined) => {
      const p = r.packet;
      if (seq !== undefined && next.get(p.src) === seq) hits++;
      if (ack !== undefined && next.get(p.dst) === ack) hits++;
      if (seq !== undefined) {
        const occupied = p.len + (p.flags.includes("SYN") ? 1 : 0) + (p.flags.includes("FIN") ? 1 : 0);
        next.set(p.src, end !== undefined && !p.flags.includes("FIN") && !p.flags.includes("SYN") ? end : seqAdd(seq, occupied));
      }
    };
    return { fn, hits: () => hits };
  };
  const absolute = tally();
  for (const r of raws) absolute.fn(r, r.packet.seq, r.seqEnd, r.packet.ack);
  const relative = tally();
  relativeBases(raws, false, relative.fn);
  return relative.hits() > absolute.hits();
}

function toAbsolute(raws: Raw[]) {
  relativeBases(raws, true);
}
