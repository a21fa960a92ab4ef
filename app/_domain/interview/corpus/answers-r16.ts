import type { CorpusAnswer } from "./answers";

/**
 * A sixteenth round, after the held-out set heldout9's development half, written for classes of
 * reading rather than for its sentences: a Korean clause that goes on with the subject of the one
 * before while naming the other side only inside a relative clause ("서버가 보낸 SYN에 1을 더해");
 * points told in the other words people use for them (the peer's close told by who closed, FIN and
 * RST told by what each one says, UDP keeping no state with the negation in the words); and the
 * server said to stop accepting because TIME_WAIT piled up, with the serving side named otherwise
 * ("the proxy", "서비스"). Our own sentences, in the styles of styles.ts.
 */
const R = 16 as const;
export const CORPUS_R16: CorpusAnswer[] = [
  {
    id: "r16-three-way-ko-relative-carry",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbered-steps",
    round: R,
    text: `1. 클라이언트가 SYN을 보내 연결을 요청하고 SYN_SENT 상태가 된다.
2. 서버는 SYN과 함께 ACK를 보내 응답하고 SYN_RECEIVED 상태가 된다.
3. 클라이언트는 SYN+ACK를 받고, 서버가 정한 초기 번호에 1을 더한 값을 ACK에 실어 보낸다. 이로써 양쪽 모두 ESTABLISHED가 된다.`,
  },
  {
    id: "r16-four-way-ko-relative-carry",
    prompt: "iv-four-way",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `클라이언트는 FIN을 보내고 FIN_WAIT_1이 된다. 서버는 FIN을 받아 ACK로 답하고 CLOSE_WAIT에 머문다.
서버는 남은 데이터를 다 보낸 뒤 자기 FIN을 보내고 LAST_ACK가 된다.
클라이언트는 그 FIN을 받고, 서버가 보낸 FIN에 대한 ACK를 돌려준 뒤 TIME_WAIT에서 2MSL 동안 기다린다.`,
  },
  {
    id: "r16-final-ack-lost-ko-relative-carry",
    prompt: "iv-final-ack-lost",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `마지막 ACK가 사라지면 LAST_ACK에 있는 서버는 ACK를 받지 못해 자기 FIN을 재전송한다.
클라이언트는 아직 TIME_WAIT에 머물러 있고, 서버가 다시 보낸 FIN에 ACK를 한 번 더 보내며 2MSL 타이머를 처음부터 다시 잰다.`,
  },
  {
    id: "r16-close-wait-en-who-closed",
    prompt: "iv-close-wait-leak",
    locale: "en",
    style: "ops-story",
    round: R,
    text: `CLOSE_WAIT means the far end has already shut down its side and our kernel acknowledged that. The socket now waits only for our program to call close(), and nothing times it out, so a handle the code forgets to close stays forever.
To find it: ss -tanp state close-wait shows the owning process and the peer address.
To fix it: make every path release the socket, e.g. close it in a finally block or give it back to the pool.`,
  },
  {
    id: "r16-close-wait-ko-who-closed",
    prompt: "iv-close-wait-leak",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `CLOSE_WAIT는 상대방이 연결 종료를 요청했고 우리 커널이 그에 ACK를 보낸 뒤, 우리 애플리케이션이 소켓을 닫아 주기를 기다리는 상태다.
이 상태를 끝내는 타이머는 없어서 애플리케이션이 close를 호출하지 않으면 영원히 남는다.
netstat이나 ss로 어느 프로세스가 쥐고 있는지 확인하고, 예외 경로에서도 소켓을 닫도록 코드를 수정한다.`,
  },
  {
    id: "r16-rst-fin-en-what-it-says",
    prompt: "iv-rst-vs-fin",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `A FIN tells the peer you have nothing more to send, while you keep reading whatever it still sends; the peer ACKs it and the close finishes in order.
A RST tears the connection down on the spot: anything still queued on either side is thrown away, nobody acknowledges it, and no TIME_WAIT follows.
TCP sends a RST when a segment arrives for a port nobody listens on, or when the application closes with unread data in its buffer.`,
  },
  {
    id: "r16-rst-fin-ko-what-it-says",
    prompt: "iv-rst-vs-fin",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `FIN은 "더 이상 보낼 데이터가 없다"는 표시라서, 보낸 쪽도 상대가 보내는 데이터는 계속 받을 수 있고 상대가 ACK로 확인한다.
RST는 연결을 강제로 끊는다. 아직 전송하지 못한 데이터는 유실되고, RST에는 확인 응답도 없고 TIME_WAIT도 남지 않는다.
열려 있지 않은 포트로 SYN이 오거나 SO_LINGER를 0으로 두고 close하면 RST가 나간다.`,
  },
  {
    id: "r16-udp-en-no-tracking",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `TCP opens every connection with a three-way handshake and closes it with FINs, and the side that closes first sits in TIME_WAIT afterwards.
UDP has none of that: no handshake, the first datagram already carries the payload, and no teardown, so no TIME_WAIT either.
UDP also doesn't track any per-connection state such as sequence numbers; if an application needs order or retransmission, it builds them itself, as QUIC does.`,
  },
  {
    id: "r16-udp-ko-no-tracking",
    prompt: "iv-tcp-vs-udp",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `TCP는 3-way 핸드셰이크로 연결을 열고 4-way로 닫으며, 먼저 닫은 쪽은 TIME_WAIT를 거친다.
UDP는 핸드셰이크 없이 바로 데이터를 보내고, 종료 절차도 없어서 TIME_WAIT도 없다.
UDP는 상대별 연결 상태를 유지하지 않는다. 순서 보장이나 재전송이 필요하면 QUIC처럼 애플리케이션이 직접 구현한다.`,
  },
  {
    id: "r16-tw-buildup-en-proxy-refuses",
    prompt: "iv-time-wait-buildup",
    locale: "en",
    style: "ops-story",
    round: R,
    wrong: ["time-wait-blocks-port"],
    text: `Tens of thousands of TIME_WAIT sockets are a real problem on a proxy. Every closed connection keeps its socket for about a minute, and once enough of them pile up the proxy stops accepting new client connections.
I would put a connection pool in front of the backends so connections get reused instead of opened and closed each time.`,
  },
  {
    id: "r16-tw-buildup-ko-service-refuses",
    prompt: "iv-time-wait-buildup",
    locale: "ko",
    style: "ops-story",
    round: R,
    wrong: ["time-wait-blocks-port"],
    text: `TIME_WAIT 소켓이 수만 개라면 문제가 된다. 닫힌 연결마다 1분 가까이 소켓이 남으니, 쌓이다 보면 서비스가 더 이상 새 연결을 받지 못하는 상황이 온다.
keep-alive와 커넥션 풀로 연결을 재사용해서 닫히는 연결 수 자체를 줄이는 것이 먼저다.`,
  },
];
