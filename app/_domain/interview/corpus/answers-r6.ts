import type { CorpusAnswer } from "./answers";

/**
 * A sixth round, written after a real held-out set showed what the grader still missed: TIME_WAIT
 * said to wait for data in new words and across sentences (the state named in one sentence, the
 * reason in the next, or named last: "이 과정을 TIME_WAIT라고 한다"), one FIN-WAIT state, TCP
 * keepalive told as HTTP's connection reuse, a sysctl offered for CLOSE_WAIT, MSS negotiated, the
 * port said blocked by TIME_WAIT, FIN_WAIT_2 timing out into TIME_WAIT; and phone-call analogies
 * that must not be read as claims. Each wrong answer has a correct neighbour in the same style.
 * Our own sentences in the styles of styles.ts.
 */
const R = 6 as const;
export const CORPUS_R6: CorpusAnswer[] = [
  // ── TIME_WAIT said to wait for data ──
  {
    id: "r6-tw-ko-reason-next",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    wrong: ["time-wait-waits-for-data"],
    text: `클라이언트는 마지막 ACK를 보낸 뒤 바로 닫지 않고 TIME_WAIT 상태로 들어갑니다. 서버가 FIN보다 먼저 보낸 데이터가 아직 도착하지 않았을 수도 있기 때문입니다.`,
  },
  {
    id: "r6-tw-ko-named-last",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    wrong: ["time-wait-waits-for-data"],
    text: `서버가 FIN 직전에 보낸 패킷이 경로 지연 때문에 FIN보다 뒤늦게 들어올 수 있다. 그래서 클라이언트는 FIN을 받고도 소켓을 잠시 열어 두고 나머지 패킷을 마저 받는다. 이 과정을 TIME_WAIT라고 한다.`,
  },
  {
    id: "r6-tw-en-still-arriving",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["time-wait-waits-for-data"],
    text: `- Who: the client, after it sends the final ACK.\n- Why: some data from the server may still be arriving, so the socket is kept in TIME_WAIT for a while instead of closing at once.`,
  },
  {
    id: "r6-4w-en-tw-receive",
    prompt: "iv-four-way",
    locale: "en",
    style: "parenthesised-states",
    round: R,
    wrong: ["time-wait-waits-for-data"],
    text: `1. Client sends FIN (FIN_WAIT_1).\n2. Server replies with ACK (CLOSE_WAIT); the client moves to FIN_WAIT_2.\n3. Server sends its FIN (LAST_ACK).\n4. Client answers with ACK and stays in TIME_WAIT, so that segments still on their way from the server can be received.`,
  },
  {
    id: "r6-tw-ko-right-expire",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `먼저 닫은 클라이언트가 TIME_WAIT에서 2MSL 동안 기다립니다. 이 상태가 없으면 마지막 ACK가 유실됐을 때 서버가 재전송한 FIN에 답할 소켓이 없습니다. 또 네트워크에 떠돌던 이전 연결의 패킷이 늦게 도착해 같은 포트로 맺은 새 연결에 섞일 수 있어, 그 패킷들이 사라질 시간을 줍니다.`,
  },
  {
    id: "r6-tw-en-right-refuted",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "qa-refuted",
    round: R,
    text: `A common answer is that TIME_WAIT waits for the rest of the data; that is a myth, because data sent before the FIN arrives before it in sequence. The side that closed first stays in TIME_WAIT for 2MSL so that a lost final ACK can be sent again when the FIN is retransmitted, and so that old duplicates of the connection expire.`,
  },

  // ── one FIN-WAIT state ──
  {
    id: "r6-4w-ko-single-fin-wait",
    prompt: "iv-four-way",
    locale: "ko",
    style: "arrow-lines",
    round: R,
    wrong: ["single-fin-wait"],
    text: `클라이언트 → 서버 : FIN (클라이언트는 FIN_WAIT 상태)\n서버 → 클라이언트 : ACK (서버는 CLOSE_WAIT)\n서버 → 클라이언트 : FIN (서버는 LAST_ACK)\n클라이언트 → 서버 : ACK (클라이언트는 TIME_WAIT에서 2MSL 대기)`,
  },
  {
    id: "r6-4w-en-single-fin-wait",
    prompt: "iv-four-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    wrong: ["single-fin-wait"],
    text: `The closing host sends a FIN and enters FIN-WAIT until the other host answers. The other host acknowledges it, later sends its own FIN, and the closing host sends the final ACK and waits in TIME-WAIT.`,
  },
  {
    id: "r6-4w-ko-right-two-fin-waits",
    prompt: "iv-four-way",
    locale: "ko",
    style: "parenthesised-states",
    round: R,
    text: `클라이언트가 FIN을 보내고 FIN-WAIT-1이 됩니다. 서버가 ACK를 보내면 클라이언트는 FIN-WAIT-2로 넘어가 서버의 FIN을 기다리고, 서버는 남은 데이터를 마저 보낸 뒤 FIN을 보냅니다. 클라이언트가 ACK를 보내고 TIME-WAIT에 들어갑니다. FIN-WAIT 단계는 이렇게 두 상태로 나뉩니다.`,
  },

  // ── TCP keepalive told as HTTP keep-alive ──
  {
    id: "r6-ka-ko-reuse-next",
    prompt: "iv-keepalive",
    locale: "ko",
    style: "casual-korean",
    round: R,
    wrong: ["tcp-keepalive-is-http-keepalive"],
    text: `TCP keepalive 설명하자면, 한 번 맺은 연결을 바로 끊지 않고 살려 둠. 이 기능 덕분에 요청마다 새 연결을 맺지 않고 연결 하나로 여러 요청을 처리해서 핸드셰이크 비용이 줄어듦.`,
  },
  {
    id: "r6-ka-en-same",
    prompt: "iv-keepalive",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["tcp-keepalive-is-http-keepalive"],
    text: `TCP keepalive and HTTP keep-alive are basically the same mechanism seen from two layers: the connection is held open so the browser can send its next request without a new handshake.`,
  },
  {
    id: "r6-ka-ko-for-this",
    prompt: "iv-keepalive",
    locale: "ko",
    style: "numbered-steps",
    round: R,
    wrong: ["tcp-keepalive-is-http-keepalive"],
    text: `1. Keep-alive는 한 번 연결한 소켓을 끊지 않고 다음 요청에 다시 사용하는 것입니다.\n2. TCP keepalive는 이를 위해 일정 시간마다 빈 패킷을 보내 연결을 유지합니다.`,
  },
  {
    id: "r6-ka-en-right-contrast",
    prompt: "iv-keepalive",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `TCP keepalive is a kernel feature: on an idle connection it sends a probe to check the peer is still alive, and it is off by default with an idle time of two hours. HTTP keep-alive, on the other hand, is a persistent connection that carries many requests. If the server loses power the connection is half-open, so I would add an application heartbeat to notice it sooner.`,
  },
  {
    id: "r6-ka-ko-right-contrast",
    prompt: "iv-keepalive",
    locale: "ko",
    style: "table-rows",
    round: R,
    text: `구분 | TCP keepalive | HTTP keep-alive\n목적 | 커널이 유휴 연결에 프로브를 보내 상대가 살아 있는지 확인 | 연결 하나로 여러 요청을 보내는 지속 연결\n기본값 | 기본으로 꺼져 있고 유휴 2시간 뒤 | HTTP/1.1에서 기본\n상대가 갑자기 꺼지면 FIN도 RST도 오지 않아 half-open 연결이 되므로 heartbeat를 둡니다.`,
  },

  // ── a sysctl offered for CLOSE_WAIT ──
  {
    id: "r6-cw-ko-sysctl",
    prompt: "iv-close-wait-leak",
    locale: "ko",
    style: "numbered-steps",
    round: R,
    wrong: ["close-wait-fixed-by-sysctl"],
    text: `1. 원인: 상대가 FIN을 보냈는데 우리 애플리케이션이 close()를 호출하지 않아서 CLOSE_WAIT가 쌓입니다.\n2. 조치: sysctl로 net.ipv4.tcp_keepalive_time 값을 낮춰 두면 커널이 오래된 CLOSE_WAIT를 정리해 줍니다.\n3. 근본적으로는 finally에서 소켓을 닫도록 코드를 고칩니다.`,
  },
  {
    id: "r6-cw-en-sysctl",
    prompt: "iv-close-wait-leak",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["close-wait-fixed-by-sysctl"],
    text: `CLOSE_WAIT piles up when our code never calls close() after the peer's FIN. Short term, I would tune the kernel parameters, for example raise net.ipv4.tcp_max_orphans and lower tcp_fin_timeout, to clear them; long term, fix the code to close on every path.`,
  },
  {
    id: "r6-cw-ko-right-no-sysctl",
    prompt: "iv-close-wait-leak",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `CLOSE_WAIT는 상대가 먼저 FIN을 보냈는데 우리 애플리케이션이 close()를 호출하지 않은 상태입니다. 이 상태를 끝내는 타이머가 없어서 저절로 사라지지 않습니다. ss -tanp로 프로세스를 찾고, 예외 경로까지 finally에서 닫도록 코드를 수정합니다. sysctl로 커널 값을 바꾸는 것으로는 해결되지 않으니 코드를 고쳐야 합니다.`,
  },
  {
    id: "r6-cw-en-right-no-sysctl",
    prompt: "iv-close-wait-leak",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `A socket stays in CLOSE_WAIT because the application never calls close() after the peer's FIN, and no timer ends that state. I would find the process with ss -tanp or lsof and fix the code so every path closes the socket. No sysctl will help here: tcp_fin_timeout is about FIN_WAIT_2 and has nothing to do with CLOSE_WAIT.`,
  },

  // ── MSS negotiated ──
  {
    id: "r6-so-ko-mss-agreed",
    prompt: "iv-syn-options",
    locale: "ko",
    style: "verbless-list",
    round: R,
    wrong: ["mss-negotiated"],
    text: `- MSS: 3-way handshake 중 서로의 MSS를 비교해서 작은 값으로 합의\n- Window Scale: 64KB 넘는 윈도\n- SACK 허용, Timestamp: SYN에서만 교환`,
  },
  {
    id: "r6-so-en-mss-negotiated",
    prompt: "iv-syn-options",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["mss-negotiated"],
    text: `MSS (maximum segment size) is negotiated during the handshake so both hosts use one segment size. Window scale lets the window go above 64 KB, and SACK-permitted and timestamps are also exchanged in the SYN.`,
  },
  {
    id: "r6-so-ko-right-announced",
    prompt: "iv-syn-options",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `MSS는 협상하는 값이 아니라 각자 자기가 받을 수 있는 최대 세그먼트 크기를 SYN에 실어 알리는 값입니다. 윈도 스케일은 64KB보다 큰 윈도를 쓰게 하고, SACK 허용과 타임스탬프는 양쪽이 모두 보냈을 때만 씁니다.`,
  },

  // ── FIN_WAIT_2 timing out into TIME_WAIT ──
  {
    id: "r6-fw2-ko-to-tw",
    prompt: "iv-fin-wait-2-stuck",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    // Told to move on to TIME_WAIT when the timer runs out: fin-wait-2-timeout-enters-time-wait as well.
    wrong: ["fin-wait-2-always-times-out", "fin-wait-2-timeout-enters-time-wait"],
    text: `FIN_WAIT_2는 먼저 닫은 쪽이 상대의 FIN을 기다리는 상태입니다. 상대가 FIN을 보내지 않더라도 tcp_fin_timeout(기본 60초)이 지나면 TIME_WAIT 상태로 전환되므로 오래 남지 않습니다.`,
  },
  {
    id: "r6-fw2-en-to-tw",
    prompt: "iv-fin-wait-2-stuck",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    // Told to move on to TIME_WAIT when the timer runs out: fin-wait-2-timeout-enters-time-wait as well.
    wrong: ["fin-wait-2-always-times-out", "fin-wait-2-timeout-enters-time-wait"],
    text: `FIN_WAIT_2 waits for the peer's FIN. If it never comes, the timer expires after 60 seconds and the socket moves on to TIME_WAIT anyway, so these connections always clean themselves up.`,
  },
  {
    id: "r6-fw2-ko-right-orphan",
    prompt: "iv-fin-wait-2-stuck",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `자기 FIN은 ACK를 받았고 이제 상대의 FIN을 기다리는 중입니다. 상대가 CLOSE_WAIT에서 close()를 하지 않으면 계속 남습니다. close()로 닫아 고아가 된 소켓이면 Linux가 tcp_fin_timeout(60초) 뒤 정리하지만, shutdown(SHUT_WR)으로 송신만 닫은 소켓은 시간 제한 없이 남습니다.`,
  },

  // ── TIME_WAIT said to block the port ──
  {
    id: "r6-twb-ko-port-unusable",
    prompt: "iv-time-wait-buildup",
    locale: "ko",
    style: "casual-korean",
    round: R,
    wrong: ["time-wait-blocks-port"],
    text: `TIME_WAIT 상태인 동안은 그 포트를 사용할 수 없어서 TIME_WAIT가 쌓이면 서버가 새 연결을 못 받음. 커넥션 풀로 연결 재사용하고 tcp_tw_reuse 켜서 해결.`,
  },
  {
    id: "r6-twb-en-port-blocked",
    prompt: "iv-time-wait-buildup",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["time-wait-blocks-port"],
    text: `Yes: while a socket sits in TIME_WAIT its port cannot be used, so tens of thousands of them keep the proxy from accepting clients. Use keep-alive and a connection pool to reuse connections.`,
  },
  {
    id: "r6-twb-ko-right-ephemeral",
    prompt: "iv-time-wait-buildup",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `TIME_WAIT는 먼저 끊는 쪽의 정상 상태라 개수만으로는 문제가 아닙니다. 다만 프록시처럼 한 목적지로 짧은 연결을 많이 거는 쪽은 TIME_WAIT 하나가 임시 포트 하나를 60초 동안 붙잡아 임시 포트가 고갈되고 connect()가 EADDRNOTAVAIL로 실패합니다. keep-alive와 커넥션 풀로 연결을 재사용하고, 필요하면 tcp_tw_reuse를 켭니다.`,
  },

  // ── phone-call analogies: no claims ──
  {
    id: "r6-2w-ko-phone-right",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "dialogue",
    round: R,
    text: `A: 여보세요, 내 말 잘 들려?\nB: 응 잘 들려. 너도 내 말 들려?\n여기까지 두 번이면 A는 서로 말이 통한다는 걸 확인 가능합니다. 하지만 B는 자기 목소리가 A에게 닿았는지 모릅니다.\nA: 응, 잘 들려.\nTCP도 같아서 세 번째 ACK가 있어야 서버의 ISN이 확인되고, 지연된 옛 SYN 하나로 연결이 열리는 것도 막습니다.`,
  },
  {
    id: "r6-2w-en-phone-right",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "dialogue",
    round: R,
    text: `Think of a phone call.\nA: Hello, can you hear me?\nB: Yes, I can hear you. Can you hear me?\nAfter those two lines A knows both ways work, which is enough for A. But B still doesn't know whether its voice got through.\nA: Yes, loud and clear.\nIn TCP that third message is the ACK that confirms the server's ISN, and it keeps a delayed old SYN from opening a connection.`,
  },
  {
    id: "r6-3w-ko-phone-right",
    prompt: "iv-three-way",
    locale: "ko",
    style: "dialogue",
    round: R,
    text: `전화에 비유하면 A: 여보세요 잘 들려? B: 응 잘 들려, 너도 들려? A: 응 잘 들려. 이렇게 세 번 주고받는 것과 같습니다.\n1. 클라이언트가 SYN(seq=x)을 보냅니다.\n2. 서버가 SYN+ACK(seq=y, ack=x+1)로 답합니다.\n3. 클라이언트가 ACK(ack=y+1)를 보내고 양쪽이 ESTABLISHED가 됩니다.`,
  },
  {
    id: "r6-2w-ko-phone-wrong",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "dialogue",
    round: R,
    wrong: ["two-way-enough"],
    text: `A: 잘 들려?\nB: 응 잘 들려.\n전화도 이 정도면 통화가 되듯이 TCP도 SYN과 SYN+ACK 두 번이면 충분합니다. 세 번째 ACK는 확인을 한 번 더 하는 관례일 뿐입니다.`,
  },
  // ── mixed Korean and English, hedged ──
  {
    id: "r6-tw-mixed-wrong",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "casual-korean",
    round: R,
    wrong: ["time-wait-waits-for-data"],
    text: `Client가 last ACK 보내고 TIME_WAIT 진입. 이 상태에서는 Server 쪽에서 아직 오는 중인 data가 있을 수 있어서 바로 CLOSED 안 하고 2MSL 기다림.`,
  },
  {
    id: "r6-tw-mixed-right",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "casual-korean",
    round: R,
    text: `Active closer(보통 Client)가 last ACK 보내고 TIME_WAIT 진입, 2MSL 대기. 이유 1) last ACK가 lost되면 Server가 FIN 재전송 → 다시 ACK 해 줘야 함 2) old connection의 delayed packet이 같은 포트 새 연결에 섞이지 않게 사라질 때까지 기다림.`,
  },
  {
    id: "r6-fw2-en-hedged-right",
    prompt: "iv-fin-wait-2-stuck",
    locale: "en",
    style: "qa-refuted",
    round: R,
    text: `You might think every FIN_WAIT_2 socket simply times out into TIME_WAIT, but that is not how it works. Our FIN was acknowledged and we are waiting for the peer's FIN; the peer probably sits in CLOSE_WAIT because its application has not called close(). Only an orphan left by close() is dropped by Linux after tcp_fin_timeout; a socket half-closed with shutdown(SHUT_WR) stays indefinitely.`,
  },
  {
    id: "r6-4w-ko-ab-single-fin-wait",
    prompt: "iv-four-way",
    locale: "ko",
    style: "peers-a-b",
    round: R,
    wrong: ["single-fin-wait"],
    text: `A가 B에게 FIN을 보내고 FIN_WAIT 상태로 B의 응답을 기다린다. B는 ACK를 보내고 남은 데이터를 다 보낸 뒤 FIN을 보낸다. A는 마지막 ACK를 보내고 TIME_WAIT로 간다.`,
  },
  {
    id: "r6-twb-en-right-listen",
    prompt: "iv-time-wait-buildup",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `Thousands of TIME_WAIT sockets on the server are normal and do not block its listening port; each holds only its own socket pair. The trouble is on a client or proxy opening many short connections to one backend: it runs out of ephemeral ports and connect() fails with EADDRNOTAVAIL. Reuse connections with a connection pool and keep-alive, and enable tcp_tw_reuse where timestamps are on.`,
  },
  // ── a flag table with each meaning on the line under its flag ──
  {
    id: "r6-fl-en-urg-next-line",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    round: R,
    wrong: ["urg-means-priority"],
    text: `- SYN\n- starts a connection and synchronises sequence numbers\n- ACK\n- the acknowledgement number field is valid\n- FIN\n- the sender has no more data to send\n- RST\n- aborts the connection at once\n- PSH\n- hand the data to the application without waiting to buffer more\n- URG\n- the segment is handled ahead of other traffic, before packets that are not urgent`,
  },
  {
    id: "r6-fl-en-urg-next-line-right",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    round: R,
    text: `- SYN\n- starts a connection and synchronises sequence numbers\n- ACK\n- the acknowledgement number field is valid\n- FIN\n- the sender has no more data to send\n- RST\n- aborts the connection at once\n- PSH\n- hand the data to the application without waiting to buffer more\n- URG\n- the urgent pointer field is valid; the data is still delivered in order`,
  },
];
