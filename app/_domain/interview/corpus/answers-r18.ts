import type { CorpusAnswer } from "./answers";

/**
 * An eighteenth round, after a pool of published passages (mpool) that state catalogued
 * misconceptions in ways the detectors did not know, written for each misconception's family of
 * wordings rather than for those passages: the handshake told as the connection set up first, named
 * as what gives reliability (a connection opened for reliability's sake is no mistake); data on a
 * SYN told as against the rules, as allowed only on the third segment, or the handshake's segments
 * as header-only control segments; urgent data named without
 * the flag ("its urgent feature", "긴급 데이터") told as priority, routed faster or handled at once;
 * TIME_WAIT told as stopping new connections until it ends (against the ruling's true "bind()
 * fails on that port for a while", by another process too). Beside each, correct answers on the
 * same subject that must stay unflagged. Our own sentences, in the styles of styles.ts.
 */
const R = 18 as const;
export const CORPUS_R18: CorpusAnswer[] = [
  {
    id: "r18-udp-ko-reliability-because-of-setup",
    prompt: "iv-tcp-vs-udp",
    locale: "ko",
    style: "verbless-list",
    round: R,
    wrong: ["handshake-gives-reliability"],
    text: `- TCP: 핸드셰이크 단계에서 양쪽이 서로 준비됐음을 확인하기 때문에 신뢰성 있는 통신이 가능
- UDP: 핸드셰이크 없음, 상태도 기억하지 않음`,
  },
  {
    id: "r18-udp-en-setup-enables-reliability",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "textbook-prose",
    round: R,
    wrong: ["handshake-gives-reliability"],
    text: `TCP promises that what you send gets there intact. It achieves this by setting up a connection with the peer before any data moves.
UDP skips all of that and just sends datagrams.`,
  },
  {
    id: "r18-udp-en-connection-setup-is-the-reason",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["handshake-gives-reliability"],
    text: `Connection establishment is what gives TCP its reliable delivery, while UDP is connectionless and just sends data straight away.`,
  },
  {
    id: "r18-udp-ko-reliability-from-acks",
    prompt: "iv-tcp-vs-udp",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `TCP는 3-way 핸드셰이크로 신뢰성 있는 연결을 맺기 위한 준비를 하고, 양쪽이 상태와 시퀀스 번호를 기억한다. 데이터가 빠지지 않는 것은 핸드셰이크 덕분이 아니라 확인 응답과 재전송 덕분이다.
닫을 때는 FIN 교환을 하고 먼저 닫은 쪽이 TIME_WAIT를 거친다.
UDP는 핸드셰이크 없이 바로 데이터를 보내고 연결 상태를 기억하지 않으며 종료 절차도 TIME_WAIT도 없다. 유실이나 순서 문제는 애플리케이션이 직접 처리해야 한다.`,
  },
  {
    id: "r18-udp-en-reliability-from-retransmission",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `TCP opens a connection with the 3-way handshake, and both ends keep state and sequence numbers. Its reliable delivery comes from acknowledgements and retransmission; the connection set up first only gives them a place to work.
It closes with a FIN exchange, and the side that closed first goes through TIME_WAIT.
UDP has no handshake and just sends, keeps no connection state, and has no close exchange and no TIME_WAIT. The application has to handle loss and ordering itself.`,
  },
  {
    id: "r18-three-way-ko-header-only",
    prompt: "iv-three-way",
    locale: "ko",
    style: "verbless-list",
    round: R,
    wrong: ["syn-cannot-carry-data"],
    text: `- 1단계: 클라이언트가 SYN 전송
- 2단계: 서버가 SYN+ACK 응답
- 3단계: 클라이언트가 ACK 전송
- 이 과정의 세그먼트는 데이터 없이 TCP 헤더만 담긴 제어용 세그먼트`,
  },
  {
    id: "r18-three-way-en-illegal",
    prompt: "iv-three-way",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["syn-cannot-carry-data"],
    text: `The client sends a SYN, the server answers with a SYN-ACK, and the client finishes with an ACK. Putting data in the SYN is not allowed by TCP; data can go only with the third ACK or later.`,
  },
  {
    id: "r18-three-way-ko-syn-data-allowed",
    prompt: "iv-three-way",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `클라이언트가 자기 초기 시퀀스 번호 x를 실은 SYN을 보내고 SYN_SENT가 된다. 서버는 x+1을 확인 번호로, 자기 초기 번호 y를 시퀀스 번호로 담은 SYN+ACK를 보내고 SYN_RCVD가 된다. 클라이언트가 y+1로 ACK하면 양쪽 모두 ESTABLISHED가 된다.
흔히 핸드셰이크 세그먼트는 헤더만 가지고 오가지만, 규격상 SYN에도 데이터를 실을 수 있고 받는 쪽은 연결이 성립될 때까지 그 데이터를 보관한다.`,
  },
  {
    id: "r18-three-way-en-third-ack-may-carry",
    prompt: "iv-three-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `The client sends a SYN carrying its initial sequence number x and enters SYN_SENT. The server replies with a SYN-ACK that acknowledges x+1 and carries its own initial number y, and enters SYN_RCVD. The client acknowledges y+1 and both sides are ESTABLISHED.
The final ACK usually carries only a header, but it may already carry data; a SYN may carry data too, which the receiver holds until the connection is established.`,
  },
  {
    id: "r18-flags-en-urgent-feature-priority",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    round: R,
    wrong: ["urg-means-priority"],
    text: `SYN - opens a connection.
ACK - the acknowledgment number is valid.
FIN - no more data from this sender.
Urgent data - TCP's urgent feature lets an application give some of its data priority over the rest of the stream.`,
  },
  {
    id: "r18-flags-ko-urgent-data-first",
    prompt: "iv-flags",
    locale: "ko",
    style: "verbless-list",
    round: R,
    wrong: ["urg-means-priority"],
    text: `- SYN: 연결 요청
- ACK: 확인 응답 번호가 유효함
- FIN: 보낼 데이터가 없음
- 긴급 데이터: 네트워크에서 더 빠른 경로로 전달되고, 받는 쪽은 그 세그먼트를 곧바로 처리`,
  },
  {
    id: "r18-flags-en-urgent-pointer-no-priority",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    round: R,
    text: `SYN - synchronises sequence numbers when a connection opens.
ACK - the acknowledgment number is valid.
FIN - the sender has finished sending.
RST - resets the connection immediately.
PSH - the receiver should hand the data to the application without waiting for more.
URG - the urgent pointer field is valid. Urgent data is not about QoS: routers do not treat it differently, and it still arrives in sequence; the pointer only tells the receiver where it ends.
CWR and ECE carry ECN congestion signals.`,
  },
  {
    id: "r18-tw-buildup-en-no-new-until",
    prompt: "iv-time-wait-buildup",
    locale: "en",
    style: "ops-story",
    round: R,
    wrong: ["time-wait-blocks-port"],
    text: `Our web server closed every connection itself, so thousands of sockets sat in TIME_WAIT. Once enough piled up, no new connections could be accepted until some of them left TIME_WAIT.`,
  },
];
