import { seqAdd, segmentLength, type Flag } from "./segment";
import type { TcpState } from "./states";

/**
 * One endpoint's connection state and send/receive variables (RFC 9293 §3.3.1). A number is
 * undefined until it is known: a scenario that starts ESTABLISHED lets the learner's first
 * segment choose it, as any consistent choice is right.
 */
export type Endpoint = {
  state: TcpState;
  sndNxt?: number;
  /** Oldest sequence number we sent that is not yet acknowledged. */
  sndUna?: number;
  rcvNxt?: number;
  /** The peer's ISN, learned from its SYN. */
  irs?: number;
  /** Sequence number of our SYN (our ISS) / FIN, to recognise their acknowledgement and retransmit them. */
  synSeq?: number;
  finSeq?: number;
};

export type Segment = { flags: readonly Flag[]; seq: number; ack: number | undefined; len: number };

const SYNCHRONIZED: TcpState[] = ["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"];
export const isSynchronized = (s: TcpState) => SYNCHRONIZED.includes(s);

/** The state after the endpoint sends a segment (user calls are folded in: SYN = open, FIN = close). */
export function afterSend(e: Endpoint, seg: Segment, retransmit: boolean): Endpoint {
  const has = (f: Flag) => seg.flags.includes(f);
  const next: Endpoint = { ...e };
  if (!retransmit && !has("RST")) next.sndNxt = seqAdd(seg.seq, segmentLength(seg.flags, seg.len));
  if (has("SYN")) next.synSeq = seg.seq;
  if (next.sndUna === undefined || (has("SYN") && !retransmit)) next.sndUna = seg.seq;
  if (has("FIN")) next.finSeq = seg.seq;
  if (has("SYN") && e.state === "CLOSED") next.state = "SYN-SENT"; // active open
  if (has("FIN")) {
    if (e.state === "ESTABLISHED") next.state = "FIN-WAIT-1"; // close, RFC 9293 §3.10.4
    else if (e.state === "CLOSE-WAIT") next.state = "LAST-ACK";
  }
  return next;
}

/** The state after the endpoint receives and processes a segment (RFC 9293 §3.10.7). */
export function afterReceive(e: Endpoint, seg: Segment): Endpoint {
  const has = (f: Flag) => seg.flags.includes(f);
  const next: Endpoint = { ...e };
  const acks = (sent: number | undefined) => has("ACK") && sent !== undefined && seg.ack === seqAdd(sent, 1);
  if (has("RST")) {
    if (e.state === "SYN-SENT" && acks(e.synSeq)) next.state = "CLOSED";
    else if (e.state !== "LISTEN" && e.state !== "CLOSED") next.state = "CLOSED";
    return next;
  }
  // SYN-SENT drops a segment whose ACK does not cover our SYN (and would answer it with RST),
  // so nothing it carries is learned (RFC 9293 §3.10.7.3).
  if (e.state === "SYN-SENT" && has("ACK") && !acks(e.synSeq)) return next;
  const isDuplicate = e.rcvNxt !== undefined && isSynchronized(e.state) && seg.seq !== e.rcvNxt && has("FIN");
  if (!isDuplicate && (has("SYN") || has("FIN") || seg.len > 0)) next.rcvNxt = seqAdd(seg.seq, segmentLength(seg.flags, seg.len));
  if (has("SYN")) next.irs = seg.seq;
  if (has("ACK") && seg.ack !== undefined && acksNew(e, seg.ack)) next.sndUna = seg.ack;
  switch (e.state) {
    case "LISTEN":
      if (has("SYN") && !has("ACK")) next.state = "SYN-RECEIVED";
      break;
    case "SYN-SENT":
      if (has("SYN") && acks(e.synSeq)) next.state = "ESTABLISHED";
      else if (has("SYN")) next.state = "SYN-RECEIVED"; // simultaneous open
      break;
    case "SYN-RECEIVED":
      if (acks(e.synSeq)) next.state = "ESTABLISHED";
      break;
    case "ESTABLISHED":
      if (has("FIN")) next.state = "CLOSE-WAIT";
      break;
    case "FIN-WAIT-1":
      if (has("FIN") && acks(e.finSeq)) next.state = "TIME-WAIT";
      else if (has("FIN")) next.state = "CLOSING"; // simultaneous close
      else if (acks(e.finSeq)) next.state = "FIN-WAIT-2";
      break;
    case "FIN-WAIT-2":
      if (has("FIN")) next.state = "TIME-WAIT";
      break;
    case "CLOSING":
      if (acks(e.finSeq)) next.state = "TIME-WAIT";
      break;
    case "LAST-ACK":
      if (acks(e.finSeq)) next.state = "CLOSED";
      break;
    default:
      // TIME-WAIT re-acknowledges a retransmitted FIN and restarts 2MSL; CLOSED answers with RST.
      break;
  }
  return next;
}

/** SND.UNA < SEG.ACK =< SND.NXT in 32-bit sequence space (RFC 9293 §3.4, §3.10.7.4). */
function acksNew(e: Endpoint, ack: number): boolean {
  if (e.sndUna === undefined || e.sndNxt === undefined) return false;
  return seqLt(e.sndUna, ack) && seqLe(ack, e.sndNxt);
}

/** a < b modulo 2^32: the signed 32-bit difference decides, as sequence numbers wrap. */
export function seqLt(a: number, b: number): boolean {
  return ((b - a) | 0) > 0;
}
export function seqLe(a: number, b: number): boolean {
  return a === b || seqLt(a, b);
}

/**
 * What a CLOSED endpoint answers to a segment (RFC 9293 §3.10.7.1): nothing to a RST; to a
 * segment without ACK, RST+ACK with seq 0 acknowledging all of it; otherwise RST with seq = SEG.ACK.
 */
export function resetFor(seg: Segment): Segment | null {
  if (seg.flags.includes("RST")) return null;
  if (!seg.flags.includes("ACK") || seg.ack === undefined) return { flags: ["RST", "ACK"], seq: 0, ack: seqAdd(seg.seq, segmentLength(seg.flags, seg.len)), len: 0 };
  return { flags: ["RST"], seq: seg.ack, ack: undefined, len: 0 };
}

/** The 2MSL timer: only TIME-WAIT has it (RFC 9293 §3.10.8). */
export function afterTimeout(e: Endpoint): Endpoint {
  return e.state === "TIME-WAIT" ? { state: "CLOSED" } : e;
}
