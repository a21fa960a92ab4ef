import { describe, expect, it } from "vitest";
import { flagged, grader } from "./rubrics.fixture";
import { readClaims } from "./claims/extract";
import { prepare } from "./claims/text";

const grade = grader("ko");
const segments = (text: string) => readClaims(prepare(text)).claims.flatMap((c) => (c.kind === "segment" ? [`${c.actor} ${c.rel} ${c.flags.join("+")}`] : []));

// Korean relative clauses (claims/adnominal.ts): who sent or received a segment is read from the
// verb's adnominal ending, whichever verb it is.
describe("a segment inside a Korean relative clause", () => {
  it("was sent by the side the clause names when the segment heads it", () => {
    expect(segments("클라이언트가 보낸 FIN에 서버는 ACK로 응답한다.")).toEqual(["client send FIN", "server send ACK"]);
    expect(segments("서버가 보낸 FIN을 클라이언트가 받는다.")).toEqual(["server send FIN", "client receive FIN"]);
    expect(segments("서버가 송신한 SYN+ACK에 클라이언트는 ACK로 답한다.")).toContain("server send SYN+ACK");
  });

  it("was received by the side it modifies", () => {
    expect(segments("서버가 FIN을 받은 클라이언트에게 ACK를 보낸다.")).toEqual(["client receive FIN", "server send ACK"]);
    expect(segments("ACK를 수신한 서버는 ESTABLISHED가 된다.")).toEqual(["server receive ACK"]);
  });

  it("keeps a plain clause, a time clause and a named owner as they were", () => {
    expect(segments("클라이언트가 FIN을 보낸다.")).toEqual(["client send FIN"]);
    expect(segments("서버는 FIN을 받은 뒤 ACK를 보낸다.")).toEqual(["server receive FIN", "server send ACK"]);
    expect(segments("클라이언트의 FIN을 받은 서버가 ACK를 보낸다.")).toEqual(["client send FIN", "server send ACK"]);
  });

  it("lets a right answer told in relative clauses pass", () => {
    const fourWay = grade(
      "iv-four-way",
      "클라이언트가 보낸 FIN에 서버는 ACK로 응답하고 CLOSE_WAIT가 된다. 이후 서버가 보낸 FIN을 받은 클라이언트는 ACK를 보내고 TIME_WAIT에 들어간다.",
    );
    expect(flagged(fourWay)).toEqual([]);
    expect(fourWay.score).toBeGreaterThanOrEqual(0.7);
    const threeWay = grade("iv-three-way", "클라이언트가 보낸 SYN에 서버는 SYN+ACK로 응답한다. SYN+ACK를 받은 클라이언트는 ACK를 보내고 ESTABLISHED가 된다.");
    expect(flagged(threeWay)).toEqual([]);
    expect(threeWay.score).toBeGreaterThanOrEqual(0.7);
  });

  it("still flags a wrong side told in a relative clause", () => {
    expect(flagged(grade("iv-four-way", "클라이언트가 FIN을 보낸다. FIN을 받은 서버는 ACK를 보내고 TIME_WAIT에 들어간다."))).toContain("time-wait-on-server");
  });
});
