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
      ["lost-syn", "CLOSED", "LISTEN", 5],
      ["lost-third-ack", "CLOSED", "LISTEN", 5],
      ["abortive-close", "ESTABLISHED", "ESTABLISHED", 3],
      ["time-wait-reopen", "ESTABLISHED", "ESTABLISHED", 7],
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

  it("reopens from TIME-WAIT with new ISNs above the old connection's numbers, across the wrap", () => {
    const run = referenceRun("time-wait-reopen", { clientIsn: 2 ** 32 - 2, serverIsn: 10, reopenGap: 3 });
    // Old connection: the server's FIN is 10, the client's FIN is 2^32 - 2; both consume one.
    expect(run[4]).toMatchObject({ from: "client", flags: ["SYN"], seq: 2, client: "SYN-SENT", server: "SYN-RECEIVED" });
    expect(run[5]).toMatchObject({ from: "server", flags: ["SYN", "ACK"], seq: 14, ack: 3 });
    expect(run[6]).toMatchObject({ from: "client", flags: ["ACK"], seq: 3, ack: 15 });
  });

  it("retransmits a lost SYN with its first sequence number", () => {
    const run = referenceRun("lost-syn", { clientIsn: 7, serverIsn: 70 });
    expect(run.map((s) => ("timeout" in s ? "timeout" : `${s.flags.join("+")}:${s.seq}${s.lost ? ":lost" : ""}`))).toEqual([
      "SYN:7:lost",
      "timeout",
      "SYN:7",
      "SYN+ACK:70",
      "ACK:8",
    ]);
  });

  it("throws a named error naming the unknown scenario", () => {
    expect(() => referenceRun("four-way-handshake", { clientIsn: 1, serverIsn: 2 })).toThrow(UnknownScenarioError);
    expect(() => referenceRun("four-way-handshake", { clientIsn: 1, serverIsn: 2 })).toThrow(/"four-way-handshake"/);
  });
});
