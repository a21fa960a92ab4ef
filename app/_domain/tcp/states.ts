/** The eleven connection states of RFC 9293 §3.3.2, in their RFC spelling. */
export const STATES = ["CLOSED", "LISTEN", "SYN-SENT", "SYN-RECEIVED", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"] as const;
export type TcpState = (typeof STATES)[number];

// Common spellings from textbooks, netstat and the seed notes, after upper-casing and turning
// underscores and spaces into hyphens.
const ALIASES: Record<string, TcpState> = {
  "SYN-RCVD": "SYN-RECEIVED",
  "SYN-RCV": "SYN-RECEIVED",
  "SYN-RECV": "SYN-RECEIVED",
  "SYNSENT": "SYN-SENT",
  "FIN-WAIT1": "FIN-WAIT-1",
  "FIN-WAIT2": "FIN-WAIT-2",
  "FINWAIT1": "FIN-WAIT-1",
  "FINWAIT2": "FIN-WAIT-2",
  "CLOSEWAIT": "CLOSE-WAIT",
  "LASTACK": "LAST-ACK",
  "TIMEWAIT": "TIME-WAIT",
  ESTAB: "ESTABLISHED",
};

function key(name: string): string {
  return name.trim().toUpperCase().replace(/[\s_]+/g, "-");
}

/** The RFC name of a state written in any common spelling, or null when it names no state. */
export function normaliseState(name: string): TcpState | null {
  const k = key(name);
  if ((STATES as readonly string[]).includes(k)) return k as TcpState;
  return ALIASES[k] ?? ALIASES[k.replace(/-/g, "")] ?? null;
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
