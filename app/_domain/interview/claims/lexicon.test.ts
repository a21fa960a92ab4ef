import { describe, expect, it } from "vitest";
import { SEGMENT, boundWords, enNegates, flagsOf, ko, stateOf } from "./lexicon";

describe("a state name as learners write it", () => {
  it("is read run together, with RECEIVED misspelled or its D left off", () => {
    expect(stateOf("SYNRECEIVED", "")).toBe("SYN-RECEIVED");
    expect(stateOf("SYNRECIEVED", "")).toBe("SYN-RECEIVED");
    expect(stateOf("SYNRECIEVE", "")).toBe("SYN-RECEIVED");
    expect(stateOf("SYNRECEVE", "")).toBe("SYN-RECEIVED");
    expect(stateOf("SYN_RECIEVED", "")).toBe("SYN-RECEIVED");
  });

  it("is read with the slips seen in notes, even run together", () => {
    expect(stateOf("LASTASK", "")).toBe("LAST-ACK");
    expect(stateOf("CLOSNWAIT", "")).toBe("CLOSE-WAIT");
    expect(stateOf("SYNSEND", "")).toBe("SYN-SENT");
    expect(stateOf("ESTABLISH", "")).toBe("ESTABLISHED");
    expect(stateOf("LISTENING", "")).toBe("LISTEN");
    expect(stateOf("TIMEWAITING", "")).toBe("TIME-WAIT");
    expect(stateOf("TIMEDWAIT", "")).toBe("TIME-WAIT");
  });

  it("is taken for the nearest state when misspelt with a separator, and for none when run together", () => {
    expect(stateOf("CLOSE_WIAT", "")).toBe("CLOSE-WAIT");
    expect(stateOf("CLOSEWIAT", "")).toBeNull();
  });

  it("is no state when it names a segment, numbered in a list or not", () => {
    expect(stateOf("SYN-ACK", "")).toBeNull();
    expect(stateOf("FIN/ACK", "")).toBeNull();
    expect(stateOf("SYN", "")).toBeNull();
    expect(stateOf("SYN-ACK 1", "")).toBeNull();
    expect(stateOf("FIN ACK 2", "")).toBeNull();
    // …but a state named after the segment that brings it is the state.
    expect(stateOf("SYN-ACK-RECEIVED", "")).toBe("SYN-RECEIVED");
  });

  it("is read for each spelling on its own when the word state follows", () => {
    expect(stateOf("finwait2", " state")).toBe("FIN-WAIT-2");
    expect(stateOf("closewait", " state")).toBe("CLOSE-WAIT");
    expect(stateOf("lastack", " 상태")).toBe("LAST-ACK");
  });

  it("is LAST_ACK in capitals only with the word state after it: “the LAST ACK” is the segment", () => {
    expect(stateOf("LAST ACK", " state")).toBe("LAST-ACK");
    expect(stateOf("LAST ACK", " to the server")).toBeNull();
    expect(stateOf("last ACK", "")).toBeNull();
  });

  it("in capitals may be spaced", () => {
    expect(stateOf("TIME WAIT", "")).toBe("TIME-WAIT");
    expect(stateOf("FIN WAIT 2", "")).toBe("FIN-WAIT-2");
  });

  it("in lower case needs a separator, the word state, or a place where a state goes", () => {
    expect(stateOf("time_wait", "")).toBe("TIME-WAIT");
    expect(stateOf("timewait", " state")).toBe("TIME-WAIT");
    expect(stateOf("timewait", "")).toBeNull();
    expect(stateOf("time wait", "", "the client goes into ")).toBe("TIME-WAIT");
    expect(stateOf("time wait", "", "then we ")).toBeNull();
    // "in close wait for the FIN" may be two verbs: close, then wait.
    expect(stateOf("close wait", "", "in ")).toBeNull();
  });

  it("in title case is a state where a state goes, or in brackets of its own", () => {
    expect(stateOf("Established", "", "the connection moves to ")).toBe("ESTABLISHED");
    expect(stateOf("Established", "", "the ")).toBeNull();
    expect(stateOf("Established", ")", "both sides (")).toBe("ESTABLISHED");
    expect(stateOf("Established", " connections only)", "(")).toBeNull();
    expect(stateOf("Established", " connections only)", "( ")).toBeNull();
  });
});

describe("an English negation before a claim", () => {
  it("denies what follows it", () => {
    expect(enNegates("the client does not ")).toBe(true);
    expect(enNegates("it cannot ")).toBe(true);
    expect(enNegates("I don't think that the server ")).toBe(true);
  });

  it("denies nothing after a conjunction that starts another claim", () => {
    expect(enNegates("it doesn't close right away but ")).toBe(false);
    expect(enNegates("the server does not reply; instead it ")).toBe(false);
  });

  it("denies nothing as “not only”, “not just”, “not merely”; other negations before “only” still deny", () => {
    expect(enNegates("it not only ")).toBe(false);
    expect(enNegates("it is not just ")).toBe(false);
    expect(enNegates("it never only ")).toBe(true);
    expect(enNegates("it does not wait, and not only ")).toBe(false);
  });
});

describe("the flags a segment is written with", () => {
  it("are read in any case and join, each once", () => {
    expect(flagsOf("SYN+ACK")).toEqual(["SYN", "ACK"]);
    expect(flagsOf("fin/ack")).toEqual(["FIN", "ACK"]);
    expect(flagsOf("ACK and ACK")).toEqual(["ACK"]);
  });

  it("are the claim's own list: changing one leaves the next reading alone", () => {
    flagsOf("FIN").push("ACK");
    expect(flagsOf("FIN")).toEqual(["FIN"]);
  });
});

describe("a segment followed by a participle", () => {
  const segments = (t: string) => [...t.matchAll(SEGMENT)].map((m) => m[0]);
  it("is the segment: a lower-case word after a space is no part of a state name", () => {
    expect(segments("the ACK sent by the server")).toEqual(["ACK"]);
    expect(segments("a SYN-ACK sent back")).toEqual(["SYN-ACK"]);
    expect(segments("the SYN received from the client")).toEqual(["SYN"]);
  });

  it("is still no segment inside a state name, spaced in capitals or before the word state", () => {
    expect(segments("SYN SENT, SYN_RCVD, FIN-WAIT")).toEqual([]);
    expect(segments("the syn sent state")).toEqual([]);
  });
});

describe("a word in a pattern", () => {
  it("is at most 30 letters, so a run without spaces is not tried at every length", () => {
    expect(boundWords("FIN\\S*\\s+\\w+?x\\\\S+")).toBe("FIN\\S{0,30}\\s+\\w{1,30}?x\\\\S+");
    expect(ko("\\S+").exec("x".repeat(40))![0]).toHaveLength(30);
  });

  it("matches any case unless told otherwise: learners write fin, Fin and FIN", () => {
    expect(ko("fin wait").test("FIN WAIT")).toBe(true);
    expect(ko("fin", "").test("FIN")).toBe(false);
  });
});
