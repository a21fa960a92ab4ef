import { describe, expect, it } from "vitest";
import { grader, flagged, expectClean, expectFlag } from "./rubrics.fixture";

// Classes of wording real answers use (held-out dev half, 2026-12-03) that the grader read wrong,
// each in our own sentences in both languages, with correct neighbours that must stay clean.
const grade = grader("by-script");
const misflags = (prompt: string, text: string, id: string) => expect(flagged(grade(prompt, text)), text).not.toContain(id);

describe("urg-means-priority told as precedence", () => {
  const id = "urg-means-priority";
  it("is caught when urgent data outranks the rest, in any of its words", () => {
    expectFlag("iv-flags", "URG: urgent bytes take precedence over the other data in the stream.", id);
    expectFlag("iv-flags", "URG marks data that is given precedence over normal traffic by the receiver.", id);
    expectFlag("iv-flags", "URG - the urgent bytes get preferential treatment and are expedited to the program.", id);
    expectFlag("iv-flags", "URG flag: the receiver should handle this data urgently, before the rest of what is queued.", id);
    expectFlag("iv-flags", "URG: the urgent pointer field is valid; the receiver treats the marked bytes as high priority.", id);
    expectFlag("iv-flags", "URG: 긴급 데이터는 일반 데이터보다 우선하여 처리된다.", id);
    expectFlag("iv-flags", "URG 플래그가 있으면 수신 측은 그 데이터를 급히 처리한다.", id);
    expectFlag("iv-flags", "URG가 켜진 세그먼트는 수신 측에서 가장 먼저 처리한다.", id);
    expectFlag("iv-flags", "Urgent flag: the receiving TCP hands these bytes to the program before any data still waiting in its buffer.", id);
  });
  it("is not read where the precedence is denied, refuted or said of another flag", () => {
    misflags("iv-flags", "URG does not take precedence over other data; it only marks where the urgent bytes end.", id);
    misflags("iv-flags", "URG는 다른 데이터보다 우선하여 처리되지 않는다. 긴급 포인터가 유효하다는 뜻일 뿐이다.", id);
    misflags("iv-flags", "URG: the urgent pointer is meaningful. RST: the connection is aborted, taking precedence over any queued data.", id);
    misflags("iv-flags", "A common mistake is to say URG data takes precedence over other data; the pointer only marks a point in the stream.", id);
  });
});

describe("close-wait-equals-time-wait from TIME_WAIT in CLOSE_WAIT's place", () => {
  const id = "close-wait-equals-time-wait";
  it("is caught when the closing-second side is put in TIME_WAIT before it sends its own FIN", () => {
    expectFlag(
      "iv-four-way",
      "1. 클라이언트가 FIN을 보냄\n2. 서버가 ACK로 응답\n(TIME_WAIT) 서버가 남은 데이터를 마저 보냄\n3. 서버가 FIN을 보냄\n4. 클라이언트가 ACK를 보냄",
      id,
    );
    expectFlag(
      "iv-four-way",
      "클라이언트가 FIN을 보내면 서버는 ACK로 답하고 TIME_WAIT 상태에서 보낼 것을 마저 보낸다. 그 다음 서버도 FIN을 보내고 클라이언트가 ACK를 보낸다.",
      id,
    );
    expectFlag(
      "iv-four-way",
      "The client sends a FIN. The server ACKs it and sits in TIME_WAIT while it flushes what it still has. Then the server sends its own FIN and the client ACKs it.",
      id,
    );
  });
  it("is not read from TIME_WAIT given to the wrong side after its FIN, nor from a FIN retransmitted", () => {
    misflags("iv-four-way", "The passive closer enters TIME_WAIT after it sends its FIN, and waits 2MSL there.", id);
    misflags("iv-final-ack-lost", "If the last ACK is lost, the server in TIME_WAIT retransmits its FIN and the client ACKs it again.", id);
    misflags("iv-four-way", "서버가 FIN을 보내고 TIME_WAIT 상태가 된다. 클라이언트는 ACK를 보낸다.", id);
    expectClean(
      "iv-four-way",
      "1. 클라이언트가 FIN을 보내고 FIN_WAIT_1\n2. 서버가 ACK를 보내고 CLOSE_WAIT, 클라이언트는 FIN_WAIT_2\n3. 서버가 FIN을 보내고 LAST_ACK\n4. 클라이언트가 ACK를 보내고 TIME_WAIT, 2MSL 뒤 CLOSED",
    );
  });
});

describe("a state told as the scene of a Korean condition before a subject of its own", () => {
  it("is held by no one for certain: no time-wait-on-server", () => {
    expectClean(
      "iv-four-way",
      "클라이언트는 FIN을 보내고 FIN_WAIT_1이 된다. 서버는 ACK를 보내고 CLOSE_WAIT가 된다. 서버가 FIN을 보내고 LAST_ACK가 된다. 클라이언트는 ACK를 보내고 TIME_WAIT가 된다. ACK를 받은 서버는 닫히고 TIME_WAIT 상태에서 2MSL이 지나면 클라이언트도 CLOSED가 된다.",
    );
  });
  it("still flags a state the carried subject enters, or one told without a later subject", () => {
    const id = "time-wait-on-server";
    expectFlag(
      "iv-four-way",
      "클라이언트가 FIN을 보낸다. 서버는 ACK를 보낸다. 서버는 FIN을 보낸다. 서버는 ACK를 받고 TIME_WAIT 상태가 되면 클라이언트도 닫힌다.",
      id,
    );
    expectFlag("iv-four-way", "클라이언트가 FIN을 보낸다. 서버는 ACK를 보낸다. 서버는 FIN을 보내고 ACK를 받은 뒤 TIME_WAIT 상태에서 기다린다.", id);
  });
});

describe("time-wait-waits-for-data in English relative clauses and purposes", () => {
  const id = "time-wait-waits-for-data";
  it("is caught when TIME_WAIT lets late data through or keeps it from being lost", () => {
    expectFlag(
      "iv-why-time-wait",
      "The client stays in TIME_WAIT so that any segments the server wrote just before its FIN, which might show up late, can still be read.",
      id,
    );
    expectFlag("iv-why-time-wait", "TIME_WAIT gives late packets from the server time to reach the client before the socket goes away.", id);
    expectFlag("iv-why-time-wait", "The client sits in TIME_WAIT in case the peer still has packets on the wire for it.", id);
    expectFlag("iv-why-time-wait", "TIME_WAIT exists to let any late-arriving data from the peer still be delivered.", id);
    expectFlag("iv-why-time-wait", "TIME_WAIT is there to make sure that data delayed somewhere in the network is not lost when the connection ends.", id);
    expectFlag(
      "iv-why-time-wait",
      "The client lingers in TIME_WAIT so that segments sent right before the FIN, which a slow router may hold back for a while, can still be read and nothing is dropped.",
      id,
    );
  });
  it("is not read from old segments left to expire, or from the data before the FIN told as delivered", () => {
    expectClean(
      "iv-why-time-wait",
      "The client waits 2MSL in TIME_WAIT. If the final ACK is lost, the server retransmits its FIN and the client can ACK it again. Old packets that may arrive late are discarded instead of being accepted by a new connection.",
    );
    misflags(
      "iv-why-time-wait",
      "Data sent before the FIN is not lost, because TCP delivers it in order ahead of the FIN; TIME_WAIT waits 2MSL for the lost last ACK and for old duplicates.",
      id,
    );
    misflags(
      "iv-why-time-wait",
      "Without TIME_WAIT, old segments, which may wander in the network for up to an MSL, can still be received by a new connection on the same ports.",
      id,
    );
    misflags(
      "iv-why-time-wait",
      "TIME_WAIT waits 2MSL so that no segments from the old connection are accepted by a new incarnation, and the last ACK can be sent again if the FIN arrives again.",
      id,
    );
  });
});

describe("time-wait-blocks-port told as a port held", () => {
  const id = "time-wait-blocks-port";
  it("is caught when the port itself is said to stay reserved, occupied or held", () => {
    expectFlag("iv-time-wait-buildup", "A socket in TIME_WAIT keeps its port reserved, so the server cannot accept new clients until the timer runs out.", id);
    expectFlag("iv-why-time-wait", "While TIME_WAIT lasts, the port stays occupied and no other connection may use it.", id);
    expectFlag("iv-time-wait-buildup", "TIME_WAIT 소켓이 포트를 계속 붙잡고 있어서 서버가 새 연결을 받지 못한다.", id);
    expectFlag("iv-time-wait-buildup", "TIME_WAIT 동안 그 포트가 점유되어 다른 연결이 쓸 수 없다.", id);
  });
  it("is not read from the connecting side's ephemeral ports or the socket pair", () => {
    misflags(
      "iv-time-wait-buildup",
      "Every TIME_WAIT socket on the client ties up a local ephemeral port, so a client opening many short connections can run out.",
      id,
    );
    misflags("iv-time-wait-buildup", "TIME_WAIT 소켓은 자기 소켓 쌍만 점유하므로 서버의 LISTEN 포트는 계속 새 연결을 받는다.", id);
    misflags("iv-time-wait-buildup", "많은 TIME_WAIT 소켓이 클라이언트 쪽 임시 포트를 점유하면 포트가 고갈될 수 있다.", id);
  });
  // bind() really refuses a local port a TIME_WAIT socket still holds (EADDRINUSE without SO_REUSEADDR):
  // true of that port, so a mistake only where it is said to stop a server serving.
  it("is not read from the port said to be unusable for a while, with no server left unable to serve", () => {
    misflags("iv-why-time-wait", "During TIME_WAIT the port cannot be reused until 2MSL has passed.", id);
    misflags("iv-time-wait-buildup", "A socket in TIME_WAIT keeps its port reserved, so nothing new can bind it until the timer runs out.", id);
    misflags("iv-why-time-wait", "TIME_WAIT 동안에는 해당 포트를 재사용할 수 없다.", id);
    expectFlag("iv-why-time-wait", "TIME_WAIT 동안에는 해당 포트를 재사용할 수 없어서 서버가 새 연결을 받지 못한다.", id);
  });
});

describe("time-wait-on-server placed with 에", () => {
  const id = "time-wait-on-server";
  it("is caught when TIME_WAIT is said to arise on the side that closes second", () => {
    expectFlag("iv-why-time-wait", "TIME_WAIT는 수동으로 닫는 서버 쪽에 생긴다.", id);
    expectFlag("iv-why-time-wait", "TIME_WAIT 상태는 서버 측에 남는다.", id);
  });
  it("is not read where the server closes first, where it is denied, or of the client", () => {
    misflags("iv-why-time-wait", "TIME_WAIT는 서버가 먼저 연결을 끊으면 서버 쪽에 생긴다.", id);
    misflags("iv-why-time-wait", "TIME_WAIT는 서버 쪽에 생기지 않는다. 먼저 끊는 클라이언트에 생긴다.", id);
    misflags("iv-why-time-wait", "TIME_WAIT는 먼저 닫은 클라이언트 쪽에 남는다. 2MSL 동안 기다린다.", id);
  });
});

describe("fin-wait-2-always-times-out with the end told before its time", () => {
  const id = "fin-wait-2-always-times-out";
  it("is caught when FIN_WAIT_2 is said to end, expire or go away after a time", () => {
    expectFlag("iv-fin-wait-2-stuck", "FIN_WAIT_2 ends on its own after a timeout, so it never causes trouble.", id);
    expectFlag("iv-fin-wait-2-stuck", "A socket stuck in FIN_WAIT_2 will expire after tcp_fin_timeout anyway.", id);
    expectFlag("iv-fin-wait-2-stuck", "FIN_WAIT_2 sockets go away after 60 seconds.", id);
    expectFlag("iv-fin-wait-2-stuck", "If the peer never sends its FIN, FIN_WAIT_2 eventually times out and the socket closes.", id);
    expectFlag("iv-fin-wait-2-stuck", "FIN_WAIT_2 상태는 일정 시간이 지나면 끝난다.", id);
  });
  it("is not read where the timeout is given to orphans only or the RFC's missing timer is told", () => {
    expectClean(
      "iv-fin-wait-2-stuck",
      "FIN_WAIT_2 waits for the peer's FIN. If the application called close(), Linux drops the orphaned socket after tcp_fin_timeout; a socket that only did shutdown() stays until the FIN arrives.",
    );
    misflags("iv-fin-wait-2-stuck", "RFC 9293 gives FIN_WAIT_2 no timer: it ends only when the peer's FIN arrives.", id);
  });
});

describe("close-wait-fixed-by-sysctl and reuseaddr-kills-time-wait offered as fixes", () => {
  it("catches a kernel setting configured, or sysctl -w run, as a cure for CLOSE_WAIT", () => {
    const id = "close-wait-fixed-by-sysctl";
    expectFlag(
      "iv-close-wait-leak",
      "CLOSE_WAIT piles up when the program never calls close(). To clear them, configure the TCP keepalive timers in sysctl.",
      id,
    );
    expectFlag(
      "iv-close-wait-leak",
      "CLOSE_WAIT means our side has not closed yet. Fix the leak.\nTune the kernel:\nsysctl -w net.ipv4.tcp_fin_timeout=15",
      id,
    );
    misflags(
      "iv-close-wait-leak",
      "CLOSE_WAIT piles up when the program never calls close(). No kernel setting ends it; configuring tcp_fin_timeout only affects FIN_WAIT_2.",
      id,
    );
  });
  it("catches SO_REUSEADDR offered for TIME_WAIT piling up or ports running out, not for a restart's bind", () => {
    const id = "reuseaddr-kills-time-wait";
    expectFlag("iv-time-wait-buildup", "When TIME_WAIT sockets build up and the ports run out, turn on SO_REUSEADDR to fix it.", id);
    expectFlag("iv-time-wait-buildup", "TIME_WAIT가 많아져 포트가 부족하면 SO_REUSEADDR 옵션을 켜면 된다.", id);
    expectFlag(
      "iv-time-wait-buildup",
      "A client opening many short connections leaves a TIME_WAIT socket behind each one and runs out of ephemeral ports. The fix is to enable SO_REUSEADDR.",
      id,
    );
    misflags(
      "iv-time-wait-buildup",
      "TIME_WAIT piles up on the side that closes first. SO_REUSEADDR only lets a restarted server bind its port again; for outgoing connections running out of ports, use tcp_tw_reuse.",
      id,
    );
    misflags("iv-time-wait-buildup", "TIME_WAIT가 쌓여도 SO_REUSEADDR로는 해결되지 않는다. 서버를 재시작할 때 bind에 쓰는 옵션이다.", id);
  });
});

describe("a side heading its line as whose state the line gives", () => {
  it("holds the states after '클라이언트 상태:' or 'Server state:' like those after '클라이언트:'", () => {
    const id = "wrong-state-for-side";
    expectFlag(
      "iv-three-way",
      "1. 클라이언트 -> 서버: SYN\n• 클라이언트 상태: CLOSED -> SYN-SENT\n2. 서버 -> 클라이언트: SYN+ACK\n• 서버 상태: LISTEN -> SYN-RECEIVED\n• 클라이언트 상태: SYN-SENT -> SYN-RECEIVED\n3. 클라이언트 -> 서버: ACK\n• 클라이언트 상태: SYN-RECEIVED -> ESTABLISHED",
      id,
    );
    expectFlag(
      "iv-three-way",
      "1. Client -> Server: SYN\n- Client state: CLOSED -> SYN-SENT\n2. Server -> Client: SYN+ACK\n- Server state: LISTEN -> SYN-RECEIVED\n- Client state: SYN-SENT -> SYN-RECEIVED\n3. Client -> Server: ACK\n- Client state: SYN-RECEIVED -> ESTABLISHED",
      id,
    );
  });
  it("keeps a right telling in that layout clean", () => {
    expectClean(
      "iv-three-way",
      "1. 클라이언트 -> 서버: SYN (ISN x)\n• 클라이언트 상태: CLOSED -> SYN-SENT\n2. 서버 -> 클라이언트: SYN+ACK (ISN y, 확인 번호 x+1)\n• 서버 상태: LISTEN -> SYN-RECEIVED\n• 클라이언트 상태: SYN-SENT -> ESTABLISHED\n3. 클라이언트 -> 서버: ACK (확인 번호 y+1)\n• 서버 상태: SYN-RECEIVED -> ESTABLISHED",
    );
  });
});

describe("close-wait-equals-time-wait told as an alias", () => {
  const id = "close-wait-equals-time-wait";
  it("is caught when one state is given the other's name after a comma, in brackets or with 라고도", () => {
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT, also known as TIME_WAIT, is where a socket sits until it is released.", id);
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT (often called TIME_WAIT) means the other end has hung up.", id);
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT 상태는 TIME_WAIT라고도 부른다.", id);
  });
  it("is not read where the two are set apart", () => {
    misflags("iv-close-wait-leak", "CLOSE_WAIT, not to be confused with TIME_WAIT, is the passive closer waiting for its application to call close().", id);
  });
});

describe("a state told by the subject's second English verb", () => {
  it("is the subject's, not the object's: no side's state mixed up, and a wrong one is the subject's mistake", () => {
    misflags(
      "iv-three-way",
      "The client sends a SYN. The server answers the client with a SYN-ACK and moves to SYN_RCVD. The client replies with ACK and both are ESTABLISHED.",
      "wrong-state-for-side",
    );
    expectFlag(
      "iv-three-way",
      "The client sends a SYN. The server answers the client with a SYN-ACK and moves to SYN_SENT. The client replies with ACK.",
      "server-enters-syn-sent",
    );
  });
});
