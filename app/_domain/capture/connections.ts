import type { TcpPacket } from "./packet";

// Splits a capture into connections: packets with the same 4-tuple, in order, where a new SYN
// after a FIN or RST (with another initial sequence number) starts a new incarnation of the
// same 4-tuple. That is how a TIME-WAIT reuse shows up.

export type PacketGroup = { key: string; packets: TcpPacket[] };

const isBareSyn = (p: TcpPacket) => p.flags.includes("SYN") && !p.flags.includes("ACK");

export function groupConnections(packets: readonly TcpPacket[]): PacketGroup[] {
  const groups: PacketGroup[] = [];
  const open = new Map<string, { group: PacketGroup; ended: boolean; isn: Map<string, number> }>();
  for (const p of packets) {
    const key = p.src < p.dst ? `${p.src} ${p.dst}` : `${p.dst} ${p.src}`;
    let current = open.get(key);
    if (current && isBareSyn(p) && current.ended && current.isn.get(p.src) !== p.seq) current = undefined;
    if (!current) {
      current = { group: { key, packets: [] }, ended: false, isn: new Map() };
      groups.push(current.group);
      open.set(key, current);
    }
    current.group.packets.push(p);
    if (p.flags.includes("SYN") && p.seq !== undefined) current.isn.set(p.src, p.seq);
    if (p.flags.includes("FIN") || p.flags.includes("RST")) current.ended = true;
  }
  return groups;
}
