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
];
