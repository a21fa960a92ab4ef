import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

// The same pool of published passages (mpool4, 2026-12-04, all misconceptions graded under each prompt)
// showed these readings; each is written as a family of wordings, in our own sentences, with correct
// neighbours beside it.

describe("a kernel setting given as what ends CLOSE_WAIT: a sysctl line, a heading, a relation", () => {
  it("reads a value set with sysctl in an answer about CLOSE_WAIT", () => {
    expectFlag(
      "iv-close-wait-leak",
      "We had thousands of sockets in CLOSE_WAIT. What helped: sudo sysctl net.ipv4.tcp_keepalive_time=60",
      "close-wait-fixed-by-sysctl",
    );
    expectFlag("iv-close-wait-leak", "Too many CLOSE_WAIT sockets? Run sysctl -w net.ipv4.tcp_fin_timeout=30.", "close-wait-fixed-by-sysctl");
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT가 계속 쌓였는데 sysctl -w net.ipv4.tcp_keepalive_probes=3 이후로 드물어졌다.", "close-wait-fixed-by-sysctl");
  });
  it("reads a heading that cuts CLOSE_WAIT down by a setting, its list numbered", () => {
    expectFlag(
      "iv-close-wait-leak",
      "Reducing CLOSE_WAIT sockets: 1. TCP_FIN_TIMEOUT. This value sets how long a closed socket is kept.",
      "close-wait-fixed-by-sysctl",
    );
    expectFlag("iv-close-wait-leak", "How to lower CLOSE_WAIT 1. tcp_keepalive_time Set it to a few minutes.", "close-wait-fixed-by-sysctl");
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT 줄이는 방법: tcp_fin_timeout 값을 30으로 둔다.", "close-wait-fixed-by-sysctl");
  });
  it("reads CLOSE_WAIT told to depend on kernel or OS parameters", () => {
    expectFlag("iv-close-wait-leak", "서버에 CLOSE_WAIT가 남는 증상은 OS단의 파라미터 설정 값과 연관이 있습니다.", "close-wait-fixed-by-sysctl");
    expectFlag("iv-close-wait-leak", "CLOSE_WAIT가 오래 남는 것은 커널 레벨 설정과 관련이 있다.", "close-wait-fixed-by-sysctl");
    expectFlag("iv-close-wait-leak", "Lingering CLOSE_WAIT sockets are related to kernel parameters.", "close-wait-fixed-by-sysctl");
  });
  it("leaves close() as the cure, fin_timeout on FIN_WAIT_2, keepalive detecting a dead peer, and the relation denied", () => {
    expectClean("iv-close-wait-leak", "CLOSE_WAIT is fixed by calling close(). tcp_fin_timeout applies to FIN_WAIT_2.");
    expectClean("iv-close-wait-leak", "Reducing CLOSE_WAIT: fix the code. 1. tcp_fin_timeout applies to FIN_WAIT_2 only.");
    expectClean(
      "iv-close-wait-leak",
      "CLOSE_WAIT ends only when the app calls close(). Keepalive can detect a dead peer: sysctl -w net.ipv4.tcp_keepalive_time=600 detects it sooner, and the app must still close the socket.",
    );
    expectClean("iv-close-wait-leak", "CLOSE_WAIT는 커널 파라미터와 관련이 없다. 애플리케이션이 close()를 불러야 끝난다.");
    expectClean("iv-close-wait-leak", "Lingering CLOSE_WAIT sockets are not related to kernel parameters; the code must call close().");
  });
});

describe("a keepalive claim made a noun and set aside with 것이 아니라, as the checks read it", () => {
  it("takes back the rubric's own words for keepalive on by default and for the two keepalives being one", () => {
    expectClean("iv-keepalive", "TCP keepalive는 기본으로 켜져 있는 것이 아니라 소켓 옵션으로 켜야 한다.");
    expectClean("iv-keepalive", "TCP keepalive는 기본으로 켜져 있는 게 아니라 SO_KEEPALIVE로 켠 소켓에서만 동작한다.");
    expectClean("iv-keepalive", "TCP keepalive는 기본으로 활성화되어 있는 것이 아니라 애플리케이션이 켜야 한다.");
    expectClean("iv-keepalive", "TCP keepalive는 HTTP keep-alive와 같은 것이 아니라 유휴 연결에 프로브를 보내는 기능이다.");
  });
  it("still reads the claim where nothing denies it", () => {
    expectFlag("iv-keepalive", "TCP keepalive는 기본으로 켜져 있어서 따로 설정할 필요가 없다.", "keepalive-on-by-default");
    expectFlag("iv-keepalive", "TCP keepalive는 기본으로 켜져 있는 기능이다.", "keepalive-on-by-default");
    expectFlag("iv-keepalive", "TCP keepalive와 HTTP keep-alive는 같은 것이다.", "tcp-keepalive-is-http-keepalive");
  });
});

describe("tcp_tw_recycle turned on in a settings line given as the fix", () => {
  it("reads the line as advice where no warning stands beside it", () => {
    expectFlag("iv-time-wait-buildup", "To clear the TIME_WAIT pile-up, add these to /etc/sysctl.conf: net.ipv4.tcp_tw_recycle = 1", "tw-recycle-safe");
    expectFlag("iv-time-wait-buildup", "TIME_WAIT가 많으면 커널 파라미터를 net.ipv4.tcp_tw_recycle=1 로 바꿔 준다.", "tw-recycle-safe");
    expectFlag("iv-time-wait-buildup", "Our fix for TIME_WAIT was sysctl -w net.ipv4.tcp_tw_recycle=1 on every web server.", "tw-recycle-safe");
  });
  it("leaves the line with its warning, turned off, or told as history", () => {
    expectClean("iv-time-wait-buildup", "Never set net.ipv4.tcp_tw_recycle = 1: it drops SYNs from clients behind NAT.");
    expectClean("iv-time-wait-buildup", "net.ipv4.tcp_tw_recycle = 1 was removed in Linux 4.12.");
    expectClean("iv-time-wait-buildup", "net.ipv4.tcp_tw_recycle=1 설정은 NAT 뒤 클라이언트의 연결을 끊으므로 쓰면 안 된다.");
    expectClean("iv-time-wait-buildup", "Keep net.ipv4.tcp_tw_recycle = 0 and use tcp_tw_reuse for outgoing connections.");
    expectClean("iv-time-wait-buildup", "Old guides used to recommend net.ipv4.tcp_tw_recycle = 1.");
    // A loose warning is enough: a miss costs less than a false flag.
    expectClean("iv-time-wait-buildup", "Be aware that net.ipv4.tcp_tw_recycle = 1 may cause issues behind load balancers.");
  });
});
