import { describe, expect, it } from "vitest";
import { adnominalWord, headsRelative, relativeAfter } from "./adnominal";
import { jamo } from "./text";

const adnominal = (word: string, verb = false) => adnominalWord(jamo(word), verb);

describe("a Korean verb's adnominal ending", () => {
  it("is read from the last syllable of a known verb: -ㄴ/-은, -는, -던, -ㄹ/-을", () => {
    for (const word of ["보낸", "받은", "보내는", "받던", "보낼", "받을", "전송한"]) expect(adnominal(word, true), word).toBe(true);
  });

  it("needs no lexicon where no noun and particle can end so: -는/-던 after a final consonant, 하/되/있/없", () => {
    for (const word of ["받는", "닫는", "있는", "없는", "하는", "요청한", "종료된", "전송할"]) expect(adnominal(word), word).toBe(true);
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
