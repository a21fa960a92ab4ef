import type { Locale } from "../tcp/messages";
import type { Flag, Side } from "../tcp/segment";
import type { TcpState } from "../tcp/states";
import { eachConnection, readCapture, timeSpan, type Analysis, type SegmentsRead, type SocketsAnalysis } from "./analyse";
import { explainAnomaly } from "./explain";
import type { AnomalyCode, InferredConnection, RowBuilder } from "./infer";
import { Sentences } from "./sentences";
import { countStates, explainSocket, type StateCount } from "./socket-table";

// The shape POST /api/captures/explain answers with and the capture screen draws: plain data
// with every explanation already in the learner's language. Segment and anomaly indexes count
// from 1 within their connection; `packet` is the position in the whole capture.

export type SegmentReport = {
  index: number;
  packet: number;
  time: number | null;
  from: Side;
  flags: Flag[];
  seq: number;
  ack: number | null;
  len: number;
  lost: boolean;
  client: TcpState;
  server: TcpState;
  explanation: string;
};

export type AnomalyReport = { code: AnomalyCode; index: number; side: Side; message: string };

export type ConnectionReport = {
  id: number;
  client: string;
  server: string;
  /** "a-b" when the capture starts mid-connection and who opened it is unknown. */
  roles: "client-server" | "a-b";
  initial: Record<Side, TcpState>;
  isn: Record<Side, number | null>;
  segments: SegmentReport[];
  final: Record<Side, TcpState>;
  anomalies: AnomalyReport[];
};

export type SocketReport = { line: number; local: string; peer: string; state: TcpState; process: string | null; explanation: string };

export type SegmentsSummary = {
  format: "pcap" | "pcapng" | "tcpdump";
  units: number;
  segments: number;
  connections: number;
  relative: boolean;
  anomalies: Partial<Record<AnomalyCode, number>>;
};
export type SocketsSummary = { sockets: number; states: StateCount[] };

export type CaptureReport =
  | { kind: "segments"; connections: ConnectionReport[]; sockets: []; summary: SegmentsSummary }
  | { kind: "sockets"; connections: []; sockets: SocketReport[]; summary: SocketsSummary };

// The order people say flags in ("SYN+ACK", "FIN+ACK"), not the header's bit order.
const SPOKEN: Flag[] = ["SYN", "FIN", "RST", "PSH", "ACK", "URG"];
// Flag lists are shared per combination by the readers, so their spoken order is computed once each.
const SPOKEN_OF = new WeakMap<readonly Flag[], Flag[]>();
function spoken(flags: readonly Flag[]): Flag[] {
  let out = SPOKEN_OF.get(flags);
  if (!out) SPOKEN_OF.set(flags, (out = [...flags].sort((a, b) => SPOKEN.indexOf(a) - SPOKEN.indexOf(b))));
  return out;
}
const micro = (t: number) => Math.round(t * 1e6) / 1e6;

/**
 * `maxBytes` defaults to the 10 MB cap; only a benchmark has reason to lift it. The same report
 * as reportCapture(analyseCapture(input)), but each connection is reported as soon as the
 * model has run over it, so the model's rows never pile up for the whole capture.
 */
export function explainCapture(input: string | Uint8Array, locale: Locale, maxBytes?: number): CaptureReport {
  const read = readCapture(input, maxBytes);
  if (read.kind === "sockets") return reportSockets(read, locale);
  const connections: ConnectionReport[] = [];
  // The model's rows are the report's own: one row per segment, built as the model steps.
  eachConnection(read.packets, {}, segmentRow(timeSpan(read.packets).start, new Sentences(locale)), (c, id) =>
    connections.push(reportConnection(c, id, locale)),
  );
  return segmentsReport(read, connections);
}

export function reportCapture(analysis: Analysis, l: Locale): CaptureReport {
  if (analysis.kind === "sockets") return reportSockets(analysis, l);
  const row = segmentRow(analysis.start, new Sentences(l));
  return segmentsReport(
    analysis,
    analysis.connections.map((c, i) => reportConnection({ ...c, segments: c.segments.map((s, k) => row(s, k, c)) }, i + 1, l)),
  );
}

function reportSockets(analysis: SocketsAnalysis, l: Locale): CaptureReport {
  const byPair = new Map(analysis.sockets.map((s) => [`${s.local} ${s.peer}`, s.state]));
  return {
    kind: "sockets",
    connections: [],
    sockets: analysis.sockets.map((s) => ({
      line: s.line,
      local: s.local,
      peer: s.peer,
      state: s.state,
      process: s.process ?? null,
      explanation: explainSocket(s, l, byPair.get(`${s.peer} ${s.local}`)),
    })),
    summary: { sockets: analysis.sockets.length, states: countStates(analysis.sockets, l) },
  };
}

function segmentsReport(read: Pick<SegmentsRead, "format" | "units" | "relative">, connections: ConnectionReport[]): CaptureReport {
  const anomalies: Partial<Record<AnomalyCode, number>> = {};
  let segments = 0;
  for (const c of connections) {
    segments += c.segments.length;
    for (const a of c.anomalies) anomalies[a.code] = (anomalies[a.code] ?? 0) + 1;
  }
  return {
    kind: "segments",
    connections,
    sockets: [],
    summary: { format: read.format, units: read.units, segments, connections: connections.length, relative: read.relative, anomalies },
  };
}

/** A segment's row of the report, time counted from the capture's `start`; `sentences` are this report's (in its one locale). */
function segmentRow(start: number | undefined, sentences: Sentences): RowBuilder<SegmentReport> {
  return (s, i, c) => ({
    index: i + 1,
    packet: s.ref,
    time: s.time === undefined || start === undefined ? null : micro(s.time - start),
    from: s.from,
    flags: spoken(s.flags),
    seq: s.seq,
    ack: s.ack ?? null,
    len: s.len,
    lost: s.lost,
    client: s.client,
    server: s.server,
    explanation: sentences.of(s, c),
  });
}

function reportConnection(c: InferredConnection<SegmentReport>, id: number, l: Locale): ConnectionReport {
  return {
    id,
    client: c.client,
    server: c.server,
    roles: c.roles ? "client-server" : "a-b",
    initial: c.initial,
    isn: { client: c.isn.client ?? null, server: c.isn.server ?? null },
    segments: c.segments,
    final: c.final,
    anomalies: c.anomalies.map((a) => ({ code: a.code, index: a.index + 1, side: a.side, message: explainAnomaly(a, c, l) })),
  };
}
