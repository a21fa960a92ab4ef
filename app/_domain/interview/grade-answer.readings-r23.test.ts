import { describe, expect, it } from "vitest";
import { readClaims } from "./claims/extract";
import { prepare } from "./claims/text";
import { expectClean, expectFlag } from "./rubrics.fixture";

// Readings of who sends what and who holds a state, each as a family of our own wordings with the
// near neighbours that must read as before.

/** The segments the text has each side send, as "side:FLAGS". */
const sent = (text: string) =>
  readClaims(prepare(text)).claims.flatMap((c) => (c.kind === "segment" && c.rel === "send" ? [`${c.actor}:${c.flags.join("+")}`] : []));

describe("a segment after an answer's 'for' / 'to'", () => {
  it("is the one acknowledged, not one sent", () => {
    expect(sent("The server sends an ACK for the SYN.")).toEqual(["server:ACK"]);
    expect(sent("The server then sends an ACK in reply to the client's SYN.")).toEqual(["server:ACK"]);
    expect(sent("Next the client sends an ACK for the server's FIN.")).toEqual(["client:ACK"]);
    expect(sent("The client replies with an ACK to the last FIN.")).toEqual(["client:ACK"]);
  });
  it("keeps a segment sent to a side, and the reply sent after 'with'", () => {
    expect(sent("The client sends a SYN to the server.")).toEqual(["client:SYN"]);
    expect(sent("The server sends a SYN for its own side and an ACK.")).toContain("server:SYN+ACK");
    expect(sent("The server responds to the SYN with a SYN-ACK.")).toContain("server:SYN+ACK");
    expect(sent("The client sends an ACK and the server sends its FIN.")).toEqual(["client:ACK", "server:FIN"]);
  });
});

describe("a cleft that names after its copula the side in a state", () => {
  it("gives the state to that side", () => {
    expectFlag("iv-why-time-wait", "The one in TIME_WAIT is the server.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "The side that ends up in TIME_WAIT is usually the server.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "TIME_WAIT에 있는 쪽은 서버다.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "TIME_WAIT 상태에 머무는 쪽은 보통 서버입니다.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "TIME_WAIT 상태를 거치는 쪽은 서버이다.", "time-wait-on-server");
  });
  it("keeps the right side, a side's own thing and an unnamed holder clean", () => {
    expectClean("iv-why-time-wait", "The one in TIME_WAIT is the client, which closed first.");
    expectClean("iv-why-time-wait", "TIME_WAIT에 있는 쪽은 먼저 닫은 클라이언트다.");
    expectClean("iv-why-time-wait", "The one in TIME_WAIT is the server's peer, the side that closed first.");
    expectClean("iv-why-time-wait", "The endpoint in TIME_WAIT keeps the old connection's port for 2MSL.");
    expectClean("iv-why-time-wait", "TIME_WAIT 상태인 쪽은 2MSL 동안 포트를 잡고 있다.");
  });
});

describe("a side with 에서 that opens a clause of a sending verb", () => {
  it("is the sender, not the side carried from the sentence before", () => {
    expect(sent("클라이언트가 FIN을 보낸다. 서버에서 ACK를 보낸다.")).toEqual(["client:FIN", "server:ACK"]);
    expect(sent("서버가 SYN+ACK를 전송한다. 이어서 클라이언트에서 ACK를 전송한다.")).toEqual(["server:SYN+ACK", "client:ACK"]);
    expect(sent("클라이언트는 FIN을 보낸다. 그러면 서버에서는 바로 ACK를 보낸다.")).toEqual(["client:FIN", "server:ACK"]);
    expect(sent("서버는 ACK를 보낸 뒤 잠시 기다린다. 서버에서 FIN을 보낸다.")).toEqual(["server:ACK", "server:FIN"]);
  });
  it("leaves a side 에서 as the source of a segment, and a segment received", () => {
    expect(sent("클라이언트는 서버에서 온 FIN에 ACK를 보낸다.")).toContain("client:ACK");
    // The ACK stays the carried side's; how the FIN that came is read is not at issue here.
    expect(sent("클라이언트가 FIN을 보낸다. 서버에서 온 FIN에 ACK를 보낸다.")).toContain("client:ACK");
    expect(sent("클라이언트가 FIN을 보낸다. 서버에서 온 FIN에 ACK를 보낸다.")).not.toContain("server:ACK");
    expect(sent("서버가 FIN을 보낸다. 클라이언트에서 보낸 ACK가 도착한다.")).toEqual(["server:FIN", "client:ACK"]);
    expect(sent("클라이언트가 SYN을 보낸다. 서버에서 SYN을 받는다.")).toEqual(["client:SYN"]);
  });
});
