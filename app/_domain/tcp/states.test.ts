import { describe, expect, it } from "vitest";
import { STATES, nearestState, normaliseState } from "./states";

describe("normaliseState", () => {
  it.each([
    ["SYN-RECEIVED", "SYN-RECEIVED"],
    ["SYN_RCVD", "SYN-RECEIVED"],
    ["syn_received", "SYN-RECEIVED"],
    ["SYN-RCVD", "SYN-RECEIVED"],
    ["SYN-RECV", "SYN-RECEIVED"],
    ["TIME_WAIT", "TIME-WAIT"],
    ["time wait", "TIME-WAIT"],
    ["FIN_WAIT_1", "FIN-WAIT-1"],
    ["FIN_WAIT1", "FIN-WAIT-1"],
    ["FIN-WAIT2", "FIN-WAIT-2"],
    ["Established", "ESTABLISHED"],
    ["ESTAB", "ESTABLISHED"],
    [" CLOSE_WAIT ", "CLOSE-WAIT"],
    ["LAST_ACK", "LAST-ACK"],
    ["closing", "CLOSING"],
    ["SYN_SENT", "SYN-SENT"],
  ])("%s → %s", (name, state) => {
    expect(normaliseState(name)).toBe(state);
  });

  it("every RFC name maps to itself", () => {
    for (const s of STATES) expect(normaliseState(s)).toBe(s);
  });

  it.each(["TIMED_WAIT", "FIN_WAIT_3", "OPEN", "", "CLOSED_WAIT"])("%j names no state", (name) => {
    expect(normaliseState(name)).toBeNull();
  });
});

describe("nearestState", () => {
  it.each([
    ["TIMED_WAIT", "TIME-WAIT"],
    ["ESTABLISH", "ESTABLISHED"],
    ["LAST_ACKED", "LAST-ACK"],
    // One edit of each kind: a letter left out, one too many, one changed.
    ["CLOSD", "CLOSED"],
    ["LISTENN", "LISTEN"],
    ["SYN_SEND", "SYN-SENT"],
    ["CLOSE WAIT ", "CLOSE-WAIT"],
    ["fin_wait_3", "FIN-WAIT-1"],
    ["FIN_WAIT-22", "FIN-WAIT-2"],
    ["CLOSINGG", "CLOSING"],
    ["LASTACK", "LAST-ACK"],
    ["SYN_RECEIVD", "SYN-RECEIVED"],
    ["ESTABLISHD", "ESTABLISHED"],
    // Each letter is compared with its own counterpart: a shifted comparison reads these as CLOSED and LISTEN.
    ["LISEN", "LISTEN"],
    ["SYNSENT", "SYN-SENT"],
    // Spaces around the name are no part of it: kept, they would pull it towards FIN-WAIT-1.
    [" FINWAIT2 ", "FIN-WAIT-2"],
    // A run of spaces or underscores is one hyphen: read as several, "FIN___WA" is nearer SYN-SENT;
    // read as none, "CLOSE_WA" is nearer CLOSED.
    ["FIN___WA", "FIN-WAIT-1"],
    ["fin   wa", "FIN-WAIT-1"],
    ["CLOSE_WA", "CLOSE-WAIT"],
  ])("%s → %s", (name, state) => {
    expect(nearestState(name)).toBe(state);
  });

  it("finds each state nearest to itself, and on a tie the first in RFC order", () => {
    for (const s of STATES) expect(nearestState(s)).toBe(s);
    // "X" is six edits from both CLOSED and LISTEN.
    expect(nearestState("X")).toBe("CLOSED");
  });
});
