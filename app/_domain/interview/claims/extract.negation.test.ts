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

describe("a Korean state set as the scene of a denied step", () => {
  it("is asserted: the negation belongs to the verb of the step", () => {
    expect(claims("서버는 LAST_ACK 상태에서 ACK를 받지 못하면 FIN을 다시 보낸다")).toEqual([
      ["receive ACK", "server", true],
      ["LAST-ACK", "server", false],
      ["retransmit FIN", "server", false],
    ]);
    expect(claims("서버는 FIN_WAIT_2 상태에서 FIN을 못 받으면 타이머가 끝난 뒤 닫는다.").slice(0, 2)).toEqual([
      ["receive FIN", "server", true],
      ["FIN-WAIT-2", "server", false],
    ]);
  });

  it("is denied when what the clause denies is the wait in it", () => {
    expect(claims("클라이언트는 TIME_WAIT 상태에서 대기하지 않고 바로 닫힌다.")).toEqual([["TIME-WAIT", "client", true]]);
  });
});
