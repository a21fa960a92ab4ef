import type { CorpusAnswer } from "./answers";

/**
 * The second round of the corpus, written after an independent held-out set showed where the
 * first grader failed: the "why" prompts answered as consequences and analogies, states named in
 * parentheses or after an arrow at the end of a step, dialogue and diagram lines, numbered lists
 * without verbs, tables. Our own sentences again, in styles noted in styles.ts. About a third is
 * `holdout`: written together with the rest, then only run for figures, never tuned on.
 */
export const CORPUS_R2: CorpusAnswer[] = [
  // ── iv-why-not-two-way ────────────────────────────────────────────────────────
  {
    id: "r2-2w-ko-dialogue",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "dialogue",
    round: 2,
    text: `A: "연결할래?" (SYN)
B: "좋아, 내 번호는 이거야" (SYN+ACK)
여기서 끝나면 B는 자기가 보낸 번호를 A가 제대로 받았는지 알 길이 없습니다. 그래서 A가 "응, 받았어" (ACK)라고 한 번 더 말해 줘야 양쪽이 서로 보내고 받을 수 있다는 게 확인됩니다.`,
  },
  {
    id: "r2-2w-ko-consequence",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "korean-reasons",
    round: 2,
    text: `2-way로 끝내면 네트워크에 오래 떠돌던 예전 SYN이 뒤늦게 도착했을 때 서버는 그걸 새 요청으로 알고 바로 연결을 열어 버립니다. 클라이언트는 그런 연결을 원한 적이 없으니 서버 자원만 낭비됩니다. 세 번째 ACK를 받아야 서버가 연결을 확정하기 때문에 이런 일을 막을 수 있습니다.`,
  },
  {
    id: "r2-2w-ko-isn",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "casual-korean",
    round: 2,
    text: `서버도 자기 초기 시퀀스 번호를 보내는데, 이게 클라한테 잘 갔는지 확인받아야 함. 2번이면 서버 SYN에 대한 응답이 없으니 서버 입장에선 확인 불가 → 그래서 마지막 ACK가 필요함`,
  },
  {
    id: "r2-2w-ko-rhetorical",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "qa-refuted",
    round: 2,
    holdout: true,
    text: `두 번만 주고받으면 어떻게 될까요? 서버는 SYN+ACK를 보낸 뒤 그게 클라이언트에 도착했는지 모르는 채로 연결을 열게 됩니다. 서버의 시퀀스 번호가 상대에게 확인되지 않은 상태인 거죠. 그래서 클라이언트가 ACK로 서버의 번호를 확인해 주는 세 번째 단계가 필요합니다.`,
  },
  {
    id: "r2-2w-ko-goal",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "korean-reasons",
    round: 2,
    holdout: true,
    text: `3-way를 하는 이유는 양쪽이 모두 송신과 수신이 되는지 확인하기 위해서입니다. 클라이언트의 송신 능력은 서버가 SYN을 받아서 알고, 서버의 송신 능력은 클라이언트가 SYN+ACK를 받아서 압니다. 하지만 서버는 자기 SYN이 도착했다는 사실을 클라이언트의 ACK를 받아야만 알 수 있습니다.`,
  },
  {
    id: "r2-2w-en-otherwise",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "interview-prep-english",
    round: 2,
    text: `Because the server's initial sequence number also has to be acknowledged. With only SYN and SYN-ACK, the client's ISN is confirmed but the server never learns whether its own ISN arrived. Otherwise a delayed SYN from an earlier attempt could also make the server open a connection nobody wants.`,
  },
  {
    id: "r2-2w-en-rhetorical",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "qa-refuted",
    round: 2,
    text: `What would happen with two steps? An old duplicate SYN that was stuck in the network could show up later, and the server would answer it and consider the connection open, wasting resources on a client that is not there. The third message lets the client reject such a stale request, so the connection only opens when both sides agree.`,
  },
  {
    id: "r2-2w-en-so-that",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "textbook-prose",
    round: 2,
    holdout: true,
    text: `The third segment exists so that the server knows the client received its SYN. Each side picks its own starting sequence number, and each number has to be acknowledged by the other end; the client's is acknowledged in the SYN-ACK, the server's only in the final ACK.`,
  },
  {
    id: "r2-2w-en-analogy",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "dialogue",
    round: 2,
    holdout: true,
    text: `Think of a phone call where you say "can you hear me?" and the other person says "yes, can you hear me?". If you hang up without answering, they still don't know their voice reached you. TCP is the same: the last ACK tells the server that the path from server to client works too, so communication is confirmed in both directions.`,
  },
  {
    id: "r2-2w-ko-wrong-enough",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "copied-misconception",
    round: 2,
    wrong: ["two-way-enough"],
    text: `사실 SYN과 SYN+ACK 두 번만으로도 연결은 충분히 가능합니다. 세 번째 ACK는 관례적으로 보내는 것에 가깝습니다.`,
  },
  {
    id: "r2-2w-en-wrong-enough",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "copied-misconception",
    round: 2,
    wrong: ["two-way-enough"],
    holdout: true,
    text: `Honestly two messages would be enough in most cases: the client asks, the server agrees, done. The third ACK is mostly there for politeness and the connection would work fine without it.`,
  },

  // ── iv-why-four-way ───────────────────────────────────────────────────────────
  {
    id: "r2-4wwhy-ko-because",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "korean-reasons",
    round: 2,
    text: `서버는 클라이언트의 FIN을 받았을 때 아직 보낼 데이터가 남아 있을 수 있기 때문입니다. 그래서 일단 ACK만 먼저 보내고, 남은 데이터를 다 보낸 후에 자기 FIN을 따로 보냅니다.`,
  },
  {
    id: "r2-4wwhy-ko-purpose",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "korean-reasons",
    round: 2,
    text: `TCP는 전이중 통신이라 보내는 방향과 받는 방향을 각각 닫아야 합니다. 클라이언트가 FIN을 보내도 그건 클라이언트 쪽 송신만 끝났다는 뜻이고, 서버는 하던 전송을 마무리하기 위해서 ACK와 FIN을 한 번에 보내지 않고 나눠서 보냅니다.`,
  },
  {
    id: "r2-4wwhy-ko-casual",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "casual-korean",
    round: 2,
    holdout: true,
    text: `FIN 받았다고 바로 끊으면 서버가 보내던 데이터가 잘림. 그래서 ACK 먼저 보내고(CLOSE_WAIT) 남은 거 다 보낸 다음 FIN 보냄 → ACK랑 FIN이 따로 가니까 4번`,
  },
  {
    id: "r2-4wwhy-ko-analogy",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "dialogue",
    round: 2,
    holdout: true,
    text: `전화를 끊을 때 "나 할 말 다 했어"라고 하면 상대가 "알겠어, 근데 나 아직 할 말 남았어"라고 한 다음 자기 말을 마치고 "나도 끝"이라고 하는 것과 같습니다. 한쪽이 끝났다고 해서 다른 쪽 방향까지 닫히는 게 아니라서 각 방향마다 종료와 확인이 필요합니다.`,
  },
  {
    id: "r2-4wwhy-en-otherwise",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "interview-prep-english",
    round: 2,
    text: `When the server receives the client's FIN it may still have data in flight to send. If it had to send its FIN at the same moment, that data would be cut off. So it acknowledges the FIN first and sends its own FIN later, once its application is done. Each direction of the full-duplex connection is shut down on its own.`,
  },
  {
    id: "r2-4wwhy-en-half",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "textbook-prose",
    round: 2,
    text: `Because TCP supports a half-close: a FIN only ends one direction of the stream. The receiver of the first FIN can go on transmitting until it has nothing left, so its ACK and its FIN are separate segments, giving four in total.`,
  },
  {
    id: "r2-4wwhy-en-rhetorical",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "qa-refuted",
    round: 2,
    holdout: true,
    text: `Why not combine the ACK and the FIN like SYN+ACK in the handshake? Because when the FIN arrives the other side may not be finished sending yet. It ACKs immediately, keeps writing what it has left, and only sends its FIN afterwards, so the two directions close independently.`,
  },
  {
    id: "r2-4wwhy-ko-wrong-both",
    prompt: "iv-why-four-way",
    locale: "ko",
    style: "copied-misconception",
    round: 2,
    wrong: ["fin-closes-both-directions"],
    text: `클라이언트가 FIN을 보내면 그 순간 양방향 연결이 모두 닫힙니다. 서버가 ACK와 FIN을 보내는 건 그냥 확인 절차일 뿐입니다.`,
  },
  {
    id: "r2-4wwhy-en-wrong-both",
    prompt: "iv-why-four-way",
    locale: "en",
    style: "copied-misconception",
    round: 2,
    wrong: ["fin-closes-both-directions"],
    holdout: true,
    text: `A FIN shuts down the whole connection in both directions right away, so after the first FIN nobody can send anything. The remaining three segments just make sure both sides agree it is over.`,
  },

  // ── iv-half-close ─────────────────────────────────────────────────────────────
  {
    id: "r2-hc-ko-socket",
    prompt: "iv-half-close",
    locale: "ko",
    style: "half-close-sockets",
    round: 2,
    text: `Half-close는 연결의 한쪽 방향만 닫는 것입니다. 예를 들어 클라이언트가 shutdown(SHUT_WR)을 호출하면 FIN이 나가서 더 이상 쓰지는 못하지만, 서버가 보내는 데이터는 계속 읽을 수 있습니다.`,
  },
  {
    id: "r2-hc-ko-states",
    prompt: "iv-half-close",
    locale: "ko",
    style: "parenthesised-states",
    round: 2,
    text: `먼저 FIN을 보낸 쪽은 송신만 끝낸 상태(FIN_WAIT_2)이고, 상대는 CLOSE_WAIT에서 아직 데이터를 보낼 수 있습니다. 즉 출력 방향만 닫히고 입력 방향은 열려 있어서 FIN을 보낸 쪽도 여전히 수신이 가능합니다.`,
  },
  {
    id: "r2-hc-ko-example",
    prompt: "iv-half-close",
    locale: "ko",
    style: "casual-korean",
    round: 2,
    holdout: true,
    text: `파일 업로드 끝났다고 서버에 알리고 싶을 때 쓰기만 닫음 (shutdown으로 송신 종료) → 서버는 EOF 보고 처리 결과를 보내줌, 클라는 그 응답을 계속 받을 수 있음`,
  },
  {
    id: "r2-hc-en-socket",
    prompt: "iv-half-close",
    locale: "en",
    style: "half-close-sockets",
    round: 2,
    text: `A half-close is when one end finishes sending but keeps the connection open for reading. In the sockets API you do it with shutdown(fd, SHUT_WR): a FIN goes out, the peer reads EOF, and the peer can still send data back, which we keep receiving until it sends its own FIN.`,
  },
  {
    id: "r2-hc-en-states",
    prompt: "iv-half-close",
    locale: "en",
    style: "textbook-prose",
    round: 2,
    text: `After one side sends its FIN and gets it acknowledged, it sits in FIN_WAIT_2 while the other side is in CLOSE_WAIT. In that half-closed state only the first side's output is closed; data can still flow from the CLOSE_WAIT side to the FIN_WAIT_2 side.`,
  },
  {
    id: "r2-hc-en-short",
    prompt: "iv-half-close",
    locale: "en",
    style: "interview-prep-english",
    round: 2,
    holdout: true,
    text: `Closing just your sending direction: you tell the peer "no more data from me" with a FIN, but you can still read whatever it sends until it closes its side too.`,
  },
  {
    id: "r2-hc-ko-wrong-both",
    prompt: "iv-half-close",
    locale: "ko",
    style: "copied-misconception",
    round: 2,
    wrong: ["fin-closes-both-directions"],
    holdout: true,
    text: `half-close라고 해도 FIN을 보내는 순간 양쪽 방향이 다 닫히기 때문에 FIN을 보낸 쪽은 더 이상 아무것도 받을 수 없습니다.`,
  },
  {
    id: "r2-hc-en-wrong-tw",
    prompt: "iv-half-close",
    locale: "en",
    style: "copied-misconception",
    round: 2,
    wrong: ["two-msl-outside-time-wait"],
    text: `In a half-close the side that sent FIN waits in FIN_WAIT_2 for 2MSL while the other side finishes sending. It can still receive during that time.`,
  },

  // ── iv-three-way ──────────────────────────────────────────────────────────────
  {
    id: "r2-3w-ko-verbless",
    prompt: "iv-three-way",
    locale: "ko",
    style: "verbless-list",
    round: 2,
    text: `1. SYN (클라이언트 → 서버), seq=x
2. SYN+ACK (서버 → 클라이언트), seq=y, ack=x+1
3. ACK (클라이언트 → 서버), ack=y+1
양쪽의 초기 순서 번호를 맞추는 과정`,
  },
  {
    id: "r2-3w-en-diagram",
    prompt: "iv-three-way",
    locale: "en",
    style: "diagram-lines",
    round: 2,
    text: `Client ——SYN(seq=x)——> Server
Client <——SYN/ACK(seq=y, ack=x+1)—— Server
Client ——ACK(ack=y+1)——> Server
Both sides now know each other's sequence numbers and the connection is ESTABLISHED.`,
  },
  {
    id: "r2-3w-ko-dialogue",
    prompt: "iv-three-way",
    locale: "ko",
    style: "dialogue",
    round: 2,
    holdout: true,
    text: `클라이언트: "접속해도 될까? 내 시작 번호는 100이야" (SYN)
서버: "좋아, 101번부터 기다릴게. 내 번호는 300" (SYN+ACK)
클라이언트: "확인, 301번부터 받을게" (ACK)
이렇게 서로의 시퀀스 번호를 확인하고 연결이 수립됩니다.`,
  },
  {
    id: "r2-3w-en-table",
    prompt: "iv-three-way",
    locale: "en",
    style: "table-rows",
    round: 2,
    holdout: true,
    text: `Step | Sender | Flags | Numbers
1 | Client | SYN | seq=1000
2 | Server | SYN, ACK | seq=5000, ack=1001
3 | Client | ACK | ack=5001
Purpose: synchronize both initial sequence numbers before data flows.`,
  },
  {
    id: "r2-3w-en-state-arrows",
    prompt: "iv-three-way",
    locale: "en",
    style: "parenthesised-states",
    round: 2,
    text: `client: CLOSED -> SYN_SENT, sends SYN with seq x
server: LISTEN -> SYN_RCVD, replies SYN+ACK with seq y and ack x+1
client: SYN_SENT -> ESTABLISHED, sends ACK y+1
server: SYN_RCVD -> ESTABLISHED when that ACK arrives`,
  },
  {
    id: "r2-3w-ko-wrong-listen",
    prompt: "iv-three-way",
    locale: "ko",
    style: "copied-misconception",
    round: 2,
    wrong: ["listen-before-syn-sent"],
    text: `클라이언트는 LISTEN 상태에서 서버로 SYN을 보내고 SYN_SENT 상태로 바뀝니다. 서버는 SYN+ACK를 보내며 SYN_RCVD가 되고, 클라이언트가 ACK를 보내면 둘 다 ESTABLISHED가 됩니다. 이때 초기 시퀀스 번호가 교환됩니다.`,
  },
  {
    id: "r2-3w-en-wrong-listen",
    prompt: "iv-three-way",
    locale: "en",
    style: "parenthesised-states",
    round: 2,
    wrong: ["listen-before-syn-sent"],
    holdout: true,
    text: `1. Client (LISTEN) sends SYN with seq=x and moves to SYN_SENT.
2. Server replies SYN-ACK, seq=y, ack=x+1 (SYN_RCVD).
3. Client sends ACK, ack=y+1; both ESTABLISHED.`,
  },
  {
    id: "r2-3w-ko-wrong-server-synsent",
    prompt: "iv-three-way",
    locale: "ko",
    style: "parenthesised-states",
    round: 2,
    wrong: ["server-enters-syn-sent"],
    text: `1. 클라이언트가 SYN을 보낸다 (SYN_SENT)
2. 서버가 SYN+ACK를 보낸다 (이때 서버는 SYN_SENT)
3. 클라이언트가 ACK를 보낸다 (ESTABLISHED)
서로의 시퀀스 번호를 교환하는 과정이다.`,
  },
  {
    id: "r2-3w-en-wrong-ack",
    prompt: "iv-three-way",
    locale: "en",
    style: "diagram-lines",
    round: 2,
    wrong: ["ack-not-plus-one"],
    holdout: true,
    text: `Client --SYN seq=42--> Server
Server --SYN+ACK seq=900 ack=42--> Client
Client --ACK ack=900--> Server
Now both sides are ESTABLISHED.`,
  },
  {
    id: "r2-3w-ko-wrong-ack",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbers",
    round: 2,
    wrong: ["ack-not-plus-one"],
    text: `클라이언트가 seq=100으로 SYN을 보내면, 서버는 받은 시퀀스 번호 그대로 ack=100을 담고 자기 seq=500과 함께 SYN+ACK를 보냅니다. 클라이언트는 ack=500으로 ACK를 보내고 연결이 완료됩니다.`,
  },

  // ── iv-four-way ───────────────────────────────────────────────────────────────
  {
    id: "r2-4w-ko-verbless",
    prompt: "iv-four-way",
    locale: "ko",
    style: "verbless-list",
    round: 2,
    text: `1. FIN (클라이언트 → 서버)
2. ACK (서버 → 클라이언트), 서버는 남은 데이터 전송 가능
3. FIN (서버 → 클라이언트)
4. ACK (클라이언트 → 서버), 클라이언트는 TIME_WAIT 후 종료`,
  },
  {
    id: "r2-4w-en-diagram",
    prompt: "iv-four-way",
    locale: "en",
    style: "diagram-lines",
    round: 2,
    text: `Client --FIN--> Server   (client: FIN_WAIT_1)
Client <--ACK-- Server   (server: CLOSE_WAIT, client: FIN_WAIT_2)
Client <--FIN-- Server   (server: LAST_ACK)
Client --ACK--> Server   (client: TIME_WAIT for 2MSL, server: CLOSED)
The server can keep sending between the ACK and its FIN, because each direction closes separately.`,
  },
  {
    id: "r2-4w-ko-table",
    prompt: "iv-four-way",
    locale: "ko",
    style: "table-rows",
    round: 2,
    holdout: true,
    text: `단계 | 보내는 쪽 | 플래그 | 설명
1 | Client | FIN | 더 보낼 데이터 없음
2 | Server | ACK | FIN 확인, 남은 데이터는 계속 전송
3 | Server | FIN | 서버도 전송 끝
4 | Client | ACK | 최종 확인 후 TIME_WAIT 유지`,
  },
  {
    id: "r2-4w-ko-dialogue",
    prompt: "iv-four-way",
    locale: "ko",
    style: "dialogue",
    round: 2,
    text: `클라이언트: "이제 끊자" (FIN)
서버: "알겠어, 잠깐만" (ACK) - 하던 전송 마무리
서버: "나도 끝났어" (FIN)
클라이언트: "확인" (ACK) 보내고 TIME_WAIT에서 잠시 기다린 뒤 종료`,
  },
  {
    id: "r2-4w-en-state-arrows",
    prompt: "iv-four-way",
    locale: "en",
    style: "parenthesised-states",
    round: 2,
    holdout: true,
    text: `client: ESTABLISHED -> FIN_WAIT_1 after sending FIN
server: ESTABLISHED -> CLOSE_WAIT, sends ACK
client: FIN_WAIT_1 -> FIN_WAIT_2
server: CLOSE_WAIT -> LAST_ACK, sends its FIN once it has nothing left
client: FIN_WAIT_2 -> TIME_WAIT, sends the last ACK, then CLOSED after 2MSL`,
  },
  {
    id: "r2-4w-ko-wrong-tw-paren",
    prompt: "iv-four-way",
    locale: "ko",
    style: "parenthesised-states",
    round: 2,
    // The server's wait between the client's FIN and its own is CLOSE_WAIT's, called TIME_WAIT.
    wrong: ["time-wait-on-server", "close-wait-equals-time-wait"],
    text: `1. 클라이언트가 FIN을 보낸다 (FIN_WAIT_1)
2. 서버가 ACK를 보낸다 (이 상태가 TIME_WAIT)
3. 서버가 FIN을 보낸다 (LAST_ACK)
4. 클라이언트가 ACK를 보내고 연결이 종료된다`,
  },
  {
    id: "r2-4w-en-wrong-server-tw",
    prompt: "iv-four-way",
    locale: "en",
    style: "parenthesised-states",
    round: 2,
    wrong: ["time-wait-on-server"],
    holdout: true,
    text: `client: ESTABLISHED -> FIN_WAIT_1, sends FIN
server: sends ACK, CLOSE_WAIT
server: sends FIN -> LAST_ACK
client: sends ACK
server: LAST_ACK -> TIME_WAIT, waits 2MSL, then CLOSED`,
  },
  {
    id: "r2-4w-ko-wrong-swap",
    prompt: "iv-four-way",
    locale: "ko",
    style: "copied-misconception",
    round: 2,
    wrong: ["wrong-state-for-side", "time-wait-on-server"],
    text: `클라이언트가 FIN을 보내면 클라이언트는 CLOSE_WAIT 상태가 되고, 서버는 ACK를 보낸 뒤 남은 데이터를 보내고 FIN을 보냅니다. 클라이언트가 마지막 ACK를 보내면 서버는 TIME_WAIT 상태에서 잠시 기다렸다가 닫힙니다.`,
  },
  {
    id: "r2-4w-en-wrong-fw2",
    prompt: "iv-four-way",
    locale: "en",
    style: "copied-misconception",
    round: 2,
    wrong: ["two-msl-outside-time-wait"],
    text: `The client sends FIN, the server acknowledges it, and the client then waits in FIN_WAIT_2 for 2MSL. The server sends its FIN when it is done and the client sends the last ACK.`,
  },
  {
    id: "r2-4w-ko-wrong-cw-2msl",
    prompt: "iv-four-way",
    locale: "ko",
    style: "copied-misconception",
    round: 2,
    wrong: ["two-msl-outside-time-wait"],
    holdout: true,
    text: `클라이언트가 FIN을 보내면 서버는 ACK를 보내고 CLOSE_WAIT 상태에서 2MSL 동안 대기합니다. 그 뒤 서버가 FIN을 보내고 클라이언트가 ACK로 응답하면 종료됩니다.`,
  },

  // ── iv-why-time-wait ──────────────────────────────────────────────────────────
  {
    id: "r2-tw-ko-two-reasons",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "korean-reasons",
    round: 2,
    text: `첫째, 클라이언트가 보낸 마지막 ACK가 중간에 없어지면 서버는 FIN을 다시 보내는데, 이때 클라이언트가 이미 닫혀 있으면 RST로 응답하게 되어 정상 종료가 안 됩니다. 둘째, 같은 포트로 바로 새 연결을 열면 이전 연결에서 늦게 도착한 패킷이 섞일 수 있어서 2MSL 동안 기다립니다.`,
  },
  {
    id: "r2-tw-ko-purpose",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "casual-korean",
    round: 2,
    text: `먼저 끊은 쪽이 바로 안 닫고 기다리는 이유: 마지막 ACK 유실되면 상대가 FIN 재전송하니까 다시 ACK 해주려고 + 네트워크에 남은 옛날 세그먼트 다 사라지게 하려고`,
  },
  {
    id: "r2-tw-en-otherwise",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "interview-prep-english",
    round: 2,
    holdout: true,
    text: `The active closer stays in TIME_WAIT for 2MSL. Otherwise, if its final ACK got lost, the peer's retransmitted FIN would hit a closed socket and get a RST instead of a clean close. It also lets any delayed segments from this connection die out so they cannot be mistaken for data of a new connection on the same ports.`,
  },
  {
    id: "r2-tw-en-so-that",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "textbook-prose",
    round: 2,
    text: `TIME_WAIT exists so that the endpoint that sent the last ACK can answer the FIN again if that ACK is lost, and so that stray old duplicates expire before the same socket pair is reused. Waiting twice the maximum segment lifetime covers both.`,
  },
  {
    id: "r2-tw-ko-wrong-data",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "copied-misconception",
    round: 2,
    wrong: ["time-wait-waits-for-data"],
    holdout: true,
    text: `TIME_WAIT는 서버가 FIN보다 늦게 보낸 데이터가 아직 도착하지 않았을 수 있어서, 그 데이터를 받기 위해 기다리는 상태입니다.`,
  },
  {
    id: "r2-tw-en-wrong-server",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    round: 2,
    wrong: ["time-wait-on-server"],
    text: `After the client's last ACK arrives, the server goes into TIME_WAIT for 2MSL so that delayed packets disappear before the port is reused.`,
  },
  {
    id: "r2-tw-ko-wrong-server-step",
    prompt: "iv-why-time-wait",
    locale: "ko",
    style: "copied-misconception",
    round: 2,
    wrong: ["time-wait-on-server"],
    text: `클라이언트가 FIN을 보내면 서버가 ACK를 보내고 TIME_WAIT 상태로 들어가 2MSL 동안 기다립니다. 지연된 패킷이 새 연결에 섞이지 않게 하기 위해서입니다.`,
  },

  // ── iv-final-ack-lost ─────────────────────────────────────────────────────────
  {
    id: "r2-fal-ko-steps",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "numbered-steps",
    round: 2,
    text: `1. 서버는 LAST_ACK 상태에서 ACK를 기다리는데 오지 않습니다.
2. 타임아웃이 되면 서버가 FIN을 재전송합니다.
3. TIME_WAIT에 있던 클라이언트가 그 FIN을 받고 다시 ACK를 보냅니다.
4. 클라이언트는 2MSL 타이머를 처음부터 다시 잽니다.`,
  },
  {
    id: "r2-fal-en-prose",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "textbook-prose",
    round: 2,
    text: `The server, still in LAST_ACK, never gets the ACK, so its retransmission timer fires and it sends the FIN again. The client is in TIME_WAIT, receives the duplicate FIN, acknowledges it once more and restarts its 2MSL timer.`,
  },
  {
    id: "r2-fal-ko-casual",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "casual-korean",
    round: 2,
    holdout: true,
    text: `서버 입장에선 ACK 못 받음 → FIN 다시 보냄. 클라는 TIME_WAIT라 아직 소켓 살아있으니까 ACK 다시 보내주고 타이머 리셋. 그래서 TIME_WAIT가 필요함`,
  },
  {
    id: "r2-fal-en-diagram",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "diagram-lines",
    round: 2,
    holdout: true,
    text: `Client --ACK--> X (lost)
Server (LAST_ACK) times out and retransmits: Client <--FIN-- Server
Client (TIME_WAIT) --ACK--> Server, and the 2MSL timer starts over`,
  },
  {
    id: "r2-fal-ko-wrong-server-tw",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "copied-misconception",
    round: 2,
    wrong: ["time-wait-on-server"],
    text: `마지막 ACK가 유실되면 TIME_WAIT 상태인 서버가 FIN을 재전송합니다. 클라이언트는 다시 ACK를 보냅니다.`,
  },
  {
    id: "r2-fal-en-wrong-fw2",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "copied-misconception",
    round: 2,
    wrong: ["two-msl-outside-time-wait"],
    holdout: true,
    text: `The server retransmits its FIN. The client, which is waiting in FIN_WAIT_2 for 2MSL, receives it and sends the ACK again.`,
  },

  // ── iv-flags ──────────────────────────────────────────────────────────────────
  {
    id: "r2-flags-ko-list",
    prompt: "iv-flags",
    locale: "ko",
    style: "flag-table",
    round: 2,
    text: `- SYN: 연결 시작할 때 시퀀스 번호 동기화
- ACK: 받은 데이터 확인 응답, 확인 번호가 유효함
- FIN: 더 보낼 데이터가 없어 연결 종료 요청
- RST: 비정상 상황에서 연결 강제 초기화
- PSH: 버퍼링하지 말고 바로 애플리케이션에 전달
- URG: 긴급 데이터가 있음`,
  },
  {
    id: "r2-flags-en-list",
    prompt: "iv-flags",
    locale: "en",
    style: "flag-table",
    round: 2,
    holdout: true,
    text: `SYN starts a connection and synchronizes sequence numbers. ACK means the acknowledgment field is valid. FIN says the sender is done sending. RST aborts the connection immediately. PSH asks the receiver to push data to the application right away. URG marks urgent data via the urgent pointer.`,
  },
  {
    id: "r2-flags-en-wrong-syn",
    prompt: "iv-flags",
    locale: "en",
    style: "copied-misconception",
    round: 2,
    wrong: ["syn-no-sequence"],
    holdout: true,
    text: `SYN opens a connection but does not consume a sequence number; ACK confirms receipt; FIN closes; RST resets; PSH pushes data immediately; URG flags urgent data.`,
  },
];
