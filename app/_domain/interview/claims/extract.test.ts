import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { prepare } from "./text";

const read = (text: string) => readClaims(prepare(text));
const subjects = (text: string) => read(text).clauses.map((c) => [c.subject, c.subjectFrom]);
const claims = (text: string) =>
  read(text).claims.map((c) => [c.kind === "segment" ? `${c.rel} ${c.flags.join("+")}` : c.kind === "state" ? c.state : "wait", c.actor, !!c.negated]);

describe("who acts in a clause that does not say", () => {
  it("is the side the clause names, when it names one", () => {
    expect(subjects("The client sends a FIN.")).toEqual([["client", "clause"]]);
  });

  it("is the last subject for a pronoun that opens the next sentence", () => {
    expect(subjects("The client sends a FIN. It then enters FIN_WAIT_1.")).toEqual([
      ["client", "clause"],
      ["client", "earlier"],
    ]);
  });

  it("is the side the last segment went to for a pronoun that replies, and the last subject otherwise", () => {
    expect(claims("The client sends a SYN to the server. It replies with a SYN-ACK.")).toEqual([
      ["send SYN", "client", false],
      ["send SYN+ACK", "server", false],
    ]);
    expect(claims("The client sends a SYN to the server. It then enters SYN_SENT.").at(-1)).toEqual(["SYN-SENT", "client", false]);
    // With no recipient written, there is nobody to reply: the pronoun is the last subject.
    expect(claims("The client sends a SYN. It then enters SYN_SENT.").at(-1)).toEqual(["SYN-SENT", "client", false]);
  });

  it("is carried into a Korean clause that names the other side only inside a relative clause about a thing", () => {
    expect(claims("클라이언트는 SYN+ACK를 받고, 서버가 보낸 SYN 번호에 1을 더한 값을 ACK에 담아 보낸다.")).toEqual([
      ["receive SYN+ACK", "client", false],
      ["send SYN", "server", false],
      ["send ACK", "client", false],
    ]);
    // Not an object particle that only looks like an adnominal ending, a topic with 측, or a state the clause defines.
    expect(subjects("클라이언트는 SYN+ACK를 받고, 서버가 요청을 수락한다.")).toEqual([
      ["client", "clause"],
      ["server", "clause"],
    ]);
    expect(subjects("클라이언트는 FIN을 받고, 서버 측은 받았다는 뜻으로 ACK를 보낸다.")).toEqual([
      ["client", "clause"],
      ["server", "clause"],
    ]);
    expect(subjects("서버는 FIN을 받고, 클라이언트가 FIN을 기다리는 상태가 된다.")).toEqual([
      ["server", "clause"],
      ["client", "clause"],
    ]);
  });

  it("is carried from the clause before within one sentence", () => {
    expect(subjects("The client sends a FIN, then enters FIN_WAIT_1.")).toEqual([
      ["client", "clause"],
      ["client", "previous"],
    ]);
  });

  it("is carried into a Korean sentence that drops its subject, as Korean does", () => {
    expect(subjects("클라이언트가 FIN을 보낸다. FIN_WAIT_1 상태가 된다.")).toEqual([
      ["client", "clause"],
      ["client", "earlier"],
    ]);
  });

  it("is nobody for an English sentence with neither a subject nor a pronoun", () => {
    expect(subjects("The client sends a FIN. Enters FIN_WAIT_1 next.")).toEqual([
      ["client", "clause"],
      [null, null],
    ]);
    expect(subjects("The client sends a FIN to the server. Enters FIN_WAIT_1 next.")[1]).toEqual([null, null]);
    expect(claims("The client sends a FIN. Enters FIN_WAIT_1 next.")).toEqual([
      ["send FIN", "client", false],
      ["FIN-WAIT-1", null, false],
    ]);
  });

  it("is the other side for a bare ACK that opens a sentence after one side's own FIN", () => {
    // No side acknowledges its own FIN: the ACK is the answer of the side that was sent it.
    expect(claims("클라이언트가 FIN을 보낸다. 서버가 FIN을 보낸다. ACK를 보낸다.").at(-1)).toEqual(["send ACK", "client", false]);
    expect(claims("The client sends a FIN to the server. The server sends its FIN. Finally, it sends an ACK.").at(-1)).toEqual(["send ACK", "client", false]);
  });

  it("stays the same side for an ACK after its own FIN when the clause goes on without a pronoun", () => {
    // No side acknowledges its own FIN, but only a new sentence or a pronoun is taken to hand a bare
    // ACK to the other side: a clause that goes on from one with a subject keeps it.
    const text = "The server sends a FIN. Then it waits, and sends an ACK.";
    expect(subjects(text).at(-1)).toEqual(["server", "previous"]);
    expect(claims(text).at(-1)).toEqual(["send ACK", "server", false]);
  });
});

describe("the language of a clause", () => {
  it("is its own, not the answer's: an English line in a Korean answer is negated in English", () => {
    const r = read("클라이언트가 FIN을 보낸다. The server does not send a FIN.");
    expect(r.clauses.map((c) => c.hangul)).toEqual([true, false]);
    expect(claims("클라이언트가 FIN을 보낸다. The server does not send a FIN.")).toEqual([
      ["send FIN", "client", false],
      ["send FIN", "server", true],
    ]);
  });
});

describe("the former and the latter", () => {
  it("name nobody before a sentence has named both sides", () => {
    expect(claims("The former sends a FIN.")).toEqual([["send FIN", null, false]]);
  });
});

describe("segments in one clause", () => {
  it("go with the verb written before each", () => {
    expect(claims("The server receives the FIN and sends an ACK.")).toEqual([
      ["receive FIN", "server", false],
      ["send ACK", "server", false],
    ]);
    expect(claims("The server sends an ACK and receives the FIN.")).toEqual([
      ["send ACK", "server", false],
      ["receive FIN", "server", false],
    ]);
  });

  it("are not denied by a negation written after them", () => {
    // The clause says "not", but about what the server has seen, not about the FIN being sent.
    const r = read("Both sides agree on this. The client sends a FIN that the server has not seen.");
    expect(r.clauses[1]!.negated).toBe(true);
    expect(claims("Both sides agree on this. The client sends a FIN that the server has not seen.")).toEqual([["send FIN", "client", false]]);
    expect(claims("The client does not send a FIN.")).toEqual([["send FIN", "client", true]]);
  });
});

describe("a sentence that asks", () => {
  it("is a question however short it is", () => {
    expect(read("Is a FIN sent?").clauses.map((c) => c.question)).toEqual([true]);
    expect(read("The client sends a FIN.").clauses.map((c) => c.question)).toEqual([false]);
  });

  it("raises a case when it asks what if, and is then not a question", () => {
    const [c] = read("What if?").clauses;
    expect([c!.counterfactual, c!.question]).toEqual([true, false]);
  });
});

describe("a column diagram under a header naming both sides", () => {
  const header = "Client          Server\n";

  it("gives each arrow to the side it points away from", () => {
    // The side comes from the header, written before the line: not a subject of the line itself.
    expect(subjects(`${header}FIN ----->`)).toEqual([
      ["client", "clause"],
      ["client", "previous"],
    ]);
    expect(claims(`${header}FIN ----->\n          <----- ACK\n          <----- FIN\nACK ----->`)).toEqual([
      ["mention FIN", "client", false],
      ["mention ACK", "server", false],
      ["mention FIN", "server", false],
      ["mention ACK", "client", false],
    ]);
  });

  it("gives a segment written above its arrow the arrow of the next line", () => {
    expect(claims(`${header}|  FIN (seq=u)  |\n|-------------->|\n|  ACK          |\n|<--------------|`)).toEqual([
      ["mention FIN", "client", false],
      ["mention ACK", "server", false],
    ]);
  });

  it("gives each [STATE] label to the side whose column it stands under", () => {
    expect(claims(`${header}[FIN_WAIT_1]    [CLOSE_WAIT]`)).toEqual([
      ["FIN-WAIT-1", "client", false],
      ["CLOSE-WAIT", "server", false],
    ]);
  });

  it("ends at the first line of prose", () => {
    // Prose names its own sides; a state it leaves without one is not placed by a column.
    expect(claims(`${header}FIN ----->\nThen FIN_WAIT_2 follows.`)).toEqual([
      ["mention FIN", "client", false],
      ["FIN-WAIT-2", null, false],
    ]);
  });

  it("does not take a line that names a side for an arrow of the columns", () => {
    expect(claims(`${header}FIN ----->\nThe server receives it and later, FIN ----->`).map(([, actor]) => actor)).toEqual(["client", "client"]);
    expect(subjects(`${header}FIN ----->\nThe server receives it and later, FIN ----->`)[2]).toEqual(["server", "clause"]);
  });
});

describe("a state written right after a side that receives", () => {
  // The state in brackets or after a colon belongs to the side named just before it, the one the
  // segment went to, not to the sender who is the clause's subject.
  const states = (text: string) => claims(text).filter(([what]) => !/^(?:send|receive)/.test(String(what)));

  it("is the receiver's, in brackets or after a colon", () => {
    expect(states("The client sends a FIN to the server (CLOSE_WAIT).")).toEqual([["CLOSE-WAIT", "server", false]]);
    expect(states("The client sends a FIN to the server: CLOSE_WAIT.")).toEqual([["CLOSE-WAIT", "server", false]]);
  });

  it("is the receiver's at both ends of an arrow, however the arrow is spaced", () => {
    for (const arrow of ["(ESTABLISHED → CLOSE_WAIT)", "(ESTABLISHED -> CLOSE_WAIT)", "(ESTABLISHED ->CLOSE_WAIT)", "(ESTABLISHED->CLOSE_WAIT)"])
      expect(states(`The client sends a FIN to the server ${arrow}.`), arrow).toEqual([
        ["ESTABLISHED", "server", false],
        ["CLOSE-WAIT", "server", false],
      ]);
  });
});

describe("a segment named as a side's own", () => {
  it("is one that side sent, told with or without a verb of sending", () => {
    expect(claims("The client's FIN is lost.")).toEqual([["send FIN", "client", false]]);
    expect(claims("클라이언트의 FIN이 유실된다.")).toEqual([["send FIN", "client", false]]);
    expect(claims("The client's FIN arrives at the server.")).toEqual([["send FIN", "client", false]]);
  });

  it("is still acknowledged, not sent, by the other side that answers it", () => {
    expect(claims("The server ACKs the client's FIN.")).toEqual([
      ["send ACK", "server", false],
      ["acknowledge FIN", "server", false],
    ]);
  });
});

describe("the state a wait of 2MSL is told in", () => {
  const waits = (text: string) => read(text).claims.flatMap((c) => (c.kind === "wait" ? [[c.state, c.actor]] : []));

  it("is TIME_WAIT wherever the sentence names it, even after another state", () => {
    expect(waits("The client waits 2MSL in TIME_WAIT.")).toEqual([["TIME-WAIT", "client"]]);
    expect(waits("From FIN_WAIT_2 the client moves to TIME_WAIT and waits 2MSL.")).toEqual([["TIME-WAIT", "client"]]);
  });

  it("is not CLOSED, the state reached once the wait is over", () => {
    expect(waits("The client waits 2MSL and then goes to CLOSED.")).toEqual([[null, "client"]]);
  });
});

describe("a SYN+ACK told in two parts", () => {
  it("is one SYN+ACK sent by the side that acknowledges the SYN and sends its own", () => {
    expect(claims("The server acknowledges the client's SYN and sends its own SYN.")).toContainEqual(["send SYN+ACK", "server", false]);
  });
});
