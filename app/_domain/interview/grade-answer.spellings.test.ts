import { describe, expect, it } from "vitest";
import { covered, expectClean, expectFlag, flagged, grader } from "./rubrics.fixture";

const grade = grader("by-script");

/**
 * Word forms learners write for the same claim, found by rewriting the corpus (corpus/rewrites.ts):
 * each once read wrong. Every case has its true neighbour, so a rule cannot pass by flagging more.
 */
describe("spellings and word forms learners use", () => {
  it("reads 'the server's in CLOSE_WAIT' as the server being there, and 'the server's FIN' as whose FIN", () => {
    const text = "A client sends a FIN; its socket is in FIN_WAIT_2 and the server's in CLOSE_WAIT.";
    expectClean("iv-half-close", text);
    expect(covered(grade("iv-half-close", text))).toContain("fin-wait-2");
    expectFlag("iv-half-close", "A client sends a FIN; its socket is in CLOSE_WAIT and the server's in FIN_WAIT_2.", "wrong-state-for-side");
    expect(
      covered(grade("iv-four-way", "The client sends a FIN. The server's ACK comes back, then the server's FIN, and the client sends the last ACK.")),
    ).toEqual(expect.arrayContaining(["fin", "ack", "second-fin", "last-ack"]));
  });

  it("does not put a state on the side data comes from ('data from the peer')", () => {
    for (const text of [
      "TIME_WAIT doesn't exist to wait for remaining data from the peer; it lets the active closer ACK a retransmitted FIN if the last ACK is lost, and waits 2MSL so old segments expire.",
      "TIME_WAIT isn't there to wait for remaining data from the peer; the active closer waits 2MSL so a lost last ACK can be sent again and old segments expire.",
    ]) {
      expectClean("iv-why-time-wait", text);
      expect(grade("iv-why-time-wait", text).score, text).toBeGreaterThanOrEqual(0.7);
    }
    // The claim itself is still caught when it is made.
    expectFlag("iv-why-time-wait", "TIME_WAIT exists to wait for remaining data from the peer.", "time-wait-waits-for-data");
  });

  it("reads the short 클라 with any particle or mark, but not the start of 클라우드", () => {
    for (const text of [
      "클라: SYN\n서버: SYN+ACK\n클라: ACK",
      "서버가 클라한테 SYN+ACK를 보내고, 클라(송신 측)는 ACK로 답한다.",
      "클라와 서버 모두 TIME_WAIT 상태에 들어간다.",
    ]) {
      const g = grade(/TIME_WAIT/.test(text) ? "iv-four-way" : "iv-three-way", text);
      if (/TIME_WAIT/.test(text)) expect(flagged(g), text).toContain("time-wait-on-server");
      else expect(covered(g), text).toEqual(expect.arrayContaining(["syn-ack", "ack"]));
    }
    // "클라우드 서버" is a cloud server, not the client: the server's SYN+ACK stays the server's.
    expectClean("iv-three-way", "클라이언트가 SYN을 보내면 클라우드 서버가 SYN+ACK를 보내고, 클라이언트가 ACK를 보낸다.");
  });

  it("reads a side written in English inside a Korean sentence as the side", () => {
    expectFlag("iv-four-way", "클라이언트가 FIN을 보내면 서버는 ACK를 돌려주고, Server 소켓은 TIME_WAIT 상태에 머뭅니다.", "time-wait-on-server");
    expectClean("iv-four-way", "서버가 FIN에 ACK로 답하고 자기 FIN을 보내면, Client 소켓은 TIME_WAIT 상태에 머뭅니다.");
    for (const text of [
      "Client와 서버 모두 TIME_WAIT 상태에 들어간다.",
      "클라이언트랑 Server 둘 다 TIME_WAIT에 들어간다.",
      "The client and the server both enter TIME_WAIT.",
    ])
      expectFlag("iv-four-way", text, "time-wait-on-server");
    // Both send a FIN; only one waits: nothing to flag.
    expectClean("iv-four-way", "The client and the server both send a FIN, and only the client enters TIME_WAIT.");
  });

  it("keeps a list item apart from the flag on the line before it", () => {
    const text = "- SYN (클라이언트 → 서버), seq=x\n- SYN+ACK (서버 → 클라이언트), seq=y, ack=x+1\n- ACK (클라이언트 → 서버), ack=y+1";
    expect(covered(grade("iv-three-way", text))).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    // On one line, a joined pair is still one segment.
    expect(covered(grade("iv-three-way", "The server replies with SYN - ACK."))).toContain("syn-ack");
  });

  it("reads 2MSL written as '2 times the MSL' in a wrong claim as in a right one", () => {
    expectFlag("iv-four-way", "After the ACK the client sits in FIN_WAIT_2 for 2 times the MSL before it closes.", "two-msl-outside-time-wait");
    expect(covered(grade("iv-why-time-wait", "The active closer waits 2 times the MSL in TIME_WAIT so old segments expire."))).toContain("two-msl");
  });

  it("does not read the ack inside 'packet' as a flag that ends a claim", () => {
    expectFlag("iv-flags", "A SYN packet does not consume a sequence number.", "syn-no-sequence");
    expectFlag("iv-flags", "SYN packets do not consume sequence numbers.", "syn-no-sequence");
    // A pure ACK really consumes none: not a claim about SYN.
    expectClean("iv-flags", "Unlike a SYN packet, a pure ACK does not consume a sequence number.");
  });

  it("reads a contracted negation as the full one ('aren't enough')", () => {
    for (const text of [
      "Two segments aren't enough: the server's ISN would never be acknowledged, and an old duplicate SYN could open a connection.",
      "Two segments are not enough: the server's ISN would never be acknowledged, and an old duplicate SYN could open a connection.",
    ])
      expectClean("iv-why-not-two-way", text);
    expectFlag("iv-why-not-two-way", "Two segments are enough; the third ACK is only a formality.", "two-way-enough");
  });

  it("does not make the sender of a segment taken in the subject ('Upon receiving an ACK from the peer, …')", () => {
    const text =
      "The FIN_WAIT2 state comes after shutdown() sends a FIN. Upon receiving an ACK from the peer, the connection moves to FIN_WAIT2, where it remains until the client receives the server's FIN.";
    expectClean("iv-fin-wait-2-stuck", text);
    // A step told by its segment still names its sender with "from".
    expect(covered(grade("iv-four-way", "FIN from the client, then ACK from the server, then FIN from the server, and the last ACK from the client."))).toEqual(
      expect.arrayContaining(["fin", "ack", "second-fin", "last-ack"]),
    );
  });

  it("reads tcp_tw_reuse called useless for a server's incoming connections as the correction it is", () => {
    expectClean("iv-time-wait-buildup", "Enabling net.ipv4.tcp_tw_reuse is useless for incoming connections.");
    expectClean("iv-time-wait-buildup", "웹 서버에 TIME_WAIT가 쌓여도 tcp_tw_reuse를 켜는 건 소용없습니다. 연결을 재사용해야 합니다.");
    expectFlag("iv-time-wait-buildup", "Enable tcp_tw_reuse on the web server to fix the TIME_WAIT pile-up.", "tw-reuse-helps-incoming");
  });

  it("names the handshake's sides by what they do: the connecting host, 연결을 요청하는 쪽", () => {
    for (const text of [
      "The connecting host sends a SYN with its initial sequence number x. The listening host answers with a SYN-ACK carrying its own ISN y and ack x+1. Lastly the connecting host sends an ACK with ack y+1.",
      "연결을 요청하는 쪽이 SYN을 보내고, 요청을 받는 쪽이 SYN+ACK로 응답한 뒤, 연결을 요청하는 쪽이 ACK를 보낸다.",
    ]) {
      expect(covered(grade("iv-three-way", text)), text).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
      expectClean("iv-three-way", text);
    }
    // Named by role, a side's wrong state is caught as it is for "the server" or "클라이언트".
    expectFlag(
      "iv-three-way",
      "The listening host sends the first SYN and enters SYN_SENT; the connecting host replies with a SYN-ACK.",
      "server-enters-syn-sent",
    );
    expectFlag("iv-three-way", "연결을 요청하는 쪽은 SYN을 보낸 뒤 SYN_RCVD 상태가 된다.", "wrong-state-for-side");
    // The side asked to close is not the server by name: a close request is another matter.
    expectClean("iv-four-way", "종료를 요청하는 쪽이 FIN을 보내고, 종료 요청을 받는 쪽이 ACK를 보낸 뒤 자기 FIN을 보낸다.");
  });
});
