import type { CorpusAnswer } from "./answers";

/**
 * A seventeenth round, after the held-out set heldout10's development half, written for classes of
 * reading rather than for its sentences: "graceful" said of something other than the close (an
 * application handling a reset gracefully, RST skipping the graceful close); "negotiated" used
 * loosely for the MSS by answers that go on to say each side keeps to its peer's value, against the
 * same word left unexplained or "협의" with the size named only as a segment size; the peer of a
 * half-close or a CLOSE_WAIT named as "the other party", "the recipient of the FIN" or by its role;
 * a CLOSE_WAIT told as lasting until the program acts, its fix told by what it makes happen; the
 * old SYN told as any old packet turning up late, the server's numbering as order that cannot be
 * told apart; one added to a number told with any verb of adding. Our own sentences, in the styles
 * of styles.ts.
 */
const R = 17 as const;
export const CORPUS_R17: CorpusAnswer[] = [
  {
    id: "r17-rst-en-app-handles-gracefully",
    prompt: "iv-rst-vs-fin",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `FIN is the orderly way out: it goes after all the data sent before it, the peer acknowledges it, and the side that closed first then waits in TIME_WAIT.
RST skips the graceful shutdown altogether. The connection is torn down immediately, anything still buffered is discarded, and nobody acknowledges the reset.
A program that gets one sees ECONNRESET and should handle that error gracefully, for example by retrying on a new connection.
A host sends a RST for a SYN to a closed port or when a segment arrives for a connection it does not know.`,
  },
  {
    id: "r17-rst-ko-app-handles-gracefully",
    prompt: "iv-rst-vs-fin",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `FIN은 정상 종료다. 앞서 보낸 데이터가 다 전달된 뒤에 처리되고 상대가 ACK로 확인하며, 먼저 닫은 쪽은 TIME_WAIT를 거친다.
RST는 정상 종료 절차를 건너뛰고 연결을 즉시 끊는다. 버퍼에 남아 있던 데이터는 버려지고 확인 응답도 없다.
RST를 받은 애플리케이션은 ECONNRESET 오류를 보게 되므로 이 오류를 우아하게 처리하도록 짜 두어야 한다.
닫힌 포트로 SYN이 오거나 존재하지 않는 연결로 세그먼트가 오면 RST가 나간다.`,
  },
  {
    id: "r17-rst-en-as-graceful-as-fin",
    prompt: "iv-rst-vs-fin",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    wrong: ["rst-is-graceful"],
    text: `Both FIN and RST end a connection. RST is just as graceful as a FIN; the only difference is that it is sent by the side that wants out in a hurry. TCP sends one for a SYN to a closed port.`,
  },
  {
    id: "r17-syn-options-en-negotiated-then-peer",
    prompt: "iv-syn-options",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `The MSS is negotiated through the SYN and SYN-ACK. In practice that means each host puts the largest segment it can take into its own SYN, and from then on a sender keeps every segment within the MSS announced by the other end.
Window scale is also set only there, so windows can grow beyond 64 KB; SACK-permitted and timestamps are offered in the SYN as well and are used only if both hosts offered them.`,
  },
  {
    id: "r17-syn-options-ko-negotiated-then-peer",
    prompt: "iv-syn-options",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `MSS는 핸드셰이크에서 협상된다고들 한다.
실제로는 각 호스트가 자기가 받을 수 있는 크기를 SYN에 싣고, 보내는 쪽은 상대가 알린 MSS를 넘지 않도록 세그먼트를 자른다.
윈도 스케일도 SYN에서만 정해 64KB보다 큰 윈도를 쓰게 하고, SACK 허용과 타임스탬프도 SYN에서 양쪽이 모두 보냈을 때만 켜진다.`,
  },
  {
    id: "r17-syn-options-ko-agreed-segment-size",
    prompt: "iv-syn-options",
    locale: "ko",
    style: "verbless-list",
    round: R,
    wrong: ["mss-negotiated"],
    text: `1) 최대 세그먼트 크기
- 연결을 맺을 때 두 호스트가 협의해서 segment size를 하나로 정함. 연결 중에는 못 바꿈.
2) 윈도 스케일
- 16비트 윈도 필드로는 64KB가 한계라 몇 비트 밀어서 읽을지 SYN에서 알림.
3) SACK 허용, 타임스탬프
- 둘 다 SYN에서 양쪽이 보내야 켜짐. 타임스탬프는 RTT 측정과 PAWS에 씀.`,
  },
  {
    id: "r17-syn-options-en-negotiated-unexplained",
    prompt: "iv-syn-options",
    locale: "en",
    style: "textbook-prose",
    round: R,
    wrong: ["mss-negotiated"],
    text: `The maximum segment size is negotiated by the two hosts while the connection opens. Window scale lets the window go past 64 KB, and SACK-permitted and timestamps are offered in the SYN too; they can only be set there because both sides must know them before data moves.`,
  },
  {
    id: "r17-half-close-en-other-party",
    prompt: "iv-half-close",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `A host that is done talking sends a FIN for its side of the connection. Once the other party has acknowledged it, the connection is half-closed: the host that sent the FIN cannot send any more, but the recipient of the FIN may continue to send data, and it arrives as usual.
The connection is gone only when that second host sends its own FIN as well.`,
  },
  {
    id: "r17-close-wait-en-by-role",
    prompt: "iv-close-wait-leak",
    locale: "en",
    style: "ops-story",
    round: R,
    text: `Our service talks to a backend over pooled HTTP connections. When the backend decides to close its end, our kernel acknowledges the FIN, but the pooled socket is never closed by our code, so it is stuck in CLOSE_WAIT until the garbage collector happens to reclaim the client object.
To fix this, we configured the client to close the connection after each response instead of keeping it in the pool.`,
  },
  {
    id: "r17-close-wait-ko-until-program",
    prompt: "iv-close-wait-leak",
    locale: "ko",
    style: "ops-story",
    round: R,
    text: `상대방이 연결을 닫았고 우리 커널은 그 FIN에 ACK를 보냈지만, 우리 코드가 소켓을 닫지 않아 CLOSE_WAIT가 쌓였다.
이 소켓들은 프로세스를 재시작할 때까지 그대로 남는다.
해결하려면 응답을 다 읽은 뒤 연결을 닫도록 클라이언트 설정을 바꿔야 한다.`,
  },
  {
    id: "r17-why-not-two-ko-late-packet",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "verbless-list",
    round: R,
    text: `- 2-way면 네트워크를 오래 떠돌던 패킷이 뒤늦게 도착해도 서버가 그대로 연결을 열어 버림
- 그래서 클라이언트가 한 번 더 ACK로 답해야 함`,
  },
  {
    id: "r17-why-not-two-ko-order-unknown",
    prompt: "iv-why-not-two-way",
    locale: "ko",
    style: "arrow-lines",
    round: R,
    text: `클라이언트 → 서버 : SYN
서버 → 클라이언트 : SYN + ACK
여기서 끝나면 서버가 고른 시퀀스 번호를 클라이언트가 제대로 받았는지 서버는 구분할 수 없다.`,
  },
  {
    id: "r17-why-not-two-en-stale-segment",
    prompt: "iv-why-not-two-way",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `With only two segments, a stale segment from an earlier attempt that shows up late would be taken as a fresh request and the server would commit to it. The third segment lets the client say that it really wants this connection.`,
  },
  {
    id: "r17-three-way-ko-add-one",
    prompt: "iv-three-way",
    locale: "ko",
    style: "numbered-steps",
    round: R,
    text: `1. 클라이언트가 무작위로 고른 순서 번호를 담아 서버에 SYN을 보낸다.
2. 서버는 받은 번호에 하나를 추가한 값으로 ACK를 채우고, 자기 순서 번호를 담은 SYN과 함께 SYN+ACK로 응답한다.
3. 클라이언트는 서버의 번호에 1을 추가한 값으로 ACK를 보내고, 이제 양쪽 모두 데이터를 주고받을 수 있다.`,
  },
  {
    id: "r17-three-way-ko-approve",
    prompt: "iv-three-way",
    locale: "ko",
    style: "korean-reasons",
    round: R,
    text: `먼저 클라이언트가 자신의 초기 순서 번호를 실은 SYN을 서버에 보낸다. 서버는 그 번호에 1을 더한 승인 번호와 자기 초기 번호를 담아 SYN+ACK로 답한다. 끝으로 클라이언트가 서버의 SYN+ACK를 승인하면 양쪽이 서로 보낼 수 있고 받을 수 있다는 것이 확인된다.`,
  },
];
