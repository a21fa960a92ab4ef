import type { TcpPacket } from "./packet";

// Splits a capture into connections: packets with the same 4-tuple, in order, where a new SYN
// after a FIN or RST (with another initial sequence number) starts a new incarnation of the
// same 4-tuple. That is how a TIME-WAIT reuse shows up.

/** `previous`: where in the list the connection before it on the same 4-tuple is, if any. */
export type PacketGroup = { packets: TcpPacket[]; previous: number | undefined };

const isBareSyn = (p: TcpPacket) => p.flags.includes("SYN") && !p.flags.includes("ACK");

/** The 4-tuple's current incarnation, with the ISN each end's SYN carried (an end is `first`, the sender of its first packet, or the other). */
type Open = { group: PacketGroup; index: number; ended: boolean; first: string; isnFirst: number | undefined; isnOther: number | undefined };

export function groupConnections(packets: readonly TcpPacket[]): PacketGroup[] {
  const groups: PacketGroup[] = [];
  // Keyed by both endpoints in either order, so no key string is built per packet.
  const open = new Map<string, Map<string, Open>>();
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i]!;
    let current = open.get(p.src)?.get(p.dst);
    if (!current || (isBareSyn(p) && current.ended && isnOf(current, p.src) !== p.seq)) {
      const group: PacketGroup = { packets: [], previous: current?.index };
      current = { group, index: groups.length, ended: false, first: p.src, isnFirst: undefined, isnOther: undefined };
      groups.push(group);
      remember(open, p.src, p.dst, current);
      remember(open, p.dst, p.src, current);
    }
    current.group.packets.push(p);
    if (p.flags.includes("SYN") && p.seq !== undefined) {
      if (p.src === current.first) current.isnFirst = p.seq;
      else current.isnOther = p.seq;
    }
    if (p.flags.includes("FIN") || p.flags.includes("RST")) current.ended = true;
  }
  return groups;
}

function isnOf(open: Open, end: string): number | undefined {
  return end === open.first ? open.isnFirst : open.isnOther;
}

function remember(open: Map<string, Map<string, Open>>, a: string, b: string, current: Open) {
  let inner = open.get(a);
  if (!inner) open.set(a, (inner = new Map<string, Open>()));
  inner.set(b, current);
}
