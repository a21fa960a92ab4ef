/** The eleven connection states of RFC 9293 §3.3.2, in their RFC spelling. */
export const STATES = [
  "CLOSED",
  "LISTEN",
  "SYN-SENT",
  "SYN-RECEIVED",
  "ESTABLISHED",
  "FIN-WAIT-1",
  "FIN-WAIT-2",
  "CLOSE-WAIT",
  "CLOSING",
  "LAST-ACK",
  "TIME-WAIT",
] as const;
export type TcpState = (typeof STATES)[number];

// Common spellings from textbooks, netstat, ss and the seed notes. Keys are compared with case,
// hyphens, underscores and spaces removed, so SYN_RCVD, syn-rcvd and SynRcvd all match.
const ALIASES: Record<string, TcpState> = {
  SYNRCVD: "SYN-RECEIVED",
  SYNRCV: "SYN-RECEIVED",
  SYNRECV: "SYN-RECEIVED",
  ESTAB: "ESTABLISHED",
};
const BY_KEY = new Map<string, TcpState>([...STATES.map((s) => [compact(s), s] as const), ...Object.entries(ALIASES)]);

function compact(name: string): string {
  return name.toUpperCase().replace(/[\s_-]+/g, "");
}

function key(name: string): string {
  return name
    .trim()
    .toUpperCase()
    .replace(/[\s_]+/g, "-");
}

/** The RFC name of a state written in any common spelling, or null when it names no state. */
export function normaliseState(name: string): TcpState | null {
  return BY_KEY.get(compact(name)) ?? null;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The real state closest to a misspelling (TIMED_WAIT → TIME-WAIT). */
export function nearestState(name: string): TcpState {
  const k = key(name);
  return [...STATES].sort((a, b) => distance(k, a) - distance(k, b))[0]!;
}
