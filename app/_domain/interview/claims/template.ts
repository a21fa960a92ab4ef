import { normaliseState, type TcpState } from "../../tcp";
import type { Flag } from "./lexicon";

/**
 * A key point written as a claim, as rubrics state them: `<actor> <verb> <object> [in <STATE>]`.
 * Actors: client, server, first-closer (also active-closer), second-closer (passive-closer),
 * either. Verbs: sends, receives, retransmits, acknowledges, enters (also "is in"), waits.
 * Objects: segments (SYN, SYN+ACK, ACK, FIN, RST), a state in any spelling, or 2MSL.
 * Examples: `client sends SYN`, `server sends SYN+ACK`, `first-closer waits 2MSL in TIME-WAIT`,
 * `second-closer retransmits FIN`, `second-closer enters LAST-ACK`.
 */
export type TemplateActor = "client" | "server" | "first" | "second" | "either";
export type TemplateVerb = "sends" | "receives" | "retransmits" | "acknowledges" | "enters" | "waits";
export type ClaimTemplate = { actor: TemplateActor; verb: TemplateVerb; flags?: Flag[]; state?: TcpState; twoMsl?: boolean; text: string };

const ACTORS: Record<string, TemplateActor> = {
  client: "client",
  server: "server",
  "first-closer": "first",
  "active-closer": "first",
  "second-closer": "second",
  "passive-closer": "second",
  either: "either",
};
const VERBS: Record<string, TemplateVerb> = {
  sends: "sends",
  receives: "receives",
  retransmits: "retransmits",
  acknowledges: "acknowledges",
  enters: "enters",
  "is-in": "enters",
  waits: "waits",
};
const FLAGS = new Set(["SYN", "ACK", "FIN", "RST", "PSH", "URG"]);

export function parseClaimTemplate(text: string): ClaimTemplate | { error: string } {
  const words = text
    .trim()
    .replace(/\bis in\b/, "is-in")
    .split(/\s+/);
  const [a, v, ...rest] = words;
  const actor = a ? ACTORS[a] : undefined;
  if (!actor) return { error: `"${text}": the actor "${a ?? ""}" is not one of ${Object.keys(ACTORS).join(", ")}` };
  const verb = v ? VERBS[v] : undefined;
  if (!verb) return { error: `"${text}": the verb "${v ?? ""}" is not one of ${Object.keys(VERBS).join(", ")}` };
  const out: ClaimTemplate = { actor, verb, text };
  for (let i = 0; i < rest.length; i += 1) {
    const w = rest[i]!;
    if (w === "in" || w === "for") continue;
    if (/^2\s*\*?\s*MSL$/i.test(w)) {
      out.twoMsl = true;
      continue;
    }
    const flags = w.toUpperCase().split("+");
    if (flags.every((f) => FLAGS.has(f))) {
      out.flags = flags as Flag[];
      continue;
    }
    const state = normaliseState(w);
    if (state) {
      out.state = state;
      continue;
    }
    return { error: `"${text}": "${w}" is neither a segment (SYN, SYN+ACK, ACK, FIN, RST), a state nor 2MSL` };
  }
  if ((verb === "sends" || verb === "receives" || verb === "retransmits" || verb === "acknowledges") && !out.flags)
    return { error: `"${text}": "${verb}" needs a segment such as SYN or FIN+ACK` };
  if (verb === "enters" && !out.state) return { error: `"${text}": "enters" needs a state such as TIME-WAIT` };
  if (verb === "waits" && !out.twoMsl && !out.state) return { error: `"${text}": "waits" needs 2MSL or a state` };
  return out;
}
