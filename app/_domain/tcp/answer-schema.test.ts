import { describe, expect, it } from "vitest";
import { answerSchema } from "./answer-schema";

const issues = (v: unknown) => {
  const r = answerSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("answerSchema", () => {
  it("accepts segments and timeouts", () => {
    expect(
      issues({
        scenario: "four-way-close",
        steps: [
          { from: "client", flags: ["FIN", "ACK"], seq: 1, ack: 2, client: "FIN_WAIT_1", server: "CLOSE_WAIT" },
          { timeout: "client", client: "CLOSED", server: "CLOSED" },
        ],
      }),
    ).toEqual([]);
  });
  it("names the wrong field of a step", () => {
    expect(issues({ scenario: "x", steps: [{ from: "client", flags: ["SYNN"], seq: 1, client: "a", server: "b" }] })).toEqual([
      "steps.0.flags.0: must be one of URG, ACK, PSH, RST, SYN, FIN",
    ]);
    expect(issues({ scenario: "x", steps: [{ from: "client", flags: [], seq: "100", client: "a", server: "b" }] })).toEqual(["steps.0.seq: must be a number"]);
    expect(issues({ scenario: "x", steps: [{ from: "client", flags: [], seq: 2 ** 32, client: "a", server: "b" }] })).toEqual([
      "steps.0.seq: must fit in 32 bits (0 to 4294967295)",
    ]);
    expect(issues({ scenario: "x", steps: [{ timeout: "both", client: "a", server: "b" }] })).toEqual(['steps.0.timeout: must be "client" or "server"']);
  });
  it("a step that is not an object is refused with an issue, not a crash", () => {
    for (const bad of [null, "SYN", 5, true]) expect(issues({ scenario: "x", steps: [bad] })[0], String(bad)).toMatch(/^steps\.0: /);
  });
  it("refuses unknown keys and too many steps", () => {
    expect(issues({ scenario: "x", steps: [], extra: 1 })[0]).toMatch(/extra/);
    expect(issues({ scenario: "x", steps: Array.from({ length: 51 }, () => ({ timeout: "client", client: "a", server: "b" })) })).toEqual([
      "steps: at most 50 steps",
    ]);
  });
});
