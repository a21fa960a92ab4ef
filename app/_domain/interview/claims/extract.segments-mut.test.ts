import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { prepare } from "./text";

/**
 * Who sends a segment, as readSegments reads it from the words around the segment itself: a side
 * it comes from, a side that owns it, a flag named as a segment's field. Written where a mutation
 * run showed no test held the rule.
 */
const segments = (text: string) =>
  readClaims(prepare(text))
    .claims.filter((c) => c.kind === "segment")
    .map((c) => [`${c.rel} ${c.flags.join("+")}`, c.actor, c.peer]);

describe("the sender of a segment", () => {
  it("is the side it is sent from, though the sentence's subject is another side", () => {
    expect(segments("The client is in FIN_WAIT_2 until a FIN is sent from the server.")).toEqual([["send FIN", "server", null]]);
  });

  it("is the side it comes from when the clause has no subject", () => {
    expect(segments("서버로부터 FIN이 전송된다.")).toEqual([["send FIN", "server", null]]);
    expect(segments("서버로부터 FIN을 보낸다.")).toEqual([["send FIN", "server", null]]);
  });

  it("is the side whose it is when the clause has no subject", () => {
    expect(segments("The server's side sends the FIN.")).toEqual([["send FIN", "server", null]]);
  });
});

describe("a segment taken in", () => {
  it("stays received when it is named after 'with' as the one that carries a flag", () => {
    // Only an acknowledgement 'with' a segment sends it ('acknowledges the SYN with a SYN-ACK').
    expect(segments("The server receives a segment with the SYN flag set.")).toEqual([["receive SYN", "server", null]]);
  });
});

describe("a segment told with a side it comes from and one it goes to (에서 … 에게)", () => {
  it("is received by the side carried from before, from the side named with 에서", () => {
    expect(segments("클라이언트가 SYN을 보낸다. 서버에서 클라이언트에게 ACK를 받는다.")).toEqual([
      ["send SYN", "client", null],
      ["receive ACK", "client", "server"],
    ]);
  });

  it("is sent by the clause's own subject, not by the side its FIN came from", () => {
    expect(segments("서버는 클라이언트에서 온 FIN에 대해 클라이언트에게 ACK를 보낸다.")).toEqual([
      ["acknowledge FIN", "server", "client"],
      ["send ACK", "server", "client"],
    ]);
  });
});

describe("a segment in a Korean relative clause", () => {
  it("received by the side it heads is that side's to receive, in a later sentence too", () => {
    expect(segments("클라이언트가 SYN을 보낸다. 서버는 FIN을 받은 클라이언트에게 ACK를 보낸다.")).toEqual([
      ["send SYN", "client", null],
      ["receive FIN", "client", null],
      ["send ACK", "server", "client"],
    ]);
  });

  it("is told by a verb word of at most 30 letters: a longer run is no word of a relative clause", () => {
    // 다시한번또또확인하고보낸 is 30 letters, 다시한번또꼭확인하고보낸 31.
    expect(segments("서버가 다시한번또또확인하고보낸 FIN을 클라이언트가 받는다.")).toEqual([
      ["send FIN", "server", "client"],
      ["receive FIN", "client", null],
    ]);
    expect(segments("서버가 다시한번또꼭확인하고보낸 FIN을 클라이언트가 받는다.")).toEqual([["receive FIN", "client", null]]);
  });

  it("received by the side inside it was not sent by that side", () => {
    expect(segments("서버가 수신한 FIN을 클라이언트도 수신한다.")).toEqual([["receive FIN", "client", null]]);
  });
});

describe("an acknowledgement", () => {
  it("of a FIN that carries an ACK is no FIN sent", () => {
    // Only a lone ACK that is the verb ('The server ACKs the FIN') is an ACK sent.
    expect(segments("The client acknowledges the server's ACK+FIN.")).toEqual([["acknowledge ACK+FIN", "client", null]]);
  });
});
