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
