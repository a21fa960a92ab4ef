import type { TcpPacket } from "./packet";

// Splits a capture into connections: packets with the same 4-tuple, in order, where a new SYN
// after a FIN or RST (with another initial sequence number) starts a new incarnation of the
// same 4-tuple. That is how a TIME-WAIT reuse shows up.

/** `previous`: where in the list the connection before it on the same 4-tuple is, if any. */
export type PacketGroup = { packets: TcpPacket[]; previous: number | undefined };

const isBareSyn = (p: TcpPacket) => p.flags.includes("SYN") && !p.flags.includes("ACK");

/**
 * The 4-tuple's current incarnation, with the ISN each end's SYN carried (an end is `first`,
 * the sender of its first packet, or `second`, the other).
 */
type Open = { group: PacketGroup; index: number; ended: boolean; first: string; second: string; isnFirst: number | undefined; isnOther: number | undefined };

/**
 * Incarnations by one endpoint: the one it has, or by its peer once it has several. Most
 * endpoints of a capture (clients' ephemeral ports) talk to a single peer, so they need no map
 * of their own; a server's port gets one.
 */
type ByPeer = Open | Map<string, Open>;

export function groupConnections(packets: readonly TcpPacket[]): PacketGroup[] {
  const groups: PacketGroup[] = [];
  // Keyed by both endpoints in either order, so no key string is built per packet.
  const open = new Map<string, ByPeer>();
  for (let i = 0; i < packets.length; i++) {
    const p = packets[i]!;
    let current = find(open, p.src, p.dst);
    if (!current || (isBareSyn(p) && current.ended && isnOf(current, p.src) !== p.seq)) {
      const group: PacketGroup = { packets: [], previous: current?.index };
      current = { group, index: groups.length, ended: false, first: p.src, second: p.dst, isnFirst: undefined, isnOther: undefined };
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

const peerOf = (o: Open, end: string) => (end === o.first ? o.second : o.first);

function find(open: Map<string, ByPeer>, a: string, b: string): Open | undefined {
  const byPeer = open.get(a);
  if (byPeer === undefined || byPeer instanceof Map) return byPeer?.get(b);
  return peerOf(byPeer, a) === b ? byPeer : undefined;
}

function remember(open: Map<string, ByPeer>, a: string, b: string, current: Open) {
  const byPeer = open.get(a);
  if (byPeer === undefined || (!(byPeer instanceof Map) && peerOf(byPeer, a) === b)) open.set(a, current);
  else if (byPeer instanceof Map) byPeer.set(b, current);
  else open.set(a, new Map([[peerOf(byPeer, a), byPeer]]).set(b, current));
}
