import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { prepare } from "./text";

const claims = (text: string) =>
  readClaims(prepare(text)).claims.map((c) => [
    c.kind === "segment" ? `${c.rel} ${c.flags.join("+")}` : c.kind === "state" ? c.state : "wait",
    c.actor,
    !!c.negated,
  ]);

describe("the subject of a Korean clause with a relative clause inside it", () => {
  it("is not the side that only waits inside the relative clause", () => {
    // 서버가 기다리던 ACK: the server waits for the ACK; the client, the other subject, sends it.
    expect(claims("클라이언트가 마지막으로 서버가 기다리던 ACK를 보낸다.")).toEqual([["send ACK", "client", false]]);
  });
});

describe("a phrase put before its clause", () => {
  it("is done by the side that opens the clause after its comma, written with its article", () => {
    // The side's word is matched without "the": the article once kept the fronted phrase subjectless.
    expect(claims("After sending the last ACK, the client enters TIME_WAIT.")).toEqual([
      ["send ACK", "client", false],
      ["TIME-WAIT", "client", false],
    ]);
    expect(claims("Upon receiving the FIN, the server sends an ACK.")).toEqual([
      ["receive FIN", "server", false],
      ["send ACK", "server", false],
    ]);
    expect(claims("By staying in TIME_WAIT, the first side can resend the last ACK.")).toEqual([
      ["TIME-WAIT", "first", false],
      ["retransmit ACK", "first", false],
    ]);
  });
});

describe("a side heading a note in brackets", () => {
  it("is the holder of the state in the note, not the sender of the clause's segment", () => {
    // "(서버: LISTEN)" says where the server is while the client sends its SYN.
    expect(claims("클라이언트가 SYN을 보낸다 (서버: LISTEN)")).toEqual([
      ["send SYN", "client", false],
      ["LISTEN", "server", false],
    ]);
    expect(claims("The client sends a SYN (server: LISTEN).")).toEqual([
      ["send SYN", "client", false],
      ["LISTEN", "server", false],
    ]);
  });
});

describe("a pronoun after a step told in the passive", () => {
  it("that replies is the side the step went to", () => {
    expect(claims("A SYN is sent to the server. It replies with a SYN-ACK.")).toEqual([
      ["send SYN", null, false],
      ["send SYN+ACK", "server", false],
    ]);
    expect(claims("The client's FIN goes to the server. Then it sends back an ACK.")).toEqual([
      ["send FIN", "client", false],
      ["send ACK", "server", false],
    ]);
    expect(claims("A FIN is delivered to the server, and it responds with an ACK.")[1]).toEqual(["send ACK", "server", false]);
  });

  it("that does anything else is not given the recipient", () => {
    // "It" is the unnamed sender here, if anyone: it does not reply to what it sent.
    expect(claims("A FIN is sent to the server. It then enters FIN_WAIT_1.").slice(1)).toEqual([["FIN-WAIT-1", null, false]]);
  });
});

describe("a side named to compare", () => {
  it("is not the subject of the clause it stands in", () => {
    expect(claims("The client gets the FIN. It, like the server, sends an ACK later.")).toEqual([
      ["receive FIN", "client", false],
      ["send ACK", "client", false],
    ]);
    expect(claims("The server gets the FIN. Like the client, it then sends an ACK.")[1]).toEqual(["send ACK", "server", false]);
    expect(claims("The client, similar to the server, sends a FIN.")).toEqual([["send FIN", "client", false]]);
  });

  it("leaves a side written as the subject beside it as it was", () => {
    expect(claims("Like the client, the server sends a FIN.")).toEqual([["send FIN", "server", false]]);
    expect(claims("Unlike the server, the client enters TIME_WAIT.")).toEqual([["TIME-WAIT", "client", false]]);
  });
});

describe("a segment with a participle phrase after it", () => {
  it("names the segment's sender with 'by', while the clause's verb stays its subject's", () => {
    expect(claims("The client sends a SYN. It then gets a SYN-ACK sent by the server to the client.").slice(1)).toEqual([
      ["send SYN+ACK", "server", false],
      ["receive SYN+ACK", "client", false],
    ]);
    expect(claims("The server receives the ACK that was sent to it by the client.")).toEqual([
      ["send ACK", "client", false],
      ["receive ACK", "server", false],
    ]);
    expect(claims("The SYN transmitted by the client carries its ISN.")).toEqual([["send SYN", "client", false]]);
  });

  it("is no participle where the segment is the subject of a passive", () => {
    expect(claims("The SYN-ACK is sent by the server.")).toEqual([["send SYN+ACK", "server", false]]);
  });
});
