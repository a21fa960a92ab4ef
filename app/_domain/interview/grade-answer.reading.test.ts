import { describe, expect, it } from "vitest";
import { grader, flagged, covered } from "./rubrics.fixture";
import { readClaims } from "./claims/extract";
import { prepare } from "./claims/text";

const grade = grader("en");

/**
 * Rules of English usage that published English answers follow and the grader must read: each
 * with several forms that must earn the point, and a form that must not (a denial, a hedge, a
 * view raised to be refuted).
 */
describe("English usage in answers", () => {
  it("reads flags in lower case, capitalised, glued or spaced as segments", () => {
    for (const text of [
      "The client sends a syn to the server, the server replies with a syn-ack and the client sends an ack.",
      "The client sends Syn. The server answers with SynAck. The client sends Ack.",
      "Client: SYN. Server: SYNACK. Client: ACK.",
      "The client sends SYN, the server replies SYN ACK, and the client sends ACK.",
      "the client sends syn; the server sends syn ack; the client sends ack",
    ])
      expect(covered(grade("iv-three-way", text)), text).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    expect(covered(grade("iv-four-way", "The client sends fin, the server acks it, then the server sends its fin and the client sends the last ack."))).toEqual(
      expect.arrayContaining(["fin", "ack", "second-fin", "last-ack"]),
    );
  });

  it("does not read a header field or a longer word as a segment", () => {
    // "ack = x+1" is the number a segment carries, and "acknowledge", "final", "synchronise" are words.
    const g = grade("iv-three-way", "The client synchronises first. Finally the ack number is x+1 and the acknowledgement field is set.");
    expect(covered(g)).not.toContain("syn");
    expect(covered(g)).not.toContain("ack");
    // "the server replies with SYN+ACK (seq=y, ack=x+1)": one SYN+ACK, no stray ACK of the server.
    const numbers = grade(
      "iv-three-way",
      "The client sends syn (seq=x). The server replies with syn-ack (seq=y, ack=x+1). The client sends ack with ack = y+1.",
    );
    expect(covered(numbers)).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    expect(flagged(numbers)).toEqual([]);
  });

  it("keeps lower-case flags under denial and refutation", () => {
    expect(covered(grade("iv-three-way", "The client does not send a syn-ack; the server never sends syn first."))).not.toContain("syn-ack");
    expect(covered(grade("iv-three-way", "Some people think the server sends syn first, but that is wrong."))).toEqual([]);
    // The state, in any case with a separator, is still a state and not a segment.
    expect(covered(grade("iv-four-way", "The server is in last_ack and the client in fin_wait_2."))).not.toContain("last-ack");
  });

  it("resolves pronoun subjects: the last subject, or the recipient when the pronoun replies", () => {
    for (const text of [
      "The client sends a SYN to the server. It replies with a SYN-ACK. The client then sends an ACK.",
      "The client sends a SYN to the server, and it responds with SYN+ACK. After that, the client sends the ACK.",
      "The client sends SYN to the server. In turn it answers with SYN-ACK, and the client sends ACK.",
    ])
      expect(covered(grade("iv-three-way", text)), text).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    // A pronoun that does not reply stays with the subject: the client is the one in SYN_SENT.
    const g = grade(
      "iv-three-way",
      "The client sends a SYN to the server. It then waits in SYN_SENT. The server replies with SYN-ACK and the client sends ACK.",
    );
    expect(flagged(g)).toEqual([]);
    // A pronoun after a denial earns nothing.
    expect(covered(grade("iv-three-way", "The client sends a SYN to the server. It does not reply with SYN-ACK."))).not.toContain("syn-ack");
  });

  it("reads 'the other side', 'the receiver', 'the former' and 'the latter'", () => {
    for (const text of [
      "First the client sends a SYN. The other side replies with a SYN-ACK. The client then sends an ACK.",
      "The client sends a SYN to the server; the latter replies with SYN+ACK, and the former sends the ACK.",
      "The client sends a SYN. The receiver answers with SYN-ACK, and the client sends ACK.",
      "The client sends a SYN. The other end answers with SYN-ACK, and the client completes it with an ACK.",
    ])
      expect(covered(grade("iv-three-way", text)), text).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    // "The former" is the side the sentence that named both named first, whoever was mentioned since.
    expect(
      covered(
        grade(
          "iv-three-way",
          "The client sends a SYN to the server; the latter replies with SYN+ACK, acknowledging the client's number. The former then sends an ACK.",
        ),
      ),
    ).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    // "Your browser" is the client of a web server, and "it" then goes on for it.
    expect(
      covered(
        grade("iv-three-way", "Say your browser opens a page. It starts by sending a SYN. The server replies with a SYN-ACK, and the browser sends an ACK."),
      ),
    ).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    // The order of naming decides, not the role: here the server was named first.
    expect(covered(grade("iv-three-way", "The server gets a SYN from the client; the former then sends SYN+ACK and the latter sends ACK."))).toEqual(
      expect.arrayContaining(["syn", "syn-ack", "ack"]),
    );
    // Denied, "the latter" earns nothing.
    expect(covered(grade("iv-three-way", "The client sends a SYN to the server; the latter does not reply with SYN+ACK."))).not.toContain("syn-ack");
  });

  it("reads 'FIN from the server' as the server sending it, so a close the server starts is told right", () => {
    const serverFirst = grade(
      "iv-four-way",
      "FIN from the server first, then ACK from the client, FIN from the client, and the final ACK from the server, which then waits in TIME_WAIT for 2MSL.",
    );
    expect(flagged(serverFirst)).toEqual([]);
    expect(serverFirst.score).toBeGreaterThanOrEqual(0.7);
    expect(covered(grade("iv-three-way", "SYN from the client, SYN-ACK from the server, and an ACK from the client."))).toEqual(
      expect.arrayContaining(["syn", "syn-ack", "ack"]),
    );
    // With a subject named first, "from" names where the segment came from, not the subject.
    const got = readClaims(prepare("The client gets a FIN from the server.")).claims;
    expect(got.some((c) => c.kind === "segment" && c.actor === "client" && c.rel === "send")).toBe(false);
    expect(got.some((c) => c.kind === "segment" && c.actor === "client" && c.rel === "receive")).toBe(true);
    // The same telling with the client named as sender puts TIME_WAIT on the wrong side.
    expect(
      flagged(
        grade("iv-four-way", "FIN from the client, ACK from the server, FIN from the server, last ACK from the client; the server then waits in TIME_WAIT."),
      ),
    ).toContain("time-wait-on-server");
  });

  it("does not join a side's SYN and its later ACK into a SYN+ACK across the other side's reply", () => {
    for (const text of [
      "The client's syn goes to the server; the server's syn+ack comes back; then the client's ack completes it.",
      "The client sends SYN, the server replies with SYN-ACK, and the client sends ACK.",
    ]) {
      const claims = readClaims(prepare(text)).claims;
      expect(
        claims.some((c) => c.kind === "segment" && c.actor === "client" && c.flags.includes("SYN") && c.flags.includes("ACK")),
        text,
      ).toBe(false);
    }
    // Told in two parts by one side, it still is one: "acknowledges the SYN and sends its own SYN".
    const twoParts = readClaims(prepare("The server acknowledges the client's SYN with an ACK and sends its own SYN.")).claims;
    expect(twoParts.some((c) => c.kind === "segment" && c.actor === "server" && c.flags.includes("SYN") && c.flags.includes("ACK"))).toBe(true);
  });

  it("reads a segment that heads its step as a label as what the step's actor sends", () => {
    for (const text of [
      "Step 1 - SYN: the client asks to open.\nStep 2 - SYN-ACK: the server acknowledges and gives its own number.\nStep 3 - ACK: the client acknowledges.",
      "1) SYN — the client asks to connect\n2) SYN/ACK — the server acknowledges the request\n3) ACK — the client acknowledges the server's SYN",
      "**SYN**: the client starts.\n**SYN+ACK**: the server acknowledges it.\n**ACK**: the client acknowledges that.",
    ])
      expect(covered(grade("iv-three-way", text)), text).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    // Inside a sentence the verb still decides: the server acknowledging a SYN-ACK is not sending one.
    expect(covered(grade("iv-three-way", "Then the server acknowledges the SYN-ACK."))).not.toContain("syn-ack");
  });

  it("does not read the FIN of FIN_WAIT_1 as a FIN sent", () => {
    const g = grade(
      "iv-four-way",
      "- Client state: ESTABLISHED -> FIN_WAIT_1 -> FIN_WAIT_2 -> TIME_WAIT\n- Server state: ESTABLISHED -> CLOSE_WAIT -> LAST_ACK -> CLOSED",
    );
    expect(covered(g)).not.toContain("fin");
    expect(covered(g)).toContain("time-wait");
  });

  it("reads acknowledgements told in the passive or in a relative clause", () => {
    for (const text of [
      "A FIN is sent by the client. It is acknowledged by the server. Then the server's FIN follows, which the client acknowledges. The client then waits 2MSL in TIME-WAIT.",
      "The client sends a FIN, which the server ACKs at once. Later the server sends its FIN; this gets acknowledged by the client, which then waits 2MSL in TIME_WAIT.",
    ])
      expect(covered(grade("iv-four-way", text)), text).toEqual(expect.arrayContaining(["fin", "ack", "second-fin", "last-ack", "time-wait"]));
    // Denied, the passive earns nothing.
    expect(covered(grade("iv-four-way", "The client sends a FIN. It is not acknowledged by the server."))).not.toContain("ack");
  });

  it("counts the words of a case raised as a question to be handled ('What if …?'), but checks no claim in it", () => {
    for (const text of [
      "TIME_WAIT answers two problems. What if the final ACK is lost? Then the peer resends its FIN. What happens if stray segments of the old connection arrive late? They could corrupt a new one, so we wait 2MSL.",
      "Suppose the last ACK gets lost? The server retransmits its FIN. And what if delayed duplicates turn up? Waiting 2MSL lets them expire.",
      "마지막 ACK가 유실되면 어떻게 될까요? 서버가 FIN을 다시 보냅니다. 지연된 패킷이 늦게 도착하면 어떻게 될까요? 2MSL 동안 기다려 사라지게 합니다.",
    ])
      expect(covered(grade("iv-why-time-wait", text)), text).toEqual(expect.arrayContaining(["last-ack-lost", "old-segments"]));
    // A real question asks, it does not answer.
    expect(covered(grade("iv-why-time-wait", "Is it because old segments could arrive late?"))).not.toContain("old-segments");
    // A misconception raised as a case is not stated: no flag.
    expect(flagged(grade("iv-four-way", "What if the server goes into TIME_WAIT? It cannot: only the side that closes first does."))).toEqual([]);
  });

  it("names the side that closed first by the last ACK it sends", () => {
    for (const text of [
      "The side that sends the last ACK stays in TIME_WAIT for 2MSL, in case that ACK is lost and the FIN comes again, and so that old duplicates die out.",
      "The host which sent the final ACK waits twice the MSL: a lost ACK means the FIN is retransmitted, and delayed packets must expire.",
      "TIME_WAIT is kept by the sender of the last ACK for 2MSL. If the ACK is lost the FIN is resent; stale segments also expire.",
    ])
      expect(covered(grade("iv-why-time-wait", text)), text).toEqual(expect.arrayContaining(["active-closer", "two-msl", "last-ack-lost", "old-segments"]));
    // The side that receives the last ACK is the other one: no point for the closer.
    expect(covered(grade("iv-why-time-wait", "The side that receives the last ACK closes at once."))).not.toContain("active-closer");
  });

  it("reads a socket never closed by the application in the words of operators", () => {
    for (const text of [
      "Piles of CLOSE_WAIT mean the peer sent its FIN and our process is not invoking close() on the socket; a descriptor leak. No timer ends it, so fix the code to close on every path. Find it with netstat.",
      "The other side closed first, and the app never gets around to close() on those sockets: a socket leak. CLOSE_WAIT stays forever; fix the code so that close runs in a finally block.",
    ])
      expect(covered(grade("iv-close-wait-leak", text)), text).toContain("app-no-close");
    expect(covered(grade("iv-close-wait-leak", "The application does call close() right away, so there is nothing to fix."))).not.toContain("app-no-close");
  });
});

describe("Korean and English usage shared by both", () => {
  it("tells a case ('…하는 경우에는') with its own subject, not the subject of the case", () => {
    for (const text of [
      "서버가 먼저 FIN을 보내는 경우에는 클라이언트에서 CLOSE_WAIT를 가지게 됩니다.",
      "서버가 먼저 닫는 경우 클라이언트가 CLOSE_WAIT 상태로 남습니다.",
      "서버 쪽에서 먼저 종료하는 경우엔 클라이언트 측이 CLOSE_WAIT이 됩니다.",
    ])
      expect(flagged(grade("iv-close-wait-leak", text, "ko")), text).toEqual([]);
    // The side named in the case itself still holds what the case says of it.
    expect(flagged(grade("iv-four-way", "클라이언트가 먼저 FIN을 보내는 경우에는 서버가 TIME_WAIT 상태가 됩니다.", "ko"))).toContain("time-wait-on-server");
  });

  it("gives a state to no side when its subject is a socket or a connection of no named side", () => {
    for (const [text, locale] of [
      ["클라이언트가 FIN을 보내고 서버가 ACK를 보냈다. 결국 모든 소켓이 CLOSE_WAIT 상태에 빠졌다.", "ko"],
      ["The client sent FIN and the server ACKed. In the end the connections were all stuck in CLOSE_WAIT.", "en"],
    ] as const)
      expect(flagged(grade("iv-four-way", text, locale)), text).toEqual([]);
    // A socket of a named side is that side's.
    expect(flagged(grade("iv-four-way", "클라이언트가 FIN을 보내면 서버는 ACK를 보내고, 서버 소켓은 TIME_WAIT 상태에 머뭅니다.", "ko"))).toContain(
      "time-wait-on-server",
    );
  });

  it("reads the client answering the FIN sent again as the ACK sent again", () => {
    for (const [text, locale] of [
      ["마지막 ACK가 유실되면 서버는 FIN을 다시 전송한다. 이때 클라이언트가 응답할 수 있어야 종료가 끝난다.", "ko"],
      ["마지막 ACK가 사라지면 서버가 FIN을 재전송하고, 클라이언트는 재전송된 FIN에 ACK로 답한다.", "ko"],
      ["If the last ACK is lost, the server sends its FIN again. The client, still in TIME_WAIT, replies to the retransmitted FIN.", "en"],
      ["If the final ACK goes missing the server retransmits the FIN, and the ACK is resent by the client.", "en"],
    ] as const)
      expect(covered(grade("iv-final-ack-lost", text, locale)), text).toEqual(expect.arrayContaining(["fin-retransmit", "re-ack"]));
    // Asked, not answered; and the ACK alone, without the FIN sent again, is no answer to it.
    expect(
      covered(grade("iv-final-ack-lost", "If the last ACK is lost, the server sends its FIN again. Does the client reply to the retransmitted FIN?")),
    ).not.toContain("re-ack");
    expect(covered(grade("iv-final-ack-lost", "마지막 ACK가 유실되면 이때 서버는 FIN을 다시 보낸다.", "ko"))).not.toContain("re-ack");
  });

  it("reads keep-alive as periodic signals that check a link is alive, and HTTP's as transfers over one TCP connection", () => {
    for (const [text, locale] of [
      [
        "TCP keepalive는 주기적으로 작은 신호를 보내 연결이 아직 활성 상태인지 확인한다. HTTP keep-alive는 페이지의 이미지와 파일 전송을 단일 TCP 연결로 처리한다.",
        "ko",
      ],
      ["TCP keepalive는 일정 간격으로 패킷을 보내 연결이 유지되는지 점검합니다. HTTP에서는 동일한 TCP 연결로 여러 요청을 보냅니다.", "ko"],
      [
        "TCP keepalive probes an idle connection to see whether the peer is alive. With HTTP keep-alive, the images and scripts of a page are fetched over a single TCP connection.",
        "en",
      ],
    ] as const)
      expect(covered(grade("iv-keepalive", text, locale)), text).toEqual(expect.arrayContaining(["tcp-probe", "http-persistent"]));
    // A new connection for every file is the opposite.
    expect(covered(grade("iv-keepalive", "HTTP/1.0 opened a new TCP connection for every file transfer.", "en"))).not.toContain("http-persistent");
  });
});

describe("readings the merged rules must keep", () => {
  it("reads 상대 as the same peer when two sentences running start with it", () => {
    for (const text of [
      "1. 먼저 닫는 쪽이 FIN을 보내고 FIN_WAIT_1이 된다. 2. 상대는 ACK를 보내고 CLOSE_WAIT가 된다. 3. 상대도 FIN을 보내고 LAST_ACK가 된다. 4. 먼저 닫은 쪽이 마지막 ACK를 보내고 TIME_WAIT에서 2MSL을 기다린다.",
      "클라이언트가 FIN을 보낸다. 상대방은 ACK로 답하고 CLOSE_WAIT에 들어간다. 상대방은 남은 데이터를 보낸 뒤 FIN을 보내고 LAST_ACK가 된다.",
    ]) {
      const g = grade("iv-four-way", text, "ko");
      expect(flagged(g), text).toEqual([]);
      expect(covered(g), text).toEqual(expect.arrayContaining(["fin", "second-fin"]));
    }
    // The other of a side named in the sentence before still turns: the server's peer is the client.
    expect(flagged(grade("iv-four-way", "서버가 먼저 FIN을 보낸다. 상대는 ACK를 보내고 CLOSE_WAIT가 된다.", "ko"))).toEqual([]);
  });

  it("reads 'ACK with ack number y+1' as one ACK that carries its number", () => {
    for (const text of [
      "The client sends SYN. The server replies SYN-ACK. The client sends ACK with ack number y + 1.",
      "The client sends SYN. The server replies SYN-ACK. The client sends an ACK with ack no. y+1.",
    ])
      expect(covered(grade("iv-three-way", text)), text).toEqual(expect.arrayContaining(["ack", "plus-one"]));
    // Two flags joined by "with" are still one segment when the second is a flag, not a field.
    expect(covered(grade("iv-three-way", "The client sends SYN. The server replies with SYN with ACK. The client sends ACK."))).toEqual(
      expect.arrayContaining(["syn-ack"]),
    );
  });
});
