import { describe, it } from "vitest";
import { expectClean, expectFlag } from "./rubrics.fixture";

// A fourth pool of published passages (mpool4, 2026-12-03, its study half) showed these readings; each is
// written as a family of wordings, in our own sentences, with correct neighbours beside it.

describe("a state held by a port, told as a definition, a particle or a plural", () => {
  it("reads a state defined as the port open, closed or connected", () => {
    expectFlag("iv-three-way", "상태 정리 — LISTEN: 포트가 열려 있는 상태로 SYN을 기다린다.", "states-belong-to-ports");
    expectFlag("iv-three-way", "CLOSED: 포트가 닫힌 상태, ESTABLISHED: 포트 연결 상태.", "states-belong-to-ports");
    expectFlag("iv-three-way", "LISTEN: the port is open and waits for a SYN.", "states-belong-to-ports");
    expectFlag("iv-three-way", "포트(port) 상태 목록: LISTEN, SYN_RCVD, ESTABLISHED.", "states-belong-to-ports");
  });
  it("reads the port made to hold a state, and ports said to be in one", () => {
    expectFlag("iv-three-way", "마지막 ACK를 받은 서버는 자기 포트도 CLOSED로 닫는다.", "states-belong-to-ports");
    expectFlag("iv-three-way", "After the last ACK the server sets its port back to CLOSED.", "states-belong-to-ports");
    expectFlag("iv-time-wait-buildup", "All the ports in TIME_WAIT mode were on the web server.", "states-belong-to-ports");
    expectFlag("iv-time-wait-buildup", "Ports still in TIME_WAIT pile up under load.", "states-belong-to-ports");
  });
  it("leaves the socket on a port, and a port held for a while", () => {
    expectClean("iv-three-way", "LISTEN: 서버 소켓이 포트를 열고 연결 요청을 기다리는 상태.");
    expectClean("iv-three-way", "LISTEN means the server socket is bound to a port and waits for a SYN.");
    expectClean("iv-three-way", "After the last ACK the server's connection goes back to CLOSED; the port keeps its LISTEN socket.");
    expectClean("iv-time-wait-buildup", "Many connections on port 80 are in TIME_WAIT.");
    expectClean("iv-time-wait-buildup", "The client's ephemeral port stays reserved while its connection is in TIME_WAIT.");
    expectClean("iv-three-way", "상태는 포트가 아니라 연결마다 있다: 한 포트에 LISTEN 소켓과 ESTABLISHED 연결이 함께 있다.");
  });
});

describe("an initial sequence number told to start at 0 in a participle or a clause of its own", () => {
  it("reads the start joined to the ISN by a participle or a connective", () => {
    expectFlag("iv-three-way", "TCP assigns an ISN to every connection, beginning with 0 each time.", "isn-fixed");
    expectFlag("iv-three-way", "The stack gives each new connection an ISN, starting from 1.", "isn-fixed");
    expectFlag("iv-three-way", "모든 연결은 0부터 시작해서 ISN을 차례로 부여받는다.", "isn-fixed");
    expectFlag("iv-three-way", "ISN은 연결마다 1부터 세기 시작한다.", "isn-fixed");
  });
  it("leaves the start denied, a relative number, or a question", () => {
    expectClean("iv-three-way", "But the sequence number doesn't start at 0. It starts at the ISN.");
    expectClean("iv-three-way", "Each side picks an ISN; Wireshark shows relative numbers starting at 0.");
    expectClean("iv-three-way", "Each side picks an ISN, and the data bytes are numbered starting from ISN+1.");
    expectClean("iv-three-way", "Does the ISN start at 0?");
  });
});

describe("a Korean claim made a noun and set aside with 것이 아니라", () => {
  it("is taken back, for any misconception it words", () => {
    expectClean("iv-why-time-wait", "TIME_WAIT는 서버에 생기는 것이 아니라 먼저 닫은 쪽에 생긴다.");
    expectClean("iv-three-way", "시퀀스 번호는 0부터 시작하는 것이 아니라 ISN에서 시작한다.");
    expectClean("iv-three-way", "ISN은 1로 고정되는 것이 아니라 연결마다 새로 정해진다.");
    expectClean("iv-three-way", "포트가 LISTEN 상태가 되는 것이 아니라 소켓이 LISTEN 상태가 된다.");
    expectClean("iv-three-way", "SYN에 데이터를 실을 수 없는 것이 아니라 받는 쪽이 연결이 성립될 때까지 잡아 둘 뿐이다.");
  });
  it("still reads the claim said outright", () => {
    expectFlag("iv-three-way", "시퀀스 번호는 1부터 시작한다.", "isn-fixed");
    expectFlag("iv-three-way", "서버의 포트가 LISTEN 상태가 된다.", "states-belong-to-ports");
  });
});

describe("reliability told as coming from the handshake, or built once it is over", () => {
  it("reads the handshake as the source of the reliability", () => {
    expectFlag("iv-tcp-vs-udp", "3-way handshake 후 신뢰성이 구축되고 데이터 전송이 시작된다.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "핸드셰이크가 끝난 뒤에 신뢰성이 확립된다.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "TCP의 신뢰성은 3-way 핸드셰이크에서 나온다.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "TCP의 신뢰성은 핸드셰이크 덕분이다.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "This reliability comes from the connection establishment process.", "handshake-gives-reliability");
    expectFlag("iv-tcp-vs-udp", "TCP's reliability is provided by the three-way handshake.", "handshake-gives-reliability");
  });
  it("leaves the mechanisms named, a connection opened for reliability's sake, the denial and the question", () => {
    expectClean("iv-tcp-vs-udp", "핸드셰이크 후 데이터 전송이 시작되고, 신뢰성은 확인 응답과 재전송이 보장한다.");
    expectClean("iv-tcp-vs-udp", "To send data reliably, TCP first sets up a connection with the handshake.");
    expectClean("iv-tcp-vs-udp", "Reliability does not come from the handshake; it comes from acknowledgements.");
    expectClean("iv-tcp-vs-udp", "Does reliability come from the handshake?");
    expectClean("iv-tcp-vs-udp", "신뢰성은 핸드셰이크에서 나오는 것이 아니라 재전송에서 나온다.");
    expectClean("iv-tcp-vs-udp", "핸드셰이크 후에 신뢰성 있는 데이터 전송을 시작한다.");
  });
});

describe("a TIME_WAIT length said to be hard-coded, with no system said to share it", () => {
  it("is one implementation's constant", () => {
    expectClean("iv-time-wait-buildup", "AFAIK you can't tune the TIME_WAIT length, it is hardcoded at 60s.");
    expectClean("iv-time-wait-buildup", "The TIME_WAIT duration is hard-coded to 60 seconds and you cannot change it.");
  });
  it("is still the misconception said of every system", () => {
    expectFlag("iv-time-wait-buildup", "TIME_WAIT is hard-coded to 60 seconds on every system.", "msl-fixed");
    expectFlag("iv-time-wait-buildup", "2MSL은 어디서나 4분으로 고정되어 있다.", "msl-fixed");
  });
});

describe("data said not to ride on any SYN or handshake segment, as a plain fact", () => {
  it("reads it said of every SYN or handshake segment", () => {
    expectFlag("iv-three-way", "The data is not included in the segments exchanged during the handshake.", "syn-cannot-carry-data");
    expectFlag("iv-three-way", "SYN segments do not carry any data.", "syn-cannot-carry-data");
    expectFlag("iv-three-way", "SYN에는 데이터가 포함되지 않는다.", "syn-cannot-carry-data");
    expectFlag("iv-three-way", "핸드셰이크 패킷에는 데이터가 실리지 않는다.", "syn-cannot-carry-data");
  });
  it("leaves the usual case, Fast Open, the third ACK and the question", () => {
    expectClean("iv-three-way", "SYN segments normally do not carry data.");
    expectClean("iv-three-way", "보통 SYN에는 데이터가 포함되지 않는다.");
    expectClean("iv-three-way", "With TCP Fast Open, data is included in the SYN.");
    expectClean("iv-three-way", "The final ACK of the handshake may carry data.");
    expectClean("iv-three-way", "Do SYN segments carry data?");
    expectClean("iv-three-way", "Data is not lost during the handshake.");
    expectClean("iv-three-way", "SYN은 데이터를 싣지 않아도 번호 하나를 쓴다.");
  });
});
