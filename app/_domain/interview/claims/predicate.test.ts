import { describe, expect, it } from "vitest";
import { predicateEnd } from "./predicate";
import { jamo } from "./text";

/** The words of the first predicate from the start of a Korean text, back in syllables. */
function firstPredicate(text: string): string {
  const j = jamo(text);
  return j.slice(0, predicateEnd(j, 0)).trim();
}

describe("predicateEnd", () => {
  it("ends a predicate at a connective that another predicate follows", () => {
    expect(firstPredicate("fd를 차지해 한도에 걸려 새 연결을 못 엽니다")).toBe(jamo("fd를 차지해"));
    expect(firstPredicate("FIN을 받지 못해 FIN_WAIT_1에 머뭅니다")).toBe(jamo("FIN을 받지 못해"));
    expect(firstPredicate("ACK를 보내고 TIME_WAIT로 갑니다")).toBe(jamo("ACK를 보내고"));
    expect(firstPredicate("큐가 가득 차서 SYN을 버립니다")).toBe(jamo("큐가 가득 차서"));
  });

  it("keeps an auxiliary verb, a postposition and a noun inside the predicate", () => {
    // 잡고 있지 않다, 남아 있다: one predicate with its auxiliary.
    expect(firstPredicate("fd를 잡고 있지 않습니다")).toBe(jamo("fd를 잡고 있지 않습니다"));
    expect(firstPredicate("소켓이 남아 있는 동안 기다립니다")).toBe(jamo("소켓이 남아 있는 동안 기다립니다"));
    // "…를 위해", "…에 대해": postpositions, not verbs.
    expect(firstPredicate("ACK를 받기 위해 기다립니다")).toBe(jamo("ACK를 받기 위해 기다립니다"));
    expect(firstPredicate("FIN에 대해 ACK를 보냅니다")).toBe(jamo("FIN에 대해 ACK를 보냅니다"));
    // A noun that ends like a verb: 용어 is no predicate.
    expect(firstPredicate("이 용어 정의를 봅니다")).toBe(jamo("이 용어 정의를 봅니다"));
  });

  it("runs to the end of a text that has one predicate", () => {
    expect(firstPredicate("서버가 FIN을 보냅니다.")).toBe(jamo("서버가 FIN을 보냅니다."));
    expect(firstPredicate("")).toBe("");
  });
});
