import type { ConnectionReport } from "@/app/_domain/capture";
import type { Step } from "@/app/_domain/tcp";
import type { Messages } from "@/app/_i18n/messages";

// Shared by the connection view and its practice, which the view contains (kept apart from both
// so neither imports the other).
/** Segments drawn in a diagram and listed; a longer connection says how many more there are. */
export const SHOWN_SEGMENTS = 60;

export function toSteps(connection: ConnectionReport, count = SHOWN_SEGMENTS): Step[] {
  return connection.segments.slice(0, count).map((s) => ({
    from: s.from,
    flags: s.flags,
    seq: s.seq,
    ...(s.ack === null ? {} : { ack: s.ack }),
    len: s.len,
    ...(s.lost ? { lost: true } : {}),
    client: s.client,
    server: s.server,
  }));
}

export function sideLabels(connection: ConnectionReport, t: Messages["captures"]) {
  return connection.roles === "a-b" ? { client: "A", server: "B" } : { client: t.client, server: t.server };
}
