import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

// Misconceptions as a pool of published passages (mpool, 2026-12-03) showed people state them,
// each written as the family of wordings, in our own sentences, with correct neighbours beside it.

describe("the handshake told as what makes TCP reliable, by the connection it sets up", () => {
  it("reads the connection set up first as the means of reliable delivery", () => {
    expectFlag("iv-tcp-vs-udp", "Connection setup is what makes TCP's reliable delivery possible.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "TCP delivers data without loss by first establishing a connection.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "TCP makes sure no data is lost. It does this by opening a connection before sending.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "TCP guarantees delivery. This is achieved through the three-way handshake.", "handshake-gives-reliability");
  });
  it("reads reliability told as the handshake's result, in Korean", () => {
    expectFlag("iv-tcp-vs-udp", "핸드셰이크에서 양쪽이 준비를 확인하므로 신뢰성 있는 전송이 가능하다.", "handshake-gives-reliability");
  });
  it("leaves a connection opened for reliability's sake: reliable delivery does need the state a connection sets up", () => {
    expectClean("iv-tcp-vs-udp", "TCP는 신뢰성을 보장하기 위해 3-way 핸드셰이크로 연결을 맺는다.");
    expectClean("iv-tcp-vs-udp", "3-way handshake는 데이터를 보내기 전에 정확한 전송을 보장하기 위해 세션을 여는 과정이다.");
    expectClean("iv-tcp-vs-udp", "TCP는 손실 없이 데이터를 전달해야 한다. 그래서 먼저 3-way handshake를 한다.");
  });
  it("leaves a reliable connection, the handshake as a first step, and reliability given to ACKs", () => {
    expectClean("iv-tcp-vs-udp", "3-way 핸드셰이크는 신뢰성 있는 연결을 맺기 위한 과정이다.");
    expectClean("iv-tcp-vs-udp", "TCP는 핸드셰이크로 연결을 연 뒤, 확인 응답과 재전송으로 신뢰성을 보장한다.");
    expectClean("iv-tcp-vs-udp", "TCP는 신뢰성을 보장한다. 이를 위해 핸드셰이크로 연결을 연 뒤 ACK와 재전송을 쓴다.");
    expectClean("iv-tcp-vs-udp", "TCP guarantees reliable delivery. It does this with sequence numbers, acknowledgements and retransmission.");
    expectClean("iv-tcp-vs-udp", "Connection establishment makes sure both sides are ready and agree on their initial sequence numbers.");
  });
});

describe("data on a SYN told as forbidden, as allowed only later, or the handshake's segments as header-only", () => {
  it("reads the rule in any of its words", () => {
    expectFlag("iv-three-way", "It is illegal to put data in a SYN segment.", "syn-cannot-carry-data");
    expectFlag("iv-three-way", "You must not send any data with the SYN.", "syn-cannot-carry-data");
    expectFlag("iv-three-way", "Only the final ACK can carry data.", "syn-cannot-carry-data");
    expectFlag("iv-three-way", "SYN에 데이터를 실으면 안 된다.", "syn-cannot-carry-data");
    expectFlag("iv-three-way", "데이터는 세 번째 ACK부터만 실을 수 있다.", "syn-cannot-carry-data");
  });
  it("reads the handshake's segments told as header-only", () => {
    expectFlag("iv-three-way", "The segments of the three-way handshake contain only TCP and IP headers.", "syn-cannot-carry-data");
    expectFlag("iv-three-way", "3-way handshake에서는 페이로드 없이 헤더만 있는 관리용 세그먼트가 오간다.", "syn-cannot-carry-data");
  });
  it("leaves the usual case, a bare ACK, TCP Fast Open and data allowed", () => {
    expectClean("iv-three-way", "A SYN usually carries only headers.");
    expectClean("iv-three-way", "The third ACK of the handshake carries only a header, but it may also carry data.");
    expectClean("iv-three-way", "With TCP Fast Open it is no longer forbidden to put data in the SYN.");
    expectClean("iv-three-way", "마지막 ACK는 헤더만 있는 세그먼트지만 데이터를 함께 실을 수도 있다.");
    expectClean("iv-three-way", "SYN에도 데이터를 실을 수 있고, 받는 쪽은 연결이 성립될 때까지 그 데이터를 보관한다.");
  });
});

describe("urgent data told as priority, by the flag or by its own name", () => {
  it("reads urgent data named without the flag, and priority bought from the network", () => {
    expectFlag("iv-flags", "TCP's urgent feature lets a process prioritize some of its data.", "urg-means-priority");
    expectFlag("iv-flags", "URG\n\nurgent pointer. When set, the data is treated as priority over other data.", "urg-means-priority");
    expectFlag("iv-flags", "URG marks urgent data. QoS mechanisms then make sure such a packet is routed along faster links.", "urg-means-priority");
    expectFlag("iv-flags", "URG - handle the whole TCP segment immediately.", "urg-means-priority");
    expectFlag("iv-flags", "긴급 데이터는 다른 데이터보다 먼저 처리된다.", "urg-means-priority");
  });
  it("leaves urgent data told as in order, or QoS denied", () => {
    expectClean("iv-flags", "URG is not used for QoS; it tells the receiver that urgent data lies further along the stream.");
    expectClean("iv-flags", "The urgent pointer marks where the urgent data ends; the data still arrives in order.");
    expectClean("iv-flags", "긴급 포인터는 긴급 데이터가 끝나는 위치를 알릴 뿐, 먼저 처리되는 것은 아니다.");
  });
});

describe("TIME_WAIT told as keeping a port from everyone else", () => {
  it("reads new connections stopped until it ends, and connections refused for want of ports", () => {
    expectFlag("iv-time-wait-buildup", "With that many sockets in TIME_WAIT, no new connections are possible until they expire.", "time-wait-blocks-port");
    expectFlag("iv-time-wait-buildup", "TIME_WAIT가 수만 개 쌓이면 포트 고갈로 연결 거부가 난다.", "time-wait-blocks-port");
  });
  it("leaves the ruling's true readings: bind() on that port, by another process too, one socket pair, the client's ephemeral ports", () => {
    expectClean("iv-time-wait-buildup", "TIME_WAIT 상태에서는 같은 포트를 다른 프로세스가 bind 하지 못한다.");
    expectClean("iv-time-wait-buildup", "While the old socket sits in TIME_WAIT, another process cannot bind the same port without SO_REUSEADDR.");
    expectClean("iv-time-wait-buildup", "While a socket is in TIME_WAIT, bind() on that local port fails with EADDRINUSE unless SO_REUSEADDR is set.");
    expectClean("iv-time-wait-buildup", "TIME_WAIT ties up one src/dst address and port pair, so that pair cannot be reused for a while.");
    expectClean("iv-time-wait-buildup", "TIME_WAIT가 클라이언트 쪽에 쌓이면 임시 포트가 고갈되어 새 연결을 만들지 못한다.");
  });
});

describe("late packets handled by TIME_WAIT are its real work, not data waited for", () => {
  it("leaves the old connection handling its late packets, and still reads late data received", () => {
    expectClean(
      "iv-time-wait-buildup",
      "With SO_REUSEADDR the new socket may bind while the old connection stays in TIME_WAIT and handles its late packets itself.",
    );
    expectFlag("iv-why-time-wait", "TIME_WAIT lets the client receive the remaining data from the server.", "time-wait-waits-for-data");
  });
});
