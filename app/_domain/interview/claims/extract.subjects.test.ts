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
