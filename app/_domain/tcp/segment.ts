export const FLAGS = ["URG", "ACK", "PSH", "RST", "SYN", "FIN"] as const;
export type Flag = (typeof FLAGS)[number];
export type Side = "client" | "server";

/** Sequence space is 32 bits and wraps (RFC 9293 §3.4). */
export const MOD = 2 ** 32;
export function seqAdd(a: number, n: number): number {
  const sum = a + n;
  // A whole sum wraps by ToUint32 (the same number as the two remainders, without a
  // floating-point remainder, which costs a call each); NaN, infinities and fractions take the
  // remainders.
  return Number.isInteger(sum) ? sum >>> 0 : ((sum % MOD) + MOD) % MOD;
}

export type SegmentStep = {
  from: Side;
  flags: Flag[];
  seq: number;
  ack?: number | undefined;
  len?: number | undefined;
  lost?: boolean | undefined;
  client: string;
  server: string;
};
export type TimeoutStep = { timeout: Side; client: string; server: string };
export type Step = SegmentStep | TimeoutStep;

export function isTimeout(step: Step): step is TimeoutStep {
  return "timeout" in step;
}

export function other(side: Side): Side {
  return side === "client" ? "server" : "client";
}

/** Sequence numbers a segment occupies: its data plus one each for SYN and FIN. */
export function segmentLength(flags: readonly Flag[], len: number): number {
  return len + (flags.includes("SYN") ? 1 : 0) + (flags.includes("FIN") ? 1 : 0);
}
