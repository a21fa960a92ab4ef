import { describe, expect, it } from "vitest";
import { readClaims } from "./claims/extract";
import { prepare } from "./claims/text";
import { expectClean, expectFlag } from "./rubrics.fixture";

// A second pool of published passages (mpool2, 2026-12-03) and a labelled held-out half showed these
// readings; each is written as a family of wordings, in our own sentences, with correct neighbours beside it.

describe("a fixed TIME_WAIT length named with the implementation's source or settings", () => {
  it("is one system's constant, not one length on every system", () => {
    expectClean("iv-time-wait-buildup", "TIME_WAIT 유지시간은 include/net/tcp.h에 60초 고정값으로 정의되어 있어 바꿀 수 없다.");
    expectClean("iv-time-wait-buildup", "The TIME_WAIT length is hard-coded to 60 seconds in tcp.h and cannot be tuned.");
  });
  it("is still the misconception said of every system", () => {
    expectFlag("iv-time-wait-buildup", "TIME_WAIT 시간은 어느 OS든 60초로 고정되어 있다.", "msl-fixed");
    expectFlag("iv-time-wait-buildup", "TIME_WAIT always lasts 60 seconds, on any system.", "msl-fixed");
  });
});

describe("new connections refused from one client whose socket pairs are all in TIME_WAIT", () => {
  it("is the socket pair held, not the port blocked", () => {
    expectClean(
      "iv-time-wait-buildup",
      "With tens of thousands of sockets in TIME_WAIT for one client IP, the server cannot accept new connections from that client until they expire.",
    );
    expectClean("iv-time-wait-buildup", "한 클라이언트와의 연결 수만 개가 TIME_WAIT에 있으면 서버는 같은 클라이언트에서 오는 새 연결을 받지 못한다.");
  });
  it("is still the misconception when every client is refused", () => {
    expectFlag("iv-time-wait-buildup", "Once TIME_WAIT sockets pile up, the server cannot accept new connections at all.", "time-wait-blocks-port");
    expectFlag("iv-time-wait-buildup", "TIME_WAIT가 쌓이면 서버는 새 연결을 받지 못한다.", "time-wait-blocks-port");
  });
});

describe("a FIN_WAIT_2 said to expire after its application closed the socket", () => {
  it("is the orphan Linux times out: close() told in words", () => {
    expectClean(
      "iv-close-wait-leak",
      "CLOSE_WAIT means the peer application closed its socket and our process has not called close yet. The peer sits in FIN_WAIT_2, which eventually expires.",
    );
    expectClean("iv-close-wait-leak", "상대 프로세스가 소켓을 닫았고 우리 쪽은 CLOSE_WAIT에 남는다. 상대의 FIN_WAIT_2는 일정 시간이 지나면 정리된다.");
  });
  it("is still the misconception with no closing application named", () => {
    expectFlag(
      "iv-close-wait-leak",
      "CLOSE_WAIT means the peer sent its FIN. The peer sits in FIN_WAIT_2, which eventually expires.",
      "fin-wait-2-always-times-out",
    );
    expectFlag("iv-close-wait-leak", "상대가 FIN을 보냈다. 상대의 FIN_WAIT_2는 일정 시간이 지나면 정리된다.", "fin-wait-2-always-times-out");
  });
});

describe("tcp_fin_timeout given as TIME_WAIT's length", () => {
  it("reads it said to be the value, read off it, or pointed to for the length just told", () => {
    expectFlag(
      "iv-time-wait-buildup",
      "On Linux the tcp_fin_timeout setting is the 2*MSL value of TIME_WAIT, normally 60 seconds.",
      "fin-timeout-sets-time-wait",
    );
    expectFlag("iv-time-wait-buildup", "TIME_WAIT 시간은 tcp_fin_timeout 값으로 정해진다.", "fin-timeout-sets-time-wait");
    expectFlag(
      "iv-time-wait-buildup",
      "That looks like the TIME_WAIT value, which is twice the MSL. On my machine cat /proc/sys/net/ipv4/tcp_fin_timeout on Debian 12.1 returned 60s.",
      "fin-timeout-sets-time-wait",
    );
    expectFlag(
      "iv-time-wait-buildup",
      "Sockets stay in TIME_WAIT until they time out, which can take a few minutes. (Look at the value in /proc/sys/net/ipv4/tcp_fin_timeout.)",
      "fin-timeout-sets-time-wait",
    );
  });
  it("leaves its own default told beside TIME_WAIT, and the two told apart", () => {
    expectClean("iv-time-wait-buildup", "TIME_WAIT sockets pile up. tcp_fin_timeout is 60 seconds by default.");
    expectClean("iv-time-wait-buildup", "The TIME_WAIT length is fixed in the kernel. tcp_fin_timeout is 60 seconds by default.");
    expectClean("iv-time-wait-buildup", "TIME_WAIT는 커널에 60초로 고정이고, tcp_fin_timeout은 고아 FIN_WAIT_2 소켓의 시간이다.");
  });
});

describe("TIME_WAIT kept so that data not yet processed can be processed", () => {
  it("reads data left to process, or awaited to be processed, as data waited for", () => {
    expectFlag(
      "iv-why-time-wait",
      "소켓을 close()로 닫아도 커널은 TIME_WAIT 상태로 몇 분 유지한다. 상대와 아직 처리되지 않은 데이터를 마저 처리하기 위해서다.",
      "time-wait-waits-for-data",
    );
    expectFlag("iv-why-time-wait", "TIME_WAIT가 있는 이유는 혹시 처리할 패킷이 도착할 것에 대비해 소켓을 열어두는 것이다.", "time-wait-waits-for-data");
    // The socket destroyed by close() is no old segment said to expire.
    expectFlag(
      "iv-why-time-wait",
      "앱이 소켓을 close()로 소멸시켜도 커널은 TIME_WAIT로 잠시 유지한다. 아직 처리되지 않는 데이터를 마저 처리할 수 있게 하려는 것이다.",
      "time-wait-waits-for-data",
    );
    expectFlag("iv-why-time-wait", "The socket lingers in TIME_WAIT so the stack can finish processing any unprocessed data.", "time-wait-waits-for-data");
  });
  it("leaves old packets disposed of in TIME_WAIT, and pending data processed in CLOSE_WAIT", () => {
    expectClean("iv-why-time-wait", "TIME_WAIT 동안 늦게 도착한 옛 패킷을 처리해 버린다.");
    expectClean("iv-why-time-wait", "TIME_WAIT는 이전 연결의 패킷이 네트워크에서 소멸할 때까지 기다린다.");
    expectClean("iv-why-time-wait", "서버는 CLOSE_WAIT에서 아직 처리하지 못한 데이터를 처리한 뒤 FIN을 보낸다. 클라이언트는 TIME_WAIT에서 2MSL 기다린다.");
    expectClean(
      "iv-why-time-wait",
      "The server finishes processing its pending data in CLOSE_WAIT, then sends its FIN; the client waits 2MSL in TIME_WAIT so old segments expire.",
    );
  });
});

describe("a wait of 2MSL after a clause that sets the scene in a state", () => {
  it("is that state's wait", () => {
    expectFlag(
      "iv-four-way",
      "This matters most while a TCP connection is closing -- between the CLOSE_WAIT and CLOSED state, the machine waits 2 MSL's for any late packets.",
      "two-msl-outside-time-wait",
    );
    expectFlag("iv-four-way", "CLOSE_WAIT와 CLOSED 사이에서, 호스트는 2MSL을 기다린다.", "two-msl-outside-time-wait");
    expectFlag("iv-four-way", "Between CLOSE_WAIT and the CLOSED state, the host waits for 2 MSL for any later packets.", "two-msl-outside-time-wait");
  });
  it("leaves a state left behind before the wait, and the wait in TIME_WAIT", () => {
    expectClean("iv-four-way", "The client leaves FIN_WAIT_2, and it then waits 2MSL.");
    expectClean("iv-four-way", "In TIME_WAIT, the client waits 2MSL before it closes.");
  });
});

describe("an ISN of 0 given to the segment that carries it", () => {
  it("is a fixed ISN", () => {
    expectFlag("iv-three-way", "In the handshake the first SYN goes out with an initial sequence number of 0 and carries no data.", "isn-fixed");
    expectFlag("iv-three-way", "클라이언트는 ISN이 0인 SYN을 보낸다.", "isn-fixed");
  });
  it("leaves Wireshark's relative numbers, a number picked at random, and an example", () => {
    expectClean("iv-three-way", "In Wireshark the SYN shows a relative initial sequence number of 0.");
    expectClean("iv-three-way", "The SYN carries an ISN of 1000, for example.");
    expectClean("iv-three-way", "클라이언트는 무작위로 고른 ISN이 담긴 SYN을 보낸다.");
  });
});

describe("a side in brackets that closes a chain of states", () => {
  it("labels that chain only, so the chain after it takes its own label", () => {
    expectClean("iv-four-way", "States: FIN_WAIT_1 → FIN_WAIT_2 → TIME_WAIT (client) and CLOSE_WAIT → LAST_ACK (server).");
    expectClean("iv-four-way", "상태 변화: FIN_WAIT_1 → FIN_WAIT_2 → TIME_WAIT (클라이언트 측), CLOSE_WAIT → LAST_ACK (서버 측)");
    expectClean("iv-rst-vs-fin", "A normal close passes FIN_WAIT_1, FIN_WAIT_2, TIME_WAIT (client side), CLOSE_WAIT, LAST_ACK (server side).");
  });
  it("still gives a wrong state to the side it labels", () => {
    expectFlag("iv-four-way", "States: FIN_WAIT_1 → FIN_WAIT_2 → CLOSED (client) and CLOSE_WAIT → LAST_ACK → TIME_WAIT (server).", "time-wait-on-server");
    expectFlag("iv-four-way", "상태 변화: FIN_WAIT_1 → FIN_WAIT_2 → CLOSE_WAIT (클라이언트 측), LAST_ACK (서버 측)", "wrong-state-for-side");
  });
});

describe("a clause of time inside an English sentence", () => {
  it("has its own subject: the ACK the server waits for is the client's", () => {
    expectClean(
      "iv-three-way",
      "The client sends a SYN. The server replies with a SYN-ACK and moves to ESTABLISHED when the client sends the ACK. The client then sends the ACK.",
    );
    expectClean("iv-three-way", "The client sends a SYN, the server answers with a SYN-ACK, and the server is ESTABLISHED once the client sends its ACK.");
  });
  it("still gives a pronoun's step to the subject before it", () => {
    const claims = readClaims(prepare("The server moves to ESTABLISHED as soon as it sends the SYN-ACK.")).claims;
    expect(claims.find((c) => c.kind === "segment" && c.flags.join() === "SYN,ACK")?.actor).toBe("server");
    // Not at the head of a sentence: there the clause of time opens the sentence and its subject follows.
    const opening = readClaims(prepare("The client sends a FIN. When it gets that FIN the server replies with an ACK.")).claims;
    expect(opening.find((c) => c.kind === "segment" && c.flags.join() === "ACK")?.actor).toBe("server");
  });
});
