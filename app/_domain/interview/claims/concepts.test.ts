import { describe, expect, it } from "vitest";
import { CONCEPTS, compileConcept, compileTerm, matchTerm } from "./concepts";
import { prepare } from "./text";

/** Where a way of saying something is found in an answer, or null: as the grader reads it. */
const find = (term: string, answer: string) => matchTerm(compileTerm(term), prepare(answer).lower);

describe("compileTerm and matchTerm: the term language of the rubrics", () => {
  it("needs every `&` part in the text, in any order, and gives each part's span", () => {
    const answer = "the timer expires, so the sender retransmits";
    expect(find("retransmit & timer", answer)).toEqual([
      [answer.indexOf("retransmits"), answer.indexOf("retransmits") + "retransmit".length],
      [answer.indexOf("timer"), answer.indexOf("timer") + "timer".length],
    ]);
    expect(find("retransmit & timer", "the sender retransmits the segment")).toBeNull();
    // "&" without spaces around it is part of a word, not a join.
    expect(compileTerm("syn&ack")).toHaveLength(1);
    expect(compileTerm("syn & ack")).toHaveLength(2);
  });

  it("reads a term case-blind: a way written in capitals finds the answer in any case", () => {
    expect(find("RST", "the server answers with an rst")).not.toBeNull();
    expect(find("Half-Close", "TCP allows a HALF-CLOSE")).not.toBeNull();
  });

  it("takes any one of the `|` alternatives, spaced or not, and ignores an empty one", () => {
    expect(find("close_wait | time_wait", "the client sits in TIME_WAIT")).not.toBeNull();
    expect(find("close_wait|time_wait", "the server is in CLOSE_WAIT")).not.toBeNull();
    // The space after "|" is no part of the word: "time_wait" still starts at a word's start.
    expect(find("close_wait | time_wait", "a lifetime wait")).toBeNull();
    // A stray "|" adds no alternative that matches everything.
    expect(find("syn flood|", "the client closes the connection")).toBeNull();
    expect(find("|syn flood", "the client closes the connection")).toBeNull();
  });

  it("reads `-`, `_` and a space in a word as any of them, or none", () => {
    for (const answer of ["TIME_WAIT lasts 2MSL", "time-wait lasts 2MSL", "time wait lasts 2MSL", "timewait lasts 2MSL"])
      expect(find("time_wait", answer), answer).not.toBeNull();
  });

  it("takes the pattern's marks in a word literally", () => {
    expect(find("send()", "each send() call")).not.toBeNull();
    expect(find("send()", "the sender sends")).toBeNull();
    expect(find("3.5", "RFC 9293 section 3.5")).not.toBeNull();
    expect(find("3.5", "about 345 bytes")).toBeNull();
    expect(find("2*msl", "wait for 2*MSL")).not.toBeNull();
    expect(find("2*msl", "wait for 22MSL")).toBeNull();
    expect(find("a+b", "a+b")).not.toBeNull();
    expect(find("a+b", "aab")).toBeNull();
    expect(find("[ack]", "flags [ACK]")).not.toBeNull();
    expect(find("[ack]", "flags a")).toBeNull();
    expect(find("seq?", "seq? yes")).not.toBeNull();
    expect(find("seq?", "the se field")).toBeNull();
    expect(find("x^y", "x^y")).not.toBeNull();
    expect(find("$5", "costs $5")).not.toBeNull();
    expect(find("{1}", "set {1}")).not.toBeNull();
    expect(find("a\\b", "path a\\b")).not.toBeNull();
  });

  it("starts an English word at a word's start, and lets a Korean stem follow a prefix", () => {
    expect(find("ack", "the peer sends an ACK")).not.toBeNull();
    expect(find("ack", "without any feedback")).toBeNull();
    expect(find("전송", "세그먼트를 재전송한다")).not.toBeNull();
    expect(find("보내", "서버가 FIN을 보냅니다")).not.toBeNull();
  });

  it("finds `A ~ B` with B a few words after A, and not where English denies it", () => {
    expect(find("close_wait ~ times out", "CLOSE_WAIT eventually times out")).not.toBeNull();
    expect(find("close_wait ~ times out", "CLOSE_WAIT never times out")).toBeNull();
    expect(find("close_wait ~ times out", "CLOSE_WAIT does not time out, it times out only in FIN_WAIT_2")).toBeNull();
    expect(find("close_wait ~ times out", "CLOSE_WAIT can't be left: it times out")).toBeNull();
    expect(find("close_wait ~ times out", "CLOSE_WAIT has no timer and times out")).toBeNull();
    expect(find("close_wait ~ times out", "CLOSE_WAIT cannot end, it times out")).toBeNull();
    // B far after A (past 32 letters) is no longer said of A.
    expect(find("close_wait ~ times out", "CLOSE_WAIT lasts while the application keeps the socket and then times out")).toBeNull();
    // A term spaced twice around "~" reads as one spaced once: B 33 letters after A is past the reach for each.
    for (const term of ["close_wait ~ times out", "close_wait  ~ times out", "close_wait ~  times out"]) {
      expect(find(term, "CLOSE_WAIT eventually times out"), term).not.toBeNull();
      expect(find(term, "CLOSE_WAIT while the application holds the times out"), term).toBeNull();
    }
    // Not across a sentence.
    expect(find("close_wait ~ times out", "CLOSE_WAIT. The timer times out")).toBeNull();
    // Korean: a Korean word's own span, any words between.
    expect(find("상태 ~ 유지", "CLOSE_WAIT 상태가 계속 유지된다")).not.toBeNull();
    expect(find("상태 ~ 유지", "상태가 no 유지")).not.toBeNull();
  });

  it("keeps the literal start of each word, so a word spelt with `-`, `_` or a space is found in any of those spellings", () => {
    expect(find("time_wait | fin_wait_2", "it waits in time-wait")).not.toBeNull();
    expect(find("time wait", "TIME_WAIT")).not.toBeNull();
    expect(find("close ~ times out", "close; it times out")).not.toBeNull();
  });
});

describe("compileConcept", () => {
  it("compiles every Korean and English way of a concept, and nothing for an unknown one", () => {
    const [id, c] = Object.entries(CONCEPTS)[0]!;
    expect(compileConcept(id)).toHaveLength(c.ko.length + c.en.length);
    expect(compileConcept(id)).toEqual([...c.ko, ...c.en].map(compileTerm));
    expect(compileConcept("no-such-concept")).toEqual([]);
  });
});
