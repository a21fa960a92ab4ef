import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { prepare } from "./text";

/**
 * Which relation a segment is read in (relationFor), who acknowledges a segment named by a pronoun
 * (readPronounAck), and who a Korean relative clause says sent or received it (relativeClauseOf).
 * Written where a mutation run showed no test held the rule.
 */
const read = (text: string) => readClaims(prepare(text));
/** Each segment claim as "relation FLAGS", its actor and its peer. */
const segments = (text: string) => read(text).claims.flatMap((c) => (c.kind === "segment" ? [[`${c.rel} ${c.flags.join("+")}`, c.actor, c.peer]] : []));

describe("a Korean segment before a verb in quoted words", () => {
  it("is what the quoted verb did when it is that verb's object: 'FIN을 받았다고 알리고' received the FIN", () => {
    expect(segments("서버는 FIN을 받았다고 알리고 ACK를 보낸다.")).toEqual([
      ["receive FIN", "server", null],
      ["send ACK", "server", null],
    ]);
    expect(segments("서버는 FIN 받았다고 알리고 ACK를 보낸다.")).toEqual([
      ["receive FIN", "server", null],
      ["send ACK", "server", null],
    ]);
  });

  it("is what the next verb does when the quoted words are said with it: 'ACK로 받았다고 알려주고'", () => {
    expect(segments("상대는 ACK로 받았다고 알려주고, 아직 보낼 데이터 있으면 다 보낸 다음에 자기 FIN 보냄.")).toEqual([
      ["send ACK", "second", null],
      ["send FIN", "second", null],
    ]);
  });
});

describe("a segment acknowledged in the passive, named by a pronoun", () => {
  it("is acknowledged by the other side than the one that sent it, when no side is named", () => {
    expect(segments("The client sends a FIN. Then it gets acknowledged.")).toEqual([
      ["send FIN", "client", null],
      ["acknowledge FIN", "server", null],
    ]);
    expect(segments("The client sends a FIN and it is acknowledged at once.")).toEqual([
      ["send FIN", "client", null],
      ["acknowledge FIN", "server", null],
    ]);
  });

  it("is acknowledged by the side named after the verb", () => {
    expect(segments("The client sends a FIN. It is acknowledged by the server.")[1]).toEqual(["acknowledge FIN", "server", null]);
    // A wrong answer stays wrong: the sender named as acknowledging its own segment.
    expect(segments("The server sends a FIN. It is acknowledged by the server.")[1]).toEqual(["acknowledge FIN", "server", null]);
  });
});
