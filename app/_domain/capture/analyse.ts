import { groupConnections } from "./connections";
import { CaptureTooLargeError, EmptyCaptureError, MAX_CAPTURE_BYTES, NoTcpError, NotACaptureError } from "./errors";
import { inferConnection, keepSegment, TWO_MSL_SECONDS, type InferOptions, type InferredConnection, type RowBuilder } from "./infer";
import type { TcpPacket } from "./packet";
import { looksLikeCaptureFile, readCaptureFile } from "./pcap";
import { readSocketTable, type Socket } from "./sockets";
import { readTcpdumpText } from "./tcpdump-text";

export type SegmentsAnalysis = {
  kind: "segments";
  format: "pcap" | "pcapng" | "tcpdump";
  /** Frames in a file, lines of text. */
  units: number;
  relative: boolean;
  connections: InferredConnection[];
  start: number | undefined;
};
export type SocketsAnalysis = { kind: "sockets"; sockets: Socket[]; lines: number };
export type Analysis = SegmentsAnalysis | SocketsAnalysis;

/** A capture of segments as read, before the model runs over its connections. */
export type SegmentsRead = Omit<SegmentsAnalysis, "kind" | "connections" | "start"> & { kind: "packets"; packets: TcpPacket[] };

type AnalyseOptions = Pick<InferOptions, "initial"> & { maxBytes?: number };

/**
 * Reads a capture as the learner gave it (pasted text, or a file's bytes) and explains it.
 * Throws a CaptureError for anything that is not a capture we can read; nothing is kept.
 */
export function analyseCapture(input: string | Uint8Array, options: AnalyseOptions = {}): Analysis {
  const read = readCapture(input, options.maxBytes);
  if (read.kind === "sockets") return read;
  const connections: InferredConnection[] = [];
  eachConnection(read.packets, options, keepSegment, (c) => connections.push(c));
  return { kind: "segments", format: read.format, units: read.units, relative: read.relative, connections, start: timeSpan(read.packets).start };
}

/** Reads the input into packets or sockets, or throws a CaptureError saying what was expected. */
export function readCapture(input: string | Uint8Array, max = MAX_CAPTURE_BYTES): SegmentsRead | SocketsAnalysis {
  if (typeof input !== "string") {
    if (input.length > max) throw new CaptureTooLargeError(input.length);
    if (input.length === 0) throw new EmptyCaptureError();
    if (looksLikeCaptureFile(input)) {
      const file = readCaptureFile(input);
      if (file.packets.length === 0) throw new NoTcpError(file.frames);
      return { kind: "packets", format: file.format, units: file.frames, relative: false, packets: file.packets };
    }
    if (!isText(input)) throw new NotACaptureError("");
    input = new TextDecoder().decode(input);
  } else if (input.length > max / 3 && new TextEncoder().encode(input).length > max) {
    throw new CaptureTooLargeError(new TextEncoder().encode(input).length);
  }
  if (input.trim() === "") throw new EmptyCaptureError();
  const text = readTcpdumpText(input);
  if (text.packets.length > 0) return { kind: "packets", format: "tcpdump", units: text.lines, relative: text.relative, packets: text.packets };
  const sockets = readSocketTable(input);
  if (sockets.length > 0) return { kind: "sockets", sockets, lines: text.lines };
  const first = input
    .split("\n")
    .find((l) => l.trim() !== "")!
    .trim();
  throw new NotACaptureError(first.length > 80 ? `${first.slice(0, 80)}…` : first);
}

/** Bytes that are not a capture file count as text when they decode as UTF-8 without control bytes. */
function isText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  for (const b of sample) if (b === 0 || (b < 9 && b !== 8)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.length > 65536 ? bytes.subarray(0, 65536 - 3) : bytes);
    return true;
  } catch {
    return bytes.length > 65536; // a cut through a multi-byte character at the sample's end
  }
}

/** The capture's first and last timestamps (packets need not be in time order). */
export function timeSpan(packets: readonly TcpPacket[]): { start: number | undefined; end: number | undefined } {
  let start: number | undefined;
  let end: number | undefined;
  // Indexed, as every loop over a whole capture: a for-of that runs once may allocate a
  // result per element before the engine optimizes it.
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i]!;
    if (p.time === undefined) continue;
    if (end === undefined || p.time > end) end = p.time;
    if (start === undefined || p.time < start) start = p.time;
  }
  return { start, end };
}

/**
 * Runs the model over each connection in turn and hands it to `visit`, numbered from 1 in that
 * order. One connection at a time, so that a caller that only reports each one (explainCapture)
 * lets its rows go before the next: a capture of 100,000 segments would otherwise hold all of
 * them at once. `row` builds the rows each connection keeps (see RowBuilder).
 */
export function eachConnection<Row>(
  packets: readonly TcpPacket[],
  options: Pick<InferOptions, "initial">,
  row: RowBuilder<Row>,
  visit: (connection: InferredConnection<Row>, id: number) => void,
): void {
  // Each connection's end left in TIME-WAIT, and since when: all a later one on its 4-tuple needs of it.
  const timeWaits: ({ end: string; since: number | undefined } | null)[] = [];
  const inferOptions = { ...options, captureEnd: timeSpan(packets).end };
  for (const group of groupConnections(packets)) {
    const connection = inferConnection(group.packets, inferOptions, row);
    const prior = group.previous === undefined ? null : timeWaits[group.previous]!;
    // A new SYN on a 4-tuple whose previous connection left a side in TIME-WAIT within 2MSL.
    if (prior && group.packets[0]!.flags.includes("SYN")) {
      const seconds = prior.since !== undefined && connection.start !== undefined ? connection.start - prior.since : null;
      if (seconds === null || seconds < TWO_MSL_SECONDS) {
        connection.anomalies.unshift({
          code: "time-wait-reuse",
          index: 0,
          side: prior.end === connection.client ? "client" : "server",
          previous: group.previous! + 1,
          seconds,
        });
      }
    }
    const tw = connection.timeWait;
    timeWaits.push(tw ? { end: tw.side === "client" ? connection.client : connection.server, since: tw.time } : null);
    visit(connection, timeWaits.length);
  }
}
