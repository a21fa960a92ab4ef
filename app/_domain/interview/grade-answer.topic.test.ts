import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

// What a sentence is about (claims/topic.ts): a state merely mentioned, set against the subject or
// left behind by a sentence that opens a subject of its own, does not make a claim about it.
describe("what a misconception's sentence is about", () => {
  it("does not take a state set against the subject as the topic", () => {
    expectClean("iv-half-close", "TIME_WAIT와 달리, half-close에서는 FIN을 보낸 쪽도 상대가 보내는 나머지 데이터를 계속 받을 수 있다.");
    expectClean("iv-half-close", "Unlike TIME_WAIT, a half-closed socket can still receive the remaining data the peer sends.");
    expectClean(
      "iv-close-wait-leak",
      "CLOSE_WAIT is not TIME_WAIT: the socket waits for the application to call close(), and any remaining data can still be received.",
    );
    expectClean("iv-why-time-wait", "TIME_WAIT, not CLOSE_WAIT, is where the closer waits 2MSL so that old duplicates expire.");
    // The state compared with still gets its own misconception.
    expectFlag("iv-why-time-wait", "Unlike CLOSE_WAIT, TIME_WAIT waits for data still arriving.", "time-wait-waits-for-data");
    expectFlag("iv-why-time-wait", "CLOSE_WAIT와 달리 TIME_WAIT는 아직 도착하지 않은 데이터를 기다린다.", "time-wait-waits-for-data");
    expectFlag("iv-close-wait-leak", "TIME_WAIT가 아니라 CLOSE_WAIT에서 남은 데이터를 모두 받을 때까지 기다린다.", "close-wait-waits-for-data");
  });

  it("does not read a rubric's own misconception words of a state set against the subject", () => {
    expectClean("iv-close-wait-leak", "Unlike CLOSE_WAIT, TIME_WAIT times out on its own after a while.");
    expectFlag("iv-close-wait-leak", "Unlike TIME_WAIT, CLOSE_WAIT times out on its own after a while.", "close-wait-times-out");
  });

  it("does not carry a state into a sentence that opens a subject of its own", () => {
    expectClean(
      "iv-half-close",
      "클라이언트는 마지막에 TIME_WAIT를 거쳐 닫힌다. half-close에서는 FIN을 보낸 쪽도 상대가 보내는 나머지 데이터를 계속 받을 수 있다.",
    );
    expectClean(
      "iv-why-four-way",
      "먼저 닫는 쪽은 마지막에 TIME_WAIT에 들어간다. 4-way인 이유는, 서버가 FIN에 ACK만 먼저 보내고 클라이언트는 서버가 보내는 나머지 데이터를 마저 받기 때문이다.",
    );
    expectClean("iv-half-close", "The closer ends in TIME_WAIT. In a half-close, the side that sent its FIN can still receive the remaining data.");
    // A sentence that opens on no subject of its own, a pointer, or the wait itself still carries it.
    expectFlag(
      "iv-why-time-wait",
      "클라이언트는 ACK를 보내고 TIME_WAIT에 들어간다. 서버가 보낸 나머지 데이터를 마저 받기 위해서다.",
      "time-wait-waits-for-data",
    );
    expectFlag("iv-why-time-wait", "클라이언트는 TIME_WAIT에 들어간다. 이 상태에서는 아직 도착하지 않은 데이터를 기다린다.", "time-wait-waits-for-data");
    expectFlag("iv-why-time-wait", "The client enters TIME_WAIT. In practice, it waits for the remaining data.", "time-wait-waits-for-data");
    expectFlag("iv-why-time-wait", "The client enters TIME_WAIT. During the 2MSL wait, it receives the remaining data.", "time-wait-waits-for-data");
  });
});
