import type { Side } from "../tcp/segment";
import { seqAdd, segmentLength } from "../tcp/segment";
import { seqLe, seqLt } from "../tcp/machine";
import type { TcpPacket } from "./packet";

/**
 * Which captured segments never reached their receiver: a capture point sees a segment that
 * the network drops further on. Two signs, read ahead in the capture:
 * - a segment is retransmitted and nothing in between acknowledged (or SACKed) it: the first
 *   copy was lost;
 * - a segment is retransmitted although the peer had already acknowledged it: that
 *   acknowledgement was lost (the simulator's "lost final ACK").
 * Returns the positions (in `packets`) of the lost ones.
 */
export function lostAfterCapture(packets: readonly TcpPacket[], sides: readonly Side[]): ReadonlySet<number> {
  if (!resends(packets, sides)) return NOTHING_LOST;
  // Most connections lose nothing: they share one empty set (a capture has tens of thousands).
  let lost: Set<number> | undefined;
  const high: Record<Side, number | undefined> = { client: undefined, server: undefined };
  const outstanding: Record<Side, { seq: number; end: number; i: number; bareSyn: boolean }[]> = { client: [], server: [] };
  const acks: Record<Side, { ack: number; i: number }[]> = { client: [], server: [] };
  // Where each side last sent from a sequence number: one map for both sides.
  const sentAt = new Map<number, number>();
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i]!;
    const s = sides[i]!;
    const r: Side = s === "client" ? "server" : "client";
    if (p.ack !== undefined) {
      const ack = p.ack;
      const waiting = outstanding[r];
      while (waiting.length && seqLe(waiting[0]!.end, ack)) waiting.shift();
      if (p.sack) outstanding[r] = waiting.filter((o) => !seqLe(o.end, ack) && !p.sack!.some(([a, b]) => seqLe(a, o.seq) && seqLe(o.end, b)));
      acks[s].push({ ack, i });
      if (acks[s].length > 64) acks[s].shift();
    }
    const occupied = segmentLength(p.flags, p.len);
    if (occupied === 0 || p.seq === undefined || p.flags.includes("RST")) continue;
    const end = seqAdd(p.seq, occupied);
    const seen = high[s];
    if (seen !== undefined && seqLt(p.seq, seen)) {
      // In a simultaneous open a side repeats its SYN with an ACK because the peer's SYN came,
      // not because its own was lost.
      const simultaneous = p.flags.includes("SYN") && p.flags.includes("ACK");
      const covered = outstanding[s].filter((o) => seqLe(p.seq!, o.seq) && seqLt(o.seq, end) && !(simultaneous && o.bareSyn));
      for (const o of covered) (lost ??= new Set()).add(o.i);
      outstanding[s] = outstanding[s].filter((o) => !covered.includes(o));
      if (covered.length === 0 && !simultaneous) {
        const first = sentAt.get(sentKey(s, p.seq)) ?? -1;
        const acked = acks[r].filter((a) => a.i > first && seqLe(end, a.ack)).at(-1);
        if (acked) (lost ??= new Set()).add(acked.i);
      }
      sentAt.set(sentKey(s, p.seq), i);
    } else {
      outstanding[s].push({ seq: p.seq, end, i, bareSyn: p.flags.includes("SYN") && !p.flags.includes("ACK") });
      // A capture of one direction only never sees ACKs: keep the search bounded.
      if (outstanding[s].length > 4096) outstanding[s].shift();
      sentAt.set(sentKey(s, p.seq), i);
      high[s] = end;
    }
  }
  return lost ?? NOTHING_LOST;
}

const NOTHING_LOST: ReadonlySet<number> = new Set();

/**
 * Whether a side ever sends numbers below the highest it sent before: only then can a segment
 * show as lost. Most connections never do, and this finds that without building anything.
 */
function resends(packets: readonly TcpPacket[], sides: readonly Side[]): boolean {
  let client: number | undefined;
  let server: number | undefined;
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i]!;
    const occupied = segmentLength(p.flags, p.len);
    if (occupied === 0 || p.seq === undefined || p.flags.includes("RST")) continue;
    const seen = sides[i] === "client" ? client : server;
    if (seen !== undefined && seqLt(p.seq, seen)) return true;
    const end = seqAdd(p.seq, occupied);
    if (sides[i] === "client") client = end;
    else server = end;
  }
  return false;
}

/** A side's sequence number as a key of one map for both sides: the server's moved above 2^32. */
const sentKey = (s: Side, seq: number) => (s === "client" ? seq : seq + 2 ** 32);
