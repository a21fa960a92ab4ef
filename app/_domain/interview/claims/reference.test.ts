import { describe, expect, it } from "vitest";
import { Discourse, antecedent } from "./reference";
import { prepare } from "./text";

const word = (actor: "client" | "server" | "peer" | "former" | "latter", at: number) => ({
  actor,
  role: "subject" as const,
  span: [at, at + 1] as [number, number],
});
const side = (actor: "client" | "server", at: number) => ({ actor, role: "subject" as const, span: [at, at + 1] as [number, number] });

describe("a Discourse", () => {
  it("takes the other side as the other of the subject written in the sentence before", () => {
    const d = new Discourse();
    d.startSentence();
    d.endClause(side("client", 0), true, [word("client", 0)], [side("client", 0)]);
    d.endSentence();
    d.startSentence();
    expect(d.sides([word("peer", 10)], "x".repeat(20), 0).map((a) => a.actor)).toEqual(["server"]);
  });

  it("forgets that subject two sentences later, and takes a bare other side as the one that closes second", () => {
    const d = new Discourse();
    d.startSentence();
    d.endClause(side("server", 0), true, [word("server", 0)], [side("server", 0)]);
    d.endSentence();
    d.startSentence();
    d.endSentence();
    d.startSentence();
    expect(d.sides([word("peer", 10)], "x".repeat(20), 0).map((a) => a.actor)).toEqual(["second"]);
  });

  it("keeps the subject of a clause for the next one and of a sentence for the next sentence", () => {
    const d = new Discourse();
    d.startSentence();
    d.endClause(side("server", 3), true, [word("server", 3)], [side("server", 3)]);
    expect(d.previous?.actor).toBe("server");
    d.endSentence();
    d.startSentence();
    expect(d.previous).toBeNull();
    expect(d.lastSubject?.actor).toBe("server");
  });

  it("reads the former and the latter against the two sides a sentence named first", () => {
    const d = new Discourse();
    d.startSentence();
    d.endClause(side("client", 0), true, [word("client", 0), word("server", 5)], [side("client", 0), side("server", 5)]);
    d.endSentence();
    d.startSentence();
    expect(d.sides([word("latter", 1)], "x".repeat(5), 0).map((a) => a.actor)).toEqual(["server"]);
    expect(d.sides([word("former", 1)], "x".repeat(5), 0).map((a) => a.actor)).toEqual(["client"]);
  });
});

describe("a sentence that points back", () => {
  it("is about the sentence before it; one that opens otherwise is not", () => {
    const p = prepare("The client enters TIME_WAIT. This state lasts 2MSL. The server closes.");
    expect(antecedent(p, 1)).toContain("TIME_WAIT");
    expect(antecedent(p, 2)).toBe("");
    const k = prepare("서버는 CLOSE_WAIT가 된다. 이 상태는 close()를 기다린다.");
    expect(antecedent(k, 1)).toContain("CLOSE_WAIT");
  });
});
