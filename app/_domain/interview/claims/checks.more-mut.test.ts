import { describe, expect, it } from "vitest";
import { checkModelClaims, contextOf } from "./checks";
import { readClaims } from "./extract";
import type { Phase } from "./model";
import { prepare } from "./text";

function mistakes(text: string, phase: Phase | null = "close") {
  const p = prepare(text);
  const reading = readClaims(p);
  return checkModelClaims(reading, contextOf(p, reading, phase), p);
}
const ids = (text: string, phase: Phase | null = "close") => mistakes(text, phase).map((w) => w.misconception);

describe("a transition told with no side", () => {
  it("is the first state's side passing into a state of the other side's", () => {
    const [w] = mistakes("It should be a CLOSE_WAIT -> TIME_WAIT transition.");
    expect(w?.misconception).toBe("time-wait-on-server");
    expect(w?.message("Q", "en")).toContain("the side that closes second (the server)");
  });

  it("gives the state to the side the answer says closes first", () => {
    const [w] = mistakes("The server closes first. There should be a CLOSE_WAIT -> TIME_WAIT transition.");
    expect(w?.message("Q", "en")).toContain("the side that closes second (the client)");
  });

  it("is no mistake between states of one side, through a state both sides pass, or where no close is told", () => {
    expect(ids("It should be a FIN_WAIT_1 -> FIN_WAIT_2 transition.")).toEqual([]);
    expect(ids("It should be a CLOSE_WAIT -> LAST_ACK transition.")).toEqual([]);
    expect(ids("It should be a CLOSING -> TIME_WAIT transition.")).toEqual([]);
    expect(ids("It should be a CLOSING -> CLOSE_WAIT transition.")).toEqual([]);
    // Both sides hold ESTABLISHED: the second closer leaves it for CLOSE_WAIT, rightly.
    expect(ids("It should be an ESTABLISHED -> CLOSE_WAIT transition.")).toEqual([]);
    expect(ids("It should be a CLOSE_WAIT -> TIME_WAIT transition.", null)).toEqual([]);
  });

  it("needs the transition named: an arrow alone may be a segment's flight between the sides", () => {
    expect(ids("CLOSE_WAIT -> TIME_WAIT.")).toEqual([]);
    // Named in its own sentence, not in another one.
    expect(ids("The socket makes a transition. CLOSE_WAIT -> TIME_WAIT.")).toEqual([]);
  });
});
