import { describe, expect, it } from "vitest";
import { expectClean, expectFlag, grader } from "./rubrics.fixture";

const grade = grader("by-script");

describe("a side named only as the subject of quoted news ('서버가 연결을 종료했다는 신호')", () => {
  it("is not the subject of the sentence, nor of the clauses after it", () => {
    expectClean(
      "iv-four-way",
      "4. FIN_WAIT_2에서 서버가 연결을 종료했다는 신호를 기다리다가 FIN을 받으면 ACK를 서버에 전송하고 자신은 TIME_WAIT으로 상태를 바꾼다.",
    );
    expectClean("iv-four-way", "Server가 데이터를 다 보냈다는 신호를 기다리다가, FIN을 받으면 ACK를 보내고 TIME_WAIT 상태가 된다.");
  });
  it("keeps a side that does act in the sentence, and a noun named with 라는", () => {
    expectFlag("iv-four-way", "서버는 클라이언트가 연결을 종료했다는 신호를 받으면 ACK를 보내고 TIME_WAIT 상태가 된다.", "time-wait-on-server");
    expectFlag("iv-four-way", "서버가 FIN이라는 세그먼트를 받고 ACK를 보낸 뒤 TIME_WAIT 상태가 된다.", "time-wait-on-server");
  });
});

describe("an acknowledgement whose plus sign was lost on the way ('ACK = J 1')", () => {
  it("is J+1, not an ack equal to the sequence number", () => {
    expectClean(
      "iv-three-way",
      "First, the client sends a SYN packet (SYN = J) to the server and enters SYN_SENT. Second, the server confirms the client's SYN (ACK = J 1) and sends its own SYN (SYN = K), entering SYN_RECV. Third, the client sends ACK = K 1.",
    );
    expect(
      grade("iv-three-way", "The client sends SYN (seq = x). The server answers with SYN+ACK (seq = y, ack = x 1). The client sends ACK (ack = y 1).").points,
    ).toContainEqual(expect.objectContaining({ id: "plus-one", covered: true }));
  });
  it("is still ack = seq where nothing follows the number", () => {
    expectFlag("iv-three-way", "The client sends SYN (seq = x). The server answers with SYN+ACK (seq = y, ack = x). The client sends ACK.", "ack-not-plus-one");
  });
});

describe("inline HTML copied from a page ('<b>FIN_WAIT_2</b> 상태', '<br>')", () => {
  it("reads as the words it marks, and a <br> ends the line", () => {
    expectClean("iv-four-way", "2. 서버: 클라이언트로 <b>ACK 세그먼트</b> 보냄, <b>CLOSE_WAIT</b> 상태<br>클라이언트 : FIN을 받기 위해 <b>FIN_WAIT_2</b> 상태");
  });
  it("still reads the claim a marked word makes", () => {
    expectFlag("iv-four-way", "서버는 마지막 ACK를 받고 <b>TIME_WAIT</b> 상태가 된다.", "time-wait-on-server");
  });
});

describe("handshake-gives-reliability and -ordering told in a list of manners ('안정적으로, 순서대로, …')", () => {
  it("is read through the list", () => {
    const text = "TCP는 3-way handshake 과정을 통해 1:1 연결을 하기 때문에 안정적으로, 순서대로, 에러 없는 데이터 송수신을 보장하지만 느립니다.";
    expectFlag("iv-tcp-vs-udp", text, "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", text, "handshake-gives-ordering");
  });
  it("is no mistake where sequence numbers do the ordering", () => {
    expectClean("iv-tcp-vs-udp", "TCP는 3-way handshake로 연결을 맺은 뒤 시퀀스 번호와 재전송으로 안정적으로, 순서대로 데이터 송수신을 보장한다.");
  });
});

describe("three more wordings of misconceptions seen in published pages", () => {
  it("time-wait-blocks-port: TIME_WAIT said to keep new connections from being accepted", () => {
    expectFlag(
      "iv-time-wait-buildup",
      "Lots of sockets in TIME_WAIT on a server could eventually prevent new connections from being accepted.",
      "time-wait-blocks-port",
    );
    expectClean(
      "iv-time-wait-buildup",
      "Lots of sockets in TIME_WAIT on a client can prevent new connections from being established because its ephemeral ports run out.",
    );
  });
  it("tw-recycle-safe: the setting written to /proc as the fix", () => {
    expectFlag(
      "iv-time-wait-buildup",
      "Let's change those values.\necho 30 > /proc/sys/net/ipv4/tcp_fin_timeout\necho 1 > /proc/sys/net/ipv4/tcp_tw_recycle",
      "tw-recycle-safe",
    );
    expectClean("iv-time-wait-buildup", "Never run echo 1 > /proc/sys/net/ipv4/tcp_tw_recycle: it breaks clients behind NAT.");
  });
  it("urg-means-priority: the flag named in Korean in a list of letters", () => {
    expectFlag("iv-flags", "- U: 긴급 bit(우선순위 높음)\n- A: Ack bit(승인에 대한 응답)", "urg-means-priority");
    expectClean("iv-flags", "- U: 긴급 비트(긴급 포인터 필드가 유효함)\n- P: Push bit(버퍼를 기다리지 않고 응용에 바로 전달)");
  });
});

describe("two sides' parts of one step written on one line, split by a slash ('서버: … / 클라이언트: …')", () => {
  it("gives each part to its own side", () => {
    expectClean("iv-four-way", "2. 서버: 클라이언트로 ACK 세그먼트 보냄, CLOSE_WAIT 상태 / 클라이언트 : FIN받기 위해 FIN_WAIT_2 상태");
    expectFlag("iv-four-way", "서버: FIN_WAIT_1 / Client: LISTEN", "listen-before-syn-sent");
  });
});

describe("the lost-last-ACK reason told as making sure the ACK arrived (RFC 9293's own wording)", () => {
  it("earns the point in English and Korean", () => {
    for (const text of [
      "TIME-WAIT represents waiting for enough time to pass to be sure the remote TCP received the acknowledgment of its connection termination request.",
      "TIME_WAIT는 상대가 마지막 ACK를 받았는지 확실히 하기 위해 기다리는 상태이다.",
    ])
      expect(grade("iv-why-time-wait", text).points, text).toContainEqual(expect.objectContaining({ id: "last-ack-lost", covered: true }));
  });
  it("is not earned by a wait that names no acknowledgement", () => {
    expect(grade("iv-why-time-wait", "TIME_WAIT waits to be sure every data segment was received.").points).toContainEqual(
      expect.objectContaining({ id: "last-ack-lost", covered: false }),
    );
  });
});

describe("SYN cookies told as keeping no state in other words ('avoid storing state', 'using SYN cookies')", () => {
  it("earns the cookies point", () => {
    for (const text of [
      "The attacker sends SYNs and never the ACK, so the SYN queue fills. SYN cookies let the server avoid storing state until the ACK arrives.",
      "The attacker sends SYNs and never the ACK, so the SYN queue fills. Using SYN cookies, the server answers them all.",
    ])
      expect(grade("iv-syn-flood", text).points, text).toContainEqual(expect.objectContaining({ id: "cookies", covered: true }));
  });
});

describe("three answers in plain words that missed a point", () => {
  it("the 2MSL timer restarting is not the other side's retransmission timer firing 'again'", () => {
    const g = grade(
      "iv-final-ack-lost",
      "If the last ACK gets lost, the server sitting in LAST_ACK never sees it, so its retransmission timer fires and it sends the FIN again. The client is still in TIME_WAIT, so it can answer that FIN with another ACK, and it restarts its 2MSL timer.",
    );
    expect(g.mistakes).toEqual([]);
    expect(g.points.find((p) => p.id === "timer-restart")?.evidence).toMatch(/restarts its 2MSL/);
  });
  it("a lost SYN+ACK resent by the server, named once in the condition", () => {
    for (const text of [
      "If the SYN-ACK is lost, the server resends it and the client also resends its SYN.",
      "SYN+ACK가 유실되면 서버가 재전송한다.",
      "SYN+ACK가 손실되면 서버는 타이머가 만료된 뒤 다시 보낸다.",
    ])
      expect(grade("iv-handshake-loss", text).points, text).toContainEqual(expect.objectContaining({ id: "synack-lost", covered: true }));
    expect(grade("iv-handshake-loss", "If the SYN-ACK is lost, the client waits.").points).toContainEqual(
      expect.objectContaining({ id: "synack-lost", covered: false }),
    );
  });
  it("a RST for a SYN to a port where nothing listens", () => {
    expect(grade("iv-rst-vs-fin", "A RST is sent when a SYN arrives at a port where nothing listens.").points).toContainEqual(
      expect.objectContaining({ id: "when-rst", covered: true }),
    );
  });
});

describe("half-close told as sending finished while receiving goes on ('보내기만 끝내고 받기는 계속한다')", () => {
  it("earns the one-direction point, and a plain end of sending does not", () => {
    expect(grade("iv-half-close", "half-close는 한쪽이 보내기만 끝내고 받기는 계속하는 상태입니다.").points).toContainEqual(
      expect.objectContaining({ id: "one-direction", covered: true }),
    );
    expect(grade("iv-half-close", "클라이언트가 데이터 전송을 끝내면 FIN을 보낸다.").points).toContainEqual(
      expect.objectContaining({ id: "one-direction", covered: false }),
    );
  });
});

describe("server-established-after-synack told as following from the reply in one sentence", () => {
  it("is flagged with no third ACK told after it", () => {
    for (const text of [
      "Once the server has sent its SYN-ACK, the server is in ESTABLISHED state.",
      "서버는 SYN+ACK를 보내는 즉시 ESTABLISHED 상태가 된다.",
      "서버는 SYN+ACK를 보낸 뒤 ESTABLISHED 상태가 된다.",
    ])
      expectFlag("iv-three-way", text, "server-established-after-synack");
  });
  it("is no mistake where the client's ACK comes between", () => {
    expectClean("iv-three-way", "The server sends SYN-ACK and waits in SYN_RECEIVED; it becomes ESTABLISHED when the client's ACK arrives.");
    expectClean("iv-three-way", "서버는 SYN+ACK를 보낸 뒤 클라이언트의 ACK를 받으면 ESTABLISHED 상태가 된다.");
    expectClean("iv-three-way", "After the server sends SYN-ACK, the client replies with ACK and the server becomes ESTABLISHED.");
  });
});

describe("three misconceptions said in fewer words", () => {
  it("handshake-only-liveness with the purpose named before it", () => {
    expectFlag("iv-why-not-two-way", "The only purpose of the three-way handshake is to check that the server is alive.", "handshake-only-liveness");
    expectClean("iv-why-not-two-way", "Its purpose is not only to check that the server is alive: the third step also acknowledges the server's ISN.");
  });
  it("handshake-closes-connection told as what it is used for", () => {
    expectFlag("iv-three-way", "The three-way handshake is used to close a TCP connection.", "handshake-closes-connection");
    expectClean("iv-three-way", "The three-way handshake is used to establish a connection, while FIN segments are used to close it.");
  });
  it("mss-is-path-mtu-discovery told as how the path MTU is found", () => {
    expectFlag("iv-syn-options", "The MSS option is how TCP discovers the path MTU.", "mss-is-path-mtu-discovery");
    expectClean("iv-syn-options", "The MSS option is not how TCP discovers the path MTU; that uses ICMP.");
  });
});

describe("four misconceptions in plain Korean", () => {
  it("are flagged", () => {
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT는 상대가 보낼 남은 데이터를 기다리는 상태이다.", "close-wait-waits-for-data");
    expectFlag("iv-four-way", "클라이언트는 서버에게 FIN_WAIT_1 패킷을 보낸다.", "state-sent-as-segment");
    expectFlag("iv-three-way", "3-way handshake는 연결을 종료할 때 사용된다.", "handshake-closes-connection");
    expectFlag("iv-syn-options", "MSS 옵션으로 경로 MTU를 알아낸다.", "mss-is-path-mtu-discovery");
  });
  it("and their true neighbours are not", () => {
    expectClean("iv-close-wait-leak", "CLOSE_WAIT에서 서버는 남은 데이터를 보낸 뒤 close()를 호출해야 한다.");
    expectClean("iv-four-way", "클라이언트는 FIN 패킷을 보내고 FIN_WAIT_1 상태가 된다.");
    expectClean("iv-three-way", "3-way handshake는 연결을 시작할 때 사용되고, 종료할 때는 4-way handshake를 사용한다.");
    expectClean("iv-syn-options", "MSS 옵션으로 경로 MTU를 알아내는 것이 아니라 ICMP로 알아낸다.");
  });
});

describe("readings found on pool8", () => {
  it("a side's own program acts for it, and a side with 에 before a sending verb is where the segment went", () => {
    expectClean(
      "iv-four-way",
      "3. ACK를 받은 클라이언트는 상태를 FIN_WAIT2로 변경한다.\n4. close() 요청을 받은 서버 어플리케이션은 종료 프로세스를 진행하고 FIN을 클라이언트에 보내 LAST_ACK 상태로 바꾼다.",
    );
    expectFlag("iv-four-way", "서버 프로세스는 마지막 ACK를 받고 TIME_WAIT 상태가 된다.", "time-wait-on-server");
  });
  it("the handshake bringing reliable delivery, not done for reliability's sake", () => {
    expectClean("iv-tcp-vs-udp", "TCP는 신뢰성 확보를 위해 3-way handshake 라는 작업을 진행합니다.");
    expectFlag("iv-tcp-vs-udp", "핸드쉐이크를 통한 안정적이고 신뢰성 있는 데이터 통신이 TCP의 장점이다.", "handshake-gives-reliability");
    expectClean("iv-tcp-vs-udp", "TCP는 신뢰성 확보를 위해 재전송과 확인 응답을 쓰고, 연결은 3-way handshake로 맺는다.");
  });
  it("TIME_WAIT said to hold off the server's new connections", () => {
    expectFlag(
      "iv-time-wait-buildup",
      "If your client opens 65536 connections to the server, you will have to wait 30 minutes in TIME_WAIT before the server can accept new connections.",
      "time-wait-blocks-port",
    );
  });
});
