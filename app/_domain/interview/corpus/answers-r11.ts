import type { CorpusAnswer } from "./answers";

/**
 * An eleventh round, for reading: a line that opens with a state and a colon or a dash and defines
 * it (its side named only in a later clause, an unnamed 2MSL wait), steps headed by their segment
 * whose side first receives something, a table whose columns are headed by TCP and UDP, Korean
 * sentences that string several predicates with the negation only in the last, a sentence that
 * points back ("이 공격은"), nominalised retransmissions and a side named after the verb in a clause
 * it governs. Our own sentences, in the styles of styles.ts.
 */
const R = 11 as const;
export const CORPUS_R11: CorpusAnswer[] = [
  {
    id: "r11-4w-ko-state-defs",
    prompt: "iv-four-way",
    locale: "ko",
    style: "definition-lines",
    round: R,
    text: `연결 종료 과정에서 거치는 상태를 정리하면 다음과 같습니다.
- FIN_WAIT_1: 종료를 먼저 요청한 클라이언트가 FIN을 보내고, ACK를 기다리는 상태
- CLOSE_WAIT: FIN을 받은 뒤 서버가 ACK를 돌려주고, 자기 애플리케이션이 close()를 부를 때까지 기다리는 상태
- FIN_WAIT_2: ACK를 받은 클라이언트가 서버의 FIN을 기다리는 상태
- LAST_ACK: 남은 데이터를 다 보낸 서버가 FIN을 보내고, 마지막 ACK를 기다리는 상태
- TIME_WAIT: 그 FIN에 ACK를 보낸 뒤, 클라이언트가 2MSL 동안 머무는 상태`,
  },
  {
    id: "r11-4w-ko-state-defs-swapped",
    prompt: "iv-four-way",
    locale: "ko",
    style: "definition-lines",
    round: R,
    wrong: ["two-msl-outside-time-wait", "close-wait-equals-time-wait"],
    text: `상태별로 보면
- FIN_WAIT_1: 클라이언트가 FIN을 보낸 직후의 상태
- CLOSE_WAIT: 마지막 ACK를 보낸 뒤, 먼저 닫은 쪽이 2MSL 동안 머무는 상태
- LAST_ACK: 서버가 FIN을 보내고 ACK를 기다리는 상태`,
  },
  {
    id: "r11-4w-en-state-defs",
    prompt: "iv-four-way",
    locale: "en",
    style: "definition-lines",
    round: R,
    text: `The states of a normal close, client first:
- FIN-WAIT-1 - the client has sent its FIN and waits for it to be acknowledged.
- CLOSE-WAIT - having ACKed that FIN, the server waits until its application closes.
- FIN-WAIT-2 - the client got the ACK and now waits for the server's FIN.
- LAST-ACK - the server has sent its own FIN and waits for the final ACK.
- TIME-WAIT - once it has sent that final ACK, the client lingers for 2MSL before CLOSED.`,
  },
  {
    id: "r11-4w-en-state-defs-server-tw",
    prompt: "iv-four-way",
    locale: "en",
    style: "definition-lines",
    round: R,
    wrong: ["time-wait-on-server"],
    text: `States, in order:
- FIN-WAIT-1 - the client sent the first FIN.
- CLOSE-WAIT - the server ACKed it and is waiting on its application.
- LAST-ACK - the server sent its FIN.
- TIME-WAIT - after the last ACK goes out, the server sits here for 2MSL.`,
  },
  {
    id: "r11-3w-ko-step-labels",
    prompt: "iv-three-way",
    locale: "ko",
    style: "step-labels",
    round: R,
    text: `(1) SYN : 클라이언트는 임의로 고른 초기 시퀀스 번호 x를 담아 서버로 SYN을 보내고 SYN_SENT가 된다.
(2) SYN+ACK : 서버는 그 SYN을 수신하고, 자기 초기 시퀀스 번호 y와 확인 번호 x+1을 담아 응답하며 SYN_RCVD가 된다.
(3) ACK : 클라이언트는 확인 번호 y+1을 담아 ACK를 보내고, 양쪽이 ESTABLISHED가 된다.`,
  },
  {
    id: "r11-3w-en-step-labels",
    prompt: "iv-three-way",
    locale: "en",
    style: "step-labels",
    round: R,
    text: `Step 1 - SYN: the client picks a random initial sequence number x and sends it to the server.
Step 2 - SYN-ACK: the server takes in that segment and answers with its own sequence number y and ack = x+1.
Step 3 - ACK: the client replies with ack = y+1, and both ends are ESTABLISHED.`,
  },
  {
    id: "r11-udp-ko-table",
    prompt: "iv-tcp-vs-udp",
    locale: "ko",
    style: "table-rows",
    round: R,
    text: `| 항목 | TCP | UDP |
|---|---|---|
| 연결 수립 | 3-way handshake로 연결을 맺음 | 핸드셰이크 없이 바로 데이터그램을 보냄 |
| 상태 | ESTABLISHED, TIME_WAIT 등 연결 상태를 유지 | 연결 상태를 저장하지 않음 |
| 연결 종료 | FIN을 주고받고 TIME_WAIT를 거침 | 종료 절차도 TIME_WAIT도 없음 |
| 신뢰성 | 재전송과 순서 보장 | 필요하면 애플리케이션이 직접 처리 |`,
  },
  {
    id: "r11-tw-ko-fd-chain",
    prompt: "iv-time-wait-buildup",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    wrong: ["time-wait-holds-fd"],
    text: `짧은 연결을 계속 열고 닫으면 먼저 닫는 쪽에 TIME_WAIT가 쌓입니다. TIME_WAIT 소켓 하나하나가 파일 디스크립터를 차지해 프로세스 한도에 걸려 새 소켓을 못 엽니다. 커넥션 풀로 연결을 재사용하면 해결됩니다.`,
  },
  {
    id: "r11-sf-ko-this-attack",
    prompt: "iv-syn-flood",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    wrong: ["syn-flood-fills-accept-queue"],
    text: `SYN Flooding은 SYN만 잔뜩 보내고 세 번째 ACK는 보내지 않는 DoS 공격입니다. 이 공격은 서버의 accept 큐를 가득 채워 정상 클라이언트가 연결하지 못하게 만듭니다. SYN 쿠키를 켜면 서버가 상태를 저장하지 않고 ISN에 정보를 담아 보내 막을 수 있습니다.`,
  },
  {
    id: "r11-hl-en-nouns",
    prompt: "iv-handshake-loss",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `If the client's SYN is lost, the retransmission of that SYN happens when the client's timer expires, with the same sequence number, and each later retransmission waits twice as long until connect() gives up with ETIMEDOUT. If the server's SYN+ACK is lost, the server retransmits the SYN+ACK on its own timer. If only the third ACK is lost, the client's first data segment carries the ACK number anyway, so the server still reaches ESTABLISHED.`,
  },
  {
    id: "r11-tw-en-that-clause",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `The side that closes first sends the final ACK and then stays in TIME_WAIT for 2MSL, so that it can be sure that the other endpoint really got that ACK: if it was lost, the peer retransmits its FIN and the side in TIME_WAIT acknowledges it again. The wait also lets delayed segments of the old connection expire before a new connection reuses the same addresses and ports.`,
  },
];
