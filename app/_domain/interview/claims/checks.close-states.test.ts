import { describe, expect, it } from "vitest";
import { checkModelClaims, contextOf } from "./checks";
import { readClaims } from "./extract";
import { prepare } from "./text";

// States of the close given to the wrong side, in the readings that decide whether a claim is the
// answer's own and whether TIME-WAIT stands where CLOSE-WAIT belongs (the two taken for one).
function ids(text: string) {
  const p = prepare(text);
  const reading = readClaims(p);
  return checkModelClaims(reading, contextOf(p, reading, "close"), p).map((w) => w.misconception);
}
const SWAPPED = ["time-wait-on-server", "close-wait-equals-time-wait"];
const ALONE = ["time-wait-on-server"];

// Mutants of checks.ts:436-516 no answer can tell apart, left alive:
// - conditional(): `end > c.clause.start` made true or `>=`: clauses come in order, so the first
//   whose end reaches the match's last letter is the one holding it either way; `end <= c.clause.end`
//   made `<`: a clause keeps its punctuation or line break, so it ends past the state word the match
//   ends in, unless the answer ends there and no clause follows;
// - namesCloseWait's `x.kind === "state"` made true: the only other claim with a state, a wait in
//   CLOSE-WAIT, marks the two states taken for one by itself when asserted (a denied one untried);
// - conditionOfNextSubject's `next.subjectFrom === "clause"` made true: a next clause that writes
//   no subject carries this one's, and the same subject excuses nothing.

describe("TIME-WAIT given to the second closer before its own FIN", () => {
  it("is CLOSE-WAIT's slot when that side sends its FIN in a later sentence", () => {
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. Then the server sends its FIN.")).toEqual(SWAPPED);
    // Its FIN told as the client receiving one is the same FIN.
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. Later the client gets a FIN.")).toEqual(SWAPPED);
    // The side that closes first as the answer tells it decides whose FIN that is.
    expect(ids("The server closes first. The client sends an ACK and enters TIME_WAIT. The client sends its FIN.")).toEqual(SWAPPED);
  });

  it("is not where the FIN is told in the state's own sentence, whatever the order of the words", () => {
    expect(ids("The client sends a FIN. The server enters TIME_WAIT after it sends its FIN.")).toEqual(ALONE);
  });

  it("is not where the later FIN is the other side's, a SYN+FIN, denied, or received by that side", () => {
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. The client sends another FIN.")).toEqual(ALONE);
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. The server sends a SYN+FIN.")).toEqual(ALONE);
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. The server does not send a FIN.")).toEqual(ALONE);
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. The server gets a FIN.")).toEqual(ALONE);
    // A FIN no side is named for is no side's own.
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. A FIN is received.")).toEqual(ALONE);
  });

  it("is the second closer's FIN however the answer names that side", () => {
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. Then the passive side sends its FIN.")).toEqual(SWAPPED);
    // The other side retransmitting its own FIN does not make this one's FIN a retransmission.
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. The client retransmits its FIN. Then the server sends its FIN.")).toEqual(
      SWAPPED,
    );
  });

  it("is not where a new telling of the close starts before the FIN", () => {
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. The client closes first. The server sends its FIN.")).toEqual(ALONE);
  });

  it("is not where that side retransmits its FIN: the wait before it is LAST-ACK's", () => {
    expect(ids("The client sends a FIN. The server sends an ACK and enters TIME_WAIT. The server sends its FIN. The server retransmits its FIN.")).toEqual(
      ALONE,
    );
  });
});

describe("TIME-WAIT given to the second closer where it waits for the peer's FIN or its application", () => {
  it("is the two taken for one while no claim gives CLOSE-WAIT to anyone, whatever other states are named", () => {
    expect(ids("The server gets the FIN and enters TIME_WAIT. The client is in FIN_WAIT_2.")).toEqual(SWAPPED);
  });

  it("is named by pointing back only when there is a sentence before to point at", () => {
    expect(ids("This is TIME_WAIT on the server.")).toEqual(ALONE);
    expect(ids("The server gets the FIN. (this is TIME_WAIT)")).toEqual(SWAPPED);
  });
});

describe("a state told as the scene where time passes, in a Korean clause of time or condition", () => {
  it("is held by no side for certain when the next clause writes a subject of its own", () => {
    expect(ids("서버는 ACK를 보내고 TIME_WAIT에서 일정 시간이 지나면 클라이언트도 CLOSED 된다.")).toEqual([]);
  });

  it("stays the carried subject's where the next clause names the same side, names none, or there is none", () => {
    expect(ids("서버는 ACK를 보내고 TIME_WAIT에서 일정 시간이 지나면 서버도 CLOSED 된다.")).toEqual(ALONE);
    expect(ids("서버는 ACK를 보내고 TIME_WAIT에서 일정 시간이 지나면 닫히고 클라이언트도 CLOSED 된다.")).toEqual(ALONE);
    expect(ids("서버는 ACK를 보내고 TIME_WAIT에서 일정 시간이 지나면 CLOSED 된다.")).toEqual(ALONE);
    // An answer cut off after the clause of time: no clause follows at all.
    expect(ids("서버는 ACK를 보내고 TIME_WAIT에서 일정 시간이 지나면")).toEqual(ALONE);
  });

  it("is only a state told as the scene, in a clause of time or condition, under a subject carried from before", () => {
    expect(ids("서버가 TIME_WAIT에서 일정 시간이 지나면 클라이언트도 CLOSED 된다.")).toEqual(ALONE);
    expect(ids("서버는 ACK를 보내고 TIME_WAIT가 되면 클라이언트가 닫힌다.")).toEqual(ALONE);
    expect(ids("서버는 ACK를 보내고 TIME_WAIT에서 기다리고, 클라이언트가 닫힌다.")).toEqual(ALONE);
  });
});

describe("a state after a step whose subject sends to the other side", () => {
  it("is no claim of the sender's own after an arrow, the other side named as where it goes or whom it is sent to", () => {
    expect(ids("서버가 ACK를 클라이언트에 보냄 → FIN_WAIT_2로 전환")).toEqual([]);
    expect(ids("서버가 클라이언트에게 ACK를 보냄 → FIN_WAIT_2로 전환")).toEqual([]);
    expect(ids("The server sends an ACK to the client → FIN_WAIT_2")).toEqual([]);
  });

  it("is the sender's own without an arrow before it", () => {
    expect(ids("The server sends an ACK to the client and enters FIN_WAIT_2.")).toEqual(["wrong-state-for-side"]);
  });
});
