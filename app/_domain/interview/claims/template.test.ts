import { describe, expect, it } from "vitest";
import { parseClaimTemplate } from "./template";

const error = (text: string) => {
  const parsed = parseClaimTemplate(text);
  return "error" in parsed ? parsed.error : null;
};

describe("parseClaimTemplate", () => {
  it("reads actor, verb and segment, keeping the text it was written as", () => {
    expect(parseClaimTemplate("client sends SYN")).toEqual({ actor: "client", verb: "sends", flags: ["SYN"], text: "client sends SYN" });
    expect(parseClaimTemplate("  server receives syn+ack ")).toEqual({
      actor: "server",
      verb: "receives",
      flags: ["SYN", "ACK"],
      text: "  server receives syn+ack ",
    });
  });

  it("reads words apart by any run of spaces", () => {
    expect(parseClaimTemplate("client  sends \t SYN")).toMatchObject({ actor: "client", verb: "sends", flags: ["SYN"] });
  });

  it("takes each closer's other name and 'is in' as 'enters'", () => {
    expect(parseClaimTemplate("active-closer retransmits FIN")).toMatchObject({ actor: "first", verb: "retransmits", flags: ["FIN"] });
    expect(parseClaimTemplate("passive-closer acknowledges FIN")).toMatchObject({ actor: "second", verb: "acknowledges", flags: ["FIN"] });
    expect(parseClaimTemplate("second-closer is in LAST-ACK")).toMatchObject({ actor: "second", verb: "enters", state: "LAST-ACK" });
    expect(parseClaimTemplate("either enters time_wait")).toMatchObject({ actor: "either", verb: "enters", state: "TIME-WAIT" });
  });

  it("reads 2MSL in its spellings, with 'in' and 'for' as filler", () => {
    for (const msl of ["2MSL", "2*MSL", "2msl"])
      expect(parseClaimTemplate(`first-closer waits for ${msl} in TIME-WAIT`)).toEqual({
        actor: "first",
        verb: "waits",
        twoMsl: true,
        state: "TIME-WAIT",
        text: `first-closer waits for ${msl} in TIME-WAIT`,
      });
    expect(parseClaimTemplate("first-closer waits in FIN-WAIT-2")).toMatchObject({ verb: "waits", state: "FIN-WAIT-2" });
    expect(parseClaimTemplate("first-closer waits 2MSL")).not.toHaveProperty("state");
  });

  it("refuses a word that only looks like 2MSL, naming the word", () => {
    for (const w of ["12MSL", "2MSLs", "2xMSL", "2*xMSL", "2**MSL"])
      expect(error(`first-closer waits ${w}`)).toBe(`"first-closer waits ${w}": "${w}" is neither a segment (SYN, SYN+ACK, ACK, FIN, RST), a state nor 2MSL`);
    // "is in" is one phrase only as whole words: "this in" stays the unknown word "this".
    expect(error("client waits this in TIME-WAIT")).toBe(
      `"client waits this in TIME-WAIT": "this" is neither a segment (SYN, SYN+ACK, ACK, FIN, RST), a state nor 2MSL`,
    );
  });

  it("refuses a segment with an unknown flag", () => {
    expect(error("client sends SYN+FOO")).toMatch(/"SYN\+FOO" is neither a segment/);
  });

  it("names an unknown actor or verb with the ones it knows", () => {
    expect(error("host sends SYN")).toBe(
      `"host sends SYN": the actor "host" is not one of client, server, first-closer, active-closer, second-closer, passive-closer, either`,
    );
    expect(error("client")).toBe(`"client": the verb "" is not one of sends, receives, retransmits, acknowledges, enters, is-in, waits`);
    expect(error("client opens SYN")).toMatch(/the verb "opens" is not one of/);
    expect(error("")).toMatch(/^"": the actor "" is not one of/);
  });

  it("asks each verb for the object it needs", () => {
    for (const verb of ["sends", "receives", "retransmits", "acknowledges"]) {
      expect(error(`client ${verb} ESTABLISHED`)).toBe(`"client ${verb} ESTABLISHED": "${verb}" needs a segment such as SYN or FIN+ACK`);
      expect(error(`client ${verb} 2MSL`)).toMatch(/needs a segment/);
    }
    expect(error("server enters SYN")).toBe(`"server enters SYN": "enters" needs a state such as TIME-WAIT`);
    expect(error("server enters 2MSL")).toMatch(/"enters" needs a state/);
    expect(error("either waits ACK")).toBe(`"either waits ACK": "waits" needs 2MSL or a state`);
    expect(error("client enters LISTEN")).toBeNull();
    expect(error("client waits 2MSL")).toBeNull();
    expect(error("client waits ESTABLISHED")).toBeNull();
  });
});
