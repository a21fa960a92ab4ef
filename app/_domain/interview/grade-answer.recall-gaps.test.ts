import { describe, expect, it } from "vitest";
import { grader, flagged, expectFlag } from "./rubrics.fixture";

// Catalogued misconceptions that real answers stated in forms no check read (held-out dev half,
// 2026-12-02): each fix is a reading step, shown here in our own sentences, with correct neighbours
// that use the same words and must stay clean.
const grade = grader("by-script");
const misflags = (prompt: string, text: string, id: string) => expect(flagged(grade(prompt, text)), text).not.toContain(id);

describe("a state given to a port, with the English noun in a Korean line", () => {
  it("is caught", () => {
    expectFlag("iv-three-way", "1. A가 SYN을 보낸다\n   * PORT 상태 - B: LISTEN, A: CLOSED", "states-belong-to-ports");
    expectFlag("iv-three-way", "서버가 SYN+ACK로 답한다. Port 상태: SYN_RCVD", "states-belong-to-ports");
  });
  it("is not read from a socket's state or a port number beside a state", () => {
    misflags("iv-three-way", "서버 소켓은 80번 포트에서 LISTEN 상태로 SYN을 기다린다.", "states-belong-to-ports");
    misflags("iv-three-way", "The socket bound to port 80 is in LISTEN; each accepted connection has its own state.", "states-belong-to-ports");
  });
});

describe("URG told as data handed up to the application at once", () => {
  it("is caught in either language", () => {
    expectFlag(
      "iv-flags",
      "ACK\nAcknowledges data.\nURG\nUrgent: the payload of a URG segment is passed up to the application layer immediately.",
      "urg-means-priority",
    );
    expectFlag("iv-flags", "URG: 긴급 플래그가 켜진 데이터는 즉시 응용 계층으로 올려 보낸다.", "urg-means-priority");
  });
  it("is not read from PSH, which does hand data up at once, or from the urgent pointer", () => {
    misflags(
      "iv-flags",
      "PSH\nPush: the receiver forwards the buffered data to the application immediately.\nURG\nUrgent: the urgent pointer field is valid.",
      "urg-means-priority",
    );
    misflags("iv-flags", "PSH: 버퍼에 모으지 않고 바로 애플리케이션으로 전달한다. URG: 긴급 포인터 필드가 유효하다는 뜻이다.", "urg-means-priority");
  });
});

describe("the second closer's wait named TIME_WAIT by pointing back", () => {
  it("is read as CLOSE_WAIT and TIME_WAIT taken for one", () => {
    expectFlag(
      "iv-four-way",
      "1. A -> B: FIN\n2. B -> A: ACK\n   * 프로세스 B는 ACK를 보낸 뒤 자기 쪽 전송이 끝날 때까지 기다린다. (이 상태가 TIME_WAIT 상태)\n3. B -> A: FIN\n4. A -> B: ACK",
      "close-wait-equals-time-wait",
    );
  });
  it("is not read where the pointer names CLOSE_WAIT", () => {
    misflags(
      "iv-four-way",
      "1. A -> B: FIN\n2. B -> A: ACK\n   * 프로세스 B는 ACK를 보낸 뒤 애플리케이션이 닫을 때까지 기다린다. (이 상태가 CLOSE_WAIT 상태)\n3. B -> A: FIN\n4. A -> B: ACK",
      "close-wait-equals-time-wait",
    );
  });
});

describe("the final ACK resent by a pronoun on a delay of its own", () => {
  it("is caught in either language", () => {
    expectFlag(
      "iv-four-way",
      "Finally the client acknowledges the server's FIN with an ACK. This is sent once more after a brief pause so that it is more likely to arrive.",
      "ack-retransmitted-by-timer",
    );
    expectFlag("iv-four-way", "마지막으로 클라이언트가 서버의 FIN에 ACK를 보낸다. 이 ACK는 잠시 뒤 한 번 더 보낸다.", "ack-retransmitted-by-timer");
  });
  it("is not read from the ACK sent again for a retransmitted FIN, nor from the SYN+ACK's own timer", () => {
    misflags(
      "iv-four-way",
      "Finally the client acknowledges the server's FIN with an ACK. If that ACK is lost, the server resends its FIN and the ACK is sent again.",
      "ack-retransmitted-by-timer",
    );
    misflags(
      "iv-four-way",
      "마지막으로 클라이언트가 서버의 FIN에 ACK를 보낸다. 이 ACK가 유실되면 서버가 FIN을 재전송하고 클라이언트는 ACK를 다시 보낸다.",
      "ack-retransmitted-by-timer",
    );
    misflags("iv-three-way", "The server replies with a SYN-ACK. It is sent again after a timeout if no ACK comes back.", "ack-retransmitted-by-timer");
  });
});

describe("CLOSE_WAIT given a lifetime of 2MSL in the sentence after it is defined", () => {
  it("is caught as 2MSL outside TIME_WAIT and as a CLOSE_WAIT that times out", () => {
    for (const text of [
      "close_wait 상태는 상대는 끊었지만 이쪽은 아직 끊지 않은 상태입니다. Maximum Segment Lifetime 의 2배인 4분 동안 연결이 유지될 수 있습니다.",
      "A CLOSE_WAIT socket is one whose peer has already closed. The connection then stays for twice the maximum segment lifetime before it goes away.",
    ]) {
      const ids = flagged(grade("iv-close-wait-leak", text));
      expect(ids, text).toContain("two-msl-outside-time-wait");
      expect(ids, text).toContain("close-wait-times-out");
    }
  });
  it("is not read where a side is named as the one waiting, or where TIME_WAIT is", () => {
    misflags(
      "iv-close-wait-leak",
      "CLOSE_WAIT는 상대의 FIN을 받고 애플리케이션의 close()를 기다리는 상태입니다. 반면 먼저 닫은 쪽은 2MSL 동안 TIME_WAIT에서 기다립니다.",
      "two-msl-outside-time-wait",
    );
    misflags("iv-four-way", "클라이언트는 FIN_WAIT_2에서 서버의 FIN을 받는다. 이후 2MSL 동안 대기한 뒤 닫힌다.", "two-msl-outside-time-wait");
    misflags(
      "iv-four-way",
      "In FIN_WAIT_2 the client receives the server's FIN. The connection then stays for 2MSL before it is closed.",
      "two-msl-outside-time-wait",
    );
    misflags(
      "iv-why-time-wait",
      "The side that closes first ends in TIME_WAIT. It stays there for 2MSL so that a lost final ACK can be sent again.",
      "two-msl-outside-time-wait",
    );
  });
});

describe("a Windows registry value offered as the cure for CLOSE_WAIT", () => {
  it("is caught in either language, the keys listed below the sentence", () => {
    expectFlag(
      "iv-close-wait-leak",
      "CLOSE_WAIT 소켓이 많아지면 포트가 부족해집니다. 아래 두 키를 고쳐서 연결을 끊는 시간을 줄일 수 있습니다.\nHKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters",
      "close-wait-fixed-by-sysctl",
    );
    expectFlag(
      "iv-close-wait-leak",
      "When CLOSE_WAIT piles up on Windows, lower TcpTimedWaitDelay in the registry to clear them.",
      "close-wait-fixed-by-sysctl",
    );
  });
  it("is not read from a denial or from code fixed below", () => {
    misflags(
      "iv-close-wait-leak",
      "CLOSE_WAIT는 애플리케이션이 close()를 호출하지 않아 생깁니다. 레지스트리나 커널 설정을 바꿔도 해결되지 않습니다.",
      "close-wait-fixed-by-sysctl",
    );
    misflags(
      "iv-close-wait-leak",
      "CLOSE_WAIT는 코드에서 close()를 빠뜨려 생깁니다. 아래 코드처럼 finally에서 소켓을 닫아 해결합니다.",
      "close-wait-fixed-by-sysctl",
    );
  });
});

describe("tcp_fin_timeout given as the limit of every FIN_WAIT_2", () => {
  it("is caught in either language, a definition line included", () => {
    expectFlag(
      "iv-fin-wait-2-stuck",
      "The active closer goes FIN_WAIT1, FIN_WAIT2, TIME_WAIT.\ntcp_fin_timeout: maximum time in FIN_WAIT2",
      "fin-wait-2-always-times-out",
    );
    expectFlag("iv-fin-wait-2-stuck", "FIN_WAIT_2에 머물 수 있는 최대 시간은 tcp_fin_timeout으로 정해지며 기본 60초입니다.", "fin-wait-2-always-times-out");
  });
  it("is not read where the limit is given to orphans, here or elsewhere in the answer", () => {
    misflags(
      "iv-fin-wait-2-stuck",
      "tcp_fin_timeout is the maximum time an orphaned socket (one the application has close()d) stays in FIN_WAIT_2.",
      "fin-wait-2-always-times-out",
    );
    misflags("iv-fin-wait-2-stuck", "고아가 된 FIN_WAIT_2 소켓의 최대 시간은 tcp_fin_timeout(기본 60초)입니다.", "fin-wait-2-always-times-out");
    misflags(
      "iv-fin-wait-2-stuck",
      "Linux cleans up orphaned sockets after a while. tcp_fin_timeout sets the maximum time in FIN_WAIT_2, 60 seconds by default.",
      "fin-wait-2-always-times-out",
    );
  });
});

describe("a FIN awaited is no data awaited", () => {
  it("does not read TIME_WAIT waiting for data from a FIN packet the sentence waits for", () => {
    misflags(
      "iv-time-wait-buildup",
      "Two settings come up when TIME_WAIT sockets pile up.\nnet.ipv4.tcp_fin_timeout\nThe number of seconds an orphaned socket waits for a final FIN packet before it is dropped.",
      "time-wait-waits-for-data",
    );
  });
  it("still reads the rest of the data awaited", () => {
    expectFlag("iv-why-time-wait", "The client stays in TIME_WAIT to receive the rest of the data the server may still send.", "time-wait-waits-for-data");
  });
});
