import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { prepare } from "./text";

/** Each state the answer names, with the side read as being in it (null: nobody named). */
const states = (text: string) => readClaims(prepare(text)).claims.flatMap((c) => (c.kind === "state" ? [[c.state, c.actor]] : []));

describe("the side in a state", () => {
  it("is nobody when the one in it is only described, not named", () => {
    expect(states("The endpoint in TIME_WAIT waits for 2MSL.")).toEqual([["TIME-WAIT", null]]);
    // The client, carried over into the next sentence, is not said to be that side.
    expect(states("클라이언트가 FIN을 보낸다. TIME_WAIT 상태인 쪽이 2MSL 동안 기다린다.")).toEqual([["TIME-WAIT", null]]);
    // The server, carried over as the subject, is not said to be the one whose sockets these are.
    expect(states("서버가 close()를 호출하지 않는다. 모든 소켓이 CLOSE_WAIT 상태에 빠진다.")).toEqual([["CLOSE-WAIT", null]]);
  });

  it("is the side written right after it with 인 or 에 있는", () => {
    // Not the server, the subject, that resends its FIN to the client in TIME_WAIT.
    expect(states("서버는 TIME_WAIT 상태인 클라이언트에게 FIN을 다시 보낸다.")).toEqual([["TIME-WAIT", "client"]]);
    expect(states("TIME_WAIT 상태인 클라이언트는 2MSL을 기다린다.")).toEqual([["TIME-WAIT", "client"]]);
    expect(states("CLOSE_WAIT 상태에 있는 서버는 FIN을 보낸다.")).toEqual([["CLOSE-WAIT", "server"]]);
  });

  it("is the side written before it with 에서, in, or a colon", () => {
    expect(states("클라이언트에서 CLOSE_WAIT을 가지게 된다.")).toEqual([["CLOSE-WAIT", "client"]]);
    expect(states("The client knows that the server is still in LAST_ACK.")).toEqual([["LAST-ACK", "server"]]);
    // The recipient of the ACK, not its sender, is the side "in LAST_ACK".
    expect(states("The client sends the last ACK to the server in LAST_ACK.")).toEqual([["LAST-ACK", "server"]]);
    // The subject carried from the first clause sent the FIN; the side with 에서 is the one in CLOSE_WAIT.
    expect(states("서버가 FIN을 보내고 클라이언트에서 CLOSE_WAIT 상태가 된다.")).toEqual([["CLOSE-WAIT", "client"]]);
    expect(states("클라이언트 상태: FIN_WAIT_1")).toEqual([["FIN-WAIT-1", "client"]]);
    expect(states("서버 (LISTEN → SYN_RCVD)")).toEqual([
      ["LISTEN", "server"],
      ["SYN-RECEIVED", "server"],
    ]);
  });

  it("is the English subject, not the object of its verb, when a second verb joined by and/then moves it", () => {
    expect(states("The server answers the client with a SYN-ACK and moves to SYN_RCVD.")).toEqual([["SYN-RECEIVED", "server"]]);
    expect(states("The server acknowledges the client and then goes into SYN_RECEIVED.")).toEqual([["SYN-RECEIVED", "server"]]);
    expect(states("The client acknowledges the server's FIN and enters TIME_WAIT.")).toEqual([["TIME-WAIT", "client"]]);
    // Bound to the object by "in": the object's, whatever verb comes first.
    expect(states("The client sends the last ACK to the server in LAST_ACK.")).toEqual([["LAST-ACK", "server"]]);
  });

  it("is the sender, not a side the segment goes to or comes from, when only the sender is the subject", () => {
    expect(states("The client sends a FIN to the server and enters FIN_WAIT_1.")).toEqual([["FIN-WAIT-1", "client"]]);
    expect(states("The client receives the FIN from the server and enters CLOSE_WAIT.")).toEqual([["CLOSE-WAIT", "client"]]);
    expect(states("The client receives the server's FIN and enters CLOSE_WAIT.")).toEqual([["CLOSE-WAIT", "client"]]);
    // 서버에: where the FIN went, after the subject that sent it.
    expect(states("클라이언트가 서버에 FIN을 보냄 → FIN_WAIT_1")).toEqual([["FIN-WAIT-1", "client"]]);
  });

  it("is the topic, not the subject of a relative clause between them", () => {
    // The client only sends the ACK the server waits for: the server is in LAST_ACK.
    expect(states("서버는 클라이언트가 보내는 마지막 ACK를 기다리는 LAST_ACK 상태에 있다.")).toEqual([["LAST-ACK", "server"]]);
  });

  it("is nobody for a state set as the scene of what a side does after it", () => {
    expect(states("TIME_WAIT 상태에서는 서버가 오는 데이터를 버린다.")).toEqual([["TIME-WAIT", null]]);
    expect(states("TIME_WAIT 상태에서는 서버에서 오는 데이터를 버린다.")).toEqual([["TIME-WAIT", null]]);
  });

  it("is nobody for a state the sentence is about, whoever was the subject before", () => {
    expect(states("클라이언트가 FIN을 보낸다. TIME_WAIT는 2MSL 동안 유지된다.")).toEqual([["TIME-WAIT", null]]);
    // …but a side named as its owner holds it, and so does the side a definition says enters it.
    expect(states("서버의 TIME_WAIT는 짧다.")).toEqual([["TIME-WAIT", "server"]]);
    expect(states("TIME_WAIT는 서버가 마지막 ACK를 보낸 뒤 들어가는 상태다.")).toEqual([["TIME-WAIT", "server"]]);
  });

  it("is not a side named only inside brackets that gloss a number", () => {
    expect(states("The server answers with a SYN-ACK (ack = client ISN + 1) and moves to SYN_RCVD.")).toEqual([["SYN-RECEIVED", "server"]]);
    // A side alone in brackets is a label, and holds the state after it.
    expect(states("(서버) ESTABLISHED")).toEqual([["ESTABLISHED", "server"]]);
    // …even when the line goes on to tell a number: only a number inside the brackets makes them a gloss.
    expect(states("(클라이언트) ESTABLISHED 상태에서 seq=1001로 데이터를 보낸다.")).toEqual([["ESTABLISHED", "client"]]);
  });

  it("is the side the clause before was about, when the only subject beside it is inside a relative clause", () => {
    expect(states("서버는 SYN+ACK를 보내고, 클라이언트가 ACK로 응답하기를 기다리는 SYN_RECEIVED 상태가 된다.")).toEqual([["SYN-RECEIVED", "server"]]);
  });

  it("is a Korean side named after it with 에서 or 에, and never an English side things come from", () => {
    expect(states("CLOSE_WAIT 상태가 서버에서 발생한다.")).toEqual([["CLOSE-WAIT", "server"]]);
    expect(states("CLOSE_WAIT 상태가 서버에 생긴다.")).toEqual([["CLOSE-WAIT", "server"]]);
    expect(states("Data from the server may still arrive in FIN_WAIT_2.")).toEqual([["FIN-WAIT-2", null]]);
  });

  it("is the side named in the brackets before it, not the subject a label after a step would take", () => {
    expect(states("클라이언트가 FIN을 보낸다 (서버: CLOSE_WAIT)")).toEqual([["CLOSE-WAIT", "server"]]);
    // A label with no side in its brackets is the step's own subject's.
    expect(states("클라이언트가 FIN을 보내고 2MSL 동안 기다린다 (TIME_WAIT 상태)")).toEqual([["TIME-WAIT", "client"]]);
  });

  it("is the side named again inside an arrow line, not an end of the arrow", () => {
    expect(states("Client -> Server: SYN (server goes to SYN_RCVD)")).toEqual([["SYN-RECEIVED", "server"]]);
    expect(states("클라이언트 → 서버 : FIN (FIN_WAIT_1)")).toEqual([["FIN-WAIT-1", null]]);
  });
});
