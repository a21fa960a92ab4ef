import { ko } from "./lexicon";
import { jamo } from "./text";

/**
 * Reasons and facts that are ideas rather than steps ("each direction closes on its own"), each
 * a list of ways people say it in Korean and English. A way is written in the term language the
 * rubrics use (README, "Writing content"): words separated by ` & ` must all appear in one
 * sentence, in any order; a word is a stem (Korean: any ending follows, 보내 matches 보냅니다;
 * English: any suffix, retransmit matches retransmitted); `|` separates alternatives inside a
 * word; everything is case-insensitive. Rubrics may add their own ways under `terms`.
 */
export const CONCEPTS: Record<string, { ko: string[]; en: string[] }> = {
  "isn-exchange": { ko: ["시퀀스 번호|순서 번호|순차 번호|일련번호|일련 번호|ISN|초기 번호|seq"], en: ["sequence number|ISN|seq"] },
  "ack-plus-one": {
    // One added told with any verb of adding: 더하, 증가, 추가, 늘리 ("하나를 추가하여", "하나씩 증가시키며").
    ko: [
      "+1|+ 1|1을 더|1 더한|1을 증가|하나 더|하나 증가|다음 번호|하나를 더|하나를 추가|하나씩 증가|하나씩 더|하나씩 늘|하나 늘|1을 추가|1 추가|1씩 증가|1 증가|1만큼 증가|1만큼 더|1 늘|1을 늘",
    ],
    en: ["+1|+ 1|plus one|plus 1|incremented|one more than|one higher|next expected"],
  },
  "both-directions": {
    ko: [
      "양방향|양쪽 방향|full-duplex|전이중|쌍방향",
      "양쪽|양측|서로|둘 다|모두 & 송수신|송신과 수신|보내고 받|주고받|통신|확인|준비|동기화|들리|보낼 수|받을 수",
      "서버도|상대도|상대방도 & 보낼 수|받을 수|수신|송신|들리|받았",
      "서버 → 클라이언트|서버에서 클라이언트|서버 -> 클라이언트 & 방향|확인",
      "내 말|내 목소리|제 말|제 목소리 & 들려|들리|들립",
    ],
    en: [
      "both directions|two-way communication|full-duplex|bidirectional|each direction|both ways|in both directions|two-way",
      "both sides|each side|both ends|both hosts|both endpoints|both parties|both peers|each end & send|receiv|communicat|synchroni|confirm|ready|works|hear|agree",
      "path from server to client|server-to-client|server to client direction|reached the client|reaches the client|voice reached|can hear|both paths|the return path",
    ],
  },
  "half-close": {
    ko: ["half-close|half close|halfclose|하프 클로즈|하프클로즈|반 종료|반종료|반 닫|반만 닫|half-closed"],
    en: ["half-close|half close|half-closed|halfclose"],
  },
  "independent-directions": {
    ko: [
      "독립|각 방향|방향마다|방향별|별개",
      "각각 & 닫|종료|끊|방향",
      "full-duplex|전이중 & 닫|종료|끊|방향",
      "따로 닫|따로 종료|별도로 닫|한 방향씩|한쪽씩|한쪽 방향씩|다른 쪽 방향|송신만 끝|한쪽이 끝났다고",
    ],
    en: [
      "independent|each direction|separately|its own direction|own sending direction|one direction at a time|full-duplex|own direction|per direction|one direction of|only ends one direction|only one direction|on its own|each half|two halves|its channel|own channel|server's channel|client's channel|each channel|two pairs|pair of two-way|pairs of two-way|two two-way|half of the connection|its half|from each TCP endpoint|from each endpoint|from each side|from each end",
    ],
  },
  "remaining-data": {
    ko: [
      "남은|남아|잔여|아직 보낼|보낼 데이터가 남|마저 & 데이터|전송|보내|응답",
      "보낼 & 데이터 & 남|있",
      "하던 전송|보내던|전송 중|전송을 마무리|전송을 마치|데이터를 다 보낸|다 보낸 후|다 보낸 뒤|다 보낸 다음|잘림|끊기",
    ],
    en: [
      "remaining|data left|still have|still has|still send|may still|might still|more data|what remains|what is left|rest of|keep sending|continue to send|can still send|may keep|go on transmitting|left to send|in flight|unsent|not be finished|not finished|isn't done|not done|still sending|pending data|finish sending|finishes sending|nothing left|still writing|keep writing|keeps writing|keeps sending|cut off|not be done|not yet done|may not be done|isn't finished|whatever it was|finish what",
    ],
  },
  "ack-fin-separate": {
    ko: [
      "사이에 시간|사이에 간격|즉시 보낼 수 없|바로 보낼 수 없|한 패킷에|같이 보낼 수 없|동시에 보낼 수 없|따로|별도|나중에|합치지 못|합칠 수 없|한 번에 보내지 않|한 번에 보내지 못|함께 보내지 못|분리|나눠|나누어|ACK만 먼저|ACK부터|일단 ACK",
      "먼저 & ACK & FIN",
      "close() & 호출해야|부를 때|불러야|호출할 때",
      "준비가 되면|준비되면|준비가 끝나면|다 보내면|다 보낸 뒤|다 보낸 후|끝나면 & FIN",
    ],
    en: [
      "application calls close|until the application|only when the application|when its application|when the application|separate|later|not at the same time|afterwards|after that|comes later|cannot be combined|not combined|cannot combine|can't combine|not combine|two separate|ACKs immediately|acknowledges it first|acknowledge it first|ACK first|cannot be merged|can't be merged|not merged|not be merged|can not merge|cannot merge|can't merge|not merge|can not be merged|can not be combined|not sent together|only then",
      "ACK ~ first & FIN",
      "when ~ ready|once ~ ready|when ~ done|once ~ done & FIN",
    ],
  },
  "last-ack-lost": {
    ko: [
      "ACK|확인 응답|응답 & 유실|손실|잃|사라|없어지|도착하지 않|못 받|받지 못|전달되지 않|누락|안 오|오지 않",
      "FIN & 재전송|다시 보|다시 전송|한 번 더 보",
      // The same reason told as making sure the ACK arrived: "상대가 ACK를 받았는지 확실히 하려고".
      "ACK|확인 응답 & 받았는지|수신했는지|도착했는지|전달됐는지|전달되었는지 & 확인|확실|보장|알기|알 수",
    ],
    en: [
      "ACK|acknowledg & lost|loss|drop|never arriv|doesn't arrive|does not arrive|not received|never receiv|gets lost|got lost|missing|never makes it|doesn't make it|not receive|not to receive|fails to receive|failed to receive|didn't receive|doesn't get|does not get|not get",
      "FIN & retransmi|resen|re-sen|again|another",
      // RFC 9293's own wording: "to be sure the remote TCP received the acknowledgment of its connection termination request".
      "sure|ensure|make certain|guarantee & receiv|got the|gets the|arriv|reach & acknowledg|ACK",
    ],
  },
  "old-segments": {
    ko: ["지연|늦게 도착|늦은|이전 연결|옛|오래된|중복|떠돌|잔존|유령|예전|뒤늦|옛날|남아 있는 & 패킷|세그먼트|데이터|연결|SYN"],
    en: [
      "delay|old duplicate|stale|stray|wandering|previous connection|incarnation|late|duplicate|lingering|old connection|old segment|old packet|die out|expire",
    ],
  },
  "old-syn": {
    // In answers to "why not two?" an old packet turning up late is the old SYN, however it is named:
    // "네트워크를 떠돌던 패킷이 늦게 도착하면", "a stale segment shows up late".
    ko: [
      "지연|옛|이전|오래된|중복|늦게|늦은|떠돌|과거|예전|뒤늦|지난 & SYN|연결 요청|접속 요청|요청",
      "지연된|늦게 도착|늦게 온|늦게 들어|뒤늦게|떠돌|오래된|옛날|obsolete & 패킷|세그먼트|packet|segment",
    ],
    en: [
      "old|delayed|duplicate|stale|lingering|earlier|previous|stuck|late|expired|ghost & SYN|connection request|request|connection attempt",
      "duplicate|delayed|retransmitted|stale|old & segment|packet & establish|set up|setup|opening",
      "delayed|stale|stray|wandering|lingering|obsolete|old duplicate & segment|packet & arriv|show up|shows up|turn up|turns up|late",
    ],
  },
  "server-isn-acked": {
    ko: [
      "서버|B & ISN|시퀀스|순서 번호|SYN|번호|응답|자기가 보낸|자신이 보낸|보낸 게|보낸 것 & 잘 갔|알게 되|확인|ACK|알 수 없|모르|도착|알 길|알 방법|확신할 수 없|보장할 수 없|받았는지",
      // The server's numbering left unsettled, told as order that cannot be told apart: "서버가 보낸 세그먼트의 순서를 구분할 수 없다".
      "서버|B & 순서|시퀀스|번호 & 구분할 수 없|구별할 수 없|구분하지 못|구별하지 못|구분 못|판단할 수 없|파악할 수 없|동기화되지 않|동기화할 수 없|동기화가 안|맞출 수 없",
    ],
    en: [
      "server|B & ISN|sequence number|SYN|its number|own number & acknowledg|confirm|ACK|never|no way|cannot know|can't know|reached|received|arrived|learns|knows whether|find out|sure|loop",
      "server & sequence|order|numbering & cannot tell|can't tell|cannot be told|never synchroni|not synchroni|unsynchroni|cannot be synchroni|can't be synchroni|cannot order|can't order",
    ],
  },
  "two-msl": {
    ko: ["2MSL|2 MSL|2*MSL|2 * MSL|2SML|MSL의 두 배|MSL의 2배|두 배의 MSL|최대 세그먼트 수명의 두 배|두 배의 최대 세그먼트|2배의 최대 세그먼트"],
    en: ["2MSL|2 MSL|2*MSL|2 * MSL|2SML|twice the MSL|twice the maximum segment|double the MSL|two MSL|2 x MSL|2×MSL|two times the MSL"],
  },
  "active-closer": {
    ko: ["먼저 & 닫|끊|종료|FIN을 보낸|close", "능동|액티브 클로", "마지막 ACK를 보낸 쪽|마지막 ACK를 보내는 쪽"],
    en: [
      "closes first|closed first|close first|active close|actively clos|closed actively|closes actively|active closer|the closer|first FIN|initiates the close|initiated the close|initiator",
      // Only the side that closed first sends the last ACK of a close.
      "sends the last ACK|sent the last ACK|sends the final ACK|sent the final ACK|sending the last ACK|sending the final ACK|last ACK sent|final ACK sent|sender of the last ACK|sender of the final ACK",
    ],
  },
  "one-direction": {
    ko: [
      "한 방향|한쪽 방향|한쪽만|한 쪽만|송신 방향|송신만|출력 스트림|출력 방향|출력만|쓰기만|보내는 것만|보내는 쪽만|쓰기 방향|방향만|쪽만 닫|만 닫혔|만 닫힌|만 닫는|만 끊",
      "송신 & 닫|종료|끊|막|끝",
      "하나만 닫|반만 닫|절반만 닫|스트림 중 하나|한쪽 스트림|한 쪽 스트림|둘 중 하나만|송신만 불가능|전송만 불가능|송신이 불가능|전송이 불가능|송신은 불가능|전송은 불가능",
      // Sending ruled out on one side while the other still may: only that one direction closed.
      "보낼 수 없|전송할 수 없|송신할 수 없|못 보내|보내지 못 & 보낼 수 있|전송할 수 있|송신할 수 있|받을 수 있|수신할 수 있|전송이 가능|수신이 가능",
      "닫|종료|끊 & 여전히 받|여전히 수신|계속 받|계속 수신|아직 받|아직 수신|받을 수는|수신은 가능",
      "단방향|반이중|half-duplex|half duplex",
      // Sending said to be finished while receiving goes on: "보내기만 끝내고 받기는 계속한다".
      "보내기만|보내기를|보내는 것을|쓰기를|송신을|전송을 & 끝내|끝냈|끝낸|마치|마쳤|마친|멈추|멈췄 & 받기|받는 것|수신은|수신을 계속|계속 받",
    ],
    en: [
      "done writing|finished writing|stops writing|stop writing|in the other direction|other direction stays|other direction remains|one direction|sending side|sending direction|its output|output is closed|output closed|stops sending|stop sending|write side|writing side|closes only|close only|only ~ send|only ~ output|just your sending|just its sending|closing just",
      "done sending|finished sending|finishes sending|finish sending|no more data",
      "further sends|sends are disallowed|no further sends|no more sends|output stream|write half|sending half|one of the two streams|one stream",
      // Closing while still able to receive is closing the sending direction only.
      "clos|shut|terminat & still receiv|still read|still accept|still get|continue receiv|continue to receiv|keep receiv|keeps receiv|can receive|can still",
      "can no longer send|cannot send|can't send|can not send|no longer send|unable to send & can receive|can still|can read|can send|may send|may still|may continue|can continue|continue to send|continue sending|continues to send|keep sending|keeps sending|still allowed|free to send|free to go on|go on sending",
      // Closing only its own side or half: "a host wishing to close its side of the connection sends a FIN".
      "clos|shut|end & its side of|their side of|its own side|its half|their half|its own half|their own half",
      "half-duplex|half duplex|one-way",
    ],
  },
  "keep-receiving": {
    ko: [
      "상대|서버|상대방|반대 & 계속|여전히|아직 & 보낼 수|전송할 수|보내는 데이터|데이터를 보낼|데이터를 전송",
      "계속|여전히|그대로|아직 & 받|수신|읽",
      "수신은|읽기는|입력 스트림|입력 방향|받는 방향|열려 있|그대로 열려|방향은 열려 & 가능|열려|계속|유지",
      "받을 수 있|읽을 수 있|수신이 가능|수신 가능",
      "수신 스트림|수신 방향|입력 스트림|읽기 스트림|입력 방향 & 열어|열려|열린|유지|살려|가능|남겨",
      "read만|읽기만|수신만|받기만 & 가능|할 수",
      "서버|server|상대|상대방|반대편 & 남은|남아|잔여 & 데이터 & 전송|보내|보냄|보낸",
      // The peer still allowed to send is the closing side still receiving.
      "다른 쪽|다른 peer|다른 피어|다른 호스트|다른 한쪽|반대쪽|반대편|상대|상대방|서버는|서버측 & 보낼 수 있|전송할 수 있|송신할 수 있|전송이 가능|송신이 가능|보낼 수는",
    ],
    en: [
      "peer|other side|other end|server & still|keep|continue|go on & send data|sending data|transmit|send back",
      // The peer in the words people use for it: "the other party", "the recipient of the FIN", "the side that received the FIN".
      "peer|other side|other end|other host|other party|other participant|other endpoint|remote end|remote side|remote host|far end|recipient|receiver of|received the FIN|receives the FIN|receiving the FIN & can send|may send|can still send|may still send|is free to|are free to|able to send|allowed to send|may continue|can continue|continue to send|continue sending|continues to send|continues sending|keep sending|keeps sending|go on sending|goes on sending|still send|still transmit",
      "still|keep|continue|can & receiv|read",
      "receiving|reading|still open|remains open|stays open & still|continu|open",
      "still & flow|arriv|get|accept|come in",
      "input stream|input side|read side|reading side|read half|receive side|receiving side|inbound & open|readable|available|still|keep|usable",
    ],
  },
  shutdown: { ko: ["shutdown|SHUT_WR|SD_SEND"], en: ["shutdown|SHUT_WR|SD_SEND"] },
  "fin-wait-2-or-close-wait": {
    ko: ["FIN_WAIT_2|FIN-WAIT-2|FIN_WAIT2|FIN WAIT 2|CLOSE_WAIT|CLOSE-WAIT"],
    en: ["FIN_WAIT_2|FIN-WAIT-2|FIN_WAIT2|FIN WAIT 2|CLOSE_WAIT|CLOSE-WAIT"],
  },
  "server-gets-no-ack": {
    ko: ["LAST_ACK|LAST-ACK|LAST ACK|LASK_ACK", "서버|상대|수동 & 받지 못|못 받|못받|도착하지 않|오지 않"],
    en: [
      "LAST_ACK|LAST-ACK|LAST ACK",
      "server|peer|passive & never|not get|not receive|doesn't get|does not get|doesn't receive|does not receive|no ACK|times out",
    ],
  },
  "fin-retransmitted": { ko: ["FIN & 재전송|다시 보|다시 전송|한 번 더 보|재송신"], en: ["FIN & retransmi|resend|resent|re-send|again|another"] },
  "re-ack": {
    ko: [
      "ACK ~ 다시|ACK ~ 재전송|ACK ~ 한 번 더|ACK ~ 또|다시 ~ ACK|한 번 더 ~ ACK|재 ACK|재ACK|ACK를 재|다시 응답|다시 확인 응답|재차|또다시",
      // The client answering the FIN sent again: "이때 클라이언트가 응답할 수 있어야", "재전송된 FIN에 ACK로 답한다".
      "클라이언트|TIME_WAIT|TIME-WAIT|먼저 닫은|먼저 종료한 & 이때|그때|재전송된 FIN|다시 온 FIN|다시 받은 FIN|다시 도착한 FIN & 응답|ACK로 답|답할|답한|답을|답장",
    ],
    en: [
      "re-ACK|reACK|ACK ~ again|another ACK|acknowledg ~ again|re-send ~ ACK|resen ~ ACK|retransmit ~ ACK|ACK ~ resen|ACK ~ re-sen|ACK ~ retransmit|ACK it again|answers it|acknowledg ~ once more|ACK ~ once more|one more time|a second time",
      "retransmitted FIN|resent FIN|repeated FIN|duplicate FIN|second FIN|FIN that comes again|FIN sent again & answer|respond|reply|replies|replied|acknowledg|ACKs|ACK it|with an ACK",
    ],
  },
  "timer-restart": {
    // Going back into TIME-WAIT ("다시 TIME-WAIT에 들어간다", "re-enters TIME_WAIT") starts its 2MSL anew.
    ko: [
      "타이머|2MSL|시간 & 다시 시작|재시작|재설정|새로 시작|처음부터|리셋|초기화|다시 잰|다시 잽|연장",
      "다시 TIME-WAIT|TIME-WAIT에 다시 들어|TIME-WAIT로 다시|TIME-WAIT 상태로 다시|TIME-WAIT에 재진입|TIME-WAIT로 재진입",
    ],
    en: [
      // Not a bare "again": "the retransmission timer fires and it sends the FIN again" is the other side's timer.
      "timer|2MSL|clock & restart|reset|anew|start over|starts over|started over|re-start|extend|from zero|from scratch|begins again|start again|starts again|started again|starting again|runs again|count again|counts again|counting again",
      "re-enter ~ TIME-WAIT|back into TIME-WAIT|TIME-WAIT again|TIME-WAIT afresh|TIME-WAIT anew|fresh TIME-WAIT",
    ],
  },
  "syn-meaning": { ko: ["SYN & 연결|동기|시작|요청|수립|설정|초기"], en: ["SYN & open|synchroni|start|connect|initiat|establish|sync"] },
  "ack-meaning": { ko: ["ACK & 확인|응답|승인|받았|수신"], en: ["ACK & acknowledg|valid|received|confirm"] },
  "fin-meaning": { ko: ["FIN & 종료|끝|없|해제|닫|끊"], en: ["FIN & no more|finish|close|done|end|terminat|tear"] },
  "rst-meaning": { ko: ["RST & 강제|초기화|리셋|중단|끊|재설정|비정상"], en: ["RST & reset|abort|forc|abrupt|kill|tear down"] },
  "psh-meaning": {
    ko: ["PSH & 즉시|바로|밀어|버퍼|푸시"],
    en: ["PSH & push|immediate|now|right away|at once|straight away|without buffer|buffering|without waiting|without delay"],
  },
  "urg-meaning": { ko: ["URG & 긴급"], en: ["URG & urgent"] },
};

/**
 * One `&` part of a way of saying something: its pattern, and the literal start of each of its
 * words, so that a part none of whose words occurs in the answer is ruled out by a plain
 * substring search before any pattern runs.
 */
export type TermPart = { re: RegExp; literals: string[] };
export type CompiledTerm = TermPart[];

/**
 * A way of saying something, compiled: one pattern per `&` part, all of which must be found.
 * The patterns are lower case and match the prepared answer's lower-case text.
 */
export function compileTerm(term: string): CompiledTerm {
  return term.split(/\s+&\s+/).map((part) => {
    const words = part
      .toLowerCase()
      .split("|")
      .map((w) => w.trim())
      .filter(Boolean);
    const source = words
      .map((w) => {
        // "A ~ B": A, then B within a few words.
        const escaped = w
          .split(/\s+~\s+/)
          .map((x) => x.replace(/[.*+?^${}()[\]\\]/g, "\\$&").replace(/[-_ ]/g, "[-_ ]?"))
          // …with no English "not" between them: "CLOSE_WAIT never times out" is no "CLOSE_WAIT ~ times out".
          .join(/[가-힣]/.test(w) ? "[^.?!\\n]{0,20}?" : "(?:(?!\\b(?:not|never|no|cannot)\\b|n't\\b)[^.?!\\n]){0,32}?");
        // English words and flags start at a word boundary; Korean stems may follow a prefix (재전송).
        return /^[a-z]/.test(w) ? `\\b${escaped}` : escaped;
      })
      .join("|");
    const literals = words.map((w) => jamo(w.split(/[-_ ~]/)[0]!));
    return { re: ko(source, ""), literals };
  });
}

/** Whether every part of a way is in the text (the lower-case prepared text), and where. */
export function matchTerm(term: CompiledTerm, lower: string): [number, number][] | null {
  const spans: [number, number][] = [];
  for (const part of term) {
    if (!part.literals.some((l) => lower.includes(l))) return null;
    const m = part.re.exec(lower);
    if (!m) return null;
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

export function compileConcept(id: string): CompiledTerm[] {
  const c = CONCEPTS[id];
  if (!c) return [];
  return [...c.ko, ...c.en].map(compileTerm);
}
