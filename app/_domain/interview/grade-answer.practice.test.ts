import { describe, expect, it } from "vitest";
import { grader, flagged, expectFlag, expectClean } from "./rubrics.fixture";

const grade = grader("by-script");

describe("misconceptions of the held-out set's misses, in general form", () => {
  it("reads TIME_WAIT waiting for data in the sentence after the one that names the state, or before one that names it last", () => {
    expectFlag(
      "iv-why-time-wait",
      "클라이언트는 ACK를 보낸 뒤 TIME_WAIT에 들어간다. 서버 쪽 데이터가 아직 다 도착하지 않았을 수 있어서다.",
      "time-wait-waits-for-data",
    );
    expectFlag(
      "iv-why-time-wait",
      "서버의 마지막 패킷들이 FIN보다 늦게 올 수 있으니 소켓을 바로 닫지 않는다. 이를 TIME_WAIT라고 부른다.",
      "time-wait-waits-for-data",
    );
    expectFlag(
      "iv-why-time-wait",
      "After the last ACK the client is in TIME_WAIT. It stays because packets from the server might still be in flight.",
      "time-wait-waits-for-data",
    );
    // The same words about the old connection's segments, which must expire before a new one: the right reason.
    expectClean(
      "iv-why-time-wait",
      "클라이언트는 ACK를 보낸 뒤 TIME_WAIT에 들어간다. 이전 연결의 패킷이 늦게 도착해 새 연결에 섞이지 않도록 2MSL 동안 기다린다.",
    );
    expectClean(
      "iv-why-time-wait",
      "The client is in TIME_WAIT after the last ACK.\n- Packets of the old connection may arrive late\n- they must not be accepted by a new connection on the same ports",
    );
    // A state named between the two ("FIN_WAIT_2에서 … 기다린다") is what the data reason is about.
    expectClean(
      "iv-four-way",
      "클라이언트가 FIN을 보내고 서버가 ACK를 보냅니다. 클라이언트는 FIN_WAIT_2에서 서버가 남은 데이터를 다 보낼 때까지 기다립니다. 서버가 FIN을 보내면 클라이언트가 ACK를 보내고 TIME_WAIT에서 2MSL 기다립니다.",
    );
  });

  it("flags one FIN-WAIT state, not FIN-WAIT-1 and -2, a prefix, or a name among examples", () => {
    expectFlag(
      "iv-four-way",
      "클라이언트가 FIN을 보내고 FIN-WAIT 상태가 됩니다. 서버가 ACK를 보내고, 이어서 FIN을 보냅니다. 클라이언트는 ACK를 보내고 TIME-WAIT에서 기다립니다.",
      "single-fin-wait",
    );
    expectClean(
      "iv-four-way",
      "클라이언트가 FIN을 보내고 FIN-WAIT-1이 됩니다. 서버가 ACK를 보내면 FIN-WAIT-2가 되고, 서버가 FIN을 보내면 클라이언트가 ACK를 보내고 TIME-WAIT에서 기다립니다.",
    );
    expectClean(
      "iv-why-four-way",
      "Each direction closes independently, because the server may still have remaining data to send. Both sides move through states (e.g., ESTABLISHED, FIN_WAIT, etc.) as they close.",
    );
  });

  it("flags TCP keepalive told as HTTP's connection reuse, in its sentence or the next, and not the two told apart", () => {
    expectFlag(
      "iv-keepalive",
      "TCP keepalive를 쓰면 연결을 끊지 않고 둡니다. 이 기능으로 요청마다 연결을 새로 맺지 않고 연결 하나로 여러 요청을 처리합니다.",
      "tcp-keepalive-is-http-keepalive",
    );
    expectFlag("iv-keepalive", "TCP keepalive and HTTP keep-alive are the same thing at two layers.", "tcp-keepalive-is-http-keepalive");
    expectClean(
      "iv-keepalive",
      "TCP keepalive sends probes on an idle connection while HTTP keep-alive reuses one connection for several requests. They only share a name.",
    );
    expectClean(
      "iv-keepalive",
      "TCP keepalive는 커널이 유휴 연결에 프로브를 보내 상대가 살아 있는지 확인합니다. 반면 HTTP keep-alive는 연결 하나로 여러 요청을 처리하는 지속 연결입니다.",
    );
  });

  it("flags a sysctl offered to clear CLOSE_WAIT, and not a sysctl said not to help", () => {
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT가 많으면 커널 파라미터 tcp_fin_timeout을 낮춰서 정리합니다.", "close-wait-fixed-by-sysctl");
    expectFlag(
      "iv-close-wait-leak",
      "Our app forgot close(), so CLOSE_WAIT grows. I would raise net.ipv4.tcp_max_orphans to fix it.",
      "close-wait-fixed-by-sysctl",
    );
    expectClean(
      "iv-close-wait-leak",
      "CLOSE_WAIT는 애플리케이션이 close()를 호출하지 않아 생기고, sysctl로는 해결되지 않으니 finally에서 닫도록 코드를 고칩니다.",
    );
    expectClean("iv-close-wait-leak", "Tuning tcp_fin_timeout won't help with CLOSE_WAIT: it is about FIN_WAIT_2. Fix the code so it calls close().");
  });

  it("flags MSS negotiated or agreed into one value, not MSS announced by each side or options listed", () => {
    expectFlag("iv-syn-options", "MSS는 핸드셰이크에서 양쪽이 서로 맞춰서 하나로 정합니다. 윈도 스케일과 SACK도 SYN에서 보냅니다.", "mss-negotiated");
    expectFlag("iv-syn-options", "The two hosts agree on a common MSS in the handshake, and window scale and SACK are exchanged too.", "mss-negotiated");
    expectClean("iv-syn-options", "Each side announces its own MSS in its SYN; window scale and SACK-permitted are used only when both sides sent them.");
  });

  it("flags FIN_WAIT_2 said to turn into TIME_WAIT after a timeout, not TIME_WAIT reached by the peer's FIN", () => {
    expectFlag("iv-fin-wait-2-stuck", "FIN_WAIT_2에서 기다리다가 타임아웃이 나면 자동으로 TIME_WAIT로 넘어갑니다.", "fin-wait-2-always-times-out");
    expectFlag(
      "iv-fin-wait-2-stuck",
      "In FIN_WAIT_2 the socket waits for a while; once the timeout expires it goes to TIME_WAIT.",
      "fin-wait-2-always-times-out",
    );
    expectClean(
      "iv-fin-wait-2-stuck",
      "FIN_WAIT_2에서 상대의 FIN을 받으면 TIME_WAIT로 넘어갑니다. 상대가 close()하지 않으면 남고, 고아 소켓만 tcp_fin_timeout 뒤 정리됩니다.",
    );
  });

  it("flags a port said unusable while in TIME_WAIT, not the connecting side's ephemeral ports running out", () => {
    expectFlag("iv-time-wait-buildup", "TIME_WAIT인 동안에는 그 포트를 쓸 수 없으니 서버가 새 손님을 받지 못합니다.", "time-wait-blocks-port");
    expectFlag("iv-time-wait-buildup", "A port in TIME_WAIT cannot be reused, so the server stops accepting.", "time-wait-blocks-port");
    expectClean(
      "iv-time-wait-buildup",
      "TIME_WAIT는 먼저 끊는 쪽의 정상 상태입니다. 프록시처럼 연결을 거는 쪽은 임시 포트를 다 써서 connect()가 EADDRNOTAVAIL로 실패할 수 있으니 커넥션 풀로 연결을 재사용합니다.",
    );
  });

  it("reads no claim out of a phone-call analogy and what it says of its speakers", () => {
    const ko = grade(
      "iv-why-not-two-way",
      "A: 여보세요, 잘 들려?\nB: 응 들려, 너도 들려?\n두 번이면 A는 둘 다 들린다는 걸 확인 가능합니다. 하지만 B는 자기 목소리가 갔는지 모릅니다.\n그래서 세 번째 ACK로 서버의 ISN이 확인되어야 하고, 지연된 옛 SYN이 연결을 열지 못하게 합니다.",
    );
    expect(flagged(ko)).toEqual([]);
    expect(ko.score).toBeGreaterThanOrEqual(0.7);
    // Said of TCP itself, outside the analogy, two being enough is still the misconception.
    expectFlag("iv-why-not-two-way", "A: 잘 들려?\nB: 응.\nTCP도 SYN과 SYN+ACK 두 번이면 충분합니다.", "two-way-enough");
  });

  it("takes a state after an arrow at the end of a sender's step as possibly the recipient's, and a refuted list as refuted", () => {
    expectClean(
      "iv-fin-wait-2-stuck",
      "1. 클라이언트가 서버에 FIN을 보냄 → FIN_WAIT_1\n2. 서버가 클라이언트에 ACK를 보냄 → FIN_WAIT_2로 전환\n3. 서버가 FIN을 보내면 클라이언트는 TIME_WAIT로 이동\n서버가 close()를 하지 않으면 클라이언트는 FIN_WAIT_2에서 계속 상대의 FIN을 기다립니다.",
    );
    // Written as the sender's own state, it is still given to the wrong side.
    expect(
      flagged(
        grade(
          "iv-four-way",
          "1. 클라이언트가 FIN을 보낸다.\n2. 서버는 ACK를 보내고 FIN_WAIT_2 상태가 된다.\n3. 서버가 FIN을 보낸다.\n4. 클라이언트가 ACK를 보낸다.",
        ),
      ),
    ).toContain("wrong-state-for-side");
    expectClean(
      "iv-why-time-wait",
      "Myths I believed (all wrong):\n- TIME_WAIT happens on the server\n- it waits for leftover data\nIn fact the side that closes first waits 2MSL in TIME_WAIT so old duplicates expire.",
    );
  });

  it("reads a flag table's meaning on the line under its flag as said of that flag", () => {
    expectFlag(
      "iv-flags",
      "- SYN\n- opens a connection\n- ACK\n- acknowledgement field valid\n- FIN\n- no more data from the sender\n- RST\n- resets the connection\n- PSH\n- push to the application now\n- URG\n- this segment is processed before the others",
      "urg-means-priority",
    );
    expectClean(
      "iv-flags",
      "- SYN\n- opens a connection\n- ACK\n- acknowledgement field valid\n- FIN\n- no more data from the sender\n- RST\n- resets the connection\n- URG\n- urgent pointer field is valid\n- PSH\n- pushed to the application first, without buffering",
    );
  });
});
