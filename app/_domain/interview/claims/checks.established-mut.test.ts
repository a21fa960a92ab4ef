import { describe, expect, it } from "vitest";
import { checkModelClaims, contextOf } from "./checks";
import { readClaims } from "./extract";
import { prepare } from "./text";

function flagged(text: string): boolean {
  const p = prepare(text);
  const reading = readClaims(p);
  return checkModelClaims(reading, contextOf(p, reading, "open"), p).some((w) => w.misconception === "server-established-after-synack");
}

describe("the server made ESTABLISHED on its SYN+ACK, as the reply's own sentence tells it", () => {
  it("is flagged with no third ACK told, where the state follows from the reply: before it ('once …') or after it ('보내면', 'immediately')", () => {
    expect(flagged("The client sends a SYN. Once the server has sent its SYN-ACK, it is ESTABLISHED.")).toBe(true);
    expect(flagged("클라이언트가 SYN을 보낸다. 서버는 SYN+ACK를 보내면 ESTABLISHED가 된다.")).toBe(true);
    expect(flagged("The client sends a SYN. The server sends a SYN-ACK and immediately enters ESTABLISHED.")).toBe(true);
  });

  it("is flagged on a SYN+ACK told whole though no SYN was told before it", () => {
    expect(flagged("The server replies with a SYN-ACK and moves to ESTABLISHED. The client then sends the ACK.")).toBe(true);
  });

  it("is not flagged where nothing ties the state to the reply and no third ACK is told after it", () => {
    expect(flagged("The client sends a SYN. The server sends a SYN-ACK and enters ESTABLISHED.")).toBe(false);
  });
});
