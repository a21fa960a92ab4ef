import { describe, expect, it } from "vitest";
import type { Rubric } from "../content";
import { gradeAnswer } from "./grade-answer";

// One point written as one claim template, so each verb, actor and object of the template
// language is checked on its own; the published rubrics use only some of them.
const rubric = (claim: string) =>
  ({ points: [{ id: "p", label: { ko: "요점", en: "point" }, claims: [claim] }], wrong: [], ordered: false }) as unknown as Rubric;
const covers = (claim: string, answer: string) => gradeAnswer(rubric(claim), answer, "en").points[0]!.covered;

describe("a claim template is covered by the claim it states, by the side it names", () => {
  it("receives: the named side receiving it, not the other side nor a send", () => {
    expect(covers("server receives FIN", "The server receives the FIN.")).toBe(true);
    expect(covers("server receives FIN", "The client receives the FIN.")).toBe(false);
    expect(covers("server receives FIN", "The server sends a FIN.")).toBe(false);
    // Nobody named: the answer is given the benefit of the doubt.
    expect(covers("server receives FIN", "The FIN is received.")).toBe(true);
  });

  it("acknowledges: the named side acknowledging it", () => {
    expect(covers("server acknowledges FIN", "The server acknowledges the FIN.")).toBe(true);
    expect(covers("server acknowledges FIN", "The client acknowledges the FIN.")).toBe(false);
  });

  it("enters and is in: the named side in that state, not denied", () => {
    expect(covers("client enters TIME-WAIT", "The client enters TIME_WAIT.")).toBe(true);
    expect(covers("client is in TIME-WAIT", "The client is in TIME_WAIT.")).toBe(true);
    expect(covers("client enters TIME-WAIT", "The server enters TIME_WAIT.")).toBe(false);
    expect(covers("client enters TIME-WAIT", "The client does not enter TIME_WAIT.")).toBe(false);
  });

  it("waits 2MSL: the named side waiting 2MSL, in the state named or in none, and not entering a state alone", () => {
    expect(covers("client waits 2MSL in TIME-WAIT", "The client waits 2MSL in TIME_WAIT.")).toBe(true);
    expect(covers("client waits 2MSL in TIME-WAIT", "The client waits for 2MSL.")).toBe(true);
    expect(covers("client waits 2MSL in TIME-WAIT", "The server waits for 2MSL.")).toBe(false);
    expect(covers("client waits 2MSL in TIME-WAIT", "The client waits 2MSL in CLOSE_WAIT.")).toBe(false);
    expect(covers("client waits 2MSL", "The client enters TIME_WAIT.")).toBe(false);
    expect(covers("client waits 2MSL in TIME-WAIT", "The client enters TIME_WAIT.")).toBe(false);
  });

  it("sends a FIN: a FIN+ACK carries it, but a FIN alone is not a FIN+ACK", () => {
    expect(covers("client sends FIN", "The client sends a FIN+ACK.")).toBe(true);
    expect(covers("client sends FIN+ACK", "The client sends a FIN.")).toBe(false);
    // Only a FIN is carried so: a SYN+ACK is not the client's SYN.
    expect(covers("client sends SYN", "The client sends a SYN+ACK.")).toBe(false);
  });

  it("sends: by the side named, by either side for `either`", () => {
    expect(covers("client sends SYN", "The client sends a SYN.")).toBe(true);
    expect(covers("client sends SYN", "The server sends a SYN.")).toBe(false);
    expect(covers("either sends SYN", "The server sends a SYN.")).toBe(true);
  });

  it("sends: also told from the receiving side, when the other side receives or acknowledges it", () => {
    expect(covers("server sends FIN", "The client receives the FIN.")).toBe(true);
    expect(covers("server sends FIN", "The client acknowledges the FIN.")).toBe(true);
    // Acknowledging an ACK says nothing about who sent it.
    expect(covers("server sends ACK", "The client acknowledges the ACK.")).toBe(false);
  });

  it("sends: with no sender written, from the side it was sent to", () => {
    expect(covers("server sends FIN", "A FIN is sent to the client.")).toBe(true);
    expect(covers("client sends FIN", "A FIN is sent to the client.")).toBe(false);
  });

  it("retransmits: only a retransmission, which also counts as sending", () => {
    expect(covers("server retransmits FIN", "The server retransmits its FIN.")).toBe(true);
    expect(covers("server retransmits FIN", "The server sends its FIN.")).toBe(false);
    expect(covers("server sends FIN", "The server retransmits its FIN.")).toBe(true);
  });
});
