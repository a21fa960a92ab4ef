import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

describe("the handshake given as the reason TCP is reliable", () => {
  it("is handshake-gives-reliability, in a reason frame of either language", () => {
    for (const [prompt, answer] of [
      ["iv-tcp-vs-udp", "TCP가 신뢰성 있는 프로토콜인 이유는 3-way handshake를 하기 때문이다."],
      ["iv-tcp-vs-udp", "TCP가 신뢰할 수 있는 이유는 바로 3-way handshake 때문입니다."],
      ["iv-tcp-vs-udp", "TCP를 신뢰성 있는 프로토콜이라고 하는 것은 3 way handshake 덕분이다."],
      ["iv-tcp-vs-udp", "The reason TCP is reliable is the three-way handshake."],
      ["iv-tcp-vs-udp", "What makes TCP reliable is the 3-way handshake."],
      ["iv-tcp-vs-udp", "TCP is reliable because it establishes a connection with a three-way handshake before sending data."],
      ["iv-tcp-vs-udp", "TCP guarantees delivery thanks to the three-way handshake."],
    ] as const)
      expectFlag(prompt, answer, "handshake-gives-reliability");
  });
  it("is not read where the reason given is the acknowledgements, or where the handshake is what has a reason", () => {
    expectClean("iv-tcp-vs-udp", "TCP가 신뢰성을 보장하는 이유는 확인 응답과 재전송 때문이며, 3-way handshake는 연결을 여는 과정일 뿐이다.");
    expectClean("iv-tcp-vs-udp", "The reason TCP is reliable is acknowledgements and retransmission, not the handshake.");
    expectClean("iv-tcp-vs-udp", "TCP guarantees delivery through acknowledgements and retransmission; the three-way handshake only opens the connection.");
    expectClean("iv-why-not-two-way", "3-way handshake를 하는 이유는 양쪽의 초기 시퀀스 번호를 확인하기 때문이다.");
  });
});

describe("the server's ESTABLISHED told before the reply it is said to follow", () => {
  it("is server-established-after-synack when the reply alone brings it ('right after sending SYN-ACK')", () => {
    expectFlag("iv-three-way", "The server becomes ESTABLISHED right after sending SYN-ACK.", "server-established-after-synack");
    expectFlag("iv-three-way", "The server moves to ESTABLISHED as soon as it sends the SYN/ACK back to the client.", "server-established-after-synack");
  });
  it("is not read when the client's ACK is told in the same sentence", () => {
    expectClean("iv-three-way", "The server becomes ESTABLISHED after it sends SYN-ACK and receives the client's ACK.");
    expectClean("iv-three-way", "The client becomes ESTABLISHED right after it receives the SYN-ACK and sends the ACK.");
  });
});

describe("Korean spellings of the numbers and the round trip", () => {
  it("reads 'seq 번호' as the sequence number an ack copies", () => {
    expectFlag("iv-three-way", "서버는 SYN을 받으면 ack 번호에 클라이언트의 seq 번호를 그대로 넣어 SYN+ACK를 보낸다.", "ack-not-plus-one");
    expectClean("iv-three-way", "서버는 SYN을 받으면 ack 번호에 클라이언트의 seq 번호에 1을 더한 값을 넣어 SYN+ACK를 보낸다.");
  });
  it("reads '왕복 시간(RTT)의 두 배' as a TIME_WAIT of two round trips", () => {
    expectFlag("iv-why-time-wait", "TIME_WAIT는 왕복 시간(RTT)의 두 배 동안 유지된다.", "time-wait-is-2rtt");
    expectClean("iv-why-time-wait", "TIME_WAIT는 MSL의 두 배 동안 유지된다. 재전송 타이머는 왕복 시간(RTT)을 보고 정한다.");
  });
});
