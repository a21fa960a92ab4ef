import type { CorpusAnswer } from "./answers";

/**
 * A fifteenth round, after the held-out set heldout8's development half: correct answers in the
 * wordings the grader did not read (closing while still able to receive, SYN cookies named as what
 * "counters" the flood, a Korean topic holding the state a relative clause before it waits in, the
 * FIN's receiver left unsaid) and wrong answers stating the misconceptions catalogued from it (the
 * handshake as what makes TCP reliable, FIN_WAIT_2 timing out into TIME_WAIT, a SYN unable to carry
 * data, TIME_WAIT measured in round trips, the server ESTABLISHED on its SYN+ACK). Our own sentences,
 * in the styles of styles.ts.
 */
const R = 15 as const;
export const CORPUS_R15: CorpusAnswer[] = [
  {
    id: "r15-half-close-en-bullets",
    prompt: "iv-half-close",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `Half-close, in short:
- one endpoint may close its side of the connection and still receive data
- it does so by sending a FIN; the other endpoint can keep sending until it sends its own FIN
- rarely used, but some remote-shell tools rely on it`,
  },
  {
    id: "r15-half-close-ko-peer",
    prompt: "iv-half-close",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `FIN은 "나는 더 보낼 게 없다"는 뜻이다. 그런데 한쪽만 FIN을 보내면 어떻게 될까?
FIN을 보낸 호스트는 더 이상 데이터를 전송할 수 없지만, 반대편 호스트는 데이터를 보낼 수 있다.
즉 양방향이던 연결이 단방향으로만 흐르는 상태가 되고, 이것을 half-close라고 한다.`,
  },
  {
    id: "r15-syn-flood-en-prose",
    prompt: "iv-syn-flood",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `In a SYN flood, a client sends SYN after SYN but never the final ACK, so the server keeps a growing number of half-open connections and eventually cannot take new ones. Most current kernels implement SYN cookies to counter this: once the backlog is under pressure, the server answers with a SYN-ACK whose sequence number is specially crafted and keeps no entry, rebuilding the connection only if a matching ACK comes back.`,
  },
  {
    id: "r15-three-way-ko-relative",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbered-steps",
    round: R,
    text: `1. 클라이언트가 초기 순서 번호를 담은 SYN을 서버에 보내고 SYN_SENT 상태가 된다.
2. 서버는 SYN과 ACK를 함께 보내고, 클라이언트가 ACK로 응답하기를 기다리는 SYN_RECEIVED 상태가 된다.
3. 클라이언트가 서버의 순서 번호 + 1로 ACK를 보내면 양쪽 모두 ESTABLISHED가 된다.`,
  },
  {
    id: "r15-four-way-ko-unsaid",
    prompt: "iv-four-way",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `클라이언트가 FIN을 보내면 서버는 ACK로 답한다. 서버는 남은 데이터를 다 보낸 뒤 자기 FIN을 보내고, 클라이언트는 마지막 ACK를 보낸다.
FIN을 전송한 측은 FIN_WAIT_1과 FIN_WAIT_2를 거쳐 TIME_WAIT로 가고, 수신한 측은 CLOSE_WAIT와 LAST_ACK를 거친다.`,
  },
  {
    id: "r15-tcp-udp-en-reliable",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["handshake-gives-reliability"],
    text: `TCP is connection-oriented and guarantees reliable delivery by means of its three-way handshake, after which data flows. UDP is connectionless: no handshake, no connection state and no teardown, so it is faster but unreliable.`,
  },
  {
    id: "r15-tcp-udp-ko-reliable",
    prompt: "iv-tcp-vs-udp",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    wrong: ["handshake-gives-reliability"],
    text: `- TCP: 연결형. 3-way handshake를 거쳐 연결을 맺기 때문에 높은 신뢰성을 보장하지만 느리다.
- UDP: 비연결형. 연결 설정도 종료 과정도 없어서 빠르지만 신뢰성이 낮다.`,
  },
  {
    id: "r15-fin-wait-2-ko-timeout",
    prompt: "iv-fin-wait-2-stuck",
    locale: "ko",
    style: "sysctl-defaults",
    round: R,
    wrong: ["fin-wait-2-timeout-enters-time-wait"],
    text: `FIN_WAIT_2는 상대의 FIN을 기다리는 상태다. 상대가 close()를 하지 않으면 오래 남는데, 먼저 닫은 쪽은 FIN_WAIT2에서 기다리다가 일정 시간(net.ipv4.tcp_fin_timeout, 60초)이 지나면 TIME_WAIT 상태가 된다.`,
  },
  {
    id: "r15-fin-wait-2-en-timeout",
    prompt: "iv-fin-wait-2-stuck",
    locale: "en",
    style: "ops-story",
    round: R,
    wrong: ["fin-wait-2-timeout-enters-time-wait"],
    text: `These sockets sent their FIN, got it acknowledged and now wait for the peer's FIN, because the peer application never closed. They do not stay forever: once tcp_fin_timeout expires, a socket in FIN_WAIT_2 moves on to TIME_WAIT and is cleaned up from there.`,
  },
  {
    id: "r15-three-way-en-syn-data",
    prompt: "iv-three-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    wrong: ["syn-cannot-carry-data"],
    text: `The client creates its control block, picks an ISN x and sends a SYN with seq=x; a SYN cannot carry any data, but it consumes one sequence number. The server replies with SYN and ACK set, seq=y and ack=x+1. The client then sends an ACK with ack=y+1, and both sides are ESTABLISHED.`,
  },
  {
    id: "r15-time-wait-en-rtt",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "textbook-prose",
    round: R,
    wrong: ["time-wait-is-2rtt"],
    text: `Suppose a duplicate of a segment from the end of a connection is delayed and arrives after the connection is gone, when a new program already uses the same address and port. To prevent that, the stack refuses to reuse the pair for at least two round-trip times. (This is the TIME_WAIT period.) After it, stray segments are assumed to have died in the network.`,
  },
  {
    id: "r15-three-way-en-early-est",
    prompt: "iv-three-way",
    locale: "en",
    style: "numbered-steps",
    round: R,
    wrong: ["server-established-after-synack"],
    text: `1. The client sends a SYN with its initial sequence number and enters SYN_SENT.
2. The server answers with a SYN-ACK (ack = client ISN + 1) and moves to ESTABLISHED.
3. The client sends the final ACK and is ESTABLISHED as well.`,
  },
  {
    id: "r15-rst-en-faster-fin",
    prompt: "iv-rst-vs-fin",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["rst-is-graceful"],
    text: `RST is basically a quicker FIN: it closes the connection and the peer acknowledges it. TCP sends one when a SYN arrives for a port where nothing listens.`,
  },
  {
    id: "r15-handshake-loss-en-reack",
    prompt: "iv-handshake-loss",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `Lost SYN: the client's timer fires and it resends the SYN, waiting twice as long each time. Lost SYN-ACK: the server retransmits it (and the client resends its SYN too). Lost final ACK: the server, still in SYN_RECEIVED, retransmits the SYN-ACK and the client answers with another ACK; any data the client sends also carries the acknowledgement.`,
  },
];
