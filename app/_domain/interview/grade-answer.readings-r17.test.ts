import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

// Reading rules that heldout10's development half (2026-12-03) showed too narrow or too loose,
// each written as the class of ways people say it, in our own sentences, with neighbours on the
// other side of the rule.

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
