import type { CorpusAnswer } from "./answers";

/**
 * A sixteenth round, after the held-out set heldout9's development half, written for classes of
 * reading rather than for its sentences: a Korean clause that goes on with the subject of the one
 * before while naming the other side only inside a relative clause ("서버가 보낸 SYN에 1을 더해").
 * Our own sentences, in the styles of styles.ts.
 */
const R = 16 as const;
export const CORPUS_R16: CorpusAnswer[] = [
  {
    id: "r16-three-way-ko-relative-carry",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbered-steps",
    round: R,
    text: `1. 클라이언트가 SYN을 보내 연결을 요청하고 SYN_SENT 상태가 된다.
2. 서버는 SYN과 함께 ACK를 보내 응답하고 SYN_RECEIVED 상태가 된다.
3. 클라이언트는 SYN+ACK를 받고, 서버가 정한 초기 번호에 1을 더한 값을 ACK에 실어 보낸다. 이로써 양쪽 모두 ESTABLISHED가 된다.`,
  },
  {
    id: "r16-four-way-ko-relative-carry",
    prompt: "iv-four-way",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `클라이언트는 FIN을 보내고 FIN_WAIT_1이 된다. 서버는 FIN을 받아 ACK로 답하고 CLOSE_WAIT에 머문다.
서버는 남은 데이터를 다 보낸 뒤 자기 FIN을 보내고 LAST_ACK가 된다.
클라이언트는 그 FIN을 받고, 서버가 보낸 FIN에 대한 ACK를 돌려준 뒤 TIME_WAIT에서 2MSL 동안 기다린다.`,
  },
  {
    id: "r16-final-ack-lost-ko-relative-carry",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `마지막 ACK가 사라지면 LAST_ACK에 있는 서버는 ACK를 받지 못해 자기 FIN을 재전송한다.
클라이언트는 아직 TIME_WAIT에 머물러 있고, 서버가 다시 보낸 FIN에 ACK를 한 번 더 보내며 2MSL 타이머를 처음부터 다시 잰다.`,
  },
];
