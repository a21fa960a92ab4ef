import { UnknownScenarioError } from "./errors";
import { SCENARIOS, findScenario } from "./scenarios";
import { seqAdd, type Flag, type Side, type Step } from "./segment";
import type { TcpState } from "./states";

// The textbook state table of each scenario: both sides' states after each step. Written out
// by hand rather than computed by the machine, so tests compare two independent sources.
const STATES: Record<string, [TcpState, TcpState][]> = {
  "three-way-handshake": [
    ["SYN-SENT", "SYN-RECEIVED"],
    ["ESTABLISHED", "SYN-RECEIVED"],
    ["ESTABLISHED", "ESTABLISHED"],
  ],
  "four-way-close": [
    ["FIN-WAIT-1", "CLOSE-WAIT"],
    ["FIN-WAIT-2", "CLOSE-WAIT"],
    ["TIME-WAIT", "LAST-ACK"],
    ["TIME-WAIT", "CLOSED"],
    ["CLOSED", "CLOSED"],
  ],
  "server-close": [
    ["CLOSE-WAIT", "FIN-WAIT-1"],
    ["CLOSE-WAIT", "FIN-WAIT-2"],
    ["LAST-ACK", "TIME-WAIT"],
    ["CLOSED", "TIME-WAIT"],
    ["CLOSED", "CLOSED"],
  ],
  "half-close": [
    ["FIN-WAIT-1", "CLOSE-WAIT"],
    ["FIN-WAIT-2", "CLOSE-WAIT"],
    ["FIN-WAIT-2", "CLOSE-WAIT"],
    ["FIN-WAIT-2", "CLOSE-WAIT"],
    ["TIME-WAIT", "LAST-ACK"],
    ["TIME-WAIT", "CLOSED"],
    ["CLOSED", "CLOSED"],
  ],
  "lost-final-ack": [
    ["FIN-WAIT-1", "CLOSE-WAIT"],
    ["FIN-WAIT-2", "CLOSE-WAIT"],
    ["TIME-WAIT", "LAST-ACK"],
    ["TIME-WAIT", "LAST-ACK"],
    ["TIME-WAIT", "LAST-ACK"],
    ["TIME-WAIT", "CLOSED"],
    ["CLOSED", "CLOSED"],
  ],
  "simultaneous-open": [
    ["SYN-SENT", "SYN-RECEIVED"],
    ["SYN-RECEIVED", "SYN-RECEIVED"],
    ["SYN-RECEIVED", "ESTABLISHED"],
    ["ESTABLISHED", "ESTABLISHED"],
  ],
  "simultaneous-close": [
    ["FIN-WAIT-1", "CLOSING"],
    ["CLOSING", "CLOSING"],
    ["CLOSING", "TIME-WAIT"],
    ["TIME-WAIT", "TIME-WAIT"],
    ["CLOSED", "TIME-WAIT"],
    ["CLOSED", "CLOSED"],
  ],
  "syn-to-closed-port": [
    ["SYN-SENT", "CLOSED"],
    ["CLOSED", "CLOSED"],
  ],
  "lost-syn": [
    ["SYN-SENT", "LISTEN"],
    ["SYN-SENT", "LISTEN"],
    ["SYN-SENT", "SYN-RECEIVED"],
    ["ESTABLISHED", "SYN-RECEIVED"],
    ["ESTABLISHED", "ESTABLISHED"],
  ],
  "lost-third-ack": [
    ["SYN-SENT", "SYN-RECEIVED"],
    ["ESTABLISHED", "SYN-RECEIVED"],
    ["ESTABLISHED", "SYN-RECEIVED"],
    ["ESTABLISHED", "ESTABLISHED"],
    ["ESTABLISHED", "ESTABLISHED"],
  ],
  "abortive-close": [
    ["ESTABLISHED", "ESTABLISHED"],
    ["ESTABLISHED", "ESTABLISHED"],
    ["CLOSED", "CLOSED"],
  ],
  "time-wait-reopen": [
    ["CLOSE-WAIT", "FIN-WAIT-1"],
    ["CLOSE-WAIT", "FIN-WAIT-2"],
    ["LAST-ACK", "TIME-WAIT"],
    ["CLOSED", "TIME-WAIT"],
    ["SYN-SENT", "SYN-RECEIVED"],
    ["ESTABLISHED", "SYN-RECEIVED"],
    ["ESTABLISHED", "ESTABLISHED"],
  ],
};

export type RunChoices = {
  clientIsn: number;
  serverIsn: number;
  /** Put the optional ACK on FINs sent in a synchronized state (textbooks draw both) and on an aborting RST. */
  ackOnFin?: boolean;
  pshOnData?: boolean;
  dataLen?: number;
  /** Write states with underscores (TIME_WAIT) instead of hyphens. */
  underscores?: boolean;
  /**
   * A side's second SYN opens a new incarnation: its ISN is this far above the next number
   * of the old one (1 to 2^31 - 1; default 65537, the distance Linux keeps for a connection
   * reopened from TIME-WAIT).
   */
  reopenGap?: number;
};

/** A correct answer to a scenario for the given choices: for demos and tests. */
export function referenceRun(scenarioId: string, choices: RunChoices): Step[] {
  const scenario = findScenario(scenarioId);
  const table = STATES[scenarioId];
  if (!scenario || !table)
    throw new UnknownScenarioError(
      scenarioId,
      SCENARIOS.map((s) => s.id),
    );
  const isn: Record<Side, number> = { client: choices.clientIsn >>> 0, server: choices.serverIsn >>> 0 };
  const next = { ...isn };
  const fin: Partial<Record<Side, number>> = {};
  const sent = new Set<Side>();
  let previousSeq = 0;
  const name = (s: TcpState) => (choices.underscores ? s.replace(/-/g, "_") : s);
  return scenario.script.map((exp, i) => {
    const [client, server] = table[i]!;
    if ("timeout" in exp) return { timeout: exp.timeout, client: name(client), server: name(server) };
    const to: Side = exp.from === "client" ? "server" : "client";
    const flags: Flag[] = [...exp.flags];
    if (choices.ackOnFin && exp.optional?.includes("ACK")) flags.push("ACK");
    if (choices.pshOnData && exp.optional?.includes("PSH")) flags.push("PSH");
    const len = exp.data ? (choices.dataLen ?? 100) : 0;
    if (flags.includes("SYN") && !exp.retransmit && sent.has(exp.from)) isn[exp.from] = next[exp.from] = seqAdd(next[exp.from], choices.reopenGap ?? 65537);
    sent.add(exp.from);
    const seq = exp.reset ? 0 : exp.retransmit === "FIN" ? fin[exp.from]! : exp.retransmit === "SYN" ? isn[exp.from] : next[exp.from];
    // Without lost data, what a side has received is exactly what the peer will send next.
    const step: Step = {
      from: exp.from,
      flags,
      seq,
      ...(flags.includes("ACK") ? { ack: exp.crosses ? previousSeq : next[to] } : {}),
      len,
      ...(exp.lost ? { lost: true } : {}),
      client: name(client),
      server: name(server),
    };
    if (flags.includes("FIN")) fin[exp.from] = seq;
    previousSeq = seq;
    if (!exp.retransmit && !exp.reset) next[exp.from] = seqAdd(seq, len + (flags.includes("SYN") ? 1 : 0) + (flags.includes("FIN") ? 1 : 0));
    return step;
  });
}
