import type { Flag } from "../tcp/segment";

/**
 * One TCP segment as a capture shows it, before any interpretation. Endpoints are written
 * "addr:port" ("[::1]:3380" for IPv6). seq is undefined where tcpdump leaves it out (a pure
 * ACK); time is in seconds on the capture's own clock, undefined when the text has none.
 */
export type TcpPacket = {
  /** 1-based position in the capture: the packet number, or the line number of text. */
  ref: number;
  time: number | undefined;
  src: string;
  dst: string;
  flags: readonly Flag[];
  seq: number | undefined;
  ack: number | undefined;
  len: number;
  /** The window field as sent (not scaled), and the window scale a SYN offers. */
  win?: number | undefined;
  wscale?: number | undefined;
  /** SACK blocks [left, right) from the options. */
  sack?: readonly (readonly [number, number])[] | undefined;
};

// One frozen array per flag combination: a capture has millions of segments but few combinations.
const FLAG_BITS: [number, Flag][] = [
  [0x20, "URG"],
  [0x10, "ACK"],
  [0x08, "PSH"],
  [0x04, "RST"],
  [0x02, "SYN"],
  [0x01, "FIN"],
];
// All 64 made up front, so that flagsOf is only a lookup: when it built them on first use, the
// closure that built one captured its key, and every call allocated a context for that.
const BY_BITS: readonly (readonly Flag[])[] = Array.from({ length: 0x40 }, (_, key) => Object.freeze(FLAG_BITS.filter(([bit]) => key & bit).map(([, f]) => f)));

/** The flags of a TCP header's flag byte (CWR and ECE are left out: the model has no use for them). */
export function flagsOf(bits: number): readonly Flag[] {
  return BY_BITS[bits & 0x3f]!;
}

export function bitsOf(flags: readonly Flag[]): number {
  let bits = 0;
  for (const [bit, f] of FLAG_BITS) if (flags.includes(f)) bits |= bit;
  return bits;
}

export function endpoint(addr: string, port: number | string): string {
  return addr.includes(":") ? `[${addr}]:${port}` : `${addr}:${port}`;
}
