import { describe, expect, it } from "vitest";
import { UnknownScenarioError } from "./errors";
import { listScenarios } from "./list";
import { referenceRun } from "./reference-run";

describe("listScenarios", () => {
  // Pins the step counts the UI and the content refer to; the 2MSL timeout is a step wherever
  // a side reaches TIME-WAIT (written `{ timeout: "client" }`).
  it("lists every scenario with its initial states and step count", () => {
    expect(listScenarios("en").map((s) => [s.id, s.initial.client, s.initial.server, s.steps])).toEqual([
      ["three-way-handshake", "CLOSED", "LISTEN", 3],
      ["four-way-close", "ESTABLISHED", "ESTABLISHED", 5],
      ["server-close", "ESTABLISHED", "ESTABLISHED", 5],
      ["half-close", "ESTABLISHED", "ESTABLISHED", 7],
      ["lost-final-ack", "ESTABLISHED", "ESTABLISHED", 7],
      ["simultaneous-open", "SYN-SENT", "SYN-SENT", 4],
      ["simultaneous-close", "FIN-WAIT-1", "FIN-WAIT-1", 6],
      ["syn-to-closed-port", "CLOSED", "CLOSED", 2],
    ]);
  });

  it("gives titles and descriptions in the requested language", () => {
    const ko = listScenarios("ko");
    const en = listScenarios("en");
    for (const [i, s] of ko.entries()) {
      expect(s.title).toMatch(/[\uac00-\ud7a3]|[a-z]/i);
      expect(s.description).toMatch(/[\uac00-\ud7a3]/);
      expect(en[i]!.description).not.toMatch(/[\uac00-\ud7a3]/);
    }
  });
});

describe("referenceRun", () => {
  it("answers the three-way handshake with the textbook numbers", () => {
    expect(referenceRun("three-way-handshake", { clientIsn: 100, serverIsn: 300 })).toEqual([
      { from: "client", flags: ["SYN"], seq: 100, len: 0, client: "SYN-SENT", server: "SYN-RECEIVED" },
      { from: "server", flags: ["SYN", "ACK"], seq: 300, ack: 101, len: 0, client: "ESTABLISHED", server: "SYN-RECEIVED" },
      { from: "client", flags: ["ACK"], seq: 101, ack: 301, len: 0, client: "ESTABLISHED", server: "ESTABLISHED" },
    ]);
  });

  it("answers a SYN to a closed port with RST+ACK, seq 0, ack ISN+1 across the wrap", () => {
    expect(referenceRun("syn-to-closed-port", { clientIsn: 2 ** 32 - 1, serverIsn: 5 })[1]).toMatchObject({ flags: ["RST", "ACK"], seq: 0, ack: 0 });
  });

  it("throws a named error naming the unknown scenario", () => {
    expect(() => referenceRun("four-way-handshake", { clientIsn: 1, serverIsn: 2 })).toThrow(UnknownScenarioError);
    expect(() => referenceRun("four-way-handshake", { clientIsn: 1, serverIsn: 2 })).toThrow(/"four-way-handshake"/);
  });
});
