import { describe, expect, it } from "vitest";
import { expectClean, expectFlag } from "../rubrics.fixture";
import { readClaims } from "./extract";
import { prepare } from "./text";

/**
 * How extract.ts finds the sides of a clause and what it sets aside: contrasts blanked out ("X가
 * 아니라", "X 대신", "rather than X", "not X but"), a SYN+ACK told in two parts, a phone call told
 * as dialogue. Written where a mutation run showed no test held the rule.
 */
const read = (text: string) => readClaims(prepare(text));
const claims = (text: string) =>
  read(text).claims.map((c) => [
    c.kind === "segment" ? `${c.rel} ${c.flags.join("+")}` : c.kind === "state" ? c.state : `wait ${c.state}`,
    c.actor,
    !!c.negated,
  ]);

describe("a Korean side marked 은/는 before the side a contrast sets aside", () => {
  const close = "클라이언트가 FIN을 보내고 서버는 ACK를 보낸다. 서버도 FIN을 보내고 클라이언트는 ACK를 보낸다. ";

  it("is the subject, not part of what is set aside", () => {
    // It was blanked with the set-aside side: the clause lost its subject and the reverse passed.
    expect(claims("클라이언트는 서버 대신 TIME_WAIT 상태에 들어간다.")).toEqual([["TIME-WAIT", "client", false]]);
    expect(claims("먼저 닫은 클라이언트는 서버가 아니라 TIME_WAIT에 들어간다.")).toEqual([["TIME-WAIT", "client", false]]);
    expect(claims("서버는 클라이언트 대신에 TIME_WAIT에 들어간다.")).toEqual([["TIME-WAIT", "server", false]]);
    expect(claims("A는 B 대신 TIME_WAIT에 들어간다.")).toEqual([["TIME-WAIT", "client", false]]);
  });

  it("passes a correct answer and flags its reverse", () => {
    for (const id of ["iv-four-way", "iv-why-time-wait"]) {
      expectClean(id, `${close}클라이언트는 서버 대신 TIME_WAIT 상태에 들어간다.`);
      expectClean(id, `${close}먼저 닫은 클라이언트는 서버가 아니라 TIME_WAIT에 들어간다.`);
      expectFlag(id, `${close}서버는 클라이언트 대신 TIME_WAIT에 들어간다.`, "time-wait-on-server");
      expectFlag(id, `${close}서버는 클라이언트가 아니라 TIME_WAIT에 들어간다.`, "time-wait-on-server");
    }
  });

  it("before 대신 is the subject when marked 이/가 too", () => {
    expect(claims("서버가 클라이언트 대신 TIME_WAIT에 들어간다.")).toEqual([["TIME-WAIT", "server", false]]);
    expect(claims("클라이언트가 FIN 대신 RST를 보낸다.")).toEqual([["send RST", "client", false]]);
  });

  it("before 아니라 is not taken from a side marked 가 that belongs to the set-aside words", () => {
    // "서버가 보낸 FIN이 아니라": the server only sent the FIN set aside; it receives nothing here.
    expect(claims("클라이언트는 서버가 보낸 FIN이 아니라 RST를 받는다.")).toEqual([["receive RST", "client", false]]);
  });
});

describe("a side set aside by a contrast", () => {
  const state = (text: string) => claims(text).map(([s, actor]) => `${s} ${actor}`);

  it("is blanked after 'instead of' and 'rather than', up to three words or a mark", () => {
    expect(state("Instead of the server, the client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("Rather than the server the client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client rather than the server enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client, instead of the server enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("Instead of the server. The client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
  });

  it("is blanked between 'not' and 'but', and 'not' alone sets aside nothing", () => {
    expect(state("It is not the server but the client that enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("It is not server but client that enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(claims("The server does not enter TIME_WAIT.")).toEqual([["TIME-WAIT", "server", true]]);
  });

  it("is blanked between commas after 'not', and only there", () => {
    expect(state("The client,not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client , not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client and not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    // Spaces doubled around 'and' put the comma out of the few letters looked at before 'not'.
    expect(state("The client,  and not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("The client,   and  not the server, enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    // With no comma after it, 'not' denies the clause.
    expect(claims("The client, not the server enters TIME_WAIT.")).toEqual([["TIME-WAIT", "server", true]]);
  });

  it("is blanked before 아니라, 아니고 and 대신(에), with the words of its own phrase, and not past a mark", () => {
    expect(state("서버가 아니고 클라이언트가 TIME_WAIT에 들어간다.")).toEqual(["TIME-WAIT client"]);
    expect(state("서버 대신에, 클라이언트가 TIME_WAIT에 들어간다.")).toEqual(["TIME-WAIT client"]);
    expect(state("TIME_WAIT에는 서버 측 소켓이 아니라 클라이언트가 들어간다.")).toEqual(["TIME-WAIT client"]);
    expect(state("TIME_WAIT에는 서버 측 소켓 대신 클라이언트가 들어간다.")).toEqual(["TIME-WAIT client"]);
    expect(state("클라이언트가 들어간다. 서버가 아니라 TIME_WAIT에.")).toEqual(["TIME-WAIT client"]);
  });
});

describe("a side set aside in English with no mark after it", () => {
  const state = (text: string) => claims(text).map(([s, actor]) => `${s} ${actor}`);

  it("ends what is set aside: the side written next is the subject", () => {
    // Three words were blanked after 'instead of', and with no article the subject went with them.
    expect(state("Instead of server the client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("Rather than server client enters TIME_WAIT.")).toEqual(["TIME-WAIT client"]);
    expect(state("Instead of client the server enters TIME_WAIT.")).toEqual(["TIME-WAIT server"]);
  });

  it("is not cut short when it owns what follows", () => {
    expect(claims("Instead of the server's FIN, the client sends a FIN.")).toEqual([["send FIN", "client", false]]);
  });
});
