import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

// Words that point back (claims/reference.ts): the other side, whatever a learner calls it, is the
// other of the side named before it, so a state given to it lands on the right side.
describe("the other side, by any of its names", () => {
  const koSides = ["상대방은", "상대 측은", "상대편은", "반대편은", "반대쪽은", "맞은편은"];
  const enSides = ["The peer", "The remote end", "The other end", "Its peer", "The opposite side", "The far end", "The counterpart"];

  it("is the other of the side named before it", () => {
    for (const side of koSides) expectFlag("iv-four-way", `클라이언트가 FIN을 보낸다. ${side} ACK를 보내고 TIME_WAIT가 된다.`, "time-wait-on-server");
    for (const side of enSides) expectFlag("iv-four-way", `The client sends a FIN. ${side} ACKs it and enters TIME_WAIT.`, "time-wait-on-server");
  });

  it("gives the right state to the right side when the telling is right", () => {
    for (const side of koSides)
      expectClean(
        "iv-four-way",
        `클라이언트가 FIN을 보낸다. ${side} ACK를 보내고 CLOSE_WAIT가 된다. 서버가 FIN을 보낸다. 클라이언트는 ACK를 보내고 TIME_WAIT에 들어간다.`,
      );
    for (const side of enSides)
      expectClean(
        "iv-four-way",
        `The client sends a FIN. ${side} ACKs it and enters CLOSE_WAIT. The server then sends its FIN. The client ACKs it and waits in TIME_WAIT.`,
      );
  });

  it("does not take an opposite direction or a far-off word for a side", () => {
    // "반대 방향" is a direction, not the other host: no side is named, so nothing is given to one.
    expectClean("iv-half-close", "FIN은 한쪽 방향만 닫으므로 반대 방향으로는 데이터가 계속 흐를 수 있다.");
  });
});
