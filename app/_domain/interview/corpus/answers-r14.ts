import type { CorpusAnswer } from "./answers";

/**
 * A fourteenth round, after the held-out set heldout7's development half: catalogued misconceptions
 * in wordings no check read (urgent data that "takes precedence" or is "expedited", the server put in
 * TIME_WAIT between the client's FIN and its own, late data "not lost" as TIME_WAIT's purpose, a port
 * "kept reserved", FIN_WAIT_2 that "expires after" a timeout, a kernel setting configured or SO_REUSEADDR
 * turned on as the cure), and correct answers in the same styles, one telling a state as the scene of a
 * Korean condition before another subject. Our own sentences, in the styles of styles.ts.
 */
const R = 14 as const;
export const CORPUS_R14: CorpusAnswer[] = [
  {
    id: "r14-flags-en-precedence",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    round: R,
    wrong: ["urg-means-priority"],
    text: `SYN - opens a connection and synchronises the initial sequence numbers.
ACK - the acknowledgment number field is valid; set on every segment after the first.
FIN - the sender has no more data to send.
RST - aborts the connection at once.
PSH - asks the receiver to hand the buffered data to the application without waiting.
URG - urgent data takes precedence over the other data and is expedited to the receiving program.`,
  },
  {
    id: "r14-flags-ko-precede",
    prompt: "iv-flags",
    locale: "ko",
    style: "flag-table",
    round: R,
    wrong: ["urg-means-priority"],
    text: `- SYN: 연결을 시작하며 초기 시퀀스 번호를 동기화한다
- ACK: 확인 응답 번호가 유효하다
- FIN: 보낼 데이터가 더 없음을 알린다
- RST: 연결을 즉시 끊는다
- PSH: 버퍼에 모으지 말고 바로 응용 계층으로 올려 달라는 뜻
- URG: 긴급 데이터가 있으니 수신 측은 다른 데이터보다 우선하여 처리한다`,
  },
  {
    id: "r14-4w-ko-tw-slot",
    prompt: "iv-four-way",
    locale: "ko",
    style: "numbered-steps",
    round: R,
    wrong: ["time-wait-on-server", "close-wait-equals-time-wait"],
    text: `1. 클라이언트가 FIN 비트를 켜서 서버로 보낸다.
2. 서버는 받았다는 뜻으로 ACK를 보낸다.
(TIME_WAIT) 서버가 아직 보내지 못한 데이터를 마저 보낸다.
3. 다 보내면 서버가 FIN을 보낸다.
4. 클라이언트가 ACK로 응답하면 연결이 끝난다.`,
  },
  {
    id: "r14-4w-en-tw-slot",
    prompt: "iv-four-way",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["time-wait-on-server", "close-wait-equals-time-wait"],
    text: `The client starts the close with a FIN and moves to FIN_WAIT_1. The server acknowledges it and sits in TIME_WAIT while it finishes writing whatever data it still has. Once it is done, the server sends its own FIN and goes to LAST_ACK, and the client answers with the final ACK.`,
  },
  {
    id: "r14-4w-ko-scene-ok",
    prompt: "iv-four-way",
    locale: "ko",
    style: "textbook-prose",
    round: R,
    text: `클라이언트는 FIN을 보내고 FIN_WAIT_1 상태가 된다. 서버는 FIN을 받고 ACK를 보낸 뒤 CLOSE_WAIT 상태가 되고, ACK를 받은 클라이언트는 FIN_WAIT_2 상태가 된다. 서버는 남은 데이터를 다 보낸 뒤 FIN을 보내고 LAST_ACK 상태가 된다. 클라이언트는 FIN을 받고 ACK를 보낸 뒤 TIME_WAIT 상태가 된다. 마지막 ACK를 받은 서버는 CLOSED 되고 TIME_WAIT에서 2MSL이 지나면 클라이언트도 CLOSED 된다.`,
  },
  {
    id: "r14-tw-en-late-data",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["time-wait-waits-for-data"],
    text: `After the final ACK the client does not close right away. It stays in TIME_WAIT for a while so that packets the server wrote just before its FIN, which can be slowed down somewhere on the path, can still be received and nothing is dropped.`,
  },
  {
    id: "r14-twb-en-port-reserved",
    prompt: "iv-time-wait-buildup",
    locale: "en",
    style: "ops-story",
    round: R,
    wrong: ["time-wait-blocks-port"],
    text: `netstat showed thousands of sockets in TIME_WAIT on the box. Each of them keeps its port reserved until the timer expires, so the service could not accept new clients. We moved to keep-alive and a connection pool so connections are reused instead of opened for every request.`,
  },
  {
    id: "r14-cw-en-sysctl",
    prompt: "iv-close-wait-leak",
    locale: "en",
    style: "ops-story",
    round: R,
    wrong: ["close-wait-fixed-by-sysctl"],
    text: `CLOSE_WAIT means the peer has sent its FIN and the kernel has ACKed it, but our process never called close() on the socket. Find the owner with lsof and fix the code path that leaks the connection.
Tune the kernel as well:
sysctl -w net.ipv4.tcp_keepalive_time=120`,
  },
  {
    id: "r14-fw2-en-expires",
    prompt: "iv-fin-wait-2-stuck",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["fin-wait-2-always-times-out"],
    text: `FIN_WAIT_2 is where the side that closed first waits for the other side's FIN after its own FIN was ACKed. If the peer's application never closes, nothing arrives, but that is harmless: the socket simply expires after tcp_fin_timeout and goes away.`,
  },
  {
    id: "r14-tw-ko-server-side",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    wrong: ["time-wait-on-server"],
    text: `TIME_WAIT는 연결 종료 요청을 받는 서버 측에 남는다. 마지막 ACK가 유실되면 상대가 FIN을 다시 보내므로 그에 다시 ACK하기 위해, 그리고 지연된 패킷이 새 연결에 섞이지 않도록 2MSL 동안 기다린다.`,
  },
  {
    id: "r14-twb-en-reuseaddr",
    prompt: "iv-time-wait-buildup",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["reuseaddr-kills-time-wait"],
    text: `A client that opens many short connections leaves one TIME_WAIT socket per connection, and can run out of ephemeral ports (connect fails with EADDRNOTAVAIL). The fix is to turn on SO_REUSEADDR, or better, reuse connections through keep-alive and a pool.`,
  },
  {
    id: "r14-flags-en-ok",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    round: R,
    text: `SYN - synchronises sequence numbers when a connection opens.
ACK - the acknowledgment number is valid.
FIN - the sender has finished sending.
RST - resets the connection immediately.
PSH - the receiver should pass the data up to the application without waiting to fill its buffer.
URG - the urgent pointer field is valid; it only marks where urgent data ends, and the data still arrives in order with no precedence.
CWR and ECE carry ECN congestion signals.`,
  },
];
