import { describe, expect, it } from "vitest";
import { covered, expectClean, expectFlag, flagged, grader } from "./rubrics.fixture";

const grade = grader("by-script");

// More classes of misreading found on answers the grader had not seen, each in our own words: the
// way of saying a point is covered in several wordings, and its neighbours that say something else
// are not.
describe("more classes of misreading on unseen answers", () => {
  it("reads closing while still able to receive, or one side barred from sending while the other may, as the half-close", () => {
    for (const text of [
      "Either endpoint may close its side and still receive whatever the peer sends.",
      "After its FIN the client cannot send any more, but it can still read what the server writes.",
      "A half-closed socket is one-way: the remote side may still send data.",
      "FIN을 보낸 호스트는 더 이상 데이터를 전송할 수 없지만, 반대편 호스트는 데이터를 보낼 수 있다.",
      "한쪽이 닫아도 여전히 받을 수는 있다. 연결이 단방향이 된다.",
    ]) {
      const g = grade("iv-half-close", text);
      expect(covered(g), text).toEqual(expect.arrayContaining(["one-direction", "keep-receiving"]));
      expect(g.score, text).toBeGreaterThanOrEqual(0.7);
      expect(flagged(g), text).toEqual([]);
    }
    // Neither side left able to send is no half-close.
    expect(covered(grade("iv-half-close", "FIN을 보내면 두 쪽 모두 보낼 수 없게 된다."))).not.toContain("one-direction");
    expectFlag("iv-half-close", "One FIN closes the whole connection in both directions at once.", "fin-closes-both-directions");
  });

  it("reads SYN cookies named as the defence in more verbs, and the crafted ISN without the word cookie", () => {
    const attack = "The attacker sends SYNs and never the final ACK, so the server's SYN queue fills with half-open connections.";
    for (const defence of [
      "Most kernels implement SYN cookies to counter this.",
      "SYN cookies are the usual mechanism against it.",
      "Under attack the server answers with a SYN-ACK whose initial sequence number is specially crafted, and keeps no entry.",
    ]) {
      const g = grade("iv-syn-flood", `${attack} ${defence}`);
      expect(covered(g), defence).toContain("cookies");
      expect(g.score, defence).toBeGreaterThanOrEqual(0.7);
    }
    const ko = "공격자는 SYN만 보내고 ACK를 보내지 않아 서버의 SYN 큐가 반쯤 열린 연결로 가득 찬다.";
    for (const defence of ["대책으로 SYN 쿠키를 쓴다.", "서버는 해시로 만든 특수한 시퀀스 번호를 SYN+ACK에 담아 보낸다."])
      expect(covered(grade("iv-syn-flood", `${ko} ${defence}`)), defence).toContain("cookies");
    // A sequence number named with no cookie or crafted value is no defence.
    expect(covered(grade("iv-syn-flood", `${attack} The SYN-ACK carries the server's initial sequence number.`))).not.toContain("cookies");
  });

  it("gives a state to the Korean topic when a side inside the relative clause before it waits", () => {
    for (const text of [
      "서버는 클라이언트가 ACK로 응답하기를 기다리는 SYN_RECEIVED 상태가 된다.",
      "서버는 클라이언트의 ACK가 오기를 기다리는 SYN_RCVD 상태로 바뀐다.",
      "서버는 클라이언트가 다시 응답을 보내기를 기다리는 SYN-RECEIVED 상태가 됩니다.",
    ])
      expectClean("iv-three-way", text);
    // With no topic the side marked 가 is the one said to wait in the state.
    expectFlag("iv-three-way", "클라이언트가 ACK를 기다리는 SYN_RECEIVED 상태가 된다.", "wrong-state-for-side");
  });
});
