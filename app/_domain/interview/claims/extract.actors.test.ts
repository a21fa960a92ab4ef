import { describe, expect, it } from "vitest";
import { expectClean, expectFlag } from "../rubrics.fixture";
import { readClaims } from "./extract";
import { prepare } from "./text";

/**
 * How extract.ts finds the sides of a clause and what it sets aside: contrasts blanked out ("X가
 * 아니라", "X 대신", "rather than X", "not X but"), a SYN+ACK told in two parts, a phone call told
 * as dialogue. Written where a mutation run showed no test held the rule.
 */
const read = (text: string) => readClaims(prepare(text));
const claims = (text: string) =>
  read(text).claims.map((c) => [
    c.kind === "segment" ? `${c.rel} ${c.flags.join("+")}` : c.kind === "state" ? c.state : `wait ${c.state}`,
    c.actor,
    !!c.negated,
  ]);

describe("a Korean side marked 은/는 before the side a contrast sets aside", () => {
  const close = "클라이언트가 FIN을 보내고 서버는 ACK를 보낸다. 서버도 FIN을 보내고 클라이언트는 ACK를 보낸다. ";

  it("is the subject, not part of what is set aside", () => {
    // It was blanked with the set-aside side: the clause lost its subject and the reverse passed.
    expect(claims("클라이언트는 서버 대신 TIME_WAIT 상태에 들어간다.")).toEqual([["TIME-WAIT", "client", false]]);
    expect(claims("먼저 닫은 클라이언트는 서버가 아니라 TIME_WAIT에 들어간다.")).toEqual([["TIME-WAIT", "client", false]]);
    expect(claims("서버는 클라이언트 대신에 TIME_WAIT에 들어간다.")).toEqual([["TIME-WAIT", "server", false]]);
    expect(claims("A는 B 대신 TIME_WAIT에 들어간다.")).toEqual([["TIME-WAIT", "client", false]]);
  });

  it("passes a correct answer and flags its reverse", () => {
    for (const id of ["iv-four-way", "iv-why-time-wait"]) {
      expectClean(id, `${close}클라이언트는 서버 대신 TIME_WAIT 상태에 들어간다.`);
      expectClean(id, `${close}먼저 닫은 클라이언트는 서버가 아니라 TIME_WAIT에 들어간다.`);
      expectFlag(id, `${close}서버는 클라이언트 대신 TIME_WAIT에 들어간다.`, "time-wait-on-server");
      expectFlag(id, `${close}서버는 클라이언트가 아니라 TIME_WAIT에 들어간다.`, "time-wait-on-server");
    }
  });

  it("before 대신 is the subject when marked 이/가 too", () => {
    expect(claims("서버가 클라이언트 대신 TIME_WAIT에 들어간다.")).toEqual([["TIME-WAIT", "server", false]]);
    expect(claims("클라이언트가 FIN 대신 RST를 보낸다.")).toEqual([["send RST", "client", false]]);
  });

  it("before 아니라 is not taken from a side marked 가 that belongs to the set-aside words", () => {
    // "서버가 보낸 FIN이 아니라": the server only sent the FIN set aside; it receives nothing here.
    expect(claims("클라이언트는 서버가 보낸 FIN이 아니라 RST를 받는다.")).toEqual([["receive RST", "client", false]]);
  });
});

describe("a SYN+ACK told in two parts", () => {
  const synAcks = (text: string) => read(text).claims.flatMap((c) => (c.kind === "segment" && c.flags.join("+") === "SYN+ACK" ? [c] : []));

  it("is one SYN+ACK of the side that acknowledges the SYN and sends its own SYN in the same sentence", () => {
    const [s, ...more] = synAcks("The server acknowledges the client's SYN and sends its own SYN.");
    expect(more).toEqual([]);
    expect([s?.actor, s?.rel, s?.at]).toEqual(["server", "send", 37]);
    // Its places are the ACK's and the SYN's, so a grade can point at both.
    expect(s?.spans).toEqual([
      [37, 40],
      [11, 23],
      [4, 10],
      [59, 62],
      [45, 50],
      [4, 10],
    ]);
  });

  it("is there when the side sends an ACK and, in the next sentence, its own ISN, in English and in Korean", () => {
    expect(claims("The server sends an ACK. The server sends its own initial sequence number.").at(-1)).toEqual(["send SYN+ACK", "server", false]);
    expect(claims("The server sends an ACK. The server picks its own random ISN.").at(-1)).toEqual(["send SYN+ACK", "server", false]);
    expect(claims("The server mentions ACK and its own seq.").at(-1)).toEqual(["send SYN+ACK", "server", false]);
    expect(claims("서버는 ACK를 보낸다. 서버는 스스로 임의의 시퀀스 번호를 정한다.").at(-1)).toEqual(["send SYN+ACK", "server", false]);
    expect(claims("서버는 ACK를 보낸다. 서버는 자체 seq를 정한다.").at(-1)).toEqual(["send SYN+ACK", "server", false]);
    // The ISN's clause is the second part of the SYN+ACK's place.
    expect(synAcks("서버는 ACK를 보낸다. 서버는 자신의 ISN을 보낸다.")[0]?.spans.at(-1)).toEqual([23, 56]);
  });

  it("is the first side's only, once, when a later sentence tells the other side's ACK", () => {
    expect(synAcks("서버는 ACK를 보낸다. 서버는 자신의 ISN을 보낸다. 클라이언트는 ACK를 보낸다.").map((c) => c.actor)).toEqual(["server"]);
    expect(synAcks("The server sends an ACK and its own ISN. The server sends an ACK and its own ISN.")).toHaveLength(1);
  });

  it("is not there when the other side's segment comes between, the ISN is the other side's, or a sentence is between", () => {
    expect(synAcks("The server sends an ACK. The client sends a SYN. The server sends its own SYN.")).toEqual([]);
    expect(synAcks("The client sends a SYN, the server sends an ACK, then the client sends an ACK.")).toEqual([]);
    expect(synAcks("서버는 ACK를 보낸다. 클라이언트는 자신의 ISN을 보낸다.")).toEqual([]);
    expect(synAcks("The server sends an ACK, and the client sends its own ISN.")).toEqual([]);
    expect(synAcks("The server sends an ACK. Next. Later the server sends its own ISN.")).toEqual([]);
    // The SYN is looked for in the ACK's sentence and the next, not in the one before.
    expect(synAcks("The server sends a SYN. The server sends an ACK.")).toEqual([]);
  });

  it("is the client's too, and is there with the other side's segments before and after it", () => {
    expect(synAcks("클라이언트는 ACK를 보내고 자신의 ISN을 보낸다.").map((c) => c.actor)).toEqual(["client"]);
    expect(synAcks("The client sends a SYN. The server sends an ACK, then it sends a SYN. The client then sends an ACK.").map((c) => c.actor)).toEqual([
      "server",
    ]);
  });

  it("is not an ACK sent twice", () => {
    expect(synAcks("The server sends an ACK. The server sends an ACK.")).toEqual([]);
  });

  it("is at the first of its two parts", () => {
    expect(synAcks("The server sends its SYN and acknowledges the client's SYN.").map((c) => [c.actor, c.at])).toEqual([["server", 21]]);
  });

  it("is there with a state of the other side's told between: only a segment of the other side parts the two", () => {
    expect(synAcks("The server sends an ACK, the client is in SYN_SENT, and the server sends a SYN.").map((c) => c.actor)).toEqual(["server"]);
  });

  it("is not there for an ACK of a FIN, or a side named by its role, not as client or server", () => {
    expect(synAcks("The server acknowledges the client's FIN with its own sequence number.")).toEqual([]);
    expect(synAcks("The other side sends an ACK and its own ISN.")).toEqual([]);
  });

  it("is not there when the SYN or the ISN is denied, or its own ISN is told in a clause of the other side only", () => {
    expect(synAcks("The server sends an ACK but does not send a SYN.")).toEqual([]);
    expect(synAcks("The server sends an ACK. The server does not send its own ISN.")).toEqual([]);
    expect(synAcks("서버는 ACK를 보낸다. 서버는 기다린다. 클라이언트는 자신의 ISN을 보낸다.")).toEqual([]);
  });

  it("is not there when the ACK is denied, or sent by both sides", () => {
    expect(synAcks("The server does not send an ACK. The server sends its own ISN.")).toEqual([]);
    expect(synAcks("The server does not send an ACK. The server sends a SYN.")).toEqual([]);
    expect(synAcks("Both sides send an ACK and their own ISN.")).toEqual([]);
  });
});

describe("a phone call told as dialogue, once a speaker's line is there", () => {
  const reported = (text: string) => read(text).clauses.map((c) => c.reported);

  it("takes back the lines of every speaker named, a bullet before the name too", () => {
    expect(reported("나: 안녕\n너: 응\n친구: 응\n엄마: 응\n철수: 응\nAlice: hi\n* Bob: hi\n• Bob: hi\n- A : hi")).toEqual(Array(9).fill(true));
    expect(reported("A: 여보세요?")).toEqual([true]);
  });

  it("takes back a sentence after it that speaks of A or B, a voice, a phone or a call, but no side of TCP", () => {
    expect(reported("A: 여보세요?\nB: 네.\n목소리가 들린다.\n통화가 된다.\nThe phone rings.\nHe hears it.\nThe call ends.")).toEqual(Array(7).fill(true));
    expect(reported("A: hello\nA: hello again\nThen B speaks.")).toEqual([true, true, true]);
  });

  it("leaves to be read a sentence that names A or B only inside a word, or names no speaker", () => {
    expect(reported("A: hello\nA: hello again\nAB test now.\nBob is happy.\nAlso Bart is there.")).toEqual([true, true, false, false, false]);
  });

  it("leaves to be read a line or a sentence that names a state, by its name with an underscore, or a side of TCP", () => {
    expect(reported("Alice: hi\nAlice: SYN_SENT\nAlice: X_Y\nAlice: ABC_DEF")).toEqual([true, false, true, false]);
    expect(reported("A: hi\nNow A sends a packet.\nNow B is in CLOSE_WAIT.\nNow A is in ABCD_EFGH.\nNow A has aB.")).toEqual([true, false, false, false, true]);
    expect(claims("A: 여보세요?\nB: 네.\n그러면 A는 안심한다.\nA는 이제 TIME_WAIT이다.")).toEqual([["TIME-WAIT", "client", false]]);
  });
});

describe("a side set aside by a contrast", () => {
  const state = (text: string) => claims(text).map(([s, actor]) => `${s} ${actor}`);

  it("is blanked after 'instead of' and 'rather than', up to three words or a mark", () => {
    expect(state("Instead of the server, the client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("Rather than the server the client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client rather than the server enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client, instead of the server enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("Instead of the server. The client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
  });

  it("is blanked between 'not' and 'but', and 'not' alone sets aside nothing", () => {
    expect(state("It is not the server but the client that enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("It is not server but client that enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(claims("The server does not enter TIME_WAIT.")).toEqual([["TIME-WAIT", "server", true]]);
  });

  it("is blanked between commas after 'not', and only there", () => {
    expect(state("Client, not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client,not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client , not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client and not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    // Spaces doubled around 'and' put the comma out of the few letters looked at before 'not'.
    expect(state("The client,  and not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client,   and  not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    // With no comma after it, 'not' denies the clause.
    expect(claims("The client, not the server enters TIME_WAIT.")).toEqual([["TIME-WAIT", "server", true]]);
  });

  it("is blanked before 아니라, 아니고 and 대신(에), with the words of its own phrase, and not past a mark", () => {
    expect(state("서버가 아니고 클라이언트가 TIME_WAIT에 들어간다.")).toEqual(["TIME-WAIT client"]);
    expect(state("서버 대신에, 클라이언트가 TIME_WAIT에 들어간다.")).toEqual(["TIME-WAIT client"]);
    expect(state("TIME_WAIT에는 서버 측 소켓이 아니라 클라이언트가 들어간다.")).toEqual(["TIME-WAIT client"]);
    expect(state("TIME_WAIT에는 서버 측 소켓 대신 클라이언트가 들어간다.")).toEqual(["TIME-WAIT client"]);
    expect(state("클라이언트가 들어간다. 서버가 아니라 TIME_WAIT에.")).toEqual(["TIME-WAIT client"]);
    // Three words at most: the side of the clause before them is read.
    expect(state("FIN을 보낸 뒤 클라이언트가 들어가는 상태는 CLOSE_WAIT가 아니라 TIME_WAIT다.").at(-1)).toEqual("TIME-WAIT client");
  });
});

describe("the sides named in a clause", () => {
  const actors = (text: string) => read(text).clauses.map((c) => c.actors.map((a) => [a.actor, a.role, a.span]));

  it("are each named once, by the first pattern that reads them, when two patterns read the same words", () => {
    // "FIN을 보내는 쪽" alone is the side that closes first; with 나중에 it is the one that closes second.
    expect(actors("나중에 FIN을 보내는 쪽은 LAST_ACK 상태가 된다.")).toEqual([[["second", "subject", [0, 26]]]]);
    expect(actors("FIN을 나중에 보내는 쪽은 LAST_ACK 상태가 된다.")).toEqual([[["second", "subject", [0, 26]]]]);
  });

  it("are each read when one ends where the next begins", () => {
    expect(actors("A클라이언트가 FIN을 보낸다.")).toEqual([
      [
        ["client", "none", [0, 1]],
        ["client", "subject", [1, 13]],
      ],
    ]);
  });

  it("are the clause's own, in the order written, each with its role", () => {
    expect(actors("The client sends a FIN to the server.")).toEqual([
      [
        ["client", "none", [4, 10]],
        ["server", "recipient", [30, 36]],
      ],
    ]);
    expect(actors("서버는 CLOSE_WAIT, 클라이언트는 FIN_WAIT_2에 있다.")).toEqual([[["server", "subject", [0, 4]]], [["client", "subject", [20, 32]]]]);
    expect(actors("The server enters CLOSE_WAIT, and the client enters FIN_WAIT_2.")).toEqual([
      [["server", "none", [4, 10]]],
      [],
      [["client", "none", [38, 44]]],
    ]);
  });
});

describe("a side set aside in English with no mark after it", () => {
  const state = (text: string) => claims(text).map(([s, actor]) => `${s} ${actor}`);

  it("ends what is set aside: the side written next is the subject", () => {
    // Three words were blanked after 'instead of', and with no article the subject went with them.
    expect(state("Instead of server the client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("Rather than server client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("Instead of client the server enters TIME_WAIT.")).toEqual(["TIME-WAIT server"]);
  });

  it("is not cut short when it owns what follows", () => {
    expect(claims("Instead of the server's FIN, the client sends a FIN.")).toEqual([["send FIN", "client", false]]);
    // Three words are set aside after what is not a side, and no more.
    expect(state("Instead of the server's FIN the client sends RST.")).toEqual(["send RST client"]);
    expect(state("Rather than sending FIN the client sends RST.")).toEqual(["send RST client"]);
  });
});
