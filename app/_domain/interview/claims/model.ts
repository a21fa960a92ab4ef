import { SCENARIOS, STATES, findScenario, referenceRun, type Side, type TcpState } from "../../tcp";
import { afterTimeout } from "../../tcp/machine";

/**
 * What RFC 9293 says each side does, read from the simulator's model rather than written again:
 * the states each side passes through and the segments it sends in the handshake and in the
 * close, for the close begun by the client and by the server, and which states wait out 2MSL.
 */
export type Phase = "open" | "close";
export type Path = { states: TcpState[]; sends: string[] };
export type PhaseModel = Record<Side, Path>;

function pathsOf(scenarioId: string): PhaseModel {
  const scenario = findScenario(scenarioId)!;
  const steps = referenceRun(scenarioId, { clientIsn: 100, serverIsn: 300 });
  const out: PhaseModel = { client: { states: [scenario.initial.client], sends: [] }, server: { states: [scenario.initial.server], sends: [] } };
  for (const step of steps) {
    for (const side of ["client", "server"] as const) {
      const s = step[side] as TcpState;
      if (out[side].states.at(-1) !== s) out[side].states.push(s);
    }
    if ("from" in step) out[step.from].sends.push([...step.flags].sort().join("+"));
  }
  return out;
}

export const OPEN = pathsOf("three-way-handshake");
/** The close begun by the client (the usual telling) and by the server. */
export const CLOSE_BY_CLIENT = pathsOf("four-way-close");
export const CLOSE_BY_SERVER = pathsOf("server-close");
/** States that end by a 2MSL timer: in the model, only TIME-WAIT (RFC 9293 §3.10.8). */
export const TWO_MSL_STATES: TcpState[] = STATES.filter((s) => afterTimeout({ state: s }).state !== s);

const OPEN_ONLY = new Set<TcpState>(["LISTEN", "SYN-SENT", "SYN-RECEIVED"]);
const CLOSE_ONLY = new Set<TcpState>(["FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"]);
export function phaseOfState(s: TcpState): Phase | null {
  return OPEN_ONLY.has(s) ? "open" : CLOSE_ONLY.has(s) ? "close" : null;
}

/** The RFC 9293 section a fact about this state or phase comes from. */
export function sectionFor(state: TcpState | null, phase: Phase | null): string {
  if (state === "TIME-WAIT") return "§3.6, §3.10.7.4";
  if (phase === "open" || (state && OPEN_ONLY.has(state))) return "§3.5";
  if (phase === "close" || (state && CLOSE_ONLY.has(state))) return "§3.6";
  return "§3.3.2";
}

export { SCENARIOS };
