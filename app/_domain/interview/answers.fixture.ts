/**
 * Learner answers for every interview prompt, in both languages: a good one in the learner's
 * own words (not the model answer), a partial one with the points it leaves out, and a wrong
 * one with the claims the grader must name. grade-answer.test.ts checks good > partial > wrong.
 */
export type Fixture = { good: string; partial: { text: string; missing: string[] }; wrong: { text: string; mistakes: string[] } };
export type PromptFixtures = { ko: Fixture; en: Fixture };

export const ANSWERS: Record<string, PromptFixtures> = {
  "iv-three-way": {
    en: {
      good: "The client opens with a SYN segment carrying its initial sequence number x. The server replies with a SYN-ACK: its own ISN y and ack = x + 1. Finally the client sends an ACK with ack = y + 1. Now both directions are shown to work and both sequence numbers are synchronized.",
      partial: {
        text: "The client sends SYN, the server answers SYN+ACK, then the client sends ACK and the connection is open.",
        missing: ["isn", "plus-one", "both-directions"],
      },
      wrong: {
        text: "The server sends SYN+ACK first and goes into SYN_SENT, then the client sends SYN. Two messages would be enough really.",
        mistakes: ["server-syn-sent", "two-way", "order-syn-ack"],
      },
    },
    ko: {
      good: "먼저 클라이언트가 초기 시퀀스 번호 x를 담아 SYN을 보냅니다. 서버는 자기 ISN y와 확인 번호 x+1을 담아 SYN+ACK로 응답합니다. 마지막으로 클라이언트가 y+1로 ACK를 보내면 양방향 통신이 가능함이 확인됩니다.",
      partial: {
        text: "클라이언트가 SYN을 보내고 서버가 SYN+ACK를 보내고 클라이언트가 마지막으로 ACK를 보냅니다.",
        missing: ["isn", "plus-one", "both-directions"],
      },
      wrong: {
        text: "서버가 SYN_SENT 상태에서 SYN+ACK를 먼저 보내고, 클라이언트는 LISTEN 상태에서 SYN을 보냅니다. 사실 두 번이면 충분합니다.",
        mistakes: ["server-syn-sent", "client-listen", "two-way", "order-syn-ack"],
      },
    },
  },
  "iv-four-way": {
    en: {
      good: "The side that closes first sends FIN. The peer answers with an ACK right away but may still send its remaining data; that is a half-close. When the server is done it sends its own FIN, and the client replies with a final ACK and waits in TIME_WAIT for 2MSL.",
      partial: { text: "The client sends FIN and the server ACKs it. Later the server sends FIN too.", missing: ["last-ack", "time-wait", "half-close"] },
      wrong: {
        text: "The client sends FIN and then the server goes into TIME_WAIT, because CLOSE_WAIT is the same as TIME_WAIT anyway.",
        mistakes: ["tw-server", "cw-tw"],
      },
    },
    ko: {
      good: "먼저 닫는 쪽이 FIN을 보내면 상대는 바로 ACK로 확인합니다. 상대는 남은 데이터를 계속 보낼 수 있고(half-close), 다 보내면 서버도 FIN을 보냅니다. 클라이언트가 마지막 ACK를 보내고 TIME_WAIT에서 2MSL 동안 기다립니다.",
      partial: { text: "클라이언트가 FIN을 보내고 서버가 ACK를 보냅니다. 그 뒤 서버가 FIN을 보냅니다.", missing: ["last-ack", "time-wait", "half-close"] },
      wrong: { text: "클라이언트가 FIN을 보내면 서버가 TIME_WAIT로 들어갑니다. CLOSE_WAIT는 TIME_WAIT와 같은 상태입니다.", mistakes: ["tw-server", "cw-tw"] },
    },
  },
  "iv-why-time-wait": {
    en: {
      good: "The active closer, the side that closes first, stays in TIME_WAIT for 2MSL. If its last ACK is lost the peer retransmits the FIN, and it can ACK again. It also lets delayed segments from the previous connection die out before the same ports are reused.",
      partial: { text: "It waits 2MSL so that delayed packets of the old connection expire.", missing: ["last-ack-lost", "active-closer"] },
      wrong: { text: "The server goes into TIME_WAIT to wait for the remaining data the client has not sent yet.", mistakes: ["on-server", "waits-for-data"] },
    },
    ko: {
      good: "먼저 닫은 쪽이 2MSL 동안 머무는 상태입니다. 마지막 ACK가 유실되면 상대가 FIN을 재전송하므로 다시 ACK해야 하고, 이전 연결의 지연된 세그먼트가 같은 포트의 새 연결에 섞이지 않게 합니다.",
      partial: { text: "2MSL 동안 기다려서 지연된 패킷이 사라지게 합니다.", missing: ["last-ack-lost", "active-closer"] },
      wrong: { text: "서버가 TIME_WAIT에 들어가서 아직 받지 못한 데이터를 기다리는 상태입니다.", mistakes: ["on-server", "waits-for-data"] },
    },
  },
  "iv-why-not-two-way": {
    en: {
      good: "With only two segments the server's initial sequence number is never acknowledged, so the server cannot know its ISN arrived. Worse, a delayed duplicate SYN from an old attempt would open a connection. The third ACK confirms the server's sequence number and proves both directions work.",
      partial: { text: "Because an old SYN that was delayed in the network could open a connection by itself.", missing: ["server-isn", "both-directions"] },
      wrong: { text: "Honestly two steps are enough; the third one is just tradition.", mistakes: ["two-enough"] },
    },
    ko: {
      good: "2-way로는 서버의 ISN이 클라이언트에게 확인되지 않습니다. 또 네트워크에 남아 있던 지연된 SYN 하나로 연결이 열려 버립니다. 세 번째 ACK가 서버의 시퀀스 번호를 확인해 주고 양방향 통신이 되는지 보장합니다.",
      partial: { text: "네트워크에서 지연된 옛 SYN이 도착하면 연결이 잘못 열릴 수 있기 때문입니다.", missing: ["server-isn", "both-directions"] },
      wrong: { text: "사실 두 번으로 충분하고 세 번째는 관례일 뿐입니다.", mistakes: ["two-enough"] },
    },
  },
  "iv-why-four-way": {
    en: {
      good: "Because each direction closes independently. When the client's FIN arrives the server ACKs it at once, but it may still have data to send, so its own FIN is sent separately, later. That is the half-close.",
      partial: { text: "Each direction of the connection is closed independently.", missing: ["remaining-data", "ack-fin-separate", "half-close"] },
      wrong: { text: "The FIN closes both directions at once, so FIN closes the whole connection.", mistakes: ["fin-both"] },
    },
    ko: {
      good: "TCP의 두 방향이 각각 독립적으로 닫히기 때문입니다. 서버는 클라이언트의 FIN에 바로 ACK하지만 아직 보낼 데이터가 남아 있을 수 있어서 자기 FIN은 나중에 따로 보냅니다. 이것이 half-close입니다.",
      partial: { text: "연결의 두 방향이 독립적으로 닫히기 때문입니다.", missing: ["remaining-data", "ack-fin-separate", "half-close"] },
      wrong: { text: "FIN 하나로 연결이 양방향 모두 종료되기 때문에 그냥 관례상 네 번 보냅니다.", mistakes: ["fin-both"] },
    },
  },
  "iv-half-close": {
    en: {
      good: "Half-close means one side closes only its sending side with a FIN, for example with shutdown(SHUT_WR), and can still receive. It sits in FIN_WAIT_2 reading while the peer, in CLOSE_WAIT, finishes sending and then sends its own FIN.",
      partial: { text: "One side stops sending but can still receive data from the other side.", missing: ["fin-wait-2", "shutdown"] },
      wrong: { text: "It is when both directions are closed by a single FIN.", mistakes: ["fin-both"] },
    },
    ko: {
      good: "한쪽이 shutdown(SHUT_WR)으로 FIN을 보내 자기 송신 방향만 닫고, 수신은 계속 받을 수 있는 상태입니다. 보낸 쪽은 FIN_WAIT_2에서 상대 데이터를 받고, 상대는 CLOSE_WAIT에서 남은 데이터를 보낸 뒤 FIN을 보냅니다.",
      partial: { text: "한 방향만 닫고 데이터는 계속 받을 수 있는 것입니다.", missing: ["fin-wait-2", "shutdown"] },
      wrong: { text: "FIN을 보내면 양방향이 모두 닫히는 것을 말합니다.", mistakes: ["fin-both"] },
    },
  },
  "iv-flags": {
    en: {
      good: "SYN opens a connection and synchronizes sequence numbers. ACK means the acknowledgement number is valid. FIN says the sender has no more data. RST resets, aborting the connection. PSH asks the receiver to push data to the application immediately. URG says the urgent pointer is valid. CWR and ECE, the two newer bits, carry ECN congestion signals.",
      partial: { text: "SYN starts a connection, ACK acknowledges received data, and FIN is used to close.", missing: ["rst", "psh", "urg", "ecn"] },
      wrong: { text: "There are only six flags. SYN does not consume a sequence number; it is just a hello.", mistakes: ["syn-sync", "six-bits"] },
    },
    ko: {
      good: "SYN은 연결을 시작하며 시퀀스 번호를 동기화하고, ACK는 확인 응답 번호가 유효함을 뜻합니다. FIN은 더 보낼 데이터가 없어 종료한다는 뜻, RST는 연결을 강제로 끊는 것, PSH는 버퍼에 두지 말고 즉시 전달하라는 것, URG는 긴급 포인터가 유효함을 뜻합니다. 나중에 추가된 CWR과 ECE는 ECN 혼잡 알림용입니다.",
      partial: { text: "SYN은 연결 요청, ACK는 확인 응답, FIN은 연결 종료입니다.", missing: ["rst", "psh", "urg", "ecn"] },
      wrong: { text: "TCP 플래그는 6개뿐입니다. SYN은 시퀀스 번호를 소비하지 않는 단순한 인사입니다.", mistakes: ["syn-sync", "six-bits"] },
    },
  },
  "iv-final-ack-lost": {
    en: {
      good: "The server is in LAST_ACK and never receives the ACK, so its timer fires and it retransmits the FIN. The client is still in TIME_WAIT, so it ACKs again and its 2MSL timer restarts. The server then gets the ACK and closes.",
      partial: { text: "The server sits in LAST_ACK and retransmits its FIN after a timeout.", missing: ["re-ack", "timer-restart"] },
      wrong: {
        text: "Nothing much: the server will retransmit the data and the client, in TIME_WAIT, waits for the remaining data.",
        mistakes: ["rst-normal"],
      },
    },
    ko: {
      good: "서버는 LAST_ACK 상태에서 ACK를 받지 못해 타이머가 만료되면 FIN을 재전송합니다. 클라이언트는 아직 TIME_WAIT이므로 다시 ACK를 보내고 2MSL 타이머를 재시작합니다. 그 ACK를 받은 서버가 닫힙니다.",
      partial: { text: "서버가 LAST_ACK에서 기다리다가 FIN을 재전송합니다.", missing: ["re-ack", "timer-restart"] },
      wrong: { text: "서버가 데이터를 재전송하고, 클라이언트는 TIME_WAIT에서 아직 받지 못한 데이터를 기다립니다.", mistakes: ["rst-normal"] },
    },
  },
  "iv-time-wait-buildup": {
    ko: {
      good: "TIME_WAIT 자체는 먼저 끊는 쪽이 거치는 정상 상태라 많다고 바로 장애는 아닙니다. 문제는 프록시처럼 같은 백엔드로 짧은 연결을 계속 여는 쪽인데, TIME_WAIT마다 임시 포트를 하나씩 붙잡고 있어서 포트가 바닥나면 connect()가 Cannot assign requested address로 실패해요. 그래서 우선 커넥션 풀이랑 keep-alive로 연결을 재사용하고, 타임스탬프가 켜져 있으면 tcp_tw_reuse=1도 고려합니다. 참고로 리눅스 TIME_WAIT는 60초로 고정된 상수라 sysctl로 못 바꿉니다.",
      partial: {
        text: "TIME_WAIT가 임시 포트를 잡고 있어서 클라이언트 쪽 포트가 고갈될 수 있습니다. 커넥션 풀로 연결을 재사용하면 됩니다.",
        missing: ["tw-reuse", "fixed-length"],
      },
      wrong: {
        text: "TIME_WAIT가 많으면 LISTEN 포트가 고갈돼서 새 연결을 못 받습니다. tcp_fin_timeout을 10초로 줄여서 TIME_WAIT를 짧게 만들면 해결됩니다.",
        mistakes: ["blocks-port", "fin-timeout"],
      },
    },
    en: {
      good: "On its own it's fine, TIME_WAIT is just where the active closer sits for a while. It bites on the client side: a proxy that keeps opening short connections to one upstream burns one ephemeral port per TIME_WAIT, and once they run out connect() returns EADDRNOTAVAIL. I'd reuse connections first (keep-alive, a connection pool), and if needed enable net.ipv4.tcp_tw_reuse, which relies on TCP timestamps. Tweaking tcp_fin_timeout is pointless: that setting is for FIN_WAIT_2, and Linux hard-codes TIME_WAIT at 60 seconds.",
      partial: { text: "It can exhaust the ephemeral ports on the client, so I would enable tcp_tw_reuse.", missing: ["reuse-connections", "fixed-length"] },
      wrong: {
        text: "Yes, all those TIME_WAITs block the listening port, so new clients cannot get in. Lower tcp_fin_timeout to shorten TIME_WAIT, or turn on tcp_tw_recycle which fixes it safely.",
        mistakes: ["blocks-port", "fin-timeout", "recycle"],
      },
    },
  },
  "iv-close-wait-leak": {
    ko: {
      good: "1. 원인: 클라이언트가 먼저 FIN을 보냈고 우리 서버 커널은 ACK했는데, 애플리케이션이 close()를 호출하지 않아서 소켓이 CLOSE_WAIT에 남아 있는 겁니다.\n2. CLOSE_WAIT에는 타이머가 없어서 코드가 닫기 전까지는 계속 남습니다.\n3. 확인: ss -tanp state close-wait으로 어떤 프로세스가 어느 상대와 맺은 연결인지 보고, lsof로 fd가 늘어나는지 봅니다.\n4. 해결: 예외가 나도 닫히도록 finally나 try-with-resources로 감싸고, 풀에서 빌린 커넥션은 반드시 반납하게 코드를 수정합니다.",
      partial: { text: "상대가 FIN을 보냈는데 우리 애플리케이션이 close()를 안 불러서 생기는 상태입니다.", missing: ["no-timeout", "find", "fix-code"] },
      wrong: {
        text: "CLOSE_WAIT는 TIME_WAIT랑 같은 대기 상태라서 좀 기다리면 커널이 알아서 정리합니다. 정 급하면 tcp_fin_timeout을 줄이면 CLOSE_WAIT가 빨리 정리됩니다.",
        mistakes: ["cw-tw", "times-out", "sysctl-fix"],
      },
    },
    en: {
      good: "CLOSE_WAIT means the other end already closed its side: its FIN arrived and our kernel acknowledged it, but our application hasn't called close() on the socket yet. Nothing in TCP times it out, so those sockets stay forever until the process closes them or dies. I'd run ss -tanp state close-wait to see which process and which remote service they belong to, then fix the code so every path, including errors and timeouts, closes the socket or returns it to the pool.",
      partial: {
        text: "The peer sent a FIN and our application never called close(), so the socket is stuck in CLOSE_WAIT.",
        missing: ["no-timeout", "find", "fix-code"],
      },
      wrong: {
        text: "CLOSE_WAIT is basically the same as TIME_WAIT; the kernel cleans CLOSE_WAIT up automatically after a while. If it bothers you, lower tcp_fin_timeout and the CLOSE_WAIT sockets go away faster.",
        mistakes: ["cw-tw", "times-out", "sysctl-fix"],
      },
    },
  },
  "iv-fin-wait-2-stuck": {
    ko: {
      good: "FIN_WAIT_2는 먼저 닫은 쪽이 FIN을 보내고 그 ACK까지 받은 상태라, 이제 상대의 FIN을 기다리고 있는 겁니다. 보통 상대는 CLOSE_WAIT에서 애플리케이션이 close()를 안 하고 있는 경우죠. close()해서 고아가 된 소켓이면 리눅스가 tcp_fin_timeout(기본 60초)이 지나면 정리하지만, shutdown(SHUT_WR)으로 송신만 닫고 소켓을 들고 있는 half-close는 시간 제한 없이 남아 있습니다.",
      partial: {
        text: "상대방이 FIN을 보내지 않아서 FIN을 기다리고 있는 상태입니다. 상대는 CLOSE_WAIT일 가능성이 큽니다.",
        missing: ["orphan-timeout", "half-close-stays"],
      },
      wrong: {
        text: "FIN_WAIT_2도 2MSL 동안 기다리다가 끝납니다. 어떤 경우든 FIN_WAIT_2는 tcp_fin_timeout이 지나면 커널이 정리해 줍니다.",
        mistakes: ["fw2-msl", "always-times-out"],
      },
    },
    en: {
      good: "The closing side's FIN has been ACKed, so it's waiting for the peer's FIN, and the peer is probably sitting in CLOSE_WAIT because its app never calls close(). If our app already called close(), the socket is an orphan and Linux kills it after tcp_fin_timeout, 60s by default. If we only did shutdown(SHUT_WR) and still hold the socket, it's a half-close and stays there indefinitely.",
      partial: { text: "It is waiting for the FIN from the other side, which is probably in CLOSE_WAIT.", missing: ["orphan-timeout", "half-close-stays"] },
      wrong: {
        text: "FIN_WAIT_2 waits for 2MSL and then closes. All FIN_WAIT_2 sockets time out after tcp_fin_timeout anyway, so it's nothing to worry about.",
        mistakes: ["fw2-msl", "always-times-out"],
      },
    },
  },
  "iv-keepalive": {
    ko: {
      good: "이름만 비슷하지 완전 다른 거예요. TCP keepalive는 커널이 한동안 조용한 연결에 프로브 패킷을 보내서 상대가 살아 있는지 확인하는 기능이고, HTTP keep-alive는 연결 하나로 여러 요청을 처리하는 지속 연결이에요. TCP keepalive는 기본값이 꺼져 있고 켜도 2시간은 놀아야 첫 프로브가 나가요. 상대 서버가 갑자기 전원이 나가면 FIN도 RST도 안 오니까 Half-Open 상태가 되는데, 빨리 잡으려면 애플리케이션 레벨 heartbeat를 두거나 keepalive 시간을 짧게 줄여야 합니다.",
      partial: {
        text: "TCP keepalive는 프로브를 보내 상대가 살아 있는지 확인하는 거고, HTTP keep-alive는 한 연결로 여러 요청을 보내는 겁니다.",
        missing: ["off-by-default", "half-open", "heartbeat"],
      },
      wrong: {
        text: "TCP keepalive랑 HTTP keep-alive는 같은 기능입니다. 기본으로 켜져 있는 keepalive가 몇 초마다 상대를 확인해 줍니다.",
        mistakes: ["same-thing", "on-by-default"],
      },
    },
    en: {
      good: "They're unrelated features with similar names. TCP keepalive is the kernel sending probe segments on an idle connection to check the peer is still alive; HTTP keep-alive is a persistent connection, reusing one TCP connection for multiple requests. TCP keepalive is off by default and the first probe only goes out after two hours of idle time (7200 s on Linux). If the peer loses power, neither FIN nor RST arrives, so the connection is half-open and nobody knows until they send. I'd use an application heartbeat or lower TCP_KEEPIDLE to catch it sooner.",
      partial: {
        text: "TCP keepalive sends probes to see if the peer is alive, while HTTP keep-alive reuses one connection for several requests.",
        missing: ["off-by-default", "half-open", "heartbeat"],
      },
      wrong: {
        text: "TCP keepalive and HTTP keep-alive are the same thing. Keepalive is on by default and checks the peer every few seconds, so a dead server is noticed almost immediately.",
        mistakes: ["same-thing", "on-by-default"],
      },
    },
  },
  "iv-handshake-loss": {
    ko: {
      good: "SYN이 유실되면 클라이언트는 재전송 타이머가 만료될 때 같은 시퀀스 번호로 SYN을 재전송하고, 그때마다 대기 시간을 두 배로 늘립니다(지수 백오프). 끝까지 답이 없으면 ETIMEDOUT이 나요. SYN+ACK가 유실되면 서버가 SYN+ACK를 재전송하고, 클라이언트도 SYN을 다시 보냅니다. 세 번째 ACK가 유실되면 클라이언트는 이미 ESTABLISHED라 ACK만 따로 재전송하지는 않지만, 이어서 보내는 데이터 세그먼트에 ACK가 실려 있으니 서버가 그걸 받고 ESTABLISHED가 됩니다.",
      partial: {
        text: "SYN이 유실되면 클라이언트가 타임아웃 뒤에 SYN을 재전송합니다. SYN+ACK가 유실되면 서버가 SYN+ACK를 재전송합니다.",
        missing: ["backoff", "third-ack"],
      },
      wrong: {
        text: "SYN이 한 번 유실되면 connect()가 바로 실패합니다. 세 번째 ACK가 유실되면 클라이언트가 타이머로 세 번째 ACK를 재전송해요.",
        mistakes: ["fails-at-once", "ack-timer"],
      },
    },
    en: {
      good: "If the SYN is lost, the client waits for its retransmission timer and resends the SYN with the same sequence number, doubling the timeout each time (exponential backoff) until it gives up with ETIMEDOUT. If the SYN-ACK is lost, the server retransmits its SYN-ACK, and the client will also resend its SYN. If the final ACK is lost, nobody retransmits that ACK, but the client's first data segment carries the acknowledgement, so the server moves to ESTABLISHED when the data arrives.",
      partial: {
        text: "A lost SYN is retransmitted by the client after a timeout, and a lost SYN-ACK is retransmitted by the server.",
        missing: ["backoff", "third-ack"],
      },
      wrong: {
        text: "If the SYN is lost, connect() fails immediately with an error. If the third ACK is lost, the client's timer fires and it retransmits the third ACK.",
        mistakes: ["fails-at-once", "ack-timer"],
      },
    },
  },
  "iv-syn-flood": {
    ko: {
      good: "공격자가 출발지 IP를 위조해서 SYN만 잔뜩 보내고 마지막 ACK는 안 보내는 공격입니다. 서버는 SYN마다 SYN+ACK를 보내고 SYN_RECV 상태로 SYN 큐에 담아 두고 기다리는데, 이 큐가 꽉 차면 정상 사용자의 SYN도 버려져요. 방어는 SYN 쿠키가 대표적인데, 상태를 저장하지 않고 필요한 정보를 ISN에 인코딩해서 SYN+ACK로 보냅니다. 다만 쿠키를 쓰면 윈도 스케일이나 SACK 같은 옵션을 잃고 SYN+ACK 재전송도 못 해서, 리눅스는 큐가 넘칠 때만 쿠키를 씁니다.",
      partial: { text: "SYN만 계속 보내고 ACK는 보내지 않아서 서버의 SYN 큐를 가득 채우는 공격입니다.", missing: ["cookies", "cookie-cost"] },
      wrong: {
        text: "SYN Flooding은 accept 큐를 가득 채워서 서버를 마비시킵니다. SYN 쿠키는 부작용이 전혀 없으니 그냥 항상 켜 두면 됩니다.",
        mistakes: ["accept-queue", "cookies-free"],
      },
    },
    en: {
      good: "The attacker fires lots of SYNs, usually from spoofed addresses, and never completes the handshake with the final ACK. Each one sits in the server's SYN queue in SYN_RECV, so the queue fills up and real clients get dropped. The standard defence is SYN cookies: the server keeps no state and encodes what it needs into its ISN, then rebuilds it from the returning ACK. The catch is that cookies can't retransmit the SYN-ACK and lose options like window scaling and SACK, so Linux only switches them on when the queue overflows.",
      partial: {
        text: "An attacker sends SYNs from spoofed IPs and never sends the ACK, so the server's SYN queue fills up.",
        missing: ["cookies", "cookie-cost"],
      },
      wrong: {
        text: "A SYN flood fills up the accept queue with connections. SYN cookies have no drawbacks, so you should always enable them.",
        mistakes: ["accept-queue", "cookies-free"],
      },
    },
  },
  "iv-rst-vs-fin": {
    ko: {
      good: "FIN은 정상 종료예요. 앞서 보낸 데이터가 다 전달된 다음에 처리되고 ACK로 확인받고, 먼저 닫은 쪽은 TIME_WAIT를 거칩니다. RST는 연결을 즉시 끊는 강제 종료라서 버퍼에 남은 데이터는 버려지고, RST에는 ACK도 없고 TIME_WAIT도 남지 않아요. 애플리케이션 입장에선 FIN은 read()가 0을 반환하는 EOF고, RST는 ECONNRESET 에러로 보입니다. RST는 닫힌 포트로 SYN이 올 때, SO_LINGER를 0으로 두고 close()할 때, 읽지 않은 데이터를 남기고 close()할 때 주로 나갑니다.",
      partial: { text: "FIN은 정상적으로 연결을 종료하는 것이고, RST는 연결을 강제로 바로 끊는 것입니다.", missing: ["no-ack-no-tw", "when-rst", "app-sees"] },
      wrong: { text: "RST도 FIN처럼 남은 데이터를 다 전달하고 상대에게 ACK를 받은 뒤 닫히는 정상 종료입니다.", mistakes: ["rst-graceful"] },
    },
    en: {
      good: "FIN is the graceful way: it's processed only after all the data before it, it gets ACKed, and the side that closed first ends up in TIME_WAIT. RST is an abort. The connection is torn down immediately, buffered data is thrown away, the RST is never acknowledged and no TIME_WAIT is left behind. Your app sees FIN as read() returning 0 (EOF) and RST as ECONNRESET. You get a RST when you connect to a closed port (connection refused), when someone closes with SO_LINGER set to 0, or when close() is called with unread data in the receive buffer.",
      partial: { text: "FIN closes the connection gracefully, while RST aborts it immediately.", missing: ["no-ack-no-tw", "when-rst", "app-sees"] },
      wrong: {
        text: "RST works like FIN: it delivers all the remaining data first and is acknowledged by the peer before the connection closes.",
        mistakes: ["rst-graceful"],
      },
    },
  },
  "iv-syn-options": {
    ko: {
      good: "MSS, 윈도 스케일, SACK 허용, 타임스탬프 네 가지입니다. MSS는 내가 받을 수 있는 최대 세그먼트 크기를 알리는 값이고, 윈도 스케일은 윈도 필드를 몇 비트 시프트할지 정해서 64KB 넘는 윈도를 쓰게 해 줍니다. SACK 허용은 나중에 선택적 ACK를 쓰겠다는 표시고, 타임스탬프는 RTT 측정이랑 PAWS에 쓰여요. 이 값들은 모든 세그먼트를 해석하는 규칙이라 데이터가 오가기 전에 양쪽이 알아야 하고, 윈도 스케일 같은 건 양쪽 SYN에 모두 있어야만 켜집니다.",
      partial: { text: "MSS랑 윈도 스케일 옵션이 있습니다.", missing: ["sack", "timestamps", "why-syn"] },
      wrong: {
        text: "MSS는 양쪽이 협상해서 하나의 값으로 정합니다. 윈도 스케일 같은 옵션은 연결 중에도 언제든 다시 협상할 수 있어요.",
        mistakes: ["mss-common", "anytime"],
      },
    },
    en: {
      good: "MSS, window scaling, SACK-permitted and timestamps. MSS tells the peer the largest segment I can receive; window scale lets the 16-bit window field describe windows above 64 KB; SACK-permitted says selective ACKs may be used later; timestamps are for RTT measurement and PAWS. They change how every later segment is interpreted, so both ends have to agree before any data flows, and scaling, SACK and timestamps only kick in if both sides sent the option.",
      partial: { text: "MSS and window scale are set in the SYN.", missing: ["sack", "timestamps", "why-syn"] },
      wrong: {
        text: "Both sides negotiate one common MSS value, and options like window scale can be renegotiated at any time during the connection.",
        mistakes: ["mss-common", "anytime"],
      },
    },
  },
  "iv-tcp-vs-udp": {
    ko: {
      good: "TCP는 3-way 핸드셰이크로 연결을 맺고, 양쪽이 상태와 시퀀스 번호를 관리하고, 끝낼 땐 FIN을 주고받은 뒤 먼저 끊은 쪽이 TIME_WAIT에 들어가요. UDP는 핸드셰이크 없이 바로 데이터그램을 보내는 비연결형이라 연결 상태도 없고, 종료 절차나 TIME_WAIT도 없습니다. 그만큼 유실이나 순서 문제는 애플리케이션이 직접 처리해야 하고, QUIC처럼 UDP 위에서 연결 관리를 따로 구현하기도 합니다.",
      partial: { text: "UDP는 핸드셰이크 없이 바로 데이터를 보냅니다.", missing: ["no-state", "no-time-wait", "app-handles"] },
      wrong: { text: "UDP도 TCP처럼 연결을 맺고 상태를 유지하며, 끝나면 TIME_WAIT에 들어갑니다. 다만 재전송을 안 할 뿐이에요.", mistakes: ["udp-state"] },
    },
    en: {
      good: "TCP needs a 3-way handshake to open, both ends track state and sequence numbers, and closing takes a FIN exchange with the active closer sitting in TIME_WAIT afterwards. UDP is connectionless: no handshake, the first datagram already carries data, it keeps no connection state, and since there is nothing to close there is no TIME_WAIT either. The application has to handle loss and ordering itself, which is why QUIC builds its own connection management on top of UDP.",
      partial: { text: "UDP doesn't do a handshake; it just sends datagrams right away.", missing: ["no-state", "no-time-wait", "app-handles"] },
      wrong: {
        text: "UDP also establishes a connection with a handshake and keeps connection state, it just goes through TIME_WAIT faster than TCP.",
        mistakes: ["udp-state"],
      },
    },
  },
};
