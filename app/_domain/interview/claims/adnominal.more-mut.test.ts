import { describe, expect, it } from "vitest";
import { adnominalWord, quotedAfter, relativeAfter, wordsFrom } from "./adnominal";
import { jamo } from "./text";

/** Whether the side named first in `text` ("서버") is followed by a quoted clause, within `upTo` letters of the text. */
function quoted(text: string, upTo = text.length): boolean {
  const j = jamo(text);
  return quotedAfter(j, jamo("서버").length, jamo(text.slice(0, upTo)).length);
}

describe("a side followed by a quoted clause ('서버가 종료했다는 신호')", () => {
  it("is found in any of the three words after the side's particle", () => {
    expect(quoted("서버가 연결을 종료했다는 신호를 기다린다")).toBe(true);
    expect(quoted("서버가 종료했다는 신호를 기다린다")).toBe(true);
    expect(quoted("서버가 데이터를 다 보냈다는 뜻이다")).toBe(true);
  });

  it("is not found further on, nor past where the clause ends, nor in a name told with 라는", () => {
    expect(quoted("서버가 데이터를 아주 다 보냈다는 뜻이다")).toBe(false);
    expect(quoted("서버가 연결을 종료했다는 신호를", "서버가 연결을 종".length)).toBe(false);
    expect(quoted("서버가 FIN이라는 세그먼트를 보낸다")).toBe(false);
  });

  it("is not read from a word past the clause's end that an earlier, longer reading found", () => {
    expect(quoted("서버가 연결을 종료했다는 신호를")).toBe(true);
    expect(quoted("서버가 연결을 종료했다는 신호를", "서버가 연결을".length)).toBe(false);
  });

  it("does not take the side's own word for the quoted clause", () => {
    // From the start of a word that itself ends so: that word is the side's, not a clause after it.
    const j = jamo("끝났다는 서버가 FIN을 보낸다");
    expect(quotedAfter(j, 0, j.length)).toBe(false);
  });
});

describe("a side inside a relative clause", () => {
  it("needs a noun after the adnominal verb: a verb that ends the clause heads nothing", () => {
    const text = jamo("서버가 FIN을 보낸");
    const isVerb = (s: number, e: number) => text.slice(s, e).startsWith(jamo("보"));
    expect(relativeAfter(text, jamo("서버").length, text.length, isVerb)).toBe(false);
  });

  it("needs that noun inside the clause, whatever an earlier, longer reading found after it", () => {
    const text = jamo("서버가 FIN을 보낸 클라이언트는");
    const isVerb = (s: number, e: number) => text.slice(s, e).startsWith(jamo("보"));
    expect(relativeAfter(text, jamo("서버").length, text.length, isVerb)).toBe(true);
    expect(relativeAfter(text, jamo("서버").length, jamo("서버가 FIN을 보낸").length, isVerb)).toBe(false);
  });

  it("asks whether a word is a verb in the coordinates of the whole answer", () => {
    const answer = jamo("먼저 연결을 끊는다. 서버가 FIN을 보낸 클라이언트는");
    const clauseStart = answer.indexOf(jamo("서버"));
    const clause = answer.slice(clauseStart);
    const asked: string[] = [];
    const isVerb = (s: number, e: number) => {
      asked.push(answer.slice(s, e));
      return answer.slice(s, e).startsWith(jamo("보"));
    };
    expect(relativeAfter(clause, jamo("서버").length, clause.length, isVerb, clauseStart)).toBe(true);
    expect(asked).toContain(jamo("보낸"));
  });
});

describe("an adnominal ending, on words that only look like one", () => {
  it("is not a lone letter, nor a noun that starts with a light stem's syllable (하늘, 하단)", () => {
    expect(adnominalWord("ㄴ", true)).toBe(false);
    expect(adnominalWord(jamo("FIN") + "ㄹ", true)).toBe(false);
    for (const word of ["하늘", "하단", "되돌"]) expect(adnominalWord(jamo(word), false), word).toBe(false);
  });
});

describe("the words of a clause", () => {
  it("are not parted by control characters that are no white space", () => {
    expect(wordsFrom("SYN\u0001ACK FIN", 0, 11, 9)).toEqual([
      [0, 7],
      [8, 11],
    ]);
  });
});
