import { describe, expect, it } from "vitest";
import { covered, expectClean, expectFlag, grader } from "./rubrics.fixture";

// Reading rules that heldout10's development half (2026-12-03) showed too narrow or too loose,
// each written as the class of ways people say it, in our own sentences, with neighbours on the
// other side of the rule.
const grade = grader("by-script");
const earns = (prompt: string, text: string, point: string) => expect(covered(grade(prompt, text)), text).toContain(point);

describe("RST said to be graceful: only where 'graceful' describes the close", () => {
  it("leaves an application told to handle the reset gracefully, or RST skipping the graceful close", () => {
    expectClean("iv-rst-vs-fin", "RST aborts the connection at once. Applications have to deal with that event gracefully to stay robust.");
    expectClean("iv-rst-vs-fin", "When a RST arrives, the client should fail gracefully.");
    expectClean("iv-rst-vs-fin", "RST skips the graceful shutdown.");
    expectClean("iv-rst-vs-fin", "A RST is what a host sends when a graceful close is not possible.");
    expectClean("iv-rst-vs-fin", "RST is not graceful at all.");
    expectClean("iv-rst-vs-fin", "RST를 받으면 애플리케이션은 그 오류를 우아하게 처리해야 한다.");
  });
  it("still reads the close itself told as graceful", () => {
    expectFlag("iv-rst-vs-fin", "An RST closes the connection gracefully.", "rst-is-graceful");
    expectFlag("iv-rst-vs-fin", "RST is just as graceful as a FIN.", "rst-is-graceful");
    expectFlag("iv-rst-vs-fin", "RST closes cleanly.", "rst-is-graceful");
    expectFlag("iv-rst-vs-fin", "RST도 우아하게 연결을 닫는다.", "rst-is-graceful");
  });
});

describe("the MSS 'negotiated': loose wording unless left unexplained", () => {
  it("leaves 'negotiated' that the answer explains as each side keeping to its peer's value", () => {
    expectClean("iv-syn-options", "The MSS is negotiated in the SYN and SYN-ACK. After that, every host has to respect the advertised MSS of the peer.");
    expectClean("iv-syn-options", "MSS는 핸드셰이크에서 협상된다. 보내는 쪽은 상대가 알린 MSS를 넘지 않게 보낸다.");
  });
  it("reads 'negotiated' left alone, '협의', and the size named only as a segment size", () => {
    expectFlag("iv-syn-options", "The maximum segment size is negotiated by the two hosts while the connection opens.", "mss-negotiated");
    expectFlag("iv-syn-options", "- 연결 설정 때 두 호스트가 협의해서 segment size를 정함.", "mss-negotiated");
  });
  it("reads one common value whatever else the answer says", () => {
    expectFlag(
      "iv-syn-options",
      "The two hosts compare their MSS values and use the smaller value. A sender stays within the advertised MSS of the peer.",
      "mss-negotiated",
    );
  });
});

describe("the peer of a half-close in the words people use for it", () => {
  it("earns both points with 'the other party' or 'the recipient of the FIN' still sending", () => {
    const text = "A host closes its side with a FIN. The host that sent it can no longer send, but the other party may continue to send data.";
    earns("iv-half-close", text, "one-direction");
    earns("iv-half-close", text, "keep-receiving");
    earns("iv-half-close", "The recipient of the FIN is free to go on sending.", "keep-receiving");
  });
});

describe("CLOSE_WAIT told by what ends it and by what the fix makes happen", () => {
  it("earns the peer's close named by role, the stay until the program acts, and the fix that closes", () => {
    earns("iv-close-wait-leak", "The backend may decide to close its end of the connection.", "peer-closed");
    earns("iv-close-wait-leak", "The socket is stuck in CLOSE_WAIT until the garbage collector reclaims the client.", "no-timeout");
    earns("iv-close-wait-leak", "To fix this, configure the client to close the connection after each response.", "fix-code");
    earns("iv-close-wait-leak", "해결하려면 응답을 다 읽은 뒤 연결을 닫도록 바꾼다.", "fix-code");
    earns("iv-close-wait-leak", "이 소켓은 프로세스를 재시작할 때까지 남는다.", "no-timeout");
  });
});

describe("why not two segments: the old SYN as any late packet, the server's numbering as order", () => {
  it("earns the old SYN told as an old packet turning up late", () => {
    earns("iv-why-not-two-way", "- 네트워크를 떠돌던 패킷이 늦게 도착하면 연결이 잘못 열림", "old-syn");
    earns("iv-why-not-two-way", "A stale segment that shows up late would be taken as a new request.", "old-syn");
  });
  it("earns the server's ISN told as order that cannot be told apart", () => {
    earns("iv-why-not-two-way", "서버가 보낸 세그먼트의 순서를 구분할 수 없다.", "server-isn");
    earns("iv-why-not-two-way", "The server's sequence numbers are never synchronized with only two segments.", "server-isn");
  });
});

describe("one added to a number, with any verb of adding", () => {
  it("earns plus-one", () => {
    earns("iv-three-way", "서버는 받은 번호에 하나를 추가한 값으로 ACK를 보낸다.", "plus-one");
    earns("iv-three-way", "각 측은 받은 순서 번호를 하나씩 증가시켜 확인한다.", "plus-one");
  });
});

describe("acknowledging told with 승인 (the word Korean texts use for ACK)", () => {
  it("earns the client's ACK", () => {
    earns("iv-three-way", "클라이언트가 SYN을 보낸다. 서버는 SYN+ACK로 응답한다. 클라이언트는 서버의 SYN+ACK를 승인한다.", "ack");
    earns("iv-three-way", "클라이언트가 SYN을 보낸다. 서버는 SYN+ACK로 응답한다. 마지막으로 클라이언트가 그 SYN+ACK를 승인했다.", "ack");
  });
});
