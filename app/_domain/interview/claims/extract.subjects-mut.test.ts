import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { prepare } from "./text";

/**
 * Whom extract.ts takes for the sides of a clause (findActors, roleAfter, arrowBetween) and for its
 * subject (pickSubject and the tests it asks). Written where a mutation run showed no test held the rule.
 */
const read = (text: string) => readClaims(prepare(text));
const claims = (text: string) =>
  read(text).claims.map((c) => [
    c.kind === "segment" ? `${c.rel} ${c.flags.join("+")}` : c.kind === "state" ? c.state : `wait ${c.state}`,
    c.actor,
    c.kind === "segment" ? c.peer : null,
  ]);
const actors = (text: string) => read(text).clauses.map((c) => c.actors.map((a) => [a.actor, a.role]));
const subjects = (text: string) => read(text).clauses.map((c) => c.subject);

describe("the sides named in a clause", () => {
  it("are its own, not the first side of the next clause written right after its comma", () => {
    expect(actors("클라이언트가 FIN을 보내고,서버가 ACK를 보낸다.")).toEqual([[["client", "subject"]], [["server", "subject"]]]);
  });

  it("are both read when the side of a later pattern ends where the other begins", () => {
    expect(actors("서버클라이언트 모두 ESTABLISHED가 된다.")).toEqual([
      [
        ["server", "none"],
        ["client", "none"],
      ],
    ]);
  });
});

describe("the role of a side", () => {
  it("after 'to' is the recipient's at the start of a clause too", () => {
    expect(claims("To the server the client sends a SYN.")).toEqual([["send SYN", "client", "server"]]);
  });

  it("after 'at' is no object's: the side that opens the clause is its subject", () => {
    expect(claims("At the server the state changes to SYN_RECEIVED.")).toEqual([["SYN-RECEIVED", "server", null]]);
  });

  it("of a peer's letter written apart from its particle is the particle's", () => {
    expect(claims("A 가 B 에게 SYN을 보낸다.")).toEqual([["send SYN", "client", "server"]]);
    expect(actors("A 가 B 에게 SYN을 보낸다.")).toEqual([
      [
        ["client", "subject"],
        ["server", "recipient"],
      ],
    ]);
  });

  it("of a side's name written apart from the next word is not taken from that word", () => {
    // "서버 이력에는": 이 opens 이력, it is no particle of 서버; the client sent the FIN.
    expect(subjects("서버 이력에는 클라이언트가 보낸 FIN이 남는다.")).toEqual(["client"]);
    expect(claims("서버 이력에는 클라이언트가 보낸 FIN이 남는다.")).toEqual([["send FIN", "client", null]]);
  });

  it("of a side named with 측에서 or 쪽에서 is the subject", () => {
    expect(actors("클라이언트 측에서 FIN을 전송한다.")).toEqual([[["client", "subject"]]]);
    expect(subjects("서버쪽에서 ACK를 보낸다.")).toEqual(["server"]);
  });

  it("of a side heading its line is the subject, and of one heading a note in brackets is none", () => {
    expect(actors("서버: FIN을 보낸다.")).toEqual([[["server", "subject"]]]);
    expect(actors("클라이언트가 SYN을 보낸다 (서버: LISTEN)")).toEqual([
      [
        ["client", "subject"],
        ["server", "none"],
      ],
    ]);
  });
});

describe("an arrow between two sides", () => {
  it("names the recipient when it runs 40 characters between them, the segment written on it", () => {
    const dashes = "-".repeat(16);
    expect(claims(`Client ${dashes} SYN ${dashes}> Server`)).toEqual([["mention SYN", "client", "server"]]);
  });

  it("is not between two mentions of the same side: the state it leaves is not a recipient", () => {
    expect(claims("Server (LISTEN) -> Server (SYN_RCVD) -> Client: SYN-ACK")[0]).toEqual(["mention SYN+ACK", "server", "client"]);
    expect(claims("클라이언트(FIN_WAIT_1) → 클라이언트(FIN_WAIT_2) → 서버: ACK")[0]).toEqual(["mention ACK", "client", "server"]);
  });
});

describe("a side after a verb in English", () => {
  it("is the subject when the verb is an infinitive or a participle", () => {
    expect(claims("To acknowledge the FIN the server sends an ACK.")).toEqual([
      ["acknowledge FIN", "server", null],
      ["send ACK", "server", null],
    ]);
    expect(claims("On getting the FIN the server sends an ACK.")).toEqual([
      ["receive FIN", "server", null],
      ["send ACK", "server", null],
    ]);
    expect(claims("Waiting for the FIN the client stays in FIN_WAIT_2.")).toEqual([
      ["receive FIN", "client", null],
      ["FIN-WAIT-2", "client", null],
    ]);
    expect(claims("To wait for the FIN the client stays in FIN_WAIT_2.")[0]).toEqual(["receive FIN", "client", null]);
  });

  it("is not the subject after a finite verb", () => {
    // The client only receives the SYN-ACK here; the server, its sender, is named with 'by'.
    expect(subjects("The SYN-ACK sent by the server reaches the client.")).toEqual([null]);
    expect(claims("The SYN-ACK sent by the server reaches the client.")).toEqual([["send SYN+ACK", "server", null]]);
  });

  it("named after a segment's 'from' is no sender when the clause has a subject of its own", () => {
    expect(claims("A FIN from the server is acknowledged by the client.")).toEqual([["acknowledge FIN", "client", null]]);
  });
});

describe("the subject of a Korean clause with a relative clause inside it", () => {
  it("is the side of the main verb, not a topic whose own verb is in a relative clause", () => {
    // 클라이언트는 먼저 보낸 FIN: the client only sent the FIN; the server sends the ACK for it.
    expect(claims("클라이언트는 먼저 보낸 FIN에 대한 ACK를 서버가 보낸다.")).toEqual([
      ["send FIN", "client", "server"],
      ["acknowledge FIN", "server", null],
      ["send ACK", "server", null],
    ]);
  });

  it("is carried over a side that only sent the thing the clause answers, with a word before its verb", () => {
    // 서버가 먼저 보낸 FIN: the server sent that FIN before; the client, carried from the first clause, acknowledges it.
    expect(claims("클라이언트는 FIN을 받고 서버가 먼저 보낸 FIN에 대해 ACK를 보낸다.")).toEqual([
      ["receive FIN", "client", null],
      ["send FIN", "server", "client"],
      ["acknowledge FIN", "client", null],
      ["send ACK", "client", null],
    ]);
  });

  it("is read in a later sentence as in the first", () => {
    expect(claims("클라이언트가 FIN을 보낸다. 서버는 클라이언트가 보낸 FIN을 받는다.")).toEqual([
      ["send FIN", "client", null],
      ["send FIN", "client", "server"],
      ["receive FIN", "server", null],
    ]);
    expect(claims("클라이언트가 SYN을 보낸다. 클라이언트가 서버가 보낸 SYN+ACK를 받는다.")).toEqual([
      ["send SYN", "client", null],
      ["send SYN+ACK", "server", "client"],
      ["receive SYN+ACK", "client", null],
    ]);
  });
});
