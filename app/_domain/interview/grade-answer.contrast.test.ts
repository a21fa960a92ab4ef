import { describe, expect, it } from "vitest";
import { covered, expectClean, expectFlag, flagged, grader } from "./rubrics.fixture";

const grade = grader("by-script");

// A claim about both sides taken back, a state whose data is told before the peer's FIN, a flag
// set against another, and a 2MSL wait put in the wrong state: each one read for what it says.
describe("a denied claim about both sides", () => {
  const rest =
    " Only the side that closes first enters TIME_WAIT after sending the last ACK, and it waits 2MSL so that a lost ACK can be sent again when the peer retransmits its FIN, and so that old duplicate segments expire.";

  it("is no claim about the server", () => {
    expectClean("iv-why-time-wait", `Both sides do not enter TIME_WAIT.${rest}`);
    expectClean("iv-why-time-wait", `Both ends don't go into TIME_WAIT.${rest}`);
    expectClean("iv-why-time-wait", `TIME_WAIT is not entered by both sides.${rest}`);
  });

  it("still flags both sides put in TIME_WAIT", () => {
    expectFlag("iv-why-time-wait", `Both sides then enter TIME_WAIT.${rest}`, "time-wait-on-server");
  });
});

describe("data told before the peer's FIN in a four-way answer that named TIME_WAIT", () => {
  const close =
    "The client sends a FIN to the server and enters FIN_WAIT_1. The server acknowledges it with an ACK and goes into CLOSE_WAIT, and the client goes into FIN_WAIT_2. The server sends its own FIN and enters LAST_ACK; the client replies with the last ACK and enters TIME_WAIT, where it waits 2MSL before it is closed. ";

  it("is the half-close, not a reason for TIME_WAIT", () => {
    expectClean(
      "iv-four-way",
      `${close}The reason it takes four steps is that the server may still have data to send; the client keeps receiving the remaining data until the server's FIN arrives.`,
    );
    expectClean(
      "iv-four-way",
      `${close}Note that after the first ACK the connection is only half closed, so the client can still receive data that the server has not yet sent.`,
    );
  });

  it("is still TIME_WAIT's when the sentence points back to that time", () => {
    const short = "The client sends FIN, the server ACKs it, the server sends its FIN and the client sends the last ACK and enters TIME_WAIT for 2MSL. ";
    expectFlag(
      "iv-four-way",
      `${short}During this time the client keeps receiving the remaining data that the server keeps sending.`,
      "time-wait-waits-for-data",
    );
    expectFlag("iv-four-way", `${short}In this state the client receives the remaining data until the server's FIN.`, "time-wait-waits-for-data");
    expectFlag(
      "iv-why-time-wait",
      "TIME_WAIT is needed because the client must wait. It keeps receiving the remaining data the server keeps sending.",
      "time-wait-waits-for-data",
    );
  });
});

describe("a flag set against another", () => {
  it("says of RST what follows it, not what describes FIN", () => {
    expectFlag("iv-rst-vs-fin", "FIN은 ACK로 확인받는 종료입니다. FIN과 달리 RST는 남은 데이터를 모두 전달하고 정상적으로 종료합니다.", "rst-is-graceful");
    expectFlag(
      "iv-rst-vs-fin",
      "Unlike FIN, RST closes the connection gracefully after delivering the remaining data. FIN is acknowledged and leaves TIME_WAIT. The application sees ECONNRESET.",
      "rst-is-graceful",
    );
    expectFlag(
      "iv-rst-vs-fin",
      "RST, unlike FIN, delivers all the remaining data and is acknowledged by the peer. FIN is a graceful close.",
      "rst-is-graceful",
    );
  });

  it("leaves a right contrast clean", () => {
    expectClean("iv-rst-vs-fin", "FIN과 달리 RST는 정상적으로 종료하지 않고 연결을 즉시 끊어 버리며 남은 데이터를 버립니다.");
    expectClean("iv-rst-vs-fin", "정상적으로 종료하는 FIN과 달리 RST는 연결을 끊어 버리고 버퍼의 데이터를 버립니다.");
    expectClean("iv-rst-vs-fin", "Unlike FIN, which closes the connection gracefully after all data is delivered, RST tears the connection down.");
    expectClean("iv-rst-vs-fin", "FIN closes gracefully, whereas RST tears the connection down and throws away buffered data.");
  });

  it("flags URG said to go first against PSH, and not URG told right", () => {
    const flags = "SYN synchronizes sequence numbers; ACK means the acknowledgment number is valid; FIN means no more data; RST aborts the connection. ";
    expectFlag("iv-flags", `${flags}Unlike PSH, URG makes the segment processed first, ahead of other data.`, "urg-means-priority");
    expectFlag("iv-flags", `${flags}URG, unlike PSH, means the segment is processed first.`, "urg-means-priority");
    expectClean("iv-flags", `${flags}Unlike PSH, which delivers data immediately, URG only marks that the urgent pointer is valid.`);
    expectClean("iv-flags", `${flags}URG, unlike PSH, only says that the urgent pointer field is valid; it does not make the segment processed first.`);
  });
});

describe("2MSL waited in FIN_WAIT_2", () => {
  const text =
    "The client sends FIN and enters FIN_WAIT_1. The server answers with an ACK and enters CLOSE_WAIT. Later the server sends its own FIN and enters LAST_ACK, and the client sends the last ACK. The client waits 2MSL in FIN_WAIT_2 before closing.";

  it("is flagged and earns no TIME_WAIT point", () => {
    const g = grade("iv-four-way", text);
    expect(flagged(g)).toContain("two-msl-outside-time-wait");
    expect(covered(g)).not.toContain("time-wait");
  });

  it("still earns the point in TIME_WAIT", () => {
    expect(covered(grade("iv-four-way", text.replace("FIN_WAIT_2 before", "TIME_WAIT before")))).toContain("time-wait");
  });
});

describe("the sides of the handshake by what they do", () => {
  it("takes the passive side as the server and the initiator as the client", () => {
    const g = grade(
      "iv-three-way",
      "The host that initiates the connection sends a SYN segment containing a randomly chosen sequence number x. The passive side, which is listening on the port, answers with a SYN-ACK: it acknowledges x + 1 and proposes its own sequence number y. The initiator then responds with a plain ACK carrying y + 1.",
    );
    expect(covered(g)).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    expect(flagged(g)).toEqual([]);
  });
});

describe("a side set aside by 'not' between commas", () => {
  it("does not take the state from the side named before it", () => {
    expectClean("iv-four-way", "The client, not the server, enters TIME_WAIT after sending the last ACK.");
    expectFlag("iv-four-way", "The server, not the client, enters TIME_WAIT after sending the last ACK.", "time-wait-on-server");
  });
});

describe("a list of misconceptions numbered with circled digits", () => {
  it("is taken back as a list numbered 1., 2. is", () => {
    const facts = "\n실제로는 먼저 닫는 클라이언트가 마지막 ACK를 보내고 TIME_WAIT에서 2MSL 동안 기다린다.";
    expectClean("iv-four-way", `흔한 오해:\n① 서버가 TIME_WAIT에 들어간다.\n② TIME_WAIT는 남은 데이터를 기다리는 상태다.${facts}`);
    expectClean("iv-four-way", `흔한 오해:\n1. 서버가 TIME_WAIT에 들어간다.\n2. TIME_WAIT는 남은 데이터를 기다리는 상태다.${facts}`);
  });
});

describe("a Korean contrast set off by commas", () => {
  const close = "클라이언트가 FIN을 보내고 서버는 ACK를 보낸다. 서버도 FIN을 보내고 클라이언트는 ACK를 보낸다. ";

  it("sets aside the side before 아니라 or 대신 when a comma follows it", () => {
    expectClean("iv-four-way", `${close}클라이언트는, 서버가 아니라, TIME_WAIT에 들어간다.`);
    expectClean("iv-four-way", `${close}서버 대신, 클라이언트가 TIME_WAIT에 들어간다.`);
  });

  it("still reads the side that is named", () => {
    expectFlag("iv-four-way", `${close}서버는, 클라이언트가 아니라, TIME_WAIT에 들어간다.`, "time-wait-on-server");
    expectFlag("iv-four-way", `${close}클라이언트 대신, 서버가 TIME_WAIT에 들어간다.`, "time-wait-on-server");
  });
});
