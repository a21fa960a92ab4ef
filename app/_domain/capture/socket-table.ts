import type { Locale } from "../tcp/messages";
import type { TcpState } from "../tcp/states";
import type { Socket } from "./sockets";

// What each state in a socket table means for the socket that is in it, and what a pile of
// one state says about the host. Related study material is named by id (topics for /study,
// interview prompts for /drills/interview/<id>); a test checks that every id exists.

type Text = { ko: string; en: string };
export type Related = { topics: string[]; prompts: string[] };

const MEANING: Record<TcpState, Text> = {
  LISTEN: {
    ko: "연결을 기다리는 소켓입니다 (passive open). SYN이 오면 연결마다 새 소켓이 생깁니다.",
    en: "Waits for connections (a passive open); every SYN it accepts becomes a new socket.",
  },
  "SYN-SENT": {
    ko: "SYN을 보내고 SYN+ACK를 기다립니다. 오래 머물면 상대가 답하지 않는 것입니다 (방화벽, 꺼진 호스트).",
    en: "Sent SYN and waits for SYN+ACK; if it lingers, the peer does not answer (a firewall, a host that is down).",
  },
  "SYN-RECEIVED": {
    ko: "SYN을 받고 SYN+ACK로 답한 뒤 마지막 ACK를 기다리는 반쯤 열린 연결입니다.",
    en: "Got a SYN, answered SYN+ACK, and waits for the final ACK: a half-open connection.",
  },
  ESTABLISHED: { ko: "열린 연결입니다. 양쪽이 데이터를 주고받을 수 있습니다.", en: "An open connection; both sides can send data." },
  "FIN-WAIT-1": { ko: "이쪽이 close()를 불러 FIN을 보냈고 그 ACK를 기다립니다.", en: "This side called close() and sent FIN; it waits for the ACK." },
  "FIN-WAIT-2": {
    ko: "이쪽 FIN은 확인받았고 상대의 FIN을 기다립니다. 상대 애플리케이션이 아직 닫지 않았습니다 (상대 소켓은 CLOSE-WAIT).",
    en: "Our FIN was acknowledged; it waits for the peer's FIN. The peer's application has not closed yet (its socket is in CLOSE-WAIT).",
  },
  "CLOSE-WAIT": {
    ko: "상대가 먼저 닫았고 (FIN 도착, ACK 완료) 이쪽 애플리케이션이 아직 close()를 부르지 않았습니다. 타이머가 없어 스스로 끝나지 않습니다.",
    en: "The peer closed first (its FIN arrived and was acknowledged) and this application has not called close() yet. No timer ends it.",
  },
  CLOSING: {
    ko: "양쪽이 거의 동시에 닫았습니다 (동시 종료). 자기 FIN의 ACK를 기다립니다.",
    en: "Both sides closed at about the same time (a simultaneous close); it waits for the ACK of its FIN.",
  },
  "LAST-ACK": { ko: "상대에 이어 이쪽도 FIN을 보냈고 마지막 ACK를 기다립니다.", en: "Closed after the peer; it waits for the ACK of its FIN." },
  "TIME-WAIT": {
    ko: "이쪽이 먼저 닫은 연결입니다. 늦게 오는 세그먼트가 사라지고 마지막 ACK를 다시 보낼 수 있도록 2MSL 동안 기다립니다 (Linux는 2MSL을 계산하지 않고 60초로 고정해 둡니다).",
    en: "This side closed first; it waits 2MSL so late segments die out and the last ACK can be sent again (Linux does not compute 2MSL; it fixes the wait at 60 s).",
  },
  CLOSED: { ko: "연결이 없습니다.", en: "No connection." },
};

/** States whose pile means something to check, with what to check. */
const PILE: Partial<Record<TcpState, Text>> = {
  "CLOSE-WAIT": {
    ko: "CLOSE-WAIT가 쌓이면 애플리케이션이 소켓을 닫지 않는 것입니다 (소켓 누수). 이 소켓들의 로컬 포트를 쓰는 프로세스에서 오류 경로의 close() 누락, 커넥션 풀에 반환되지 않는 연결을 찾아보세요. 커널 설정으로는 해결되지 않습니다.",
    en: "A pile of CLOSE-WAIT means the application does not close its sockets (a socket leak). In the process that owns these local ports, look for a missing close() on an error path or connections never returned to a pool. No kernel setting fixes it.",
  },
  "TIME-WAIT": {
    ko: "TIME-WAIT가 많다면 이 호스트가 짧은 연결을 먼저 닫고 있는 것입니다. 정상 동작이지만 포트가 모자랄 수 있습니다. keep-alive와 커넥션 풀로 연결을 재사용하고, 가능하면 클라이언트가 먼저 닫게 하며, 나가는 연결에는 Linux의 net.ipv4.tcp_tw_reuse를 쓰세요.",
    en: "Many TIME-WAIT sockets mean this host closes many short connections first. That is normal, but it can run out of ports: reuse connections (keep-alive, pooling), let clients close first where you can, and for outgoing connections use Linux's net.ipv4.tcp_tw_reuse.",
  },
  "SYN-RECEIVED": {
    ko: "SYN-RECV가 쌓이면 세 번째 ACK가 오지 않는 것입니다: SYN Flooding 공격이거나 사라지는 클라이언트입니다. SYN 쿠키(net.ipv4.tcp_syncookies), listen 백로그 크기, 출발지 주소 분포를 확인하세요.",
    en: "A pile of SYN-RECV means third ACKs do not come: a SYN flood, or clients that vanish. Check SYN cookies (net.ipv4.tcp_syncookies), the listen backlog, and where the SYNs come from.",
  },
  "FIN-WAIT-2": {
    ko: "FIN-WAIT-2가 쌓이면 상대 애플리케이션이 닫지 않는 것입니다 (상대 쪽은 CLOSE-WAIT). Linux는 고아 소켓을 net.ipv4.tcp_fin_timeout(60초) 뒤에 정리합니다.",
    en: "A pile of FIN-WAIT-2 means the peers' applications do not close (their side is in CLOSE-WAIT). Linux drops orphaned ones after net.ipv4.tcp_fin_timeout (60 s).",
  },
};

export const RELATED: Partial<Record<TcpState, Related>> = {
  // A pile of these states is what the content v2 topics and prompts are about: they come first.
  "CLOSE-WAIT": { topics: ["close-wait-leak", "states"], prompts: ["iv-close-wait-leak", "iv-four-way"] },
  "TIME-WAIT": { topics: ["time-wait-in-practice", "time-wait"], prompts: ["iv-time-wait-buildup", "iv-why-time-wait", "iv-final-ack-lost"] },
  "SYN-RECEIVED": { topics: ["syn-flood", "three-way-handshake", "states"], prompts: ["iv-syn-flood", "iv-three-way"] },
  "FIN-WAIT-2": { topics: ["fin-wait-2-stuck", "four-way-close"], prompts: ["iv-fin-wait-2-stuck", "iv-half-close"] },
  "SYN-SENT": { topics: ["three-way-handshake"], prompts: ["iv-three-way"] },
  LISTEN: { topics: ["three-way-handshake"], prompts: [] },
  ESTABLISHED: { topics: ["three-way-handshake"], prompts: [] },
  "FIN-WAIT-1": { topics: ["four-way-close"], prompts: ["iv-four-way"] },
  "LAST-ACK": { topics: ["four-way-close"], prompts: ["iv-four-way"] },
  CLOSING: { topics: ["four-way-close"], prompts: [] },
};

/** From how many sockets in one state a table counts as piling them up. */
export const PILE_AT = 10;

export type Tally = { name: string; count: number };
export type StateCount = {
  state: TcpState;
  count: number;
  meaning: string;
  pile: boolean;
  advice: string | null;
  /** Where the sockets gather: local ports, peers and (ss -p, netstat -p) processes, most first. */
  local: Tally[];
  peers: Tally[];
  processes: Tally[];
  related: Related;
};

export function explainSocket(socket: Socket, l: Locale, peerState: TcpState | undefined): string {
  const own = MEANING[socket.state][l];
  if (!peerState) return own;
  return l === "ko"
    ? `${own} 이 표에 상대 소켓도 있습니다 (${socket.peer}: ${peerState}).`
    : `${own} Its peer is in this table too (${socket.peer}: ${peerState}).`;
}

function tally(names: (string | undefined)[]): Tally[] {
  const counts = new Map<string, number>();
  for (const n of names) if (n) counts.set(n, (counts.get(n) ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, 3);
}

const portOf = (address: string) => address.slice(Math.max(address.lastIndexOf(":"), address.lastIndexOf(".")) + 1);

/** Counts per state, most first, with where each state's sockets gather. */
export function countStates(sockets: readonly Socket[], l: Locale): StateCount[] {
  const by = new Map<TcpState, Socket[]>();
  for (const s of sockets) by.set(s.state, [...(by.get(s.state) ?? []), s]);
  return [...by.entries()]
    .map(([state, list]) => {
      const advice = PILE[state];
      return {
        state,
        count: list.length,
        meaning: MEANING[state][l],
        pile: !!advice && list.length >= PILE_AT,
        advice: advice ? advice[l] : null,
        local: tally(list.map((s) => portOf(s.local))),
        peers: tally(list.map((s) => s.peer)),
        processes: tally(list.map((s) => s.process)),
        related: RELATED[state] ?? { topics: [], prompts: [] },
      };
    })
    .sort((a, b) => b.count - a.count || a.state.localeCompare(b.state));
}
