import type { Locale } from "../tcp/messages";
import type { Side } from "../tcp/segment";
import type { TcpState } from "../tcp/states";
import { explainSegment, sideNames } from "./explain";
import type { ConnectionEnds, InferredSegment, Note } from "./infer";

// A report's segment explanations, each built once and shared by every segment it explains
// alike: a capture repeats most of them (numbers are relative, handshakes and closes look
// alike), so the report holds one string per sentence. What decides a sentence is what
// explainSegment reads: the side names, who sent it, its ack, each note with its numbers, the
// state changes, and the port a refusal names. Segments are found by a number hashed from
// those and then compared field by field, so no key string is built (and hashed again) for
// every one of a hundred thousand segments.

type Shared = { roles: boolean; from: Side; ack: number | undefined; port: string; notes: Note[]; changes: { side: Side; to: TcpState }[]; text: string };

export class Sentences {
  private readonly byHash = new Map<number, Shared[]>();

  constructor(private readonly locale: Locale) {}

  /** The sentence for a segment of this connection. The segment may be a view its caller fills again: nothing of it is kept. */
  of(segment: InferredSegment, connection: ConnectionEnds): string {
    const names = sideNames(connection, this.locale);
    const notes = segment.notes;
    // A SYN names its ISN, which no other connection shares: not worth sharing.
    if (notes.length > 0 && (notes[0]!.kind === "syn" || notes[0]!.kind === "syn-ack")) return explainSegment(segment, connection, this.locale, names);
    const port = segment.from === "server" ? connection.server : connection.client;
    const hash = hashOf(segment, connection.roles);
    const bucket = this.byHash.get(hash);
    if (bucket) {
      for (let i = 0; i < bucket.length; i++) if (same(bucket[i]!, segment, connection.roles, port)) return bucket[i]!.text;
    }
    const text = explainSegment(segment, connection, this.locale, names);
    const shared: Shared = {
      roles: connection.roles,
      from: segment.from,
      ack: segment.ack,
      port,
      notes: notes.map((n) => ({ ...n })),
      changes: segment.changes.map((c) => ({ side: c.side, to: c.to })),
      text,
    };
    if (bucket) bucket.push(shared);
    else this.byHash.set(hash, [shared]);
    return text;
  }
}

const mix = (h: number, n: number) => Math.imul(h ^ n, 0x9e3779b1) ^ (h >>> 15);
/** A number for a kind, an outcome, a side or a state (collisions only cost a comparison). */
const code = (s: string) => s.length * 961 + s.charCodeAt(0) * 31 + s.charCodeAt(s.length - 1);

function hashOf(segment: InferredSegment, roles: boolean): number {
  let h = mix(roles ? 1 : 2, code(segment.from));
  h = mix(h, segment.ack ?? -1);
  const notes = segment.notes;
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i]!;
    h = mix(h, code(n.kind));
    for (let k = 0; k < 2; k++) {
      const v = noteField(n, k);
      if (v === undefined) break;
      h = mix(h, typeof v === "string" ? code(v) : v);
    }
  }
  const changes = segment.changes;
  for (let i = 0; i < changes.length; i++) h = mix(mix(h, code(changes[i]!.side)), code(changes[i]!.to));
  return h;
}

/**
 * The k-th (0 or 1) of what a note says beyond its kind, which its sentence names: undefined past
 * the last. Both the hash and the comparison read notes through this one list of kinds.
 */
function noteField(n: Note, k: number): number | string | undefined {
  switch (n.kind) {
    case "data":
    case "gap":
    case "unseen":
      return k === 0 ? n.from : k === 1 ? n.to : undefined;
    case "syn":
    case "syn-ack":
      return k === 0 ? n.isn : undefined;
    case "ack-data":
      return k === 0 ? n.upTo : undefined;
    case "retransmission":
      return k === 0 ? (n.first ?? -1) : undefined;
    case "window-update":
      return k === 0 ? n.window : undefined;
    case "rst":
      return k === 0 ? n.outcome : undefined;
    case "ack-fin":
    case "ack-syn":
    case "challenge-ack":
    case "crossed":
    case "dup-ack":
    case "duplicate":
    case "fin":
    case "keepalive":
    case "lost":
    case "out-of-window":
    case "queued":
    case "simultaneous-open":
      return undefined;
  }
}

function same(shared: Shared, segment: InferredSegment, roles: boolean, port: string): boolean {
  if (shared.roles !== roles || shared.from !== segment.from || shared.ack !== segment.ack) return false;
  const { notes, changes } = segment;
  if (shared.notes.length !== notes.length || shared.changes.length !== changes.length) return false;
  for (let i = 0; i < notes.length; i++) if (!sameNote(shared.notes[i]!, notes[i]!, shared.port === port)) return false;
  for (let i = 0; i < changes.length; i++) if (shared.changes[i]!.side !== changes[i]!.side || shared.changes[i]!.to !== changes[i]!.to) return false;
  return true;
}

function sameNote(a: Note, b: Note, samePort: boolean): boolean {
  if (a.kind !== b.kind || noteField(a, 0) !== noteField(b, 0) || noteField(a, 1) !== noteField(b, 1)) return false;
  // A refusal names the port that refused.
  return a.kind !== "rst" || a.outcome !== "refuse" || samePort;
}
