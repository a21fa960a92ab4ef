import type { CorpusAnswer } from "./answers";

/**
 * An eighteenth round, after a pool of published passages (mpool) that state catalogued
 * misconceptions in ways the detectors did not know, written for each misconception's family of
 * wordings rather than for those passages: the handshake told as the connection set up first or as
 * the purpose reliability serves. Beside each, correct answers on the same subject that must stay
 * unflagged. Our own sentences, in the styles of styles.ts.
 */
const R = 18 as const;
export const CORPUS_R18: CorpusAnswer[] = [
  {
    id: "r18-udp-ko-reliability-purpose",
    prompt: "iv-tcp-vs-udp",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    wrong: ["handshake-gives-reliability"],
    text: `TCP는 데이터를 안전하게 보내는 것이 목적이다. 그래서 신뢰성 확보를 위해 3-way handshake로 먼저 연결을 맺고 나서 데이터를 보낸다.
UDP는 연결 없이 바로 보낸다.`,
  },
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
];
