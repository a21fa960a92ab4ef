import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

describe("isn-fixed in an answer that says elsewhere its numbers are random or picked for ease", () => {
  it("is an example, not the claim", () => {
    expectClean(
      "iv-three-way",
      "Real stacks pick each ISN at random. Here I use 0 to keep it short. The first SYN goes out with an initial sequence number of 0 and no payload.",
    );
    expectClean("iv-three-way", "설명을 쉽게 하려고 편의상 숫자를 작게 잡았다. 클라이언트는 ISN이 0인 SYN을 보낸다.");
  });
  it("is still the claim in an answer that never says so", () => {
    expectFlag("iv-three-way", "The first SYN goes out with an initial sequence number of 0 and no payload. The server answers with SYN+ACK.", "isn-fixed");
  });
});

describe("reliability or order drawn as a consequence of the handshake told the sentence before", () => {
  it("is handshake-gives-reliability or handshake-gives-ordering", () => {
    expectFlag(
      "iv-tcp-vs-udp",
      "TCP는 연결 지향 프로토콜로 3-way handshake 과정을 거쳐 연결을 맺는다. 그래서 신뢰성이 높지만 UDP보다 느리다.",
      "handshake-gives-reliability",
    );
    expectFlag("iv-tcp-vs-udp", "TCP는 3-way handshake로 연결을 먼저 만든다. 이 때문에 안정성을 보장하지만 속도가 느리다.", "handshake-gives-reliability");
    expectFlag(
      "iv-tcp-vs-udp",
      "TCP sets up every connection with a three-way handshake. Therefore TCP is reliable, while UDP is not.",
      "handshake-gives-reliability",
    );
    expectFlag("iv-tcp-vs-udp", "TCP는 3-way handshake로 연결을 맺는다. 따라서 데이터의 전송 순서를 보장한다.", "handshake-gives-ordering");
  });
  it("is no mistake where the mechanisms are named, nothing about reliability follows, or the connection is what is reliable", () => {
    expectClean("iv-tcp-vs-udp", "TCP는 3-way handshake로 연결을 맺는다. 따라서 연결 지향 프로토콜이라고 부른다.");
    expectClean("iv-tcp-vs-udp", "TCP는 3-way handshake로 연결을 맺고, 시퀀스 번호와 ACK로 손실을 복구한다. 따라서 신뢰성이 높다.");
    expectClean("iv-tcp-vs-udp", "TCP opens with a three-way handshake. Lost segments are retransmitted after a timeout. So TCP is reliable.");
    expectClean("iv-tcp-vs-udp", "TCP numbers every byte and retransmits what is not acknowledged. Therefore TCP is reliable.");
    expectClean("iv-tcp-vs-udp", "TCP는 3-way handshake로 연결을 맺는다. 따라서 시퀀스 번호로 순서를 보장할 수 있다.");
    expectClean("iv-tcp-vs-udp", "TCP는 3-way handshake를 한다. 그래서 신뢰성이 있는 연결을 만든다.");
  });
});
