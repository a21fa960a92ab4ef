import { describe, expect, it } from "vitest";
import type { Pattern } from "./practice";
import { aboutTopic, namedAsSubject } from "./topic";
import { prepare } from "./text";

const TIME_WAIT = /TIME[-_ ]?WAIT/i;
const names = (text: string) => {
  const p = prepare(text);
  return namedAsSubject(p, TIME_WAIT, 0, p.text.length);
};

describe("a state set against the subject", () => {
  it("is no subject in a comparison, in either language", () => {
    expect(names("Unlike TIME_WAIT, a half-closed socket still receives data.")).toBe(false);
    expect(names("CLOSE_WAIT is not TIME_WAIT: it waits for close().")).toBe(false);
    expect(names("TIME_WAIT와 달리 half-close에서는 데이터를 받는다.")).toBe(false);
    expect(names("TIME_WAIT가 아니라 CLOSE_WAIT에서 기다린다.")).toBe(false);
    expect(names("CLOSE_WAIT rather than TIME_WAIT holds the descriptor.")).toBe(false);
  });

  it("is the subject where it is named plainly, or named again outside the comparison", () => {
    expect(names("TIME_WAIT waits 2MSL.")).toBe(true);
    expect(names("TIME_WAIT는 2MSL 동안 기다린다.")).toBe(true);
    expect(names("Unlike CLOSE_WAIT, TIME_WAIT ends by itself.")).toBe(true);
    expect(names("TIME_WAIT가 끝나면 CLOSED가 된다.")).toBe(true);
    expect(names("Not TIME_WAIT but CLOSE_WAIT; TIME_WAIT comes later.")).toBe(true);
  });
});

describe("a sentence that sets a state against its subject", () => {
  // A mistake about TIME_WAIT, told in the words "waits for the application", and the sentence it is in.
  const pattern: Pattern = {
    misconception: "time-wait-waits-for-app",
    ko: "",
    en: "",
    re: /waits for the application/,
    scope: "clause",
    needs: /TIME/i,
    family: /\b(?:TIME|CLOSE)[-_ ]?WAIT\b/gi,
  };
  const about = (text: string) => {
    const p = prepare(text);
    const at = p.text.indexOf("waits for the application");
    const si = p.sentences.findIndex((s) => at >= s.start && at < s.end);
    return aboutTopic(p, pattern, si, at, at + "waits for the application".length, undefined);
  };

  it("is not about that state, though an earlier sentence was", () => {
    expect(about("TIME_WAIT lasts 2MSL. Unlike TIME_WAIT, the socket waits for the application to close.")).toBe(false);
  });

  it("is about it when it also names it plainly, and about the earlier state when the one set against is another", () => {
    expect(about("TIME_WAIT lasts 2MSL. Unlike TIME_WAIT in the kernel, TIME_WAIT in the table waits for the application.")).toBe(true);
    expect(about("TIME_WAIT lasts 2MSL. Unlike CLOSE_WAIT, the socket waits for the application to close.")).toBe(true);
  });
});
