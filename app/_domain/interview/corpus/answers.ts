/**
 * A development corpus of interview answers, written by us in the styles people use in public
 * (corpus/styles.ts says where each style was seen). `wrong` lists the misconceptions an answer
 * states as true, which the grader must flag; an answer without it is correct and states the
 * prompt's key points, so it must score 0.7 or more and carry no wrong claim. `holdout` answers
 * were set aside when the corpus was written and are not looked at while tuning; the tests
 * print figures for both parts.
 */
import { CORPUS_R2 } from "./answers-r2";
import { CORPUS_R3 } from "./answers-r3";
import { CORPUS_R4 } from "./answers-r4";
import { CORPUS_R5 } from "./answers-r5";
import { CORPUS_R6 } from "./answers-r6";
import { CORPUS_R8 } from "./answers-r8";
import { CORPUS_R9 } from "./answers-r9";
import { CORPUS_R10 } from "./answers-r10";
import { CORPUS_R11 } from "./answers-r11";
import { CORPUS_R12 } from "./answers-r12";
import { CORPUS_R13 } from "./answers-r13";
import { CORPUS_R14 } from "./answers-r14";
import { CORPUS_R15 } from "./answers-r15";
import { CORPUS_R16 } from "./answers-r16";
import { CORPUS_R17 } from "./answers-r17";
import { CORPUS_R18 } from "./answers-r18";

export type CorpusAnswer = {
  id: string;
  prompt: string;
  locale: "ko" | "en";
  style: string;
  text: string;
  wrong?: string[];
  holdout?: boolean;
  round?: 2 | 3 | 4 | 5 | 6 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18;
};

const ROUND_1: CorpusAnswer[] = [
  // ── iv-three-way ──────────────────────────────────────────────────────────────
  {
    id: "3w-ko-steps",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbered-steps",
    text: `1. 클라이언트가 서버에게 연결 요청으로 SYN을 보냅니다. 이때 자신의 초기 시퀀스 번호(ISN)를 담고 SYN_SENT 상태가 됩니다.
2. SYN을 받은 서버는 SYN_RCVD 상태가 되고, 클라이언트의 시퀀스 번호에 1을 더한 확인 번호와 자기 ISN을 담아 SYN+ACK를 응답합니다.
3. 클라이언트는 서버의 시퀀스 번호 + 1로 ACK를 보내고, 이를 받은 서버까지 ESTABLISHED가 되면서 양쪽 모두 송수신이 가능하다는 것이 확인됩니다.`,
  },
  {
    id: "3w-ko-arrows",
    prompt: "iv-three-way",
    locale: "ko",
    style: "arrow-lines",
    text: `클라이언트 → 서버 : SYN (seq=x)
서버 → 클라이언트 : SYN-ACK (seq=y, ack=x+1)
클라이언트 → 서버 : ACK (ack=y+1)
이렇게 세 번 주고받으면서 서로의 초기 순서 번호를 동기화하고, 양방향으로 통신할 준비가 됐음을 확인합니다.`,
  },
  {
    id: "3w-ko-ab",
    prompt: "iv-three-way",
    locale: "ko",
    style: "peers-a-b",
    holdout: true,
    text: `호스트 A가 B에게 SYN(seq=j)을 보내며 연결을 요청하고 SYN_SEND 상태로 들어갑니다. B는 SYN을 받고 ACK=j+1과 자신의 SYN(seq=k)을 한 번에 보내며 SYN_RECV 상태가 됩니다. A는 ACK=k+1을 B에게 보내고 두 호스트 모두 ESTABLISHED가 됩니다. 이 과정으로 양쪽의 시퀀스 번호가 맞춰지고 서로 주고받을 수 있음이 확인됩니다.`,
  },
  {
    id: "3w-ko-casual",
    prompt: "iv-three-way",
    locale: "ko",
    style: "casual-korean",
    text: `클라가 서버에 접속 요청하는 SYN 패킷 보냄 (랜덤 시퀀스 번호 x 포함)
서버는 요청 받았다는 ACK(x+1)와 자기 SYN(y)을 같이 보냄 → ACK와 SYN 패킷
클라는 ACK(y+1) 보내고 연결 확립됨. 결국 양쪽 ISN 교환 + 양방향 통신 가능 확인하는 과정임`,
  },
  {
    id: "3w-ko-dialogue",
    prompt: "iv-three-way",
    locale: "ko",
    style: "dialogue",
    holdout: true,
    text: `전화 통화에 비유하면, 클라이언트가 "제 말 들리세요? 제 번호는 x예요"(SYN)라고 하면 서버가 "잘 들려요, x 다음인 x+1을 기다릴게요. 제 번호는 y예요"(SYN+ACK)라고 답하고, 클라이언트가 다시 "네, y+1 기다릴게요"(ACK)라고 답하는 것입니다. 세 번 주고받아야 서로의 시퀀스 번호를 확인하고 양쪽 방향 모두 말이 통한다는 걸 알 수 있습니다.`,
  },
  {
    id: "3w-en-steps",
    prompt: "iv-three-way",
    locale: "en",
    style: "numbered-steps",
    text: `1. SYN: the client picks a random initial sequence number x and sends a SYN to the server, moving to SYN_SENT.
2. SYN-ACK: the server, which was in LISTEN, answers with its own ISN y and an acknowledgement number of x+1, and moves to SYN_RCVD.
3. ACK: the client acknowledges y+1 and both sides end up ESTABLISHED. Both sequence numbers are now synchronized and each side knows the other can send and receive.`,
  },
  {
    id: "3w-en-ab",
    prompt: "iv-three-way",
    locale: "en",
    style: "peers-a-b",
    text: `Host A sends a SYN with sequence number A to host B. B replies with SYN/ACK: its own random sequence number B and an ack of A+1. Finally A sends an ACK of B+1 back to B, and the connection is open in both directions since each side's sequence number has been acknowledged.`,
  },
  {
    id: "3w-en-arrows",
    prompt: "iv-three-way",
    locale: "en",
    style: "arrow-lines",
    holdout: true,
    text: `Client -> Server: SYN (seq = 100)
Server -> Client: SYN + ACK (seq = 300, ack = 101)
Client -> Server: ACK (ack = 301)
The point is to exchange the initial sequence numbers and confirm that both directions of the full-duplex connection work before any data flows.`,
  },
  {
    id: "3w-en-prose",
    prompt: "iv-three-way",
    locale: "en",
    style: "interview-prep-english",
    text: `The client starts by sending a SYN segment with its ISN. The server acknowledges it with a SYN-ACK that carries the client's ISN plus one as the ack number and the server's own ISN. The client then sends the final ACK, acknowledging the server's ISN incremented by one. After this both sides are synchronized and know that communication works in both directions.`,
  },
  {
    id: "3w-ko-wrong-server-synsent",
    prompt: "iv-three-way",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["server-enters-syn-sent"],
    text: `클라이언트가 SYN을 보내면 서버는 SYN을 받고 SYN_SENT 상태가 되어 SYN+ACK를 보냅니다. 클라이언트가 마지막으로 ACK를 보내면 ESTABLISHED가 됩니다. 이때 서로의 시퀀스 번호를 확인하고 양방향 통신이 가능해집니다.`,
  },
  {
    id: "3w-ko-wrong-client-listen",
    prompt: "iv-three-way",
    locale: "ko",
    style: "parenthesised-states",
    wrong: ["listen-before-syn-sent"],
    text: `1. 클라이언트(LISTEN → SYN_SENT)가 서버에 SYN을 보냄
2. 서버(LISTEN → SYN_RCVD)가 SYN+ACK로 응답
3. 클라이언트가 ACK를 보내고 둘 다 ESTABLISHED. 초기 시퀀스 번호를 교환하고 양방향 통신을 확인함`,
  },
  {
    id: "3w-ko-wrong-client-synrcvd",
    prompt: "iv-three-way",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["wrong-state-for-side"],
    holdout: true,
    text: `1. 클라이언트 -> 서버: SYN (클라이언트 ISN 포함), 클라이언트는 CLOSED -> SYN-SENT
2. 서버 -> 클라이언트: SYN + ACK (서버 ISN, 승인번호 ISN+1). 클라이언트는 SYN+ACK를 받고 SYN-SENT -> SYN-RECEIVED가 됩니다.
3. 클라이언트 -> 서버: ACK. 양방향 연결이 확인됩니다.`,
  },
  {
    id: "3w-en-wrong-ack-equal",
    prompt: "iv-three-way",
    locale: "en",
    style: "numbers",
    wrong: ["ack-not-plus-one"],
    text: `The client sends SYN with seq = 1000. The server replies SYN-ACK with its own seq = 5000 and ack = 1000, acknowledging the client's sequence number. The client sends ACK with ack = 5000 and the connection is established in both directions.`,
  },
  {
    id: "3w-en-wrong-server-synsent",
    prompt: "iv-three-way",
    locale: "en",
    style: "copied-misconception",
    wrong: ["server-enters-syn-sent"],
    holdout: true,
    text: `The client sends a SYN and goes to SYN_SENT. When the server gets it, it also enters SYN_SENT and sends back a SYN-ACK with ack x+1. Then the client sends an ACK and both are ESTABLISHED, having exchanged initial sequence numbers.`,
  },
  {
    id: "3w-en-wrong-listen",
    prompt: "iv-three-way",
    locale: "en",
    style: "textbook-prose",
    wrong: ["listen-before-syn-sent"],
    text: `The client moves from LISTEN to SYN_SENT when it sends its SYN with its initial sequence number. The server answers SYN+ACK, acknowledging the client's number plus one, and the client sends the final ACK, so both directions are confirmed.`,
  },

  // ── iv-four-way ───────────────────────────────────────────────────────────────
  {
    id: "4w-ko-steps",
    prompt: "iv-four-way",
    locale: "ko",
    style: "numbered-steps",
    text: `1. 클라이언트가 연결을 끊기 위해 서버에 FIN을 보내고 FIN_WAIT_1 상태가 됩니다.
2. 서버는 FIN을 받고 ACK를 보내며 CLOSE_WAIT 상태가 됩니다. 이때 서버는 아직 보낼 데이터가 남아 있으면 계속 보낼 수 있습니다. ACK를 받은 클라이언트는 FIN_WAIT_2가 됩니다.
3. 서버가 데이터를 다 보내면 FIN을 보내고 LAST_ACK 상태가 됩니다.
4. 클라이언트는 FIN을 받고 마지막 ACK를 보낸 뒤 TIME_WAIT 상태에서 일정 시간 기다렸다가 CLOSED가 됩니다.`,
  },
  {
    id: "4w-ko-arrows",
    prompt: "iv-four-way",
    locale: "ko",
    style: "arrow-lines",
    holdout: true,
    text: `클라이언트 ---- FIN ----> 서버 : 더 이상 보낼 데이터가 없다고 알림 (FIN_WAIT_1)
클라이언트 <---- ACK ---- 서버 : 확인했다고 응답, 서버는 남은 데이터를 마저 전송 (CLOSE_WAIT)
클라이언트 <---- FIN ---- 서버 : 서버도 다 보냈으니 종료 (LAST_ACK)
클라이언트 ---- ACK ----> 서버 : 최종 확인, 클라이언트는 TIME_WAIT로 2MSL 대기 후 종료`,
  },
  {
    id: "4w-ko-casual",
    prompt: "iv-four-way",
    locale: "ko",
    style: "casual-korean",
    text: `먼저 끊는 쪽(보통 클라)이 FIN 보냄. 상대는 ACK로 받았다고 알려주고, 아직 보낼 데이터 있으면 다 보낸 다음에 자기 FIN 보냄. 먼저 끊은 쪽이 마지막 ACK 보내고 TIME_WAIT 들어감. 송신/수신 방향이 따로 닫히는 half-close라서 4번 필요함`,
  },
  {
    id: "4w-ko-active",
    prompt: "iv-four-way",
    locale: "ko",
    style: "korean-reasons",
    text: `능동 종료 측이 FIN을 전송하면 수동 종료 측은 이에 대한 ACK를 먼저 돌려주고 CLOSE_WAIT에 머뭅니다. 수동 종료 측은 애플리케이션이 남은 데이터를 모두 보내고 close()를 호출하면 FIN을 보내 LAST_ACK가 되고, 능동 종료 측이 마지막 ACK로 응답한 뒤 TIME_WAIT에서 2MSL을 기다립니다. 두 방향이 독립적으로 닫히기 때문에 네 번의 교환이 필요합니다.`,
  },
  {
    id: "4w-ko-server-first",
    prompt: "iv-four-way",
    locale: "ko",
    style: "qa-refuted",
    holdout: true,
    text: `보통 클라이언트가 먼저 FIN을 보내지만 서버가 먼저 끊을 수도 있습니다. 서버가 먼저 끊으면 서버가 FIN을 보내고, 클라이언트가 ACK를 보낸 뒤 남은 데이터를 보내고 자기 FIN을 보냅니다. 서버가 마지막 ACK를 보내고 서버가 TIME_WAIT에 들어갑니다. 즉 TIME_WAIT는 먼저 끊은 쪽에 생기고, 한쪽 방향씩 닫히는 half-close 구조입니다.`,
  },
  {
    id: "4w-en-steps",
    prompt: "iv-four-way",
    locale: "en",
    style: "numbered-steps",
    text: `1. The client sends FIN and enters FIN_WAIT_1.
2. The server ACKs the FIN and goes to CLOSE_WAIT; it can still send any remaining data. The client moves to FIN_WAIT_2.
3. When the server is done, it sends its own FIN and enters LAST_ACK.
4. The client replies with the final ACK, waits in TIME_WAIT for 2MSL, then closes. The server closes when the ACK arrives.`,
  },
  {
    id: "4w-en-active",
    prompt: "iv-four-way",
    locale: "en",
    style: "textbook-prose",
    text: `The active closer sends a FIN to say it has no more data. The passive closer acknowledges it right away but may keep sending, because each direction is closed independently. Once the passive closer's application calls close(), it sends its own FIN, and the active closer answers with the last ACK and stays in TIME_WAIT for twice the MSL before the connection is gone.`,
  },
  {
    id: "4w-en-ab",
    prompt: "iv-four-way",
    locale: "en",
    style: "peers-a-b",
    holdout: true,
    text: `A sends FIN to B. B sends back an ACK, and since the connection is full-duplex B may still have data left to send to A. When B is finished it sends a FIN to A, and A responds with a last ACK. A then sits in TIME-WAIT for 2 * MSL.`,
  },
  {
    id: "4w-en-table",
    prompt: "iv-four-way",
    locale: "en",
    style: "interview-prep-english",
    text: `Client: FIN -> (FIN_WAIT_1). Server: ACK -> (CLOSE_WAIT), client moves to FIN_WAIT_2. Server finishes sending what is left, then FIN -> (LAST_ACK). Client: final ACK -> (TIME_WAIT, 2MSL), server -> CLOSED. Four segments because each side shuts down its own direction separately (half-close).`,
  },
  {
    id: "4w-ko-wrong-tw-server",
    prompt: "iv-four-way",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["time-wait-on-server"],
    text: `1. 클라이언트가 서버에게 연결을 종료한다는 FIN 플래그를 보낸다.
2. 서버는 FIN을 받고 확인했다는 ACK를 보내고 자신의 통신이 끝날 때까지 기다린다 (TIME_WAIT 상태)
3. 데이터를 모두 보냈다면 서버가 FIN을 클라이언트에게 보내고 LAST_ACK 상태가 된다.
4. 클라이언트는 ACK를 보내고 연결이 종료된다.`,
  },
  {
    id: "4w-ko-wrong-swapped",
    prompt: "iv-four-way",
    locale: "ko",
    style: "parenthesised-states",
    wrong: ["time-wait-on-server"],
    holdout: true,
    text: `클라이언트가 FIN을 보내고(FIN_WAIT_1), 서버가 ACK를 보냅니다. 서버가 FIN을 보내면 클라이언트는 ACK를 보내고 CLOSE_WAIT 상태가 되고, 서버는 TIME_WAIT 상태에서 2MSL 동안 기다린 뒤 닫힙니다. 남은 데이터가 있으면 FIN 전에 마저 보냅니다.`,
  },
  {
    id: "4w-en-wrong-tw-server",
    prompt: "iv-four-way",
    locale: "en",
    style: "copied-misconception",
    // "to make sure all the data has gone through" is the socket FAQ's reason: TIME_WAIT waiting for data.
    wrong: ["time-wait-on-server", "time-wait-waits-for-data"],
    text: `The client sends FIN, the server sends ACK and then its own FIN, and the client sends the final ACK. After that the server goes into TIME_WAIT for 2MSL to make sure all the data has gone through, while the client closes immediately.`,
  },
  {
    id: "4w-en-wrong-fw2",
    prompt: "iv-four-way",
    locale: "en",
    style: "copied-misconception",
    wrong: ["two-msl-outside-time-wait"],
    text: `The client sends FIN and moves to FIN_WAIT_1; the server ACKs and enters CLOSE_WAIT while it sends its remaining data. The client then waits in FIN_WAIT_2 for 2MSL. The server sends FIN, enters LAST_ACK, and the client answers with the last ACK.`,
  },
  {
    id: "4w-ko-wrong-cw-tw",
    prompt: "iv-four-way",
    locale: "ko",
    style: "casual-korean",
    wrong: ["close-wait-equals-time-wait"],
    text: `클라가 FIN 보내고 서버가 ACK 보냄. 서버도 FIN 보내고 클라가 마지막 ACK 보냄. CLOSE_WAIT랑 TIME_WAIT는 사실 같은 대기 상태고 이름만 다름.`,
  },

  // ── iv-why-time-wait ──────────────────────────────────────────────────────────
  {
    id: "tw-ko-two-reasons",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "korean-reasons",
    text: `TIME_WAIT는 먼저 연결을 끊은 쪽이 마지막 ACK를 보낸 뒤 2MSL 동안 머무는 상태입니다. 이유는 두 가지입니다. 첫째, 마지막 ACK가 유실되면 상대가 FIN을 재전송하는데, 그때 다시 ACK를 보내 주기 위해서입니다. 둘째, 네트워크에 떠돌던 이전 연결의 지연된 패킷이 같은 포트로 새로 맺은 연결에 섞이지 않도록 사라질 때까지 기다리기 위해서입니다.`,
  },
  {
    id: "tw-ko-casual",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "casual-korean",
    holdout: true,
    text: `능동 종료한 쪽이 마지막 ACK 보낸 뒤 바로 안 닫고 2*MSL 동안 대기함.
- 마지막 ACK 손실 시 LAST_ACK인 상대가 FIN 다시 보내는데 그걸 받아서 ACK 재전송하려고
- 옛 연결의 늦게 도착하는 세그먼트가 같은 4-tuple의 새 연결로 들어가는 거 방지`,
  },
  {
    id: "tw-ko-msl",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "korean-reasons",
    text: `연결을 먼저 종료한 클라이언트는 서버의 FIN에 ACK를 보내고 나서 바로 CLOSED가 되지 않고 TIME_WAIT로 최대 세그먼트 수명의 두 배만큼 기다립니다. 만약 그 ACK가 중간에 없어지면 서버는 FIN을 재전송할 텐데, 클라이언트가 이미 닫혀 있으면 RST로 답하게 되어 서버가 정상 종료하지 못합니다. 또 지연되어 늦게 도착한 이전 연결의 세그먼트가 새 연결의 데이터로 오인되는 것도 막습니다.`,
  },
  {
    id: "tw-ko-server-first",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "qa-refuted",
    holdout: true,
    text: `TIME_WAIT는 서버냐 클라이언트냐가 아니라 먼저 FIN을 보낸 쪽에 생깁니다. 서버가 먼저 끊으면 서버가 TIME_WAIT에 들어갑니다. 2MSL 동안 기다리는 이유는 마지막 ACK가 유실돼 FIN이 재전송되면 다시 응답하기 위해서, 그리고 이전 연결의 중복 세그먼트가 소멸되기를 기다리기 위해서입니다.`,
  },
  {
    id: "tw-en-two-reasons",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "interview-prep-english",
    text: `TIME_WAIT is held by the side that actively closed the connection, for 2 * MSL. First, it allows reliable termination: if the final ACK is lost, the peer will retransmit its FIN and the closer must still be around to ACK it again. Second, it lets any delayed or duplicate packets from this connection die out, so they are not mistaken for data of a new connection with the same 4-tuple.`,
  },
  {
    id: "tw-en-textbook",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "textbook-prose",
    text: `The endpoint that initiates the close enters TIME-WAIT after acknowledging the peer's FIN and stays there for twice the maximum segment lifetime. Should that last acknowledgement be lost, the other end times out in LAST-ACK and resends its FIN; the endpoint in TIME-WAIT answers it and restarts the timer. The wait also guarantees that old duplicates from this incarnation of the connection have expired before the same socket pair can be reused.`,
  },
  {
    id: "tw-en-server-first",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "qa-refuted",
    holdout: true,
    text: `It is not always the client: whichever side closes first gets TIME_WAIT, so if the server closes first, the server goes into TIME_WAIT. It waits 2MSL so that a lost final ACK can be resent when the FIN is retransmitted, and so that stray segments of the old connection expire before the port pair is used again.`,
  },
  {
    id: "tw-en-short",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "interview-prep-english",
    text: `After the client, as the active closer, sends the last ACK it waits 2MSL in TIME_WAIT. If that ACK gets lost the server retransmits its FIN and the client can acknowledge it again. It also prevents delayed packets of the previous connection from showing up in a new one.`,
  },
  {
    id: "tw-ko-wrong-server",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "copied-misconception",
    // The server's wait between the client's FIN and its own is CLOSE_WAIT's, called TIME_WAIT.
    wrong: ["time-wait-on-server", "close-wait-equals-time-wait"],
    text: `클라이언트가 FIN을 보내면 서버는 ACK를 보내고 TIME_WAIT 상태로 들어가서 자신의 데이터 전송이 끝날 때까지 기다립니다. 그 후 FIN을 보내고, 마지막 ACK가 유실될 경우를 대비해 2MSL 동안 기다립니다.`,
  },
  {
    id: "tw-ko-wrong-data",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["time-wait-waits-for-data"],
    holdout: true,
    text: `클라이언트는 서버의 FIN을 받고 ACK를 보낸 뒤, 아직 서버로부터 받지 못한 데이터가 있을 수 있으므로 TIME_WAIT 상태에서 그 데이터를 기다립니다. 일정 시간(2MSL)이 지나면 소켓을 닫습니다.`,
  },
  {
    id: "tw-ko-wrong-data-late",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["time-wait-waits-for-data"],
    text: `서버가 FIN을 보내기 전에 보낸 데이터 패킷이 FIN보다 늦게 도착할 수 있습니다. 그래서 먼저 닫은 클라이언트는 FIN을 받아도 바로 닫지 않고 TIME_WAIT에서 남은 잉여 패킷을 기다렸다가 받습니다.`,
  },
  {
    id: "tw-en-wrong-server",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    // "to make sure all the data has gone through" is the socket FAQ's reason: TIME_WAIT waiting for data.
    wrong: ["time-wait-on-server", "time-wait-waits-for-data"],
    text: `When you close a socket, the server goes into TIME_WAIT just to be sure all the data has gone through. It waits 2MSL in case the last ACK was lost or wandering duplicates show up.`,
  },
  {
    id: "tw-en-wrong-data",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    wrong: ["time-wait-waits-for-data"],
    holdout: true,
    text: `TIME_WAIT exists because after the client sends its FIN the server may still have outstanding data. The client waits in TIME_WAIT to receive the remaining data the server has not sent yet, and after 2MSL it closes.`,
  },
  {
    id: "tw-en-wrong-cw",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    wrong: ["two-msl-outside-time-wait"],
    text: `The side that closed first waits in TIME_WAIT so it can resend the last ACK if the FIN comes again. Likewise the passive side holds CLOSE_WAIT for 2MSL, four minutes by RFC 793, before it is allowed to close.`,
  },

  // ── iv-why-not-two-way ────────────────────────────────────────────────────────
  {
    id: "2w-ko-isn",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "korean-reasons",
    text: `2-way라면 서버가 SYN+ACK를 보낸 것으로 끝나는데, 그러면 서버는 자신의 초기 시퀀스 번호가 클라이언트에 제대로 도착했는지 확인받지 못합니다. 세 번째 ACK가 있어야 서버의 ISN이 확인되고 양쪽 모두 송수신이 된다는 것이 보장됩니다. 또 네트워크에 남아 있던 오래된 SYN이 뒤늦게 도착하면 서버가 그것만으로 연결을 열어 버리는 문제도 생깁니다.`,
  },
  {
    id: "2w-ko-qa",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "qa-refuted",
    holdout: true,
    text: `Q. 2번만 주고받으면 안 되나요?
A. 안 됩니다. 2번으로 충분하다고 생각할 수도 있지만, 그러면 서버가 보낸 SYN에 대한 응답이 없어서 서버는 클라이언트가 자기 시퀀스 번호를 받았는지 알 수 없습니다. 그리고 지연된 이전 SYN이 도착하면 서버는 새 요청으로 착각해 연결을 맺고 자원을 낭비합니다. 세 번째 ACK로 이 문제를 막고 양방향 통신을 확인합니다.`,
  },
  {
    id: "2w-ko-refute",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "qa-refuted",
    text: `✘ 2-Way만으로는 부족합니다. 클라이언트의 SYN은 서버의 SYN+ACK로 확인되지만, 서버의 ISN은 아무도 확인해 주지 않습니다. 그래서 마지막 ACK가 필요하고, 이게 있어야 양쪽 방향이 모두 동기화됩니다. 오래된 중복 SYN이 새 연결을 여는 것도 세 번째 단계에서 클라이언트가 RST를 보내 막을 수 있습니다.`,
  },
  {
    id: "2w-ko-casual",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "casual-korean",
    holdout: true,
    text: `두 번만 하면 서버 쪽 시퀀스 번호가 확인 안 됨. 클라가 서버 SYN 받았다는 ACK를 보내야 서로 송수신 되는 게 확실해짐. 그리고 지연돼서 늦게 온 옛날 SYN 때문에 쓸데없는 연결이 열리는 것도 막아야 해서 3번 필요함`,
  },
  {
    id: "2w-en-isn",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "interview-prep-english",
    text: `With only SYN and SYN-ACK, the server's initial sequence number would never be acknowledged, so the server has no confirmation that the client received it. TCP is full-duplex, so both sides need their sequence numbers synchronized in both directions; the third ACK closes that loop. It also protects against an old duplicate SYN opening a connection on its own.`,
  },
  {
    id: "2w-en-tanenbaum",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "peers-a-b",
    holdout: true,
    text: `Suppose A sends a SYN to B, but a delayed duplicate SYN from an earlier attempt also reaches B. With a two-way handshake B would accept it and open a connection nobody wants. With three steps, B sends SYN-ACK and A, which did not ask for it, rejects it with RST. The third step also acknowledges B's sequence number, so both directions are confirmed.`,
  },
  {
    id: "2w-en-refute",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "qa-refuted",
    text: `You might think two messages are enough, but they are not. After two, the server cannot know that its SYN-ACK, and with it its ISN, reached the client. The client's final ACK acknowledges the server's sequence number, so each side knows the other can both send and receive. Stale SYNs lingering in the network are the other reason.`,
  },
  {
    id: "2w-en-short",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "interview-prep-english",
    text: `Because the server's ISN has to be acknowledged too. The client's ISN gets acknowledged in the SYN-ACK, but only a third segment can acknowledge the server's. It also stops stale duplicate SYNs from creating half-open connections, and it proves both sides can send and receive.`,
  },
  {
    id: "2w-ko-wrong-enough",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["two-way-enough"],
    text: `사실 클라이언트가 SYN을 보내고 서버가 SYN+ACK로 답하면 두 번으로도 충분합니다. 세 번째 ACK는 관례상 보내는 것이고 없어도 연결은 잘 됩니다.`,
  },
  {
    id: "2w-ko-wrong-liveness",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["two-way-enough"],
    holdout: true,
    text: `상대가 살아 있는지만 확인하면 되니까 2-way로도 충분히 가능합니다. 3-way는 그냥 한 번 더 확인하는 안전장치일 뿐입니다.`,
  },
  {
    id: "2w-en-wrong-enough",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "copied-misconception",
    wrong: ["two-way-enough"],
    text: `Honestly a two-way handshake would work fine: the client sends SYN and the server answers, and that is enough to start sending data. The third ACK is just extra politeness.`,
  },
  {
    id: "2w-en-wrong-ack",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "numbers",
    wrong: ["ack-not-plus-one"],
    text: `The server's ISN must be acknowledged: if the server sends seq = 500, the client answers with ack = 500 in the third segment, which confirms the server's number and that both directions work. It also rejects old duplicate SYNs.`,
  },

  // ── iv-why-four-way ───────────────────────────────────────────────────────────
  {
    id: "4r-ko-independent",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "korean-reasons",
    text: `TCP는 양방향(full-duplex) 연결이라 각 방향을 독립적으로 닫아야 하기 때문입니다. 클라이언트가 FIN을 보내도 그건 클라이언트 쪽 송신만 끝났다는 뜻이라서, 서버는 일단 ACK만 보내고 아직 보낼 데이터가 남아 있으면 마저 보낸 다음 자기 FIN을 따로 보냅니다. 이렇게 한쪽만 닫힌 상태를 half-close라고 합니다.`,
  },
  {
    id: "4r-ko-casual",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "casual-korean",
    holdout: true,
    text: `FIN 받았다고 서버가 바로 끊을 수 있는 게 아님. 서버는 보낼 데이터가 남았을 수 있어서 ACK 먼저 보내고 나중에 FIN을 별도로 보냄 → ACK와 FIN이 따로 가니까 4번. 송신 방향별로 각각 닫히는 하프 클로즈 때문`,
  },
  {
    id: "4r-ko-compare",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "qa-refuted",
    text: `연결할 때는 서버가 SYN과 ACK를 한 번에 보낼 수 있지만, 종료할 때는 서버가 FIN을 받은 시점에 아직 전송할 데이터가 남아 있을 수 있어서 ACK와 FIN을 합치지 못하고 따로 보냅니다. 두 방향이 각각 닫히는 반 종료(half-close) 구조라서 4단계가 됩니다.`,
  },
  {
    id: "4r-en-independent",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "interview-prep-english",
    text: `Because TCP is full-duplex and each direction is closed separately. When the server receives the client's FIN it ACKs it immediately, but it may still have data left to send, so its own FIN comes later as a separate segment. That intermediate state is the half-close.`,
  },
  {
    id: "4r-en-textbook",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "textbook-prose",
    holdout: true,
    text: `A FIN only means the sender will send no more data; it terminates that end's output. The receiver acknowledges the FIN at once, yet it can go on transmitting until its own application closes, which is the half-close. Since the ACK and the second FIN are not sent at the same time, closing takes four segments, one FIN and one ACK for each direction.`,
  },
  {
    id: "4r-en-short",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "interview-prep-english",
    text: `Each side closes its own sending direction independently. The peer acknowledges the first FIN right away but might still have remaining data, so it sends its FIN separately afterwards. Hence four steps instead of three, and this is what allows half-close.`,
  },
  {
    id: "4r-ko-wrong-both",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["fin-closes-both-directions"],
    text: `FIN을 보내면 그 순간 양방향 연결이 모두 종료됩니다. 다만 확인을 위해 ACK를 주고받다 보니 관례상 4번이 되는 것입니다.`,
  },
  {
    id: "4r-en-wrong-both",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "copied-misconception",
    wrong: ["fin-closes-both-directions"],
    holdout: true,
    text: `A single FIN closes the whole connection in both directions. The other three segments are only there to confirm the close was received.`,
  },
  {
    id: "4r-en-wrong-tw",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "copied-misconception",
    wrong: ["time-wait-on-server"],
    text: `Because the two directions close independently: the server ACKs the FIN but may still have data to send, so it sends its FIN later. Then the server enters TIME_WAIT while the client closes immediately.`,
  },

  // ── iv-half-close ─────────────────────────────────────────────────────────────
  {
    id: "hc-ko-socket",
    prompt: "iv-half-close",
    locale: "ko",
    style: "half-close-sockets",
    text: `half-close는 연결의 한 방향만 닫는 것입니다. shutdown(sock, SHUT_WR)을 호출하면 출력 스트림만 닫혀서 상대에게 FIN(EOF)이 가고, 입력 스트림은 열려 있으니 상대가 보내는 데이터는 계속 받을 수 있습니다. 이때 먼저 닫은 쪽은 FIN_WAIT_2, 상대는 CLOSE_WAIT 상태에서 남은 데이터를 보냅니다.`,
  },
  {
    id: "hc-ko-casual",
    prompt: "iv-half-close",
    locale: "ko",
    style: "casual-korean",
    holdout: true,
    text: `송신만 끊고 수신은 계속 하는 반 종료. 클라가 SHUT_WR로 FIN 보내면 클라는 FIN_WAIT_2에서 서버가 보내는 응답을 계속 읽을 수 있음. 서버는 CLOSE_WAIT에서 다 보내고 FIN 보냄`,
  },
  {
    id: "hc-ko-example",
    prompt: "iv-half-close",
    locale: "ko",
    style: "half-close-sockets",
    text: `한쪽이 자기 송신 방향만 종료하고 수신은 여전히 가능한 상태입니다. 예를 들어 클라이언트가 요청을 다 보낸 뒤 shutdown으로 FIN을 보내면, 서버는 요청이 끝났다는 걸 알고 CLOSE_WAIT에서 응답을 끝까지 보냅니다. 그동안 클라이언트는 FIN_WAIT_2에서 응답을 계속 받습니다.`,
  },
  {
    id: "hc-en-stevens",
    prompt: "iv-half-close",
    locale: "en",
    style: "textbook-prose",
    text: `Half-close is the ability of one end to terminate its output while still receiving data from the other end. The application calls shutdown with SHUT_WR instead of close, which sends a FIN. The initiator sits in FIN_WAIT_2 reading whatever the peer, now in CLOSE_WAIT, still sends, until the peer sends its own FIN.`,
  },
  {
    id: "hc-en-short",
    prompt: "iv-half-close",
    locale: "en",
    style: "interview-prep-english",
    holdout: true,
    text: `One side stops sending (shutdown(SHUT_WR) sends a FIN) but keeps reading. It waits in FIN_WAIT_2 while the other side, in CLOSE_WAIT, can continue to send data until it closes too.`,
  },
  {
    id: "hc-en-example",
    prompt: "iv-half-close",
    locale: "en",
    style: "half-close-sockets",
    text: `It closes only the sending direction. A client can send its whole request, call shutdown(fd, SHUT_WR) to send a FIN, and still read the response; its socket is in FIN_WAIT_2 and the server's in CLOSE_WAIT until the server finishes and closes.`,
  },
  {
    id: "hc-ko-wrong-both",
    prompt: "iv-half-close",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["fin-closes-both-directions"],
    text: `FIN을 한 번 보내면 양방향이 모두 닫히는데, half-close는 그 FIN을 보내는 과정을 말합니다.`,
  },
  {
    id: "hc-en-wrong-both",
    prompt: "iv-half-close",
    locale: "en",
    style: "copied-misconception",
    wrong: ["fin-closes-both-directions"],
    holdout: true,
    text: `Half-close is when a FIN is sent and both directions are closed at once, so neither side can send or receive anymore.`,
  },
  {
    id: "hc-en-wrong-fw2",
    prompt: "iv-half-close",
    locale: "en",
    style: "copied-misconception",
    wrong: ["two-msl-outside-time-wait"],
    text: `One side calls shutdown(SHUT_WR) and stops sending but can still receive. It stays in FIN_WAIT_2 for 2*MSL, 60 seconds on Linux, while the peer in CLOSE_WAIT sends the rest.`,
  },

  // ── iv-flags ──────────────────────────────────────────────────────────────────
  {
    id: "fl-ko-list",
    prompt: "iv-flags",
    locale: "ko",
    style: "flag-table",
    text: `- URG: 긴급 포인터 필드가 유효함을 알림
- ACK: 확인 응답 번호가 유효함, 연결 후 거의 모든 세그먼트에 설정
- PSH: 버퍼에 쌓지 말고 바로 응용 계층으로 전달하라는 뜻
- RST: 문제가 생겼을 때 연결을 강제로 초기화(리셋)
- SYN: 연결 설정 요청, 시퀀스 번호 동기화
- FIN: 더 이상 보낼 데이터가 없어 연결 종료를 요청`,
  },
  {
    id: "fl-ko-prose",
    prompt: "iv-flags",
    locale: "ko",
    style: "casual-korean",
    holdout: true,
    text: `SYN은 연결을 시작할 때 시퀀스 번호를 동기화하려고 보내고, ACK는 상대 패킷을 잘 받았다는 확인 응답이에요. FIN은 보낼 데이터가 끝나서 연결을 끊자는 것이고, RST는 비정상 상황에서 연결을 강제로 끊는 리셋입니다. PSH는 데이터를 버퍼링 없이 즉시 올려 보내라는 것, URG는 긴급 데이터가 있다는 표시예요.`,
  },
  {
    id: "fl-en-list",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    text: `SYN - synchronize sequence numbers when opening a connection.
ACK - the acknowledgment number field is valid.
FIN - the sender has finished sending data.
RST - reset: abort the connection.
PSH - push the data to the receiving application right away.
URG - the urgent pointer field is significant.`,
  },
  {
    id: "fl-en-prose",
    prompt: "iv-flags",
    locale: "en",
    style: "interview-prep-english",
    holdout: true,
    text: `There are six classic control bits. SYN starts a connection and syncs sequence numbers, ACK acknowledges received data, FIN closes the sender's side with no more data, RST forcibly resets the connection, PSH tells the receiver to push data up immediately instead of buffering it, and URG marks urgent data via the urgent pointer.`,
  },
  {
    id: "fl-ko-wrong-syn",
    prompt: "iv-flags",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["syn-no-sequence"],
    text: `SYN은 연결 요청, ACK는 확인 응답, FIN은 종료, RST는 강제 종료, PSH는 즉시 전달, URG는 긴급 데이터입니다. 참고로 SYN과 FIN은 데이터가 아니라서 시퀀스 번호를 소비하지 않습니다.`,
  },
  {
    id: "fl-en-wrong-syn",
    prompt: "iv-flags",
    locale: "en",
    style: "copied-misconception",
    wrong: ["syn-no-sequence"],
    text: `SYN opens a connection, ACK acknowledges, FIN closes, RST aborts, PSH pushes immediately, URG marks urgent data. SYN does not consume a sequence number since it carries no data.`,
  },

  // ── iv-final-ack-lost ─────────────────────────────────────────────────────────
  {
    id: "fa-ko-steps",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "numbered-steps",
    text: `1. 서버는 LAST_ACK 상태에서 마지막 ACK를 기다리지만 받지 못합니다.
2. 재전송 타이머가 만료되면 서버가 FIN을 재전송합니다.
3. 클라이언트는 아직 TIME_WAIT 상태이므로 FIN을 받고 다시 ACK를 보내고, 2MSL 타이머를 처음부터 다시 시작합니다.
4. 서버는 이 ACK를 받고 CLOSED가 됩니다.`,
  },
  {
    id: "fa-ko-prose",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "korean-reasons",
    holdout: true,
    text: `마지막 ACK가 유실되면 LAST_ACK에 있는 서버는 자신이 보낸 FIN이 사라진 건지 ACK가 사라진 건지 모르기 때문에 일정 시간 뒤 FIN을 다시 보냅니다. 이때 클라이언트가 TIME_WAIT로 남아 있으니 재전송된 FIN에 ACK를 한 번 더 보내 주고 타이머를 재시작합니다. 그래서 서버도 정상적으로 종료됩니다.`,
  },
  {
    id: "fa-ko-casual",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "casual-korean",
    text: `서버(LAST_ACK)는 ACK 못 받음 → 타임아웃 후 FIN 재전송 → TIME_WAIT인 클라가 받아서 ACK 다시 보냄 + 2MSL 타이머 재시작 → 서버 CLOSED`,
  },
  {
    id: "fa-en-steps",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "numbered-steps",
    text: `1. The server is in LAST_ACK and never receives the ACK.
2. Its retransmission timer expires and it resends the FIN.
3. The client is still in TIME_WAIT, so it sends another ACK and restarts its 2MSL timer.
4. The server gets that ACK and goes to CLOSED.`,
  },
  {
    id: "fa-en-textbook",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "textbook-prose",
    holdout: true,
    text: `The passive closer, waiting in LAST-ACK, does not get an acknowledgement for its FIN, so it retransmits the FIN after a timeout. The active closer is still in TIME-WAIT; it acknowledges the retransmitted FIN again and restarts the 2MSL timer. The passive closer then receives the ACK and closes.`,
  },
  {
    id: "fa-en-prose",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "interview-prep-english",
    text: `The server, sitting in LAST_ACK, times out because the ACK never arrived and retransmits its FIN. Since the client is still in TIME_WAIT it can re-ACK that FIN, and the 2MSL timer restarts. That is exactly why TIME_WAIT exists; without it the client would answer the FIN with RST.`,
  },
  {
    id: "fa-ko-wrong-data",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["time-wait-waits-for-data"],
    text: `서버가 데이터를 재전송하고, 클라이언트는 TIME_WAIT 상태에서 아직 받지 못한 데이터를 기다렸다가 받은 뒤 닫습니다.`,
  },
  {
    id: "fa-en-wrong-server-tw",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "copied-misconception",
    wrong: ["time-wait-on-server"],
    holdout: true,
    text: `The server goes into TIME_WAIT and waits; after a timeout it retransmits its FIN, and the client, already closed, answers with an ACK again.`,
  },
  {
    id: "fa-en-wrong-fw2",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "copied-misconception",
    wrong: ["two-msl-outside-time-wait"],
    text: `The server in LAST_ACK retransmits its FIN after a timeout. The client is in FIN_WAIT_2 waiting 2MSL, so it receives the FIN and sends the ACK again.`,
  },
  {
    id: "fa-ko-wrong-spelling",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["timed-wait-spelling"],
    text: `서버가 LAST_ACK에서 ACK를 못 받으면 FIN을 재전송합니다. 클라이언트는 TIMED_WAIT 상태라서 다시 ACK를 보내고 타이머를 재시작합니다.`,
  },

  // ── more correct answers in other registers (both languages) ─────────────────
  {
    id: "3w-ko-wireshark",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbers",
    text: `와이어샤크로 보면 [SYN] Seq=0 → [SYN, ACK] Seq=0 Ack=1 → [ACK] Seq=1 Ack=1 순서입니다(상대 번호). 클라이언트가 SYN으로 자기 ISN을 알리고, 서버가 그 번호에 1을 더해 ACK하면서 자기 SYN도 같이 보내고, 클라이언트가 서버 번호 +1로 ACK합니다. 그래서 양쪽 시퀀스 번호가 서로 확인되고 양방향 통신이 가능해집니다.`,
  },
  {
    id: "4w-en-wave",
    prompt: "iv-four-way",
    locale: "en",
    style: "numbered-steps",
    holdout: true,
    text: `First wave: the active closer sends FIN and enters FIN_WAIT_1; it will send no more data but can still receive. Second wave: the passive side sends an ACK and enters CLOSE_WAIT, and the active side moves to FIN_WAIT_2. Third wave: the passive side, after sending what remains, sends its FIN and enters LAST_ACK. Fourth wave: the active side sends the ACK, stays in TIME_WAIT for 2MSL and then closes.`,
  },
  {
    id: "tw-ko-steps",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "numbered-steps",
    text: `1) 마지막 ACK 유실 대비: 능동 종료 측이 보낸 ACK가 사라지면 상대는 FIN을 재전송하는데, TIME_WAIT로 남아 있어야 그 FIN에 다시 ACK할 수 있습니다.
2) 지연 세그먼트 제거: 같은 IP와 포트로 곧바로 새 연결을 맺으면 이전 연결의 늦은 패킷이 섞일 수 있어 2MSL 동안 기다려 소멸시킵니다.`,
  },
  {
    id: "2w-ko-steps",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "numbered-steps",
    holdout: true,
    text: `1) 서버 ISN 확인: 클라이언트 ISN은 SYN+ACK로 확인되지만 서버 ISN은 세 번째 ACK가 있어야 확인됩니다.
2) 오래된 SYN 방지: 지연된 중복 SYN으로 서버가 엉뚱한 연결을 여는 것을 막습니다.
3) 양방향 확인: 양쪽 모두 보내고 받을 수 있다는 것을 확인합니다.`,
  },
  {
    id: "hc-ko-wrong-tw-server",
    prompt: "iv-half-close",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["time-wait-on-server"],
    holdout: true,
    text: `클라이언트가 SHUT_WR로 송신만 닫고 수신은 계속합니다. 클라이언트는 FIN_WAIT_2에서 데이터를 받고, 서버는 CLOSE_WAIT에서 데이터를 다 보낸 다음 TIME_WAIT로 들어갑니다.`,
  },
  {
    id: "fl-en-bits",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    text: `In header order: URG (urgent pointer is valid), ACK (acknowledgement number is valid), PSH (push: deliver to the application now), RST (reset and abort the connection), SYN (open a connection, synchronize the ISN), FIN (no more data from the sender). A SYN/ACK has bits 010010.`,
  },
  // ── second held-out batch: written after the first tuning round, run only for the figures ──
  {
    id: "h2-3w-ko-polite",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbered-steps",
    holdout: true,
    text: `첫 번째로 클라이언트는 임의의 ISN을 정해 SYN 세그먼트를 서버로 전송합니다. 두 번째로 서버는 이를 받아 ACK 번호를 ISN+1로 설정하고, 자신의 ISN도 담아서 SYN/ACK를 클라이언트에게 회신합니다. 세 번째로 클라이언트가 서버 ISN에 1을 더한 값으로 ACK를 보내면 연결이 수립되고, 양쪽이 서로 보내고 받을 수 있음이 확인됩니다.`,
  },
  {
    id: "h2-3w-en-casual",
    prompt: "iv-three-way",
    locale: "en",
    style: "interview-prep-english",
    holdout: true,
    text: `So the client kicks things off with a SYN carrying a random ISN, say x. The server comes back with SYN+ACK, ack number x+1 and its own ISN y. The client finishes with an ACK for y+1. After those three segments both ends have synchronized sequence numbers and know traffic flows both ways.`,
  },
  {
    id: "h2-3w-ko-states",
    prompt: "iv-three-way",
    locale: "ko",
    style: "parenthesised-states",
    holdout: true,
    text: `클라이언트(CLOSED → SYN_SENT)가 SYN을 보내고, LISTEN 중이던 서버는 SYN을 받아 SYN_RCVD가 되면서 SYN+ACK(ack = x+1)를 보냅니다. 클라이언트는 ACK(ack = y+1)를 보내며 ESTABLISHED, 서버도 ACK를 받고 ESTABLISHED가 됩니다. 이렇게 양방향으로 시퀀스 번호를 동기화합니다.`,
  },
  {
    id: "h2-3w-en-wrong-server-synsent",
    prompt: "iv-three-way",
    locale: "en",
    style: "arrow-lines",
    holdout: true,
    wrong: ["server-enters-syn-sent"],
    text: `Client -> Server: SYN (client goes to SYN_SENT)
Server -> Client: SYN-ACK (server goes to SYN_SENT too, ack = x+1)
Client -> Server: ACK, both ESTABLISHED. Sequence numbers are exchanged in both directions.`,
  },
  {
    id: "h2-3w-ko-wrong-ack",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbers",
    holdout: true,
    wrong: ["ack-not-plus-one"],
    text: `클라이언트가 SYN(seq=100)을 보내면 서버는 SYN+ACK(seq=300, ack=100)로 응답하고, 클라이언트가 ACK(ack=300)를 보내서 연결됩니다. 서로의 시퀀스 번호를 확인하고 양방향 통신이 가능해집니다.`,
  },
  {
    id: "h2-4w-en-ab",
    prompt: "iv-four-way",
    locale: "en",
    style: "peers-a-b",
    holdout: true,
    text: `Say host A wants to close. A sends FIN and moves to FIN_WAIT_1. B acknowledges with an ACK and goes to CLOSE_WAIT; A is now in FIN_WAIT_2 and can still receive whatever B has left. When B's application closes, B sends its FIN and waits in LAST_ACK. A replies with the final ACK and stays in TIME_WAIT for 2MSL before closing.`,
  },
  {
    id: "h2-4w-ko-mixed",
    prompt: "iv-four-way",
    locale: "ko",
    style: "casual-korean",
    holdout: true,
    text: `Client가 close() 호출 → FIN 전송, FIN_WAIT_1
Server는 ACK 회신하고 CLOSE_WAIT (이때 아직 보낼 data 있으면 계속 전송 가능)
Client는 ACK 받고 FIN_WAIT_2
Server가 close() 하면 FIN 전송, LAST_ACK
Client가 마지막 ACK 보내고 TIME_WAIT에서 2MSL 대기 후 CLOSED`,
  },
  {
    id: "h2-4w-ko-wrong-tw-passive",
    prompt: "iv-four-way",
    locale: "ko",
    style: "korean-reasons",
    holdout: true,
    wrong: ["time-wait-on-server"],
    text: `능동 종료 측이 FIN을 보내면 수동 종료 측이 ACK를 보내고 남은 데이터를 마저 보낸 뒤 FIN을 보냅니다. 능동 종료 측이 마지막 ACK를 보내면 수동 종료 측은 TIME_WAIT 상태로 2MSL 동안 기다립니다.`,
  },
  {
    id: "h2-4w-en-wrong-swap",
    prompt: "iv-four-way",
    locale: "en",
    style: "copied-misconception",
    holdout: true,
    wrong: ["time-wait-on-server"],
    text: `The client sends FIN and the server replies with ACK, then the server sends its FIN. The client answers with the last ACK and goes into CLOSE_WAIT, while the server enters TIME_WAIT and waits 2MSL.`,
  },
  {
    id: "h2-tw-ko-list",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "korean-reasons",
    holdout: true,
    text: `TIME_WAIT는 연결을 먼저 종료한 쪽에서 생깁니다. 필요한 이유는 1) 마지막으로 보낸 ACK가 손실되어 상대가 FIN을 다시 보내면 그에 다시 응답해야 하고, 2) 이전 연결에서 지연된 세그먼트가 네트워크에서 사라질 시간을 벌어 같은 포트 쌍의 새 연결을 보호하기 위해서입니다. 그래서 MSL의 2배 동안 기다립니다.`,
  },
  {
    id: "h2-tw-en-list",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "interview-prep-english",
    holdout: true,
    text: `Two reasons. (1) The side that closed first must be able to resend the final ACK if it is lost, because the other side will retransmit its FIN. (2) Old duplicate segments from the closed connection need time to expire so they are not accepted by a new connection on the same ports. Hence it waits twice the maximum segment lifetime.`,
  },
  {
    id: "h2-tw-en-wrong-server",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    holdout: true,
    wrong: ["time-wait-on-server"],
    text: `The passive closer enters TIME_WAIT after it sends its FIN and waits 2MSL, so delayed packets can die out and a lost ACK can be handled.`,
  },
  {
    id: "h2-tw-ko-wrong-data",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "copied-misconception",
    holdout: true,
    wrong: ["time-wait-waits-for-data"],
    text: `FIN을 받은 뒤에도 상대가 보낸 데이터가 아직 도착하지 않았을 수 있어서, 클라이언트는 TIME_WAIT 동안 남은 데이터를 받기 위해 기다립니다.`,
  },
  {
    id: "h2-2w-en-qa",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "qa-refuted",
    holdout: true,
    text: `Q: Why not just two? A: Because then the server never learns whether its own SYN (its ISN) got through; only the client's third ACK acknowledges it. Two-way would also let an old delayed SYN open a connection on the server. Three segments make sure both directions are working.`,
  },
  {
    id: "h2-2w-ko-formal",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "korean-reasons",
    holdout: true,
    text: `연결은 양방향이므로 클라이언트와 서버의 초기 시퀀스 번호가 각각 상대에게 확인되어야 합니다. 2-way에서는 서버가 보낸 시퀀스 번호에 대한 확인 응답이 없어서 서버는 클라이언트가 제대로 받았는지 알 수 없습니다. 또한 과거에 보냈다가 지연된 SYN이 뒤늦게 도착해 불필요한 연결이 생기는 것도 막을 수 없습니다.`,
  },
  {
    id: "h2-2w-en-wrong",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "copied-misconception",
    holdout: true,
    wrong: ["two-way-enough"],
    text: `In practice two messages are sufficient: SYN and SYN-ACK already prove the server is alive. The third ACK is unnecessary and only kept for tradition.`,
  },
  {
    id: "h2-4r-ko-prose",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "korean-reasons",
    holdout: true,
    text: `TCP는 송신과 수신이 각각 독립된 방향이라, FIN은 한 방향의 종료만 뜻합니다. 서버는 FIN을 받으면 곧바로 ACK로 응답하지만 보낼 데이터가 남아 있을 수 있으니 FIN은 나중에 따로 보냅니다. 이런 반쯤 닫힌 상태를 half-close라 하고, 그래서 종료는 네 단계가 됩니다.`,
  },
  {
    id: "h2-4r-en-wrong",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "copied-misconception",
    holdout: true,
    wrong: ["fin-closes-both-directions"],
    text: `Once a FIN is sent the connection is closed in both directions at once; the extra ACK and FIN are only there so both sides agree it is over.`,
  },
  {
    id: "h2-hc-en-textbook",
    prompt: "iv-half-close",
    locale: "en",
    style: "textbook-prose",
    holdout: true,
    text: `In a half-close one end finishes its output with shutdown(SHUT_WR): a FIN goes out, but the receive side stays open, so it can keep reading. That end waits in FIN_WAIT_2 while the other end, in CLOSE_WAIT, sends the rest and then its own FIN.`,
  },
  {
    id: "h2-hc-ko-stream",
    prompt: "iv-half-close",
    locale: "ko",
    style: "half-close-sockets",
    holdout: true,
    text: `close()는 입출력을 모두 끊지만 shutdown(fd, SHUT_WR)은 출력 스트림만 닫습니다. 그러면 상대에게 FIN이 가고, 나는 FIN_WAIT_2 상태에서 상대가 CLOSE_WAIT 상태에서 보내는 데이터를 여전히 받을 수 있습니다.`,
  },
  {
    id: "h2-fl-ko-table",
    prompt: "iv-flags",
    locale: "ko",
    style: "flag-table",
    holdout: true,
    text: `URG(긴급 데이터 표시), ACK(확인 응답 번호 유효), PSH(수신 측이 버퍼링하지 말고 바로 응용 프로그램에 넘김), RST(연결을 강제로 리셋), SYN(연결 시작 시 시퀀스 번호 동기화), FIN(송신 종료, 더 보낼 데이터 없음)`,
  },
  {
    id: "h2-fa-en-ab",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "peers-a-b",
    holdout: true,
    text: `B is in LAST_ACK and its FIN is never acknowledged, so after its retransmission timeout B resends the FIN. A is still in TIME_WAIT, receives the duplicate FIN, acknowledges it again and restarts its 2MSL timer. B then gets the ACK and closes.`,
  },
  {
    id: "h2-fa-ko-polite",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "numbered-steps",
    holdout: true,
    text: `서버는 LAST_ACK 상태에서 ACK가 오지 않으니 타임아웃 후 FIN을 다시 보냅니다. TIME_WAIT에 남아 있던 클라이언트는 그 FIN을 받고 ACK를 재전송하며, TIME_WAIT 타이머도 다시 2MSL로 초기화합니다. 이후 서버는 ACK를 받아 연결을 닫습니다.`,
  },
  {
    id: "h2-fa-en-wrong",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "copied-misconception",
    holdout: true,
    wrong: ["time-wait-waits-for-data"],
    text: `The server retransmits its data, and the client, sitting in TIME_WAIT, waits for the remaining data before it finally closes.`,
  },
  // ── the new topics' prompts (content v2) ─────────────────────────────────────
  {
    id: "tw2-ko-casual",
    prompt: "iv-time-wait-buildup",
    locale: "ko",
    style: "casual-korean",
    text: `결론부터 말하면 TIME_WAIT가 많은 것 자체는 정상이에요. 근데 프록시가 백엔드 하나로 연결을 짧게 짧게 맺고 먼저 끊으면 TIME_WAIT 하나당 로컬 포트 하나씩 60초 동안 묶이니까, 포트가 부족해져서 EADDRNOTAVAIL 에러가 납니다. 해결은 keep-alive 켜고 커넥션 풀 쓰는 게 1순위고, 안 되면 net.ipv4.tcp_tw_reuse를 켭니다. tcp_fin_timeout은 FIN_WAIT_2 쪽 설정이라 TIME_WAIT엔 효과 없어요.`,
  },
  {
    id: "tw2-en-wrong",
    prompt: "iv-time-wait-buildup",
    locale: "en",
    style: "copied-misconception",
    wrong: ["time-wait-blocks-port", "fin-timeout-sets-time-wait"],
    text: `TIME_WAIT eats up the listening port, so with that many sockets port 443 runs out. The quick fix is lowering tcp_fin_timeout to shorten TIME_WAIT.`,
  },
  {
    id: "cw-en-steps",
    prompt: "iv-close-wait-leak",
    locale: "en",
    style: "numbered-steps",
    text: `1. The remote side closed first: its FIN came in and the kernel ACKed it.
2. Our process still holds the socket and hasn't called close(), so it stays in CLOSE_WAIT; there is no timeout for that state.
3. Find the owner with lsof -i or ss -tanp and look at which peer the sockets point to.
4. Fix the code path that leaks them, typically an exception path without a finally, or a connection never returned to the pool.`,
  },
  {
    id: "cw-ko-wrong",
    prompt: "iv-close-wait-leak",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["close-wait-times-out"],
    text: `CLOSE_WAIT는 일정 시간이 지나면 OS가 자동으로 정리해 주니까 크게 걱정할 필요는 없습니다.`,
  },
  {
    id: "fw2-ko-steps",
    prompt: "iv-fin-wait-2-stuck",
    locale: "ko",
    style: "numbered-steps",
    text: `1. 내 쪽은 FIN을 보내고 ACK를 받았으니 상대의 FIN만 기다리는 중입니다.
2. 상대 애플리케이션이 소켓을 안 닫아서 상대는 CLOSE_WAIT에 머물러 있을 거예요.
3. 리눅스는 close()된 고아 소켓이면 tcp_fin_timeout 후 강제로 정리합니다.
4. 반대로 shutdown으로 쓰기만 닫은 half-close 상태면 타이머 없이 계속 남습니다.`,
  },
  {
    id: "ka-en-prose",
    prompt: "iv-keepalive",
    locale: "en",
    style: "interview-prep-english",
    text: `TCP keepalive is a socket option (SO_KEEPALIVE): after a long idle period the kernel sends probes and kills the connection if the other end never answers. HTTP keep-alive is unrelated; it just means the client reuses the same TCP connection for several HTTP requests. Keepalive is disabled by default and the default idle time before the first probe is 2 hours. A server that crashes without sending FIN or RST leaves us with a half-open connection, so in practice I'd add an application-level ping or tune TCP_KEEPIDLE down.`,
  },
  {
    id: "ka-ko-wrong",
    prompt: "iv-keepalive",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["tcp-keepalive-is-http-keepalive"],
    text: `HTTP keep-alive나 TCP keepalive나 결국 같은 거라서, 서버에서 keep-alive만 켜 두면 커널이 알아서 연결을 유지해 줍니다.`,
  },
  {
    id: "hl-en-steps",
    prompt: "iv-handshake-loss",
    locale: "en",
    style: "numbered-steps",
    text: `1. SYN lost: the client's SYN timer expires and it retransmits the SYN, with exponential backoff between attempts, until connect() gives up with ETIMEDOUT.
2. SYN-ACK lost: the server retransmits the SYN-ACK from SYN_RCVD, and the client may retransmit its SYN too.
3. Third ACK lost: no timer resends it, but the client's first data segment carries ack=y+1, which completes the handshake on the server.`,
  },
  {
    id: "hl-ko-wrong",
    prompt: "iv-handshake-loss",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["lost-syn-fails-at-once"],
    text: `SYN이 유실되면 바로 연결 실패로 처리되고 클라이언트는 에러를 받습니다.`,
  },
  {
    id: "sf-ko-reasons",
    prompt: "iv-syn-flood",
    locale: "ko",
    style: "korean-reasons",
    text: `SYN Flooding은 3-way 핸드셰이크의 허점을 노립니다. 첫째, 공격자는 가짜 IP로 SYN을 보내고 ACK를 보내지 않습니다. 둘째, 서버는 SYN_RCVD 상태의 미완성 연결을 SYN 큐에 쌓다가 큐가 가득 차면 새 연결을 못 받습니다. 셋째, 방어책인 SYN 쿠키는 연결 정보를 시퀀스 번호(ISN)에 담아 상태를 저장하지 않습니다. 다만 윈도 스케일 같은 옵션을 못 쓰게 되는 단점이 있어 큐가 넘칠 때만 켭니다.`,
  },
  {
    id: "sf-en-wrong",
    prompt: "iv-syn-flood",
    locale: "en",
    style: "copied-misconception",
    wrong: ["syn-flood-fills-accept-queue", "syn-cookies-cost-nothing"],
    text: `A SYN flood works by filling the accept queue, and SYN cookies are free protection, so turn them on always.`,
  },
  {
    id: "rst-en-table",
    prompt: "iv-rst-vs-fin",
    locale: "en",
    style: "flag-table",
    text: `FIN: orderly close, sent after the data, gets ACKed, leaves the closer in TIME_WAIT; the app reads EOF.
RST: abort, the connection dies immediately and buffered data is discarded; RST is not acknowledged and there is no TIME_WAIT; the app gets ECONNRESET.
RST is typically sent for a SYN to a port nobody listens on, or after close() with SO_LINGER 0.`,
  },
  {
    id: "rst-ko-wrong",
    prompt: "iv-rst-vs-fin",
    locale: "ko",
    style: "copied-misconception",
    wrong: ["rst-is-graceful"],
    text: `RST도 결국 연결을 닫는 신호라서 FIN처럼 남은 데이터를 다 보낸 뒤 상대 ACK를 받고 끝납니다.`,
  },
  {
    id: "opt-ko-casual",
    prompt: "iv-syn-options",
    locale: "ko",
    style: "casual-korean",
    text: `SYN에서만 정하는 옵션은 MSS, Window Scale, SACK Permitted, Timestamp 정도. MSS는 받을 수 있는 세그먼트 최대 크기, WS는 윈도 크기 배율, SACK은 선택적 확인 응답 허용, 타임스탬프는 RTT 계산이랑 PAWS용. 연결 중간에 바꾸면 양쪽이 세그먼트를 다르게 해석하니까 데이터 보내기 전에 양쪽이 합의해 둬야 함.`,
  },
  {
    id: "opt-en-wrong",
    prompt: "iv-syn-options",
    locale: "en",
    style: "copied-misconception",
    wrong: ["mss-negotiated", "options-anytime"],
    text: `The MSS is negotiated so that both ends use the same value, and window scaling can be turned on later whenever the window grows.`,
  },
  {
    id: "tu-ko-prose",
    prompt: "iv-tcp-vs-udp",
    locale: "ko",
    style: "textbook-prose",
    text: `UDP는 비연결형 프로토콜이라 3-way 핸드셰이크 같은 연결 설정 과정이 없고 바로 데이터그램을 보냅니다. UDP는 연결 상태나 시퀀스 번호를 유지하지 않기 때문에 연결을 닫는 4-way 과정도, TIME_WAIT도 없습니다. 신뢰성이나 순서 보장이 필요하면 애플리케이션이나 QUIC 같은 상위 프로토콜이 직접 구현해야 합니다.`,
  },
  {
    id: "tu-en-wrong",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "copied-misconception",
    wrong: ["udp-has-connection-state"],
    text: `UDP also has a handshake, it is just faster than TCP's, and its sockets go into TIME_WAIT after closing like TCP ones.`,
  },
  // held out: written with the ones above, not used to tune the new rubrics
  {
    id: "h3-tw2-en-prep",
    prompt: "iv-time-wait-buildup",
    locale: "en",
    style: "interview-prep-english",
    holdout: true,
    text: `A lot of TIME_WAIT is expected on whichever side closes first, so the count alone is not alarming. The real risk is on the connecting side, say a proxy talking to one upstream: every TIME_WAIT pins an ephemeral port, so at a high rate of short connections you exhaust the port range and connect() fails with EADDRNOTAVAIL. I would switch to persistent connections or a connection pool, and enable tcp_tw_reuse, which is safe with timestamps. I would not touch tcp_fin_timeout, which only governs orphaned FIN_WAIT_2 sockets; TIME_WAIT itself is a fixed 60 seconds on Linux.`,
  },
  {
    id: "h3-cw-ko-reasons",
    prompt: "iv-close-wait-leak",
    locale: "ko",
    style: "korean-reasons",
    holdout: true,
    text: `CLOSE_WAIT가 쌓이는 이유는 상대가 이미 FIN을 보내 종료를 요청했는데 우리 프로그램이 소켓을 닫지 않기 때문입니다. TCP 입장에서는 우리가 아직 보낼 데이터가 있을 수도 있어서 타이머로 끊지 않고, 그래서 저절로 사라지지 않습니다. netstat이나 ss로 어느 프로세스인지 확인한 뒤, 예외 경로에서도 close가 호출되도록 finally 블록을 넣는 식으로 코드를 고쳐야 합니다.`,
  },
  {
    id: "h3-fw2-en-prose",
    prompt: "iv-fin-wait-2-stuck",
    locale: "en",
    style: "textbook-prose",
    holdout: true,
    text: `FIN_WAIT_2 is reached once the local FIN has been acknowledged; the connection is then waiting for the remote FIN. The remote end is typically in CLOSE_WAIT because its application has not closed the socket. Linux applies tcp_fin_timeout only to orphaned sockets, i.e. those already closed by the application, while a socket half-closed with shutdown() remains in FIN_WAIT_2 for as long as the application keeps it.`,
  },
  {
    id: "h3-fw2-ko-wrong",
    prompt: "iv-fin-wait-2-stuck",
    locale: "ko",
    style: "copied-misconception",
    holdout: true,
    wrong: ["fin-wait-2-always-times-out"],
    text: `FIN_WAIT_2 상태는 tcp_fin_timeout 값만큼 지나면 예외 없이 모두 정리됩니다.`,
  },
  {
    id: "h3-ka-ko-refuted",
    prompt: "iv-keepalive",
    locale: "ko",
    style: "qa-refuted",
    holdout: true,
    text: `TCP keepalive랑 HTTP keep-alive가 같은 거라고 생각하기 쉽지만 전혀 다릅니다. TCP keepalive는 유휴 연결에 커널이 탐침 패킷을 보내 상대가 살아 있는지 검사하는 것이고, HTTP keep-alive는 하나의 연결로 여러 요청을 보내는 지속 연결입니다. TCP keepalive는 기본으로 꺼져 있고 켜더라도 첫 프로브까지 2시간이 걸려요. 상대가 FIN이나 RST 없이 사라진 Half-Open 연결을 빨리 찾으려면 헬스 체크나 하트비트를 따로 둡니다.`,
  },
  {
    id: "h3-ka-en-wrong",
    prompt: "iv-keepalive",
    locale: "en",
    style: "copied-misconception",
    holdout: true,
    wrong: ["keepalive-on-by-default"],
    text: `No need to worry: TCP keepalive is enabled by default and probes every few seconds.`,
  },
  {
    id: "h3-hl-ko-reasons",
    prompt: "iv-handshake-loss",
    locale: "ko",
    style: "korean-reasons",
    holdout: true,
    text: `SYN이 유실되면 클라이언트가 RTO가 지난 뒤 SYN을 다시 보내며 재전송 간격은 매번 두 배씩 늘어납니다. SYN+ACK가 유실되면 서버가 SYN+ACK를 재전송합니다. 마지막 ACK가 유실되더라도 클라이언트가 보내는 첫 데이터에 ACK 번호가 들어 있어서 서버는 그 데이터를 받으면서 연결을 확립합니다.`,
  },
  {
    id: "h3-sf-en-prose",
    prompt: "iv-syn-flood",
    locale: "en",
    style: "textbook-prose",
    holdout: true,
    text: `In a SYN flood the attacker sends a stream of SYN segments with forged source addresses and never answers the SYN-ACKs. Every half-open attempt occupies an entry in the listener's SYN backlog until it times out, and once the backlog is full new connection requests are refused. SYN cookies avoid keeping any state: the server derives its initial sequence number from a keyed hash of the connection and a timestamp, and reconstructs the entry when the final ACK arrives. Since nothing is stored, the SYN-ACK cannot be retransmitted and options such as window scaling are lost, so cookies are only used when the backlog overflows.`,
  },
  {
    id: "h3-rst-ko-steps",
    prompt: "iv-rst-vs-fin",
    locale: "ko",
    style: "numbered-steps",
    holdout: true,
    text: `1. FIN은 보낼 데이터를 다 보냈다는 정상 종료 신호이고 상대가 ACK로 확인합니다.
2. RST는 연결을 바로 끊어 버리는 신호라 아직 못 보낸 데이터도 버립니다.
3. RST는 ACK를 받지 않고 TIME_WAIT도 거치지 않습니다.
4. 받은 쪽 애플리케이션은 FIN이면 EOF를, RST면 connection reset 에러를 봅니다.
5. LISTEN 중이 아닌 포트로 SYN이 오거나, SO_LINGER 0으로 close()하면 RST가 나갑니다.`,
  },
  {
    id: "h3-opt-en-prose",
    prompt: "iv-syn-options",
    locale: "en",
    style: "textbook-prose",
    holdout: true,
    text: `The options that only appear in the SYN and SYN-ACK are the maximum segment size, the window scale factor, SACK-permitted and timestamps. Each side announces its own MSS; the scale factor lets windows exceed 65,535 bytes; SACK-permitted enables selective acknowledgements later on; timestamps support RTT estimation and PAWS. They must be settled before any data is exchanged, and window scaling, SACK and timestamps take effect only if both sides sent the option.`,
  },
  {
    id: "h3-tu-en-prep",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "interview-prep-english",
    holdout: true,
    text: `UDP is connectionless, so there is no handshake before sending and no teardown afterwards. The kernel keeps no per-connection state for it, no sequence numbers, and therefore nothing like TIME_WAIT. Anything like reliability or ordering must be handled by the application, which is what QUIC does on top of UDP.`,
  },
];

/** All rounds; rounds 2 and 3 (answers-r2.ts, answers-r3.ts) were written after an independent held-out set was measured. */
export const CORPUS: CorpusAnswer[] = [
  ...ROUND_1,
  ...CORPUS_R2,
  ...CORPUS_R3,
  ...CORPUS_R4,
  ...CORPUS_R5,
  ...CORPUS_R6,
  ...CORPUS_R8,
  ...CORPUS_R9,
  ...CORPUS_R10,
  ...CORPUS_R11,
  ...CORPUS_R12,
  ...CORPUS_R13,
  ...CORPUS_R14,
  ...CORPUS_R15,
  ...CORPUS_R16,
  ...CORPUS_R17,
  ...CORPUS_R18,
];
