import { describe, expect, it } from "vitest";
import { covered, expectClean, expectFlag, flagged, grader } from "./rubrics.fixture";

const grade = grader("by-script");

// Classes of misreading found on real answers the grader had not seen, each in our own words:
// the class stated as a claim is flagged, its hedged, refuted or true neighbour is not.
describe("classes of misreading on unseen answers", () => {
  it("reads a view granted with a hedge or a concession as no claim, and the same view held as one", () => {
    expectClean("iv-why-not-two-way", "2번이면 충분할 것 같지만, 서버는 자기 시퀀스 번호가 전달됐는지 확인할 수 없다.");
    expectClean("iv-why-not-two-way", "얼핏 보면 두 번으로 충분해 보이지만 서버는 자기 ISN이 도착했는지 알 수 없다.");
    expectClean("iv-why-not-two-way", "It may seem that two segments are enough, but the server's ISN is never acknowledged.");
    expectClean("iv-why-not-two-way", "Two would be enough, but the server would never know its ISN arrived.");
    expectClean("iv-why-not-two-way", "Two steps would suffice only if packets were never delayed; the server's ISN must be acknowledged.");
    expectFlag("iv-why-not-two-way", "I think two would be enough, since the server already knows the client is there.", "two-way-enough");
    expectFlag("iv-why-not-two-way", "두 번만 주고받아도 충분하다. 클라이언트가 응답을 받았기 때문이다.", "two-way-enough");
  });

  it("gives a state to the topic of a Korean sentence, not to a side inside a relative clause", () => {
    for (const text of [
      "클라이언트는 서버가 보내는 나머지 데이터를 받기 위해 TIME_WAIT 상태에 머문다.",
      "클라이언트는 서버가 아직 보내지 않은 데이터를 받으려고 TIME_WAIT에서 기다린다.",
      "TIME_WAIT 상태에서는 서버에서 오는 남은 데이터를 수신한다.",
    ]) {
      const found = flagged(grade("iv-why-time-wait", text));
      expect(found, text).toContain("time-wait-waits-for-data");
      expect(found, text).not.toContain("time-wait-on-server");
    }
    expectClean(
      "iv-why-time-wait",
      "클라이언트는 서버가 LAST_ACK에서 보낸 FIN을 받을 때까지 기다렸다가 ACK를 보내고, 지연된 패킷이 사라지도록 TIME_WAIT에서 2MSL 기다린다.",
    );
    // The side marked 가 with no relative clause between it and the state does hold it.
    expectFlag("iv-four-way", "클라이언트는 FIN을 보내고 서버가 TIME_WAIT 상태가 된다.", "time-wait-on-server");
  });

  it("reads TIME_WAIT waiting for the rest of the data in ordinary English wordings", () => {
    expectFlag("iv-why-time-wait", "The client stays in TIME_WAIT to receive the rest of the data from the server.", "time-wait-waits-for-data");
    expectFlag("iv-why-time-wait", "In TIME_WAIT the client keeps listening for any data the server may still send.", "time-wait-waits-for-data");
    expectFlag("iv-why-time-wait", "TIME_WAIT exists because the server might still have data to deliver to the client.", "time-wait-waits-for-data");
    expectClean(
      "iv-why-time-wait",
      "TIME_WAIT lets delayed segments of the old connection expire so they are not mistaken for data of a new one, and it lets the client re-ACK a retransmitted FIN.",
    );
    // Data still to come from the peer is the half-close, told of FIN_WAIT_2: true.
    expectClean(
      "iv-four-way",
      "The client sends a FIN and the server ACKs it. The server may still have data to send, so the client waits in FIN_WAIT_2 for the rest of the data and the server's FIN, then sends an ACK and enters TIME_WAIT.",
    );
  });

  it("flags the handshake given as what keeps data in order, not sequence numbers doing it", () => {
    expectFlag("iv-three-way", "The 3-way handshake guarantees that data arrives in order.", "handshake-gives-ordering");
    expectFlag("iv-three-way", "Thanks to the handshake, packets are delivered in the right order.", "handshake-gives-ordering");
    expectFlag("iv-three-way", "3-way handshake를 통해 데이터의 순서가 보장된다.", "handshake-gives-ordering");
    expectFlag("iv-three-way", "핸드셰이크 덕분에 패킷이 순서대로 도착한다.", "handshake-gives-ordering");
    expectClean("iv-three-way", "TCP uses a 3-way handshake and guarantees in-order delivery.");
    expectClean("iv-three-way", "The handshake exchanges the initial sequence numbers, which TCP then uses to keep data in order.");
    expectClean("iv-three-way", "핸드셰이크는 순서를 보장하지 않는다. 순서는 시퀀스 번호가 보장한다.");
    expectClean("iv-three-way", "TCP는 3-way handshake로 연결을 맺고, 순서를 보장한다.");
  });

  it("flags TCP said to keep message boundaries, not UDP said to, nor TCP said not to", () => {
    expectFlag("iv-tcp-vs-udp", "TCP preserves message boundaries, so each send() arrives as one recv().", "tcp-keeps-messages");
    expectFlag("iv-tcp-vs-udp", "TCP는 메시지 경계를 보존한다.", "tcp-keeps-messages");
    expectFlag("iv-tcp-vs-udp", "TCP는 데이터를 보낸 단위 그대로 받는 쪽에 전달한다.", "tcp-keeps-messages");
    expectClean("iv-tcp-vs-udp", "UDP는 보낸 단위 그대로 데이터그램을 전달하지만, TCP는 바이트 스트림이다.");
    expectClean("iv-tcp-vs-udp", "UDP preserves message boundaries, while TCP is a byte stream.");
    expectClean("iv-tcp-vs-udp", "TCP는 메시지 경계를 보존하지 않는다. UDP는 메시지 경계를 지킨다.");
    expectClean("iv-tcp-vs-udp", "Unlike TCP, UDP keeps message boundaries.");
  });

  it("gives a bare ACK carried by a pronoun after a side's own SYN or FIN to the other side", () => {
    const close = grade(
      "iv-four-way",
      "The client sends a FIN. The server receives it and sends an ACK. Then it sends its own FIN. Finally, it sends an ACK and waits in TIME_WAIT.",
    );
    expect(covered(close)).toEqual(expect.arrayContaining(["last-ack", "time-wait"]));
    expect(flagged(close)).toEqual([]);
    const open = grade(
      "iv-three-way",
      "The client sends a SYN to the server. The server answers with a SYN-ACK. Then it sends an ACK and the connection is established.",
    );
    expect(covered(open)).toContain("ack");
    // A segment received in between, or named beside the ACK, is what the ACK answers: the side stays.
    expect(covered(grade("iv-three-way", "The client sends a SYN to the server. It gets a SYN-ACK back, and then it sends an ACK."))).toContain("ack");
    expect(covered(grade("iv-three-way", "The client sends a SYN to the server. It then sends an ACK when the SYN-ACK arrives."))).toContain("ack");
  });

  it("earns no reason point with its words denied, but keeps one told as a condition", () => {
    for (const text of ["The client does not need to wait 2MSL; it can close right after its ACK.", "클라이언트는 2MSL을 기다릴 필요가 없다."])
      expect(covered(grade("iv-why-time-wait", text)), text).not.toContain("two-msl");
    for (const text of [
      "If the client did not wait 2MSL, delayed segments of the old connection could be taken for a new one.",
      "2MSL을 기다리지 않으면 지연된 패킷이 새 연결에 섞인다.",
      "The client waits 2MSL in TIME_WAIT so that delayed segments of the old connection expire.",
    ])
      expect(covered(grade("iv-why-time-wait", text)), text).toContain("two-msl");
  });

  it("reads the FIN's own sender unable to send, with the other still able, as the half-close", () => {
    // Korean notes often name the sides in English ("peer", "host").
    expectClean("iv-half-close", "FIN을 보낸 peer는 더 이상 데이터를 보낼 수 없지만, 다른 peer는 데이터를 계속 보낼 수 있다.");
    expectClean("iv-half-close", "FIN을 보낸 peer는 데이터를 전송할 수 없다.");
    expectFlag("iv-half-close", "FIN을 보내는 순간 양쪽 모두 더 이상 데이터를 주고받을 수 없다.", "fin-closes-both-directions");
  });

  it("does not take a TIME_WAIT sentence for one about FIN_WAIT_2 by the rubric's topic", () => {
    expectClean("iv-why-time-wait", "먼저 닫은 쪽이 마지막 ACK를 보낸 뒤 일정 시간 TIME_WAIT 상태에 머문다. 지연된 패킷이 사라지도록 기다린다.");
    expectFlag("iv-fin-wait-2-stuck", "FIN_WAIT_2에서 일정 시간이 지나면 자동으로 CLOSED가 된다.", "fin-wait-2-always-times-out");
  });

  it("flags 2MSL waited by both sides, not by the side that closes first", () => {
    expectFlag("iv-why-time-wait", "After the last ACK, each side must wait 2MSL before it forgets the connection.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "양쪽 모두 2MSL 동안 기다린 뒤 연결을 닫는다.", "time-wait-on-server");
    expectClean("iv-why-time-wait", "The side that closes first waits 2MSL; the other side does not wait at all.");
    expectClean("iv-why-time-wait", "If both sides close at the same time, both wait 2MSL in TIME_WAIT.");
  });

  it("reads URG said to send out of order, under its flag line too", () => {
    expectFlag("iv-flags", "URG\n- 긴급 데이터를 표시\n- 순서에 상관없이 먼저 송신됨", "urg-means-priority");
    expectFlag("iv-flags", "URG marks urgent data; the segment is sent out of order, ahead of the rest.", "urg-means-priority");
    expectClean("iv-flags", "URG says the urgent pointer is valid; the data is still delivered in order.");
    expectFlag("iv-flags", "URG: the data is urgent, so the receiver processes it before other data.", "urg-means-priority");
  });

  it("flags a port made to hold a state, not a connection", () => {
    const steps = "클라이언트가 FIN을 보내고 서버가 ACK를 보낸다. 서버가 FIN을 보내면 클라이언트가 ACK를 보내고 TIME_WAIT에 들어간다.";
    expectFlag("iv-four-way", `${steps} ACK를 받은 서버는 포트를 CLOSED로 닫는다.`, "states-belong-to-ports");
    expectClean("iv-four-way", `${steps} ACK를 받은 서버는 연결을 CLOSED로 닫는다.`);
  });

  it("reads tcp_fin_timeout offered to shorten the 2MSL timer, not one said to leave it alone", () => {
    expectFlag(
      "iv-time-wait-buildup",
      "To free ports sooner, lower the 2MSL timer (for example with tcp_fin_timeout); this is not recommended behind NAT.",
      "fin-timeout-sets-time-wait",
    );
    expectClean("iv-time-wait-buildup", "tcp_fin_timeout does not change the 2MSL wait; it only limits orphaned FIN_WAIT_2 sockets.");
  });

  it("flags TCP keepalive said to let later requests skip a new connection, and reads 다음 before a noun as no clause end", () => {
    expectFlag(
      "iv-keepalive",
      "TCP keepalive checks whether the connection is alive. Keepalive keeps the connection open so that new requests can be made without having to re-establish the connection.",
      "tcp-keepalive-is-http-keepalive",
    );
    expectFlag("iv-keepalive", "TCP keepalive는 연결을 유지해서 다음 요청을 재연결 없이 보낼 수 있게 한다.", "tcp-keepalive-is-http-keepalive");
    expectClean(
      "iv-keepalive",
      "TCP keepalive sends probes so a NAT box does not drop the idle connection, which then survives without having to re-establish it.",
    );
  });

  it("reads a point under the labels of a list: its line's label and its group's heading", () => {
    const table = "TCP와 UDP\n- 연결 설정\n- TCP: 3-way handshake\n- UDP: 없음\n- 연결 해제\n- TCP: FIN 교환\n- UDP: 없음";
    expect(covered(grade("iv-tcp-vs-udp", table))).toEqual(expect.arrayContaining(["no-handshake", "no-time-wait"]));
    const line = "- TCP: 연결 지향입니다. 핸드셰이크로 연결을 엽니다.\n- UDP: 비연결입니다. 연결 설정이나 연결 종료 과정이 없습니다.";
    expect(covered(grade("iv-tcp-vs-udp", line))).toContain("no-time-wait");
    // The labels the other way round say TCP has none: nothing is read into UDP.
    expect(covered(grade("iv-tcp-vs-udp", "- 연결 설정\n- UDP: 3-way handshake\n- TCP: 없음"))).not.toContain("no-handshake");
  });

  it("reads ordinary words for points of practice: ports consumed, the Connection header, UDP without termination", () => {
    expect(covered(grade("iv-time-wait-buildup", "Our ephemeral ports were consumed by TIME_WAIT sockets; we now reuse connections from a pool."))).toContain(
      "port-exhaustion",
    );
    expect(covered(grade("iv-time-wait-buildup", "tcp_tw_reuse helps the client avoid port exhaustion caused by TIME_WAIT."))).toContain("port-exhaustion");
    expect(covered(grade("iv-keepalive", "With a Connection: keep-alive header the socket stays open so the next request can reuse it."))).toContain(
      "http-persistent",
    );
    expect(covered(grade("iv-tcp-vs-udp", "There is no connection establishment or termination on UDP."))).toContain("no-time-wait");
  });
});
