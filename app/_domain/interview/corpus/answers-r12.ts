import type { CorpusAnswer } from "./answers";

/**
 * A twelfth round, for recall on published answers: misconceptions with no entry before (a
 * state's name given as a segment that is sent, the three-way handshake said to close connections,
 * tcp_tw_reuse given to a server's incoming connections, a Linux default stated wrong,
 * the MSS option taken for path MTU discovery, 1460 called the default MSS) and
 * catalogued ones in forms no check read (a paragraph hard-wrapped mid-sentence, URG told as data
 * handed up to the application at once, CLOSE_WAIT given 2MSL in the sentence after its definition,
 * the last ACK resent "just in case", tcp_fin_timeout given as the limit of every FIN_WAIT_2).
 * Correct answers in the same styles state the true
 * neighbours (the right defaults, tcp_tw_reuse for outgoing connections, states named by pointing
 * back) and must stay clean. Our own sentences, in the styles of styles.ts.
 */
const R = 12 as const;
export const CORPUS_R12: CorpusAnswer[] = [
  {
    id: "r12-3w-en-wrapped-closes",
    prompt: "iv-three-way",
    locale: "en",
    style: "hard-wrapped-prose",
    round: R,
    wrong: ["handshake-closes-connection"],
    text: `The three-way handshake is what TCP uses to open
and close a connection between two hosts. The client sends a SYN with its
initial sequence number, the server answers with a SYN-ACK that carries its
own sequence number and acknowledges the client's plus one, and the client
sends an ACK for the server's number plus one. Then both sides are ESTABLISHED.`,
  },
  {
    id: "r12-3w-ko-closes",
    prompt: "iv-three-way",
    locale: "ko",
    style: "textbook-prose",
    round: R,
    wrong: ["handshake-closes-connection"],
    text: `3-way handshake는 TCP에서 연결을 맺고 끊을 때 쓰는 과정입니다. 클라이언트가 ISN을 담은 SYN을 보내고, 서버가 자기 ISN과 클라이언트 ISN+1을 담아 SYN+ACK를 보내고, 클라이언트가 서버 ISN+1로 ACK를 보내면 연결이 수립됩니다.`,
  },
  {
    id: "r12-3w-en-wrapped-ok",
    prompt: "iv-three-way",
    locale: "en",
    style: "hard-wrapped-prose",
    round: R,
    text: `The three-way handshake opens a TCP connection. The client sends a SYN
carrying its initial sequence number x and goes to SYN-SENT; the server
answers with a SYN-ACK that carries its own number y and acknowledges x+1,
and goes to SYN-RECEIVED; the client sends an ACK for y+1 and both sides are
ESTABLISHED. Closing the connection is a separate exchange of FINs.`,
  },
  {
    id: "r12-hl-en-wrapped-ok",
    prompt: "iv-handshake-loss",
    locale: "en",
    style: "hard-wrapped-prose",
    round: R,
    text: `If the client's SYN is lost, the client waits in SYN-SENT until its
retransmission timer fires, and then the client retransmits the SYN with the
same sequence number. Each retry waits twice as long as the one before; on
Linux tcp_syn_retries defaults to 6, so connect() gives up with ETIMEDOUT after
about two minutes. If the server's SYN+ACK is lost, the server resends the
SYN+ACK from SYN-RECEIVED (and the client's SYN retry also arrives). If the
third ACK is lost, the client is already ESTABLISHED and its first data
segment carries the same acknowledgement, so the server becomes ESTABLISHED
when that segment arrives.`,
  },
  {
    id: "r12-hl-ko-retries-default",
    prompt: "iv-handshake-loss",
    locale: "ko",
    style: "sysctl-defaults",
    round: R,
    wrong: ["linux-default-misstated"],
    text: `SYN이 유실되면 클라이언트는 재전송 타이머가 만료될 때 같은 시퀀스 번호로 SYN을 다시 보냅니다. 재전송 횟수는 tcp_syn_retries로 정하고 기본값은 3이라 세 번 보내고 포기합니다.
SYN+ACK가 유실되면 서버가 SYN+ACK를 재전송합니다. 세 번째 ACK가 유실되어도 클라이언트의 첫 데이터 세그먼트가 ACK를 실어 오므로 서버는 ESTABLISHED가 됩니다.`,
  },
  {
    id: "r12-ka-en-default",
    prompt: "iv-keepalive",
    locale: "en",
    style: "sysctl-defaults",
    round: R,
    wrong: ["linux-default-misstated"],
    text: `TCP keepalive is a kernel feature: after a connection has been idle for a while the kernel sends a probe, an empty segment with an old sequence number, and if the peer never answers the connection is dropped. On Linux tcp_keepalive_time defaults to 600 seconds. HTTP keep-alive is a different thing: it keeps one connection open so that several HTTP requests reuse it instead of opening a new connection each time.`,
  },
  {
    id: "r12-ka-ko-default-ok",
    prompt: "iv-keepalive",
    locale: "ko",
    style: "sysctl-defaults",
    round: R,
    text: `TCP keepalive는 커널이 유휴 연결에 프로브를 보내 상대가 살아 있는지 확인하는 기능입니다. 응답이 없으면 연결을 끊습니다. Linux에서 tcp_keepalive_time 기본값은 7200초(2시간)이고, SO_KEEPALIVE를 켠 소켓에만 적용됩니다. 반면 HTTP keep-alive는 하나의 연결로 여러 요청을 보내 연결을 재사용하는 지속 연결입니다.`,
  },
  {
    id: "r12-tw-en-reuse-server",
    prompt: "iv-time-wait-buildup",
    locale: "en",
    style: "ops-story",
    round: R,
    wrong: ["tw-reuse-helps-incoming"],
    text: `Thousands of TIME_WAIT sockets on a web server look alarming. The usual advice
is to turn on net.ipv4.tcp_tw_reuse. It is the right fix for a busy web server
that accepts many short connections, because the TIME_WAIT entries get reused.`,
  },
  {
    id: "r12-tw-ko-reuse-ok",
    prompt: "iv-time-wait-buildup",
    locale: "ko",
    style: "ops-story",
    round: R,
    text: `TIME_WAIT는 먼저 닫은 쪽이 거치는 정상 상태라 개수만으로 문제는 아닙니다. 문제가 되는 것은 한 백엔드로 짧은 연결을 계속 거는 쪽에서 임시 포트가 고갈되어 connect()가 EADDRNOTAVAIL로 실패하는 경우입니다. 먼저 keep-alive와 커넥션 풀로 연결을 재사용합니다. 그래도 부족하면 tcp_tw_reuse를 켜는데, 이 설정은 나가는 연결에만 효과가 있고 서버가 받는 연결에는 효과가 없습니다.`,
  },
  {
    id: "r12-cw-ko-state-sent",
    prompt: "iv-close-wait-leak",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    wrong: ["state-sent-as-segment"],
    text: `클라이언트가 먼저 FIN을 보내면 서버는 ACK로 답한 뒤 클라이언트에게 CLOSE_WAIT를 보냅니다. 서버 애플리케이션이 close()를 부르지 않으면 이 연결이 계속 남아 소켓이 쌓입니다. 코드에서 소켓을 닫아야 해결됩니다.`,
  },
  {
    id: "r12-fw-ko-lastack-sent",
    prompt: "iv-fin-wait-2-stuck",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    wrong: ["state-sent-as-segment"],
    text: `FIN_WAIT_2는 내가 보낸 FIN에 ACK는 받았지만 상대의 FIN을 기다리는 상태다. 이 상태가 오래 남는 것은 대개 상대 프로그램이 LAST_ACK을 보내지 않고 멈췄기 때문이다.`,
  },
  {
    id: "r12-4w-ko-pointer-ok",
    prompt: "iv-four-way",
    locale: "ko",
    style: "peers-a-b",
    round: R,
    text: `1. A -> B: FIN
   * A가 더 보낼 데이터가 없다고 알린다. (이 상태가 FIN_WAIT_1)
2. B -> A: ACK
   * B는 FIN을 받았다고 알리고, 자기 애플리케이션이 close()를 부를 때까지 기다린다. (이 상태가 CLOSE_WAIT)
3. B -> A: FIN
   * B도 다 보냈으면 FIN을 보내고 그 ACK를 기다린다. (이 상태가 LAST_ACK)
4. A -> B: ACK
   * A는 마지막 ACK를 보내고 2MSL 동안 TIME_WAIT에 머문 뒤 닫는다.`,
  },
  {
    id: "r12-flags-en-urg-app",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    round: R,
    wrong: ["urg-means-priority"],
    text: `SYN
Synchronize: opens a connection and carries the initial sequence number
ACK
Acknowledgement: the acknowledgement number field is valid
FIN
Finish: the sender has no more data to send
RST
Reset: aborts the connection at once
PSH
Push: the receiver should hand the buffered data to the application
URG
Urgent: bytes in a URG segment are passed up to the application layer immediately, skipping the buffer`,
  },
  {
    id: "r12-cw-ko-2msl",
    prompt: "iv-close-wait-leak",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    wrong: ["two-msl-outside-time-wait", "close-wait-times-out"],
    text: `close_wait 상태는 상대는 연결을 끊었지만 이쪽 애플리케이션은 아직 끊지 않은 상태입니다. RFC에 따르면 최대 세그먼트 수명의 2배 동안 이 연결이 유지되고 그 뒤에 정리됩니다.`,
  },
  {
    id: "r12-4w-en-ack-again",
    prompt: "iv-four-way",
    locale: "en",
    style: "hard-wrapped-prose",
    round: R,
    wrong: ["ack-retransmitted-by-timer"],
    text: `The client sends a FIN and moves to FIN_WAIT_1. The server acknowledges it
and sits in CLOSE_WAIT until its application closes; then the server sends
its own FIN and waits in LAST_ACK. The client answers that FIN with an ACK and
enters TIME_WAIT. That ACK is sent a second time after a short pause, just in
case the first copy was lost.`,
  },
  {
    id: "r12-so-en-mss-pmtud",
    prompt: "iv-syn-options",
    locale: "en",
    style: "flag-table",
    round: R,
    wrong: ["mss-is-path-mtu-discovery"],
    text: `Options travel in the SYN and the SYN-ACK because that is the only moment both sides set up the connection's parameters.
- MSS (kind 2): 4 bytes, used for path MTU discovery
- Window scale (kind 3): lets the 16-bit window field stand for a much larger window
- SACK permitted (kind 4): the receiver may acknowledge blocks out of order`,
  },
  {
    id: "r12-so-ko-mss-1460",
    prompt: "iv-syn-options",
    locale: "ko",
    style: "textbook-prose",
    round: R,
    wrong: ["mss-default-1460"],
    text: `MSS, 윈도 스케일, SACK 허용 같은 옵션은 연결을 여는 SYN과 SYN+ACK에만 실립니다. 양쪽이 처음 만날 때 자기 능력을 알려야 하기 때문입니다. MSS는 최대 세그먼트 크기 옵션입니다. 예전에는 536바이트였지만 지금은 1460바이트가 기본값입니다.`,
  },
  {
    id: "r12-so-en-mss-ok",
    prompt: "iv-syn-options",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `MSS, window scale and SACK-permitted are sent only in the SYN and SYN-ACK, since the handshake is the only time both sides announce what they can do. Each side announces its own MSS, the largest segment it can receive; without the option a sender assumes 536 bytes for IPv4, and 1460 is simply what Ethernet hosts usually announce. Path MTU discovery is a separate thing that works with ICMP during the connection.`,
  },
  {
    id: "r12-fw-en-max-time",
    prompt: "iv-fin-wait-2-stuck",
    locale: "en",
    style: "sysctl-defaults",
    round: R,
    wrong: ["fin-wait-2-always-times-out"],
    text: `FIN_WAIT_2 means our FIN has been acknowledged and we are waiting for the peer's FIN. It usually lingers because the peer application never calls close(), so the peer sits in CLOSE_WAIT.
tcp_fin_timeout: maximum time a connection can spend in FIN_WAIT2 (60 s)`,
  },
];
