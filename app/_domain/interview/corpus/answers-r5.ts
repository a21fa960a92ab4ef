import type { CorpusAnswer } from "./answers";

/**
 * A fifth round, written after a second independent held-out set showed where the grader still
 * failed: Korean answers stating a misconception in words the earlier rounds did not use (the
 * server "waiting for its own traffic to end" in TIME_WAIT, FIN_WAIT_2 given the 2MSL timer,
 * TIME_WAIT said to check for leftover packets), correct answers misread (상대방 / "the peer"
 * taken for the second closer, "there is no ..." and "never" not read as negation, a server that
 * closes first entering TIME_WAIT in a conditional), and column diagrams whose arrows name no
 * sender. Our own sentences in the styles of styles.ts (where each was seen is noted there).
 */
const R = 5 as const;
export const CORPUS_R5: CorpusAnswer[] = [
  // ── TIME_WAIT given to the server, in the ways study notes put it ──
  { id: "r5-4w-ko-paren-tw-server", prompt: "iv-four-way", locale: "ko", style: "arrow-lines", round: R, wrong: ["time-wait-on-server"], text: `1. 클라이언트 ---(FIN)---> 서버 : 클라이언트가 종료를 알린다.\n2. 클라이언트 <---(ACK)--- 서버 : 서버는 FIN을 받았다는 ACK를 보내고 자기 쪽 전송이 끝날 때까지 기다린다 (TIME_WAIT 상태).\n3. 클라이언트 <---(FIN)--- 서버 : 다 보냈으면 FIN을 보내고 LAST_ACK 상태가 된다.\n4. 클라이언트 ---(ACK)---> 서버 : 클라이언트가 마지막 ACK를 보낸다.` },
  { id: "r5-4w-ko-server-tw-prose", prompt: "iv-four-way", locale: "ko", style: "copied-misconception", round: R, wrong: ["time-wait-on-server"], text: `클라이언트가 FIN 패킷을 보내면 서버는 확인 ACK를 돌려주고, 남은 데이터를 정리하는 동안 서버 소켓은 TIME_WAIT 상태에 머뭅니다. 이후 서버가 FIN을 보내고 클라이언트가 ACK로 답하면 연결이 끝납니다.` },
  { id: "r5-tw-ko-server-enters", prompt: "iv-why-time-wait", locale: "ko", style: "casual-korean", round: R, wrong: ["time-wait-on-server"], text: `TIME_WAIT는 서버 쪽에 생기는 상태임. 서버가 마지막 ACK를 받은 뒤에도 바로 닫지 않고 2MSL 동안 기다리면서 지연된 패킷을 처리함.` },
  { id: "r5-tw-en-server-sits", prompt: "iv-why-time-wait", locale: "en", style: "copied-misconception", round: R, wrong: ["time-wait-on-server"], text: `After the client's last ACK arrives, the server goes into TIME_WAIT and holds the port for 2MSL so that delayed packets from the old connection die out.` },
  { id: "r5-4w-en-passive-tw", prompt: "iv-four-way", locale: "en", style: "textbook-prose", round: R, wrong: ["time-wait-on-server"], text: `The active closer sends FIN and moves to FIN_WAIT_1. The passive closer ACKs it, later sends its own FIN, and then waits in TIME_WAIT; the active closer replies with the final ACK.` },
  { id: "r5-4w-ko-passive-tw", prompt: "iv-four-way", locale: "ko", style: "numbered-steps", round: R, wrong: ["time-wait-on-server"], text: `1. 능동 종료 측이 FIN을 보내고 FIN_WAIT_1이 된다.\n2. 수동 종료 측은 ACK를 보내고 CLOSE_WAIT가 된다.\n3. 수동 종료 측이 FIN을 보낸다.\n4. 능동 종료 측이 ACK를 보내면 수동 종료 측은 TIME_WAIT로 들어가 2MSL을 기다린다.` },

  // ── FIN_WAIT_2 (or CLOSE_WAIT) given the 2MSL timer ──
  { id: "r5-4w-ko-fw2-msl", prompt: "iv-four-way", locale: "ko", style: "parenthesised-states", round: R, wrong: ["two-msl-outside-time-wait"], text: `클라이언트가 FIN을 보내 FIN_WAIT_1이 되고, 서버의 ACK를 받으면 FIN_WAIT_2 상태에서 2MSL 동안 서버의 FIN을 기다립니다. 서버가 FIN을 보내면 클라이언트는 ACK를 보내고 TIME_WAIT를 거쳐 닫힙니다.` },
  { id: "r5-tw-ko-fw2-msl", prompt: "iv-why-time-wait", locale: "ko", style: "copied-misconception", round: R, wrong: ["two-msl-outside-time-wait"], text: `먼저 끊은 클라이언트는 FIN_WAIT_2에서 2MSL 동안 대기하고, 그 뒤 TIME_WAIT로 넘어갑니다. 지연된 패킷이 새 연결에 섞이지 않게 하려는 것입니다.` },
  { id: "r5-fw2-en-msl", prompt: "iv-fin-wait-2-stuck", locale: "en", style: "interview-prep-english", round: R, wrong: ["two-msl-outside-time-wait"], text: `FIN_WAIT_2 just means our FIN was acknowledged and we wait for the peer's FIN. The socket stays there for 2MSL and then the kernel drops it, so it fixes itself after a few minutes.` },
  { id: "r5-fa-ko-cw-msl", prompt: "iv-final-ack-lost", locale: "ko", style: "copied-misconception", round: R, wrong: ["two-msl-outside-time-wait"], text: `서버는 LAST_ACK에서 ACK를 기다리다가 오지 않으면 FIN을 재전송합니다. 그 전에 서버는 CLOSE_WAIT 상태로 2MSL 동안 기다리기 때문에 클라이언트가 다시 ACK를 보낼 시간이 있습니다.` },

  // ── CLOSE_WAIT and TIME_WAIT mixed up ──
  { id: "r5-4w-ko-cw-swap", prompt: "iv-four-way", locale: "ko", style: "casual-korean", round: R, wrong: ["close-wait-equals-time-wait"], text: `클라가 FIN 보냄 → 서버 ACK → 서버 FIN → 클라 ACK. 마지막 ACK를 보낸 클라는 CLOSE_WAIT 상태로 잠시 기다렸다가 닫힘.` },
  { id: "r5-cw-ko-same", prompt: "iv-close-wait-leak", locale: "ko", style: "copied-misconception", round: R, wrong: ["close-wait-equals-time-wait"], text: `CLOSE_WAIT는 TIME_WAIT랑 같은 상태라서 일정 시간이 지나면 커널이 알아서 정리합니다. 그래도 많이 쌓이면 netstat으로 프로세스를 찾아 close() 호출이 빠진 곳을 고칩니다.` },
  { id: "r5-cw-en-swap", prompt: "iv-four-way", locale: "en", style: "verbless-list", round: R, wrong: ["close-wait-equals-time-wait"], text: `Client: FIN, then FIN_WAIT_1, then FIN_WAIT_2. Server: ACK, then FIN. Client: final ACK, then CLOSE_WAIT for 2MSL before CLOSED.` },

  // ── TIME_WAIT said to wait for leftover data ──
  { id: "r5-tw-ko-leftover", prompt: "iv-why-time-wait", locale: "ko", style: "table-rows", round: R, wrong: ["time-wait-waits-for-data"], text: `TIME_WAIT | 먼저 연결을 닫은 클라이언트가 2MSL 동안 서버에서 아직 오지 않은 잔여 패킷이 있는지 기다리는 상태` },
  { id: "r5-tw-ko-late-packet", prompt: "iv-why-time-wait", locale: "ko", style: "korean-reasons", round: R, wrong: ["time-wait-waits-for-data"], text: `서버가 FIN보다 먼저 보낸 데이터가 FIN보다 늦게 도착할 수 있어서, 클라이언트는 그 데이터를 받기 위해 TIME_WAIT에서 2MSL 동안 기다립니다.` },
  { id: "r5-tw-en-leftover", prompt: "iv-why-time-wait", locale: "en", style: "interview-prep-english", round: R, wrong: ["time-wait-waits-for-data"], text: `The active closer waits in TIME_WAIT for 2MSL to collect any leftover data the server sent before its FIN, so nothing is lost.` },

  // ── a FIN that ends both directions ──
  { id: "r5-why4-ko-fin-both", prompt: "iv-why-four-way", locale: "ko", style: "korean-reasons", round: R, wrong: ["fin-closes-both-directions"], text: `FIN을 받으면 그 순간 연결 전체가 닫히므로 서버도 더 이상 데이터를 보낼 수 없습니다. 그래서 서버는 ACK만 보내고 정리를 끝낸 뒤 FIN을 보냅니다.` },
  { id: "r5-hc-ko-fin-both", prompt: "iv-half-close", locale: "ko", style: "copied-misconception", round: R, wrong: ["fin-closes-both-directions"], text: `half-close라는 말이 있지만 실제로는 FIN 하나로 양방향이 모두 끊겨서 상대방도 보낼 수 없습니다.` },
  { id: "r5-why4-en-fin-both", prompt: "iv-why-four-way", locale: "en", style: "interview-prep-english", round: R, wrong: ["fin-closes-both-directions"], text: `A FIN shuts the whole connection down, so the other side cannot send any more data after it; the extra two steps are just the server confirming and saying goodbye too.` },

  // ── two-way said to be enough ──
  { id: "r5-2w-ko-enough", prompt: "iv-why-not-two-way", locale: "ko", style: "casual-korean", round: R, wrong: ["two-way-enough"], text: `사실 SYN이랑 SYN+ACK 두 번만 주고받아도 연결은 충분히 됩니다. 세 번째 ACK는 서버를 안심시키는 정도의 의미라서 없어도 동작합니다.` },
  { id: "r5-2w-ko-enough-ab", prompt: "iv-why-not-two-way", locale: "ko", style: "peers-a-b", round: R, wrong: ["two-way-enough"], text: `A가 B에게 SYN을 보내고 B가 SYN+ACK로 답하면 둘 다 상대가 살아 있다는 걸 알게 되므로 2-way로도 충분하다고 봅니다.` },
  { id: "r5-2w-en-enough", prompt: "iv-why-not-two-way", locale: "en", style: "interview-prep-english", round: R, wrong: ["two-way-enough"], text: `Honestly two messages would be enough: the client asks, the server agrees, done. The third ACK is mostly a formality.` },

  // ── the handshake's states given to the wrong side ──
  { id: "r5-3w-ko-server-synsent", prompt: "iv-three-way", locale: "ko", style: "numbered-steps", round: R, wrong: ["server-enters-syn-sent"], text: `1. 클라이언트가 SYN을 보낸다.\n2. 서버는 SYN+ACK를 보내며 SYN_SENT 상태가 된다.\n3. 클라이언트가 ACK를 보내면 둘 다 ESTABLISHED.` },
  { id: "r5-3w-en-client-listen", prompt: "iv-three-way", locale: "en", style: "parenthesised-states", round: R, wrong: ["listen-before-syn-sent"], text: `The client starts in LISTEN, sends a SYN and moves to SYN_SENT. The server answers with SYN+ACK, and the client sends an ACK.` },
  { id: "r5-3w-ko-client-listen", prompt: "iv-three-way", locale: "ko", style: "parenthesised-states", round: R, wrong: ["listen-before-syn-sent"], text: `클라이언트(LISTEN → SYN_SENT)가 SYN을 보내고, 서버는 SYN+ACK로 응답하며, 클라이언트가 ACK를 보내 연결이 맺어집니다.` },

  // ── ack equal to seq ──
  { id: "r5-3w-ko-ack-same", prompt: "iv-three-way", locale: "ko", style: "numbers", round: R, wrong: ["ack-not-plus-one"], text: `클라이언트 → 서버: SYN(seq=100)\n서버 → 클라이언트: SYN+ACK(seq=300, ack=100)\n클라이언트 → 서버: ACK(ack=300)` },

  // ── the other prompts' misconceptions in Korean ──
  { id: "r5-rst-ko-graceful", prompt: "iv-rst-vs-fin", locale: "ko", style: "copied-misconception", round: R, wrong: ["rst-is-graceful"], text: `RST도 남은 데이터를 다 전달한 뒤 연결을 끊는 방식이고, FIN과 다른 점은 상대의 응답을 기다리지 않는다는 것뿐입니다.` },
  { id: "r5-sf-ko-accept", prompt: "iv-syn-flood", locale: "ko", style: "copied-misconception", round: R, wrong: ["syn-flood-fills-accept-queue"], text: `공격자가 SYN만 잔뜩 보내면 서버의 accept 큐가 가득 차서 정상 사용자가 접속하지 못합니다. SYN 쿠키로 막을 수 있습니다.` },
  { id: "r5-sf-ko-free", prompt: "iv-syn-flood", locale: "ko", style: "casual-korean", round: R, wrong: ["syn-cookies-cost-nothing"], text: `SYN 큐가 SYN_RECEIVED 연결로 가득 차는 공격이고, SYN 쿠키는 시퀀스 번호에 정보를 담아 상태를 저장하지 않음. 부작용이 없으니 항상 켜 두면 됨.` },
  { id: "r5-hl-ko-at-once", prompt: "iv-handshake-loss", locale: "ko", style: "copied-misconception", round: R, wrong: ["lost-syn-fails-at-once"], text: `SYN이 유실되면 연결은 바로 실패하고 애플리케이션이 다시 시도해야 합니다. SYN+ACK가 유실되면 서버가 SYN+ACK를 재전송합니다.` },
  { id: "r5-hl-ko-ack-timer", prompt: "iv-handshake-loss", locale: "ko", style: "korean-reasons", round: R, wrong: ["ack-retransmitted-by-timer"], text: `SYN이 유실되면 클라이언트가 SYN을 재전송하고, SYN+ACK가 유실되면 서버가 SYN+ACK를 재전송합니다. 세 번째 ACK가 유실되면 클라이언트가 타이머가 끝난 뒤 그 ACK를 다시 보냅니다.` },
  { id: "r5-cw-ko-times-out", prompt: "iv-close-wait-leak", locale: "ko", style: "casual-korean", round: R, wrong: ["close-wait-times-out"], text: `CLOSE_WAIT는 상대가 먼저 FIN을 보낸 상태고, 일정 시간이 지나면 커널이 알아서 정리해 주니까 크게 신경 쓸 필요는 없음.` },
  { id: "r5-fw2-ko-always", prompt: "iv-fin-wait-2-stuck", locale: "ko", style: "copied-misconception", round: R, wrong: ["fin-wait-2-always-times-out"], text: `FIN_WAIT_2는 상대의 FIN을 기다리는 상태인데, 어떤 경우든 tcp_fin_timeout이 지나면 FIN_WAIT_2 소켓은 무조건 정리됩니다.` },
  { id: "r5-fl-ko-synseq", prompt: "iv-flags", locale: "ko", style: "flag-table", round: R, wrong: ["syn-no-sequence"], text: `SYN: 연결 요청\nACK: 확인 응답\nFIN: 연결 종료\nRST: 강제 종료\nPSH: 버퍼링 없이 즉시 전달\nURG: 긴급 데이터\n참고로 SYN은 데이터가 아니므로 시퀀스 번호를 쓰지 않습니다.` },

  // ── column diagrams that put a state under the wrong side ──
  { id: "r5-4w-ko-columns-wrong", prompt: "iv-four-way", locale: "ko", style: "diagram-lines", round: R, wrong: ["time-wait-on-server"], text: `클라이언트            서버\n   FIN ------------->\n[FIN_WAIT_1]\n   <------------- ACK\n[FIN_WAIT_2]        [CLOSE_WAIT]\n   <------------- FIN\n   ACK ------------->\n[CLOSED]            [TIME_WAIT]\n마지막에 2MSL 동안 기다린 뒤 연결이 완전히 정리된다.` },
  { id: "r5-3w-en-columns-wrong", prompt: "iv-three-way", locale: "en", style: "diagram-lines", round: R, wrong: ["server-enters-syn-sent"], text: `Client                 Server\n[CLOSED]               [LISTEN]\n  SYN (seq=x) ------->\n[SYN_RCVD]             [SYN_SENT]\n  <------- SYN+ACK (seq=y, ack=x+1)\n  ACK (ack=y+1) ----->\n[ESTABLISHED]          [ESTABLISHED]` },
  // ── 상대방 after the side that closes second: it is the first closer ──
  { id: "r5-4w-ko-sangdae-first", prompt: "iv-four-way", locale: "ko", style: "korean-reasons", round: R, text: `클라이언트가 FIN을 보내면 서버는 ACK로 응답하고 CLOSE_WAIT가 되며, 상대방은 FIN_WAIT_2에서 서버의 FIN을 기다린다. 서버가 남은 데이터를 다 보내고 FIN을 보내면 클라이언트는 마지막 ACK를 보내고 TIME_WAIT에서 2MSL 동안 기다린다.` },
  // ── correct answers that earlier rounds misread ──
  // 상대방 / peer is just "the other side": here the client's peer, the server, closes first.
  { id: "r5-tw-ko-server-first", prompt: "iv-why-time-wait", locale: "ko", style: "korean-reasons", round: R, text: `TIME_WAIT는 먼저 연결을 끊는 쪽이 거치는 상태라서, 서버가 먼저 끊으면 서버가 TIME_WAIT에 들어갑니다. 마지막 ACK가 유실되면 상대방이 FIN을 재전송하는데, 그때 다시 ACK를 보내려고 2MSL 동안 기다립니다. 또 이전 연결의 지연된 패킷이 새 연결에 섞이지 않게 합니다.` },
  { id: "r5-4w-ko-sangdae", prompt: "iv-four-way", locale: "ko", style: "numbered-steps", round: R, text: `1. 서버가 먼저 연결을 끊기로 하고 상대방인 클라이언트에게 FIN을 보낸다.\n2. 클라이언트는 ACK를 보내고, 아직 보낼 데이터가 있으면 마저 보낸다.\n3. 클라이언트도 다 보냈으면 상대방에게 FIN을 보낸다.\n4. 서버가 마지막 ACK를 보내고 TIME_WAIT에서 2MSL을 기다린다.` },
  { id: "r5-3w-ko-sangdae", prompt: "iv-three-way", locale: "ko", style: "casual-korean", round: R, text: `클라이언트가 SYN을 보내면 상대방은 그 번호에 1을 더한 ACK와 자기 SYN을 묶은 SYN+ACK를 보냄. 클라이언트가 상대방의 SYN에 ACK를 보내면 양쪽 시퀀스 번호가 맞춰지고 양방향 통신이 가능해짐.` },
  { id: "r5-4w-en-peer-of-server", prompt: "iv-four-way", locale: "en", style: "textbook-prose", round: R, text: `Say the server closes first. It sends a FIN to its peer, the client, which ACKs it and may keep sending whatever data it has left. When the client is done it sends its own FIN, the server answers with the last ACK and waits 2MSL in TIME_WAIT.` },
  { id: "r5-fa-ko-sangdae", prompt: "iv-final-ack-lost", locale: "ko", style: "korean-reasons", round: R, text: `서버는 LAST_ACK에서 ACK를 기다리다가 오지 않으면 FIN을 재전송합니다. 클라이언트는 TIME_WAIT에 있으므로 상대방의 재전송된 FIN에 다시 ACK를 보내고, 2MSL 타이머를 처음부터 다시 시작합니다.` },
  // Negation in English: "no", "there is no", "never".
  { id: "r5-tw-en-no-server", prompt: "iv-why-time-wait", locale: "en", style: "qa-refuted", round: R, text: `The side that closes first enters TIME_WAIT; in the usual case that is the client, and there is no TIME_WAIT on the server, which goes straight from LAST_ACK to CLOSED. It waits 2MSL so that a lost final ACK can be sent again when the FIN is retransmitted, and so that old segments expire.` },
  { id: "r5-4w-en-never-server", prompt: "iv-four-way", locale: "en", style: "interview-prep-english", round: R, text: `Client sends FIN, server ACKs, server sends its own FIN once its data is out, client sends the final ACK. The passive closer never enters TIME_WAIT; only the client waits 2MSL there.` },
  { id: "r5-why4-en-no-both", prompt: "iv-why-four-way", locale: "en", style: "qa-refuted", round: R, text: `Because a FIN closes only one direction, and no FIN shuts both directions at once. The receiver ACKs right away but may still have data to send, so its own FIN comes later: a half-close.` },
  // Conditionals that teach the rule.
  { id: "r5-tw-en-if-server", prompt: "iv-why-time-wait", locale: "en", style: "interview-prep-english", round: R, text: `TIME_WAIT belongs to whoever sends the first FIN. If the server closes first, the server goes into TIME_WAIT and holds it for 2MSL, which is why busy servers try to let clients close. It exists so the last ACK can be repeated if the peer resends its FIN, and so delayed segments of the old connection expire.` },
  { id: "r5-tw-ko-cond-both", prompt: "iv-why-time-wait", locale: "ko", style: "qa-refuted", round: R, text: `흔히 클라이언트만 TIME_WAIT에 들어간다고 하지만 정확히는 먼저 FIN을 보낸 쪽입니다. 서버 쪽에서 먼저 연결을 닫으면 서버가 TIME_WAIT를 갖게 됩니다. 2MSL 동안 기다리는 이유는 마지막 ACK가 유실됐을 때 재전송된 FIN에 응답하고, 이전 연결의 지연된 세그먼트가 사라지게 하기 위해서입니다.` },
  // Column diagrams with arrows under a "Client   Server" header.
  { id: "r5-3w-ko-columns", prompt: "iv-three-way", locale: "ko", style: "diagram-lines", round: R, text: `클라이언트                서버\n[CLOSED]                [LISTEN]\n   SYN(seq=x) ------------>\n[SYN_SENT]              [SYN_RCVD]\n   <------------ SYN+ACK(seq=y, ack=x+1)\n   ACK(ack=y+1) ---------->\n[ESTABLISHED]           [ESTABLISHED]\n양쪽 시퀀스 번호를 교환하고 서로 보내고 받을 수 있음을 확인한다.` },
  { id: "r5-4w-en-columns", prompt: "iv-four-way", locale: "en", style: "diagram-lines", round: R, text: `Client                      Server\n  |  FIN  ------------------> |\n[FIN_WAIT_1]            [CLOSE_WAIT]\n  | <------------------  ACK  |\n[FIN_WAIT_2]                  |\n  | <------------------  FIN  |\n  |                      [LAST_ACK]\n  |  ACK  ------------------> |\n[TIME_WAIT]               [CLOSED]\nThe client waits 2MSL in TIME_WAIT; each direction is closed on its own.` },
  { id: "r5-4w-ko-columns", prompt: "iv-four-way", locale: "ko", style: "diagram-lines", round: R, text: `Client          Server\nFIN ----->\n          <----- ACK\n          <----- FIN\nACK ----->\n클라이언트는 TIME_WAIT에서 2MSL 동안 기다리고, 서버는 ACK를 받으면 바로 CLOSED가 된다. 서버는 FIN 전에 남은 데이터를 보낼 수 있다.` },
  // Hedges and refutations in Korean.
  { id: "r5-2w-ko-hedge", prompt: "iv-why-not-two-way", locale: "ko", style: "qa-refuted", round: R, text: `서로 존재만 알리면 되니 두 번이면 된다고 생각할 수도 있습니다. 하지만 2-way라면 서버는 자기가 보낸 SYN의 시퀀스 번호가 클라이언트에 잘 도착했는지 알 수 없고, 네트워크에 떠돌던 이전 연결 요청의 SYN 하나만으로도 연결을 열어 버립니다.` },
  { id: "r5-tw-ko-not-server", prompt: "iv-why-time-wait", locale: "ko", style: "qa-refuted", round: R, text: `서버가 TIME_WAIT에 들어가는 것이 아니라 먼저 끊은 쪽이 들어갑니다. 마지막 ACK가 사라지면 상대가 FIN을 다시 보내므로 그에 답하려고 2MSL 동안 남아 있고, 그 사이 이전 연결의 지연된 세그먼트도 소멸합니다.` },
  { id: "r5-4w-ko-fw2-not-msl", prompt: "iv-four-way", locale: "ko", style: "qa-refuted", round: R, text: `클라이언트가 FIN을 보내고 FIN_WAIT_1, 서버의 ACK를 받아 FIN_WAIT_2가 됩니다. FIN_WAIT_2는 2MSL을 기다리는 상태가 아니고 서버의 FIN을 기다리는 상태입니다. 서버가 FIN을 보내면 클라이언트는 ACK를 보내고 TIME_WAIT에서 2MSL을 기다립니다.` },
  { id: "r5-cw-ko-right", prompt: "iv-close-wait-leak", locale: "ko", style: "korean-reasons", round: R, text: `CLOSE_WAIT는 상대방이 먼저 FIN을 보냈고 커널이 ACK까지 했지만 우리 애플리케이션이 close()를 호출하지 않은 상태입니다. TIME_WAIT와 달리 타이머가 없어서 저절로 사라지지 않습니다. ss -tanp로 프로세스를 찾고, 예외 경로에서도 finally로 소켓을 닫도록 코드를 고칩니다.` },
  { id: "r5-hc-ko-peer", prompt: "iv-half-close", locale: "ko", style: "half-close-sockets", round: R, text: `한쪽이 shutdown(SHUT_WR)으로 FIN을 보내 자기 송신 방향만 닫는 것입니다. FIN을 보낸 쪽은 FIN_WAIT_2에서 상대방이 보내는 데이터를 계속 받을 수 있고, 상대방은 CLOSE_WAIT에서 남은 데이터를 다 보낸 다음 FIN을 보냅니다.` },
  { id: "r5-3w-ko-steps-polite", prompt: "iv-three-way", locale: "ko", style: "numbered-steps", round: R, text: `1. 클라이언트는 서버에 SYN 패킷을 전송하고 SYN_SENT 상태로 바뀝니다.\n2. 서버는 LISTEN 상태에서 SYN을 받아 SYN_RCVD가 되고, ACK(클라이언트 seq + 1)와 SYN을 함께 담아 클라이언트에 전송합니다.\n3. 클라이언트가 서버의 SYN에 대해 ACK(서버 seq + 1)를 전송하면 두 쪽 모두 ESTABLISHED가 되어 양방향 데이터 전송이 가능합니다.` },
  { id: "r5-fl-ko-right", prompt: "iv-flags", locale: "ko", style: "flag-table", round: R, text: `SYN: 연결을 시작하고 시퀀스 번호를 동기화\nACK: 확인 번호가 유효함\nFIN: 더 보낼 데이터 없음\nRST: 연결을 강제로 끊음\nPSH: 버퍼에 모으지 않고 즉시 전달\nURG: 긴급 포인터가 유효함\nCWR, ECE: 혼잡 알림(ECN)에 사용. SYN과 FIN은 데이터가 없어도 시퀀스 번호를 하나씩 소비합니다.` },
  { id: "r5-rst-ko-right", prompt: "iv-rst-vs-fin", locale: "ko", style: "korean-reasons", round: R, text: `FIN은 보낸 데이터를 모두 전달한 뒤의 정상 종료이고 상대가 ACK로 확인합니다. RST는 연결을 즉시 중단하는 것이라 보내지 못한 데이터는 버려지고, RST에는 ACK가 오지 않으며 TIME_WAIT도 남지 않습니다. 닫힌 포트로 SYN이 오거나 SO_LINGER 0으로 닫을 때 RST를 보내고, 애플리케이션은 ECONNRESET 오류를 받습니다.` },
  { id: "r5-sf-ko-right", prompt: "iv-syn-flood", locale: "ko", style: "korean-reasons", round: R, text: `공격자가 위조한 주소로 SYN만 보내고 ACK는 보내지 않아서, 서버의 SYN 큐가 SYN_RECEIVED 상태의 미완성 연결로 가득 찹니다. SYN 쿠키는 상태를 저장하지 않고 연결 정보를 ISN에 담는 방식이라 큐가 넘칠 때만 씁니다. 윈도 스케일이나 SACK 옵션을 잃기 때문입니다.` },
  { id: "r5-hl-ko-right", prompt: "iv-handshake-loss", locale: "ko", style: "korean-reasons", round: R, text: `SYN이 유실되면 클라이언트가 타이머 만료 후 같은 시퀀스 번호로 SYN을 재전송하고 간격은 지수 백오프로 늘어납니다. SYN+ACK가 유실되면 서버가 SYN+ACK를 재전송합니다. 세 번째 ACK가 유실되어도 클라이언트가 보내는 첫 데이터 세그먼트에 ACK가 실려 있어서 서버는 ESTABLISHED가 됩니다.` },
  { id: "r5-fa-en-peer", prompt: "iv-final-ack-lost", locale: "en", style: "textbook-prose", round: R, text: `The server sits in LAST_ACK waiting for the ACK of its FIN; when none comes, it retransmits the FIN. The client, still in TIME_WAIT, ACKs the retransmitted FIN again and restarts its 2MSL timer, so the peer can close cleanly.` },
  { id: "r5-3w-en-peer", prompt: "iv-three-way", locale: "en", style: "interview-prep-english", round: R, text: `The client sends a SYN with its ISN x. The peer replies with a SYN-ACK carrying its own ISN y and ack x+1. The client then ACKs y+1, so both sequence numbers are exchanged and both directions are known to work.` },
  { id: "r5-2w-en-hedge", prompt: "iv-why-not-two-way", locale: "en", style: "qa-refuted", round: R, text: `You might think two messages are enough, but then the server would never learn whether its own SYN and sequence number reached the client, and a delayed duplicate SYN from an old connection attempt could open a connection on its own.` },
];
