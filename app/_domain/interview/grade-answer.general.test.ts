import { describe, expect, it } from "vitest";
import { grader, flagged, expectFlag, expectClean } from "./rubrics.fixture";

// Misconceptions caught under any prompt, not only through their own rubric's wordings: each is
// stated here under a neighbouring question, and its correction or a true neighbour stays clean.
const grade = grader("by-script");
const misflags = (prompt: string, text: string, id: string) => expect(flagged(grade(prompt, text)), text).not.toContain(id);

describe("tw-recycle-safe under any prompt", () => {
  it("is caught in either language", () => {
    expectFlag("iv-why-time-wait", "To get rid of TIME_WAIT quickly you can simply enable tcp_tw_recycle, which fixes it safely.", "tw-recycle-safe");
    expectFlag("iv-why-time-wait", "TIME_WAIT가 많으면 tcp_tw_recycle을 켜서 안전하게 해결할 수 있습니다.", "tw-recycle-safe");
    // Set to gain sockets sooner, with "set" before the name and the gain as speed.
    expectFlag("iv-why-time-wait", "Set tcp_tw_recycle to 1 to recycle TIME_WAIT sockets faster.", "tw-recycle-safe");
    expectFlag("iv-why-time-wait", "tcp_tw_recycle 옵션을 켜면 TIME_WAIT 소켓을 빠르게 재활용할 수 있다.", "tw-recycle-safe");
  });
  it("is not read from its real record or a warning", () => {
    misflags(
      "iv-why-time-wait",
      "Do not enable tcp_tw_recycle to fix TIME_WAIT: it broke clients behind NAT and was removed in Linux 4.12.",
      "tw-recycle-safe",
    );
    misflags("iv-why-time-wait", "tcp_tw_recycle을 켜서 해결하려 하면 NAT 뒤 클라이언트가 끊기므로 위험합니다.", "tw-recycle-safe");
  });
});

describe("keepalive-on-by-default under any prompt", () => {
  it("is caught in either language", () => {
    expectFlag("iv-close-wait-leak", "The kernel's TCP keepalive is enabled by default, so dead peers are found within seconds.", "keepalive-on-by-default");
    expectFlag("iv-close-wait-leak", "TCP keepalive가 기본으로 켜져 있어서 죽은 상대는 금방 정리됩니다.", "keepalive-on-by-default");
  });
  it("is not read from HTTP's persistent connections or the right default", () => {
    misflags("iv-close-wait-leak", "HTTP/1.1 keep-alive is on by default, so one connection carries many requests.", "keepalive-on-by-default");
    misflags("iv-close-wait-leak", "TCP keepalive는 기본으로 꺼져 있고, SO_KEEPALIVE를 켜도 2시간 뒤에야 프로브를 보냅니다.", "keepalive-on-by-default");
    misflags("iv-close-wait-leak", "TCP keepalive is not enabled by default; an application must ask for it with SO_KEEPALIVE.", "keepalive-on-by-default");
  });
});

describe("lost-syn-fails-at-once under any prompt", () => {
  it("is caught in either language", () => {
    expectFlag("iv-three-way", "If the client's SYN is lost on the way, connect() fails immediately with an error.", "lost-syn-fails-at-once");
    expectFlag("iv-three-way", "클라이언트의 SYN이 중간에 유실되면 connect()는 바로 실패합니다.", "lost-syn-fails-at-once");
  });
  it("is not read from a retry, a refused connection or a denial", () => {
    misflags("iv-three-way", "If the SYN is lost, connect() does not fail immediately: the client retransmits it with backoff.", "lost-syn-fails-at-once");
    misflags("iv-three-way", "SYN이 유실되어도 바로 실패하지 않고, 타이머가 끝나면 SYN을 재전송합니다.", "lost-syn-fails-at-once");
    misflags(
      "iv-three-way",
      "When the port is closed the server answers the SYN with RST and connect() fails immediately with ECONNREFUSED.",
      "lost-syn-fails-at-once",
    );
  });
});

describe("syn-flood-fills-accept-queue under any prompt", () => {
  it("is caught in either language", () => {
    expectFlag("iv-three-way", "In a SYN flood the attacker fills the accept queue, so the server cannot take new clients.", "syn-flood-fills-accept-queue");
    expectFlag("iv-three-way", "SYN 플러딩 공격은 accept 큐를 가득 채워서 정상 사용자가 접속하지 못하게 합니다.", "syn-flood-fills-accept-queue");
  });
  it("is not read from the SYN queue, a slow application or a denial", () => {
    misflags("iv-three-way", "A SYN flood fills the SYN queue of half-open connections, not the accept queue.", "syn-flood-fills-accept-queue");
    misflags("iv-three-way", "SYN 플러딩은 accept 큐가 아니라 SYN 큐를 채웁니다.", "syn-flood-fills-accept-queue");
    misflags(
      "iv-three-way",
      "The accept queue fills up when the application is slow to call accept(), which is not a flood at all.",
      "syn-flood-fills-accept-queue",
    );
  });
});

describe("options-anytime under any prompt", () => {
  it("is caught in either language", () => {
    expectFlag("iv-three-way", "TCP options such as the MSS can be renegotiated at any time during the connection.", "options-anytime");
    expectFlag("iv-three-way", "MSS나 윈도 스케일 같은 옵션은 연결 중에도 언제든 다시 협상할 수 있습니다.", "options-anytime");
  });
  it("is not read from the SYN-only rule", () => {
    misflags("iv-three-way", "Options such as MSS are announced only in the SYN and cannot be changed mid-connection.", "options-anytime");
    misflags("iv-three-way", "MSS 같은 옵션은 SYN에서만 알리고, 연결 중에 언제든 바꿀 수 있는 것이 아닙니다.", "options-anytime");
  });
});

describe("udp-has-connection-state under any prompt", () => {
  it("is caught in either language", () => {
    expectFlag("iv-four-way", "UDP also goes through a handshake before sending data, just like TCP.", "udp-has-connection-state");
    expectFlag("iv-four-way", "UDP도 연결을 설정한 뒤 데이터를 보내고, 끝나면 TIME_WAIT를 거칩니다.", "udp-has-connection-state");
  });
  it("is not read from a denial, QUIC on top, or a connected UDP socket", () => {
    misflags("iv-four-way", "UDP does not set up a connection; each datagram stands alone.", "udp-has-connection-state");
    misflags("iv-four-way", "UDP는 연결을 설정하지 않고 TIME_WAIT도 없습니다.", "udp-has-connection-state");
    misflags("iv-four-way", "QUIC runs over UDP and establishes its own connection in user space.", "udp-has-connection-state");
    expectClean("iv-tcp-vs-udp", "Unlike TCP, UDP has no handshake and keeps no connection state; loss and order are left to the application.");
  });
});

describe("close-wait-waits-for-data (new entry)", () => {
  it("is caught in either language", () => {
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT는 FIN을 받은 서버가 아직 남은 데이터를 모두 받을 때까지 기다리는 상태입니다.", "close-wait-waits-for-data");
    expectFlag("iv-close-wait-leak", "In CLOSE_WAIT the server is waiting for the remaining data from the client to arrive.", "close-wait-waits-for-data");
  });
  it("is not read from the application's close(), or from FIN_WAIT_2's real wait", () => {
    misflags("iv-close-wait-leak", "CLOSE_WAIT는 받은 데이터를 다 읽은 애플리케이션이 close()를 호출하기를 기다리는 상태입니다.", "close-wait-waits-for-data");
    misflags(
      "iv-close-wait-leak",
      "CLOSE_WAIT does not wait for any remaining data; it waits for the application to call close().",
      "close-wait-waits-for-data",
    );
    misflags("iv-half-close", "In FIN_WAIT_2 the client keeps waiting for the remaining data from the server and then its FIN.", "close-wait-waits-for-data");
  });
});

describe("syn-cookies-record-ips (new entry)", () => {
  it("is caught in either language", () => {
    expectFlag("iv-syn-flood", "SYN cookies defend the server by recording the IP addresses of attackers and refusing them later.", "syn-cookies-record-ips");
    expectFlag("iv-syn-flood", "SYN 쿠키는 공격자 IP를 기록해 두었다가 그 주소에서 오는 SYN을 막습니다.", "syn-cookies-record-ips");
  });
  it("is not read from the hash in the ISN, statelessness, or a firewall", () => {
    misflags("iv-syn-flood", "SYN cookies store nothing: the client's IP and port are hashed with a secret into the server's ISN.", "syn-cookies-record-ips");
    misflags("iv-syn-flood", "SYN 쿠키는 IP를 기록하지 않고, 주소와 포트를 해시해 ISN에 담습니다.", "syn-cookies-record-ips");
    misflags("iv-syn-flood", "SYN cookies keep the queue from overflowing, and a firewall can record attacker IPs to block them.", "syn-cookies-record-ips");
  });
});

describe("time-wait-holds-fd (new entry)", () => {
  it("is caught in either language", () => {
    expectFlag("iv-time-wait-buildup", "TIME_WAIT 소켓이 많이 쌓이면 프로세스의 파일 디스크립터 제한에 걸리게 됩니다.", "time-wait-holds-fd");
    expectFlag(
      "iv-time-wait-buildup",
      "Each TIME_WAIT socket keeps holding a file descriptor, so thousands of them exhaust the fd limit.",
      "time-wait-holds-fd",
    );
  });
  it("is not read from CLOSE_WAIT's leak or from the fd already released", () => {
    misflags(
      "iv-close-wait-leak",
      "CLOSE_WAIT sockets hold file descriptors until the application calls close(), so the process hits its fd limit.",
      "time-wait-holds-fd",
    );
    misflags(
      "iv-time-wait-buildup",
      "TIME_WAIT does not hold a file descriptor: the application has already closed the socket and only the kernel keeps it.",
      "time-wait-holds-fd",
    );
    misflags("iv-time-wait-buildup", "TIME_WAIT 소켓은 이미 닫혀 파일 디스크립터가 해제된 상태라 fd 제한과는 상관없습니다.", "time-wait-holds-fd");
  });
  it("is caught where the wait is said to hold back the descriptor's release", () => {
    expectFlag(
      "iv-time-wait-buildup",
      "The socket enters TIME_WAIT. This state delays the release of the file descriptor until 2MSL have passed.",
      "time-wait-holds-fd",
    );
    expectFlag("iv-time-wait-buildup", "TIME_WAIT postpones the freeing of the socket's fd, which is why servers run short of them.", "time-wait-holds-fd");
    expectFlag("iv-time-wait-buildup", "TIME_WAIT가 끝날 때까지 파일 디스크립터의 반환이 늦어집니다.", "time-wait-holds-fd");
  });
  it("is caught where descriptors are said to be in TIME_WAIT", () => {
    expectFlag("iv-time-wait-buildup", "Under load most of the process's FDs are TCP sockets in the TIME_WAIT state.", "time-wait-holds-fd");
    expectFlag("iv-time-wait-buildup", "lsof shows hundreds of file descriptors stuck in TIME_WAIT.", "time-wait-holds-fd");
    expectFlag("iv-time-wait-buildup", "부하가 크면 TIME_WAIT 상태의 파일 디스크립터가 수천 개 쌓입니다.", "time-wait-holds-fd");
  });
  it("is not read where the descriptor is said to be released already, or is CLOSE_WAIT's", () => {
    misflags("iv-time-wait-buildup", "TIME_WAIT does not delay the release of the file descriptor: close() has already freed it.", "time-wait-holds-fd");
    misflags("iv-time-wait-buildup", "No file descriptors are in TIME_WAIT; the fds you see piling up belong to CLOSE_WAIT sockets.", "time-wait-holds-fd");
    misflags(
      "iv-time-wait-buildup",
      "TIME_WAIT 상태의 연결에는 파일 디스크립터가 없습니다. 애플리케이션이 이미 close()로 반환했기 때문입니다.",
      "time-wait-holds-fd",
    );
  });
});

describe("wait-for-client-state in any capitalisation", () => {
  it("is caught where the made-up state is named in mixed case", () => {
    expectFlag("iv-three-way", "클라이언트는 SYN을 보내 SYN_SENT가 되고, 서버는 Wait for client 상태에 있습니다.", "wait-for-client-state");
    expectFlag("iv-three-way", "The server sits in the Wait for client state until the SYN arrives.", "wait-for-client-state");
  });
  it("is not read from a server that waits for a client in LISTEN", () => {
    misflags("iv-three-way", "The server waits for a client in the LISTEN state.", "wait-for-client-state");
    misflags("iv-three-way", "서버는 LISTEN 상태에서 클라이언트의 SYN을 기다립니다 (wait for client).", "wait-for-client-state");
  });
});
