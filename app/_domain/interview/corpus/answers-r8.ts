import type { CorpusAnswer } from "./answers";

/**
 * An eighth round, written after a third held-out set of published answers showed correct answers
 * losing their points: a SYN+ACK told in two parts ("acknowledges the SYN … includes its own ISN"),
 * a flag glossed in brackets ("SYN(내 말 들려?)", "SYN-ACK (Synchronize-Acknowledge)"), "X에 대해
 * 확인을 보낸다", peers A and B written apart from their particle ("B 에서 A 에게"), Korean lines
 * wrapped mid-sentence, half-close told as input and output streams, and reasons in other words
 * ("can not merge", "when it is ready it sends its FIN", "otherwise resend the ACK"). Near-miss
 * wrong answers in the same styles keep the flags honest. Our own sentences, in the styles of
 * styles.ts.
 */
const R = 8 as const;
export const CORPUS_R8: CorpusAnswer[] = [
  // ── the handshake with its SYN+ACK in two parts, glossed flags, acknowledgements by the subject ──
  {
    id: "r8-3w-en-two-part-synack",
    prompt: "iv-three-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `Host 1 opens by sending a SYN carrying its initial sequence number x. Host 2 acknowledges that SYN with ack = x + 1 and also sends a SYN of its own with sequence number y. Host 1 then acknowledges host 2 with ack = y + 1, and data can flow both ways.`,
  },
  {
    id: "r8-3w-en-own-isn",
    prompt: "iv-three-way",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `Step one, the client sends SYN with a random ISN. Step two, the server acknowledges the client's SYN (ACK = ISN + 1). The server also includes its own initial sequence number in that reply. Step three, the client sends an ACK for the server's number and both sides are ESTABLISHED.`,
  },
  {
    id: "r8-3w-en-gloss",
    prompt: "iv-three-way",
    locale: "en",
    style: "verbless-list",
    round: R,
    text: `- SYN (Synchronize): the client asks to open, picking its ISN.\n- SYN-ACK (Synchronize-Acknowledge): the server answers, acknowledging the client's number and giving its own.\n- ACK (Acknowledge): the client confirms the server's number.`,
  },
  {
    id: "r8-3w-ko-gloss-question",
    prompt: "iv-three-way",
    locale: "ko",
    style: "dialogue",
    round: R,
    text: `클라이언트가 SYN(여보세요, 들려?)을 보내고 SYN_SENT가 된다.\n서버는 SYN_RCVD가 되면서 SYN과 ACK(응 들려! 내 목소리도 들려?)를 같이 보낸다.\n클라이언트는 ACK(잘 들려!)를 보내고 ESTAB 상태가 된다. 이렇게 내 말이 상대에게 들리는지 양쪽 모두 확인한다.`,
  },
  {
    id: "r8-3w-ko-about",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbered-steps",
    round: R,
    text: `1. 클라이언트는 자신의 순서 번호를 담은 SYN 세그먼트를 서버로 보냅니다.\n2. 서버는 클라이언트의 SYN에 대한 확인과 함께 자기 SYN을 담은 SYN+ACK 세그먼트를 보냅니다.\n3. 클라이언트는 서버가 보낸 SYN+ACK 세그먼트에 대해 확인 응답을 보냅니다.`,
  },
  {
    id: "r8-3w-ko-short",
    prompt: "iv-three-way",
    locale: "ko",
    style: "verbless-list",
    round: R,
    text: `1. SYN: 클라이언트 → 서버, 연결 요청\n2. SYN+ACK: 서버 → 클라이언트, 요청 수락과 서버 쪽 연결 요청\n3. ACK: 클라이언트 → 서버, 확인`,
  },
  {
    id: "r8-3w-en-short",
    prompt: "iv-three-way",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `Client sends SYN to ask for a connection, server replies with SYN-ACK, client finishes with an ACK.`,
  },
  // Near misses: the handshake's states on the wrong side, and the ACK equal to the number.
  {
    id: "r8-3w-en-two-part-synsent",
    prompt: "iv-three-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    wrong: ["server-enters-syn-sent"],
    text: `Host A sends a SYN with its number x. Host B acknowledges the SYN with ack = x + 1, sends its own SYN, and moves into SYN_SENT. Host A then acknowledges host B.`,
  },
  {
    id: "r8-3w-ko-ab-listen",
    prompt: "iv-three-way",
    locale: "ko",
    style: "peers-a-b",
    round: R,
    wrong: ["listen-before-syn-sent"],
    text: `A 는 LISTEN 상태에서 B 에게 SYN 을 보내고 SYN_SENT 가 된다. B 는 SYN+ACK 를 보내고, A 가 ACK 를 보내면 연결된다.`,
  },

  // ── the close with peers A and B written apart, wrapped lines, typos in state names ──
  {
    id: "r8-4w-ko-ab-spaced",
    prompt: "iv-four-way",
    locale: "ko",
    style: "peers-a-b",
    round: R,
    text: `A 가 먼저 연결을 끊기로 하고 B 에게 FIN 을 보내며 FIN_WAIT_1 이 됩니다. B 는 ACK 를 보내고 CLOSE_WAIT 로 남은 데이터를 마저 보냅니다. 다 보내면 B 에서 A 에게 FIN 을 보내고 LASK_ACK 가 됩니다. A 는 마지막 ACK 를 보내고 TIME_WAIT 에서 2SML 동안 기다립니다.`,
  },
  {
    id: "r8-4w-ko-wrapped",
    prompt: "iv-four-way",
    locale: "ko",
    style: "numbered-steps",
    round: R,
    text: `클라이언트가 서버에게 FIN을 보내고 FIN-WAIT-1 상태가 되면\n서버는 그 FIN에 대한 ACK를 보내고 CLOSE-WAIT 상태로 들어간다.\n서버는 남은 데이터를 다 보낸 다음 FIN을\n클라이언트에게 보내고 LAST-ACK가 된다. 클라이언트는 ACK를 보내고 TIME-WAIT에서 기다린 뒤 닫힌다.`,
  },
  {
    id: "r8-4w-en-waves",
    prompt: "iv-four-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `First wave: the client sends FIN and goes to FIN_WAIT1. Second wave: the server answers with an ACK and sits in CLOSE_WAIT while it finishes its data; the client moves to FIN_WAIT2. Third wave: the server sends its own FIN and enters LAST_ACK. Fourth wave: the client sends the last ACK and waits 2 MSL in TIME_WAIT before closing.`,
  },
  {
    id: "r8-4w-en-active-passive",
    prompt: "iv-four-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `The active closer sends a FIN. The passive closer acknowledges it at once and may keep sending what it still has. When it is done, it sends its own FIN. The active closer acknowledges that FIN and stays in TIME-WAIT for twice the MSL.`,
  },
  // Near misses in the same styles.
  {
    id: "r8-4w-ko-ab-tw-server",
    prompt: "iv-four-way",
    locale: "ko",
    style: "peers-a-b",
    round: R,
    wrong: ["time-wait-on-server"],
    text: `A 가 B 에게 FIN 을 보내고 FIN_WAIT_1 이 된다. B 는 ACK 를 보낸 뒤 FIN 을 보내고, A 가 마지막 ACK 를 보내면 B 는 TIME_WAIT 로 들어가 2MSL 을 기다린다.`,
  },
  {
    id: "r8-4w-en-waves-fw2-msl",
    prompt: "iv-four-way",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["two-msl-outside-time-wait"],
    text: `First wave: the client sends FIN. Second wave: the server sends ACK, and the client waits in FIN_WAIT_2 for 2MSL. Third wave: the server sends FIN. Fourth wave: the client sends ACK and closes.`,
  },

  // ── a lost last ACK told with A and B ──
  {
    id: "r8-fa-ko-ab-again",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "peers-a-b",
    round: R,
    text: `A 가 보낸 마지막 ACK 가 사라지면 LAST_ACK 에 있던 B 는 기다리다가 B 에서 A 에게 다시 FIN 을 보냅니다. TIME_WAIT 에 있던 A 는 그 FIN 을 받고 B 에게 ACK 를 한 번 더 보내고, 다시 TIME_WAIT 에 들어가 2MSL 을 처음부터 셉니다.`,
  },
  {
    id: "r8-fa-en-reenter",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `The server in LAST_ACK never gets the ACK, so it resends its FIN. The client is still in TIME_WAIT, answers that FIN with another ACK and re-enters TIME_WAIT with a fresh 2MSL.`,
  },
  {
    id: "r8-fa-ko-ack-timer",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    wrong: ["ack-retransmitted-by-timer"],
    text: `A 가 보낸 마지막 ACK 가 사라지면 A 는 타이머가 끝날 때 ACK 를 스스로 재전송합니다. B 는 그 ACK 를 받고 닫힙니다.`,
  },

  // ── why TIME_WAIT, in short bullet reasons ──
  {
    id: "r8-tw-en-bullets",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `TIME_WAIT\n- lasts double the MSL\n- make sure the passive side really closed; otherwise resend the ACK when its FIN comes again\n- keep delay packets of this connection from hitting a new one on the same ports`,
  },
  {
    id: "r8-tw-ko-bullets",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `먼저 끊은 쪽이 들어가는 상태이고 2MSL 동안 유지됩니다.\n- 마지막 ACK 가 상대에게 도착하지 않으면 상대가 FIN 을 다시 보내므로 그때 ACK 를 다시 보내기 위해\n- 늦게 도착한 이전 연결의 패킷이 같은 포트의 새 연결에 섞이지 않게 하기 위해`,
  },
  {
    id: "r8-tw-en-bullets-data",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["time-wait-waits-for-data"],
    text: `TIME_WAIT\n- lasts 2MSL on the closing side\n- it waits for all the remaining data the server has not sent yet before the socket closes`,
  },

  // ── why four steps, in other words ──
  {
    id: "r8-why4-en-merge",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "qa-refuted",
    round: R,
    text: `The second and third steps can not merge into one segment in general: the server ACKs the FIN at once, but it sends its own FIN only when it is ready, after its remaining data.`,
  },
  {
    id: "r8-why4-ko-ready",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `클라이언트의 FIN에 서버는 ACK만 먼저 보냅니다. 서버는 아직 보낼 데이터가 남아 있을 수 있어서, 준비가 되면 그때 FIN을 보냅니다.`,
  },
  {
    id: "r8-why4-en-half",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `Each endpoint stops its half of the connection on its own: a FIN and an ACK from each TCP endpoint make the four segments.`,
  },
  {
    id: "r8-why4-ko-fin-both",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    wrong: ["fin-closes-both-directions"],
    text: `FIN 하나로 양방향이 모두 닫혀 버려서 서버도 더 이상 데이터를 보낼 수 없습니다. 나머지 두 단계는 확인 절차일 뿐입니다.`,
  },

  // ── half-close as streams ──
  {
    id: "r8-hc-ko-streams",
    prompt: "iv-half-close",
    locale: "ko",
    style: "half-close-sockets",
    round: R,
    text: `Half-close는 출력 스트림만 닫고 입력 스트림은 열어두는 것입니다. 상대에게 EOF가 가지만 나는 read만 계속 가능합니다.`,
  },
  {
    id: "r8-hc-ko-one-of-two",
    prompt: "iv-half-close",
    locale: "ko",
    style: "half-close-sockets",
    round: R,
    text: `소켓의 두 스트림 중 하나만 닫는 것을 half-close라고 합니다. 클라이언트는 데이터 전송이 불가능해지지만 서버는 남아 있는 데이터를 계속 전송할 수 있고 클라이언트는 그것을 받을 수 있습니다.`,
  },
  {
    id: "r8-hc-en-streams",
    prompt: "iv-half-close",
    locale: "en",
    style: "half-close-sockets",
    round: R,
    text: `shutdown(SHUT_WR) closes the output stream: further sends are disallowed and a FIN goes out. The input stream stays open, so the socket can still read what the peer keeps sending.`,
  },
  {
    id: "r8-hc-en-both",
    prompt: "iv-half-close",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["fin-closes-both-directions"],
    text: `After shutdown(SHUT_WR) the FIN closes the whole connection, so the peer can no longer send anything back either.`,
  },

  // ── why not two-way, and keep-alive as a contrast ──
  {
    id: "r8-2w-en-duplicated",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `IP may lose, duplicate or reorder segments, so a delayed or retransmitted SYN could arrive while a connection is being established and open one nobody asked for; the third step lets the client reject it.`,
  },
  {
    id: "r8-2w-ko-enough",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "casual-korean",
    round: R,
    wrong: ["two-way-enough"],
    text: `A 가 SYN 보내고 B 가 SYN+ACK 로 답하면 사실 2-way 로도 충분함. 세 번째 ACK 는 예의상 보내는 것.`,
  },
  {
    id: "r8-ka-en-contrast",
    prompt: "iv-keepalive",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `HTTP keep-alive keeps one connection open for several requests instead of a new one each time. TCP keepalive sends periodic keep-alive packets on an idle connection; if the peer never answers, the kernel treats it as dead.`,
  },
  {
    id: "r8-ka-ko-contrast",
    prompt: "iv-keepalive",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `HTTP keep-alive는 연결 하나로 여러 요청을 주고받는 지속 연결입니다. TCP keepalive는 커널이 오래 조용한 연결에 주기적으로 keepalive 패킷을 보내 상대가 살아 있는지 확인하는 기능입니다.`,
  },
];
