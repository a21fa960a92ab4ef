import { describe, expect, it } from "vitest";
import { covered, expectClean, expectFlag, flagged, grader } from "./rubrics.fixture";

const grade = grader("by-script");

// A state told first and the side that holds it named after it: the English passive ("is held by the
// server") and the Korean topic ("TIME_WAIT 상태는 서버가 유지한다").
describe("a state held by a side named after it", () => {
  it("is that side's state", () => {
    expectFlag("iv-why-time-wait", "TIME_WAIT is held by the server.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "In practice TIME_WAIT is usually entered by the server, which received the FIN.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "TIME_WAIT 상태는 서버가 유지한다.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "TIME_WAIT 상태는 보통 서버가 잠시 갖게 된다.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "TIME_WAIT는 서버가 겪는 상태이다.", "time-wait-on-server");
  });
  it("keeps the right side, a relative clause and a contrast clean", () => {
    expectClean("iv-why-time-wait", "TIME_WAIT is held by the client, which closed first.");
    expectClean("iv-why-time-wait", "TIME_WAIT 상태는 클라이언트가 유지한다.");
    expectClean("iv-why-time-wait", "TIME_WAIT 상태는 서버가 보낸 FIN을 받은 클라이언트가 유지한다.");
    expectClean("iv-why-time-wait", "TIME_WAIT는 서버가 아니라 클라이언트가 유지한다.");
    expectClean("iv-why-time-wait", "TIME_WAIT is not held by the server: the client, which closed first, holds it.");
  });
});

describe("a state with a 'server-side' modifier that the clause is about", () => {
  it("names a kind of the state, as '서버 측 TIME_WAIT는' does", () => {
    expectClean("iv-why-time-wait", "Server-side TIME_WAIT is harmless in most cases.");
    expectClean("iv-why-time-wait", "서버 측 TIME_WAIT는 대부분 문제가 되지 않는다.");
  });
  it("still gives the state to a side said to enter it", () => {
    expectFlag("iv-why-time-wait", "The server side enters TIME_WAIT after the last ACK.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "After the last ACK the server-side socket enters TIME_WAIT.", "time-wait-on-server");
  });
});

describe("peers called A and B, with more of their verbs", () => {
  it("gives the SYN half of a SYN+ACK told in its own sentence to B", () => {
    const g = grade("iv-three-way", "A sends a SYN with seq=x. B replies with ACK = x+1. B includes its own ISN (seq=y). A sends ACK = y+1.", "en");
    expect(covered(g)).toContain("syn-ack");
    expect(flagged(g)).toEqual([]);
  });
  it("reads B as the side that chooses its ISN and sends the SYN+ACK", () => {
    const g = grade(
      "iv-three-way",
      "A picks a random ISN x and sends a SYN. B chooses its own ISN y and also sends SYN+ACK with ack x+1. A then sends ACK y+1.",
      "en",
    );
    expect(covered(g)).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    expect(flagged(g)).toEqual([]);
  });
});
