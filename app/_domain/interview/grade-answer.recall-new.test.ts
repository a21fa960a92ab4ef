import { describe, expect, it } from "vitest";
import { grader, flagged, expectClean, expectFlag } from "./rubrics.fixture";

// Misconceptions real answers state that had no catalogue entry (held-out dev half, 2026-12-02),
// each caught under any prompt in our own sentences, with correct neighbours that use the same
// words and must stay clean.
const grade = grader("by-script");
const misflags = (prompt: string, text: string, id: string) => expect(flagged(grade(prompt, text)), text).not.toContain(id);

describe("state-sent-as-segment", () => {
  it("is caught in either language, denied or not", () => {
    expectFlag("iv-close-wait-leak", "그림을 보면 서버가 클라이언트에게 CLOSE_WAIT를 보냅니다.", "state-sent-as-segment");
    expectFlag("iv-fin-wait-2-stuck", "FIN_WAIT_2에 남는 이유는 대부분 상대가 LAST-ACK을 보내지 않고 연결이 끊어졌기 때문이다.", "state-sent-as-segment");
    expectFlag("iv-four-way", "The passive closer then sends a LAST_ACK back and the connection is gone.", "state-sent-as-segment");
  });
  it("is not read from a side entering the state, the last ACK in words, or the mix-up corrected", () => {
    const id = "state-sent-as-segment";
    misflags("iv-four-way", "서버는 ACK를 보낸 뒤 CLOSE_WAIT 상태가 되고, 나중에 FIN을 보내고 LAST_ACK 상태로 갑니다.", id);
    misflags("iv-four-way", "The server sends its FIN and enters LAST_ACK; the client sends the last ACK and enters TIME_WAIT.", id);
    misflags("iv-four-way", "CLOSE_WAIT는 보내는 세그먼트가 아니라 상태입니다. 서버는 FIN을 받고 ACK를 보낸 뒤 이 상태가 됩니다.", id);
    misflags("iv-close-wait-leak", "Nobody sends a CLOSE_WAIT: it is a state name, not a segment.", id);
  });
});

describe("handshake-closes-connection", () => {
  it("is caught in either language, a hard-wrapped sentence included", () => {
    const id = "handshake-closes-connection";
    expectFlag("iv-three-way", "The three-way handshake is the method TCP uses to establish and tear down a connection.", id);
    expectFlag("iv-three-way", "TCP opens and closes its connections with a three-way handshake: SYN, SYN-ACK, ACK.", id);
    expectFlag("iv-three-way", "3-way handshake는 TCP가 연결을 맺고 끊을 때 쓰는 절차입니다.", id);
    expectFlag("iv-four-way", "3-way 핸드셰이크로 연결을 종료합니다.", id);
    expectFlag(
      "iv-three-way",
      "The three-way handshake of TCP (sometimes named after its\nfirst segment, the SYN) is the procedure used to set up\nand tear down connections between two hosts.",
      id,
    );
  });
  it("is not read where the close is given to FINs or a four-step exchange", () => {
    const id = "handshake-closes-connection";
    misflags("iv-three-way", "TCP uses a three-way handshake to establish a connection and a four-way exchange of FINs to tear it down.", id);
    misflags("iv-three-way", "The three-way handshake establishes the connection; tearing it down is a separate exchange.", id);
    misflags("iv-three-way", "3-way handshake는 연결을 맺는 과정이고, 연결 해제는 4-way handshake로 합니다.", id);
    misflags("iv-three-way", "The three-way handshake sets up the connection and starts the data transfer, so both ends agree on their numbers.", id);
  });
});

describe("tw-reuse-helps-incoming", () => {
  it("is caught in either language, in the sentence that names it or the one after", () => {
    const id = "tw-reuse-helps-incoming";
    expectFlag("iv-time-wait-buildup", "Enable tcp_tw_reuse. It is a good fix for a busy web server whose accepted connections pile up in TIME_WAIT.", id);
    expectFlag("iv-time-wait-buildup", "웹 서버에 TIME_WAIT가 많이 쌓이면 net.ipv4.tcp_tw_reuse를 1로 켜서 해결합니다.", id);
  });
  it("is not read from outgoing connections, a server connecting to its backend, or a denial", () => {
    const id = "tw-reuse-helps-incoming";
    misflags(
      "iv-time-wait-buildup",
      "tcp_tw_reuse only helps outgoing connections: it lets connect() reuse a port pair in TIME_WAIT, so a web server that only accepts gains nothing.",
      id,
    );
    misflags("iv-time-wait-buildup", "tcp_tw_reuse는 서버가 백엔드 DB로 연결을 맺을 때 쌓이는 TIME_WAIT를 줄이는 데 도움이 됩니다.", id);
    misflags("iv-time-wait-buildup", "tcp_tw_reuse는 연결을 거는 클라이언트 쪽 설정이라 서버가 받는 연결에는 효과가 없습니다.", id);
    misflags(
      "iv-time-wait-buildup",
      "A proxy that opens many connections to its upstream servers can enable tcp_tw_reuse to reuse ports held by TIME_WAIT.",
      id,
    );
  });
});

describe("linux-default-misstated", () => {
  it("is caught in either language, the setting named in the sentence before", () => {
    const id = "linux-default-misstated";
    expectFlag(
      "iv-handshake-loss",
      "On Linux the number of SYN retries comes from tcp_syn_retries. If the value is 3 (default in Linux), the client gives up after three retries.",
      id,
    );
    expectFlag("iv-handshake-loss", "Linux에서 SYN 재전송 횟수는 tcp_syn_retries로 정하며 기본값은 5입니다.", id);
    expectFlag("iv-keepalive", "tcp_keepalive_time 기본값은 30분입니다.", id);
    expectFlag("iv-fin-wait-2-stuck", "Linux drops orphaned FIN_WAIT_2 sockets after tcp_fin_timeout (default 30).", id);
  });
  it("is not read from the right defaults in any unit, an older kernel's, or a value chosen", () => {
    const id = "linux-default-misstated";
    misflags("iv-handshake-loss", "Linux retries the SYN tcp_syn_retries times; the default is 6, so connect() gives up after about two minutes.", id);
    misflags("iv-handshake-loss", "tcp_syn_retries의 기본값은 6이고, 예전 커널(3.7 이전)에서는 5였다.", id);
    misflags("iv-keepalive", "net.ipv4.tcp_fin_timeout defaults to 60 seconds; tcp_keepalive_time is 7200 seconds by default.", id);
    misflags("iv-keepalive", "tcp_keepalive_time 기본값은 2시간입니다.", id);
    misflags("iv-handshake-loss", "For example, set tcp_syn_retries to 3 so that connect() fails faster; the default is 6.", id);
  });
});

describe("mss-is-path-mtu-discovery", () => {
  it("is caught in either language, in an option list's next line", () => {
    const id = "mss-is-path-mtu-discovery";
    expectFlag(
      "iv-syn-options",
      "Options carried in the SYN:\n- 2: Maximum segment size (MSS)\n- 4 bytes long, used for path MTU discovery\n- 3: Window scale\n- 3 bytes long, lets the window grow beyond 16 bits",
      id,
    );
    expectFlag("iv-syn-options", "MSS 옵션은 경로 MTU 탐색에 쓰이는 옵션으로 SYN에 실린다.", id);
  });
  it("is not read where the two are told apart", () => {
    const id = "mss-is-path-mtu-discovery";
    misflags("iv-syn-options", "MSS only announces the largest segment a host can receive; path MTU discovery is a separate mechanism that uses ICMP.", id);
    misflags("iv-syn-options", "When ICMP is blocked, path MTU discovery fails, so routers clamp the MSS in the SYN.", id);
    misflags("iv-syn-options", "MSS는 SYN에서 알리는 값이고, 경로 MTU 탐색은 ICMP로 따로 이루어진다.", id);
  });
});

describe("mss-default-1460", () => {
  it("is caught in either language, in the sentence naming MSS or the one after", () => {
    const id = "mss-default-1460";
    expectFlag("iv-syn-options", "MSS는 SYN에 실리는 옵션이다. 요즘은 예전 default값인 536바이트 대신 1460바이트를 default값으로 쓴다.", id);
    expectFlag("iv-syn-options", "The default MSS is 1460 bytes on modern systems.", id);
  });
  it("is caught where the 1460 ends its sentence, though not in a decimal", () => {
    const id = "mss-default-1460";
    expectFlag("iv-syn-options", "The SYN carries the MSS option. The default MSS is 1460.", id);
    expectFlag("iv-syn-options", "SYN에 MSS 옵션이 실린다. 기본값은 1460. 이더넷 기준이다.", id);
    misflags("iv-syn-options", "The SYN carries the MSS option. Its default is 1460.5 in no system at all.", id);
  });
  it("is not read from the RFC's default beside the usual announced value", () => {
    const id = "mss-default-1460";
    misflags("iv-syn-options", "MSS 옵션이 없으면 기본값 536바이트를 가정하고, 이더넷에서는 보통 1460을 알린다.", id);
    misflags("iv-syn-options", "The default MSS is 536 bytes; hosts on Ethernet usually announce 1460.", id);
    misflags("iv-syn-options", "Without an MSS option in the SYN the default is 536, although 1460 is common on Ethernet.", id);
  });
});

// Constants read as quantities and checked against one table (claims/quantities.ts).
describe("constants stated with a wrong value", () => {
  it("flags the MSL, Linux's TIME_WAIT, the no-option MSS and Linux's SYN retries given wrong", () => {
    expectFlag("iv-why-time-wait", "RFC 793에 따르면 MSL은 30초이고 TIME_WAIT는 그 두 배다.", "msl-misstated");
    expectFlag("iv-time-wait-buildup", "On Linux a socket stays in TIME_WAIT for 2 minutes.", "linux-default-misstated");
    expectFlag("iv-syn-options", "MSS 옵션이 없으면 기본 MSS는 576바이트를 쓴다.", "mss-default-misstated");
    expectFlag("iv-handshake-loss", "By default, Linux retries the SYN 5 times before giving up.", "linux-default-misstated");
  });

  it("does not flag the right values, a range, or a number that belongs to another quantity", () => {
    expectClean("iv-why-time-wait", "RFC 793 defines the MSL as 2 minutes, so TIME_WAIT lasts 4 minutes.");
    expectClean("iv-why-time-wait", "RFC에서 MSL은 30초~2분 사이로 본다.");
    expectClean("iv-time-wait-buildup", "리눅스에서 TIME_WAIT는 60초로 고정되어 있다.");
    expectClean("iv-syn-options", "기본 MSS는 IPv4 최소 MTU 576에서 40을 뺀 536바이트다.");
    expectClean("iv-handshake-loss", "리눅스는 기본적으로 SYN을 6번 재전송한다.");
    expectClean("iv-handshake-loss", "By default the server retransmits its SYN-ACK 5 times.");
  });
});
