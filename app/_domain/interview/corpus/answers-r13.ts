import type { CorpusAnswer } from "./answers";

/**
 * A thirteenth round, for English answers written as long prose (textbook and Q&A sentences:
 * relative clauses, passive voice, "the former/latter", pronouns that carry the subject on) and the
 * claims such prose sets against each other: the passive side and the initiator of a handshake, a
 * keep-alive said to be "not the same as" HTTP's, UDP's lacks told with "it", "whereas" and "nothing
 * like", a SYN "sent again", the half-closed side; and wrong answers in the same prose (2MSL spent in
 * FIN_WAIT_2 "in which it remains", data "which arrives late" received in TIME_WAIT, the final ACK
 * sent again on a timer, RST said to close like FIN "unlike" it or "just like" it, TIME-WAIT defined as
 * a state "the server goes through", data the server "might still be sending" beside an "if"). Our
 * own sentences.
 */
const R = 13 as const;
export const CORPUS_R13: CorpusAnswer[] = [
  {
    id: "r13-3w-en-passive-side",
    prompt: "iv-three-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `Before two hosts can exchange data over TCP, they have to agree on where each byte stream starts, i.e. on the initial sequence numbers. This is done in three steps. The host that initiates the connection (usually called the client) sends a SYN segment containing a randomly chosen sequence number, say x. The passive side, which is listening on the port, answers with a SYN-ACK: it acknowledges x + 1 and at the same time proposes its own sequence number y. The initiator then responds with a plain ACK carrying y + 1, so that the server knows its own number arrived. Once this third segment has been received, the connection is open in both directions; the former two segments synchronise the numbers, while the latter confirms the server's. Note that the SYN consumes one sequence number even though it carries no data, which is why the acknowledgement is x + 1 rather than x.`,
  },
  {
    id: "r13-ka-en-not-same-as",
    prompt: "iv-keepalive",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `TCP keep-alive is a mechanism by which a host periodically probes an idle connection in order to detect that the peer has gone away, for example because it crashed or a NAT entry expired. When the connection has been idle for a certain time (two hours by default on Linux, tcp_keepalive_time), the kernel sends a probe, which is a segment with no data and a sequence number one less than the next expected one, so that the peer must respond with an ACK. If no answer arrives, further probes are sent every tcp_keepalive_intvl seconds (75 by default), and after tcp_keepalive_probes (9) unanswered probes the connection is considered dead and is reset; the application then gets an error such as ETIMEDOUT. It has to be enabled per socket with SO_KEEPALIVE. This is not the same as HTTP keep-alive, which is about reusing a connection.`,
  },
  {
    id: "r13-ka-en-not-confused",
    prompt: "iv-keepalive",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `TCP keepalive is an optional feature by which the kernel sends probe segments on a connection that has been idle for a while, in order to check whether the peer is still reachable. It is disabled by default and must be turned on per socket with SO_KEEPALIVE; on Linux the first probe is sent after two hours of idleness (tcp_keepalive_time), and subsequent probes every 75 seconds, up to nine of them. It is useful for detecting half-open connections, for instance when the peer crashed without sending a FIN or RST. This should not be confused with HTTP keep-alive, which keeps a connection open so that several requests can be sent over it. Applications that need faster detection typically use their own heartbeat messages.`,
  },
  {
    id: "r13-udp-en-it-also",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `UDP is connectionless, which means there is no handshake: the first datagram the application sends already carries data. It also does not keep any connection state, so there are no states such as ESTABLISHED, no sequence numbers and nothing to tear down; consequently there is no FIN exchange and no TIME_WAIT. Any reliability, ordering or retransmission that the application needs has to be implemented by the application itself or by a protocol built on top of UDP, such as QUIC.`,
  },
  {
    id: "r13-udp-en-whereas",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "interview-prep-english",
    round: R,
    text: `The difference is that TCP sets up a connection with a three-way handshake and closes it with FINs, whereas UDP simply sends datagrams without establishing a connection. Since UDP does not have a connection, it has no termination procedure and therefore never enters TIME_WAIT. It is up to the application to handle lost or reordered datagrams.`,
  },
  {
    id: "r13-udp-en-nothing-like",
    prompt: "iv-tcp-vs-udp",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `Unlike TCP, UDP does not establish a connection before sending data, so there is no handshake; each datagram is sent independently. As a result, a UDP socket has no connection state: there is nothing like ESTABLISHED, and no sequence numbers are kept. For the same reason, there is no connection termination in UDP, hence no FIN and no TIME_WAIT. If an application needs reliability, it has to implement retransmission and ordering itself, as QUIC does on top of UDP.`,
  },
  {
    id: "r13-hl-en-sent-again",
    prompt: "iv-handshake-loss",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `Each segment of the handshake is protected differently. A lost SYN is detected by the client's retransmission timer, and the SYN is sent again with exponential backoff; after tcp_syn_retries retries, connect() fails with ETIMEDOUT. A lost SYN-ACK is retransmitted by the server, which keeps the half-open connection in SYN_RECEIVED. A lost final ACK is not retransmitted by itself, because ACKs are not acknowledged; however, the first data segment the client sends carries the same acknowledgement number, so the server becomes ESTABLISHED when it receives it.`,
  },
  {
    id: "r13-hc-en-half-closed-side",
    prompt: "iv-half-close",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `Because a TCP connection consists of two independent byte streams, an application may close one of them, i.e. its sending direction, while continuing to use the other. This is called a half-close and is done with shutdown(fd, SHUT_WR). The FIN sent as a result tells the peer that no more data is coming; the peer, which is now in CLOSE_WAIT, can nevertheless keep sending, and the half-closed side, in FIN_WAIT_2, can still read everything it sends until the peer's FIN arrives.`,
  },
  {
    id: "r13-4w-en-fin-wait-2-in-which",
    prompt: "iv-four-way",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["two-msl-outside-time-wait"],
    text: `The client sends a FIN and goes to FIN_WAIT_1; the server acknowledges it and goes to CLOSE_WAIT, and the client moves to FIN_WAIT_2, in which it remains for 2MSL waiting for the server's FIN. The server then sends its FIN and enters LAST_ACK; the client answers with an ACK, and the connection is closed.`,
  },
  {
    id: "r13-tw-en-data-which-arrives-late",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["time-wait-waits-for-data"],
    text: `TIME_WAIT is needed because, after the client has sent the last ACK, some of the data sent by the server might still be travelling through the network. The client therefore stays in TIME_WAIT for 2MSL in order to receive any data which arrives late, and only then closes the socket.`,
  },
  {
    id: "r13-fa-en-ack-again-on-timer",
    prompt: "iv-final-ack-lost",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["ack-retransmitted-by-timer"],
    text: `If the last ACK is lost, the client notices that it has not been acknowledged and, when its retransmission timer expires, it sends the final ACK again. This is why the client stays in TIME_WAIT: it must be able to resend the ACK until the server has received it.`,
  },
  {
    id: "r13-rst-ko-unlike-fin-graceful",
    prompt: "iv-rst-vs-fin",
    locale: "ko",
    style: "copied-misconception",
    round: R,
    wrong: ["rst-is-graceful"],
    text: `FIN은 ACK로 확인받는 종료입니다. FIN과 달리 RST는 남은 데이터를 모두 전달하고 정상적으로 종료합니다.`,
  },
  {
    id: "r13-rst-en-unlike-fin-acked",
    prompt: "iv-rst-vs-fin",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["rst-is-graceful"],
    text: `RST, unlike FIN, delivers all the remaining data and is acknowledged by the peer. FIN is a graceful close. The application sees ECONNRESET.`,
  },
  {
    id: "r13-4w-en-data-until-fin",
    prompt: "iv-four-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `The client sends a FIN to the server and enters FIN_WAIT_1. The server acknowledges it with an ACK and goes into CLOSE_WAIT, and the client goes into FIN_WAIT_2. The server sends its own FIN and enters LAST_ACK; the client replies with the last ACK and enters TIME_WAIT, where it waits 2MSL before it is closed. The reason it takes four steps is that the server may still have data to send; the client keeps receiving the remaining data until the server's FIN arrives.`,
  },
  {
    id: "r13-tw-en-state-the-server-goes-through",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["time-wait-on-server"],
    text: `TIME_WAIT is a state that the server goes through after the connection is closed. The server waits for 2MSL so that any segments still in the network expire and so that it can retransmit the last ACK if necessary.`,
  },
  {
    id: "r13-rst-en-just-like-a-fin",
    prompt: "iv-rst-vs-fin",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["rst-is-graceful"],
    text: `RST and FIN both close the connection; the difference is only in who sends them. An RST is just like a FIN: the remaining data is delivered first and the peer acknowledges it, after which the connection goes away.`,
  },
  {
    id: "r13-tw-en-might-still-be-sending",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "copied-misconception",
    round: R,
    wrong: ["time-wait-waits-for-data"],
    text: `The client waits in TIME_WAIT because the server might still be sending data; if the client closed immediately, that data would be lost.`,
  },
  {
    id: "r13-4w-en-let-a-be",
    prompt: "iv-four-way",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `Let A be the side that closes first and B the other side. A sends FIN (A: FIN_WAIT_1). B replies with ACK (B: CLOSE_WAIT; A, after receiving it: FIN_WAIT_2). B may keep sending data to A for a while. B sends FIN when its application closes (B: LAST_ACK). A replies with ACK (A: TIME_WAIT, for 2MSL; B: CLOSED once the ACK arrives).`,
  },
  {
    id: "r13-hc-en-endpoint-that-half-closed",
    prompt: "iv-half-close",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `With a half-close, an endpoint says "I have nothing more to send" while remaining willing to receive. It calls shutdown(SHUT_WR), the kernel emits a FIN, and from then on the endpoint can only read. Its peer, which sees end of file on its next read, may continue to send data for as long as it likes, since the endpoint that half-closed, now in FIN_WAIT_2, is still receiving. The peer is in CLOSE_WAIT during this time.`,
  },
  {
    id: "r13-tw-en-rather-than-cleanly",
    prompt: "iv-why-time-wait",
    locale: "en",
    style: "textbook-prose",
    round: R,
    text: `Without TIME_WAIT, two problems could occur. If the last ACK were lost, the peer would retransmit its FIN and receive an RST in reply, so the connection would end with an error rather than cleanly. And if a new connection were opened immediately on the same ports, a delayed duplicate from the old connection could be accepted into it. The active closer therefore waits 2MSL in TIME_WAIT, which is long enough for both of these to be ruled out.`,
  },
];
