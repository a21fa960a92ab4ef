import { describe, expect, it } from "vitest";
import { covered, expectClean, expectFlag, flagged, grader } from "./rubrics.fixture";
import { readClaims } from "./claims/extract";
import { prepare } from "./claims/text";

const grade = grader("by-script");

/**
 * Reading steps that real answers lean on and the grader used to miss: a definition line names its
 * topic once before a colon or a dash; a Korean sentence strings several predicates into one
 * clause, each with its own negation; a role noun carries its own particle.
 */
describe("definition lines: the term before the colon or dash is what the line says", () => {
  it("flags a wrong definition whose side is named only in a later clause, in both languages", () => {
    expectFlag("iv-four-way", "TIME_WAIT: 마지막 ACK를 보낸 뒤 서버가 2MSL 동안 기다리는 상태", "time-wait-on-server");
    expectFlag("iv-four-way", "- TIME-WAIT - after the last ACK, the server waits for 2MSL.", "time-wait-on-server");
    expectFlag("iv-four-way", "LAST_ACK: FIN을 보낸 뒤, 클라이언트가 ACK를 기다리는 상태", "wrong-state-for-side");
    // A side named in a clause of time ("…보낸 뒤") is not the one the definition is about.
    expectFlag("iv-four-way", "FIN_WAIT_2: 클라이언트가 ACK를 받은 뒤 서버가 FIN을 기다리는 상태", "wrong-state-for-side");
    expectClean("iv-four-way", "FIN_WAIT_2: 서버가 ACK를 보낸 뒤 클라이언트가 서버의 FIN을 기다리는 상태");
  });

  it("gives the defined state to a 2MSL wait told without naming one", () => {
    expectFlag("iv-four-way", "CLOSE_WAIT: 마지막 ACK를 보낸 뒤 2MSL 동안 기다리는 상태", "two-msl-outside-time-wait");
    expectFlag("iv-four-way", "* FIN_WAIT_2 - the client got the ACK of its FIN, and it waits 2MSL here.", "two-msl-outside-time-wait");
  });

  it("leaves correct definition lists unflagged", () => {
    expectClean(
      "iv-four-way",
      [
        "종료 과정의 상태",
        "- FIN_WAIT_1: 클라이언트가 FIN을 보낸 후 ACK를 기다리는 상태",
        "- FIN_WAIT_2: 서버의 ACK를 받고, 서버의 FIN을 기다리는 상태",
        "- CLOSE_WAIT: 서버가 클라이언트의 FIN을 받고, ACK를 보낸 뒤 애플리케이션이 close할 때까지 대기하는 상태",
        "- LAST_ACK: 서버가 FIN을 보내고 마지막 ACK를 기다리는 상태",
        "- TIME_WAIT: 마지막 ACK를 보낸 뒤, 클라이언트가 2MSL 동안 기다리는 상태",
      ].join("\n"),
    );
    expectClean(
      "iv-four-way",
      [
        "States of the close:",
        "* FIN-WAIT-2 - having got that ACK, the client waits for the server's FIN.",
        "* CLOSE-WAIT - the server has ACKed the FIN and waits until its application closes.",
        "* TIME-WAIT - after sending the final ACK, the client waits 2MSL before CLOSED.",
      ].join("\n"),
    );
  });

  it("binds no side where the line's main clauses name two", () => {
    // Both sides are subjects: the line does not say which one holds TIME_WAIT.
    const g = grade("iv-four-way", "TIME_WAIT: 마지막 ACK가 도착하면, 서버는 닫히고 클라이언트는 2MSL 동안 기다린다");
    expect(flagged(g)).toEqual([]);
    const claims = readClaims(prepare("TIME_WAIT - the server closes, and the client waits for 2MSL.")).claims;
    expect(claims.find((c) => c.kind === "state")?.actor ?? null).toBe(null);
  });
});

describe("a Korean negation denies only its own predicate", () => {
  it("does not let a later predicate's negation take back an earlier claim", () => {
    expectFlag("iv-time-wait-buildup", "TIME_WAIT 소켓이 파일 디스크립터를 차지해 한도에 걸려 새 연결을 못 엽니다.", "time-wait-holds-fd");
    expectFlag("iv-time-wait-buildup", "TIME_WAIT 소켓이 fd를 점유해 새 소켓을 만들지 못합니다.", "time-wait-holds-fd");
    // The earlier predicate denied, the later one asserted.
    const claims = readClaims(prepare("서버가 FIN을 받지 못해 클라이언트는 FIN_WAIT_1에 머뭅니다.")).claims;
    expect(claims.find((c) => c.kind === "segment")?.negated).toBe(true);
    expect(claims.find((c) => c.kind === "state")?.negated).toBe(false);
  });

  it("keeps a denial with the predicate it ends, auxiliaries included", () => {
    expectClean("iv-time-wait-buildup", "TIME_WAIT 소켓은 fd를 잡고 있지 않아 fd 한도와 상관없고, 로컬 포트가 부족해질 수 있습니다.");
    const wait = readClaims(prepare("클라이언트는 2MSL을 기다리지 않아 바로 CLOSED가 됩니다.")).claims.find((c) => c.kind === "wait");
    expect(wait?.negated).toBe(true);
    // A state set as the scene is not what the verb after it denies: the model answer stays clean.
    expectClean("iv-final-ack-lost", "서버는 LAST_ACK에서 ACK를 받지 못해 FIN을 재전송합니다. TIME_WAIT의 클라이언트가 다시 ACK합니다.");
  });
});

describe("a role noun keeps its particle outside the name", () => {
  it("reads 수동 종료자가 and 능동 종료자는 as subjects", () => {
    expectFlag("iv-four-way", "수동 종료자가 마지막 ACK를 보내고 TIME_WAIT 상태로 2MSL 동안 머뭅니다.", "time-wait-on-server");
    expectClean("iv-four-way", "능동 종료자는 마지막 ACK를 보내고 TIME_WAIT 상태로 2MSL 동안 머뭅니다.");
    const r = readClaims(prepare("수동 종료자가 FIN을 보낸다.")).clauses[0]!;
    expect(r.subject).toBe("second");
  });
});

describe("a sentence that points back is about what the one before it named", () => {
  it("carries the SYN flood of the sentence before to '이 공격은' and 'This attack'", () => {
    expectFlag("iv-handshake-loss", "SYN Flooding은 대표적인 DoS 공격입니다. 이 공격은 서버의 accept 큐를 가득 채워 버립니다.", "syn-flood-fills-accept-queue");
    expectFlag("iv-handshake-loss", "A SYN flood is a classic DoS attack. This attack fills up the server's accept queue.", "syn-flood-fills-accept-queue");
  });

  it("does not carry it to a sentence that does not point back, nor flag the right queue", () => {
    expectClean("iv-handshake-loss", "SYN Flooding은 대표적인 DoS 공격입니다. 애플리케이션이 accept()를 늦게 하면 accept 큐가 가득 찹니다.");
    expectClean("iv-handshake-loss", "A SYN flood is a classic DoS attack. This attack fills the SYN queue with half-open attempts.");
  });
});

describe("a negation of another predicate in the sentence does not take a claim back", () => {
  it("flags the claim when only its consequence is negated", () => {
    expectFlag("iv-handshake-loss", "SYN flooding fills the accept queue, so the server cannot take new connections.", "syn-flood-fills-accept-queue");
    expectFlag("iv-handshake-loss", "SYN Flooding은 accept 큐를 가득 채워 서버가 새 연결을 받을 수 없게 합니다.", "syn-flood-fills-accept-queue");
  });

  it("still takes back the claim its own predicate denies", () => {
    expectClean("iv-handshake-loss", "SYN flooding does not fill the accept queue; it fills the SYN queue.");
    expectClean("iv-handshake-loss", "SYN Flooding은 accept 큐를 채우지 않고 SYN 큐를 채웁니다.");
    expectClean("iv-handshake-loss", "TCP keepalive is not turned on by default; each socket asks for it with SO_KEEPALIVE.");
    // "-고 있지 않다": the auxiliary and its negation belong to the verb before them.
    expectClean("iv-time-wait-buildup", "TIME_WAIT 소켓은 fd를 잡고 있지 않습니다.");
  });
});

describe("a check's topic is carried to a sentence that points back to it", () => {
  it("reads '이 상태의 소켓은' and 'These sockets' as the state named last before, over one the sentence compares", () => {
    expectFlag(
      "iv-four-way",
      "FIN_WAIT_2를 지나 클라이언트는 TIME_WAIT에 들어갑니다. 이 상태의 소켓은 FIN_WAIT_2 소켓처럼 fd를 계속 차지합니다.",
      "time-wait-holds-fd",
    );
    expectFlag(
      "iv-four-way",
      "The client leaves FIN_WAIT_2 and enters TIME_WAIT. These sockets keep holding a file descriptor, as FIN_WAIT_2 sockets do.",
      "time-wait-holds-fd",
    );
  });

  it("does not give the carried topic to a state that is not it", () => {
    expectClean("iv-four-way", "The client enters FIN_WAIT_2. These sockets keep holding a file descriptor while the application has not closed them.");
    expectClean("iv-four-way", "서버는 FIN을 받고 CLOSE_WAIT에 들어갑니다. 이 상태의 소켓은 close()를 부르기 전까지 fd를 계속 차지합니다.");
  });
});

describe("an English clause that opens with a pronoun has it as its subject", () => {
  it("does not give the step to a side named in a relative clause after it", () => {
    const claims = readClaims(prepare("The server never gets an ACK, so it resends the FIN, which the client in TIME_WAIT acknowledges again.")).claims;
    const resent = claims.find((c) => c.kind === "segment" && c.rel === "retransmit");
    expect(resent?.actor).toBe("server");
    expectClean("iv-final-ack-lost", "The server never gets an ACK, so it resends the FIN, which the client in TIME_WAIT acknowledges again.");
  });

  it("keeps the side a cleft or a passive names", () => {
    expectFlag("iv-four-way", "The client sends the first FIN. It is the server that ends up in TIME_WAIT.", "time-wait-on-server");
    const claims = readClaims(prepare("A FIN is sent by the client. It is acknowledged by the server.")).claims;
    expect(claims.find((c) => c.kind === "segment" && c.reading.sentence === 1)?.actor).toBe("server");
  });
});

describe("an English subject comes before its clause's verb", () => {
  it("does not take a side named after the verb, in a clause it governs, as the subject", () => {
    expectClean(
      "iv-why-time-wait",
      "One side sends the final ACK and then waits in TIME_WAIT for a while, to be sure that the other end got that ACK and will not send its FIN again.",
    );
    const claims = readClaims(prepare("One end waits in TIME_WAIT until it is sure that the peer received the ACK.")).claims;
    expect(claims.find((c) => c.kind === "state")?.actor ?? null).toBe(null);
  });

  it("still reads the subject before the verb, and after an opening subordinate clause", () => {
    expectFlag(
      "iv-four-way",
      "The client sends the first FIN. The server sends the last ACK and waits in TIME_WAIT to be sure that the client got it.",
      "time-wait-on-server",
    );
    const claims = readClaims(prepare("The client sends a FIN. When it gets that FIN the server replies with an ACK.")).claims;
    expect(claims.find((c) => c.kind === "segment" && c.flags.join() === "ACK")?.actor).toBe("server");
  });
});

describe("TIME_WAIT said to hold a pair of addresses and ports, not a port", () => {
  it("leaves the pair unflagged and still flags the port", () => {
    expectClean(
      "iv-time-wait-buildup",
      "A socket in TIME_WAIT ties up its source and destination address and port pair, so that exact pair cannot be reused for a minute.",
    );
    expectClean("iv-time-wait-buildup", "TIME_WAIT 소켓은 출발지와 목적지의 IP와 포트 쌍을 잡고 있어서, 그 조합의 포트는 잠시 재사용할 수 없습니다.");
    expectFlag("iv-time-wait-buildup", "Piles of TIME_WAIT sockets block the server's listening port, so new clients are refused.", "time-wait-blocks-port");
    expectFlag("iv-time-wait-buildup", "TIME_WAIT 소켓이 쌓이면 서버 포트가 막혀서 새 연결을 받을 수 없습니다.", "time-wait-blocks-port");
  });
});

describe("a segment that heads its step line is the segment the line's side sends", () => {
  it("reads the label as sent by the side the line is about, in both languages", () => {
    for (const text of [
      [
        "1) SYN : 클라이언트가 자기 초기 시퀀스 번호를 담아 SYN을 서버로 보낸다.",
        "2) SYN+ACK : 서버는 그 SYN을 수신하고, 자기 초기 시퀀스 번호와 확인 번호 x+1을 함께 보낸다.",
        "3) ACK : 클라이언트는 확인 번호 y+1을 담아 ACK를 보낸다.",
      ].join("\n"),
      [
        "Step 1 - SYN: the client picks its initial sequence number and sends it to the server.",
        "Step 2 - SYN-ACK: the server receives that segment and replies with its own sequence number and ack = x+1.",
        "Step 3 - ACK: the client sends ack = y+1.",
      ].join("\n"),
    ]) {
      const g = grade("iv-three-way", text);
      expect(covered(g), text).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
      expect(g.mistakes, text).toEqual([]);
    }
  });

  it("does not give the label to a side that only receives it and sends another segment", () => {
    const claims = readClaims(prepare("2. SYN-ACK: 클라이언트는 이를 받고 ACK를 보낸다.")).claims;
    expect(claims.some((c) => c.kind === "segment" && c.actor === "client" && c.rel === "send" && c.flags.includes("SYN"))).toBe(false);
    const en = readClaims(prepare("SYN-ACK: the client gets it and answers with an ACK.")).claims;
    expect(en.some((c) => c.kind === "segment" && c.actor === "client" && c.rel === "send" && c.flags.includes("SYN"))).toBe(false);
  });
});

describe("an English noun of a verb reads as that verb", () => {
  it("reads 'the retransmission of the SYN' and 'retransmissions for the SYN' as the SYN retransmitted", () => {
    for (const text of [
      "A lost SYN is handled by the client's timer: each retransmission of the SYN waits twice as long as the one before.",
      "Implementations cap the number of retransmissions for the first SYN segment.",
    ])
      expect(covered(grade("iv-handshake-loss", text)), text).toContain("syn-retransmit");
  });

  it("keeps the nearest verb: a retransmission timer started when the SYN is sent is no retransmission", () => {
    const claims = readClaims(prepare("The client starts a retransmission timer when it sends the SYN.")).claims;
    const seg = claims.find((c) => c.kind === "segment");
    expect(seg?.kind === "segment" ? seg.rel : null).toBe("send");
  });
});

describe("a table row is read under the header of its column", () => {
  const table = (rows: string[]) => ["| 구분 | TCP | UDP |", "|---|---|---|", ...rows].join("\n");
  it("reads a cell under the UDP column as about UDP, in both languages", () => {
    expect(covered(grade("iv-tcp-vs-udp", table(["| 연결 | 3-way handshake로 연결을 맺음 | 연결 설정 없이 바로 전송 |"])))).toContain("no-handshake");
    expect(covered(grade("iv-tcp-vs-udp", ["| | TCP | UDP |", "|---|---|---|", "| Setup | three-way handshake | no handshake at all |"].join("\n")))).toContain(
      "no-handshake",
    );
  });

  it("does not lend the UDP header to a cell in another column", () => {
    expect(
      covered(grade("iv-tcp-vs-udp", ["| | UDP | TCP |", "|---|---|---|", "| Ordering | not kept | kept, no handshake skipped |"].join("\n"))),
    ).not.toContain("no-handshake");
    expect(covered(grade("iv-tcp-vs-udp", table(["| 연결 | 연결 설정 없이 바로 전송하지 않음 | 비연결 |"])))).toContain("no-handshake");
  });

  it("reads a row shorter than its header by the cells it has, with no cell for the column it left out", () => {
    // The UDP cell is missing: nothing in the row is said of UDP, and grading the row does not fail.
    expect(covered(grade("iv-tcp-vs-udp", table(["| 연결 | 3-way handshake로 연결을 맺음 |"])))).not.toContain("no-handshake");
    expect(covered(grade("iv-tcp-vs-udp", table(["| 연결 | 3-way handshake로 연결을 맺음 |", "| 설정 | 핸드셰이크 | 연결 설정 없이 바로 전송"])))).toContain(
      "no-handshake",
    );
  });
});

describe("rubric words in the forms real answers use", () => {
  it("reads a TCP probe told as telling whether the connection broke (끊어졌는지 알려)", () => {
    expect(covered(grade("iv-keepalive", "TCP keepalive는 연결이 끊어졌는지 작은 패킷을 보내 알려 주는 기능입니다."))).toContain("tcp-probe");
    expect(covered(grade("iv-keepalive", "HTTP keep-alive는 연결이 끊어지지 않게 잠시 유지합니다."))).not.toContain("tcp-probe");
  });

  it("reads a 60-second period said to be mandated as fixed", () => {
    expect(covered(grade("iv-time-wait-buildup", "The kernel keeps each TIME_WAIT socket for the mandated 60-second period."))).toContain("fixed-length");
    expect(covered(grade("iv-time-wait-buildup", "Our health check ran on a 60-second schedule."))).not.toContain("fixed-length");
  });
});

describe("a segment waited for is one to be received", () => {
  it("does not read 'FIN을 보내고 ACK를 기다린다' or 'sends its FIN and waits for the ACK' as sending the ACK", () => {
    for (const text of ["클라이언트가 FIN을 보내고 ACK를 기다리는 상태", "The client sends its FIN and waits for the ACK."]) {
      const ack = readClaims(prepare(text)).claims.find((c) => c.kind === "segment" && c.flags.join() === "ACK");
      expect(ack?.kind === "segment" ? ack.rel : null, text).toBe("receive");
    }
  });

  it("keeps the order of a state list that says who waits for which ACK", () => {
    const g = grade(
      "iv-four-way",
      [
        "- FIN_WAIT_1: 클라이언트가 FIN을 보내고, ACK를 기다리는 상태",
        "- CLOSE_WAIT: 서버가 ACK를 보내고 애플리케이션의 close()를 기다리는 상태",
        "- LAST_ACK: 서버가 FIN을 보내고, 마지막 ACK를 기다리는 상태",
        "- TIME_WAIT: 클라이언트가 마지막 ACK를 보낸 뒤 2MSL 동안 머무는 상태",
      ].join("\n"),
    );
    expect(g.mistakes).toEqual([]);
    // A segment sent after a wait is still sent.
    const sent = readClaims(prepare("서버는 잠시 기다린 뒤 FIN을 보낸다.")).claims.find((c) => c.kind === "segment");
    expect(sent?.kind === "segment" ? sent.rel : null).toBe("send");
  });
});

describe("a packet named by its flag is a control segment, not data", () => {
  it("does not read waiting for a late FIN packet as waiting for data, in both languages", () => {
    expectClean("iv-why-time-wait", "TIME_WAIT is there to wait for any late FIN packet that the server may retransmit, and to ACK it again.");
    expectClean("iv-why-time-wait", "TIME_WAIT 동안 클라이언트는 서버가 다시 보낼 수 있는 늦은 FIN 패킷을 기다렸다가 다시 ACK합니다.");
    expectFlag("iv-why-time-wait", "TIME_WAIT exists so that the client can wait for the remaining data packets from the server.", "time-wait-waits-for-data");
  });
});

describe("'X라는 상태는 …' defines the state rather than naming its holder", () => {
  it("does not give CLOSE_WAIT to the side a definition says closed first", () => {
    expectClean("iv-close-wait-leak", "CLOSE_WAIT라는 상태는 클라이언트는 연결을 끊었지만 서버는 아직 끊지 않았을 때를 말합니다.");
    expectClean("iv-close-wait-leak", "CLOSE_WAIT 이라는 상태는 클라이언트에서는 연결을 끊었지만 서버에서는 아직 끊지 않은 때를 가리킵니다.");
    // A definition by who enters it still binds: "…가 들어가는 상태".
    expectFlag("iv-four-way", "TIME_WAIT라는 상태는 서버가 마지막 ACK를 보내고 들어가는 상태입니다.", "time-wait-on-server");
  });
});

describe("an English negation governs up to the next conjunction", () => {
  it("does not deny what comes after 'but', 'because' or 'so'", () => {
    const g = grade(
      "iv-four-way",
      "The client sends FIN, the server ACKs it and later sends its own FIN; the client doesn't close right away but waits in TIME_WAIT for 2MSL after the last ACK.",
    );
    expect(covered(g)).toContain("time-wait");
    expectFlag("iv-four-way", "The client sends the first FIN. The server doesn't close at once but waits in TIME_WAIT for 2MSL.", "time-wait-on-server");
  });

  it("still denies what it governs, and 'not only' denies nothing", () => {
    expectClean("iv-four-way", "The client sends the first FIN. The server does not enter TIME_WAIT, and it closes after the last ACK.");
    expectClean("iv-four-way", "The client sends the first FIN. The server never waits in TIME_WAIT for 2MSL.");
    expectFlag("iv-four-way", "The client sends the first FIN. Not only the client, the server too waits in TIME_WAIT for 2MSL.", "time-wait-on-server");
  });
});

describe("the side that starts the close closes first", () => {
  it("reads 'initiates the close' and '연결 종료를 요청하면' as the first closer", () => {
    expectClean("iv-why-time-wait", "If the server initiates the close, it is the server that ends up in TIME_WAIT.");
    expectClean("iv-why-time-wait", "서버가 연결 종료를 먼저 요청하면 서버가 FIN_WAIT_1을 거쳐 TIME_WAIT에 들어갑니다.");
    expectFlag("iv-why-time-wait", "If the client initiates the close, it is the server that ends up in TIME_WAIT.", "time-wait-on-server");
  });

  it("does not read a request received as one made", () => {
    expectClean(
      "iv-four-way",
      "서버가 클라이언트로부터 연결 종료를 요청받으면 ACK를 보내고 CLOSE_WAIT가 됩니다. 클라이언트는 마지막 ACK를 보낸 뒤 TIME_WAIT에서 2MSL 기다립니다.",
    );
  });
});

describe("a close requested is every side's FIN, not the first closer's", () => {
  it("keeps the client as first closer under a step label '서버 연결 해제 요청'", () => {
    expectClean(
      "iv-four-way",
      [
        "1. FIN : 클라이언트 연결 해제 요청",
        "클라이언트가 FIN을 보내고 FIN_WAIT_1이 된다.",
        "2. ACK : 서버가 ACK를 보내고 CLOSE_WAIT가 된다.",
        "3. FIN : 서버 연결 해제 요청",
        "서버가 FIN을 보내고 LAST_ACK가 된다.",
        "4. ACK : 클라이언트가 ACK를 보내고 TIME_WAIT에서 2MSL을 기다린다.",
      ].join("\n"),
    );
  });
});

describe("a possessive is a word like any other between a check's words", () => {
  it("reads 'records the attackers' IP addresses' and keeps its denial", () => {
    expectFlag(
      "iv-handshake-loss",
      "SYN cookies are the usual defence. This technique records the attackers' IP addresses and blocks them.",
      "syn-cookies-record-ips",
    );
    expectClean("iv-handshake-loss", "SYN cookies are the usual defence. This technique does not record the attackers' IP addresses.");
    expectClean("iv-syn-flood", "A firewall can log the attackers' IP addresses; SYN cookies themselves keep no state, they hash the addresses into the ISN.");
  });
});
