import { describe, expect, it } from "vitest";
import { checkModelClaims, contextOf } from "./checks";
import { readClaims } from "./extract";
import { prepare } from "./text";

// The server said to be ESTABLISHED on sending its SYN+ACK, before the third segment the answer
// tells after it (RFC 9293 §3.5: it waits in SYN-RECEIVED until that ACK arrives). Each case
// below is a handshake told in full but for one thing that makes the claim something else.
function mistakes(text: string) {
  const p = prepare(text);
  const reading = readClaims(p);
  return checkModelClaims(reading, contextOf(p, reading, "open"), p).filter((w) => w.misconception === "server-established-after-synack");
}
/** The words each flag quotes: the state, then the side given it. */
function quoted(text: string) {
  const p = prepare(text);
  return mistakes(text).map((w) => w.spans.map(([a, b]) => p.text.slice(a, b)));
}
const flagged = (text: string) => mistakes(text).length > 0;

// Mutants of checkEstablishedBeforeAck (checks.ts) no answer can tell apart, left alive:
// - the first line's guard (no ESTABLISHED claim at all) only saves the work: without such a claim
//   serverIn() finds nothing and the loop flags nothing either way;
// - `c.kind === "segment"` made true in opened, synAck and thirdAck: only segment claims carry a
//   `rel`, so the `c.rel === …` beside it is false for a state or a wait anyway;
// - `<` made `<=` (and `>` made `>=`) between two claims' offsets: the claims compared are
//   segments sent by different sides or a segment and a state, never read at one offset;
// - `c.kind === "state" && c.bound` made `||` in serverIn: extract.ts gives a state claim an actor
//   only with its holder, and then bound is true;
// - the last test's `x.at > c.at && x.reading.sentence > sentence` made `||`, or its second half
//   true or `>=`: a third ACK later in the state's own sentence was already excused just before;
//   its first half made true or `>=`: a claim in a later sentence is always at a later offset.

describe("the server made ESTABLISHED by sending its SYN+ACK", () => {
  it("is flagged on the state and the server, with the state it waits in instead, in both languages", () => {
    const text = "The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED. The client then sends the ACK.";
    expect(quoted(text)).toEqual([["ESTABLISHED", "server"]]);
    const [w] = mistakes(text);
    expect(w!.message("Q", "en")).toBe(
      "“Q”: sending its SYN+ACK does not make the server ESTABLISHED: it waits in SYN-RECEIVED and enters ESTABLISHED only when the client's third-segment ACK acknowledges its ISN (RFC 9293 §3.5).",
    );
    expect(w!.message("Q", "ko")).toBe(
      "“Q”: 서버는 SYN+ACK를 보낸다고 ESTABLISHED가 되지 않습니다. SYN-RECEIVED에서 클라이언트의 세 번째 ACK가 자기 ISN을 확인해 줄 때 비로소 ESTABLISHED에 들어갑니다 (RFC 9293 §3.5).",
    );
    expect(quoted("클라이언트가 SYN을 보낸다. 서버는 SYN+ACK를 보내고 ESTABLISHED 상태가 된다. 클라이언트가 ACK를 보낸다.")).toHaveLength(1);
  });

  it("reads the passive side of the opening as the server and the initiator as the client", () => {
    expect(quoted("The initiator sends a SYN. The passive side replies with a SYN-ACK and moves to ESTABLISHED. The initiator then sends the ACK.")).toEqual([
      ["ESTABLISHED", "passive side"],
    ]);
  });

  it("is a SYN+ACK, or a SYN alone after the client's SYN, that the server sends", () => {
    expect(flagged("The client sends a SYN. The server sends a SYN and moves to ESTABLISHED. The client sends the ACK.")).toBe(true);
    // A FIN in the reply makes it no SYN+ACK.
    expect(flagged("The client sends a SYN. The server sends a FIN-ACK and moves to ESTABLISHED. The client sends the ACK.")).toBe(false);
    // Sent back later, it is not what the server entered ESTABLISHED on.
    expect(flagged("The client sends a SYN. The server moves to ESTABLISHED. The server replies with a SYN-ACK. The client sends the ACK.")).toBe(false);
  });

  it("takes the third segment told anywhere after it, not an ACK told before the SYN+ACK", () => {
    expect(
      flagged(
        "The client sends an ACK for old data. The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED. The client then sends the ACK.",
      ),
    ).toBe(true);
    expect(flagged("The client sends an ACK for old data. The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED.")).toBe(false);
    // SYN-RECEIVED given to the server in another sentence does not list the path of this one.
    expect(
      flagged(
        "The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED. The client then sends the ACK, and the server enters SYN_RECEIVED.",
      ),
    ).toBe(true);
  });

  it("is flagged up to two sentences after the SYN+ACK, not three", () => {
    expect(
      flagged("The client sends a SYN. The server replies with a SYN-ACK. Then it waits. The server moves to ESTABLISHED. The client then sends the ACK."),
    ).toBe(true);
    expect(
      flagged(
        "The client sends a SYN. The server replies with a SYN-ACK. Then it waits. Then it waits more. The server moves to ESTABLISHED. The client then sends the ACK.",
      ),
    ).toBe(false);
  });

  it("counts the third segment told as the server receiving the ACK", () => {
    expect(flagged("The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED. The server receives the ACK.")).toBe(true);
    // Received between the SYN+ACK and ESTABLISHED, it is what the server entered it on.
    expect(
      flagged("The client sends a SYN. The server sends a SYN-ACK. The server receives the ACK. The server moves to ESTABLISHED. The client sends an ACK."),
    ).toBe(false);
  });

  it("is the server's reply told in two halves: its ACK after the client's SYN, then its own SYN", () => {
    expect(flagged("The client sends a SYN. The server sends an ACK. The server moves to ESTABLISHED. The server sends a SYN. The client sends an ACK.")).toBe(
      true,
    );
    // An ACK alone is the server's reply only after the client's SYN.
    expect(flagged("The server sends an ACK. The client sends a SYN. The server moves to ESTABLISHED. The client sends an ACK.")).toBe(false);
    expect(flagged("The server replies with an ACK and moves to ESTABLISHED. The client then sends the ACK.")).toBe(false);
    // Only a SYN alone that the client sends opens: not one it gets, an ACK, a SYN+ACK, or the server's own SYN.
    expect(flagged("The client gets a SYN. The server sends an ACK and moves to ESTABLISHED. The client sends the ACK.")).toBe(false);
    expect(flagged("The client sends an ACK. The server sends an ACK and moves to ESTABLISHED. The client sends the ACK.")).toBe(false);
    expect(flagged("The client sends a SYN-ACK. The server sends an ACK and moves to ESTABLISHED. The client sends the ACK.")).toBe(false);
    expect(flagged("The server sends a SYN. The server sends an ACK and moves to ESTABLISHED. The client sends the ACK.")).toBe(false);
  });
});

describe("the server's ESTABLISHED after a SYN+ACK", () => {
  it("is no mistake where the answer tells no third segment after it", () => {
    expect(flagged("The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED.")).toBe(false);
    expect(flagged("The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED. The client does not send the ACK.")).toBe(false);
    // A SYN+ACK the client sends back is not the third segment.
    expect(flagged("The client sends a SYN. The server sends a SYN-ACK. The server moves to ESTABLISHED. The client sends a SYN-ACK.")).toBe(false);
    // Nor is an ACK the server itself sends, one the client receives, a FIN, or an ACK that carries a FIN.
    expect(flagged("The client sends a SYN. The server sends a SYN-ACK. The server moves to ESTABLISHED. The server sends an ACK.")).toBe(false);
    expect(flagged("The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED. The client receives an ACK.")).toBe(false);
    expect(flagged("The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED. Later the client sends a FIN.")).toBe(false);
    expect(flagged("The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED. The client then sends an ACK+FIN.")).toBe(false);
  });

  it("is no mistake after the third ACK, or where the sentence lists SYN-RECEIVED on the way", () => {
    expect(flagged("The client sends a SYN. The server replies with a SYN-ACK. The client then sends the ACK. Then the server moves to ESTABLISHED.")).toBe(
      false,
    );
    expect(
      flagged("The client sends a SYN. The server replies with a SYN-ACK and moves to SYN_RECEIVED and then ESTABLISHED. The client then sends the ACK."),
    ).toBe(false);
  });

  it("is no mistake when the state, the SYN+ACK or the server is not what the answer claims", () => {
    expect(flagged("The client sends a SYN. The server replies with a SYN-ACK and does not move to ESTABLISHED. The client then sends the ACK.")).toBe(false);
    expect(flagged("The client sends a SYN. The server replies with a SYN-ACK and would move to ESTABLISHED. The client then sends the ACK.")).toBe(false);
    expect(flagged("The client sends a SYN. The server does not reply with a SYN-ACK. The server moves to ESTABLISHED. The client sends the ACK.")).toBe(false);
    // A SYN+ACK the server receives, or the client sends, is not its reply.
    expect(flagged("The client sends a SYN. The server receives a SYN-ACK. The server moves to ESTABLISHED. The client sends an ACK.")).toBe(false);
    expect(flagged("The client sends a SYN. The server sends a SYN-ACK. The client moves to ESTABLISHED. The client sends an ACK.")).toBe(false);
  });
});
