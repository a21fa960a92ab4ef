import type { CorpusAnswer } from "./answers";

/**
 * A third, small round written in one sitting after the second round's tuning and never used to
 * tune: all held out, so its figures are the closest this repository has to an unseen set.
 * Our own sentences in the styles of styles.ts.
 */
export const CORPUS_R3: CorpusAnswer[] = [
  {
    id: "r3-2w-ko-prose",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "korean-reasons",
    round: 3,
    holdout: true,
    text: `클라이언트의 SYN에 서버가 응답하는 것만으로는 서버가 보낸 초기 순서 번호가 제대로 전달됐는지 서버가 확인할 방법이 없습니다. 세 번째 단계에서 클라이언트가 그 번호에 대한 ACK를 돌려줘야 양쪽이 모두 동기화됐다고 볼 수 있습니다.`,
  },
  {
    id: "r3-2w-en-bullets",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "interview-prep-english",
    round: 3,
    holdout: true,
    text: `- a SYN delayed in the network from an old attempt could arrive late and trick the server into opening a connection
- the third ACK lets the server know its SYN got through, i.e. its ISN was received`,
  },
  {
    id: "r3-4wwhy-ko-qa",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "qa-refuted",
    round: 3,
    holdout: true,
    text: `Q. SYN+ACK처럼 ACK와 FIN을 한 번에 보내면 3번에 끝나지 않나요?
A. 서버는 클라이언트의 FIN을 받은 시점에 보낼 데이터가 아직 남아 있을 수 있어서 ACK부터 보내고, 데이터 전송이 끝난 후에 FIN을 따로 보냅니다. 그래서 보통 4번이 됩니다.`,
  },
  {
    id: "r3-4wwhy-en-prose",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "textbook-prose",
    round: 3,
    holdout: true,
    text: `Each half of the connection is shut down independently. Receiving a FIN only tells the server that the client has stopped sending; the server can keep transmitting until its application closes, so its FIN travels in a later segment than the ACK.`,
  },
  {
    id: "r3-hc-ko-prose",
    prompt: "iv-half-close",
    locale: "ko",
    style: "half-close-sockets",
    round: 3,
    holdout: true,
    text: `연결을 완전히 끊지 않고 내 쪽의 송신만 종료하는 것입니다. 소켓에서 shutdown으로 출력만 닫으면 상대에게 FIN이 가고, 나는 상대가 보내는 데이터를 여전히 읽을 수 있습니다.`,
  },
  {
    id: "r3-hc-en-prose",
    prompt: "iv-half-close",
    locale: "en",
    style: "textbook-prose",
    round: 3,
    holdout: true,
    text: `TCP lets an application close its output direction while keeping its input open. The end that sends the FIN can no longer write, but it continues to receive until the other end also sends a FIN.`,
  },
  {
    id: "r3-3w-ko-steps",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbered-steps",
    round: 3,
    holdout: true,
    text: `① 클라이언트가 서버에 SYN 세그먼트를 전송한다 (seq = 1000)
② 서버가 SYN, ACK 세그먼트로 응답한다 (seq = 3000, ack = 1001)
③ 클라이언트가 ACK 세그먼트를 전송한다 (ack = 3001)
이로써 양쪽의 순서 번호가 동기화된다.`,
  },
  {
    id: "r3-3w-en-dialogue",
    prompt: "iv-three-way",
    locale: "en",
    style: "dialogue",
    round: 3,
    holdout: true,
    text: `Client: "I'd like to talk, my sequence starts at x." (SYN)
Server: "Got it, expecting x+1; mine starts at y." (SYN-ACK)
Client: "Great, expecting y+1." (ACK)`,
  },
  {
    id: "r3-4w-ko-arrows",
    prompt: "iv-four-way",
    locale: "ko",
    style: "arrow-lines",
    round: 3,
    holdout: true,
    text: `Client → Server : FIN
Server → Client : ACK (서버는 CLOSE_WAIT, 남은 데이터 전송)
Server → Client : FIN (LAST_ACK)
Client → Server : ACK (클라이언트는 TIME_WAIT 후 CLOSED)`,
  },
  {
    id: "r3-4w-en-prose",
    prompt: "iv-four-way",
    locale: "en",
    style: "interview-prep-english",
    round: 3,
    holdout: true,
    text: `The side closing first sends a FIN. The other side replies with an ACK and may keep sending data for a while. When it is done it sends a FIN of its own, which the first side acknowledges with a final ACK before spending 2MSL in TIME_WAIT.`,
  },
  {
    id: "r3-tw-ko-casual",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "casual-korean",
    round: 3,
    holdout: true,
    text: `TIME_WAIT 이유
1) 마지막 ACK 날아가면 서버가 FIN 다시 보냄 → 받아서 ACK 다시 보내려고
2) 이전 연결에서 늦게 온 패킷이 같은 포트의 새 연결에 섞이는 것 방지
→ 그래서 2MSL 대기`,
  },
  {
    id: "r3-fal-ko-prose",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "korean-reasons",
    round: 3,
    holdout: true,
    text: `서버는 LAST_ACK 상태에서 기다리다 ACK가 오지 않으면 FIN을 재전송합니다. TIME_WAIT 상태인 클라이언트는 이 FIN에 대해 한 번 더 ACK를 보내고, 2MSL 타이머를 새로 시작합니다.`,
  },
  {
    id: "r3-4w-ko-wrong-tw",
    prompt: "iv-four-way",
    locale: "ko",
    style: "arrow-lines",
    round: 3,
    holdout: true,
    wrong: ["time-wait-on-server"],
    text: `클라이언트 → 서버 : FIN
서버 → 클라이언트 : ACK (서버는 TIME_WAIT 상태로 대기)
서버 → 클라이언트 : FIN
클라이언트 → 서버 : ACK`,
  },
  {
    id: "r3-4w-en-wrong-fw2",
    prompt: "iv-four-way",
    locale: "en",
    style: "numbered-steps",
    round: 3,
    holdout: true,
    wrong: ["two-msl-outside-time-wait"],
    text: `1. The client sends FIN and enters FIN_WAIT_1.
2. The server ACKs; the client moves to FIN_WAIT_2 and stays there for 2MSL.
3. The server sends FIN.
4. The client sends ACK and closes.`,
  },
  {
    id: "r3-3w-ko-wrong-ack",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbers",
    round: 3,
    holdout: true,
    wrong: ["ack-not-plus-one"],
    text: `클라이언트가 SYN(seq=10)을 보내면 서버는 SYN+ACK(seq=70, ack=10)을 보내고, 클라이언트는 ACK(ack=70)를 보낸다.`,
  },
  {
    id: "r3-tw-en-wrong-data",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    round: 3,
    holdout: true,
    wrong: ["time-wait-waits-for-data"],
    text: `TIME_WAIT is there so the client can wait for any remaining data from the server that has not arrived yet before it fully closes.`,
  },
  {
    id: "r3-3w-en-wrong-listen",
    prompt: "iv-three-way",
    locale: "en",
    style: "parenthesised-states",
    round: 3,
    holdout: true,
    wrong: ["listen-before-syn-sent"],
    text: `The client goes from LISTEN to SYN_SENT by sending a SYN; the server replies SYN+ACK and moves to SYN_RECEIVED; the client sends ACK and both are ESTABLISHED.`,
  },
  {
    id: "r3-4wwhy-ko-wrong-both",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "copied-misconception",
    round: 3,
    holdout: true,
    wrong: ["fin-closes-both-directions"],
    text: `FIN은 연결을 양방향 모두 닫는 신호라서, FIN을 받은 서버는 더 이상 데이터를 보낼 수 없습니다. 나머지 단계는 서로 확인하는 과정일 뿐입니다.`,
  },
];
