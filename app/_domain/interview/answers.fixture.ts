/**
 * Learner answers for every interview prompt, in both languages: a good one in the learner's
 * own words (not the model answer), a partial one with the points it leaves out, and a wrong
 * one with the claims the grader must name. grade-answer.test.ts checks good > partial > wrong.
 */
export type Fixture = { good: string; partial: { text: string; missing: string[] }; wrong: { text: string; mistakes: string[] } };
export type PromptFixtures = { ko: Fixture; en: Fixture };

export const ANSWERS: Record<string, PromptFixtures> = {
  "iv-three-way": {
    en: {
      good: "The client opens with a SYN segment carrying its initial sequence number x. The server replies with a SYN-ACK: its own ISN y and ack = x + 1. Finally the client sends an ACK with ack = y + 1. Now both directions are shown to work and both sequence numbers are synchronized.",
      partial: { text: "The client sends SYN, the server answers SYN+ACK, then the client sends ACK and the connection is open.", missing: ["isn", "plus-one", "both-directions"] },
      wrong: { text: "The server sends SYN+ACK first and goes into SYN_SENT, then the client sends SYN. Two messages would be enough really.", mistakes: ["server-syn-sent", "two-way", "order-syn-ack"] },
    },
    ko: {
      good: "먼저 클라이언트가 초기 시퀀스 번호 x를 담아 SYN을 보냅니다. 서버는 자기 ISN y와 확인 번호 x+1을 담아 SYN+ACK로 응답합니다. 마지막으로 클라이언트가 y+1로 ACK를 보내면 양방향 통신이 가능함이 확인됩니다.",
      partial: { text: "클라이언트가 SYN을 보내고 서버가 SYN+ACK를 보내고 클라이언트가 마지막으로 ACK를 보냅니다.", missing: ["isn", "plus-one", "both-directions"] },
      wrong: { text: "서버가 SYN_SENT 상태에서 SYN+ACK를 먼저 보내고, 클라이언트는 LISTEN 상태에서 SYN을 보냅니다. 사실 두 번이면 충분합니다.", mistakes: ["server-syn-sent", "client-listen", "two-way", "order-syn-ack"] },
    },
  },
  "iv-four-way": {
    en: {
      good: "The side that closes first sends FIN. The peer answers with an ACK right away but may still send its remaining data; that is a half-close. When the server is done it sends its own FIN, and the client replies with a final ACK and waits in TIME_WAIT for 2MSL.",
      partial: { text: "The client sends FIN and the server ACKs it. Later the server sends FIN too.", missing: ["last-ack", "time-wait", "half-close"] },
      wrong: { text: "The client sends FIN and then the server goes into TIME_WAIT, because CLOSE_WAIT is the same as TIME_WAIT anyway.", mistakes: ["tw-server", "cw-tw"] },
    },
    ko: {
      good: "먼저 닫는 쪽이 FIN을 보내면 상대는 바로 ACK로 확인합니다. 상대는 남은 데이터를 계속 보낼 수 있고(half-close), 다 보내면 서버도 FIN을 보냅니다. 클라이언트가 마지막 ACK를 보내고 TIME_WAIT에서 2MSL 동안 기다립니다.",
      partial: { text: "클라이언트가 FIN을 보내고 서버가 ACK를 보냅니다. 그 뒤 서버가 FIN을 보냅니다.", missing: ["last-ack", "time-wait", "half-close"] },
      wrong: { text: "클라이언트가 FIN을 보내면 서버가 TIME_WAIT로 들어갑니다. CLOSE_WAIT는 TIME_WAIT와 같은 상태입니다.", mistakes: ["tw-server", "cw-tw"] },
    },
  },
  "iv-why-time-wait": {
    en: {
      good: "The active closer, the side that closes first, stays in TIME_WAIT for 2MSL. If its last ACK is lost the peer retransmits the FIN, and it can ACK again. It also lets delayed segments from the previous connection die out before the same ports are reused.",
      partial: { text: "It waits 2MSL so that delayed packets of the old connection expire.", missing: ["last-ack-lost", "active-closer"] },
      wrong: { text: "The server goes into TIME_WAIT to wait for the remaining data the client has not sent yet.", mistakes: ["on-server", "waits-for-data"] },
    },
    ko: {
      good: "먼저 닫은 쪽이 2MSL 동안 머무는 상태입니다. 마지막 ACK가 유실되면 상대가 FIN을 재전송하므로 다시 ACK해야 하고, 이전 연결의 지연된 세그먼트가 같은 포트의 새 연결에 섞이지 않게 합니다.",
      partial: { text: "2MSL 동안 기다려서 지연된 패킷이 사라지게 합니다.", missing: ["last-ack-lost", "active-closer"] },
      wrong: { text: "서버가 TIME_WAIT에 들어가서 아직 받지 못한 데이터를 기다리는 상태입니다.", mistakes: ["on-server", "waits-for-data"] },
    },
  },
  "iv-why-not-two-way": {
    en: {
      good: "With only two segments the server's initial sequence number is never acknowledged, so the server cannot know its ISN arrived. Worse, a delayed duplicate SYN from an old attempt would open a connection. The third ACK confirms the server's sequence number and proves both directions work.",
      partial: { text: "Because an old SYN that was delayed in the network could open a connection by itself.", missing: ["server-isn", "both-directions"] },
      wrong: { text: "Honestly two steps are enough; the third one is just tradition.", mistakes: ["two-enough"] },
    },
    ko: {
      good: "2-way로는 서버의 ISN이 클라이언트에게 확인되지 않습니다. 또 네트워크에 남아 있던 지연된 SYN 하나로 연결이 열려 버립니다. 세 번째 ACK가 서버의 시퀀스 번호를 확인해 주고 양방향 통신이 되는지 보장합니다.",
      partial: { text: "네트워크에서 지연된 옛 SYN이 도착하면 연결이 잘못 열릴 수 있기 때문입니다.", missing: ["server-isn", "both-directions"] },
      wrong: { text: "사실 두 번으로 충분하고 세 번째는 관례일 뿐입니다.", mistakes: ["two-enough"] },
    },
  },
  "iv-why-four-way": {
    en: {
      good: "Because each direction closes independently. When the client's FIN arrives the server ACKs it at once, but it may still have data to send, so its own FIN is sent separately, later. That is the half-close.",
      partial: { text: "Each direction of the connection is closed independently.", missing: ["remaining-data", "ack-fin-separate", "half-close"] },
      wrong: { text: "The FIN closes both directions at once, so FIN closes the whole connection.", mistakes: ["fin-both"] },
    },
    ko: {
      good: "TCP의 두 방향이 각각 독립적으로 닫히기 때문입니다. 서버는 클라이언트의 FIN에 바로 ACK하지만 아직 보낼 데이터가 남아 있을 수 있어서 자기 FIN은 나중에 따로 보냅니다. 이것이 half-close입니다.",
      partial: { text: "연결의 두 방향이 독립적으로 닫히기 때문입니다.", missing: ["remaining-data", "ack-fin-separate", "half-close"] },
      wrong: { text: "FIN 하나로 연결이 양방향 모두 종료되기 때문에 그냥 관례상 네 번 보냅니다.", mistakes: ["fin-both"] },
    },
  },
  "iv-half-close": {
    en: {
      good: "Half-close means one side closes only its sending side with a FIN, for example with shutdown(SHUT_WR), and can still receive. It sits in FIN_WAIT_2 reading while the peer, in CLOSE_WAIT, finishes sending and then sends its own FIN.",
      partial: { text: "One side stops sending but can still receive data from the other side.", missing: ["fin-wait-2", "shutdown"] },
      wrong: { text: "It is when both directions are closed by a single FIN.", mistakes: ["fin-both"] },
    },
    ko: {
      good: "한쪽이 shutdown(SHUT_WR)으로 FIN을 보내 자기 송신 방향만 닫고, 수신은 계속 받을 수 있는 상태입니다. 보낸 쪽은 FIN_WAIT_2에서 상대 데이터를 받고, 상대는 CLOSE_WAIT에서 남은 데이터를 보낸 뒤 FIN을 보냅니다.",
      partial: { text: "한 방향만 닫고 데이터는 계속 받을 수 있는 것입니다.", missing: ["fin-wait-2", "shutdown"] },
      wrong: { text: "FIN을 보내면 양방향이 모두 닫히는 것을 말합니다.", mistakes: ["fin-both"] },
    },
  },
  "iv-flags": {
    en: {
      good: "SYN opens a connection and synchronizes sequence numbers. ACK means the acknowledgement number is valid. FIN says the sender has no more data. RST resets, aborting the connection. PSH asks the receiver to push data to the application immediately. URG says the urgent pointer is valid.",
      partial: { text: "SYN starts a connection, ACK acknowledges received data, and FIN is used to close.", missing: ["rst", "psh", "urg"] },
      wrong: { text: "SYN does not consume a sequence number; it is just a hello.", mistakes: ["syn-sync"] },
    },
    ko: {
      good: "SYN은 연결을 시작하며 시퀀스 번호를 동기화하고, ACK는 확인 응답 번호가 유효함을 뜻합니다. FIN은 더 보낼 데이터가 없어 종료한다는 뜻, RST는 연결을 강제로 끊는 것, PSH는 버퍼에 두지 말고 즉시 전달하라는 것, URG는 긴급 포인터가 유효함을 뜻합니다.",
      partial: { text: "SYN은 연결 요청, ACK는 확인 응답, FIN은 연결 종료입니다.", missing: ["rst", "psh", "urg"] },
      wrong: { text: "SYN은 시퀀스 번호를 소비하지 않는 단순한 인사입니다.", mistakes: ["syn-sync"] },
    },
  },
  "iv-final-ack-lost": {
    en: {
      good: "The server is in LAST_ACK and never receives the ACK, so its timer fires and it retransmits the FIN. The client is still in TIME_WAIT, so it ACKs again and its 2MSL timer restarts. The server then gets the ACK and closes.",
      partial: { text: "The server sits in LAST_ACK and retransmits its FIN after a timeout.", missing: ["re-ack", "timer-restart"] },
      wrong: { text: "Nothing much: the server will retransmit the data and the client, in TIME_WAIT, waits for the remaining data.", mistakes: ["rst-normal"] },
    },
    ko: {
      good: "서버는 LAST_ACK 상태에서 ACK를 받지 못해 타이머가 만료되면 FIN을 재전송합니다. 클라이언트는 아직 TIME_WAIT이므로 다시 ACK를 보내고 2MSL 타이머를 재시작합니다. 그 ACK를 받은 서버가 닫힙니다.",
      partial: { text: "서버가 LAST_ACK에서 기다리다가 FIN을 재전송합니다.", missing: ["re-ack", "timer-restart"] },
      wrong: { text: "서버가 데이터를 재전송하고, 클라이언트는 TIME_WAIT에서 아직 받지 못한 데이터를 기다립니다.", mistakes: ["rst-normal"] },
    },
  },
};
