import { describe, expect, it } from "vitest";
import { expectClean, expectFlag, grader } from "./rubrics.fixture";

const grade = grader("by-script");

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

describe("TIME_WAIT's length said to be read from tcp_fin_timeout or set by it", () => {
  it("is fin-timeout-sets-time-wait", () => {
    expectFlag(
      "iv-why-time-wait",
      "After exit the sockets sit in TIME_WAIT and stay in this state for 60 seconds (the default, read from /proc/sys/net/ipv4/tcp_fin_timeout).",
      "fin-timeout-sets-time-wait",
    );
    expectFlag("iv-why-time-wait", "TIME_WAIT lasts for the time configured by net.ipv4.tcp_fin_timeout.", "fin-timeout-sets-time-wait");
  });
  it("is no mistake where tcp_fin_timeout is given to FIN_WAIT_2 or denied", () => {
    expectClean("iv-why-time-wait", "TIME_WAIT lasts 60 seconds on Linux; the FIN_WAIT_2 timeout is configured by tcp_fin_timeout.");
    expectClean("iv-why-time-wait", "TIME_WAIT lasts 60 seconds; it is not set by tcp_fin_timeout.");
  });
});

describe("TIME_WAIT said to end when data is through", () => {
  it("is time-wait-waits-for-data", () => {
    expectFlag(
      "iv-why-time-wait",
      "When all outstanding segments have been delivered, the socket leaves TIME_WAIT and can be used again.",
      "time-wait-waits-for-data",
    );
    expectFlag("iv-why-time-wait", "The socket exits TIME_WAIT once the remaining data has been acknowledged.", "time-wait-waits-for-data");
    expectFlag("iv-why-time-wait", "TIME_WAIT 상태는 남은 데이터가 모두 전달되면 끝난다.", "time-wait-waits-for-data");
  });
  it("is no mistake where it ends as old segments expire, or where the close waits for data", () => {
    expectClean("iv-why-time-wait", "The socket leaves TIME_WAIT after 2MSL, once any delayed segments have expired.");
    expectClean("iv-why-time-wait", "TIME_WAIT는 2MSL이 지나 지연된 패킷이 모두 사라지면 끝난다.");
    expectClean("iv-four-way", "The client closes the connection once all data has been sent, then waits in TIME_WAIT for 2MSL.");
  });
});

describe("reliability credited to what the handshake sets up", () => {
  it("is no mistake where sequence numbers or the window are named as what it sets up", () => {
    expectClean(
      "iv-tcp-vs-udp",
      "핸드셰이크 과정에서 양쪽은 시퀀스 번호를 설정하고 윈도우 크기를 맞춰 흐름을 제어하기 때문에 신뢰성 있는 데이터 전송이 가능하다.",
    );
    expectClean("iv-tcp-vs-udp", "The handshake synchronizes both initial sequence numbers, which is what later lets TCP deliver data reliably.");
  });
  it("is still the mistake where the handshake alone is the reason", () => {
    expectFlag("iv-tcp-vs-udp", "3-way handshake 과정을 통해 연결을 설정하기 때문에 높은 신뢰성을 보장한다.", "handshake-gives-reliability");
  });
});

describe("CLOSE_WAIT said to time out, with no rubric words needed", () => {
  it("is close-wait-times-out", () => {
    expectFlag("iv-close-wait-leak", "A CLOSE_WAIT socket eventually expires.", "close-wait-times-out");
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT 상태는 일정 시간이 지나면 타임아웃된다.", "close-wait-times-out");
    expectClean("iv-close-wait-leak", "CLOSE_WAIT never times out; the application must call close().");
  });
});

describe("false flags found on published answers", () => {
  it("gives a state labelling its line to the side whose segment was acted on, not the agent after 'by'", () => {
    expectClean("iv-four-way", "FIN-WAIT-2: the client's FIN has been acknowledged by the server; the client now waits for the server's FIN.");
    expectFlag("iv-four-way", "CLOSE-WAIT: Client FIN acknowledged by Server.", "wrong-state-for-side");
  });
  it("reads the spoken 'X와 틀리게' as 'unlike X'", () => {
    expectClean("iv-tcp-vs-udp", "TCP는 UDP와 틀리게 3-way handshake로 연결을 수립하고 ESTABLISHED 상태에서 데이터를 주고받는다.");
  });
  it("leaves the connection's own mechanisms credited with reliability", () => {
    expectClean("iv-tcp-vs-udp", "Before data flows, TCP sets up a connection; the connection mechanisms are what let it deliver data reliably.");
  });
  it("leaves one program's own default told as a change (the built-in check; a rubric's own words still read it)", () => {
    expectClean("iv-why-time-wait", "In version 3 of our proxy, TCP keepalive is now enabled by default and can be switched off in the config.");
  });
  it("leaves a segment acknowledged without sequence validation", () => {
    expectClean("iv-why-time-wait", "In that stack any segment with FIN set is ACKed without sequence validation, which is a bug.");
  });
  it("does not read a rubric's 'A ~ B' across a 'never' between them", () => {
    expectClean("iv-close-wait-leak", "CLOSE_WAIT never times out; the application must call close().");
  });
});

describe("a transition told with no side between states of different sides", () => {
  it("is the first state's side passing into the other's", () => {
    expectFlag("iv-four-way", "It should be a CLOSE_WAIT -> TIME_WAIT transition.", "time-wait-on-server");
  });
  it("is no mistake as a segment's flight between the sides, or through CLOSING", () => {
    expectClean("iv-four-way", "FIN_WAIT_1 -> CLOSE_WAIT");
    expectClean("iv-four-way", "If both close at once, FIN_WAIT_1 transitions to CLOSING and then TIME_WAIT.");
  });
  it("reads 'the passive one' and 'the active one' as the sides that close second and first", () => {
    expectClean("iv-four-way", "The active closer transitions FIN_WAIT_2 -> TIME_WAIT, and the passive one CLOSE_WAIT -> LAST_ACK.");
  });
});

describe("a state in a table row's first cell, defined by the next cell", () => {
  it("is held by the side the definition is about", () => {
    expectFlag("iv-four-way", "| 상태 | 설명 |\n|---|---|\n| FIN_WAIT_2 | 서버가 클라이언트의 FIN을 기다리는 상태 |", "wrong-state-for-side");
    expectClean("iv-four-way", "| 상태 | 설명 |\n|---|---|\n| FIN_WAIT_2 | 클라이언트가 서버의 FIN을 기다리는 상태 |");
    expectClean("iv-four-way", "| 클라이언트 | 서버 |\n|---|---|\n| FIN_WAIT_1 | CLOSE_WAIT |");
  });
});

describe("a state's name written in Hangul", () => {
  it("is read as the state", () => {
    expectFlag("iv-why-time-wait", "타임 웨이트 상태는 서버 쪽에서 발생한다.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "서버가 타임웨이트 상태로 들어간다.", "time-wait-on-server");
    expectFlag("iv-four-way", "클로즈 웨이트와 타임 웨이트는 사실상 같은 상태다.", "close-wait-equals-time-wait");
    expectFlag("iv-four-way", "클라이언트는 라스트 액 상태가 된다.", "wrong-state-for-side");
    expectClean("iv-why-time-wait", "클라이언트는 타임웨잇 상태에서 2MSL 동안 기다린다.");
  });
  it("quotes the learner's own Hangul word", () => {
    const g = grade("iv-four-way", "클라이언트는 라스트 액 상태가 된다.", "ko");
    const text = "클라이언트는 라스트 액 상태가 된다.";
    expect(g.mistakes[0]!.spans.map(([a, b]) => text.slice(a, b)).join(" ")).toContain("라스트 액");
  });
});

describe("a FIN said to end both directions", () => {
  it("is read with 끝나다 too", () => {
    expectFlag("iv-four-way", "FIN을 보내면 양방향 통신이 모두 끝난다.", "fin-closes-both-directions");
  });
  it("is no mistake once both FINs are told", () => {
    expectClean("iv-four-way", "양쪽이 FIN을 보내면 양방향 연결이 종료된다.");
    expectClean("iv-four-way", "서버도 FIN을 보내고 나면 양방향 통신이 모두 끝난다.");
    expectClean("iv-four-way", "Once both sides have sent FIN, the whole connection is closed.");
  });
});

describe("a port in TIME_WAIT said to take no client, and a FIN said to end the exchange", () => {
  it("is time-wait-blocks-port or fin-closes-both-directions", () => {
    expectFlag("iv-why-time-wait", "TIME_WAIT 상태의 포트는 다른 클라이언트가 접속할 수 없다.", "time-wait-blocks-port");
    expectFlag("iv-why-time-wait", "While the socket is in TIME_WAIT, no other client can connect to that port.", "time-wait-blocks-port");
    expectFlag("iv-four-way", "FIN 패킷을 받으면 더 이상 데이터를 주고받을 수 없다.", "fin-closes-both-directions");
    expectFlag("iv-four-way", "After a FIN, no more data can be exchanged.", "fin-closes-both-directions");
  });
  it("is no mistake for one socket pair, or once both FINs are told", () => {
    expectClean("iv-why-time-wait", "TIME_WAIT 동안 같은 소켓 쌍으로는 다시 연결할 수 없다.");
    expectClean("iv-four-way", "양쪽이 FIN을 주고받으면 더 이상 데이터를 주고받을 수 없다.");
  });
});

describe("false flags found on a second pool of published answers", () => {
  it("reads 'the peer that initiates the active close' as the side that closes first", () => {
    expectClean("iv-why-time-wait", "The peer that initiates the active close is the one that ends up in TIME_WAIT, so a client that closes first keeps it.");
  });
  it("reads 'the side that sends the final FIN' as the side that closes second", () => {
    expectClean("iv-four-way", "The side that sends the first FIN ends in TIME_WAIT, while the side that sends the final FIN passes through CLOSE_WAIT.");
  });
  it("leaves an ACK said to equal the sequence number plus the length", () => {
    expectClean("iv-three-way", "ACK 번호는 받은 시퀀스 번호에 데이터 길이를 더한 것과 같은 값이다.");
    expectFlag("iv-three-way", "서버는 클라이언트의 시퀀스 번호와 같은 값을 ACK 번호로 보낸다.", "ack-not-plus-one");
  });
});

describe("who sends, in three Korean layouts the reader got wrong", () => {
  it("reads a side spaced from its particle", () => {
    const g = grade("iv-three-way", "서버 는 클라이언트가 보낸 SYN을 받는다.", "ko");
    expect(g.points.find((p) => p.id === "syn")?.covered).toBe(true);
  });
  it("does not take a side heading a bracketed note as the sender", () => {
    const g = grade("iv-three-way", "(서버: LISTEN) 클라이언트가 SYN을 보낸다. 서버가 SYN+ACK를 보낸다. 클라이언트가 ACK를 보낸다.", "ko");
    expect(g.points.find((p) => p.id === "syn")?.covered).toBe(true);
    expect(g.mistakes).toEqual([]);
  });
  it("gives a relative verb after a later subject to that subject", () => {
    const g = grade("iv-three-way", "클라이언트가 서버가 보낸 SYN+ACK를 받는다. 그 다음 ACK를 보낸다.", "ko");
    expect(g.points.find((p) => p.id === "syn-ack")?.covered).toBe(true);
    expect(g.points.find((p) => p.id === "ack")?.covered).toBe(true);
  });
});
