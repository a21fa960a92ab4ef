import { describe, expect, it } from "vitest";
import { stateOf } from "./lexicon";

describe("a state name as learners write it", () => {
  it("is read run together, with RECEIVED misspelled or its D left off", () => {
    expect(stateOf("SYNRECEIVED", "")).toBe("SYN-RECEIVED");
    expect(stateOf("SYNRECIEVED", "")).toBe("SYN-RECEIVED");
    expect(stateOf("SYNRECIEVE", "")).toBe("SYN-RECEIVED");
    expect(stateOf("SYNRECEVE", "")).toBe("SYN-RECEIVED");
    expect(stateOf("SYN_RECIEVED", "")).toBe("SYN-RECEIVED");
  });

  it("is no state when it names a segment", () => {
    expect(stateOf("SYN-ACK", "")).toBeNull();
    expect(stateOf("FIN/ACK", "")).toBeNull();
  });
});
