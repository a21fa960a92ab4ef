import { describe, expect, it } from "vitest";
import { gradeSegmentSequence, segmentKey, segmentsIn } from "./segment-sequence";

describe("segmentKey", () => {
  it("ignores PSH and a FIN's ACK, in any case", () => {
    expect(segmentKey(["psh", "ack"])).toBe("ACK");
    expect(segmentKey(["ACK", "FIN"])).toBe("FIN");
    expect(segmentKey(["ack", "syn"])).toBe("SYN+ACK");
    expect(segmentKey(["ACK", "RST"])).toBe("RST+ACK");
  });
});

describe("segmentsIn", () => {
  it("reads a joined segment with any of the usual joiners as one", () => {
    for (const joined of ["SYN+ACK", "SYN / ACK", "syn & ack", "SYN - ACK"]) expect(segmentsIn(`then ${joined}.`), joined).toEqual(["SYN+ACK"]);
  });
  it("reads full-width letters and skips words that only begin with a flag", () => {
    expect(segmentsIn("ＳＹＮ then ＡＣＫ")).toEqual(["SYN", "ACK"]);
    expect(segmentsIn("SYNC the clocks, ACKNOWLEDGE the FINAL answer")).toEqual([]);
  });
});

describe("gradeSegmentSequence", () => {
  it("reads the expected segments as keys, so FIN+ACK asks for a FIN and a PSH is no segment of its own", () => {
    expect(gradeSegmentSequence(["FIN+ACK", "ACK"], "FIN, ACK")).toEqual({ score: 1, given: ["FIN", "ACK"] });
    expect(gradeSegmentSequence(["syn+ack"], "SYN+ACK")).toEqual({ score: 1, given: ["SYN+ACK"] });
    expect(gradeSegmentSequence(["ACK"], "PSH+ACK").score).toBe(1);
  });
  it("scores the longest run in order over the longer of the two sequences", () => {
    expect(gradeSegmentSequence(["SYN", "SYN+ACK", "ACK", "FIN"], "ACK, SYN, SYN+ACK, FIN").score).toBe(0.75);
    expect(gradeSegmentSequence(["SYN"], "RST, RST, SYN, RST").score).toBe(0.25);
    expect(gradeSegmentSequence(["FIN", "ACK", "FIN", "ACK"], "FIN").score).toBe(0.25);
  });
  it("scores nothing asked and nothing said as 0, not as a division by zero", () => {
    expect(gradeSegmentSequence([], "")).toEqual({ score: 0, given: [] });
    expect(gradeSegmentSequence([], "SYN").score).toBe(0);
  });
});
