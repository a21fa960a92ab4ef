import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { originalSpan, prepare } from "./text";

/**
 * How extract.ts reads one segment named in a clause (readSegments): which flags make one segment,
 * who sends or receives it, who it goes to, and which words the claim points at. Written where a
 * mutation run showed no test held the rule.
 */
const read = (text: string) => readClaims(prepare(text));
/** Each segment claim as "relation FLAGS", its actor and its peer. */
const segments = (text: string) => read(text).claims.flatMap((c) => (c.kind === "segment" ? [[`${c.rel} ${c.flags.join("+")}`, c.actor, c.peer]] : []));
/** The words of the answer each segment claim is placed at (its span), and whether it is read from there. */
const marks = (text: string) => {
  const p = prepare(text);
  return readClaims(p).claims.flatMap((c) => {
    if (c.kind !== "segment") return [];
    const [s, e] = originalSpan(p, c.span[0], c.span[1]);
    return [[text.slice(s, e), c.at === c.span[0]]];
  });
};
/** The words of the answer each segment claim points at: the segment first, then its verb and sides. */
const words = (text: string) => {
  const p = prepare(text);
  return readClaims(p).claims.flatMap((c) =>
    c.kind === "segment"
      ? [
          c.spans.map(([a, b]) => {
            const [s, e] = originalSpan(p, a, b);
            return text.slice(s, e);
          }),
        ]
      : [],
  );
};

describe("the flags of a segment", () => {
  it("are one segment for two flags written together, and one segment each in a list of three", () => {
    expect(segments("The server sends SYN+ACK to the client.")).toEqual([["send SYN+ACK", "server", "client"]]);
    expect(segments("The client sends SYN ACK FIN.")).toEqual([
      ["send SYN+ACK", "client", null],
      ["send FIN", "client", null],
    ]);
  });

  it("are read one by one for two flags split by a comma, but kept together in brackets or heading the clause", () => {
    expect(segments("The server sends SYN, ACK to the client.").slice(0, 2)).toEqual([
      ["send SYN", "server", "client"],
      ["send ACK", "server", "client"],
    ]);
    expect(segments("The server sends [SYN, ACK] to the client.")).toEqual([["send SYN+ACK", "server", "client"]]);
    expect(segments("The server answers (SYN, ACK) to the client.")).toEqual([["send SYN+ACK", "server", "client"]]);
    expect(segments("SYN, ACK is what the server sends back.")).toEqual([["send SYN+ACK", "server", null]]);
  });

  it("point at the flag each claim of a list reads, not at the whole list", () => {
    expect(words("The client sends SYN, ACK, FIN.").slice(0, 3)).toEqual([
      ["SYN", "sends", "client"],
      ["ACK", "sends", "client"],
      ["FIN", "sends", "client"],
    ]);
  });
});

describe("a flag's name in lower case before a value", () => {
  it("is a header field, not a segment sent", () => {
    expect(segments("The server sends ack=x+1 to the client.")).toEqual([]);
    expect(segments("The server sends the ack number to the client.")).toEqual([]);
  });

  it("is a segment when written in capitals, or with no value after it", () => {
    expect(segments("The server sends ACK=x+1 to the client.")).toEqual([["send ACK", "server", "client"]]);
    expect(segments("The server sends an ack to the client.")).toEqual([["send ACK", "server", "client"]]);
  });
});

describe("whose segment it is", () => {
  it("names its sender, whoever the clause says takes it in", () => {
    expect(segments("The server receives the client's ACK.")).toEqual([["send ACK", "client", null]]);
    expect(segments("The client's ACK arrives.")).toEqual([["send ACK", "client", null]]);
    expect(segments("클라이언트의 ACK가 도착하면 서버는 ESTABLISHED가 된다.")).toEqual([["send ACK", "client", null]]);
  });

  it("leaves the acknowledging to the clause's subject when another side sent it", () => {
    expect(segments("The server acknowledges the client's FIN.")).toEqual([["acknowledge FIN", "server", null]]);
  });
});

describe("a segment on an arrow", () => {
  it("goes from the side before the arrow to the side after it", () => {
    expect(segments("Client -> Server: SYN")).toEqual([["mention SYN", "client", "server"]]);
    expect(segments("클라이언트 -> 서버: SYN")).toEqual([["mention SYN", "client", "server"]]);
  });
});

describe("the side a segment goes to", () => {
  it("is the recipient the clause names", () => {
    expect(segments("The server sends a FIN to the client.")).toEqual([["send FIN", "server", "client"]]);
    expect(segments("서버가 클라이언트에게 FIN을 보낸다.")).toEqual([["send FIN", "server", "client"]]);
  });

  it("is the side it comes from, for a segment received", () => {
    expect(segments("The server receives a FIN from the client.")).toEqual([["receive FIN", "server", "client"]]);
    expect(segments("서버는 클라이언트에게서 FIN을 받는다.")).toEqual([["receive FIN", "server", "client"]]);
    // An owner named too far before the segment to be its sender is still where it comes from.
    expect(segments("클라이언트의 마지막 확인 응답인 ACK를 서버가 받는다.")).toEqual([["receive ACK", "server", "client"]]);
  });
});

describe("a segment in brackets after a quoted line", () => {
  it("is only named: the line says what the speaker sends", () => {
    expect(segments("서버는 '잘 들려요' (SYN+ACK)를 보낸다.")).toEqual([["mention SYN+ACK", "server", null]]);
    expect(segments('Server: "I hear you" (SYN+ACK)')).toEqual([["mention SYN+ACK", "server", null]]);
  });
});

describe("a segment an acknowledgement is made with", () => {
  it("is sent, in English after 'with' and in Korean marked 로", () => {
    expect(segments("The server acknowledges with SYN-ACK.")).toEqual([["send SYN+ACK", "server", null]]);
    expect(segments("The server acknowledges the FIN at once with an ACK segment.")).toEqual([
      ["acknowledge FIN", "server", null],
      ["send ACK", "server", null],
    ]);
    expect(segments("서버가 SYN에 대해 ACK로 확인한다.")).toEqual([
      ["acknowledge SYN", "server", null],
      ["send ACK", "server", null],
    ]);
  });

  it("is sent when it heads its step as a label, whatever verb tells the step", () => {
    expect(segments("Step 2 - SYN-ACK: the server acknowledges the client's SYN.")).toEqual([
      ["send SYN+ACK", "server", null],
      ["acknowledge SYN", "server", null],
    ]);
    expect(segments("2) SYN+ACK — the server acknowledges the SYN.")[0]).toEqual(["send SYN+ACK", "server", null]);
  });
});

describe("a segment followed by the side it comes from", () => {
  it("is sent by that side, in a list with no verb", () => {
    expect(segments("FIN from the client, ACK from the server.")).toEqual([
      ["send FIN", "client", null],
      ["send ACK", "server", null],
    ]);
    expect(words("FIN from the client, ACK from the server.")).toEqual([
      ["FIN", "client"],
      ["ACK", "server"],
    ]);
  });

  it("is sent by the side named after 'sent by', a claim of its own beside the subject's receiving it", () => {
    expect(segments("The client receives an ACK sent by the server.")).toEqual([
      ["send ACK", "server", "client"],
      ["receive ACK", "client", "server"],
    ]);
    expect(words("The client receives an ACK sent by the server.")).toEqual([
      ["ACK", "server"],
      ["ACK", "receives", "client"],
    ]);
    expect(segments("The client acknowledges a FIN sent by the server.")).toEqual([
      ["send FIN", "server", "client"],
      ["acknowledge FIN", "client", "server"],
    ]);
    expect(segments("It gets a SYN-ACK sent by the server.")).toEqual([
      ["send SYN+ACK", "server", null],
      ["receive SYN+ACK", null, "server"],
    ]);
  });
});

describe("a Korean side marked 에서", () => {
  it("sends the segment when no subject is written or carried", () => {
    expect(segments("클라이언트에서 FIN을 보낸다.")).toEqual([["send FIN", "client", null]]);
  });

  it("outweighs a subject carried from before when a recipient follows it", () => {
    expect(segments("클라이언트가 FIN을 보낸다. 서버에서 클라이언트에게 ACK를 보낸다.")).toEqual([
      ["send FIN", "client", null],
      ["send ACK", "server", "client"],
    ]);
    expect(segments("서버가 ACK를 받는다. 클라이언트에서 서버에게 ACK를 보낸다.")).toEqual([
      ["receive ACK", "server", null],
      ["send ACK", "client", "server"],
    ]);
  });
});

describe("a Korean relative clause around a segment", () => {
  it("makes the side it heads the one that received the segment", () => {
    expect(segments("FIN을 받은 클라이언트에게 서버가 ACK를 보낸다.")).toEqual([
      ["receive FIN", "client", null],
      ["send ACK", "server", "client"],
    ]);
  });

  it("names the sender of the segment it heads, over the subject of the main clause", () => {
    expect(segments("클라이언트가 보낸 FIN에 서버는 ACK로 응답한다.")).toEqual([
      ["send FIN", "client", null],
      ["send ACK", "server", null],
    ]);
  });

  it("makes the sending a claim of its own when the main clause receives the segment", () => {
    expect(segments("클라이언트가 보낸 FIN을 서버가 받는다.")).toEqual([
      ["send FIN", "client", "server"],
      ["receive FIN", "server", null],
    ]);
    expect(words("클라이언트가 보낸 FIN을 서버가 받는다.")).toEqual([
      ["FIN", "보낸", "클라이언트"],
      ["FIN", "받", "서버"],
    ]);
  });
});

describe("the words a segment claim points at", () => {
  it("are the segment, its verb and the subject written in the clause, each only when there", () => {
    expect(words("The client sends a SYN to the server.")).toEqual([["SYN", "sends", "client"]]);
    expect(words("FIN을 보낸다.")).toEqual([["FIN", "보낸"]]);
    expect(words("Then a FIN.")).toEqual([["FIN"]]);
    expect(words("Client -> Server: SYN")).toEqual([["SYN", "Client"]]);
  });

  it("leave out a subject carried from the sentence before", () => {
    expect(words("The client sends a FIN. Then it sends an ACK.")).toEqual([
      ["FIN", "sends", "client"],
      ["ACK", "sends"],
    ]);
  });
});

describe("where a segment claim is placed", () => {
  it("is at its segment, in a sentence after the first as well, for the claims a clause adds of its own", () => {
    expect(marks("The client sends a FIN. The server gets an ACK sent by the client.")).toEqual([
      ["FIN", true],
      ["ACK", true],
      ["ACK", true],
    ]);
    expect(marks("클라이언트가 FIN을 보낸다. 클라이언트가 보낸 FIN을 서버가 받는다.")).toEqual([
      ["FIN", true],
      ["FIN", true],
      ["FIN", true],
    ]);
  });
});

describe("a flag in brackets at the start of a clause", () => {
  it("is one segment with the flag after the comma", () => {
    expect(segments("(SYN, ACK) goes back to the client.")).toEqual([["mention SYN+ACK", null, "client"]]);
  });

  it("is only named after a quoted line with no space before the bracket", () => {
    expect(segments('"OK"(SYN+ACK)')).toEqual([["mention SYN+ACK", null, null]]);
  });
});

describe("a side both sending a segment and receiving it", () => {
  it("is not its own peer in the sending claim", () => {
    // A wrong answer, read as written: the check that flags it needs both claims.
    expect(segments("The client receives a FIN sent by the client.")).toEqual([
      ["send FIN", "client", null],
      ["receive FIN", "client", "client"],
    ]);
  });
});

describe("a segment 'from' a side", () => {
  it("is sent by that side, over a subject carried from before", () => {
    expect(segments("The server waits. A FIN is sent from the client.")).toEqual([["send FIN", "client", null]]);
  });

  it("received, with no side receiving it, keeps its receiver unnamed", () => {
    expect(segments("A FIN is received from the client.")).toEqual([["receive FIN", null, "client"]]);
  });
});

describe("a Korean relative clause that receives the segment the main clause sends", () => {
  it("does not make the receiver its sender", () => {
    expect(segments("서버가 받는 FIN은 클라이언트가 보낸다.")).toEqual([["send FIN", "client", null]]);
  });
});

describe("an acknowledgement that is the segment's own verb", () => {
  it("is an ACK sent, and only for an ACK: another flag acknowledged stays acknowledged", () => {
    expect(segments("The server ACKs the client's FIN.")).toEqual([
      ["send ACK", "server", null],
      ["acknowledge FIN", "server", null],
    ]);
    expect(segments("The client acknowledges the FIN/ACK.")).toEqual([["acknowledge FIN+ACK", "client", null]]);
  });
});

describe("a Korean relative clause and the main clause's side", () => {
  it("keeps the side the segment came from as the peer of the side the clause heads", () => {
    expect(segments("서버에게서 FIN을 받은 클라이언트는 ACK를 보낸다.")).toEqual([
      ["receive FIN", "client", "server"],
      ["send ACK", "client", null],
    ]);
  });

  it("makes the sending a claim of its own when the main clause acknowledges the segment", () => {
    expect(segments("클라이언트가 보낸 FIN에 대해 서버가 ACK를 보낸다.")).toEqual([
      ["send FIN", "client", "server"],
      ["acknowledge FIN", "server", null],
      ["send ACK", "server", null],
    ]);
  });

  it("adds no sending when it names the same side as the main clause", () => {
    // A wrong answer, read as written: one side said to receive its own FIN.
    expect(segments("클라이언트가 보낸 FIN을 클라이언트가 받는다.")).toEqual([["receive FIN", "client", null]]);
  });
});
