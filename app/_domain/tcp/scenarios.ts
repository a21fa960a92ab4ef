import { UnknownScenarioError } from "./errors";
import type { Flag, Side } from "./segment";
import type { TcpState } from "./states";

export type ExpectedSegment = {
  from: Side;
  flags: Flag[];
  /** Flags that may be present or not (ACK on a FIN in a synchronized state, PSH on data). */
  optional?: Flag[];
  /** Carries data: any length above zero is right. */
  data?: boolean;
  lost?: boolean;
  /** A retransmission: the same sequence number as the first copy (a simultaneous open's SYN+ACK repeats the SYN). */
  retransmit?: "FIN" | "SYN";
  /** A reset answering a segment to a closed port (RFC 9293 §3.10.7.1). */
  reset?: boolean;
  /**
   * Sent before the previous segment arrived (the two crossed in the network), so it cannot
   * acknowledge it: its ack is the previous segment's seq.
   */
  crosses?: boolean;
};
export type ExpectedStep = ExpectedSegment | { timeout: Side };

export type Bilingual = { ko: string; en: string };
export type Scenario = { id: string; title: Bilingual; description: Bilingual; initial: { client: TcpState; server: TcpState }; script: ExpectedStep[] };

const fin = (from: Side): ExpectedSegment => ({ from, flags: ["FIN"], optional: ["ACK"] });
const ack = (from: Side, lost = false): ExpectedSegment => ({ from, flags: ["ACK"], ...(lost ? { lost } : {}) });
const data = (from: Side): ExpectedSegment => ({ from, flags: ["ACK"], optional: ["PSH"], data: true });

export const SCENARIOS: Scenario[] = [
  {
    id: "three-way-handshake",
    title: { ko: "3-way 핸드셰이크", en: "3-way handshake" },
    description: {
      ko: "CLOSED 상태의 클라이언트가 LISTEN 중인 서버에 연결을 엽니다. ISN은 자유롭게 고르세요.",
      en: "A CLOSED client opens a connection to a server in LISTEN. Pick any ISNs.",
    },
    initial: { client: "CLOSED", server: "LISTEN" },
    script: [{ from: "client", flags: ["SYN"] }, { from: "server", flags: ["SYN", "ACK"] }, ack("client")],
  },
  {
    id: "four-way-close",
    title: { ko: "4-way 종료 (클라이언트가 먼저)", en: "4-way close (client first)" },
    description: {
      ko: "연결된 상태에서 클라이언트가 먼저 닫습니다. 마지막에 클라이언트의 2MSL 타이머가 끝나는 단계(timeout)까지 적으세요.",
      en: "The client closes an established connection first. End with the client's 2MSL timer firing (a timeout step).",
    },
    initial: { client: "ESTABLISHED", server: "ESTABLISHED" },
    script: [fin("client"), ack("server"), fin("server"), ack("client"), { timeout: "client" }],
  },
  {
    id: "server-close",
    title: { ko: "서버가 먼저 닫기", en: "Server closes first" },
    description: {
      ko: "연결된 상태에서 서버가 먼저 닫습니다. TIME-WAIT는 어느 쪽에 생길까요? 2MSL 타임아웃까지 적으세요.",
      en: "The server closes an established connection first. Which side gets TIME-WAIT? End with the 2MSL timeout.",
    },
    initial: { client: "ESTABLISHED", server: "ESTABLISHED" },
    script: [fin("server"), ack("client"), fin("client"), ack("server"), { timeout: "server" }],
  },
  {
    id: "half-close",
    title: { ko: "half-close", en: "Half-close" },
    description: {
      ko: "클라이언트가 먼저 FIN을 보낸 뒤, FIN-WAIT-2에 있는 클라이언트에게 서버가 데이터를 더 보내고 닫습니다.",
      en: "The client sends FIN first; the server then sends more data to the client in FIN-WAIT-2 before closing.",
    },
    initial: { client: "ESTABLISHED", server: "ESTABLISHED" },
    script: [
      fin("client"),
      ack("server"),
      { from: "server", flags: ["ACK"], optional: ["PSH"], data: true },
      ack("client"),
      fin("server"),
      ack("client"),
      { timeout: "client" },
    ],
  },
  {
    id: "lost-final-ack",
    title: { ko: "마지막 ACK 유실", en: "Lost final ACK" },
    description: {
      ko: "클라이언트가 먼저 닫는데 마지막 ACK가 유실됩니다(lost). 서버는 FIN을 재전송하고, TIME-WAIT의 클라이언트가 다시 ACK합니다.",
      en: "The client closes first but its last ACK is lost (lost). The server retransmits its FIN and the client, in TIME-WAIT, ACKs it again.",
    },
    initial: { client: "ESTABLISHED", server: "ESTABLISHED" },
    script: [fin("client"), ack("server"), fin("server"), ack("client", true), { ...fin("server"), retransmit: "FIN" }, ack("client"), { timeout: "client" }],
  },
  {
    id: "simultaneous-open",
    title: { ko: "동시 개방", en: "Simultaneous open" },
    description: {
      ko: "양쪽이 동시에 능동 개방을 해 둘 다 SYN-SENT입니다. 엇갈린 두 SYN이 도착하는 것부터 적으세요.",
      en: "Both sides did an active open at the same time and are in SYN-SENT. Start with the two crossing SYNs arriving.",
    },
    initial: { client: "SYN-SENT", server: "SYN-SENT" },
    script: [
      { from: "client", flags: ["SYN"] },
      { from: "server", flags: ["SYN"], crosses: true },
      { from: "client", flags: ["SYN", "ACK"], retransmit: "SYN" },
      { from: "server", flags: ["SYN", "ACK"], retransmit: "SYN" },
    ],
  },
  {
    id: "simultaneous-close",
    title: { ko: "동시 종료", en: "Simultaneous close" },
    description: {
      ko: "양쪽이 동시에 close를 불러 둘 다 FIN-WAIT-1입니다. 엇갈린 두 FIN이 도착하는 것부터, CLOSING을 거쳐 양쪽의 2MSL 타임아웃까지 적으세요.",
      en: "Both sides called close at the same time and are in FIN-WAIT-1. Start with the two crossing FINs arriving, go through CLOSING and end with both 2MSL timeouts.",
    },
    initial: { client: "FIN-WAIT-1", server: "FIN-WAIT-1" },
    script: [fin("client"), { ...fin("server"), crosses: true }, ack("client"), ack("server"), { timeout: "client" }, { timeout: "server" }],
  },
  {
    id: "syn-to-closed-port",
    title: { ko: "닫힌 포트로 SYN", en: "SYN to a closed port" },
    description: {
      ko: "아무도 듣지 않는 포트(서버 CLOSED)로 클라이언트가 SYN을 보냅니다. 서버는 무엇으로 답할까요?",
      en: "The client sends a SYN to a port nobody listens on (the server is CLOSED). What does the server answer?",
    },
    initial: { client: "CLOSED", server: "CLOSED" },
    script: [
      { from: "client", flags: ["SYN"] },
      { from: "server", flags: ["RST", "ACK"], reset: true },
    ],
  },
  {
    id: "lost-syn",
    title: { ko: "SYN 유실", en: "Lost SYN" },
    description: {
      ko: "클라이언트의 SYN이 유실됩니다(lost). SYN-SENT의 클라이언트는 재전송 타이머가 만료되면(timeout) 같은 seq로 SYN을 다시 보내고, 핸드셰이크가 이어집니다.",
      en: "The client's SYN is lost (lost). When the client's retransmission timer fires in SYN-SENT (a timeout step), it sends the SYN again with the same seq and the handshake goes on.",
    },
    initial: { client: "CLOSED", server: "LISTEN" },
    script: [
      { from: "client", flags: ["SYN"], lost: true },
      { timeout: "client" },
      { from: "client", flags: ["SYN"], retransmit: "SYN" },
      { from: "server", flags: ["SYN", "ACK"] },
      ack("client"),
    ],
  },
  {
    id: "lost-third-ack",
    title: { ko: "세 번째 ACK 유실", en: "Lost third ACK" },
    description: {
      ko: "핸드셰이크의 마지막 ACK가 유실됩니다(lost). 클라이언트는 이미 ESTABLISHED라 바로 데이터를 보내고, 그 데이터 세그먼트의 ACK 필드가 서버의 SYN을 확인해 줍니다. 서버의 ACK까지 적으세요.",
      en: "The handshake's last ACK is lost (lost). The client is already ESTABLISHED and sends data at once; the ACK field of that data segment acknowledges the server's SYN. End with the server's ACK of the data.",
    },
    initial: { client: "CLOSED", server: "LISTEN" },
    script: [{ from: "client", flags: ["SYN"] }, { from: "server", flags: ["SYN", "ACK"] }, ack("client", true), data("client"), ack("server")],
  },
  {
    id: "abortive-close",
    title: { ko: "RST로 끊기 (abortive close)", en: "Abortive close (RST)" },
    description: {
      ko: "연결된 상태에서 서버가 응답 데이터를 보내고 클라이언트가 ACK합니다. 그다음 클라이언트가 SO_LINGER 0으로 소켓을 닫아 FIN 대신 RST를 보냅니다. 양쪽은 어떤 상태가 될까요?",
      en: "On an established connection the server sends response data and the client ACKs it. Then the client closes its socket with SO_LINGER 0, which sends RST instead of FIN. Which states do both sides end in?",
    },
    initial: { client: "ESTABLISHED", server: "ESTABLISHED" },
    script: [data("server"), ack("client"), { from: "client", flags: ["RST"], optional: ["ACK"] }],
  },
  {
    id: "time-wait-reopen",
    title: { ko: "TIME-WAIT에서 다시 열기", en: "Reopening from TIME-WAIT" },
    description: {
      ko: "서버가 먼저 닫아 TIME-WAIT에 있는 동안, 클라이언트가 같은 포트 쌍으로 새 SYN을 보냅니다. 새 SYN의 seq가 이전 연결의 번호보다 크면 서버는 TIME-WAIT에서 바로 새 연결을 엽니다(RFC 9293 §3.6.1). 타임스탬프는 없다고 가정하세요. 종료부터 새 핸드셰이크까지 적으세요.",
      en: "While the server, which closed first, is in TIME-WAIT, the client sends a new SYN on the same socket pair. If the new SYN's seq is above the old connection's numbers, the server opens the new connection straight from TIME-WAIT (RFC 9293 §3.6.1). Assume no timestamps. Write the close, then the new handshake.",
    },
    initial: { client: "ESTABLISHED", server: "ESTABLISHED" },
    script: [
      fin("server"),
      ack("client"),
      fin("client"),
      ack("server"),
      { from: "client", flags: ["SYN"] },
      { from: "server", flags: ["SYN", "ACK"] },
      ack("client"),
    ],
  },
];

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

/** The scenario with this id; an unknown id is the caller's mistake, named with the known ones. */
export function requireScenario(id: string): Scenario {
  const scenario = findScenario(id);
  if (!scenario)
    throw new UnknownScenarioError(
      id,
      SCENARIOS.map((s) => s.id),
    );
  return scenario;
}
