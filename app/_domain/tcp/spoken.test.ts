import { expect, it } from "vitest";
import { segmentKey } from "../interview/segment-sequence";
import { describeExpected } from "./messages";
import { spokenFlags } from "./spoken";

it("names SYN+ACK and FIN+ACK one way everywhere: the step list, the messages, the interview keys", () => {
  expect(spokenFlags(["ACK", "SYN"])).toBe("SYN+ACK");
  expect(spokenFlags(["ACK", "FIN", "PSH"])).toBe("FIN+ACK+PSH");
  expect(describeExpected({ from: "server", flags: ["ACK", "SYN"] }, "ko")).toBe("서버가 보내는 SYN+ACK");
  expect(describeExpected({ from: "server", flags: ["ACK", "SYN"] }, "en")).toBe("SYN+ACK from the server");
  expect(segmentKey(["ACK", "SYN"])).toBe("SYN+ACK");
});

it("puts a flag it does not know after the known ones, and ignores case", () => {
  expect(spokenFlags(["NS", "ACK"])).toBe("ACK+NS");
  expect(spokenFlags(["ack", "syn"])).toBe("syn+ack");
});
