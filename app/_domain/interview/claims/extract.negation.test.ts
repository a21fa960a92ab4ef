import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { prepare } from "./text";

const claims = (text: string) =>
  readClaims(prepare(text)).claims.map((c) => [
    c.kind === "segment" ? `${c.rel} ${c.flags.join("+")}` : c.kind === "state" ? c.state : "wait",
    c.actor,
    !!c.negated,
  ]);

describe("a Korean clause denied at its end", () => {
  it("is denied by 못 written apart from the verb after it, the full stop left off", () => {
    // The last word (한다) holds no negation: the letters before it, 못 and its space, do.
    expect(claims("서버는 ACK를 받지 못 한다.")).toEqual([["receive ACK", "server", true]]);
  });

  it("is not denied by a negation word early in the clause, far from its predicate", () => {
    // 없이 ("without") belongs to the adverb phrase, not to the sending.
    expect(claims("서버는 지연 없이 바로 FIN을 보낸다.")).toEqual([["send FIN", "server", false]]);
  });
});
