import { describe, expect, it } from "vitest";
import { difference, matches } from "./normalize";

// Spellings learners actually type for answers in the content (state names as netstat prints
// them, flags as blog posts write them, a Korean IME left in full-width mode).
describe("matches: accepted spellings", () => {
  it.each([
    ["TIME-WAIT", "time_wait", "case"],
    ["TIME-WAIT", "TIME WAIT", "separator"],
    ["TIME-WAIT", "timewait ", null],
    ["TIME-WAIT", "ＴＩＭＥ－ＷＡＩＴ", "width"],
    ["SYN-RECEIVED", "syn_received", "case"],
    ["FIN-WAIT-2", "FIN_WAIT_2", "separator"],
    ["FIN-WAIT-2", "fin wait 2", "case"],
    ["SYN+ACK", "SYN-ACK", "separator"],
    ["SYN+ACK", "syn/ack", "case"],
    ["SYN+ACK", "Syn Ack", "case"],
    ["SYN+ACK", "ＳＹＮ＋ＡＣＫ", "width"],
    ["x+1", "x + 1", "spacing"],
    ["y+1", "Y+1", "case"],
    ["101", "１０１", "width"],
    ["101", "101으로", "particle"],
    ["LISTEN", "LISTEN에서", "particle"],
    ["SYN(seq=x)", "syn (seq = x)", "case"],
    ["2MSL", "2 MSL", "spacing"],
  ])("%s accepts %j", (expected, given, forgiven) => {
    const m = matches(given, expected);
    expect(m.ok).toBe(true);
    if (forgiven) expect(m.forgiven).toContain(forgiven);
  });
});

describe("matches: what stays wrong", () => {
  it.each([
    ["x+1", "x-1"],
    ["x+1", "x"],
    ["101", "100"],
    ["201", "2O1"],
    ["TIME-WAIT", "TIMED_WAIT"],
    ["TIME-WAIT", "TIME-WAIT-2"],
    ["FIN-WAIT-2", "FIN-WAIT-1"],
    ["SYN+ACK", "SYN"],
    ["SYN+ACK", "ACK"],
    ["LISTEN", "LISTENING"],
    ["101", ""],
    ["101", "   "],
  ])("%s refuses %j", (expected, given) => {
    expect(matches(given, expected).ok).toBe(false);
  });

  it("strips a particle only when what is left is the answer", () => {
    expect(matches("101을", "101").ok).toBe(true);
    expect(matches("102을", "101").ok).toBe(false);
  });
});

describe("difference", () => {
  it("points at where a wrong answer parts from the right one", () => {
    expect(difference("TIMED_WAIT", "TIME_WAIT")).toEqual({ before: "TIME", given: "D", expected: "", after: "_WAIT" });
    expect(difference("x-1", "x+1")).toEqual({ before: "x", given: "-", expected: "+", after: "1" });
  });
});
