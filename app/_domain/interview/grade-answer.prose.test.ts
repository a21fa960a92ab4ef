import { describe, expect, it } from "vitest";
import { covered, expectClean, expectFlag, flagged, grader } from "./rubrics.fixture";

const grade = grader("en");

// English written as long prose: a pronoun carries the subject into the next sentence, a relative
// clause opens on the state just named, a comparison is denied rather than its terms, and a
// contrast sets two subjects side by side.
describe("a way of saying a point in long English prose", () => {
  it("keeps the words compared after 'not the same as' or 'not to be confused with'", () => {
    const probe =
      "TCP keepalive makes the kernel send a probe on an idle connection to check whether the peer is alive; it is off by default and starts after two hours.";
    expect(
      covered(grade("iv-keepalive", `${probe} It is not the same as HTTP keep-alive, which is about reusing a connection for several requests.`)),
    ).toContain("http-persistent");
    expect(
      covered(
        grade(
          "iv-keepalive",
          `${probe} This should not be confused with HTTP keep-alive, which keeps a connection open so that several requests can be sent over it.`,
        ),
      ),
    ).toContain("http-persistent");
    expect(covered(grade("iv-keepalive", `${probe} HTTP keep-alive does not reuse connections.`))).not.toContain("http-persistent");
  });

  it("reads a sentence that goes on about the subject by 'It'", () => {
    const g = grade(
      "iv-tcp-vs-udp",
      "UDP is connectionless: the first datagram already carries data. It also keeps no connection state, so there is no FIN exchange and no TIME_WAIT. Any retransmission has to be handled by the application.",
    );
    expect(covered(g)).toEqual(expect.arrayContaining(["no-handshake", "no-time-wait"]));
    expect(g.score).toBeGreaterThanOrEqual(0.7);
    // Without the pronoun, the next sentence is about something else.
    expect(covered(grade("iv-tcp-vs-udp", "UDP is connectionless. TCP keeps state, so there is no TIME_WAIT in the story above."))).not.toContain(
      "no-time-wait",
    );
  });

  it("takes a SYN 'sent again' as retransmitted", () => {
    expect(
      covered(grade("iv-handshake-loss", "A lost SYN is detected by the client's retransmission timer, and the SYN is sent again with exponential backoff.")),
    ).toContain("syn-retransmit");
  });
});

describe("a misconception's words in long English prose", () => {
  it("are not stated as the object of 'no' or on the two sides of a contrast", () => {
    expectClean("iv-tcp-vs-udp", "UDP keeps no connection state: there is nothing like ESTABLISHED, and no sequence numbers are kept.");
    expectClean(
      "iv-tcp-vs-udp",
      "TCP sets up a connection with a three-way handshake and closes it with FINs, whereas UDP simply sends datagrams without establishing a connection.",
    );
  });

  it("are still stated by UDP itself", () => {
    expectFlag(
      "iv-tcp-vs-udp",
      "UDP, just like TCP, goes through a handshake before data is exchanged, and the UDP socket goes into TIME_WAIT as well.",
      "udp-has-connection-state",
    );
    expectFlag("iv-tcp-vs-udp", "Whereas TCP is reliable, UDP also establishes a connection first.", "udp-has-connection-state");
  });
});

describe("a relative clause that opens on the state just named", () => {
  it("puts a 2MSL wait in FIN_WAIT_2 and flags it", () => {
    const text =
      "The client sends a FIN and goes to FIN_WAIT_1; the server acknowledges it and goes to CLOSE_WAIT, and the client moves to FIN_WAIT_2, in which it remains for 2MSL waiting for the server's FIN. The server then sends its FIN and enters LAST_ACK; the client answers with an ACK, and the connection is closed.";
    const g = grade("iv-four-way", text);
    expect(flagged(g)).toContain("two-msl-outside-time-wait");
    expect(covered(g)).not.toContain("time-wait");
  });

  it("puts it in TIME_WAIT when that is the state named", () => {
    const g = grade(
      "iv-four-way",
      "The client sends a FIN; the server answers with an ACK, and later sends its own FIN. The client sends the last ACK and moves to TIME_WAIT, in which it remains for 2MSL.",
    );
    expect(flagged(g)).toEqual([]);
    expect(covered(g)).toContain("time-wait");
  });
});

describe("the half-closed side", () => {
  it("is the side that sent its FIN", () => {
    expectClean(
      "iv-half-close",
      "An application closes only its sending direction with shutdown(fd, SHUT_WR); the FIN sent as a result tells the peer no more data is coming. The peer, which is now in CLOSE_WAIT, can still send, and the half-closed side, in FIN_WAIT_2, can still read everything it sends until the peer's FIN arrives.",
    );
  });
});

describe("wrong reasons told in relative clauses and with 'again'", () => {
  it("flags TIME_WAIT kept to receive data which arrives late", () => {
    expectFlag(
      "iv-why-time-wait",
      "TIME_WAIT is needed because, after the client has sent the last ACK, some of the data sent by the server might still be travelling through the network. The client therefore stays in TIME_WAIT for 2MSL in order to receive any data which arrives late, and only then closes the socket.",
      "time-wait-waits-for-data",
    );
  });

  it("flags the final ACK sent again on the client's own timer, not after a retransmitted FIN", () => {
    expectFlag(
      "iv-final-ack-lost",
      "If the last ACK is lost, the client notices that it has not been acknowledged and, when its retransmission timer expires, it sends the final ACK again.",
      "ack-retransmitted-by-timer",
    );
    expectClean(
      "iv-final-ack-lost",
      "If the last ACK is lost, the server in LAST_ACK retransmits its FIN when its timer expires, and the client in TIME_WAIT sends the final ACK again and restarts its 2MSL timer.",
    );
  });
});

describe("sides named by their order, their state or what they do", () => {
  it("reads 'the first side' after a fronted phrase as the side that closed first", () => {
    expectClean(
      "iv-why-time-wait",
      "TIME_WAIT serves two purposes. The first is to make the close reliable: the side that closed first sent the last ACK, and should this ACK be lost, the other side would retransmit its FIN; by staying in TIME_WAIT, the first side is able to acknowledge it once more instead of replying with a reset. The second is to keep old duplicate segments out of a new connection on the same ports, which is why it lasts 2MSL.",
    );
  });

  it("reads 'the other side' of the side in LAST_ACK as the one in TIME_WAIT", () => {
    expectClean(
      "iv-final-ack-lost",
      "The side in LAST_ACK is waiting for the acknowledgement of its FIN; when it does not arrive, the FIN is retransmitted after the retransmission timeout. Since the other side is still in TIME_WAIT, the FIN is acknowledged again and the 2MSL timer is restarted.",
    );
  });

  it("reads the host that is listening as the server and 'sends the SYN-ACK again' as a retransmission", () => {
    expect(
      covered(
        grade(
          "iv-three-way",
          "The host that wants to connect sends a SYN containing an initial sequence number. The host that is listening responds with a SYN-ACK, which acknowledges that number plus one. Finally, the first host sends an ACK back.",
        ),
      ),
    ).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    expect(covered(grade("iv-handshake-loss", "If the server's SYN+ACK is lost, the server sends the SYN+ACK again on its own timer."))).toContain(
      "synack-lost",
    );
  });
});

describe("a colon that opens a clause about a side", () => {
  it("gives the clause after it its own subject", () => {
    expect(
      covered(
        grade(
          "iv-handshake-loss",
          "When the SYN is lost, the client sends it once more after its timer expires, doubling the timeout each time until ETIMEDOUT. When the SYN-ACK is lost, both sides retransmit: the server resends its SYN-ACK, and the client resends its SYN. When the final ACK is lost, the first data segment carries the acknowledgement number, so the server becomes ESTABLISHED.",
        ),
      ),
    ).toContain("synack-lost");
  });
});

describe("a flag's meaning and a duty said in everyday words", () => {
  it("reads PSH delivered 'without waiting' and work 'left to the application'", () => {
    expect(covered(grade("iv-flags", "PSH asks the receiver to deliver the data it has buffered to the application without waiting."))).toContain("psh");
    expect(covered(grade("iv-tcp-vs-udp", "UDP has no handshake. Retransmission of lost datagrams is left to the application."))).toContain("app-handles");
  });
});

describe("a wrong claim in a definition or a comparison", () => {
  it("gives a state defined by who goes through it to that side", () => {
    expectFlag(
      "iv-why-time-wait",
      "TIME_WAIT is a state that the server goes through after the connection is closed. The server waits for 2MSL so that any segments still in the network expire and so that it can retransmit the last ACK if necessary.",
      "time-wait-on-server",
    );
    expectClean(
      "iv-why-time-wait",
      "TIME_WAIT is a state that the active closer goes through after it sends the last ACK; it waits 2MSL so that a retransmitted FIN can be acknowledged again and old duplicate segments expire.",
    );
  });

  it("reads RST said to be 'just like a FIN' with its data delivered first", () => {
    expectFlag(
      "iv-rst-vs-fin",
      "RST and FIN both close the connection; the difference is only in who sends them. An RST is just like a FIN: the remaining data is delivered first and the peer acknowledges it, after which the connection goes away.",
      "rst-is-graceful",
    );
  });
});

describe("a modal claim beside a condition in another part of the sentence", () => {
  it("is a claim: 'might still be sending data; if … would be lost'", () => {
    expectFlag(
      "iv-why-time-wait",
      "The client waits in TIME_WAIT because the server might still be sending data; if the client closed immediately, that data would be lost.",
      "time-wait-waits-for-data",
    );
  });

  it("is a hypothetical when the condition is in its own part", () => {
    expectClean(
      "iv-why-not-two-way",
      "Two segments would be enough if packets were never delayed, but a delayed old SYN could open a connection, and the server's ISN must be acknowledged by the third ACK.",
    );
  });
});

describe("a hyphenated state name", () => {
  it("is no verb before the clause's subject", () => {
    expectFlag("iv-why-time-wait", "TIME-WAIT is a state that the server goes through after the connection is closed.", "time-wait-on-server");
  });
});

describe("more sides and words of long prose", () => {
  it("reads 'A, after receiving it: FIN_WAIT_2' as A's state", () => {
    expectClean(
      "iv-four-way",
      "Let A be the side that closes first and B the other side. A sends FIN (A: FIN_WAIT_1). B replies with ACK (B: CLOSE_WAIT; A, after receiving it: FIN_WAIT_2). B may keep sending data to A for a while. B sends FIN when its application closes (B: LAST_ACK). A replies with ACK (A: TIME_WAIT, for 2MSL; B: CLOSED once the ACK arrives).",
    );
  });

  it("reads the endpoint that half-closed as the side in FIN_WAIT_2", () => {
    expectClean(
      "iv-half-close",
      "It calls shutdown(SHUT_WR), the kernel emits a FIN, and from then on the endpoint can only read. Its peer may continue to send data, since the endpoint that half-closed, now in FIN_WAIT_2, is still receiving. The peer is in CLOSE_WAIT during this time.",
    );
  });

  it("sets aside words after 'rather than'", () => {
    expectClean(
      "iv-why-time-wait",
      "If the last ACK were lost, the peer would retransmit its FIN and receive an RST in reply, so the connection would end with an error rather than cleanly. The active closer therefore waits 2MSL in TIME_WAIT, which also lets delayed duplicates expire.",
    );
  });

  it("reads a number given with ', say' or 'of'", () => {
    expect(
      covered(
        grade(
          "iv-three-way",
          "The client sends a SYN with its ISN, say 1000. The server answers with a SYN-ACK whose acknowledgement number is 1001. The client sends an ACK.",
        ),
      ),
    ).toContain("plus-one");
  });

  it("reads the endpoint that closed actively as the side that closed first", () => {
    expect(
      covered(
        grade(
          "iv-why-time-wait",
          "The endpoint that closed actively waits 2*MSL: if the acknowledgement is lost, the remote end will resend its FIN, and the endpoint in TIME_WAIT can acknowledge it again. It also prevents delayed segments from a previous connection from being taken as part of a new one.",
        ),
      ),
    ).toContain("active-closer");
  });
});
