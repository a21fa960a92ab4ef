import {
  acceptsReset,
  afterTimeout,
  applyReceive,
  applySend,
  copyEndpoint,
  emptyEndpoint,
  endpoint,
  isSynchronized,
  seqLe,
  seqLt,
  type Endpoint,
  type Segment,
} from "../tcp/machine";
import { other, seqAdd, segmentLength, type Flag, type Side } from "../tcp/segment";
import type { TcpState } from "../tcp/states";
import { lostAfterCapture } from "./loss";
import type { TcpPacket } from "./packet";

// Runs the simulator's RFC 9293 model (tcp/machine.ts) over one connection as a capture shows
// it. The model says what each side does with a segment it receives; what this file adds is
// what a capture point cannot see directly:
// - a segment seen but lost on its way (loss.ts), which its receiver never processes;
// - a segment the capture missed (a gap in one side's numbers, or an ACK of numbers never seen);
// - segments that crossed (one side sent before the other's segment arrived, as its ACK shows);
// - what the receiver accepts: only the next expected data (RCV.NXT), queued out-of-order data,
//   nothing outside its window, and a RST only at exactly RCV.NXT (RFC 9293 §3.10.7.4).

/** Linux holds TIME-WAIT for 60 s (TCP_TIMEWAIT_LEN); RFC 9293 leaves 2MSL to the implementation. */
export const TWO_MSL_SECONDS = 60;
/** The passive closer counts as holding CLOSE-WAIT after this long without calling close(). */
export const CLOSE_WAIT_SECONDS = 1;

export type AnomalyCode = "refused" | "reset" | "close-wait-held" | "retransmission" | "lost-segment" | "out-of-window" | "time-wait-reuse";

export type Anomaly =
  | { code: "refused"; index: number; side: Side; port: string }
  | { code: "reset"; index: number; side: Side; state: TcpState }
  | { code: "close-wait-held"; index: number; side: Side; seconds: number; closedAt: number | null }
  | { code: "retransmission"; index: number; side: Side; first: number | null; what: "SYN" | "FIN" | "data"; from: number; to: number }
  | { code: "lost-segment"; index: number; side: Side; how: "after-capture" | "gap" | "unseen"; from: number; to: number; resentAt: number | null }
  | { code: "out-of-window"; index: number; side: Side; rst: boolean; inWindow: boolean; seq: number; rcvNxt: number; window: number | null }
  | { code: "time-wait-reuse"; index: number; side: Side; previous: number; seconds: number | null };

/** Notes that say nothing beyond their kind. */
const BARE = [
  "ack-syn",
  "ack-fin",
  "fin",
  "dup-ack",
  "keepalive",
  "lost",
  "crossed",
  "duplicate",
  "queued",
  "out-of-window",
  "challenge-ack",
  "simultaneous-open",
] as const;
type BareNote = { kind: (typeof BARE)[number] };

/** What a segment does, in the order an explanation tells it. Numbers are relative. */
export type Note =
  | { kind: "syn" | "syn-ack"; isn: number }
  | BareNote
  | { kind: "data"; from: number; to: number }
  | { kind: "ack-data"; upTo: number }
  | { kind: "rst"; outcome: "refuse" | "abort" | "ignored" | "stray" }
  | { kind: "retransmission"; first: number | null }
  | { kind: "window-update"; window: number }
  | { kind: "gap"; from: number; to: number }
  | { kind: "unseen"; from: number; to: number };

export type InferredSegment = {
  ref: number;
  time: number | undefined;
  from: Side;
  flags: readonly Flag[];
  /** Relative to the sender's ISN (its SYN is 0, its first byte 1); ack relative to the receiver's. */
  seq: number;
  ack: number | undefined;
  len: number;
  lost: boolean;
  client: TcpState;
  server: TcpState;
  notes: Note[];
  changes: { side: Side; from: TcpState; to: TcpState }[];
};

/** Who the two ends of a connection are, known before the model runs over it. */
export type ConnectionEnds = {
  client: string;
  server: string;
  /** false when the capture starts mid-connection: "client" is then only the side drawn on the left. */
  roles: boolean;
};

export type InferredConnection<Row = InferredSegment> = ConnectionEnds & {
  initial: Record<Side, TcpState>;
  isn: Partial<Record<Side, number>>;
  segments: Row[];
  final: Record<Side, TcpState>;
  anomalies: Anomaly[];
  /** When a side entered TIME-WAIT, to recognise a new SYN on the same 4-tuple (seconds, capture clock). */
  timeWait: { side: Side; time: number | undefined } | null;
  start: number | undefined;
};

/**
 * Builds what a connection keeps of one segment from the run's view of it. The view is one
 * scratch object that the run fills again for the next segment (its notes and changes too), so
 * a builder reads what it needs at once and keeps none of it: the report builds its own row
 * and sentence from it directly, rather than from a copy made for every segment first.
 */
export type RowBuilder<Row> = (view: InferredSegment, index: number, ends: ConnectionEnds) => Row;

// Most segments change no state: they share one empty list (a capture has 100,000 rows).
const NO_CHANGES: InferredSegment["changes"] = Object.freeze([]) as unknown as InferredSegment["changes"];
const NO_NOTES: Note[] = Object.freeze([]) as unknown as Note[];
// A note that is only its kind is one object shared by every row that has it (frozen, so that
// no row can change it for all).
const NOTE = Object.fromEntries(BARE.map((kind) => [kind, Object.freeze({ kind })])) as Record<BareNote["kind"], BareNote>;

/** How far ahead a search for "sent again" or "more data later" looks, so a capture full of gaps stays linear. */
const LOOKAHEAD = 2000;

const EPHEMERAL = 32768;

function port(endpoint: string): number {
  return Number(endpoint.slice(endpoint.lastIndexOf(":") + 1)) || 0;
}

/** Who is the client: the sender of the first SYN, else a guess by port for a capture that starts mid-connection. */
function roles(packets: readonly TcpPacket[]): { client: string; server: string; known: boolean } {
  const first = packets[0]!;
  const syn = packets.find((p) => p.flags.includes("SYN"));
  if (syn && !syn.flags.includes("ACK")) return { client: syn.src, server: syn.dst, known: true };
  if (syn) return { client: syn.dst, server: syn.src, known: true };
  const [a, b] = [first.src, first.dst];
  const server = port(a) < EPHEMERAL && port(b) >= EPHEMERAL ? a : b;
  return { client: server === a ? b : a, server, known: false };
}

/** The row analyseCapture keeps: a copy of the view. */
export const keepSegment: RowBuilder<InferredSegment> = (v) => ({
  ref: v.ref,
  time: v.time,
  from: v.from,
  flags: v.flags,
  seq: v.seq,
  ack: v.ack,
  len: v.len,
  lost: v.lost,
  client: v.client,
  server: v.server,
  notes: v.notes.length === 0 ? NO_NOTES : v.notes.slice(),
  changes: v.changes.length === 0 ? NO_CHANGES : v.changes.map((c) => ({ side: c.side, from: c.from, to: c.to })),
});

export type InferOptions = {
  /** The states before the first segment, when known from elsewhere (a simulator scenario's premise). */
  initial?: Record<Side, TcpState>;
  /** The capture's last timestamp: CLOSE-WAIT and TIME-WAIT still open at the end are measured to it. */
  captureEnd?: number | undefined;
};

export function inferConnection(packets: readonly TcpPacket[], options?: InferOptions): InferredConnection;
export function inferConnection<Row>(packets: readonly TcpPacket[], options: InferOptions, row: RowBuilder<Row>): InferredConnection<Row>;
export function inferConnection(
  packets: readonly TcpPacket[],
  options: InferOptions = {},
  row: RowBuilder<unknown> = keepSegment,
): InferredConnection<unknown> {
  const who = roles(packets);
  // Loops rather than closures over `who` and `sides`, which would make every connection
  // allocate a context for them.
  const sides = new Array<Side>(packets.length);
  for (let i = 0; i < packets.length; i++) sides[i] = packets[i]!.src === who.client ? "client" : "server";
  const lost = lostAfterCapture(packets, sides);
  const run = new Run(packets, sides, lost, { client: who.client, server: who.server, roles: who.known }, options.captureEnd, row);
  const first = packets[0]!;
  const fromServer = sides.indexOf("server");
  const firstServer = fromServer < 0 ? undefined : packets[fromServer];
  if (options.initial) {
    run.start(options.initial.client, options.initial.server);
  } else if (first.flags.includes("SYN") && !first.flags.includes("ACK")) {
    const serverState: TcpState = firstServer?.flags.includes("RST")
      ? "CLOSED"
      : firstServer?.flags.includes("SYN") && !firstServer.flags.includes("ACK")
        ? "SYN-SENT"
        : "LISTEN";
    run.start("CLOSED", serverState);
  } else if (first.flags.includes("SYN") && first.ack !== undefined) {
    // The capture missed the SYN: the SYN+ACK tells the client's ISN.
    const isn = seqAdd(first.ack, -1);
    const { client, server } = run.start("SYN-SENT", "SYN-RECEIVED");
    client.synSeq = client.sndUna = isn;
    client.sndNxt = first.ack;
    server.irs = isn;
    server.rcvNxt = first.ack;
    run.bySide.client.high = first.ack;
    run.bySide.client.base = isn;
  } else {
    run.start("ESTABLISHED", "ESTABLISHED");
  }
  const initial = { client: run.ep.client.state, server: run.ep.server.state };
  for (let i = 0; i < packets.length; i++) run.step(i);
  return run.finish(initial);
}

/** An arrival that moved RCV.NXT: the receiver as it stood before, and the segment. */
type Delivery = { before: Endpoint; seg: Segment };

/**
 * One side's recent arrivals that moved RCV.NXT, oldest first, at most HISTORY of them. The
 * run changes its endpoints in place, so each entry holds copies, in objects kept from one
 * connection to the next: the oldest entry is overwritten once the list is full.
 */
class Deliveries {
  private readonly entries: Delivery[] = [];
  private first = 0;
  length = 0;

  at(k: number): Delivery {
    return this.entries[(this.first + k) % HISTORY]!;
  }

  add(before: Endpoint, seg: Segment) {
    // Once full, the oldest entry's objects take the newest.
    const slot = (this.first + this.length) % HISTORY;
    if (this.length < HISTORY) this.length++;
    else this.first = (this.first + 1) % HISTORY;
    const entry = (this.entries[slot] ??= { before: endpoint("CLOSED"), seg: { flags: [], seq: 0, ack: undefined, len: 0 } });
    copyEndpoint(entry.before, before);
    copySegment(entry.seg, seg);
  }

  clear() {
    this.first = 0;
    this.length = 0;
  }
}
const HISTORY = 16;

/**
 * Recent first copies of what one side sent, to name the original of a retransmission: only
 * the last FIRST_COPIES are searched, as a retransmission is of data still in flight. Three
 * arrays of numbers rather than an object per copy, kept from one connection to the next.
 */
class FirstCopies {
  private readonly seq = new Float64Array(FIRST_COPIES);
  private readonly end = new Float64Array(FIRST_COPIES);
  private readonly index = new Float64Array(FIRST_COPIES);
  private length = 0;

  add(seq: number, end: number, i: number) {
    if (this.length === FIRST_COPIES) {
      for (const numbers of [this.seq, this.end, this.index]) numbers.copyWithin(0, 1);
      this.length--;
    }
    this.seq[this.length] = seq;
    this.end[this.length] = end;
    this.index[this.length++] = i;
  }

  /** Where the first copy of `seq` was sent, or null when none of the recent ones holds it. */
  find(seq: number): number | null {
    for (let k = 0; k < this.length; k++) if (seqLe(this.seq[k]!, seq) && seqLt(seq, this.end[k]!)) return this.index[k]!;
    return null;
  }

  clear() {
    this.length = 0;
  }
}
const FIRST_COPIES = 512;

/**
 * What a run keeps of one side beside the model's endpoint. Fields of one object rather than
 * one map per field keyed by side: every segment reads most of them. There are two, one per
 * side, cleared for each connection rather than built anew (a capture has tens of thousands).
 */
class SideRecord {
  /** The end of the highest numbers seen from this side. */
  high: number | undefined = undefined;
  /** Relative numbers count from here: the ISN, or just before the first number seen. */
  base: number | undefined = undefined;
  /** The receive window this side advertised last (scaled), when known. */
  window: number | undefined = undefined;
  /** The window scale its SYN offered, -1 for none. */
  scale: number | undefined = undefined;
  lastAck: number | undefined = undefined;
  lastWin: number | undefined = undefined;
  /** Out-of-order data waiting for the hole before it. */
  queue: Segment[] = [];
  /** Recent arrivals that moved RCV.NXT, to replay when a segment turns out to have crossed. */
  readonly history = new Deliveries();
  readonly firstSent = new FirstCopies();
  closeWait: { index: number; since: number | undefined; acked: boolean; finEnd: number } | undefined = undefined;

  clear() {
    this.high = this.base = this.window = this.scale = this.lastAck = this.lastWin = undefined;
    if (this.queue.length > 0) this.queue = [];
    this.history.clear();
    this.firstSent.clear();
    this.closeWait = undefined;
  }
}

const BOTH_SIDES: readonly Side[] = ["client", "server"];

/** The two sides' records and endpoints, for one run after another (runs never overlap, as VIEW below says). */
const SIDES: Record<Side, SideRecord> = { client: new SideRecord(), server: new SideRecord() };
const ENDPOINTS: Record<Side, Endpoint> = { client: endpoint("CLOSED"), server: endpoint("CLOSED") };
/** Where deliver keeps the receiver as it stood before an arrival, until it knows whether the arrival counts. */
const BEFORE: Endpoint = endpoint("CLOSED");
/** The segment being stepped through, as the model sees it, and what arrives of it (see arrival). */
const SENT: Segment = { flags: [], seq: 0, ack: undefined, len: 0 };
const ARRIVAL: Segment = { flags: [], seq: 0, ack: undefined, len: 0 };

/**
 * The segment being stepped through, as a row builder sees it, and the entries of its changes
 * (one per side): one set for every run, as runs never overlap (a run steps through its
 * segments at once, and the builder keeps nothing of the view), so the tens of thousands of
 * connections in a large capture do not build one each.
 */
const VIEW: InferredSegment = {
  ref: 0,
  time: undefined,
  from: "client",
  flags: [],
  seq: 0,
  ack: undefined,
  len: 0,
  lost: false,
  client: "CLOSED",
  server: "CLOSED",
  notes: [],
  changes: [],
};
const CHANGE: Record<Side, InferredSegment["changes"][number]> = {
  client: { side: "client", from: "CLOSED", to: "CLOSED" },
  server: { side: "server", from: "CLOSED", to: "CLOSED" },
};

class Run {
  /** The model's endpoints, changed in place as the run steps (one pair for every run). */
  readonly ep = ENDPOINTS;
  readonly bySide = SIDES;
  timeWait: { side: Side; time: number | undefined } | null = null;
  anomalies: Anomaly[] = [];
  /** One row per segment, at its exact size: a report holds these arrays for tens of thousands of connections. */
  readonly rows: unknown[];
  /** Who sent the previous segment, and whether it was a RST its receiver ignored (a challenge ACK answers one). */
  previousFrom: Side | undefined = undefined;
  previousIgnoredReset = false;
  /** Where each segment lost after the capture point starts (absolute), for its anomaly at the end; most connections lose none. */
  lostStart: Map<number, number> | undefined = undefined;

  constructor(
    readonly packets: readonly TcpPacket[],
    readonly sides: readonly Side[],
    readonly lost: ReadonlySet<number>,
    readonly ends: ConnectionEnds,
    readonly captureEnd: number | undefined,
    readonly row: RowBuilder<unknown>,
  ) {
    this.rows = new Array(packets.length);
  }

  /** Starts the run with its endpoints in these states, and nothing kept of the run before; returns the endpoints. */
  start(client: TcpState, server: TcpState): Record<Side, Endpoint> {
    emptyEndpoint(this.ep.client, client);
    emptyEndpoint(this.ep.server, server);
    this.bySide.client.clear();
    this.bySide.server.clear();
    return this.ep;
  }

  ahead(i: number, match: (q: TcpPacket, k: number) => boolean): number {
    for (let k = i + 1; k < Math.min(this.packets.length, i + 1 + LOOKAHEAD); k++) if (match(this.packets[k]!, k)) return k;
    return -1;
  }

  rel(side: Side, n: number): number {
    return seqAdd(n, -(this.bySide[side].base ?? 0));
  }

  step(i: number) {
    const p = this.packets[i]!;
    const s = this.sides[i]!;
    const r = other(s);
    const sender = this.bySide[s];
    const receiver = this.bySide[r];
    // Notes are gathered in the view's one scratch list: a capture has a hundred thousand rows,
    // most with one or two notes, and a builder copies them only if it keeps them.
    const view = VIEW;
    const notes = empty(view.notes);
    const beforeClient = this.ep.client.state;
    const beforeServer = this.ep.server.state;
    // The flags once per segment, not a search of the list for every question asked of it.
    const flags = p.flags;
    const syn = flags.includes("SYN");
    const fin = flags.includes("FIN");
    const rst = flags.includes("RST");
    const ackFlag = flags.includes("ACK");
    const seq = p.seq ?? this.ep[s].sndNxt ?? sender.high ?? 0;
    const occupied = p.len + (syn ? 1 : 0) + (fin ? 1 : 0);
    const end = seqAdd(seq, occupied);
    const seg = SENT;
    seg.flags = p.flags;
    seg.seq = seq;
    seg.ack = p.ack;
    seg.len = p.len;

    // Bases for relative numbers: the ISN when the SYN is seen, else just before the first number seen.
    if (sender.base === undefined) sender.base = syn || rst ? seq : seqAdd(seq, -1);
    if (p.ack !== undefined && receiver.base === undefined) receiver.base = seqAdd(p.ack, -1);
    if (p.ack !== undefined && receiver.high === undefined) receiver.high = p.ack;

    if (syn) notes.push({ kind: ackFlag ? "syn-ack" : "syn", isn: seq });
    if (p.len > 0) {
      const first = seqAdd(seq, syn ? 1 : 0);
      notes.push({ kind: "data", from: this.rel(s, first), to: this.rel(s, seqAdd(first, p.len - 1)) });
    }
    if (fin) notes.push(NOTE.fin);

    // What the sender's numbers say about segments the capture saw or missed.
    const high = sender.high;
    const retransmit = occupied > 0 && high !== undefined && seqLt(seq, high) && !rst;
    // A side that repeats its SYN with ACK has seen the peer's SYN: a simultaneous open (RFC 9293 §3.5).
    const simultaneous = retransmit && syn && ackFlag && this.ep[s].state === "SYN-RECEIVED";
    if (simultaneous) notes.push(NOTE["simultaneous-open"]);
    else if (retransmit) {
      const first = this.firstCopy(s, seq);
      notes.push({ kind: "retransmission", first });
      this.anomalies.push({
        code: "retransmission",
        index: i,
        side: s,
        first,
        what: syn ? "SYN" : p.len > 0 ? "data" : "FIN",
        from: this.rel(s, seq),
        to: this.rel(s, end),
      });
    } else if (occupied > 0 && !rst) sender.firstSent.add(seq, end, i);
    if (high !== undefined && seqLt(high, seq) && !rst && !syn) {
      notes.push({ kind: "gap", from: this.rel(s, high), to: this.rel(s, seq) });
      const resent = this.sentAgain(i, s, high);
      this.anomalies.push({
        code: "lost-segment",
        index: i,
        side: s,
        how: "gap",
        from: this.rel(s, high),
        to: this.rel(s, seq),
        resentAt: resent < 0 ? null : resent,
      });
    }
    if (occupied > 0 || sender.high === undefined) sender.high = high === undefined || seqLt(high, end) ? end : high;

    // An ACK of numbers the capture never saw from the peer: the capture missed a segment that
    // arrived. Replayed here so the receiver's state follows.
    const peerHigh = receiver.high;
    if (p.ack !== undefined && peerHigh !== undefined && seqLt(peerHigh, p.ack) && !rst) {
      const missing = (p.ack - peerHigh) >>> 0;
      if (missing < 2 ** 24) {
        notes.push({ kind: "unseen", from: this.rel(r, peerHigh), to: this.rel(r, p.ack) });
        this.anomalies.push({ code: "lost-segment", index: i, side: r, how: "unseen", from: this.rel(r, peerHigh), to: this.rel(r, p.ack), resentAt: null });
        this.replayMissed(i, r, peerHigh, missing);
      } else {
        notes.push(NOTE["out-of-window"]);
        this.anomalies.push({
          code: "out-of-window",
          index: i,
          side: s,
          rst: false,
          inWindow: false,
          seq: this.rel(s, seq),
          rcvNxt: this.rel(s, this.ep[r].rcvNxt ?? seq),
          window: receiver.window ?? null,
        });
        seg.ack = undefined;
        seg.flags = p.flags.filter((f) => f !== "ACK");
      }
    }

    // The sender first. A segment whose ACK lags what its sender has received was sent before
    // that data arrived (the two crossed): replay those arrivals after the send.
    // A reset closes its sender (an abortive close, RFC 9293 §3.10.5), unless the receiver must
    // ignore it, as it must a forged one: then nothing says its named sender sent it at all. A
    // listening socket that resets a stray segment goes on listening.
    const lost = this.lost.has(i);
    if (rst) {
      if ((lost || acceptsReset(this.ep[r], seg.seq)) && this.ep[s].state !== "LISTEN") emptyEndpoint(this.ep[s], "CLOSED");
    } else if (this.crossing(s, seg)) notes.push(NOTE.crossed);
    else {
      this.seed(s, r, seg);
      applySend(this.ep[s], seg, retransmit);
    }

    this.describeAck(s, r, seg, p, notes);

    // Then the receiver, unless the segment was lost after the capture point.
    if (lost) notes.push(NOTE.lost);
    else this.receive(i, s, r, seg, notes);

    // Window scaling is in force only when both SYNs offered it (RFC 7323 §2.2); a capture that
    // missed the SYNs cannot know the scale, so windows are then left unknown.
    if (syn) sender.scale = p.wscale === undefined ? -1 : Math.min(p.wscale, 14);
    if (p.win !== undefined) {
      const mine = sender.scale;
      const theirs = receiver.scale;
      const known = syn || (mine !== undefined && theirs !== undefined);
      const shift = syn || mine === -1 || theirs === -1 ? 0 : (mine ?? 0);
      if (known) sender.window = p.win * 2 ** shift;
    }
    this.track(i, s, r, p, seg);

    const client = this.ep.client.state;
    const server = this.ep.server.state;
    const changes = empty(view.changes);
    if (client !== beforeClient) changes.push(this.changed("client", beforeClient, client));
    if (server !== beforeServer) changes.push(this.changed("server", beforeServer, server));
    if (lost) (this.lostStart ??= new Map()).set(i, seq);
    // Relative numbers: both bases are known by now (each is set by the first segment that needs it, and never changes).
    view.ref = p.ref;
    view.time = p.time;
    view.from = s;
    view.flags = p.flags;
    view.seq = this.rel(s, seq);
    view.ack = p.ack === undefined ? undefined : this.rel(r, p.ack);
    view.len = p.len;
    view.lost = lost;
    view.client = client;
    view.server = server;
    this.rows[i] = this.row(view, i, this.ends);
    this.previousFrom = s;
    this.previousIgnoredReset = hasIgnoredReset(notes);
  }

  /**
   * Where `s` later sends the number `high` (the start of a gap), or -1. A method of its own:
   * in step, the search's closure would make every call allocate a context for what it reads.
   */
  sentAgain(i: number, s: Side, high: number): number {
    return this.ahead(
      i,
      (q, k) => this.sides[k] === s && q.seq !== undefined && seqLe(q.seq, high) && seqLt(high, seqAdd(q.seq, segmentLength(q.flags, q.len))),
    );
  }

  /** Where `s` sends the start of a segment lost after the capture point again, or -1 (a method of its own for the reason sentAgain is). */
  lostSentAgain(i: number, s: Side, start: number): number {
    return this.ahead(
      i,
      (q, k) => this.sides[k] === s && q.seq !== undefined && seqLe(q.seq, start) && seqLt(start, seqAdd(q.seq, Math.max(1, segmentLength(q.flags, q.len)))),
    );
  }

  changed(side: Side, from: TcpState, to: TcpState): InferredSegment["changes"][number] {
    const change = CHANGE[side];
    change.from = from;
    change.to = to;
    return change;
  }

  /** The first copy of what a retransmission sends again, among the recent first copies. */
  firstCopy(s: Side, seq: number): number | null {
    return this.bySide[s].firstSent.find(seq);
  }

  /** As the simulator's grader does: a side seen first mid-connection learns its numbers from its first segment. */
  seed(s: Side, r: Side, seg: Segment) {
    if (seg.ack === undefined) return;
    const peer = this.ep[r];
    if (peer.sndNxt === undefined && isSynchronized(peer.state)) peer.sndNxt = peer.sndUna = seg.ack;
    const e = this.ep[s];
    if (e.rcvNxt === undefined && isSynchronized(e.state)) e.rcvNxt = seg.ack;
  }

  crossing(s: Side, seg: Segment): boolean {
    const e = this.ep[s];
    if (seg.ack === undefined || e.rcvNxt === undefined || !seqLt(seg.ack, e.rcvNxt)) return false;
    const past = this.bySide[s].history;
    // Where the receiver stood before each arrival (the arrival's own seq, if it was the first).
    const stood = (d: Delivery) => d.before.rcvNxt ?? d.seg.seq;
    let from = 0;
    for (; from < past.length; from++) {
      const d = past.at(from);
      if (seqLe(seg.ack, stood(d)) && seqLt(seg.ack, seqAdd(d.seg.seq, segmentLength(d.seg.flags, d.seg.len)))) break;
    }
    if (from === past.length || stood(past.at(from)) !== seg.ack) return false;
    // Sent from where it stood before those arrivals, which then arrive again after it.
    copyEndpoint(e, past.at(from).before);
    applySend(e, seg, false);
    for (let k = from; k < past.length; k++) {
      const d = past.at(k);
      copyEndpoint(d.before, e);
      applyReceive(e, d.seg);
    }
    return true;
  }

  describeAck(s: Side, r: Side, seg: Segment, p: TcpPacket, notes: Note[]) {
    if (seg.ack === undefined || p.flags.includes("RST")) return;
    const peer = this.ep[r];
    const sender = this.bySide[s];
    const last = sender.lastAck;
    const advanced = last === undefined || seqLt(last, seg.ack);
    const syn = p.flags.includes("SYN");
    if (advanced) {
      if (peer.synSeq !== undefined && seg.ack === seqAdd(peer.synSeq, 1) && !syn) notes.push(NOTE["ack-syn"]);
      else if (peer.finSeq !== undefined && seg.ack === seqAdd(peer.finSeq, 1)) notes.push(NOTE["ack-fin"]);
      else if (!syn && last !== undefined) notes.push({ kind: "ack-data", upTo: this.rel(r, seg.ack) });
    } else if (p.len === 0 && !syn && !p.flags.includes("FIN")) {
      const e = this.ep[s];
      if (e.sndNxt !== undefined && seg.seq === seqAdd(e.sndNxt, -1)) notes.push(NOTE.keepalive);
      else if (this.previousFrom === r && this.previousIgnoredReset) notes.push(NOTE["challenge-ack"]);
      else if (p.win !== undefined && sender.lastWin !== undefined && p.win !== sender.lastWin)
        notes.push({ kind: "window-update", window: p.win * 2 ** Math.max(0, sender.scale ?? 0) });
      else notes.push(NOTE["dup-ack"]);
    }
    sender.lastAck = advanced ? seg.ack : last;
    if (p.win !== undefined) sender.lastWin = p.win;
  }

  receive(i: number, s: Side, r: Side, seg: Segment, notes: Note[]) {
    const e = this.ep[r];
    const occupied = segmentLength(seg.flags, seg.len);
    if (seg.flags.includes("RST")) return this.receiveReset(i, s, r, seg, notes);
    if (!isSynchronized(e.state) || e.rcvNxt === undefined) return this.deliver(r, seg);
    const next = e.rcvNxt;
    const window = this.bySide[r].window ?? 2 ** 30;
    const end = seqAdd(seg.seq, occupied);
    // Beyond the window it advertised, or so far behind that it cannot be a late duplicate.
    const outside = occupied > 0 ? seqLe(seqAdd(next, Math.max(window, 1)), seg.seq) || ((next - end) | 0) > 2 ** 30 : Math.abs((seg.seq - next) | 0) > 2 ** 30;
    if (outside) {
      notes.push(NOTE["out-of-window"]);
      this.anomalies.push({
        code: "out-of-window",
        index: i,
        side: s,
        rst: false,
        inWindow: false,
        seq: this.rel(s, seg.seq),
        rcvNxt: this.rel(s, next),
        window: this.bySide[r].window ?? null,
      });
      return;
    }
    if (occupied === 0) return this.deliver(r, arrival(seg.flags, next, seg.ack, seg.len));
    if (seqLe(end, next)) {
      // Already received: only its ACK counts (Linux processes the ACK of a duplicate).
      notes.push(NOTE.duplicate);
      return this.deliver(r, ackOnly(seg, next));
    }
    if (seqLt(next, seg.seq)) {
      notes.push(NOTE.queued);
      this.bySide[r].queue.push(copySegment({ flags: [], seq: 0, ack: undefined, len: 0 }, seg));
      if (this.bySide[r].queue.length > 1024) this.bySide[r].queue.shift();
      return this.deliver(r, ackOnly(seg, next));
    }
    this.deliver(r, trim(seg, next));
    this.drain(r);
  }

  receiveReset(i: number, s: Side, r: Side, seg: Segment, notes: Note[]) {
    const e = this.ep[r];
    if (!acceptsReset(e, seg.seq)) {
      const window = this.bySide[r].window ?? 0;
      const inWindow = seqLe(e.rcvNxt!, seg.seq) && seqLt(seg.seq, seqAdd(e.rcvNxt!, Math.max(window, 1)));
      notes.push({ kind: "rst", outcome: "ignored" });
      this.anomalies.push({
        code: "out-of-window",
        index: i,
        side: s,
        rst: true,
        inWindow,
        seq: this.rel(s, seg.seq),
        rcvNxt: this.rel(s, e.rcvNxt!),
        window: this.bySide[r].window ?? null,
      });
      return;
    }
    const was = e.state;
    this.deliver(r, seg);
    if (was === "SYN-SENT" && this.ep[r].state === "CLOSED") {
      notes.push({ kind: "rst", outcome: "refuse" });
      this.anomalies.push({ code: "refused", index: i, side: s, port: s === "client" ? this.ends.client : this.ends.server });
    } else if (was !== "CLOSED" && was !== "LISTEN" && was !== this.ep[r].state) {
      notes.push({ kind: "rst", outcome: "abort" });
      this.anomalies.push({ code: "reset", index: i, side: s, state: was });
    } else notes.push({ kind: "rst", outcome: "stray" });
  }

  deliver(r: Side, seg: Segment) {
    const e = this.ep[r];
    copyEndpoint(BEFORE, e);
    applyReceive(e, seg);
    if (e.rcvNxt !== BEFORE.rcvNxt) this.bySide[r].history.add(BEFORE, seg);
  }

  /** Out-of-order data queued at the receiver, delivered once the hole before it is filled. */
  drain(r: Side) {
    if (this.bySide[r].queue.length === 0) return;
    for (let progress = true; progress;) {
      progress = false;
      const next = this.ep[r].rcvNxt!;
      this.bySide[r].queue = this.bySide[r].queue.filter((q) => seqLt(next, seqAdd(q.seq, segmentLength(q.flags, q.len))));
      const ready = this.bySide[r].queue.find((q) => seqLe(q.seq, next));
      if (ready) {
        this.bySide[r].queue = this.bySide[r].queue.filter((q) => q !== ready);
        this.deliver(r, trim(ready, next));
        progress = true;
      }
    }
  }

  /** A segment the capture missed but the peer acknowledged: one FIN when a single number is missing and the side later sends no data, else data. */
  replayMissed(i: number, r: Side, from: number, missing: number) {
    const s = other(r);
    const laterData = this.ahead(i, (q, k) => this.sides[k] === r && q.len > 0 && q.seq !== undefined && seqLe(seqAdd(from, missing), q.seq)) >= 0;
    const fin = missing === 1 && this.ep[r].finSeq === undefined && !laterData;
    const seg: Segment = { flags: fin ? ["FIN", "ACK"] : ["ACK"], seq: from, ack: this.ep[r].rcvNxt, len: fin ? 0 : missing };
    applySend(this.ep[r], seg, false);
    this.bySide[r].high = seqAdd(from, missing);
    if (isSynchronized(this.ep[s].state) && this.ep[s].rcvNxt !== undefined && seqLt(this.ep[s].rcvNxt, from)) return;
    this.deliver(s, this.ep[s].rcvNxt !== undefined && isSynchronized(this.ep[s].state) ? trim(seg, this.ep[s].rcvNxt) : seg);
    this.drain(s);
  }

  /** CLOSE-WAIT held open and TIME-WAIT entered, measured on the capture's clock. */
  track(i: number, s: Side, r: Side, p: TcpPacket, seg: Segment) {
    this.entered(i, s, p.time);
    this.entered(i, r, p.time);
    const cw = this.bySide[s].closeWait;
    if (cw && !cw.acked && seg.ack !== undefined && seqLe(cw.finEnd, seg.ack)) Object.assign(cw, { acked: true, index: i, since: p.time ?? cw.since });
    this.leftCloseWait(i, "client", p.time);
    this.leftCloseWait(i, "server", p.time);
  }

  entered(i: number, side: Side, time: number | undefined) {
    const state = this.ep[side].state;
    if (state === "CLOSE-WAIT" && !this.bySide[side].closeWait)
      this.bySide[side].closeWait = { index: i, since: time, acked: false, finEnd: this.ep[side].rcvNxt! };
    if (state === "TIME-WAIT" && this.timeWait?.side !== side) this.timeWait = { side, time };
  }

  leftCloseWait(i: number, side: Side, time: number | undefined) {
    const open = this.bySide[side].closeWait;
    if (open && open.index >= 0 && this.ep[side].state !== "CLOSE-WAIT") {
      this.heldCloseWait(side, open, time, i);
      open.index = -1;
    }
  }

  heldCloseWait(side: Side, cw: { index: number; since: number | undefined }, until: number | undefined, closedAt: number | null) {
    if (cw.since === undefined || until === undefined) return;
    const seconds = until - cw.since;
    if (seconds > CLOSE_WAIT_SECONDS) this.anomalies.push({ code: "close-wait-held", index: cw.index, side, seconds, closedAt });
  }

  /** The ISNs (bases) known, a side left out when nothing of it was seen. */
  isn(): Partial<Record<Side, number>> {
    const isn: Partial<Record<Side, number>> = {};
    if (this.bySide.client.base !== undefined) isn.client = this.bySide.client.base;
    if (this.bySide.server.base !== undefined) isn.server = this.bySide.server.base;
    return isn;
  }

  finish(initial: Record<Side, TcpState>): InferredConnection<unknown> {
    for (const side of BOTH_SIDES) {
      const cw = this.bySide[side].closeWait;
      if (cw && cw.index >= 0 && this.ep[side].state === "CLOSE-WAIT") this.heldCloseWait(side, cw, this.captureEnd, null);
    }
    const final = { client: this.ep.client.state, server: this.ep.server.state };
    // TIME-WAIT that outlived 2MSL before the capture ended has closed.
    const tw = this.timeWait;
    if (tw && tw.time !== undefined && this.captureEnd !== undefined && this.captureEnd - tw.time >= TWO_MSL_SECONDS && final[tw.side] === "TIME-WAIT") {
      final[tw.side] = afterTimeout(this.ep[tw.side]).state;
    }
    // Lost-after-capture segments are anomalies too: where the loss shows, and when it was sent again.
    // (Most connections lose nothing, and then build no iterator over the empty set.)
    if (this.lost.size > 0)
      for (const i of this.lost) {
        const s = this.sides[i]!;
        const start = this.lostStart!.get(i)!;
        const end = seqAdd(start, segmentLength(this.packets[i]!.flags, this.packets[i]!.len));
        const resent = this.lostSentAgain(i, s, start);
        this.anomalies.push({
          code: "lost-segment",
          index: i,
          side: s,
          how: "after-capture",
          from: this.rel(s, start),
          to: this.rel(s, end),
          resentAt: resent < 0 ? null : resent,
        });
      }
    this.anomalies.sort((a, b) => a.index - b.index);
    return {
      client: this.ends.client,
      server: this.ends.server,
      roles: this.ends.roles,
      initial,
      isn: this.isn(),
      segments: this.rows,
      final,
      anomalies: this.anomalies,
      timeWait: this.timeWait,
      start: this.packets[0]!.time,
    };
  }
}

/**
 * The list emptied by popping, for the next segment to fill: `length = 0` would drop its backing
 * store, and the first push would then allocate a new one, for every segment of the capture.
 */
function empty<T>(list: T[]): T[] {
  while (list.length > 0) list.pop();
  return list;
}

/** A loop rather than notes.some(…): it runs for every segment. */
function hasIgnoredReset(notes: readonly Note[]): boolean {
  for (let k = 0; k < notes.length; k++) {
    const n = notes[k]!;
    if (n.kind === "rst" && n.outcome === "ignored") return true;
  }
  return false;
}

/**
 * What arrives of a segment, in one scratch object filled again for each: deliver, which takes
 * it, copies whatever it keeps.
 */
function arrival(flags: readonly Flag[], seq: number, ack: number | undefined, len: number): Segment {
  ARRIVAL.flags = flags;
  ARRIVAL.seq = seq;
  ARRIVAL.ack = ack;
  ARRIVAL.len = len;
  return ARRIVAL;
}

function copySegment(into: Segment, from: Segment): Segment {
  into.flags = from.flags;
  into.seq = from.seq;
  into.ack = from.ack;
  into.len = from.len;
  return into;
}

const ACK_ONLY: readonly Flag[] = Object.freeze(["ACK"]);
const NO_FLAGS: readonly Flag[] = Object.freeze([]);

function ackOnly(seg: Segment, next: number): Segment {
  return arrival(seg.flags.includes("ACK") ? ACK_ONLY : NO_FLAGS, next, seg.ack, 0);
}

/** The part of a segment from `next` on: data already received and a SYN before it are dropped. */
function trim(seg: Segment, next: number): Segment {
  if (seg.seq === next) return seg;
  const skip = (next - seg.seq) >>> 0;
  const synSkipped = seg.flags.includes("SYN") ? 1 : 0;
  return arrival(synSkipped ? seg.flags.filter((f) => f !== "SYN") : seg.flags, next, seg.ack, Math.max(0, seg.len - (skip - synSkipped)));
}
