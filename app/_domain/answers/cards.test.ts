import { describe, expect, it } from "vitest";
import { checkCloze, clozeBlanks, clozeParts } from "./cloze";
import { checkChoice } from "./choice";
import { checkFix, checkPicked, statementOf, tokens, wrongTokens } from "./mistake";
import { checkOrder, startingOrder } from "./ordering";
import { checkTyped, keyTerms } from "./typed";

describe("cloze", () => {
  const source = "SYN(seq={{c1::x}}) → SYN+ACK(seq={{c2::y}}, ack={{c3::x+1}}) → ACK(ack={{c4::y+1::ack}})";
  it("splits the sentence into text and numbered blanks", () => {
    expect(clozeBlanks(source).map((b) => b.answer)).toEqual(["x", "y", "x+1", "y+1"]);
    expect(clozeParts(source).filter((p) => "blank" in p)).toEqual([{ blank: 0 }, { blank: 1 }, { blank: 2 }, { blank: 3, hint: "ack" }]);
    expect(clozeParts(source)[0]).toEqual({ text: "SYN(seq=" });
  });
  it("is right only when every blank is, and says which blank differed and where", () => {
    const ok = checkCloze(clozeBlanks(source), ["X", "y", "x + 1", "Y+1"]);
    expect(ok.verdict).toBe("right");
    expect(ok.suggested).toBe(3);
    const bad = checkCloze(clozeBlanks(source), ["x", "y", "x-1", ""]);
    expect(bad.verdict).toBe("wrong");
    expect(bad.suggested).toBe(1);
    expect(bad.blanks.map((b) => b.ok)).toEqual([true, true, false, false]);
    expect(bad.blanks[2]!.difference).toMatchObject({ given: "-", expected: "+" });
    expect(bad.blanks[3]!.difference).toBeNull();
  });
});

describe("ordering", () => {
  it("starts shuffled, the same way for the same card, never in order", () => {
    for (const id of ["hs3-order", "close-order", "a", "b", "states-order"]) {
      const o = startingOrder(id, 3);
      expect([...o].sort()).toEqual([0, 1, 2]);
      expect(o).not.toEqual([0, 1, 2]);
      expect(startingOrder(id, 3)).toEqual(o);
    }
    expect(startingOrder("x", 1)).toEqual([0]);
  });
  it("marks the misplaced places; one neighbouring swap is a slip", () => {
    expect(checkOrder([0, 1, 2, 3])).toEqual({ verdict: "right", suggested: 3, misplaced: [] });
    expect(checkOrder([0, 2, 1, 3])).toEqual({ verdict: "partial", suggested: 2, misplaced: [1, 2] });
    expect(checkOrder([2, 1, 0])).toEqual({ verdict: "wrong", suggested: 1, misplaced: [0, 2] });
    expect(checkOrder([1, 0])).toMatchObject({ verdict: "wrong", misplaced: [0, 1] });
  });
});

describe("multiple choice", () => {
  const options = [{ correct: false }, { correct: true }, { correct: false }];
  it("a right pick suggests Good, a wrong pick or none Again", () => {
    expect(checkChoice(options, 1)).toEqual({ verdict: "right", suggested: 3, right: [1] });
    expect(checkChoice(options, 0).suggested).toBe(1);
    expect(checkChoice(options, null).verdict).toBe("wrong");
  });
});

describe("spot the mistake", () => {
  const prompt = '3-way 핸드셰이크 1단계입니다. 틀린 곳은? "클라이언트 상태 : LISTEN -> SYN_SENT"';
  const statement = statementOf(prompt)!;
  it("finds the quoted statement, preferring a block quote", () => {
    expect(statement).toBe("클라이언트 상태 : LISTEN -> SYN_SENT");
    expect(statementOf('빠진 핵심은?\n\n> 2-Way: Client: "연결하자!" (SYN), Server: "OK!"')).toBe('2-Way: Client: "연결하자!" (SYN), Server: "OK!"');
    expect(statementOf("no quote")).toBeNull();
  });
  it("tapping the wrong words is right, sound words too is partial, only sound words wrong", () => {
    const listen = tokens(statement).findIndex((t) => t.text === "LISTEN");
    expect(wrongTokens(statement, ["LISTEN"])).toEqual([listen]);
    expect(checkPicked(statement, ["LISTEN"], [listen]).verdict).toBe("right");
    expect(checkPicked(statement, ["LISTEN"], [listen, 0])).toMatchObject({ verdict: "partial", suggested: 2, strays: [0] });
    expect(checkPicked(statement, ["LISTEN"], [0]).suggested).toBe(1);
    expect(checkPicked(statement, ["LISTEN"], []).verdict).toBe("wrong");
  });
  it("a phrase marks every word it touches", () => {
    expect(wrongTokens("a TIMED_WAIT b", ["TIMED"])).toEqual([1]);
    expect(wrongTokens("x y z w", ["y z"])).toEqual([1, 2]);
    expect(wrongTokens("a port b port", ["a port", "b port"])).toEqual([0, 1, 2, 3]);
  });
  it("a typed correction is checked against the card's fixes, tolerantly", () => {
    expect(checkFix(["CLOSED"], "closed")).toEqual({ verdict: "right", suggested: 3 });
    expect(checkFix(["CLOSED"], "CLOSED -> SYN_SENT")).toMatchObject({ verdict: "right" });
    expect(checkFix(["TIME-WAIT"], "time_wait")).toMatchObject({ verdict: "right" });
    expect(checkFix(["CLOSED"], "LISTEN")).toEqual({ verdict: "wrong", suggested: 1 });
    expect(checkFix(["CLOSED"], "")).toMatchObject({ verdict: "wrong" });
  });
});

describe("typed answers to basic and why cards", () => {
  it("takes the key terms from the bold parts of the model answer", () => {
    expect(keyTerms("**SYN+ACK** (seq=y, **ack=x+1**) and **SYN+ACK**")).toEqual(["SYN+ACK", "ack=x+1"]);
    expect(checkTyped([], "anything")).toBeNull();
  });
  it("counts a term said in other spacing or with a particle", () => {
    const terms = ["SYN+ACK", "ack=x+1"];
    expect(checkTyped(terms, "syn-ack, ack = x+1")).toMatchObject({ verdict: "right", suggested: 3 });
    expect(checkTyped(terms, "SYN-ACK를 보낸다")).toMatchObject({ verdict: "partial", found: ["SYN+ACK"], missed: ["ack=x+1"] });
    expect(checkTyped(terms, "ACK")).toMatchObject({ verdict: "wrong", suggested: 1 });
    expect(checkTyped(["재전송된 FIN에 다시 ACK"], "재전송된 FIN에 ACK를 다시 보낸다")?.verdict).toBe("right");
  });
});
