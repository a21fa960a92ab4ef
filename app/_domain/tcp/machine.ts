import { seqAdd, segmentLength, type Flag } from "./segment";
import type { TcpState } from "./states";

/**
 * One endpoint's connection state and send/receive variables (RFC 9293 §3.3.1). A number is
 * undefined until it is known: a scenario that starts ESTABLISHED lets the learner's first
 * segment choose it, as any consistent choice is right.
 */
export type Endpoint = {
  state: TcpState;
  sndNxt?: number | undefined;
  /** Oldest sequence number we sent that is not yet acknowledged: an ACK is new when SND.UNA < SEG.ACK =< SND.NXT. */
  sndUna?: number | undefined;
  rcvNxt?: number | undefined;
  /** The peer's ISN, learned from its SYN (the grader names an ack that forgets the SYN's one number). */
  irs?: number | undefined;
  /** Sequence number of our SYN (our ISS) / FIN, to retransmit them and to recognise the FIN's acknowledgement. */
  synSeq?: number | undefined;
  finSeq?: number | undefined;
  /** Reached SYN-RECEIVED from LISTEN (a passive open): a reset sends it back to LISTEN (RFC 9293 §3.5, MUST-11). */
  passive?: boolean | undefined;
  /**
   * A connection reopened from TIME-WAIT must number its new SYN above everything the old
   * incarnation used: this is the old SND.NXT (RFC 9293 §3.6.1, MAY-2 (1)).
   */
  minIss?: number | undefined;
};

export type Segment = { flags: readonly Flag[]; seq: number; ack: number | undefined; len: number };

const SYNCHRONIZED: ReadonlySet<TcpState> = new Set(["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"]);
export const isSynchronized = (s: TcpState) => SYNCHRONIZED.has(s);

/**
 * An endpoint in `state` with the numbers it knows. Every endpoint is built whole, with all
 * its fields in this order (a field not known yet is there, undefined): a capture runs the
 * model over a hundred thousand segments, and objects of one shape, rather than copies that
 * grow a field at a time, keep that fast.
 */
export function endpoint(state: TcpState, e: Omit<Endpoint, "state"> = {}): Endpoint {
  return { state, sndNxt: e.sndNxt, sndUna: e.sndUna, rcvNxt: e.rcvNxt, irs: e.irs, synSeq: e.synSeq, finSeq: e.finSeq, passive: e.passive, minIss: e.minIss };
}

/**
 * `e` made an endpoint in `state` that knows no numbers, in place: what every connection
 * becomes when it closes or aborts (no TCB, RFC 9293 §3.3.2), and what a passive open sent
 * back to LISTEN keeps.
 */
export function emptyEndpoint(e: Endpoint, state: TcpState): Endpoint {
  e.state = state;
  e.sndNxt = e.sndUna = e.rcvNxt = e.irs = e.synSeq = e.finSeq = e.minIss = undefined;
  e.passive = undefined;
  return e;
}

/** Copies every field of `from` into `into` (and returns `into`). */
export function copyEndpoint(into: Endpoint, from: Endpoint): Endpoint {
  into.state = from.state;
  into.sndNxt = from.sndNxt;
  into.sndUna = from.sndUna;
  into.rcvNxt = from.rcvNxt;
  into.irs = from.irs;
  into.synSeq = from.synSeq;
  into.finSeq = from.finSeq;
  into.passive = from.passive;
  into.minIss = from.minIss;
  return into;
}

const has = (seg: Segment, f: Flag) => seg.flags.includes(f);

/**
 * The state after the endpoint sends a segment (user calls are folded in: SYN = open, FIN =
 * close, RST = abort). Aborting deletes the TCB at once, with no TIME-WAIT (RFC 9293 §3.10.5).
 */
export function afterSend(e: Endpoint, seg: Segment, retransmit: boolean): Endpoint {
  const next = endpoint(e.state, e);
  applySend(next, seg, retransmit);
  return next;
}

/**
 * The state after the endpoint receives and processes a segment (RFC 9293 §3.10.7). A
 * connection that reaches CLOSED loses its TCB, so nothing of it carries into a later one.
 */
export function afterReceive(e: Endpoint, seg: Segment): Endpoint {
  const next = endpoint(e.state, e);
  applyReceive(next, seg);
  return next;
}

/**
 * afterSend and afterReceive written into the endpoint itself, for a caller that steps one
 * endpoint per side through a whole capture: a new object per segment is most of what a run
 * over a hundred thousand segments would allocate. The simulator keeps the pure forms above.
 */
export function applySend(e: Endpoint, seg: Segment, retransmit: boolean): void {
  if (has(seg, "RST")) {
    if (e.state !== "LISTEN") emptyEndpoint(e, "CLOSED");
    return;
  }
  const syn = has(seg, "SYN");
  const fin = has(seg, "FIN");
  if (syn && e.state === "CLOSED") e.state = "SYN-SENT"; // active open
  if (fin && e.state === "ESTABLISHED")
    e.state = "FIN-WAIT-1"; // close, RFC 9293 §3.10.4
  else if (fin && e.state === "CLOSE-WAIT") e.state = "LAST-ACK";
  if (e.sndUna === undefined || (syn && !retransmit)) e.sndUna = seg.seq;
  if (!retransmit) e.sndNxt = seqAdd(seg.seq, segmentLength(seg.flags, seg.len));
  if (syn) e.synSeq = seg.seq;
  if (fin) e.finSeq = seg.seq;
}

/** See applySend: afterReceive written into the endpoint itself. */
export function applyReceive(e: Endpoint, seg: Segment): void {
  arrive(e, seg);
  if (e.state === "CLOSED") emptyEndpoint(e, "CLOSED");
}

/** Whether a segment acknowledges exactly the number after `sent` (our SYN or FIN). */
const acks = (seg: Segment, sent: number | undefined) => has(seg, "ACK") && sent !== undefined && seg.ack === seqAdd(sent, 1);

function arrive(e: Endpoint, seg: Segment): void {
  const syn = has(seg, "SYN");
  const fin = has(seg, "FIN");
  const ackFlag = has(seg, "ACK");
  // An ACK is acceptable when SND.UNA < SEG.ACK =< SND.NXT (RFC 9293 §3.10.7.3, §3.10.7.4):
  // before synchronizing, exactly when it covers our SYN.
  const ack = seg.ack;
  const acceptable = ackFlag && ack !== undefined && acksNew(e, ack);
  if (has(seg, "RST")) return resetArrives(e, seg, acceptable);
  // A SYN that arrives for a connection in TIME-WAIT may open a new incarnation at once when
  // its sequence number lies above everything the old one received; anything else is an old
  // duplicate and TIME-WAIT goes on (RFC 9293 §3.6.1, MAY-2; the Berkeley rule Linux follows
  // when no timestamps are present).
  if (e.state === "TIME-WAIT" && syn && !ackFlag) {
    if (e.rcvNxt === undefined || !seqLt(e.rcvNxt, seg.seq)) return;
    copyEndpoint(e, endpoint("SYN-RECEIVED", { passive: true, irs: seg.seq, rcvNxt: seqAdd(seg.seq, 1), minIss: e.sndNxt }));
    return;
  }
  // LISTEN acts only on a SYN without ACK (§3.10.7.2), and SYN-SENT only on a SYN whose ACK,
  // if any, covers our SYN (§3.10.7.3); anything else is dropped (some earn a RST) and teaches
  // them nothing.
  if (e.state === "LISTEN" && (!syn || ackFlag)) return;
  if (e.state === "SYN-SENT" && (!syn || (ackFlag && !acceptable))) return;
  const isDuplicate = e.rcvNxt !== undefined && isSynchronized(e.state) && seg.seq !== e.rcvNxt && fin;
  if (!isDuplicate && (syn || fin || seg.len > 0)) e.rcvNxt = seqAdd(seg.seq, segmentLength(seg.flags, seg.len));
  if (acceptable) e.sndUna = ack;
  if (syn) e.irs = seg.seq;
  switch (e.state) {
    case "LISTEN": // a SYN without ACK, the only segment that reaches here
      e.state = "SYN-RECEIVED";
      e.passive = true;
      break;
    case "SYN-SENT": // a SYN, with an acceptable ACK or without one (a simultaneous open)
      e.state = acceptable ? "ESTABLISHED" : "SYN-RECEIVED";
      break;
    case "SYN-RECEIVED":
      if (acceptable) e.state = "ESTABLISHED";
      break;
    case "ESTABLISHED":
      if (fin) e.state = "CLOSE-WAIT";
      break;
    case "FIN-WAIT-1":
      if (fin && acks(seg, e.finSeq)) e.state = "TIME-WAIT";
      else if (fin)
        e.state = "CLOSING"; // simultaneous close
      else if (acks(seg, e.finSeq)) e.state = "FIN-WAIT-2";
      break;
    case "FIN-WAIT-2":
      if (fin) e.state = "TIME-WAIT";
      break;
    case "CLOSING":
      if (acks(seg, e.finSeq)) e.state = "TIME-WAIT";
      break;
    case "LAST-ACK":
      if (acks(seg, e.finSeq)) e.state = "CLOSED";
      break;
    case "CLOSE-WAIT": // waits for our own close
    case "TIME-WAIT": // re-acknowledges a retransmitted FIN and restarts 2MSL
    case "CLOSED": // answers with RST
      break;
  }
}

/**
 * Whether a synchronized endpoint takes a RST with this sequence number: only at exactly
 * RCV.NXT (the RFC 5961 check RFC 9293 §3.10.7.4 adopts: any other in-window RST earns a
 * challenge ACK, so a blind guess cannot reset the connection). An endpoint whose RCV.NXT is
 * not known yet, or that is not synchronized, has no such check (its own rules follow).
 */
export function acceptsReset(e: Endpoint, seq: number): boolean {
  return e.rcvNxt === undefined || !isSynchronized(e.state) || seq === e.rcvNxt;
}

/**
 * A reset (RFC 9293 §3.10.7.3, §3.10.7.4). In SYN-SENT it counts only when its ACK is
 * acceptable (it acknowledges our SYN): one without ACK, or acknowledging anything else, is
 * dropped, so an old duplicate cannot abort a connection being opened. In a synchronized state
 * it counts only at exactly RCV.NXT (acceptsReset). LISTEN and CLOSED ignore a RST.
 * SYN-RECEIVED reached by a passive open goes back to LISTEN.
 */
function resetArrives(e: Endpoint, seg: Segment, ackAcceptable: boolean): void {
  switch (e.state) {
    case "LISTEN":
    case "CLOSED":
      return;
    case "SYN-SENT":
      if (ackAcceptable) emptyEndpoint(e, "CLOSED");
      return;
    case "SYN-RECEIVED":
      emptyEndpoint(e, e.passive ? "LISTEN" : "CLOSED");
      return;
    case "ESTABLISHED":
    case "FIN-WAIT-1":
    case "FIN-WAIT-2":
    case "CLOSE-WAIT":
    case "CLOSING":
    case "LAST-ACK":
    case "TIME-WAIT":
      if (acceptsReset(e, seg.seq)) emptyEndpoint(e, "CLOSED");
      return;
  }
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
  if (!seg.flags.includes("ACK") || seg.ack === undefined)
    return { flags: ["RST", "ACK"], seq: 0, ack: seqAdd(seg.seq, segmentLength(seg.flags, seg.len)), len: 0 };
  return { flags: ["RST"], seq: seg.ack, ack: undefined, len: 0 };
}

/**
 * Which timer fires at an endpoint in this state: TIME-WAIT's 2MSL timer, or else the
 * retransmission timer of a segment still unacknowledged (RFC 9293 §3.8.1, §3.10.8).
 */
export function timerIn(state: TcpState): "2msl" | "retransmission" {
  return state === "TIME-WAIT" ? "2msl" : "retransmission";
}

/**
 * A timer fires (RFC 9293 §3.10.8). The 2MSL timer ends TIME-WAIT; a retransmission timeout
 * changes no state: the segment sent again is a step of its own.
 */
export function afterTimeout(e: Endpoint): Endpoint {
  return timerIn(e.state) === "2msl" ? endpoint("CLOSED") : e;
}
