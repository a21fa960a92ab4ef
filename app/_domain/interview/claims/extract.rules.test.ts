import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { prepare } from "./text";

/**
 * Small reading rules of extract.ts, each told by a sentence and what it says: who sends, who is
 * in a state, which 2MSL is a wait. Written where a mutation run showed no test held the rule.
 */
const read = (text: string) => readClaims(prepare(text));
const subjects = (text: string) => read(text).clauses.map((c) => [c.subject, c.subjectFrom]);
const claims = (text: string) =>
  read(text).claims.map((c) => [
    c.kind === "segment" ? `${c.rel} ${c.flags.join("+")}` : c.kind === "state" ? c.state : `wait ${c.state}`,
    c.actor,
    !!c.negated,
  ]);

describe("a Korean side marked 가 after a clause that goes on", () => {
  it("is the subject when the word after it is a noun, not a verb that opens a relative clause", () => {
    // "연결 종료를 위해": 연결 ends in ㄹ like an adnominal verb (보낼, 받을), but no verb is written there.
    expect(claims("클라이언트는 FIN을 받고, 서버가 연결 종료를 위해 FIN을 보낸다.")).toEqual([
      ["receive FIN", "client", false],
      ["send FIN", "server", false],
    ]);
  });
});

describe("a Korean side marked 가 before a verb's bare noun", () => {
  it("is the subject: 확인 or 송신 written as a noun ends in ㄴ like an adnominal verb but opens no relative clause", () => {
    expect(claims("클라이언트는 FIN을 받고, 서버가 확인 응답으로 ACK를 보낸다.")).toEqual([
      ["receive FIN", "client", false],
      ["send ACK", "server", false],
    ]);
    expect(claims("클라이언트는 SYN+ACK를 받고, 서버가 송신 준비를 마치도록 ACK를 보낸다.").at(-1)).toEqual(["send ACK", "server", false]);
  });
});

describe("2MSL in the sentence after a definition", () => {
  it("is a wait in the defined state when the sentence waits", () => {
    expect(claims("CLOSE_WAIT 상태는 FIN을 받은 쪽이 머무는 상태다. 2MSL 동안 기다린다.").at(-1)).toEqual(["wait CLOSE-WAIT", "second", false]);
  });

  it("is a length of time, in no state, when the sentence only says what 2MSL is", () => {
    expect(claims("CLOSE_WAIT 상태는 FIN을 받은 쪽이 머무는 상태다. 2MSL은 세그먼트 최대 수명의 두 배다.").at(-1)).toEqual(["wait null", "second", false]);
    // A comma with no space after it ends its clause all the same: the waiting told after it is not this 2MSL's.
    expect(claims("CLOSE_WAIT 상태는 FIN을 받은 쪽이 머무는 상태다. 2MSL은 수명의 두 배이고,기다리는 것은 아니다.")[2]).toEqual(["wait null", "second", false]);
  });
});

describe("the language of a clause", () => {
  it("is English when the only other letters in it are an emoji's", () => {
    // An emoji is coded above the Korean letters: it does not make the clause Korean, whose negation is read at its end.
    expect(claims("The server does not send a FIN 🙂")).toEqual([["send FIN", "server", true]]);
  });
});

describe("who acts in a clause that does not say (more)", () => {
  it("is the side that opens the next clause, for a phrase put before it", () => {
    expect(subjects("After sending the ACK, the client waits in TIME_WAIT.")).toEqual([
      ["client", "previous"],
      ["client", "clause"],
    ]);
  });

  it("is not taken from the next clause when the fronted phrase runs into the clause's own subject", () => {
    expect(claims("After getting the FIN the client sends an ACK, the server then closes.")).toEqual([
      ["receive FIN", "client", false],
      ["send ACK", "client", false],
    ]);
  });

  it("is the pronoun's side for a pronoun that opens the clause, not a side compared with it", () => {
    expect(claims("The client sends a FIN. It — just like the server — then sends an ACK.")).toEqual([
      ["send FIN", "client", false],
      ["send ACK", "client", false],
    ]);
  });

  it("is carried into a Korean sentence whose only side written acts in a relative clause", () => {
    expect(claims("클라이언트가 FIN을 보낸다. 서버가 보낸 ACK를 받는다.")).toEqual([
      ["send FIN", "client", false],
      ["send ACK", "server", false],
      ["receive ACK", "client", false],
    ]);
  });
});

describe("a bare ACK after a side's own FIN", () => {
  it("is the side the sentence carries on with, when the sentence itself carries the subject to it", () => {
    // Only a subject carried across sentences (or by a new pronoun) is taken for the other side.
    expect(claims("The server sends its FIN to the client. It waits a moment, then sends an ACK.").at(-1)).toEqual(["send ACK", "server", false]);
  });
});

describe("a pronoun that opens an English clause", () => {
  it("that replies is the last subject when the sentence before sent nothing to anyone", () => {
    // The client's SYN came in; nothing went out to a side who could now reply.
    expect(claims("The server gets the client's SYN. It replies with a SYN-ACK.").at(-1)).toEqual(["send SYN+ACK", "server", false]);
  });

  it("gives way to the agent of a passive written after it", () => {
    expect(claims("The server sends a FIN. It is then answered by the client with an ACK to the server.")).toEqual([
      ["send FIN", "server", false],
      ["send ACK", "client", false],
    ]);
  });
});

describe("a sentence that only refutes", () => {
  // The refuting sentence (and a heading of misconceptions) is itself no claim of the learner's.
  const reported = (text: string) => read(text).clauses.map((c) => c.reported);

  it("takes back the sentence before it, in English and in Korean", () => {
    expect(reported("The client sends a FIN. The server enters TIME_WAIT. This is a myth.")).toEqual([false, true, true]);
    expect(reported("서버가 TIME_WAIT에 들어간다. 하지만 이는 오해다.")[0]).toBe(true);
  });

  it("takes back nothing when it opens the answer", () => {
    expect(reported("This is a myth. The server enters TIME_WAIT.")).toEqual([true, false]);
  });

  it("under a heading of misconceptions, takes back the listed lines only, not what came before the heading", () => {
    expect(reported("The client sends a FIN.\nCommon misconceptions:\n- The server enters TIME_WAIT.")).toEqual([false, true, true]);
  });

  it("under a heading of misconceptions, takes back lines numbered ①, ②, as written, with or without a space after the number", () => {
    // The prepared text folds ① to a bare 1, which no list marker is: the list was read as the learner's own claims.
    expect(reported("흔한 오해:\n① 서버가 TIME_WAIT에 들어간다.\n②서버가 FIN을 먼저 보낸다.\n실제로는 클라이언트가 TIME_WAIT에 들어간다.")).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe("a Korean negation", () => {
  it("denies the claim whose own predicate it ends, not a later one of the clause", () => {
    // After a first sentence: the clause's words are read at their place in the answer.
    expect(claims("서버가 FIN을 보낸다. 클라이언트는 ACK를 받지 못해 FIN을 다시 보냅니다.").slice(1)).toEqual([
      ["receive ACK", "client", true],
      ["retransmit FIN", "client", false],
    ]);
  });

  it("does not deny a state set as the scene of the verb it ends", () => {
    expect(claims("서버가 FIN을 보낸다. 서버는 LAST_ACK에서 ACK를 받지 못해 FIN을 재전송한다.").slice(1)).toEqual([
      ["receive ACK", "server", true],
      ["retransmit FIN", "server", false],
      ["LAST-ACK", "server", false],
    ]);
  });
});

describe("a side set aside by 'not' between commas", () => {
  it("is no subject: the side before it is", () => {
    // A correct answer was read as the server in TIME_WAIT (time-wait-on-server flagged).
    expect(claims("The client, not the server, enters TIME_WAIT.")).toEqual([["TIME-WAIT", "client", false]]);
    expect(claims("It is the client, and not the server, that enters TIME_WAIT.")).toEqual([["TIME-WAIT", "client", false]]);
  });

  it("is read as before when 'not' denies a verb of the subject's", () => {
    expect(claims("The server waits, not entering TIME_WAIT, until it closes.")).toEqual([["TIME-WAIT", "server", true]]);
  });
});

describe("the end of a Korean clause", () => {
  it("holds its negation behind a smiley or marks written apart from the verb", () => {
    // The closing marks are stepped over before the last word is read: 않았습니다 is 14 letters taken apart.
    for (const end of [" :)", " ;)", " !!", " ??", " ...", " )", " ]", " 。"])
      expect(claims(`서버는 TIME_WAIT에 들어가지 않았습니다${end}`), end).toEqual([["TIME-WAIT", "server", true]]);
  });

  it("holds its negation before a comma written apart from the verb", () => {
    expect(claims("서버는 TIME_WAIT에 들어가지 않았습니다 , 그리고 클라이언트가 들어간다.")).toEqual([["TIME-WAIT", "server", true]]);
  });

  it("holds its negation when the clause is written without spaces", () => {
    expect(claims("서버는TIME_WAIT에들어가지않았습니다.")).toEqual([["TIME-WAIT", "server", true]]);
  });
});

describe("a phone call told as dialogue", () => {
  const reported = (text: string) => read(text).clauses.map((c) => c.reported);

  it("is no claim of the answer's: its lines, a bullet or a full-width colon before them too, and what follows of its speakers and voices", () => {
    expect(
      reported(
        "- Alice: Hello, can you hear me?\n- Bob: Yes, I can hear you.\nBoth are now sure.\nBob then knows his voice got through.\nSo the server sends a SYN-ACK.",
      ),
    ).toEqual([true, true, true, true, false, true, false]);
    expect(reported("철수：잘 들려?\n영희：응, 이제 CLOSE_WAIT이야.\n통화는 그렇게 끝난다.")).toEqual([true, false, false, true]);
  });

  it("leaves a line that names a state or a segment of TCP, and a sentence after it that does, to be read", () => {
    expect(reported("A: 잘 들려?\nB: 응, 들려.\n그러면 A는 클라이언트처럼 ACK를 보낸다.")).toEqual([true, true, true, false, false]);
  });

  it("is not there without a speaker's line: a phone named in passing takes nothing back", () => {
    expect(reported("It is like a phone call. The client sends a SYN.")).toEqual([false, false]);
  });
});

describe("a bare ACK sent by a pronoun after its side's own SYN or FIN", () => {
  it("is the other side's, the closers' too, and after a SYN-ACK sent again", () => {
    expect(claims("The active closer sends a FIN to the passive closer. The passive closer sends its FIN. Finally, it sends an ACK.").at(-1)).toEqual([
      "send ACK",
      "first",
      false,
    ]);
    expect(claims("The client sends a SYN to the server. The server resends its SYN-ACK. Then it sends an ACK.").at(-1)).toEqual(["send ACK", "client", false]);
  });

  it("stays the side's when it receives the ACK, when it received a segment since, or when its FIN was denied", () => {
    expect(claims("The client sends a FIN to the server. The server sends its FIN. Finally, it receives an ACK.").at(-1)).toEqual([
      "receive ACK",
      "server",
      false,
    ]);
    expect(claims("The client sends a FIN to the server. The server sends its FIN. It gets the ACK, then it sends an ACK.").at(-1)).toEqual([
      "send ACK",
      "server",
      false,
    ]);
    // Only a SYN or a FIN is answered by the other side's ACK: after its own ACK, the side sends one more.
    expect(claims("The client sends data to the server. The server sends an ACK. Later, it sends another ACK.").at(-1)).toEqual([
      "retransmit ACK",
      "server",
      false,
    ]);
    expect(claims("The client sends a FIN to the server. The server does not send its FIN. Finally, it sends an ACK.").at(-1)).toEqual([
      "send ACK",
      "server",
      false,
    ]);
  });
});

describe("a segment that heads its line as the step's label", () => {
  it("is sent by the side the line is about, after a step's number, before a note in brackets or a dash", () => {
    expect(claims("Phase 2 — SYN-ACK: the server receives the SYN and replies.")[0]).toEqual(["send SYN+ACK", "server", false]);
    expect(claims("SYN-ACK (2단계): 서버는 SYN을 받고 응답을 보낸다.")[0]).toEqual(["send SYN+ACK", "server", false]);
    expect(claims("SYN-ACK - 서버는 SYN을 받고 응답을 보낸다.")[0]).toEqual(["send SYN+ACK", "server", false]);
  });

  it("is no label when a word comes before it, nor sent when the line sends nothing", () => {
    expect(claims("Then SYN-ACK: the server gets the SYN and replies.")[0]).toEqual(["receive SYN+ACK", "server", false]);
    expect(claims("SYN-ACK: the server gets the client's SYN.")[0]).toEqual(["receive SYN+ACK", "server", false]);
  });
});

describe("the side a definition line gives its state to", () => {
  it("is the subject of the line's main clause, not of a clause of time or of an arrow", () => {
    expect(claims("TIME_WAIT - when the server closes, the client waits 2MSL.")).toEqual([
      ["TIME-WAIT", "client", false],
      ["wait TIME-WAIT", "client", false],
    ]);
    expect(claims("TIME_WAIT: 서버 → 클라이언트 FIN, 클라이언트가 2MSL 동안 기다린다.").slice(1)).toEqual([
      ["TIME-WAIT", "client", false],
      ["wait TIME-WAIT", "client", false],
    ]);
  });

  it("is the side the line names, not one carried to it from an earlier sentence", () => {
    const state = read("서버가 FIN을 보낸다.\nTIME_WAIT: 2MSL 동안 기다리며, 클라이언트가 머무는 상태.").claims.find((c) => c.kind === "state");
    expect([state?.state, state?.actor]).toEqual(["TIME-WAIT", "client"]);
  });
});

// Mutants of extract.ts lines 411-600 left alive on purpose, being equivalent:
// - koreanTail `end > 0` -> `end >= 0` / `true`: at 0, charCodeAt(-1) is NaN, which no closing test
//   takes, so the loop stops at the same place.
// - DEFINITION_LINE.heads `>=` -> `>`: a definition's match ends in the space after its separator, so
//   it never ends exactly where the term does.
