import { describe, expect, it } from "vitest";
import { checkModelClaims, checkStatedMisconceptions, contextOf, plusOneShown, sideOf } from "./checks";
import { readClaims } from "./extract";
import type { Phase } from "./model";
import { prepare } from "./text";

// The checks called directly on small answers: who closes first as an answer tells it, and the
// mistakes the model finds, with the words of their messages, without a rubric in between.
function read(text: string, phase: Phase | null = "close") {
  const p = prepare(text);
  const reading = readClaims(p);
  return { p, reading, ctx: contextOf(p, reading, phase) };
}
/** The side that closes first at the start of each sentence, then at the end of the answer. */
function closers(text: string, phase: Phase | null = "close") {
  const { p, ctx } = read(text, phase);
  return [...p.sentences.map((s) => ctx.firstCloserAt(s.start)), ctx.firstCloserAt(p.text.length)];
}
function modelMistakes(text: string, phase: Phase | null = "close") {
  const { p, reading, ctx } = read(text, phase);
  return checkModelClaims(reading, ctx, p);
}
const ids = (text: string, phase: Phase | null = "close") => modelMistakes(text, phase).map((w) => w.misconception);
function stated(text: string, topic?: string) {
  const { p, reading } = read(text);
  return checkStatedMisconceptions(p, reading, topic).map((w) => w.misconception);
}

describe("who closes first, as the answer tells it", () => {
  it("is the client when the answer does not say", () => {
    expect(closers("The client sends a FIN. The server sends its ACK.")).toEqual(["client", "client", "client"]);
  });

  it("is the side said to close first, from the clause that says so", () => {
    expect(closers("The client closes first. Later the server closes first.")).toEqual(["client", "server", "server"]);
    expect(closers("서버가 먼저 연결을 끊는다. 클라이언트는 CLOSE_WAIT가 된다.")).toEqual(["server", "server", "server"]);
  });

  it("is not changed by a denial, a question, or a clause that names both sides first", () => {
    expect(closers("The server does not close first.")).toEqual(["client", "client"]);
    expect(closers("Does the server close first?")).toEqual(["client", "client"]);
    expect(closers("Both the server and the client close first.")).toEqual(["client", "client"]);
    expect(closers("서버가 먼저 끊지 않는다.")).toEqual(["client", "client"]);
    expect(closers("서버가 먼저 끊나요?")).toEqual(["client", "client"]);
  });

  it("counts each telling of a first closer as a new connection", () => {
    const { p, ctx } = read("The client sends a FIN. The server closes first. The client closes first.");
    expect(p.sentences.map((s) => ctx.epochAt(s.start))).toEqual([1, 2, 3]);
  });

  it("is the side the answer first puts in FIN-WAIT-1", () => {
    expect(closers("Server: FIN_WAIT_1. Client: CLOSE_WAIT.").at(-1)).toBe("server");
    // Not a FIN-WAIT-1 denied, nor one given to a side carried over from an earlier sentence.
    expect(closers("The server does not enter FIN_WAIT_1.").at(-1)).toBe("client");
    expect(closers("The server sends a FIN. It then enters FIN_WAIT_1.").at(-1)).toBe("client");
  });

  it("is the side that sends the first FIN on its own, when the other side later sends its own", () => {
    expect(closers("The server sends a FIN to the client. The client sends its own FIN.").at(-1)).toBe("server");
    // A FIN the other side never answers with its own is no close told in full.
    expect(closers("The server sends a FIN to the client.").at(-1)).toBe("client");
    // A SYN+FIN (flags no close sends together) starts no close: the first FIN is the server's.
    expect(closers("The client sends a SYN+FIN to the server. The server sends a FIN to the client. The client sends its own FIN.").at(-1)).toBe("server");
    // A FIN sent with an ACK in the same clause is an answer to a FIN, not the first one.
    expect(closers("The server sends a FIN+ACK to the client. The client sends its own FIN.").at(-1)).toBe("client");
    // The first FIN is looked for among the segments, after whatever the answer says before it.
    expect(closers("The server is in ESTABLISHED. The server sends a FIN to the client. The client sends its own FIN.").at(-1)).toBe("server");
    // A side that receives the first FIN, or sends it under a subject carried from before, does not name the first closer.
    expect(closers("The server gets a FIN. Later the client sends its FIN.").at(-1)).toBe("client");
    expect(closers("The server sends data. Then it sends a FIN. The client sends its own FIN.").at(-1)).toBe("client");
  });
});

describe("the phase of a sentence", () => {
  it("is the close where it tells only FINs or states of the close, the opening where only SYNs, the default otherwise", () => {
    const { p, ctx } = read("The client sends a SYN. Then the client sends a FIN. It is done.", null);
    expect(p.sentences.map((s) => ctx.phaseAt(s.start))).toEqual(["open", "close", null]);
    const mixed = read("The client sends a SYN and later a FIN.", "open");
    expect(mixed.ctx.phaseAt(0)).toBe("open");
    expect(read("The client enters LISTEN and then CLOSE_WAIT.", "close").ctx.phaseAt(0)).toBe("close");
    expect(read("The client enters LISTEN and then CLOSE_WAIT.", null).ctx.phaseAt(0)).toBeNull();
  });

  it("is read from its states and waits alone, without a segment", () => {
    const { p, ctx } = read("The server waits in LISTEN. The client enters FIN_WAIT_1. The client waits 2MSL.", null);
    expect(p.sentences.map((s) => ctx.phaseAt(s.start))).toEqual(["open", "close", "close"]);
  });

  it("holds a claim written right after the full stop, with no space, in the sentence it opens", () => {
    const { p, ctx } = read("The client sends a SYN.FIN_WAIT_1 is next.", null);
    expect(p.sentences.map((s) => ctx.phaseAt(s.start))).toEqual(["open", "close"]);
  });

  it("is the default after the answer's last sentence", () => {
    const { p, ctx } = read("The client sends a SYN. Then it sends a FIN.", null);
    expect(ctx.phaseAt(p.text.length)).toBeNull();
  });
});

describe("an answer that never tells a close", () => {
  it("is one only without a prompt's phase, a first closer or a side's FIN", () => {
    expect(read("Sockets pile up in CLOSE_WAIT.", null).ctx.closeUntold).toBe(true);
    expect(read("A FIN is sent. Sockets pile up.", null).ctx.closeUntold).toBe(true);
    expect(read("Sockets pile up in CLOSE_WAIT.", "close").ctx.closeUntold).toBe(false);
    expect(read("The client sends a FIN. Sockets pile up in CLOSE_WAIT.", null).ctx.closeUntold).toBe(false);
    expect(read("The server closes first.", null).ctx.closeUntold).toBe(false);
    expect(read("Server: FIN_WAIT_1.", null).ctx.closeUntold).toBe(false);
    expect(read("Client: FIN_WAIT_1.", null).ctx.closeUntold).toBe(false);
    expect(read("The server sends a FIN.", null).ctx.closeUntold).toBe(false);
    // "The side that closes first" names no side.
    expect(read("The side that closes first enters FIN_WAIT_1.", null).ctx.closeUntold).toBe(true);
  });

  it("gives no side a wrong state of the close", () => {
    expect(ids("The client sits in CLOSE_WAIT while sockets pile up.", null)).toEqual([]);
    expect(ids("The client sits in CLOSE_WAIT while sockets pile up.", "close")).toEqual(["wrong-state-for-side", "close-wait-equals-time-wait"]);
  });
});

describe("the side an actor names", () => {
  const { ctx } = read("The server closes first.");
  it("is a named side itself, in any phase", () => {
    expect(sideOf("client", null, 0, ctx)).toBe("client");
    expect(sideOf("server", "open", 0, ctx)).toBe("server");
  });
  it("is the first or the second closer in the close, and the active or passive opener in the handshake", () => {
    expect(sideOf("first", "close", 30, ctx)).toBe("server");
    expect(sideOf("second", "close", 30, ctx)).toBe("client");
    expect(sideOf("peer", "close", 30, ctx)).toBe("client");
    // Opening, whoever closes first later: the active side is the client, the passive one the server.
    expect(sideOf("first", "open", 30, ctx)).toBe("client");
    expect(sideOf("second", "open", 30, ctx)).toBe("server");
    expect(sideOf("peer", "open", 30, ctx)).toBeNull();
    expect(sideOf("first", null, 30, ctx)).toBeNull();
  });
  it("is no one side for both sides, itself, or nobody", () => {
    expect(sideOf("both", "close", 30, ctx)).toBeNull();
    expect(sideOf("self", "close", 30, ctx)).toBeNull();
    expect(sideOf(null, "close", 30, ctx)).toBeNull();
  });
});

describe("a state given to the side it does not belong to", () => {
  it("names both sides by the order they close in, with the other side's path, in both languages", () => {
    const [w] = modelMistakes("The server closes first. The client enters TIME_WAIT.");
    expect(w!.misconception).toBe("time-wait-on-server");
    expect(w!.message("Q", "en")).toBe(
      "“Q”: TIME-WAIT is not a state the side that closes second (the client) passes through; it belongs to the side that closes first (the server). The side that closes second (the client) goes ESTABLISHED → CLOSE-WAIT → LAST-ACK → CLOSED (RFC 9293 §3.6, §3.10.7.4).",
    );
    expect(w!.message("Q", "ko")).toBe(
      "“Q”: TIME-WAIT 상태는 나중에 닫는 쪽(클라이언트)이 거치는 상태가 아니라 먼저 닫는 쪽(서버)의 상태입니다. 나중에 닫는 쪽(클라이언트)은 ESTABLISHED → CLOSE-WAIT → LAST-ACK → CLOSED 순서로 갑니다 (RFC 9293 §3.6, §3.10.7.4).",
    );
  });

  it("chooses the Korean particle by the word before the side in brackets", () => {
    const [w] = modelMistakes("클라이언트가 먼저 연결을 끊는다. 서버가 TIME_WAIT 상태가 된다.");
    expect(w!.message("Q", "ko")).toMatch(
      /^“Q”: TIME-WAIT 상태는 나중에 닫는 쪽\(서버\)이 거치는 상태가 아니라 먼저 닫는 쪽\(클라이언트\)의 상태입니다\. 나중에 닫는 쪽\(서버\)은 /,
    );
  });

  it("names the sides plainly in the opening, and tells SYN-SENT on the server and LISTEN on the client apart", () => {
    const [synSent] = modelMistakes("서버는 SYN을 받고 SYN_SENT 상태가 된다.", "open");
    expect(synSent!.misconception).toBe("server-enters-syn-sent");
    expect(synSent!.message("Q", "ko")).toBe(
      "“Q”: SYN-SENT 상태는 서버가 거치는 상태가 아니라 클라이언트의 상태입니다. 서버는 LISTEN → SYN-RECEIVED → ESTABLISHED 순서로 갑니다 (RFC 9293 §3.5).",
    );
    expect(synSent!.message("Q", "en")).toBe(
      "“Q”: SYN-SENT is not a state the server passes through; it belongs to the client. The server goes LISTEN → SYN-RECEIVED → ESTABLISHED (RFC 9293 §3.5).",
    );
    const [listen] = modelMistakes("The client waits in LISTEN and then sends a SYN.", "open");
    expect(listen!.misconception).toBe("listen-before-syn-sent");
    expect(listen!.message("Q", "en")).toBe(
      "“Q”: LISTEN is not a state the client passes through; it belongs to the server. The client goes CLOSED → SYN-SENT → ESTABLISHED (RFC 9293 §3.5).",
    );
    expect(ids("The client enters SYN_RECEIVED after its SYN.", "open")).toEqual(["wrong-state-for-side"]);
  });

  it("quotes the state and the side it was given to", () => {
    const text = "The server closes first. The client enters TIME_WAIT.";
    const [w] = modelMistakes(text);
    expect(w!.spans.map(([a, b]) => prepare(text).text.slice(a, b))).toEqual(["TIME_WAIT", "client"]);
  });
});

describe("a state of the close swapped with its twin", () => {
  it("is CLOSE-WAIT given to the side that closes first", () => {
    expect(ids("The client closes first and enters CLOSE_WAIT.")).toEqual(["wrong-state-for-side", "close-wait-equals-time-wait"]);
    expect(ids("The server closes first. The client enters CLOSE_WAIT.")).toEqual([]);
  });

  it("is TIME-WAIT given to the second closer where it waits for a FIN or its application, in an answer without CLOSE-WAIT", () => {
    expect(ids("서버는 FIN을 받고 ACK를 보낸 뒤 TIME_WAIT 상태로 기다린다.")).toEqual(["time-wait-on-server", "close-wait-equals-time-wait"]);
    expect(ids("서버는 ACK를 보낸 뒤 TIME_WAIT 상태로 기다린다.")).toEqual(["time-wait-on-server"]);
    // The wait is told in the state's own sentence, not anywhere in the answer.
    expect(ids("서버는 ACK를 보낸 뒤 TIME_WAIT 상태로 기다린다. 애플리케이션은 나중에 닫는다.")).toEqual(["time-wait-on-server"]);
    // Another state of the wrong side, told with the same words, is no swap of the two.
    expect(ids("The server receives the FIN and enters FIN_WAIT_2.")).toEqual(["wrong-state-for-side"]);
    expect(ids("서버는 FIN을 받으면 CLOSE_WAIT를 거친다. 서버는 FIN을 받고 ACK를 보낸 뒤 TIME_WAIT 상태로 기다린다.")).toEqual(["time-wait-on-server"]);
  });

  it("is TIME-WAIT named by pointing back at a wait for the application told just before", () => {
    expect(ids("The server waits for its application to close. (this is TIME_WAIT)")).toEqual(["time-wait-on-server", "close-wait-equals-time-wait"]);
    expect(ids("The client sends its FIN. The server replies with an ACK. (this is TIME_WAIT)")).toEqual(["time-wait-on-server"]);
    // Only the sentence just before is pointed at.
    expect(ids("The server waits for its application. The server sends an ACK. (this is TIME_WAIT)")).toEqual(["time-wait-on-server"]);
  });
});

describe("a state claimed in a way that is not the answer's own", () => {
  it("is not checked when denied or imagined", () => {
    expect(ids("The client enters CLOSE_WAIT.")).toEqual(["wrong-state-for-side", "close-wait-equals-time-wait"]);
    expect(ids("The client does not enter CLOSE_WAIT.")).toEqual([]);
    expect(ids("The client would enter CLOSE_WAIT.")).toEqual([]);
  });

  it("is not checked when its holder was last named sentences before, through clauses that never named it", () => {
    expect(ids("The client sends a FIN. The server sits and then enters TIME_WAIT.")).toEqual(["time-wait-on-server"]);
    expect(ids("The client sends a FIN. The server sits. It waits, then enters TIME_WAIT.")).toEqual([]);
    // A state in brackets labels the step it closes, whoever that step was carried from.
    expect(ids("The client sends a FIN. The server sits. It waits, then stops (TIME_WAIT).")).toEqual(["time-wait-on-server"]);
  });

  it("is not the sender's own state when it follows an arrow after a segment sent to the other side", () => {
    expect(ids("서버가 ACK를 클라이언트에 보냄 → FIN_WAIT_2로 전환")).toEqual([]);
    expect(ids("서버가 ACK를 보냄. 서버는 FIN_WAIT_2로 전환")).toEqual(["wrong-state-for-side"]);
    // Without the arrow, the step's own subject enters the state.
    expect(ids("서버가 클라이언트에게 ACK를 보낸 뒤 FIN_WAIT_2로 전환한다.")).toEqual(["wrong-state-for-side"]);
  });
});

describe("2MSL waited outside TIME-WAIT", () => {
  it("says what the state really waits for, in both languages", () => {
    const [w] = modelMistakes("The client waits in FIN_WAIT_1 for 2MSL.");
    expect(w!.misconception).toBe("two-msl-outside-time-wait");
    expect(w!.message("Q", "en")).toBe("“Q”: only TIME-WAIT waits 2MSL. FIN-WAIT-1 waits for the ACK of its FIN (or the peer's FIN) (RFC 9293 §3.6, §3.10.8).");
    const [lastAck] = modelMistakes("서버는 LAST_ACK 상태에서 2MSL 동안 기다린다.");
    expect(lastAck!.message("Q", "ko")).toBe(
      "“Q”: 2MSL을 기다리는 상태는 TIME-WAIT뿐입니다. LAST-ACK 상태는 자기 FIN에 대한 ACK를 기다리고, 오지 않으면 FIN을 재전송합니다 (RFC 9293 §3.6, §3.10.8).",
    );
  });

  it("says a state with no wait of its own waits for a segment or the application", () => {
    const [w] = modelMistakes("The client waits in CLOSING for 2MSL.");
    expect(w!.message("Q", "en")).toBe(
      "“Q”: only TIME-WAIT waits 2MSL. CLOSING waits for the next segment or the application, not for a timer (RFC 9293 §3.6, §3.10.8).",
    );
    expect(w!.message("Q", "ko")).toBe(
      "“Q”: 2MSL을 기다리는 상태는 TIME-WAIT뿐입니다. CLOSING 상태는 타이머가 아니라 다음 세그먼트나 애플리케이션을 기다립니다 (RFC 9293 §3.6, §3.10.8).",
    );
  });

  it("in CLOSE-WAIT is also a CLOSE-WAIT that ends with time and the two states taken for one", () => {
    const ws = modelMistakes("The server waits in CLOSE_WAIT for 2MSL.");
    expect(ws.map((w) => w.misconception)).toEqual(["close-wait-times-out", "two-msl-outside-time-wait", "close-wait-equals-time-wait"]);
    expect(ws[0]!.message("Q", "en")).toMatch(/^“Q”: CLOSE_WAIT does not go away with time/);
    expect(ws[2]!.message("Q", "ko")).toMatch(/^“Q”: CLOSE-WAIT는 FIN을 받은 쪽이 자기 애플리케이션의 close\(\)를 기다리는 상태이고/);
    expect(ids("The client waits in TIME_WAIT for 2MSL.")).toEqual([]);
  });
});

describe("a state of one side given to both", () => {
  it("is TIME-WAIT entered or 2MSL waited by both sides, in both languages", () => {
    for (const text of ["Both sides enter TIME_WAIT.", "양쪽 모두 TIME_WAIT 상태에 들어간다.", "Each side must wait 2 x MSL.", "양쪽 모두 2MSL 동안 기다린다."])
      expect(ids(text), text).toEqual(["time-wait-on-server"]);
  });

  it("quotes the whole claim and says which side alone holds the state", () => {
    const text = "Both sides enter CLOSE_WAIT.";
    const [w] = modelMistakes(text);
    expect(w!.misconception).toBe("wrong-state-for-side");
    expect(w!.spans).toEqual([[0, text.length - 1]]);
    expect(w!.message("Q", "en")).toBe(
      "“Q”: CLOSE-WAIT is not a state both sides pass through; only the side that closes second does. Both end in TIME-WAIT only when they send their FINs at the same time, through CLOSING (RFC 9293 §3.6).",
    );
    expect(modelMistakes("양쪽 모두 TIME_WAIT 상태에 들어간다.")[0]!.message("Q", "ko")).toBe(
      "“Q”: TIME-WAIT 상태는 양쪽이 모두 거치는 상태가 아니라 먼저 닫는 쪽만의 상태입니다. 양쪽이 동시에 FIN을 보낸 경우에만 둘 다 CLOSING을 거쳐 TIME-WAIT에 들어갑니다 (RFC 9293 §3.6, §3.10.7.4).",
    );
  });

  it("says in both languages which closer alone holds it, and where RFC 9293 says so", () => {
    const [closeWait] = modelMistakes("Both sides enter CLOSE_WAIT.");
    expect(closeWait!.message("Q", "ko")).toBe(
      "“Q”: CLOSE-WAIT 상태는 양쪽이 모두 거치는 상태가 아니라 나중에 닫는 쪽만의 상태입니다. 양쪽이 동시에 FIN을 보낸 경우에만 둘 다 CLOSING을 거쳐 TIME-WAIT에 들어갑니다 (RFC 9293 §3.6).",
    );
    const [timeWait] = modelMistakes("Both sides enter TIME_WAIT.");
    expect(timeWait!.message("Q", "en")).toBe(
      "“Q”: TIME-WAIT is not a state both sides pass through; only the side that closes first does. Both end in TIME-WAIT only when they send their FINs at the same time, through CLOSING (RFC 9293 §3.6, §3.10.7.4).",
    );
  });

  it("is no mistake in a simultaneous close, under a condition, or for a state both sides do hold", () => {
    expect(ids("In a simultaneous close, both sides enter TIME_WAIT.")).toEqual([]);
    expect(ids("If both sides close, both sides enter TIME_WAIT.")).toEqual([]);
    expect(ids("Both sides would then enter TIME_WAIT.")).toEqual([]);
    // A condition later in the answer is not this claim's.
    expect(ids("Both sides enter TIME_WAIT. If the server closes first, it differs.")).toEqual(["time-wait-on-server"]);
    expect(ids("Both sides enter time_wait.")).toEqual(["time-wait-on-server"]);
    expect(ids("Both sides enter ESTABLISHED.")).toEqual([]);
  });
});

describe("a state placed on a side by where it happens", () => {
  it("is checked against the side named before 에서", () => {
    const text = "TIME_WAIT는 서버에서 발생한다.";
    const [w] = modelMistakes(text);
    expect(w!.misconception).toBe("time-wait-on-server");
    expect(w!.spans.map(([a, b]) => prepare(text).text.slice(a, b))).toEqual(["TIME_WAIT", prepare("서버").text]);
    expect(ids("CLOSE_WAIT는 클라이언트 측에서 생긴다.")).toEqual(["wrong-state-for-side", "close-wait-equals-time-wait"]);
    expect(ids("SYN_SENT는 서버에서 발생한다.", "open")).toEqual(["server-enters-syn-sent"]);
  });

  it("is no mistake on the side that holds it, denied, or on the side said to close first", () => {
    expect(ids("TIME_WAIT 상태는 클라이언트에서 발생한다.")).toEqual([]);
    expect(ids("TIME_WAIT는 서버에서 발생하지 않는다.")).toEqual([]);
    expect(ids("TIME_WAIT는 서버가 먼저 닫으면 서버에서 발생한다.")).toEqual([]);
  });

  it("is no mistake of the answer's own when it is a view reported or a case supposed", () => {
    expect(ids("TIME_WAIT는 서버에서 발생한다고 생각할 수 있다.")).toEqual([]);
    expect(ids("TIME_WAIT는 서버에서 발생했다면 문제였을 것이다.")).toEqual([]);
  });

  it("takes a side named a few letters before 에서, a label between them included", () => {
    expect(ids("TIME_WAIT는 서버(B) 쪽에서 발생한다.")).toEqual(["time-wait-on-server"]);
    expect(ids("TIME_WAIT는 서버 측에서 발생한다.")).toEqual(["time-wait-on-server"]);
  });

  it("is no mistake of the close in an answer that never tells a close; one of the opening still is", () => {
    expect(ids("TIME_WAIT는 서버에서 발생한다.", null)).toEqual([]);
    expect(ids("SYN_SENT는 서버에서 발생한다.", null)).toEqual(["server-enters-syn-sent"]);
  });

  it("is the state at the head of the sentence, placed by a side right before 에서 and not by a subject inside", () => {
    expect(modelMistakes("클라이언트는 FIN_WAIT_1로 간다. TIME_WAIT는 서버에서 발생한다.").map((w) => w.spans[0])).toEqual([[36, 45]]);
    expect(ids("TIME_WAIT는 서버가 보낸 FIN 뒤에서 발생한다.")).toEqual([]);
    expect(ids("TIME_WAIT는 양쪽에서 발생한다.")).toEqual([]);
  });
});

describe("a view granted only to be answered", () => {
  it("is conceded by a next sentence that says the other side still does not know", () => {
    expect(stated("두 번이면 충분하다. 그래서 서버는 안다.")).toEqual(["two-way-enough"]);
    expect(stated("두 번이면 충분하다. 하지만 서버는 모른다.")).toEqual([]);
    expect(stated("Two segments would be enough.")).toEqual(["two-way-enough"]);
    expect(stated("Two segments would be enough. But the server still does not know.")).toEqual([]);
  });

  it("is answered in its own sentence, after it or before it", () => {
    expect(stated("두 번이면 충분하지만 서버는 확인할 수 없다.")).toEqual([]);
    expect(stated("Two segments are enough; however the server cannot tell.")).toEqual([]);
    expect(stated("Although two look sufficient, the server cannot confirm.")).toEqual([]);
  });

  it("is a hypothetical when a modal beside it meets a condition in its sentence", () => {
    expect(stated("Two could be enough, if no segment were ever delayed.")).toEqual([]);
    expect(stated("Two segments could be enough. Delays happen.")).toEqual(["two-way-enough"]);
  });

  it("is not stated when reported or asked", () => {
    expect(stated("Some say two segments are enough.")).toEqual([]);
    expect(stated("Are two segments enough?")).toEqual([]);
  });
});

describe("names of states that do not exist", () => {
  it("TIMED_WAIT is corrected to TIME-WAIT unless denied", () => {
    const text = "The client enters TIMED_WAIT.";
    const { p, reading } = read(text);
    const [w] = checkStatedMisconceptions(p, reading);
    expect(w!.misconception).toBe("timed-wait-spelling");
    expect(w!.spans).toEqual([[18, 28]]);
    expect(w!.message("Q", "en")).toBe("“Q”: the state is TIME-WAIT (TIME_WAIT in netstat), not TIMED_WAIT (RFC 9293 §3.3.2).");
    expect(w!.message("Q", "ko")).toBe("“Q”: 상태 이름은 TIMED_WAIT가 아니라 TIME-WAIT(netstat에서는 TIME_WAIT)입니다 (RFC 9293 §3.3.2).");
    expect(stated("The client does not enter TIMED_WAIT.")).toEqual([]);
  });

  it("a single FIN_WAIT is split into its two states, unless one is named or it is only an example", () => {
    const { p, reading } = read("The client enters FIN_WAIT and then TIME_WAIT.");
    const [w] = checkStatedMisconceptions(p, reading);
    expect(w!.misconception).toBe("single-fin-wait");
    expect(w!.spans).toEqual([[18, 26]]);
    expect(w!.message("Q", "en")).toBe(
      "“Q”: FIN-WAIT is two states, not one: the side that sent the FIN waits in FIN-WAIT-1 for its ACK, then in FIN-WAIT-2 for the peer's FIN (RFC 9293 §3.3.2).",
    );
    expect(w!.message("Q", "ko")).toMatch(/^“Q”: FIN-WAIT는 한 상태가 아니라 둘입니다\./);
    expect(stated("The client enters FIN_WAIT_1 and then FIN_WAIT and TIME_WAIT.")).toEqual([]);
    expect(stated("States such as ESTABLISHED, FIN_WAIT, etc.")).toEqual([]);
  });

  it("a FIN_WAIT written without its separator is one too; one with both numbers after it is a prefix", () => {
    expect(stated("The client enters FINWAIT and then TIME_WAIT.")).toEqual(["single-fin-wait"]);
    expect(stated("The client passes FIN_WAIT(1/2) and then TIME_WAIT.")).toEqual([]);
    expect(stated("The client passes FIN_WAIT_* and then TIME_WAIT.")).toEqual([]);
    // The numbers are read right after the name, not anywhere in the answer.
    expect(stated("The client enters FIN_WAIT; 1 or 2 seconds later it is in TIME_WAIT.")).toEqual(["single-fin-wait"]);
  });
});

describe("tcp_fin_timeout offered for TIME_WAIT", () => {
  it("is flagged in the sentence that shortens TIME_WAIT, or under a heading that does", () => {
    const { p, reading } = read("To reduce TIME_WAIT, lower tcp_fin_timeout.");
    const [w] = checkStatedMisconceptions(p, reading);
    expect(w!.misconception).toBe("fin-timeout-sets-time-wait");
    expect(w!.message("Q", "en")).toBe(
      "“Q”: tcp_fin_timeout is how long an orphaned FIN_WAIT_2 socket lives; it has no bearing on TIME_WAIT, which Linux fixes at 60 seconds (RFC 9293 §3.6, tcp(7)).",
    );
    expect(w!.message("Q", "ko")).toMatch(/^“Q”: tcp_fin_timeout은 close\(\)로 고아가 된 FIN_WAIT_2 소켓이 남는 시간이고/);
    expect(stated("Reduce TIME_WAIT sockets:\n- set tcp_fin_timeout to 10")).toEqual(["fin-timeout-sets-time-wait"]);
  });

  it("is not flagged where the answer keeps the two apart", () => {
    expect(stated("tcp_fin_timeout does not affect TIME_WAIT.")).toEqual([]);
    expect(stated("tcp_fin_timeout governs FIN_WAIT_2, so lowering it does not shorten TIME_WAIT.")).toEqual([]);
    expect(stated("TIME_WAIT is 2MSL. We lower tcp_fin_timeout for orphans.")).toEqual([]);
  });
});

describe("an acknowledgement number that repeats a sequence number", () => {
  it("is flagged on the ack, not on the segment's own sequence number", () => {
    const text = "SYN(seq=x) then SYN-ACK (seq=y, ack=x)";
    const { p, reading } = read(text);
    const [w] = checkStatedMisconceptions(p, reading);
    expect(w!.misconception).toBe("ack-not-plus-one");
    expect(text.slice(...w!.spans[0]!)).toBe("ack=x");
    expect(w!.message("Q", "en")).toBe(
      "“Q”: the acknowledgement number is the next sequence number expected; a SYN occupies one, so a SYN with seq x is acknowledged with x+1 (RFC 9293 §3.4).",
    );
    expect(stated("SYN seq=100. ACK: ack=100")).toEqual(["ack-not-plus-one"]);
  });

  it("is not flagged for x+1, a flag bit written out, or the next number", () => {
    expect(stated("SYN(seq=x) then SYN-ACK (seq=y, ack=x+1)")).toEqual([]);
    expect(stated("SYN = 1, ACK = 0 and seq = 1000, ack = 1001.")).toEqual([]);
  });
});

describe("the plus one shown by example", () => {
  const shown = (text: string) => {
    const span = plusOneShown(prepare(text));
    return span && text.slice(...span);
  };
  it("is an ack one more than an earlier sequence number, or an ack written x+1", () => {
    expect(shown("seq=1000, then ack=1001")).toBe("ack=1001");
    expect(shown("sequence number 1000, ack number 1001")).toBe("ack number 1001");
    expect(shown("ack=x+1")).toBe("ack=x+1");
  });
  it("is not an ack before the sequence number, two more, or letters without the plus", () => {
    expect(shown("ack=1001 after seq=1000")).toBeNull();
    expect(shown("seq=1000, then ack=1002")).toBeNull();
    expect(shown("seq=x then ack=y")).toBeNull();
  });
});

describe("a side whose own close leads it into TIME_WAIT", () => {
  it("is the side that closes first, with no 먼저 or first to say so", () => {
    expect(ids("서버가 연결을 close하면 서버가 TIME_WAIT 상태가 된다.")).toEqual([]);
    expect(ids("서버에서 소켓을 종료하면 서버 쪽에 TIME_WAIT 상태가 남는다.")).toEqual([]);
    expect(ids("If the server closes the connection, the server goes into TIME_WAIT for 2MSL.")).toEqual([]);
    expect(ids("When the server calls close() on a live connection, it sends a FIN and ends up in TIME_WAIT.")).toEqual([]);
  });

  it("is the second closer once the peer's FIN has been told, and is flagged there", () => {
    expect(ids("클라이언트가 FIN을 보내면 서버는 ACK를 보낸다. 이후 서버가 연결을 종료하면 서버가 TIME_WAIT 상태가 된다.")).toEqual(["time-wait-on-server"]);
    expect(ids("The client sends a FIN and the server acknowledges it. Then the server closes the connection and goes into TIME_WAIT.")).toEqual([
      "time-wait-on-server",
    ]);
  });

  it("names no first closer when both sides close in the clause, or when the close leads elsewhere", () => {
    expect(ids("서버는 클라이언트가 close하면 TIME_WAIT 상태가 된다.")).toEqual(["time-wait-on-server"]);
    expect(ids("If the server closes the connection, it goes into LAST_ACK. The server then enters TIME_WAIT.")).toEqual(["time-wait-on-server"]);
  });
});

describe("a side followed by a close that is no verb of its own", () => {
  it("is no first closer: a state named CLOSE_WAIT, or a close request the side receives", () => {
    expect(ids("클라이언트는 FIN_WAIT_2에서 기다리고, 서버는 CLOSE_WAIT에서 남은 데이터를 보낸 다음 TIME_WAIT로 들어간다.")).toContain("time-wait-on-server");
    expect(ids("서버가 연결 종료 요청을 받으면 ACK를 보내고 TIME_WAIT 상태가 된다.")).toContain("time-wait-on-server");
  });
});
