import type { CorpusAnswer } from "./answers";

/**
 * A fourth round, written after an independent held-out set showed which misconceptions the
 * grader still missed (a SYN said to use no sequence number, URG read as priority, CLOSE_WAIT and
 * TIME_WAIT swapped or called the same, TIME_WAIT waiting for late data, a FIN that leaves the peer
 * unable to send, an ACK resent on its own timer) and which correct answers it flagged (a
 * misconception raised to refute it). Our own sentences in the styles of styles.ts; the answers
 * marked `holdout` were written after the fixes and only ever run for figures.
 */
const R = 4 as const;
export const CORPUS_R4: CorpusAnswer[] = [
  // ── refuted misconceptions in correct answers ──
  { id: "r4-tw-ko-refuted", prompt: "iv-why-time-wait", locale: "ko", style: "qa-refuted", round: R, text: `서버가 TIME_WAIT에 들어간다고 착각하기 쉬운데 실제로는 먼저 연결을 끊은 클라이언트가 TIME_WAIT에 들어갑니다. 마지막 ACK가 유실되면 서버가 FIN을 재전송하므로 2MSL 동안 기다립니다.` },
  { id: "r4-tw-ko-refuted-2", prompt: "iv-why-time-wait", locale: "ko", style: "qa-refuted", round: R, text: `TIME_WAIT가 서버 쪽 상태라는 건 흔히 하는 오해다. 먼저 끊은 쪽이 TIME_WAIT에서 2MSL 기다리고, 마지막 ACK가 유실되면 재전송된 FIN에 다시 ACK할 수 있다.` },
  { id: "r4-tw-en-refuted", prompt: "iv-why-time-wait", locale: "en", style: "qa-refuted", round: R, text: `A common mistake is to say the server enters TIME_WAIT. In fact the side that closes first waits 2MSL in TIME_WAIT, so that if the final ACK is lost the retransmitted FIN can be ACKed again.` },
  { id: "r4-tw-en-not-data", prompt: "iv-why-time-wait", locale: "en", style: "qa-refuted", round: R, text: `TIME_WAIT is not there to wait for remaining data from the peer; it lets the active closer ACK a retransmitted FIN if the last ACK is lost, and waits 2MSL so old segments expire.` },
  // ── TIME_WAIT said to wait for data ──
  { id: "r4-tw-ko-wrong-data", prompt: "iv-why-time-wait", locale: "ko", style: "copied-misconception", round: R, wrong: ["time-wait-waits-for-data"], text: `TIME_WAIT는 상대방이 아직 보내지 못한 데이터를 마저 받기 위해 기다리는 상태입니다. 클라이언트가 2MSL 동안 기다립니다.` },
  { id: "r4-tw-ko-wrong-late", prompt: "iv-why-time-wait", locale: "ko", style: "numbered-steps", round: R, wrong: ["time-wait-waits-for-data"], text: `1. 먼저 닫은 클라이언트가 2MSL 동안 기다린다.\n2. 서버에서 FIN보다 늦게 도착하는 데이터 패킷을 받기 위해서다.` },
  { id: "r4-tw-en-wrong-flight", prompt: "iv-why-time-wait", locale: "en", style: "interview-prep-english", round: R, wrong: ["time-wait-waits-for-data"], text: `The client stays in TIME_WAIT for 2MSL. This is to make sure all the data still in flight from the server is received before the socket closes.` },
  // ── CLOSE_WAIT and TIME_WAIT ──
  { id: "r4-cw-ko-wrong-swap", prompt: "iv-four-way", locale: "ko", style: "copied-misconception", round: R, wrong: ["close-wait-equals-time-wait"], text: `클라이언트가 FIN을 보내고 CLOSE_WAIT 상태가 됩니다. 서버는 ACK를 보내고, 이후 FIN을 보낸 뒤 TIME_WAIT에 들어갑니다. 클라이언트가 마지막 ACK를 보냅니다.` },
  { id: "r4-cw-en-wrong-swap", prompt: "iv-four-way", locale: "en", style: "copied-misconception", round: R, wrong: ["close-wait-equals-time-wait"], text: `The client sends FIN and waits in CLOSE_WAIT. The server ACKs, then sends its FIN and sits in TIME_WAIT for 2MSL; the client answers with the last ACK.` },
  { id: "r4-cw-en-wrong-same", prompt: "iv-four-way", locale: "en", style: "interview-prep-english", round: R, wrong: ["close-wait-equals-time-wait"], text: `CLOSE_WAIT and TIME_WAIT are basically the same waiting state, just named from each side. The client sends FIN, the server ACKs, then the server sends FIN and the client ACKs.` },
  // ── a FIN that closes everything ──
  { id: "r4-fin-ko-wrong-peer", prompt: "iv-four-way", locale: "ko", style: "copied-misconception", round: R, wrong: ["fin-closes-both-directions"], text: `클라이언트가 FIN을 보내면 연결이 통째로 끊기므로 서버도 더 이상 데이터를 보낼 수 없습니다. 서버는 ACK와 FIN을 보내고 클라이언트가 ACK를 보냅니다.` },
  { id: "r4-fin-en-wrong-peer", prompt: "iv-four-way", locale: "en", style: "copied-misconception", round: R, wrong: ["fin-closes-both-directions"], text: `A FIN closes the connection in both directions at once, so after receiving it the server cannot send any more data. The server ACKs, sends its own FIN, and the client ACKs.` },
  // ── flags ──
  { id: "r4-fl-ko-wrong-synseq", prompt: "iv-flags", locale: "ko", style: "flag-table", round: R, wrong: ["syn-no-sequence"], text: `SYN은 연결 요청, ACK는 확인 응답, FIN은 종료, RST는 강제 종료, PSH는 바로 전달, URG는 긴급. SYN에는 데이터가 없으므로 시퀀스 번호를 소모하지 않는다.` },
  { id: "r4-fl-en-wrong-synseq", prompt: "iv-flags", locale: "en", style: "interview-prep-english", round: R, wrong: ["syn-no-sequence"], text: `SYN opens a connection, ACK acknowledges, FIN ends, RST resets, PSH pushes, URG marks urgent data. The SYN carries no sequence number since it has no payload.` },
  { id: "r4-fl-ko-wrong-urg", prompt: "iv-flags", locale: "ko", style: "verbless-list", round: R, wrong: ["urg-means-priority"], text: `URG: 긴급 데이터라서 다른 데이터보다 우선 처리된다. ACK: 확인 응답. PSH: 버퍼에 쌓지 않고 바로 전달. RST: 강제 종료. SYN: 연결 요청. FIN: 연결 종료.` },
  { id: "r4-fl-en-wrong-urg", prompt: "iv-flags", locale: "en", style: "interview-prep-english", round: R, wrong: ["urg-means-priority"], text: `URG marks the segment as high priority so the receiver processes it first. ACK acknowledges, PSH pushes data now, RST aborts, SYN starts a connection, FIN ends it.` },
  { id: "r4-fl-en-synseq-right", prompt: "iv-flags", locale: "en", style: "textbook-prose", round: R, text: `SYN opens a connection and consumes one sequence number even though it carries no data. ACK acknowledges, FIN says no more data, RST aborts, PSH delivers immediately, URG means the urgent pointer is valid.` },
  // ── the lost final ACK ──
  { id: "r4-fa-ko-wrong-timer", prompt: "iv-final-ack-lost", locale: "ko", style: "copied-misconception", round: R, wrong: ["ack-retransmitted-by-timer"], text: `마지막 ACK가 유실되면 클라이언트는 타이머가 만료된 뒤 ACK를 재전송합니다. 서버는 LAST_ACK에서 기다립니다.` },
  { id: "r4-fa-en-wrong-timer", prompt: "iv-final-ack-lost", locale: "en", style: "copied-misconception", round: R, wrong: ["ack-retransmitted-by-timer"], text: `If the final ACK is lost, the client's retransmission timer fires and it resends the ACK; the server stays in LAST_ACK until then.` },
  { id: "r4-fa-ko-right", prompt: "iv-final-ack-lost", locale: "ko", style: "korean-reasons", round: R, text: `서버는 LAST_ACK에서 ACK를 받지 못해 FIN을 재전송합니다. TIME_WAIT의 클라이언트는 ACK를 다시 보내고 2MSL 타이머를 다시 시작합니다.` },
  // ── two-way, with liveness ──
  { id: "r4-2w-ko-wrong-alive", prompt: "iv-why-not-two-way", locale: "ko", style: "casual-korean", round: R, wrong: ["two-way-enough"], text: `2-way만으로도 서로 살아 있는지 확인할 수 있으므로 충분합니다. 세 번째 ACK는 형식적인 것입니다.` },
  // ── the server as the subject of a state ──
  { id: "r4-3w-en-server-subject", prompt: "iv-three-way", locale: "en", style: "textbook-prose", round: R, text: `The client sends a SYN with seq=x and enters SYN_SENT. The server, on receiving the SYN, replies with SYN+ACK (seq=y, ack=x+1) and goes to SYN_RCVD. The client sends the ACK (ack=y+1) and both are ESTABLISHED.` },
  { id: "r4-3w-ko-server-subject", prompt: "iv-three-way", locale: "ko", style: "parenthesised-states", round: R, text: `클라이언트의 SYN(seq=x)을 받은 서버는 SYN+ACK(seq=y, ack=x+1)를 보내고 SYN_RCVD 상태가 된다. 클라이언트는 ACK(ack=y+1)를 보낸다.` },

  // ── a second sitting: more wordings of the same misconceptions ──
  { id: "r4-fl-ko-wrong-synseq-2", prompt: "iv-flags", locale: "ko", style: "casual-korean", round: R, wrong: ["syn-no-sequence"], text: `SYN과 FIN은 데이터가 없어서 순서 번호가 늘지 않습니다.` },
  { id: "r4-fl-en-wrong-synseq-2", prompt: "iv-flags", locale: "en", style: "interview-prep-english", round: R, wrong: ["syn-no-sequence"], text: `Note that the SYN flag doesn't use up a sequence number; only data does.` },
  { id: "r4-fl-ko-wrong-urg-2", prompt: "iv-flags", locale: "ko", style: "casual-korean", round: R, wrong: ["urg-means-priority"], text: `URG 플래그가 켜진 패킷은 수신 측이 먼저 처리합니다. PSH는 버퍼링 없이 전달, RST는 리셋.` },
  { id: "r4-fl-en-wrong-urg-2", prompt: "iv-flags", locale: "en", style: "interview-prep-english", round: R, wrong: ["urg-means-priority"], text: `URG is set when the segment is urgent and should be prioritized over other traffic.` },
  { id: "r4-cw-ko-wrong-alias", prompt: "iv-four-way", locale: "ko", style: "parenthesised-states", round: R, wrong: ["close-wait-equals-time-wait"], text: `CLOSE_WAIT(=TIME_WAIT)는 상대의 마지막 패킷을 기다리는 상태입니다. 클라이언트 FIN, 서버 ACK, 서버 FIN, 클라이언트 ACK.` },
  { id: "r4-cw-en-wrong-same-2", prompt: "iv-four-way", locale: "en", style: "interview-prep-english", round: R, wrong: ["close-wait-equals-time-wait"], text: `The client then waits in TIME_WAIT and the server in CLOSE_WAIT — they mean the same thing, both just wait before closing.` },
  { id: "r4-hc-ko-wrong-peer", prompt: "iv-half-close", locale: "ko", style: "copied-misconception", round: R, wrong: ["fin-closes-both-directions"], text: `FIN을 보내면 그 연결은 완전히 끝나서 상대방도 더 이상 데이터를 보낼 수 없다.` },
  { id: "r4-hc-en-wrong-neither", prompt: "iv-half-close", locale: "en", style: "copied-misconception", round: R, wrong: ["fin-closes-both-directions"], text: `Once a FIN is received, neither side can send anything anymore, since the connection is over.` },
  { id: "r4-fa-ko-wrong-timeout", prompt: "iv-final-ack-lost", locale: "ko", style: "casual-korean", round: R, wrong: ["ack-retransmitted-by-timer"], text: `클라이언트는 자신이 보낸 ACK가 유실된 걸 타임아웃으로 알아채고 ACK를 다시 보냅니다.` },
  { id: "r4-fa-en-wrong-timeout", prompt: "iv-final-ack-lost", locale: "en", style: "verbless-list", round: R, wrong: ["ack-retransmitted-by-timer"], text: `The lost ACK gets retransmitted after the client's timeout expires.` },
  { id: "r4-2w-ko-wrong-alive-2", prompt: "iv-why-not-two-way", locale: "ko", style: "casual-korean", round: R, wrong: ["two-way-enough"], text: `2-way handshake는 서버가 살아 있는지만 확인해도 되므로 2번이면 충분하다.` },
  // ── correct answers that name a misconception only to deny it ──
  { id: "r4-fl-en-urg-denied", prompt: "iv-flags", locale: "en", style: "qa-refuted", round: R, text: `URG means the urgent pointer is valid; it does not mean the data is processed first. SYN opens, ACK acknowledges, FIN ends, RST aborts, PSH pushes.` },
  { id: "r4-fl-ko-urg-contrast", prompt: "iv-flags", locale: "ko", style: "qa-refuted", round: R, text: `URG는 우선 처리가 아니라 긴급 포인터가 유효함을 뜻한다. SYN 연결, ACK 확인, FIN 종료, RST 강제 종료, PSH 즉시 전달.` },
  { id: "r4-fl-ko-pure-ack", prompt: "iv-flags", locale: "ko", style: "flag-table", round: R, text: `SYN이나 FIN과 달리 순수 ACK는 시퀀스 번호를 소비하지 않는다. SYN은 연결, ACK는 확인, FIN은 종료, RST는 강제 종료, PSH는 즉시 전달, URG는 긴급.` },
  { id: "r4-fa-en-no-ack-timer", prompt: "iv-final-ack-lost", locale: "en", style: "qa-refuted", round: R, text: `The ACK itself is never retransmitted on a timer. The server in LAST_ACK retransmits its FIN, and the client in TIME_WAIT ACKs it again.` },
  // ── held out: written after the fixes, only run for figures ──
  { id: "r4h-fl-ko-wrong-synseq", prompt: "iv-flags", locale: "ko", style: "verbless-list", round: R, holdout: true, wrong: ["syn-no-sequence"], text: `- SYN: 연결 시작, 데이터가 없으니 순서 번호도 안 씀\n- ACK: 응답 확인\n- FIN: 연결 끝\n- RST: 리셋\n- PSH: 즉시 올림\n- URG: 긴급 포인터` },
  { id: "r4h-fl-en-wrong-urg", prompt: "iv-flags", locale: "en", style: "flag-table", round: R, holdout: true, wrong: ["urg-means-priority"], text: `SYN | starts a connection\nACK | acknowledgement number valid\nFIN | sender is done\nRST | abort\nPSH | push to the application\nURG | the data gets priority and jumps ahead of the normal stream` },
  { id: "r4h-tw-en-refuted", prompt: "iv-why-time-wait", locale: "en", style: "qa-refuted", round: R, holdout: true, text: `Many notes claim the server sits in TIME_WAIT, which is wrong: the active closer holds it for 2MSL. If its final ACK is lost, the peer resends the FIN and the closer can acknowledge it again; old duplicates also die out.` },
  { id: "r4h-tw-ko-wrong-data", prompt: "iv-why-time-wait", locale: "ko", style: "casual-korean", round: R, holdout: true, wrong: ["time-wait-waits-for-data"], text: `클라이언트는 2MSL 동안 TIME_WAIT에 있는데, 서버 쪽에서 뒤늦게 도착하는 패킷을 받아야 하니까 바로 닫으면 안 돼요.` },
  { id: "r4h-cw-ko-wrong-same", prompt: "iv-four-way", locale: "ko", style: "copied-misconception", round: R, holdout: true, wrong: ["close-wait-equals-time-wait"], text: `클라이언트가 FIN, 서버가 ACK, 서버가 FIN, 클라이언트가 ACK 순으로 보냅니다. CLOSE_WAIT와 TIME_WAIT는 사실상 같은 상태이고 이름만 다릅니다.` },
  { id: "r4h-fa-en-wrong-timer", prompt: "iv-final-ack-lost", locale: "en", style: "interview-prep-english", round: R, holdout: true, wrong: ["ack-retransmitted-by-timer"], text: `The server waits in LAST_ACK. Since nothing arrives, the client notices on its own after a timeout and retransmits the last ACK.` },
  { id: "r4h-fa-en-right", prompt: "iv-final-ack-lost", locale: "en", style: "textbook-prose", round: R, holdout: true, text: `With the last ACK gone, the server in LAST_ACK times out and retransmits its FIN. The client is still in TIME_WAIT, so it ACKs that FIN again and restarts the 2MSL timer.` },
];
