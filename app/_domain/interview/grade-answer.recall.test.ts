import { describe, expect, it } from "vitest";
import { grader, flagged, expectFlag, expectClean } from "./rubrics.fixture";

const grade = grader("by-script");

// A complete, correct close and TIME_WAIT reason to put a negative sentence beside, so a clean
// answer is also a passing one.
const KO_TW_REASON =
  "먼저 닫은 쪽이 마지막 ACK를 보내고 2MSL 동안 기다려, ACK가 유실되어 FIN이 재전송되면 다시 ACK하고 이전 연결의 지연 패킷이 사라지게 합니다.";
const EN_TW_REASON =
  "The active closer sends the last ACK and waits 2MSL, so it can ACK a retransmitted FIN again if that ACK is lost, and old duplicates expire.";
const KO_OPEN = "클라이언트가 SYN을 보내고, 서버가 SYN+ACK로 응답하고, 클라이언트가 ACK를 보냅니다.";
const EN_OPEN = "The client sends SYN, the server replies with SYN+ACK, and the client sends ACK.";

describe("the initial sequence number told as fixed (isn-fixed)", () => {
  it("is caught in either language, whatever the ending", () => {
    expectFlag("iv-three-way", `${EN_OPEN} Sequence numbers always start at 0 on a new connection.`, "isn-fixed");
    expectFlag("iv-three-way", `${EN_OPEN} The ISN is a fixed value.`, "isn-fixed");
    expectFlag("iv-three-way", `${EN_OPEN} The initial sequence number is always 1.`, "isn-fixed");
    expectFlag("iv-three-way", `${KO_OPEN} 시퀀스 번호는 0부터 시작한다.`, "isn-fixed");
    expectFlag("iv-three-way", `${KO_OPEN} 초기 순서 번호는 항상 1로 정해져 있습니다.`, "isn-fixed");
    expectFlag("iv-three-way", `${KO_OPEN} ISN은 고정값이라 매번 같다.`, "isn-fixed");
  });
  it("is not read from a random ISN, a relative number, an example, a denial or a refuted view", () => {
    expectClean("iv-three-way", `${EN_OPEN} The ISN is not 0; each side picks it at random.`);
    expectClean("iv-three-way", `${EN_OPEN} Wireshark shows relative sequence numbers, which start at 0.`);
    expectClean("iv-three-way", `${KO_OPEN} ISN이 0부터 시작한다고 생각할 수도 있지만 실제로는 무작위로 정합니다.`);
    expectClean("iv-three-way", `${KO_OPEN} 확인 번호는 ISN + 1로 설정됩니다.`);
    expectClean("iv-three-way", `${KO_OPEN} 예를 들어 시퀀스 번호가 100부터 시작한다고 하면 ACK는 101입니다.`);
  });
});

describe("one MSL on every system (msl-fixed)", () => {
  it("is caught where a length is said to hold always or everywhere", () => {
    expectFlag("iv-why-time-wait", `${EN_TW_REASON} MSL is always 2 minutes, so TIME_WAIT always lasts 4 minutes.`, "msl-fixed");
    expectFlag("iv-why-time-wait", `${EN_TW_REASON} 2MSL is fixed at 240 seconds on every system.`, "msl-fixed");
    expectFlag("iv-why-time-wait", `${KO_TW_REASON} TIME_WAIT는 항상 4분 동안 유지됩니다.`, "msl-fixed");
    expectFlag("iv-why-time-wait", `${KO_TW_REASON} MSL은 2분으로 정해져 있어서 TIME_WAIT는 4분이다.`, "msl-fixed");
  });
  it("is not read where a system, the RFC's value, a default or a variation is named", () => {
    expectClean("iv-why-time-wait", `${KO_TW_REASON} Linux에서는 TIME_WAIT가 60초로 고정되어 있습니다.`);
    expectClean("iv-why-time-wait", `${EN_TW_REASON} RFC 793 took MSL as 2 minutes, so TIME_WAIT was 4 minutes there; Linux uses 60 seconds.`);
    expectClean("iv-why-time-wait", `${EN_TW_REASON} MSL is usually 30 seconds to 2 minutes, depending on the OS.`);
    expectClean("iv-why-time-wait", `${KO_TW_REASON} MSL이 항상 2분이라고 생각할 수도 있지만 OS마다 다릅니다.`);
  });
});

describe("a state held by a port (states-belong-to-ports)", () => {
  it("is caught with the port as the subject of the state", () => {
    expectFlag("iv-four-way", "The client sends FIN and the server ACKs it. After the close the port goes into TIME_WAIT.", "states-belong-to-ports");
    expectFlag("iv-four-way", "클라이언트가 FIN을 보내고 서버가 ACK를 보낸다. 그 뒤 포트는 TIME_WAIT 상태로 바뀐다.", "states-belong-to-ports");
    expectFlag("iv-three-way", `${KO_OPEN} 서버의 80번 포트가 LISTEN 상태가 됩니다.`, "states-belong-to-ports");
    expectFlag("iv-three-way", `${EN_OPEN} Port 80 is in LISTEN state while the server waits.`, "states-belong-to-ports");
  });
  it("is not read from a socket on a port, a listening port in lower case, or a denial", () => {
    expectClean("iv-three-way", `${EN_OPEN} Before that, the socket bound to port 80 is in LISTEN.`);
    expectClean("iv-three-way", `${EN_OPEN} The server's port is listening before that.`);
    expectClean("iv-three-way", `${KO_OPEN} 포트가 LISTEN 상태인 게 아니라 소켓이 LISTEN 상태입니다.`);
  });
});

describe("the acknowledgement equal to the sequence number (ack-not-plus-one), in letters and in words", () => {
  it("is caught with numbers written after the word 'number' and with the words 'the same number'", () => {
    expectFlag(
      "iv-three-way",
      "The client sends a SYN with sequence number x. The server replies SYN-ACK with ack number x and its own sequence number y. The client sends ACK.",
      "ack-not-plus-one",
    );
    expectFlag("iv-three-way", `${KO_OPEN} 서버는 받은 시퀀스 번호를 그대로 확인 번호에 넣어 응답합니다.`, "ack-not-plus-one");
    expectFlag("iv-three-way", `${EN_OPEN} The server acknowledges with the same number as the client's sequence number.`, "ack-not-plus-one");
  });
  it("is not read from x+1, from a plus one told in words, or from an article after 'number'", () => {
    expectClean(
      "iv-three-way",
      "The client sends SYN with sequence number x. The server replies SYN-ACK with ack number x + 1 and its own sequence number y. The client sends ACK with ack number y + 1.",
    );
    expectClean("iv-three-way", `${KO_OPEN} 서버는 받은 시퀀스 번호에 1을 더해 그대로 확인 번호로 보냅니다.`);
    expectClean("iv-three-way", `${EN_OPEN} The client picks a sequence number a server cannot guess, and each ACK carries seq + 1.`);
  });
});

describe("two segments said to open a connection (two-way-enough), Korean forms", () => {
  it("is caught with 개, 만으로도 and 수 있다", () => {
    expectFlag("iv-why-not-two-way", "사실 SYN과 SYN+ACK 두 개만 있어도 연결은 충분히 성립한다.", "two-way-enough");
    expectFlag("iv-why-not-two-way", "2-way handshake만으로도 연결을 맺을 수 있다.", "two-way-enough");
    expectFlag("iv-why-not-two-way", "Two messages can already establish the connection: SYN and SYN-ACK.", "two-way-enough");
  });
  it("is not read from a concession in the same sentence, a denial, or two steps of the close", () => {
    expectClean("iv-why-not-two-way", "2-way로도 연결은 맺을 수 있지만, 서버는 자기 ISN이 확인됐는지 알 수 없고 지연된 옛 SYN에도 연결을 열게 됩니다.");
    expectClean("iv-why-not-two-way", "두 번만으로는 연결을 맺을 수 없습니다. 서버의 ISN이 확인되지 않고 지연된 SYN이 연결을 열 수 있기 때문입니다.");
    expectClean("iv-why-four-way", "FIN과 ACK 두 단계로 한 방향이 종료될 수 있다. 각 방향을 따로 닫으므로 FIN이 두 번 필요하다.");
  });
});

describe("TIME_WAIT given to both sides or to the side asked to close (time-wait-on-server)", () => {
  it("is caught for both sides, checked against the model, in either language", () => {
    expectFlag("iv-why-time-wait", "Both sides enter TIME_WAIT after the FINs are exchanged and wait 2MSL.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "양쪽 모두 TIME_WAIT 상태에 들어간 뒤 2MSL이 지나면 CLOSED가 된다.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "클라이언트와 서버 모두 TIME_WAIT를 거쳐 종료됩니다.", "time-wait-on-server");
  });
  it("is caught for the side that receives the first FIN or is asked to close", () => {
    expectFlag("iv-why-time-wait", "The side receiving the first FIN waits in TIME_WAIT until stray packets are gone.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "연결 종료를 요청받은 쪽이 TIME_WAIT 상태가 되어 잠시 기다립니다.", "time-wait-on-server");
  });
  it("is not read after a simultaneous close, from the side that closed first, or from a refuted view", () => {
    expectClean("iv-why-time-wait", `양쪽이 동시에 FIN을 보내면 양쪽 모두 CLOSING을 거쳐 TIME_WAIT에 들어갑니다. ${KO_TW_REASON}`);
    expectClean("iv-why-time-wait", `Some think both sides enter TIME_WAIT, but only the active closer does. ${EN_TW_REASON}`);
    expectClean("iv-why-time-wait", `If the server closes first, the server enters TIME_WAIT. ${EN_TW_REASON}`);
    expectClean("iv-why-time-wait", `서버가 TIME_WAIT에 들어간다고 생각할 수도 있지만, 실제로는 먼저 FIN을 보낸 클라이언트가 들어갑니다. ${KO_TW_REASON}`);
  });
});

describe("CLOSE_WAIT's wait told under TIME_WAIT's name (close-wait-equals-time-wait)", () => {
  it("is caught where the side receiving the FIN waits in TIME_WAIT for its application", () => {
    const g = grade("iv-four-way", "The side receiving FIN waits in TIME_WAIT until its application has finished sending.");
    expect(flagged(g)).toEqual(expect.arrayContaining(["time-wait-on-server", "close-wait-equals-time-wait"]));
    expectFlag(
      "iv-four-way",
      "클라이언트가 FIN을 보낸다. FIN을 받은 서버는 TIME_WAIT 상태로 들어가 애플리케이션이 끝날 때까지 기다린다.",
      "close-wait-equals-time-wait",
    );
  });
  it("is not read where the answer gives CLOSE_WAIT its place", () => {
    expectClean(
      "iv-four-way",
      "The client sends FIN and enters FIN_WAIT_1. The server receives the FIN, ACKs it and sits in CLOSE_WAIT until its application calls close(). Then the server sends FIN and enters LAST_ACK; the client ACKs and waits 2MSL in TIME_WAIT.",
    );
  });
});

describe("misconceptions of practice, in the forms a second held-out set showed (our own sentences)", () => {
  it("reads URG told to be processed at once, and not PSH told to be delivered at once", () => {
    expectFlag(
      "iv-flags",
      "- SYN: opens\n- ACK: acknowledges\n- FIN: no more data\n- URG (urgent): says the data in this segment must be handled immediately by the receiver.",
      "urg-means-priority",
    );
    expectFlag("iv-flags", "- SYN: 연결 요청\n- ACK: 확인\n- FIN: 종료\n- URG: 이 세그먼트의 데이터를 즉시 처리하라는 뜻", "urg-means-priority");
    expectClean(
      "iv-flags",
      "- SYN: opens a connection and synchronizes sequence numbers\n- ACK: the acknowledgement number is valid\n- FIN: the sender has no more data\n- RST: resets the connection\n- PSH: the receiver should pass the data to the application immediately\n- URG: the urgent pointer field is valid",
    );
  });
  it("reads a kernel setting offered as the cure for CLOSE_WAIT in other words", () => {
    expectFlag(
      "iv-close-wait-leak",
      "CLOSE_WAIT piles up when the application never calls close(). To get rid of it, you sometimes have to tune the TCP/IP stack parameters in sysctl.",
      "close-wait-fixed-by-sysctl",
    );
  });
  it("reads one MSS picked for both directions, and not each side announcing its own", () => {
    expectFlag(
      "iv-syn-options",
      "Each host learns its own MSS and the peer's. Then it picks the smaller of the two MSS values, so both hosts send with the same MSS.",
      "mss-negotiated",
    );
    expectFlag("iv-syn-options", "양쪽이 SYN에 MSS를 실어 보내고, 둘 중 작은 값을 선택해서 같은 MSS로 데이터를 보낸다.", "mss-negotiated");
    expect(
      flagged(grade("iv-syn-options", "Each side announces in its SYN the largest segment it can receive; a sender never exceeds the MSS the peer announced.")),
    ).not.toContain("mss-negotiated");
    // The smaller of two windows is flow control, not MSS.
    expect(flagged(grade("iv-syn-options", "A sender uses the smaller of the two windows, cwnd and rwnd."))).not.toContain("mss-negotiated");
  });
  it("reads TIME_WAIT said to keep clients from reaching the server, and not the connecting side's ephemeral ports running out", () => {
    expectFlag(
      "iv-time-wait-buildup",
      "서버가 먼저 close를 부르면 서버에 TIME_WAIT 소켓이 많아져서 클라이언트가 서버에 접속을 못 하게 된다.",
      "time-wait-blocks-port",
    );
    expectFlag("iv-time-wait-buildup", "When TIME_WAIT sockets pile up on the server, clients cannot connect to the server any more.", "time-wait-blocks-port");
    expect(
      flagged(
        grade(
          "iv-time-wait-buildup",
          "클라이언트 쪽에 TIME_WAIT가 쌓이면 임시 포트가 모자라 서버에 새로 접속을 못 하는 일이 생긴다. 커넥션 풀로 연결을 재사용하면 된다.",
        ),
      ),
    ).not.toContain("time-wait-blocks-port");
  });
  it("reads CLOSE_WAIT given TIME_WAIT's quarantine, even told with a 'not', and not a comparison with TIME_WAIT", () => {
    expectFlag(
      "iv-close-wait-leak",
      "CLOSE_WAIT: once the connection is closed, it is not allowed to reopen for a few minutes, so that segments that were delayed in the network cannot slip into a new one.",
      "close-wait-equals-time-wait",
    );
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT 상태는 지연된 패킷이 새 연결에 섞이지 않도록 몇 분 동안 기다리는 상태이다.", "close-wait-equals-time-wait");
    expect(
      flagged(
        grade(
          "iv-close-wait-leak",
          "CLOSE_WAIT은 TIME_WAIT와 달리 지연된 패킷과 무관하고, 애플리케이션이 close()를 부를 때까지 남는다. 쌓이면 코드에서 소켓을 닫지 않는 곳을 찾아야 한다.",
        ),
      ),
    ).not.toContain("close-wait-equals-time-wait");
  });
  it("reads CLOSE_WAIT said to go away with time in the sentence after the one naming it, and not one said never to", () => {
    expectFlag(
      "iv-close-wait-leak",
      "The server shows many CLOSE_WAIT sockets. They disappear by themselves after a while, so you can wait.",
      "close-wait-times-out",
    );
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT 소켓이 많이 보인다. 이런 소켓은 시간이 지나면 알아서 정리된다.", "close-wait-times-out");
    expect(
      flagged(
        grade("iv-close-wait-leak", "CLOSE_WAIT never goes away by itself after a while: it stays until the application calls close(), so find the leak."),
      ),
    ).not.toContain("close-wait-times-out");
  });
});

describe("no false flags on the neighbours of those forms", () => {
  it("does not read 'the order cannot be told apart' as a SYN without a sequence number", () => {
    expect(flagged(grade("iv-why-not-two-way", "두 번만 주고받으면 서버가 보낸 세그먼트의 순서를 구분할 수 없다."))).not.toContain("syn-no-sequence");
  });
  it("does not read HTTP keep-alive reusing 'the same TCP connection' as TCP keepalive being HTTP's", () => {
    expectClean(
      "iv-keepalive",
      "HTTP keep-alive: 동일한 TCP 연결로 여러 요청을 보내 핸드셰이크를 다시 하지 않는다. TCP keepalive는 커널이 유휴 연결에 작은 프로브를 보내 상대가 살아 있는지 확인하는 기능이다.",
    );
  });
  it("gives a state to the side written with 에서 right before it, not to the subject of the condition", () => {
    expect(flagged(grade("iv-close-wait-leak", "다만 서버가 먼저 연결을 끊겠다고 FIN을 보내는 경우에는 클라이언트에서 CLOSE_WAIT을 가지게 된다."))).toEqual([]);
  });
  it("does not check a state whose holder was carried from an earlier sentence through clauses that never named it", () => {
    expect(
      flagged(grade("iv-close-wait-leak", "서버가 먼저 FIN을 보냈다. 로그를 보니 쓰레드가 막혀 있었고, 모든 소켓이 CLOSE_WAIT 상태에 빠졌다.")),
    ).not.toContain("wrong-state-for-side");
  });
});

describe("more word forms of the close and the handshake", () => {
  it("reads a FIN said to tear down the whole session, or to stop both sides exchanging data", () => {
    expectFlag("iv-why-four-way", "The FIN tears down the whole session at once.", "fin-closes-both-directions");
    expectFlag("iv-half-close", "FIN을 보내는 순간 양쪽 모두 더 이상 데이터를 주고받을 수 없습니다.", "fin-closes-both-directions");
    expectClean(
      "iv-why-four-way",
      "Each direction closes on its own: the client's FIN only ends what the client sends. The server ACKs it at once, may still send data, and sends its own FIN when it is done, so the ACK and the FIN come apart.",
    );
  });
  it("reads the ACK number said to carry the sequence number as it is, in either order of the words", () => {
    expectFlag("iv-three-way", `${KO_OPEN} 서버는 ACK 번호로 클라이언트의 시퀀스 번호 x를 그대로 보낸다.`, "ack-not-plus-one");
  });
  it("reads two segments said to set a connection up with 'could'", () => {
    expectFlag("iv-why-not-two-way", "With SYN and SYN-ACK alone the connection could be set up; the third step only adds confirmation.", "two-way-enough");
  });
  it("reads a state placed on a side by where it happens (…에서 발생한다), checked against the model", () => {
    expectFlag("iv-why-time-wait", "TIME_WAIT는 연결을 수동적으로 종료하는 쪽, 즉 서버에서 발생한다.", "time-wait-on-server");
    expectClean("iv-why-time-wait", `TIME_WAIT는 연결을 먼저 끊는 쪽, 즉 클라이언트에서 발생한다. ${KO_TW_REASON}`);
    expectClean("iv-why-time-wait", `서버가 먼저 연결을 끊으면 TIME_WAIT는 서버에서 발생한다. ${KO_TW_REASON}`);
    expect(
      flagged(grade("iv-close-wait-leak", "CLOSE_WAIT는 FIN을 받은 쪽, 보통 서버에서 생긴다. 애플리케이션이 close()를 호출하지 않으면 계속 남는다.")),
    ).toEqual([]);
  });
});

describe("practice misconceptions in more forms (our own sentences)", () => {
  it("reads a sysctl whose dotted name once cut the sentence in two", () => {
    expectFlag("iv-close-wait-leak", "To fix CLOSE_WAIT, lower net.ipv4.tcp_fin_timeout.", "close-wait-fixed-by-sysctl");
    expectFlag("iv-time-wait-buildup", "Enable net.ipv4.tcp_tw_recycle to get rid of TIME_WAIT sockets quickly.", "tw-recycle-safe");
  });
  it("reads the server's own port said to run out, or the server said to stop accepting, with the negation as the consequence", () => {
    expectFlag("iv-time-wait-buildup", "TIME_WAIT가 쌓이면 서버 포트가 고갈되어 더 이상 연결을 받을 수 없다.", "time-wait-blocks-port");
    expectFlag("iv-time-wait-buildup", "With thousands of TIME_WAIT sockets, the server can no longer accept new connections.", "time-wait-blocks-port");
  });
  it("reads every FIN_WAIT_2 said to be cleaned up (모두) after tcp_fin_timeout", () => {
    expectFlag("iv-fin-wait-2-stuck", "FIN_WAIT_2 소켓은 tcp_fin_timeout이 지나면 모두 정리된다.", "fin-wait-2-always-times-out");
  });
  it("reads RST told with FIN's ways, and not RST set against FIN", () => {
    expectFlag("iv-rst-vs-fin", "RST도 FIN처럼 정상적으로 연결을 종료하며 남은 데이터를 모두 전송한다.", "rst-is-graceful");
    expectFlag("iv-rst-vs-fin", "RST closes the connection gracefully, just like FIN.", "rst-is-graceful");
    expect(
      flagged(grade("iv-rst-vs-fin", "FIN은 남은 데이터를 모두 보낸 뒤 정상적으로 닫는 것이고, RST는 FIN과 달리 즉시 연결을 끊고 남은 데이터를 버린다.")),
    ).not.toContain("rst-is-graceful");
    expect(
      flagged(grade("iv-rst-vs-fin", "Unlike FIN, which closes gracefully after all data is delivered, RST aborts at once and discards pending data.")),
    ).not.toContain("rst-is-graceful");
  });
});

describe("RST told as abrupt next to the word 'graceful'", () => {
  it("does not read 'closes abruptly, without a graceful shutdown' as RST closing gracefully", () => {
    expect(
      flagged(grade("iv-rst-vs-fin", "RST: ends the connection abruptly, without any need for a graceful shutdown, and drops what is left.")),
    ).not.toContain("rst-is-graceful");
  });
});

describe("misconceptions that had only a rubric's keyword list, or none", () => {
  it("reads SO_REUSEADDR said to remove TIME_WAIT, and not said to let a new socket bind beside it", () => {
    expectFlag("iv-time-wait-buildup", "SO_REUSEADDR를 설정하면 TIME_WAIT 소켓이 사라진다.", "reuseaddr-kills-time-wait");
    expectFlag("iv-time-wait-buildup", "Setting SO_REUSEADDR removes the TIME_WAIT connections.", "reuseaddr-kills-time-wait");
    expect(
      flagged(
        grade("iv-time-wait-buildup", "SO_REUSEADDR does not remove TIME_WAIT; it lets a restarted server bind the port while those connections remain."),
      ),
    ).not.toContain("reuseaddr-kills-time-wait");
  });
  it("reads SYN cookies said to cost nothing in the sentence after the one naming them", () => {
    expectFlag("iv-syn-flood", "SYN 쿠키는 상태를 저장하지 않고 시퀀스 번호에 정보를 담는다. 부작용이 없으니 늘 켜 두면 된다.", "syn-cookies-cost-nothing");
    expectFlag("iv-syn-flood", "SYN cookies keep no state on the server. There is no downside, so always keep them on.", "syn-cookies-cost-nothing");
    expect(
      flagged(
        grade(
          "iv-syn-flood",
          "SYN cookies keep no state, but the cost is that most SYN options such as window scale and SACK are lost, so Linux uses them only when the SYN queue overflows.",
        ),
      ),
    ).not.toContain("syn-cookies-cost-nothing");
  });
  it("reads a keyword claim before an English negation that belongs to its consequence", () => {
    expectFlag("iv-syn-flood", "SYN flooding fills the accept queue so that the server cannot accept new clients.", "syn-flood-fills-accept-queue");
    expect(flagged(grade("iv-syn-flood", "A SYN flood does not fill the accept queue; it fills the SYN queue with half-open connections."))).not.toContain(
      "syn-flood-fills-accept-queue",
    );
  });
  it("reads UDP said to go through a handshake and keep TIME_WAIT", () => {
    expectFlag("iv-tcp-vs-udp", "UDP also goes through a handshake and keeps TIME_WAIT like TCP.", "udp-has-connection-state");
  });
});

describe("the handshake told as only a liveness check (handshake-only-liveness)", () => {
  it("is caught with 뿐, 단지, only, just", () => {
    expectFlag("iv-why-not-two-way", "3-way인 이유는 상대가 살아 있는지 확인하기 위해서일 뿐이다.", "handshake-only-liveness");
    expectFlag("iv-why-not-two-way", "세 번째 ACK는 단지 클라이언트가 살아 있음을 서버에 알리는 용도다.", "handshake-only-liveness");
    expectFlag("iv-why-not-two-way", "The handshake needs three steps only to make sure the other host is alive.", "handshake-only-liveness");
  });
  it("is not read beside the true reasons, from 'not only', from keepalive, or from 'only as a courtesy'", () => {
    expectClean(
      "iv-why-not-two-way",
      "It is not only about checking the peer is alive: the server's ISN must be acknowledged, and a delayed old SYN must not open a connection; both directions are confirmed.",
    );
    expectClean(
      "iv-why-not-two-way",
      "세 번째 ACK는 클라이언트가 살아 있다는 것뿐만 아니라 서버의 ISN을 받았다는 것도 알린다. 지연된 옛 SYN이 연결을 여는 것도 막는다.",
    );
    expect(
      flagged(grade("iv-keepalive", "TCP keepalive only checks with a probe and its ACK whether the peer is still alive; it is off by default.")),
    ).not.toContain("handshake-only-liveness");
    expect(flagged(grade("iv-why-not-two-way", "Two messages are not enough; the final ACK is there only as a courtesy."))).not.toContain(
      "handshake-only-liveness",
    );
  });
});

describe("the side that closes second named by what it does", () => {
  it("reads 나중에 FIN을 보내는 쪽 and the receiver of the close request as the side that closes second", () => {
    expectFlag("iv-why-time-wait", "나중에 FIN을 보내는 쪽이 TIME_WAIT 상태로 2MSL을 기다린다.", "time-wait-on-server");
    expectFlag("iv-why-time-wait", "The receiver of the close request sits in TIME_WAIT for 2MSL.", "time-wait-on-server");
    expectClean("iv-why-time-wait", `먼저 FIN을 보내는 쪽이 TIME_WAIT에 들어갑니다. ${KO_TW_REASON}`);
    expectClean(
      "iv-four-way",
      "1. 클라이언트가 FIN을 보낸다. 2. 서버가 ACK를 보낸다. 3. 나중에 FIN을 보내는 쪽인 서버가 FIN을 보내고 LAST_ACK가 된다. 4. 클라이언트가 ACK를 보내고 TIME_WAIT에 들어간다.",
    );
  });
});
