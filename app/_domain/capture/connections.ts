import type { TcpPacket } from "./packet";

// Splits a capture into connections: packets with the same 4-tuple, in order, where a new SYN
// after a FIN or RST (with another initial sequence number) starts a new incarnation of the
// same 4-tuple. That is how a TIME-WAIT reuse shows up.

export type PacketGroup = { key: string; packets: TcpPacket[] };

const isBareSyn = (p: TcpPacket) => p.flags.includes("SYN") && !p.flags.includes("ACK");

export function groupConnections(packets: readonly TcpPacket[]): PacketGroup[] {
  const groups: PacketGroup[] = [];
  type Open = { group: PacketGroup; ended: boolean; isn: Map<string, number> };
  // Keyed by both endpoints in either order, so no key string is built per packet.
  const open = new Map<string, Map<string, Open>>();
  for (const p of packets) {
    let current = open.get(p.src)?.get(p.dst);
    if (current && isBareSyn(p) && current.ended && current.isn.get(p.src) !== p.seq) current = undefined;
    if (!current) {
      const key = p.src < p.dst ? `${p.src} ${p.dst}` : `${p.dst} ${p.src}`;
      current = { group: { key, packets: [] }, ended: false, isn: new Map() };
      groups.push(current.group);
      for (const [a, b] of [[p.src, p.dst], [p.dst, p.src]] as const) {
        let inner = open.get(a);
        if (!inner) open.set(a, (inner = new Map()));
        inner.set(b, current);
      }
    }
    current.group.packets.push(p);
    if (p.flags.includes("SYN") && p.seq !== undefined) current.isn.set(p.src, p.seq);
    if (p.flags.includes("FIN") || p.flags.includes("RST")) current.ended = true;
  }
  return groups;
}
