import { describe, expect, it } from "vitest";
import { isSpace, originalSpan, prepare } from "./text";

// What a phone keyboard or a word processor puts in place of plain punctuation must read as the
// plain mark, or a pattern written with "-", ' and " misses an answer pasted from a document.
describe("prepare folds typographic marks to the plain ones", () => {
  it("reads every dash and the minus sign as a hyphen", () => {
    expect(prepare("SYN\u2010SENT, SYN\u2013SENT, SYN\u2014SENT, SYN\u2212SENT").text).toBe("SYN-SENT, SYN-SENT, SYN-SENT, SYN-SENT");
  });

  it("reads curly single and double quotes as straight ones", () => {
    expect(prepare("the server\u2019s \u201cFIN\u201d and the \u2018ACK\u2019").text).toBe("the server's \"FIN\" and the 'ACK'");
  });

  it("reads a no-break space and a tab as a space", () => {
    expect(prepare("TIME\u00a0WAIT\tlasts 2MSL").text).toBe("TIME WAIT lasts 2MSL");
  });

  it("reads full-width letters as ordinary ones, as NFKC does", () => {
    expect(prepare("\uff33\uff39\uff2e").text).toBe("SYN");
  });

  it("takes a Hangul syllable apart into its letters and keeps where each came from", () => {
    const p = prepare("A 보냄");
    expect(p.text).toBe("A ㅂㅗㄴㅐㅁ");
    // The five letters of the two syllables point back at their own syllable.
    expect([...p.origin]).toEqual([0, 1, 2, 2, 3, 3, 3, 4]);
    expect(originalSpan(p, 2, 7)).toEqual([2, 4]);
  });

  it("gives the same reading the second time a character is met", () => {
    // The fold of each character is remembered; a remembered fold must be the fold itself.
    expect(prepare("\u201cA\u201d \u201cB\u201d").text).toBe('"A" "B"');
    expect(prepare("\u201cC\u201d").text).toBe('"C"');
  });

  it("leaves out Markdown's code and bold marks, and keeps where the rest came from", () => {
    const p = prepare("`TIME_WAIT` and **FIN_WAIT_2** and __ACK__");
    expect(p.text).toBe("TIME_WAIT and FIN_WAIT_2 and ACK");
    // "TIME_WAIT" is shown from the learner's own text, marks around it left outside.
    expect(originalSpan(p, 0, 9)).toEqual([1, 10]);
    expect(prepare("`FIN`을 보냄").text).toBe("FINㅇㅡㄹ ㅂㅗㄴㅐㅁ");
    // One * or _ is part of what is written: a product, a state's name, a bullet.
    expect(prepare("* 2*MSL in FIN_WAIT_2").text).toBe("* 2*MSL in FIN_WAIT_2");
  });

  it("leaves out a quoted line's mark but keeps a > inside a line, which is an arrow", () => {
    expect(prepare("> client sends SYN\n> > server: SYN+ACK\nA > B: ACK").text).toBe("client sends SYN\nserver: SYN+ACK\nA > B: ACK");
  });

  it("reads arrows drawn with other glyphs as the plain arrows", () => {
    expect(prepare("A ⇒ B, A ➡️ B, A ⟶ B, B ⇐ A, B ⬅ A").text).toBe("A → B, A → B, A → B, B ← A, B ← A");
  });
});

describe("isSpace", () => {
  it("is what `\\s` matches, for every UTF-16 code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c += 1) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});

describe("originalSpan", () => {
  it("keeps a character written as two code units whole at a span's end", () => {
    // An emoji at the end of the evidence is shown whole, not as half a surrogate pair.
    const p = prepare("SYN 👍 ACK");
    expect(originalSpan(p, 0, 6)).toEqual([0, 6]);
    expect(p.original.slice(...originalSpan(p, 4, 6))).toBe("👍");
  });

  it("gives the whole answer for a span to the end of the text, or one past it", () => {
    const p = prepare("서버가 FIN을 보낸다");
    expect(originalSpan(p, 0, p.text.length)).toEqual([0, p.original.length]);
    expect(originalSpan(p, 0, p.text.length + 1)).toEqual([0, p.original.length]);
    expect(originalSpan(p, 0, p.text.length + 5)).toEqual([0, p.original.length]);
    expect(originalSpan(p, p.text.length - 1, p.text.length)).toEqual([p.original.length - 1, p.original.length]);
  });
});

describe("sentences and clauses", () => {
  const said = (answer: string) => {
    const p = prepare(answer);
    return p.sentences.map((s) => p.text.slice(s.start, s.end).trim());
  };
  const clauses = (answer: string) => {
    const p = prepare(answer);
    return p.sentences.flatMap((s) => s.clauses.map((c) => p.text.slice(c.start, c.end).trim()));
  };

  it("makes no sentence of a blank line", () => {
    expect(said("The client sends a SYN.\n\nThe server answers with a SYN-ACK.")).toEqual(["The client sends a SYN.", "The server answers with a SYN-ACK."]);
    expect(said("클라이언트가 SYN을 보낸다.\n\n \n서버가 SYN-ACK로 답한다.")).toHaveLength(2);
  });

  it("does not cut a clause at a connective inside round or square brackets", () => {
    expect(clauses("The client sends a SYN (and then the server replies with a SYN-ACK) to open the connection.")).toHaveLength(1);
    expect(clauses("The client sends a SYN [and then the server replies with a SYN-ACK] to open the connection.")).toHaveLength(1);
    expect(clauses("The client sends a SYN and then the server replies with a SYN-ACK.")).toHaveLength(2);
  });
});
