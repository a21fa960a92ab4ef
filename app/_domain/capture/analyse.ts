import { groupConnections } from "./connections";
import { CaptureTooLargeError, EmptyCaptureError, MAX_CAPTURE_BYTES, NoTcpError, NotACaptureError } from "./errors";
import { inferConnection, TWO_MSL_SECONDS, type InferOptions, type InferredConnection } from "./infer";
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

/**
 * Reads a capture as the learner gave it (pasted text, or a file's bytes) and explains it.
 * Throws a CaptureError for anything that is not a capture we can read; nothing is kept.
 */
export function analyseCapture(input: string | Uint8Array, options: Pick<InferOptions, "initial"> & { maxBytes?: number } = {}): Analysis {
  const max = options.maxBytes ?? MAX_CAPTURE_BYTES;
  if (typeof input !== "string") {
    if (input.length > max) throw new CaptureTooLargeError(input.length);
    if (input.length === 0) throw new EmptyCaptureError();
    if (looksLikeCaptureFile(input)) {
      const file = readCaptureFile(input);
      if (file.packets.length === 0) throw new NoTcpError(file.frames);
      return segments(file.format, file.frames, false, file.packets, options);
    }
    if (!isText(input)) throw new NotACaptureError("");
    input = new TextDecoder().decode(input);
  } else if (input.length > max / 3 && new TextEncoder().encode(input).length > max) {
    throw new CaptureTooLargeError(new TextEncoder().encode(input).length);
  }
  if (input.trim() === "") throw new EmptyCaptureError();
  const text = readTcpdumpText(input);
  if (text.packets.length > 0) return segments("tcpdump", text.lines, text.relative, text.packets, options);
  const sockets = readSocketTable(input);
  if (sockets.length > 0) return { kind: "sockets", sockets, lines: text.lines };
  const first = input.split("\n").find((l) => l.trim() !== "")!.trim();
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

function segments(format: SegmentsAnalysis["format"], units: number, relative: boolean, packets: TcpPacket[], options: Pick<InferOptions, "initial">): SegmentsAnalysis {
  let captureEnd: number | undefined;
  let start: number | undefined;
  for (const p of packets) {
    if (p.time === undefined) continue;
    if (captureEnd === undefined || p.time > captureEnd) captureEnd = p.time;
    if (start === undefined || p.time < start) start = p.time;
  }
  const connections: InferredConnection[] = [];
  const previous = new Map<string, number>();
  for (const group of groupConnections(packets)) {
    const connection = inferConnection(group.packets, { ...options, captureEnd });
    const before = previous.get(group.key);
    const prior = before === undefined ? undefined : connections[before];
    // A new SYN on a 4-tuple whose previous connection left a side in TIME-WAIT within 2MSL.
    if (prior?.timeWait && connection.segments[0]?.flags.includes("SYN")) {
      const seconds = prior.timeWait.time !== undefined && connection.start !== undefined ? connection.start - prior.timeWait.time : null;
      if (seconds === null || seconds < TWO_MSL_SECONDS) {
        const side = prior.timeWait.side === "client" ? prior.client : prior.server;
        connection.anomalies.unshift({ code: "time-wait-reuse", index: 0, side: side === connection.client ? "client" : "server", previous: before! + 1, seconds });
      }
    }
    previous.set(group.key, connections.length);
    connections.push(connection);
  }
  return { kind: "segments", format, units, relative, connections, start };
}
