import { describe, expect, it } from "vitest";
import { readClaims } from "./claims/extract";
import { prepare } from "./claims/text";

// Readings of who sends what and who holds a state, each as a family of our own wordings with the
// near neighbours that must read as before.

/** The segments the text has each side send, as "side:FLAGS". */
const sent = (text: string) =>
  readClaims(prepare(text)).claims.flatMap((c) => (c.kind === "segment" && c.rel === "send" ? [`${c.actor}:${c.flags.join("+")}`] : []));

describe("a segment after an answer's 'for' / 'to'", () => {
  it("is the one acknowledged, not one sent", () => {
    expect(sent("The server sends an ACK for the SYN.")).toEqual(["server:ACK"]);
    expect(sent("The server then sends an ACK in reply to the client's SYN.")).toEqual(["server:ACK"]);
    expect(sent("Next the client sends an ACK for the server's FIN.")).toEqual(["client:ACK"]);
    expect(sent("The client replies with an ACK to the last FIN.")).toEqual(["client:ACK"]);
  });
  it("keeps a segment sent to a side, and the reply sent after 'with'", () => {
    expect(sent("The client sends a SYN to the server.")).toEqual(["client:SYN"]);
    expect(sent("The server sends a SYN for its own side and an ACK.")).toContain("server:SYN+ACK");
    expect(sent("The server responds to the SYN with a SYN-ACK.")).toContain("server:SYN+ACK");
    expect(sent("The client sends an ACK and the server sends its FIN.")).toEqual(["client:ACK", "server:FIN"]);
  });
});
