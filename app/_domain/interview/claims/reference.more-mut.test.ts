import { describe, expect, it } from "vitest";
import type { ActorMention } from "./extract";
import type { Actor, ActorWord } from "./lexicon";
import { Discourse, antecedent } from "./reference";
import { prepare } from "./text";

// Words and sides as readClaims hands them to a Discourse: spans in the answer's coordinates.
const word = (actor: ActorWord, at: number, role: ActorMention["role"] = "subject") => ({ actor, role, span: [at, at + 1] as [number, number] });
const side = (actor: Actor, at: number, role: ActorMention["role"] = "subject"): ActorMention => ({ actor, role, span: [at, at + 1] });
const actors = (out: ActorMention[]) => out.map((a) => a.actor);

/** A Discourse after one sentence whose only clause has `subject` written in it, naming `words`. */
function after(subject: ActorMention | undefined, written: boolean, words = subject ? [word(subject.actor, subject.span[0])] : []): Discourse {
  const d = new Discourse();
  d.startSentence();
  d.endClause(subject, written, words, subject ? [subject] : []);
  d.endSentence();
  d.startSentence();
  return d;
}

describe("the other side, as a Discourse reads it", () => {
  it("leaves a clause that points back to nothing as it is", () => {
    const words = [word("client", 0), word("server", 5)];
    expect(new Discourse().sides(words, "x".repeat(10), 0)).toBe(words);
  });

  it("is the other of a side named before it in the clause, first word included, and leaves that side as named", () => {
    const d = new Discourse();
    d.startSentence();
    expect(actors(d.sides([word("client", 0), word("peer", 5)], "x".repeat(10), 0))).toEqual(["client", "server"]);
    expect(actors(d.sides([word("server", 0), word("peer", 5)], "x".repeat(10), 0))).toEqual(["server", "client"]);
    // The side named nearest before it, not the first, past words that name no one side.
    expect(actors(d.sides([word("client", 0), word("both", 3), word("peer", 5)], "x".repeat(10), 0))).toEqual(["client", "both", "server"]);
    expect(actors(d.sides([word("client", 0), word("server", 3), word("peer", 5)], "x".repeat(10), 0))).toEqual(["client", "server", "client"]);
  });

  it("is the side named right beside it in apposition: '상대방(클라이언트)', 'the peer, the client'", () => {
    const d = new Discourse();
    d.startSentence();
    // The clause starts at 100 in the answer; its text is read in its own coordinates.
    const text = "the peer, the client sends";
    const peer = word("peer", 104);
    peer.span = [104, 108];
    const client = word("client", 114);
    client.span = [114, 120];
    expect(actors(d.sides([peer, client], text, 100))).toEqual(["client", "client"]);
    const k = "상대방(서버)";
    expect(
      actors(
        d.sides(
          [
            { ...word("peer", 0), span: [0, 3] },
            { ...word("server", 4), span: [4, 6] },
          ],
          k,
          0,
        ),
      ),
    ).toEqual(["server", "server"]);
    // Not beside it: the side after it is another step's, and the peer is read as usual.
    expect(
      actors(
        d.sides(
          [
            { ...word("peer", 0), span: [0, 3] },
            { ...word("server", 9), span: [9, 11] },
          ],
          "상대방이 보낸 서버",
          0,
        ),
      ),
    ).toEqual(["second", "server"]);
  });

  it("is the other of the subject written in the sentence before, but not of one carried over unwritten", () => {
    expect(actors(after(side("client", 0), true).sides([word("peer", 10)], "x".repeat(20), 0))).toEqual(["server"]);
    expect(actors(after(side("client", 0), false).sides([word("peer", 10)], "x".repeat(20), 0))).toEqual(["second"]);
  });

  it("is the one that closes second after a subject that is no one side ('both sides …')", () => {
    expect(actors(after(side("both", 0), true).sides([word("peer", 10)], "x".repeat(20), 0))).toEqual(["second"]);
  });

  it("takes a subject written earlier in the same sentence over the sentence before's", () => {
    const d = after(side("client", 0), true);
    d.endClause(side("server", 20), true, [word("server", 20)], [side("server", 20)]);
    expect(actors(d.sides([word("peer", 30)], "x".repeat(40), 0))).toEqual(["client"]);
  });

  it("does not count a subject written as the other side as a side named: the next sentence's peer is the usual one", () => {
    // "서버가 FIN을 보낸다. 상대는 ACK를 보낸다. 상대는 …": the second 상대 is no reply to the first.
    const d = after(side("server", 0), true);
    d.endClause(side("client", 10), true, [word("peer", 10)], [side("client", 10)]);
    d.endSentence();
    d.startSentence();
    expect(actors(d.sides([word("peer", 30)], "x".repeat(40), 0))).toEqual(["second"]);
  });

  it("counts a subject written by name in a clause that also names the other side later", () => {
    const d = new Discourse();
    d.startSentence();
    d.endClause(side("client", 0), true, [word("client", 0), word("peer", 10)], [side("client", 0), side("server", 10, "recipient")]);
    d.endSentence();
    d.startSentence();
    expect(actors(d.sides([word("peer", 30)], "x".repeat(40), 0))).toEqual(["server"]);
  });

  it("still looks back to the sentence before past a subject in this sentence that is itself an unresolved peer", () => {
    const d = after(side("client", 0), true);
    d.endClause(side("peer", 20), true, [], [side("peer", 20)]);
    expect(actors(d.sides([word("peer", 30)], "x".repeat(40), 0))).toEqual(["server"]);
  });
});

describe("the former and the latter", () => {
  it("are the two sides named before them in the clause, each counted once", () => {
    const d = new Discourse();
    d.startSentence();
    expect(actors(d.sides([word("client", 0), word("client", 2), word("server", 4), word("latter", 6)], "x".repeat(10), 0))).toEqual([
      "client",
      "client",
      "server",
      "server",
    ]);
    expect(actors(d.sides([word("server", 0), word("client", 4), word("former", 6)], "x".repeat(10), 0))).toEqual(["server", "client", "server"]);
  });

  it("are nothing where no two sides were named", () => {
    const d = new Discourse();
    d.startSentence();
    expect(actors(d.sides([word("former", 0)], "x".repeat(10), 0))).toEqual([]);
    expect(actors(d.sides([word("client", 0), word("latter", 4)], "x".repeat(10), 0))).toEqual(["client"]);
  });

  it("are read against this sentence's two sides once it has named two, else the last sentence that did", () => {
    const d = after(side("client", 0), true, [word("client", 0), word("server", 4)]);
    // This sentence names the server, then the client.
    d.endClause(side("server", 10), true, [word("server", 10), word("client", 14)], [side("server", 10)]);
    expect(actors(d.sides([word("former", 20)], "x".repeat(30), 0))).toEqual(["server"]);
  });

  it("keep the last two sides when a sentence names only one, or more than two", () => {
    const d = after(side("client", 0), true, [word("client", 0), word("server", 4)]);
    d.endClause(side("server", 10), true, [word("server", 10)], [side("server", 10)]);
    d.endSentence();
    d.startSentence();
    expect(actors(d.sides([word("former", 20)], "x".repeat(30), 0))).toEqual(["client"]);
    // Three sides named: the first two are the pair.
    const three = after(side("client", 0), true, [word("client", 0), word("server", 4), word("first", 8)]);
    expect(actors(three.sides([word("latter", 20)], "x".repeat(30), 0))).toEqual(["server"]);
  });

  it("skip a word that points back when they take the sentence's two sides", () => {
    const d = after(side("client", 0), true, [word("peer", 0), word("client", 4), word("server", 8)]);
    expect(actors(d.sides([word("former", 20)], "x".repeat(30), 0))).toEqual(["client"]);
  });
});

describe("whom the last step went to", () => {
  it("is the first side named as the recipient of a clause with a written subject", () => {
    const d = new Discourse();
    d.startSentence();
    d.endClause(
      side("client", 0),
      true,
      [],
      [side("client", 0), side("both", 5, "recipient"), side("server", 9, "recipient"), side("client", 12, "recipient")],
    );
    expect(d.lastRecipient?.actor).toBe("server");
    expect(d.lastRecipient?.span).toEqual([9, 10]);
    d.endClause(side("client", 20), true, [], [side("client", 20), side("server", 25, "none")]);
    expect(d.lastRecipient).toBeNull();
  });

  it("is kept over a clause with no subject and no recipient, and over one whose subject was carried", () => {
    const d = new Discourse();
    d.startSentence();
    d.endClause(side("client", 0), true, [], [side("client", 0), side("server", 9, "recipient")]);
    d.endClause(undefined, false, [], []);
    expect(d.lastRecipient?.actor).toBe("server");
    d.endClause(side("client", 20), false, [], [side("client", 20)]);
    expect(d.lastRecipient?.actor).toBe("server");
    d.endClause(side("server", 30), false, [], [side("server", 30), side("client", 35, "recipient")]);
    expect(d.lastRecipient?.actor).toBe("server");
  });

  it("is taken from a step told in the passive, with no sender", () => {
    const d = new Discourse();
    d.startSentence();
    d.endClause(undefined, false, [], [side("server", 9, "recipient")]);
    expect(d.lastRecipient).toEqual({ actor: "server", span: [9, 10] });
  });
});

describe("the subject a sentence leaves", () => {
  it("is kept past a sentence with no subject of its own", () => {
    const d = after(side("server", 0), true);
    d.endClause(undefined, false, [], []);
    d.endSentence();
    expect(d.lastSubject?.actor).toBe("server");
  });
});

describe("the sentence a pointing-back sentence is about", () => {
  it("is the one sentence before it, no more", () => {
    const p = prepare("The server sends a FIN. The client enters TIME_WAIT. This state lasts 2MSL.");
    expect(antecedent(p, 2).trim()).toBe("The client enters TIME_WAIT.");
    expect(antecedent(p, 0)).toBe("");
  });
});
