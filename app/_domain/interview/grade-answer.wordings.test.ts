import { describe, expect, it } from "vitest";
import { covered, expectClean, expectFlag, grader } from "./rubrics.fixture";

// Points real answers made in words the rubrics did not list (held-out heldout9's dev half,
// 2026-12-03), each written as the family of ways people say it, in our own sentences, with
// neighbours that use the same words and must not earn the point.
const grade = grader("by-script");
const earns = (prompt: string, text: string, point: string) => expect(covered(grade(prompt, text)), text).toContain(point);
const misses = (prompt: string, text: string, point: string) => expect(covered(grade(prompt, text)), text).not.toContain(point);

describe("the peer's close behind CLOSE_WAIT, told by who closed rather than by the FIN", () => {
  it("is earned in either language", () => {
    earns("iv-close-wait-leak", "The remote host initiates the shutdown and our side is left waiting on the application.", "peer-closed");
    earns("iv-close-wait-leak", "It means the other end has closed its half of the connection.", "peer-closed");
    earns("iv-close-wait-leak", "Our kernel ACKs the FIN right away; the application is what lags.", "peer-closed");
    earns("iv-close-wait-leak", "상대방이 연결을 끊었는데 우리 쪽은 아직 소켓을 붙잡고 있는 상태다.", "peer-closed");
    earns("iv-close-wait-leak", "원격 호스트가 종료를 요청한 뒤 우리 프로그램이 응답하지 않는 상태다.", "peer-closed");
  });
  it("is not earned where the peer is said not to close", () => {
    misses("iv-close-wait-leak", "상대방이 연결을 닫지 않았는데도 소켓이 남는다.", "peer-closed");
  });
});

describe("FIN and RST, told by what each one says", () => {
  it("credits a FIN told as nothing more to send, while still listening", () => {
    earns("iv-rst-vs-fin", "A FIN says: I have nothing more to send, but I will still listen to you.", "fin-graceful");
    earns("iv-rst-vs-fin", "FIN은 내 쪽에서 더 이상 보낼 데이터가 없다는 신호다.", "fin-graceful");
  });
  it("credits a RST told by force, by the data lost, or by the refusal to go on", () => {
    earns("iv-rst-vs-fin", "RST forcibly ends the connection.", "rst-abort");
    earns("iv-rst-vs-fin", "With a RST, data still in the buffers is lost.", "rst-abort");
    earns("iv-rst-vs-fin", "RST은 연결을 강제로 끊는 것이다.", "rst-abort");
    earns("iv-rst-vs-fin", "RST를 받으면 아직 읽지 않은 데이터가 유실된다.", "rst-abort");
  });
  it("does not take the FIN's name for its meaning", () => {
    misses("iv-rst-vs-fin", "FIN (finish) and RST (reset) are two of the TCP flags.", "fin-graceful");
  });
});

describe("UDP keeping no state, with the negation as part of the words", () => {
  it("is earned where the state is said not to be kept", () => {
    earns("iv-tcp-vs-udp", "UDP는 연결 상태를 유지하지 않는다.", "no-state");
    earns("iv-tcp-vs-udp", "UDP는 무상태 프로토콜이다.", "no-state");
    earns("iv-tcp-vs-udp", "UDP doesn't track connection state at all.", "no-state");
    earns("iv-tcp-vs-udp", "UDP does not maintain any state for a connection.", "no-state");
  });
  it("is not earned where the state is said to be kept", () => {
    misses("iv-tcp-vs-udp", "UDP도 연결 상태를 유지한다.", "no-state");
    misses("iv-tcp-vs-udp", "UDP keeps track of connection state like TCP does.", "no-state");
  });
});

describe("time-wait-blocks-port, with the serving side named otherwise or told as refusing", () => {
  const id = "time-wait-blocks-port";
  it("is caught in either language", () => {
    expectFlag("iv-time-wait-buildup", "Once TIME_WAIT sockets pile up, the services cannot accept more connections.", id);
    expectFlag("iv-time-wait-buildup", "With that many TIME_WAIT sockets the web app stops accepting new requests.", id);
    expectFlag("iv-time-wait-buildup", "TIME_WAIT가 그렇게 많으면 웹 서버가 새 접속을 더 이상 받을 수 없다.", id);
  });
  it("is not read from a condition, a denial, or the connecting side's own connections", () => {
    expectClean("iv-time-wait-buildup", "If the proxy cannot accept more connections, look at the listen backlog first, not at TIME_WAIT.");
    expectClean("iv-time-wait-buildup", "Even with many sockets in TIME_WAIT, the server does not stop accepting connections.");
    expectClean("iv-time-wait-buildup", "TIME_WAIT가 많아도 서버가 새 연결을 받지 못하는 것은 아니다.");
    expectClean(
      "iv-time-wait-buildup",
      "When TIME_WAIT sockets pile up on the proxy, it cannot open new connections to the backend because its ephemeral ports run out.",
    );
  });
});
