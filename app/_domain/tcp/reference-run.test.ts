import { describe, expect, it } from "vitest";
import { referenceRun } from "./reference-run";
import { isTimeout } from "./segment";

describe("referenceRun's choices", () => {
  it("underscores spell every state as netstat does (TIME_WAIT), on segments and timeouts", () => {
    const run = referenceRun("four-way-close", { clientIsn: 1, serverIsn: 2, underscores: true });
    expect(run.map((s) => `${s.client}/${s.server}`)).toEqual([
      "FIN_WAIT_1/CLOSE_WAIT",
      "FIN_WAIT_2/CLOSE_WAIT",
      "TIME_WAIT/LAST_ACK",
      "TIME_WAIT/CLOSED",
      "CLOSED/CLOSED",
    ]);
  });

  it("pshOnData puts PSH on the data segments only", () => {
    const run = referenceRun("half-close", { clientIsn: 1, serverIsn: 2, pshOnData: true });
    expect(run.map((s) => (isTimeout(s) ? "timeout" : s.flags.join("+")))).toEqual(["FIN", "ACK", "ACK+PSH", "ACK", "FIN", "ACK", "timeout"]);
  });
});
