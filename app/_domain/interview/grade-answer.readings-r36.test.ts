import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

describe("the handshake given as the reason TCP is reliable", () => {
  it("is handshake-gives-reliability, in a reason frame of either language", () => {
    for (const [prompt, answer] of [
      ["iv-tcp-vs-udp", "TCP가 신뢰성 있는 프로토콜인 이유는 3-way handshake를 하기 때문이다."],
      ["iv-tcp-vs-udp", "TCP가 신뢰할 수 있는 이유는 바로 3-way handshake 때문입니다."],
      ["iv-tcp-vs-udp", "TCP를 신뢰성 있는 프로토콜이라고 하는 것은 3 way handshake 덕분이다."],
      ["iv-tcp-vs-udp", "The reason TCP is reliable is the three-way handshake."],
      ["iv-tcp-vs-udp", "What makes TCP reliable is the 3-way handshake."],
      ["iv-tcp-vs-udp", "TCP is reliable because it establishes a connection with a three-way handshake before sending data."],
      ["iv-tcp-vs-udp", "TCP guarantees delivery thanks to the three-way handshake."],
    ] as const)
      expectFlag(prompt, answer, "handshake-gives-reliability");
  });
  it("is not read where the reason given is the acknowledgements, or where the handshake is what has a reason", () => {
    expectClean("iv-tcp-vs-udp", "TCP가 신뢰성을 보장하는 이유는 확인 응답과 재전송 때문이며, 3-way handshake는 연결을 여는 과정일 뿐이다.");
    expectClean("iv-tcp-vs-udp", "The reason TCP is reliable is acknowledgements and retransmission, not the handshake.");
    expectClean("iv-tcp-vs-udp", "TCP guarantees delivery through acknowledgements and retransmission; the three-way handshake only opens the connection.");
    expectClean("iv-why-not-two-way", "3-way handshake를 하는 이유는 양쪽의 초기 시퀀스 번호를 확인하기 때문이다.");
  });
});

describe("the server's ESTABLISHED told before the reply it is said to follow", () => {
  it("is server-established-after-synack when the reply alone brings it ('right after sending SYN-ACK')", () => {
    expectFlag("iv-three-way", "The server becomes ESTABLISHED right after sending SYN-ACK.", "server-established-after-synack");
    expectFlag("iv-three-way", "The server moves to ESTABLISHED as soon as it sends the SYN/ACK back to the client.", "server-established-after-synack");
  });
  it("is not read when the client's ACK is told in the same sentence", () => {
    expectClean("iv-three-way", "The server becomes ESTABLISHED after it sends SYN-ACK and receives the client's ACK.");
    expectClean("iv-three-way", "The client becomes ESTABLISHED right after it receives the SYN-ACK and sends the ACK.");
  });
});

describe("Korean spellings of the numbers and the round trip", () => {
  it("reads 'seq 번호' as the sequence number an ack copies", () => {
    expectFlag("iv-three-way", "서버는 SYN을 받으면 ack 번호에 클라이언트의 seq 번호를 그대로 넣어 SYN+ACK를 보낸다.", "ack-not-plus-one");
    expectClean("iv-three-way", "서버는 SYN을 받으면 ack 번호에 클라이언트의 seq 번호에 1을 더한 값을 넣어 SYN+ACK를 보낸다.");
  });
  it("reads '왕복 시간(RTT)의 두 배' as a TIME_WAIT of two round trips", () => {
    expectFlag("iv-why-time-wait", "TIME_WAIT는 왕복 시간(RTT)의 두 배 동안 유지된다.", "time-wait-is-2rtt");
    expectClean("iv-why-time-wait", "TIME_WAIT는 MSL의 두 배 동안 유지된다. 재전송 타이머는 왕복 시간(RTT)을 보고 정한다.");
  });
});

describe("the handshake's absence given as the reason a protocol is unreliable", () => {
  it("is handshake-gives-reliability turned round ('UDP does not perform this 3-way handshake and for this reason … unreliable')", () => {
    expectFlag(
      "iv-tcp-vs-udp",
      "UDP does not perform this 3-way handshake and for this reason, it is referred to as an unreliable protocol.",
      "handshake-gives-reliability",
    );
    expectFlag("iv-tcp-vs-udp", "UDP is unreliable because it doesn't do a handshake before sending.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "UDP는 3-way handshake를 하지 않기 때문에 신뢰성이 없다.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "UDP는 핸드셰이크 과정이 없어서 신뢰성이 보장되지 않는다.", "handshake-gives-reliability");
  });
  it("is not read where the missing acknowledgements are the reason, or the handshake's absence brings something else", () => {
    expectClean("iv-tcp-vs-udp", "UDP does not perform a handshake, and it has no acknowledgements or retransmission, so it is unreliable.");
    expectClean("iv-tcp-vs-udp", "UDP는 3-way handshake를 하지 않으므로 연결 설정 지연이 없다.");
    expectClean("iv-tcp-vs-udp", "UDP는 핸드셰이크를 하지 않고, 확인 응답과 재전송이 없기 때문에 신뢰성이 없다.");
  });
});

describe("a connection ended by an RST told as going into TIME_WAIT", () => {
  it("is rst-is-graceful, where the sentence tells the end itself", () => {
    expectFlag(
      "iv-rst-vs-fin",
      'The reset flag(RST) is a bit indicator in the control flag field of the TCP header. A set flag indicates that the sender wants to terminate the connection. After the connection is terminated, the connection remains in a "Time Wait" state for twice the lifetime of the segment.',
      "rst-is-graceful",
    );
    expectFlag("iv-rst-vs-fin", "RST로 연결을 끊어도 TIME_WAIT 상태가 된다.", "rst-is-graceful");
    expectFlag("iv-rst-vs-fin", "After an RST, the socket goes into TIME_WAIT for 2MSL.", "rst-is-graceful");
  });
  it("is not read where TIME_WAIT is what the RST skips, or belongs to the FIN close told beside it", () => {
    expectClean("iv-rst-vs-fin", "RST로 끊으면 TIME_WAIT 없이 바로 CLOSED가 된다.");
    expectClean(
      "iv-rst-vs-fin",
      "RST aborts the connection at once: unsent data is dropped and no TIME_WAIT follows. With FIN, the side that closed first goes into TIME_WAIT.",
    );
    expectClean("iv-rst-vs-fin", "Setting SO_LINGER to 0 makes close() send an RST, so the socket never enters TIME_WAIT.");
    expectClean("iv-rst-vs-fin", "RST tears the connection down at once. In a normal close, the side that closed first stays in TIME_WAIT.");
    expectClean(
      "iv-why-time-wait",
      "If a delayed segment arrives, the peer may answer it with an RST. The client stays in TIME_WAIT for 2MSL so that old segments die out.",
    );
  });
});

describe("readings found on the study half of pool9's Korean passages", () => {
  it("reads a step's state labelled '이 때의 상태는 …' as that step's side's", () => {
    expectFlag(
      "iv-four-way",
      "2. Server → Client : TCP ACK 1. 서버는 클라이언트에 확인메세지를 보내고, 자신의 통신이 끝날 때까지 기다린다. 이 때의 상태는 TIME_WAIT이다.",
      "time-wait-on-server",
    );
    expectClean("iv-four-way", "4. 클라이언트는 서버의 FIN을 받고 ACK를 보낸 뒤 잠시 기다린다. 이 때의 상태는 TIME_WAIT이다.");
  });
  it("credits the handshake named in brackets, or as the means ('…함으로써'), with reliability", () => {
    expectFlag("iv-tcp-vs-udp", "3. 높은 신뢰성을 보장하나(3way&4way) UDP보다 속도가 느리다.", "handshake-gives-reliability");
    expectFlag(
      "iv-tcp-vs-udp",
      "TCP는 연결형서비스로 데이터 전송 전에 클라이언트, 서버간 3-way-handshake과정을 통해 연결을 수립하고 데이터를 주고 받음으로써 신뢰성을 보장합니다.",
      "handshake-gives-reliability",
    );
  });
  it("reads six control bits listed before their count, a port in SYN_RCV, and the larger MSS giving way to the smaller", () => {
    expectFlag("iv-flags", "**Control bits** : **URG**, **ACK**, **PSH**, **SYN**, **FIN**, **RST** 6가지로 구성되어있다.", "six-control-bits");
    expectFlag("iv-three-way", "2. Server의 해당 포트는 SYN 패킷을 받고 SYN_RCV(동기화 패킷 받음)으로 상태가 변경된다.", "states-belong-to-ports");
    expectFlag("iv-syn-options", "클라이언트, 서버의 MSS(Maximum Segment Size) 교환. MSS 가 다르다면 큰쪽이 낮은쪽에 맞춘다.", "mss-negotiated");
  });
  it("reads 2MSL given beside the RFC as twice the MSL it names", () => {
    expectFlag("iv-why-time-wait", "Timewait는 2MSL동안 유지된다. [RFC0793] 2MSL은 120초이다.", "msl-misstated");
    expectClean("iv-why-time-wait", "RFC 793에 따르면 2MSL은 4분이다.");
    expectClean("iv-why-time-wait", "RFC 793 sets the MSL to 2 minutes, so 2MSL is 240 seconds.");
  });
  it("reads SYN cookies said to cause no connection problems as costing nothing", () => {
    expectFlag(
      "iv-syn-flood",
      "SYN 쿠키는 SYN flood를 막는 방법이다. 이 쿠키는 호스트나 클라이언트에 위험을 초래하지 않으며 연결 문제나 문제를 일으키지 않습니다.",
      "syn-cookies-cost-nothing",
    );
    expectClean("iv-syn-flood", "SYN 쿠키를 쓰면 서버가 상태를 저장하지 않아도 되므로 메모리 문제를 일으키지 않는다. 다만 옵션 일부를 잃는다.");
  });
  it("keeps both sides in CLOSE_WAIT wrong after a simultaneous close, where both in TIME_WAIT is right", () => {
    expectFlag(
      "iv-four-way",
      "만약 서버와 클라이언트가 동시에 close 요청을 받게되면, 양쪽에서 CLOSE_WAIT 현상이 나타나고 교착상태에 빠지게됩니다.",
      "wrong-state-for-side",
    );
    expectClean("iv-four-way", "양쪽이 동시에 FIN을 보내면 둘 다 CLOSING을 거쳐 양쪽 모두 TIME_WAIT 상태에 들어간다.");
  });
});

describe("readings found on pool9's check halves, after their figures were taken", () => {
  it("reads the socket FAQ's 'just to be really really sure that all the data has gone through' as TIME_WAIT waiting for data", () => {
    expectFlag(
      "iv-why-time-wait",
      "When you close a socket, the server goes into a TIME_WAIT state, just to be really really sure that all the data has gone through.",
      "time-wait-waits-for-data",
    );
    expectFlag(
      "iv-why-time-wait",
      "You'll often encounter connections in the TIME_WAIT state. This state indicates that a connection has been closed, but the protocol is ensuring all data has been transmitted properly before freeing up resources.",
      "time-wait-waits-for-data",
    );
    expectClean(
      "iv-why-time-wait",
      "Before sending a FIN, TCP makes sure all data has been delivered. The client then stays in TIME_WAIT for 2MSL so that delayed segments expire.",
    );
  });
  it("reads both hosts putting the socket into TIME_WAIT, and a side's own socket in a state", () => {
    expectFlag("iv-why-time-wait", "When a TCP connection is terminated, both hosts put the socket into the TIME_WAIT state.", "time-wait-on-server");
    expectFlag("iv-four-way", "서버가 먼저 FIN을 보내면 클라이언트의 소켓은 TIME_WAIT 상태로 전환된다.", "time-wait-on-server");
    expectClean("iv-four-way", "When the client closes first, the client's socket goes into TIME_WAIT; the server's socket passes CLOSE_WAIT and LAST_ACK.");
    expectClean("iv-four-way", "서버가 먼저 연결을 끊으면 서버의 소켓이 TIME_WAIT 상태가 된다.");
  });
  it("reads the handshake said to make data arrive accurately, or a setup process said to make TCP reliable", () => {
    expectFlag(
      "iv-three-way",
      "The TCP three-way handshake is a critical component of the TCP/IP protocol, ensuring that data is transmitted accurately and efficiently.",
      "handshake-gives-reliability",
    );
    expectFlag("iv-tcp-vs-udp", "이러한 서버와 클라이언트간의 연결 설정 과정이 있기 때문에 TCP는 신뢰성이 있다고 볼수 있음", "handshake-gives-reliability");
    expectClean(
      "iv-three-way",
      "The three-way handshake makes sure both sides are ready; acknowledgements and retransmission then ensure that data is delivered reliably.",
    );
  });
  it("reads a default given as typical, FIN_WAIT_2 sockets 'automatically cleaned up', an MSS agreed upon, and a port's state told as CLOSED", () => {
    expectFlag(
      "iv-handshake-loss",
      "sysctl net.ipv4.tcp_syn_retries determines how many times the kernel retries sending a SYN packet. The default is typically 5.",
      "linux-default-misstated",
    );
    expectFlag(
      "iv-fin-wait-2-stuck",
      "The state of the server-side socket between the server closing one end and the client closing the other is FIN_WAIT_2. All operating systems automatically clean up sockets that stay in FIN_WAIT_2 for too long.",
      "fin-wait-2-always-times-out",
    );
    expectFlag(
      "iv-syn-options",
      "During the three way handshake, one of the parameters that is agreed upon between the sender and receiver is the Maximum Segment Size (MSS).",
      "mss-negotiated",
    );
    expectClean(
      "iv-syn-options",
      "The first parameter which is negotiated during the establishment of a TCP connection is the MSS: the largest segment a TCP entity is able to process.",
    );
    expectFlag("iv-three-way", "1. A ㅡ> B : SYN - PORT상태 ㅡ A : CLOSED(or SYN_SENT), B: LISTEN", "states-belong-to-ports");
  });
  it("takes a setting many guides suggest, refuted by what the writer saw, as no claim of their own", () => {
    expectClean(
      "iv-time-wait-buildup",
      "Doing some tcp tuning and noticed a ton of TIME_WAIT connections. Many online guides suggested setting /proc/sys/net/ipv4/tcp_fin_timeout to 15 but netstat with timers was still counting down from 60.",
    );
  });
  it("reads a machine translation's '활성 폐쇄자' as the side that closes first", () => {
    expectFlag("iv-four-way", "활성 폐쇄자는 마지막 ACK를 받은 뒤 LAST_ACK 상태에서 CLOSED가 된다.", "wrong-state-for-side");
    expectClean("iv-four-way", "활성 폐쇄자가 FIN을 보내고 FIN_WAIT_1 상태가 된다. 수동 폐쇄자는 ACK를 보내고 CLOSE_WAIT 상태가 된다.");
  });
});

describe("TIME_WAIT's length read off tcp_fin_timeout", () => {
  it("is fin-timeout-sets-time-wait where the length is told in the sentence that points at the setting", () => {
    expectFlag(
      "iv-time-wait-buildup",
      "When I end simh with a plain exit the two sockets are in TIME_WAIT state. They will hang in this state for 60 seconds (my system default inquired via /proc/sys/net/ipv4/tcp_fin_timeout).",
      "fin-timeout-sets-time-wait",
    );
    expectFlag(
      "iv-time-wait-buildup",
      "The command many Unix systems use to determine the TIME_WAIT interval is ndd -get /dev/tcp tcp_time_wait_interval; 60000 (60 seconds) is a common value. On most linux systems, this value can be checked by the command below: sysctl net.ipv4.tcp_fin_timeout",
      "fin-timeout-sets-time-wait",
    );
  });
  it("is not read where the setting is told apart from TIME_WAIT", () => {
    expectClean(
      "iv-time-wait-buildup",
      "The sockets were in TIME_WAIT. tcp_fin_timeout, which I inquired via sysctl, only governs orphaned FIN_WAIT_2 sockets, so it did not help.",
    );
  });
});

describe("FIN_WAIT named as the state tcp_fin_timeout governs", () => {
  it("is FIN_WAIT_2 shortened in talk of the setting, not a close told with one FIN_WAIT", () => {
    expectClean(
      "iv-time-wait-buildup",
      "I think it could be achieved by sysctl net.ipv4.tcp_fin_timeout. No: fin_timeout is for the FIN_WAIT state, not for TIME_WAIT.",
    );
    expectFlag("iv-four-way", "클라이언트는 FIN을 보내고 FIN_WAIT 상태가 되어 서버의 응답을 기다린다.", "single-fin-wait");
  });
});

describe("wordings written for this stop that were not read", () => {
  it("takes 'Don't worry about …' as reassurance that denies nothing after it", () => {
    expectFlag(
      "iv-close-wait-leak",
      "Don't worry about CLOSE_WAIT, the kernel will eventually clean those sockets up after a timeout.",
      "close-wait-times-out",
    );
    expectClean("iv-close-wait-leak", "Don't expect the kernel to clean up CLOSE_WAIT: only the application's close() ends it.");
  });
  it("reads TIME_WAIT sockets said to use up the server's or the listening port", () => {
    expectFlag(
      "iv-time-wait-buildup",
      "Too many TIME_WAIT sockets use up the server's listening port, so new clients cannot connect.",
      "time-wait-blocks-port",
    );
    expectClean("iv-time-wait-buildup", "TIME_WAIT sockets on the connecting side can use up its ephemeral ports, so new outgoing connections fail.");
  });
  it("reads the handshake told as used 'when opening and when closing' with the particle on its own word", () => {
    expectFlag("iv-three-way", "3-way handshake는 연결을 맺을 때와 끊을 때 모두 사용된다.", "handshake-closes-connection");
    expectClean("iv-three-way", "3-way handshake는 연결을 맺을 때 사용하고, 끊을 때는 4-way handshake를 사용한다.");
  });
});

describe("FIN_WAIT_2 said to time out into TIME_WAIT in the sentence after the one that names it", () => {
  it("is fin-wait-2-timeout-enters-time-wait", () => {
    expectFlag(
      "iv-fin-wait-2-stuck",
      "Active Close 대상이 Passive Close로 부터 FIN패킷을 기다리는 상태를 FIN_WAIT2 상태라 합니다. 이때, 일정 시간 FIN이 오지 않으면, 자동으로 TIME_WAIT 로 넘어가는 특징이 있습니다.",
      "fin-wait-2-timeout-enters-time-wait",
    );
  });
  it("is not read where the peer's FIN is what ends the wait", () => {
    expectClean(
      "iv-fin-wait-2-stuck",
      "클라이언트는 FIN_WAIT_2에서 서버의 FIN을 기다린다. FIN을 받으면 ACK를 보내고 TIME_WAIT로 넘어가며, 일정 시간이 지나면 닫힌다.",
    );
  });
});

describe("values told as a range or a choice, and a size at a sentence's end", () => {
  it("claims no MSL where the RFC's value is given as a range or a choice", () => {
    expectClean("iv-why-time-wait", "Per the RFC the MSL is between 30 seconds and 2 minutes.");
    expectClean("iv-why-time-wait", "RFC에서 MSL은 2분 또는 30초다.");
    expectFlag("iv-why-time-wait", "RFC 793 sets the MSL to 30 seconds.", "msl-misstated");
  });
  it("reads a default MSS before a full stop", () => {
    expectFlag("iv-syn-options", "The default MSS is 512.", "mss-default-misstated");
  });
});
