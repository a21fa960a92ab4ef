import { describe, expect, it } from "vitest";
import { readClaims } from "./extract";
import { prepare } from "./text";

/**
 * Small reading rules of extract.ts, each told by a sentence and what it says: who sends, who is
 * in a state, which 2MSL is a wait. Written where a mutation run showed no test held the rule.
 */
const read = (text: string) => readClaims(prepare(text));
const claims = (text: string) =>
  read(text).claims.map((c) => [
    c.kind === "segment" ? `${c.rel} ${c.flags.join("+")}` : c.kind === "state" ? c.state : `wait ${c.state}`,
    c.actor,
    !!c.negated,
  ]);

describe("a Korean side marked 가 after a clause that goes on", () => {
  it("is the subject when the word after it is a noun, not a verb that opens a relative clause", () => {
    // "연결 종료를 위해": 연결 ends in ㄹ like an adnominal verb (보낼, 받을), but no verb is written there.
    expect(claims("클라이언트는 FIN을 받고, 서버가 연결 종료를 위해 FIN을 보낸다.")).toEqual([
      ["receive FIN", "client", false],
      ["send FIN", "server", false],
    ]);
  });
});

describe("2MSL in the sentence after a definition", () => {
  it("is a wait in the defined state when the sentence waits", () => {
    expect(claims("CLOSE_WAIT 상태는 FIN을 받은 쪽이 머무는 상태다. 2MSL 동안 기다린다.").at(-1)).toEqual(["wait CLOSE-WAIT", "second", false]);
  });

  it("is a length of time, in no state, when the sentence only says what 2MSL is", () => {
    expect(claims("CLOSE_WAIT 상태는 FIN을 받은 쪽이 머무는 상태다. 2MSL은 세그먼트 최대 수명의 두 배다.").at(-1)).toEqual(["wait null", "second", false]);
    // A comma with no space after it ends its clause all the same: the waiting told after it is not this 2MSL's.
    expect(claims("CLOSE_WAIT 상태는 FIN을 받은 쪽이 머무는 상태다. 2MSL은 수명의 두 배이고,기다리는 것은 아니다.")[2]).toEqual(["wait null", "second", false]);
  });
});
