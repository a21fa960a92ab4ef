import { describe, expect, it } from "vitest";
import { TcpSimulatorError, UnknownScenarioError } from "./errors";
import { referenceRun } from "./reference-run";
import { SCENARIOS, requireScenario } from "./scenarios";

describe("the simulator's errors", () => {
  it("an unknown scenario is a named simulator error that lists the known ones", () => {
    const error = new UnknownScenarioError("four-way-handshake", ["three-way-handshake", "four-way-close"]);
    expect(error).toBeInstanceOf(TcpSimulatorError);
    expect(error.name).toBe("UnknownScenarioError");
    expect(error.scenarioId).toBe("four-way-handshake");
    expect(error.message).toBe('Unknown scenario "four-way-handshake"; known scenarios: three-way-handshake, four-way-close.');
  });

  it("the base class names itself, so logs tell the simulator's failures from bugs", () => {
    expect(new TcpSimulatorError("bad step").name).toBe("TcpSimulatorError");
    expect(String(new TcpSimulatorError("bad step"))).toBe("TcpSimulatorError: bad step");
  });

  it("requireScenario gives the scenario of a known id and names every known one for an unknown id", () => {
    expect(requireScenario("four-way-close")).toBe(SCENARIOS.find((s) => s.id === "four-way-close"));
    expect(() => requireScenario("four-way-handshake")).toThrow(UnknownScenarioError);
    expect(() => requireScenario("four-way-handshake")).toThrow(`known scenarios: ${SCENARIOS.map((s) => s.id).join(", ")}.`);
  });

  it("referenceRun names every scenario it knows when asked for one it does not", () => {
    expect(() => referenceRun("four-way-handshake", { clientIsn: 1, serverIsn: 2 })).toThrow(/known scenarios: three-way-handshake, four-way-close, /);
  });
});
