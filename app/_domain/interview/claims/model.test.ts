import { describe, expect, it } from "vitest";
import { STATES } from "../../tcp";
import { CLOSE_BY_CLIENT, CLOSE_BY_SERVER, OPEN, TWO_MSL_STATES, phaseOfState, sectionFor } from "./model";

describe("the RFC model read from the simulator", () => {
  it("has each side's states and segments in the handshake and in both closes, TIME-WAIT ending by its timer", () => {
    expect(OPEN.client).toEqual({ states: ["CLOSED", "SYN-SENT", "ESTABLISHED"], sends: ["SYN", "ACK"] });
    expect(OPEN.server).toEqual({ states: ["LISTEN", "SYN-RECEIVED", "ESTABLISHED"], sends: ["ACK+SYN"] });
    expect(CLOSE_BY_CLIENT.client.states).toEqual(["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT", "CLOSED"]);
    expect(CLOSE_BY_CLIENT.server.states).toEqual(["ESTABLISHED", "CLOSE-WAIT", "LAST-ACK", "CLOSED"]);
    expect(CLOSE_BY_SERVER.server.states).toEqual(CLOSE_BY_CLIENT.client.states);
    expect(CLOSE_BY_SERVER.client.states).toEqual(CLOSE_BY_CLIENT.server.states);
    expect(TWO_MSL_STATES).toEqual(["TIME-WAIT"]);
  });
});

describe("phaseOfState", () => {
  it("places the opening and closing states, and neither CLOSED nor ESTABLISHED", () => {
    const byPhase = (phase: string | null) => STATES.filter((s) => phaseOfState(s) === phase);
    expect(byPhase("open")).toEqual(["LISTEN", "SYN-SENT", "SYN-RECEIVED"]);
    expect(byPhase("close")).toEqual(["FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"]);
    expect(byPhase(null)).toEqual(["CLOSED", "ESTABLISHED"]);
  });
});

describe("sectionFor", () => {
  it("cites TIME-WAIT's own sections whatever the phase", () => {
    expect(sectionFor("TIME-WAIT", null)).toBe("§3.6, §3.10.7.4");
    expect(sectionFor("TIME-WAIT", "open")).toBe("§3.6, §3.10.7.4");
  });
  it("cites the handshake or the close by the phase, else by the state", () => {
    expect(sectionFor(null, "open")).toBe("§3.5");
    expect(sectionFor("SYN-SENT", null)).toBe("§3.5");
    expect(sectionFor("ESTABLISHED", "open")).toBe("§3.5");
    expect(sectionFor(null, "close")).toBe("§3.6");
    expect(sectionFor("LAST-ACK", null)).toBe("§3.6");
    expect(sectionFor("ESTABLISHED", "close")).toBe("§3.6");
  });
  it("falls back to the state diagram for states of no phase", () => {
    expect(sectionFor(null, null)).toBe("§3.3.2");
    expect(sectionFor("ESTABLISHED", null)).toBe("§3.3.2");
    expect(sectionFor("CLOSED", null)).toBe("§3.3.2");
  });
});
