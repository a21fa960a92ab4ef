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

  it("flags TCP's reliability credited to the handshake, not the handshake named beside what makes it reliable", () => {
    for (const text of [
      "TCP ensures reliable delivery by means of the three-way handshake.",
      "TCP is reliable because of the 3-way handshake.",
      "The handshake is what makes TCP reliable.",
      "The 3-way handshake guarantees reliable data transfer between the hosts.",
      "TCP는 3-way handshake를 거쳐 연결을 맺기 때문에 높은 신뢰성을 보장한다.",
      "핸드셰이크 덕분에 TCP는 신뢰성이 보장된다.",
      "TCP는 3-way handshaking을 통해 신뢰성을 확보한다.",
    ])
      expectFlag("iv-tcp-vs-udp", text, "handshake-gives-reliability");
    for (const text of [
      "TCP is a reliable, connection-oriented protocol that opens connections with a 3-way handshake.",
      "TCP opens a connection with a three-way handshake and makes delivery reliable with acknowledgements and retransmission.",
      "The three-way handshake makes connection setup reliable: an old duplicate SYN cannot open a connection.",
      "TCP's reliability comes not from the handshake but from sequence numbers and retransmission.",
      "TCP는 3-way handshake로 연결을 맺고, 확인 응답과 재전송으로 신뢰성을 보장한다.",
      "TCP는 3-way handshake를 쓰는 신뢰성 있는 프로토콜이다.",
      "3-way handshake는 연결 설정의 신뢰성, 곧 연결의 신뢰성을 보장한다.",
    ])
      expectClean("iv-tcp-vs-udp", text);
  });

  it("reads a sentence opening on 'It' after one about the handshake as said of the handshake", () => {
    const opener = "The three-way handshake makes sure both sides are ready before any data moves.";
    expectFlag("iv-tcp-vs-udp", `${opener} It also guarantees that the data arrives in the right order.`, "handshake-gives-ordering");
    expectFlag("iv-tcp-vs-udp", `${opener} It then provides a reliable byte stream to the application.`, "handshake-gives-reliability");
    // "It" after a sentence about something else, or with the sequence numbers named, is not the handshake's claim.
    expectClean("iv-tcp-vs-udp", "TCP numbers every byte. It also guarantees that the data arrives in the right order.");
    expectClean("iv-tcp-vs-udp", `${opener} It also agrees on the sequence numbers that later keep the data in order.`);
  });

  it("flags FIN_WAIT_2 said to pass into TIME_WAIT when a timer runs out, not when the peer's FIN arrives", () => {
    for (const text of [
      "FIN_WAIT_2에서 일정 시간이 지나면 TIME_WAIT로 넘어간다.",
      "클라이언트는 FIN_WAIT2 상태로 기다리다가 타임아웃(net.ipv4.tcp_fin_timeout, 60초)이 지나면 TIME_WAIT 상태가 된다.",
      "Once tcp_fin_timeout expires, a socket in FIN_WAIT_2 moves to TIME_WAIT.",
      "If the peer stays silent, FIN-WAIT-2 times out and the client goes into TIME_WAIT.",
    ])
      expect(flagged(grade("iv-fin-wait-2-stuck", text)), text).toContain("fin-wait-2-timeout-enters-time-wait");
    for (const text of [
      "FIN_WAIT_2에서 상대의 FIN을 받으면 ACK를 보내고 TIME_WAIT로 간다.",
      "The client waits in FIN_WAIT_2 for a while, and when it receives the server's FIN it enters TIME_WAIT.",
      "Linux removes an orphaned FIN_WAIT_2 socket after tcp_fin_timeout, without going into TIME_WAIT.",
    ])
      expect(flagged(grade("iv-fin-wait-2-stuck", text)), text).not.toContain("fin-wait-2-timeout-enters-time-wait");
  });

  it("flags a SYN said to be unable to carry data, not one said to carry none as a rule of practice", () => {
    for (const text of [
      "The SYN segment cannot carry any data, but it uses up one sequence number.",
      "A SYN must not contain a payload.",
      "No data can be sent on the SYN.",
      "SYN 세그먼트에는 데이터를 실을 수 없고 시퀀스 번호 하나를 쓴다.",
      "SYN 패킷은 데이터를 담지 못한다.",
    ])
      expect(flagged(grade("iv-three-way", text)), text).toContain("syn-cannot-carry-data");
    for (const text of [
      "The SYN normally carries no data, but it uses up one sequence number.",
      "With TCP Fast Open a SYN can carry data.",
      "SYN에는 보통 데이터가 없지만 시퀀스 번호 하나를 쓴다.",
      "SYN은 데이터를 싣지 않아도 시퀀스 번호 하나를 소비한다.",
    ])
      expect(flagged(grade("iv-three-way", text)), text).not.toContain("syn-cannot-carry-data");
  });

  it("flags TIME_WAIT measured in round trips, not 2MSL set beside an RTT", () => {
    for (const text of [
      "TIME_WAIT lasts twice the round-trip time, so that stray packets are gone.",
      "The client enters TIME_WAIT and holds the socket pair for 2 x RTT.",
      "TIME_WAIT 상태는 RTT의 두 배 동안 유지된다.",
      // The wait told first and named after it, in brackets.
      "The old connection's pair is kept for two round-trip times. (This is the TIME_WAIT period.)",
    ])
      expectFlag("iv-why-time-wait", text, "time-wait-is-2rtt");
    for (const text of [
      "TIME_WAIT lasts 2MSL, which is far longer than two round trips.",
      "TIME_WAIT does not last 2 RTT; it lasts 2MSL.",
      "In TIME_WAIT the client waits 2MSL. A retransmission timer, by contrast, follows the RTT and may be about 2 RTT.",
    ])
      expect(flagged(grade("iv-why-time-wait", text)), text).not.toContain("time-wait-is-2rtt");
  });

  it("flags the server made ESTABLISHED on sending its SYN+ACK, before the ACK the answer tells next", () => {
    for (const text of [
      "The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED. The client sends the ACK and is established too.",
      "1. Client → SYN\n2. Server sends SYN+ACK and becomes ESTABLISHED\n3. Client sends ACK and becomes ESTABLISHED",
      "클라이언트가 SYN을 보낸다. 서버는 SYN+ACK를 보내고 ESTABLISHED 상태가 된다. 클라이언트가 ACK를 보내면 클라이언트도 ESTABLISHED가 된다.",
    ])
      expectFlag("iv-three-way", text, "server-established-after-synack");
    for (const text of [
      "The client sends a SYN. The server replies with a SYN-ACK and waits in SYN_RECEIVED. The client sends the ACK, and the server enters ESTABLISHED on receiving it.",
      "The client sends a SYN. The server replies with a SYN-ACK and enters ESTABLISHED once the client's ACK arrives. The client sends the ACK.",
      "The client sends a SYN. The server replies with a SYN-ACK; its states go LISTEN, SYN_RECEIVED, ESTABLISHED. The client sends the ACK.",
      "클라이언트가 SYN을 보낸다. 서버는 SYN+ACK를 보내고 SYN_RCVD가 된다. 클라이언트가 ACK를 보내면 서버도 ESTABLISHED가 된다.",
    ])
      expectClean("iv-three-way", text);
  });

  it("does not read an exchange of FINs after 'both ends' as one FIN closing both", () => {
    for (const text of [
      "TCP keeps state on both ends, and closes with a FIN exchange followed by TIME_WAIT.",
      "Both sides keep sequence numbers, and the connection ends with an exchange of FINs.",
      "양쪽 모두 상태를 유지하고, 연결은 FIN을 서로 주고받아 종료한다.",
    ])
      expect(flagged(grade("iv-tcp-vs-udp", text)), text).not.toContain("fin-closes-both-directions");
    expectFlag("iv-half-close", "A FIN closes the connection for both sides at once.", "fin-closes-both-directions");
  });

  it("reads points of practice in more everyday English", () => {
    // UDP sending with no setup, and the application building what it needs.
    const udp = grade(
      "iv-tcp-vs-udp",
      "TCP opens with a handshake, keeps per-connection state and closes with FIN/ACK and TIME_WAIT. UDP has no setup, no state and no close; anything like ordering must be built by the application.",
    );
    expect(covered(udp)).toEqual(expect.arrayContaining(["no-handshake", "no-time-wait", "app-handles"]));
    expect(covered(grade("iv-tcp-vs-udp", "UDP just sends datagrams and keeps no state."))).toContain("no-handshake");
    // The attacker who never finishes the handshake.
    for (const text of ["The attacker sends SYNs without ever finishing the handshake.", "The bot sends SYNs but does not complete the handshake."])
      expect(covered(grade("iv-syn-flood", text)), text).toContain("no-ack");
    // The lost third ACK recovered by the server's retransmitted SYN+ACK, or acknowledged by the client's data.
    for (const text of [
      "If the final ACK is lost, the server retransmits the SYN-ACK and the client answers with another ACK.",
      "If the last ACK is lost, the client's first data segment will acknowledge it anyway.",
      "마지막 ACK가 유실되면 서버가 SYN+ACK를 재전송하고 클라이언트가 ACK로 다시 응답한다.",
    ])
      expect(covered(grade("iv-handshake-loss", text)), text).toContain("third-ack");
    expect(covered(grade("iv-handshake-loss", "If the SYN is lost, the client retransmits the SYN."))).not.toContain("third-ack");
    // The server's SYN+ACK told as its own SYN and the acknowledgement of the client's, the SYN unnamed.
    const steps = grade(
      "iv-three-way",
      "First the client sends a SYN with its ISN. Then the server replies with its own SYN and acknowledges the client's. Finally the client acknowledges the server's SYN.",
    );
    expect(covered(steps)).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    expect(steps.score).toBeGreaterThanOrEqual(0.7);
  });

  it("flags catalogued misconceptions in more English wordings, and keeps their true neighbours clean", () => {
    // RST likened to a FIN: the words after it are RST's, and the likeness is the mistake.
    expectFlag("iv-rst-vs-fin", "RST is just a quicker FIN: it closes cleanly and the other side acknowledges it.", "rst-is-graceful");
    expectFlag("iv-rst-vs-fin", "RST는 그냥 더 빠른 FIN이다.", "rst-is-graceful");
    expectClean("iv-rst-vs-fin", "RST is not a faster FIN: it aborts the connection and the buffered data is thrown away.");
    expectClean("iv-rst-vs-fin", "Unlike FIN, which closes gracefully, RST aborts at once and discards unsent data.");
    // Waiting until the rest of the data has arrived.
    expectFlag(
      "iv-why-time-wait",
      "In TIME_WAIT the client waits until the outstanding segments have arrived, so nothing is lost.",
      "time-wait-waits-for-data",
    );
    expectClean("iv-why-time-wait", "In TIME_WAIT the client waits 2MSL so that delayed segments of the old connection expire.");
    // Three steps only to see that the peer is there.
    expectFlag("iv-why-not-two-way", "We use three messages merely to check that both hosts are online.", "handshake-only-liveness");
    expectClean("iv-why-not-two-way", "Three messages are needed not only to see the peer is online but so that both ISNs are acknowledged.");
    // No side allowed to send after one FIN.
    expectFlag("iv-half-close", "Once a FIN is sent, neither end may transmit anything more.", "fin-closes-both-directions");
    expectClean("iv-half-close", "After its FIN the sender may not transmit, but the other end may still send data.");
    // The opening handshake said to close connections too.
    expectFlag("iv-four-way", "The three-way handshake is also used to close the connection.", "handshake-closes-connection");
    expectFlag("iv-four-way", "3-way handshake는 연결 종료에도 사용된다.", "handshake-closes-connection");
    expectClean("iv-four-way", "The three-way handshake only opens the connection; closing uses FIN and ACK from each side.");
  });

  it("reads the side that 'received' with the FIN left unsaid, after the side that sent it, as the second closer", () => {
    for (const text of [
      "FIN을 보낸 쪽은 FIN_WAIT_2, 받은 쪽은 CLOSE_WAIT에 있다. 한쪽이 송신만 닫고 계속 받을 수 있는 상태다.",
      "FIN을 전송한 측은 FIN_WAIT_1과 FIN_WAIT_2를 거쳐 TIME_WAIT로 가고, 수신한 측은 CLOSE_WAIT와 LAST_ACK를 거친다.",
      "The side that sent the FIN waits in FIN_WAIT_2, and the side that received it stays in CLOSE_WAIT while it can still send data.",
    ]) {
      const g = grade(/[가-힣]/.test(text) && text.includes("TIME_WAIT") ? "iv-four-way" : "iv-half-close", text);
      expect(flagged(g), text).toEqual([]);
    }
    // The other way round, the side that sent the FIN given CLOSE_WAIT, is still the mistake.
    expectFlag("iv-half-close", "FIN을 받은 쪽은 FIN_WAIT_2, FIN을 보낸 쪽은 CLOSE_WAIT에 있다.", "wrong-state-for-side");
  });

  it("gives a state to the side the clause before was about when a relative clause's subject is the only one", () => {
    expectClean("iv-three-way", "서버는 SYN과 ACK를 함께 보내고, 클라이언트가 ACK로 응답하기를 기다리는 SYN_RECEIVED 상태가 된다.");
    expectClean("iv-four-way", "서버는 FIN을 보내고, 클라이언트가 보내는 마지막 ACK를 기다리는 LAST_ACK 상태가 된다.");
    // Without a relative clause the side marked 가 holds the state it is said to enter.
    expectFlag("iv-three-way", "서버는 SYN과 ACK를 함께 보내고, 클라이언트가 SYN_RECEIVED 상태가 된다.", "wrong-state-for-side");
  });

  it("does not give a state to a side named only inside brackets that gloss a number", () => {
    const g = grade(
      "iv-three-way",
      "1. The client sends a SYN and enters SYN_SENT.\n2. The server answers with a SYN-ACK (ack = client ISN + 1) and moves to SYN_RECEIVED.\n3. The client sends the ACK (ack = server ISN + 1) and enters ESTABLISHED.",
    );
    expect(flagged(g)).toEqual([]);
    expect(g.score).toBeGreaterThanOrEqual(0.7);
    expectFlag(
      "iv-three-way",
      "1. The client sends a SYN.\n2. The server answers with a SYN-ACK (ack = client ISN + 1) and moves to ESTABLISHED.\n3. The client sends the final ACK.",
      "server-established-after-synack",
    );
  });

  it("reads a state name in title case where a state goes: after 'moves to', 'enters', or alone in brackets", () => {
    expectFlag(
      "iv-three-way",
      "The client sends a SYN. The server replies with a SYN-ACK and moves to Established. The client then sends the ACK.",
      "server-established-after-synack",
    );
    expectFlag(
      "iv-three-way",
      "The client goes into Listen, then sends a SYN and enters SYN_SENT. The server answers with a SYN-ACK and the client sends the ACK.",
      "listen-before-syn-sent",
    );
    // Not a word that only looks like one: "listen" as a verb, "closed" as an adjective.
    expectClean("iv-three-way", "The server must Listen first. The client sends a SYN, the server a SYN-ACK, and the client an ACK.");
  });

  it("flags the server made ESTABLISHED between the two halves of its reply told as steps of their own", () => {
    for (const text of [
      "1. 클라이언트가 SYN(100)을 보낸다.\n2. 서버가 ACK(101)로 요청을 수락한다.\n  -> 서버는 연결이 확립된다. (Established)\n- 서버가 SYN(300)을 보낸다.\n3. 클라이언트가 ACK(301)를 보낸다.",
      "1. The client sends a SYN (seq=100).\n2. The server sends an ACK (ack=101) and moves to Established.\n- The server also sends a SYN (seq=300).\n3. The client replies with an ACK (ack=301).",
    ])
      expect(flagged(grade("iv-three-way", text)), text).toContain("server-established-after-synack");
    expectClean(
      "iv-three-way",
      "1. 클라이언트가 SYN(100)을 보낸다.\n2. 서버가 ACK(101)와 SYN(300)을 보내고 SYN_RECEIVED가 된다.\n3. 클라이언트가 ACK(301)를 보내면 서버도 ESTABLISHED가 된다.",
    );
  });
});
