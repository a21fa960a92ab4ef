import { describe, expect, it } from "vitest";
import { adnominalWord, headsRelative, relativeAfter, wordsFrom } from "./adnominal";
import { jamo } from "./text";

const adnominal = (word: string, verb = false) => adnominalWord(jamo(word), verb);

describe("a Korean verb's adnominal ending", () => {
  it("is read from the last syllable of a known verb: -ㄴ/-은, -는, -던, -ㄹ/-을", () => {
    for (const word of ["보낸", "받은", "보내는", "받던", "보낼", "받을", "전송한"]) expect(adnominal(word, true), word).toBe(true);
  });

  it("needs no lexicon where no noun and particle can end so: -는/-던 after a final consonant, 하/되/있/없", () => {
    for (const word of ["받는", "닫는", "있는", "없는", "하는", "요청한", "종료된", "전송할", "없을", "있은"]) expect(adnominal(word), word).toBe(true);
  });

  it("is not a verb of the lexicon written as its bare noun (확인, 송신, 재전달), though the verb is known", () => {
    for (const word of ["확인", "송신", "수신", "전달", "재전달", "승인", "연결"]) expect(adnominal(word, true), word).toBe(false);
    for (const word of ["확인한", "송신할", "전달한"]) expect(adnominal(word, true), word).toBe(true);
  });

  it("is not a particle written apart, nor 한 on its own (“한 번 더”: once more)", () => {
    for (const word of ["는", "던", "한"]) expect(adnominal(word), word).toBe(false);
  });

  it("is read on a word written solid up to 30 letters, and not on a longer run", () => {
    expect(jamo("재전송요청을받지못했던")).toHaveLength(30);
    expect(adnominal("재전송요청을받지못했던")).toBe(true);
    expect(adnominal("확인응답을보내지않았던", true)).toBe(false);
  });

  it("is not a noun's particle or a bare noun", () => {
    for (const word of ["서버는", "클라이언트는", "상태는", "연결은", "FIN을", "시간", "세션", "닫은"]) expect(adnominal(word), word).toBe(false);
    // The same endings on a known verb are adnominal: 닫은 is read once the verb is known.
    expect(adnominal("닫은", true)).toBe(true);
    expect(adnominal("서버에게", true)).toBe(false);
  });

  it("heads a relative clause before a noun, not before a time or a manner", () => {
    for (const word of ["데이터", "클라이언트에게", "서버는", "수신자"]) expect(headsRelative(jamo(word)), word).toBe(true);
    for (const word of ["뒤", "뒤에", "후", "동안", "것은", "수", "때"]) expect(headsRelative(jamo(word)), word).toBe(false);
    // The word as written in a sentence, with its mark after it.
    for (const word of ["뒤,", "후.", "동안)"]) expect(headsRelative(jamo(word)), word).toBe(false);
  });

  it("puts an actor inside a relative clause when one of the two words after it is such a verb", () => {
    // What the lexicon knows as a verb: here, 보내 alone.
    const reads = (text: string) => relativeAfter(jamo(text), jamo("서버").length, jamo(text).length, (s, e) => jamo(text).slice(s, e).startsWith(jamo("보")));
    expect(reads("서버가 FIN을 보낸 클라이언트는")).toBe(true);
    expect(reads("서버가 보낸 FIN을 받는다")).toBe(true);
    expect(reads("서버가 FIN을 보낸 뒤 기다린다")).toBe(false);
    expect(reads("서버가 FIN을 보낸다")).toBe(false);
  });

  it("does not walk a run without spaces", () => {
    const run = jamo("서버가 " + "가".repeat(20_000));
    const started = performance.now();
    expect(relativeAfter(run, jamo("서버").length, run.length, () => true)).toBe(false);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe("the words after a place in a clause", () => {
  const text = jamo("서버가 FIN을 보낸 뒤 기다린다");
  const words = (t: string, from: number, end: number, n: number) => wordsFrom(t, from, end, n).map(([a, b]) => t.slice(a, b));

  it("are the rest of the word the place falls in, then the next ones, up to the number asked for", () => {
    expect(words(text, jamo("서버").length, text.length, 3)).toEqual(["가", "FIN을", "보낸"].map(jamo));
    expect(words(text, 0, text.length, 9)).toEqual(["서버가", "FIN을", "보낸", "뒤", "기다린다"].map(jamo));
  });

  it("stop where the clause ends, even inside a word", () => {
    const end = jamo("서버가 FIN을 보").length;
    expect(words(text, 0, end, 9)).toEqual(["서버가", "FIN을", "보"].map(jamo));
    expect(words("FIN ACK", 0, 4, 9)).toEqual(["FIN"]);
  });

  it("are parted by any white space an answer holds: tabs, Windows line ends, no-break and ideographic spaces", () => {
    expect(words("SYN\tACK\r\nFIN\u00a0RST\u3000PSH  URG", 0, 30, 9)).toEqual(["SYN", "ACK", "FIN", "RST", "PSH", "URG"]);
  });

  it("end at a run longer than a word (30 letters), which is not walked over", () => {
    const thirty = "x".repeat(30);
    expect(words(`FIN ${thirty} ACK`, 0, 50, 9)).toEqual(["FIN", thirty, "ACK"]);
    expect(words(`FIN ${thirty}x ACK`, 0, 50, 9)).toEqual(["FIN"]);
  });
});
