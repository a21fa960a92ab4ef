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

describe("where a name stands, for the subject and the topic", () => {
  it("is read after the name itself, wherever the name is in the answer", () => {
    // Far enough in that the words after the name cannot be found by counting from the end.
    expect(names("연결을 끝낸 뒤에도 소켓은 한동안 그대로 남는데, TIME_WAIT와 달리 half-close에서는 데이터를 받는다.")).toBe(false);
  });

  it("looks only inside the span it is given, at each name's own place", () => {
    const p = prepare("TIME_WAIT lasts 2MSL. Unlike TIME_WAIT, CLOSE_WAIT waits for close(). The socket then closes.");
    const [first, second, third] = p.sentences;
    expect(namedAsSubject(p, TIME_WAIT, first!.start, first!.end)).toBe(true);
    expect(namedAsSubject(p, TIME_WAIT, second!.start, second!.end)).toBe(false);
    expect(namedAsSubject(p, TIME_WAIT, third!.start, third!.end)).toBe(false);
  });

  // A mistake about TIME_WAIT found by `re`; `topic` is the pattern's own topic, `rubric` the rubric's.
  const aboutMatch = (text: string, re: RegExp, rubric?: string, topic?: string) => {
    const pattern: Pattern = {
      misconception: "time-wait-waits-for-app",
      ko: "",
      en: "",
      re,
      scope: "clause",
      needs: /TIME/i,
      family: /\b(?:TIME|CLOSE)[-_ ]?WAIT\b/gi,
      ...(topic ? { topic } : {}),
    };
    const p = prepare(text);
    const m = re.exec(p.text)!;
    const si = p.sentences.findIndex((s) => m.index >= s.start && m.index < s.end);
    return aboutTopic(p, pattern, si, m.index, m.index + m[0].length, rubric);
  };

  // Equivalent mutants left alive: `n.at <= at` for `n.at < at` in `before` and `named` (names in
  // [at, end) are already filtered out of `here`), and `find(() => true)` for `find(n.at >= end)`
  // in `after` and `named` (each is reached only when no name stands before the match).
  it("leaves out a name the match itself opens on, and keeps one that starts where the match ends", () => {
    expect(aboutMatch("TIME_WAIT lasts 2MSL, and CLOSE_WAIT waits for the application.", /CLOSE_WAIT waits for the application/)).toBe(true);
    // The state the match names is what it says: only the one set against the subject is left, so the sentence is not about it.
    expect(
      aboutMatch("TIME_WAIT lasts 2MSL. Unlike TIME_WAIT in the kernel, TIME_WAIT waits for the application.", /TIME_WAIT waits for the application/),
    ).toBe(false);
    expect(aboutMatch("TIME_WAIT lasts 2MSL. The socket waits for the application in CLOSE_WAIT.", /waits for the application in /)).toBe(false);
    expect(aboutMatch("TIME_WAIT lasts 2MSL. The socket waits for the application, not CLOSE_WAIT.", /waits for the application, not /)).toBe(false);
  });

  it("gives a relative clause to the name set against the subject that it follows", () => {
    expect(aboutMatch("TIME_WAIT lasts 2MSL. Unlike CLOSE_WAIT, which waits for the application, it ends by itself.", /waits for the application/)).toBe(false);
    expect(aboutMatch("TIME_WAIT lasts 2MSL. Unlike CLOSE_WAIT, the socket waits for the application.", /waits for the application/)).toBe(true);
  });

  it("goes on past a sentence that points back to one naming no state", () => {
    expect(aboutMatch("The socket is closed. This state waits for the application.", /waits for the application/)).toBe(false);
    expect(aboutMatch("TIME_WAIT comes next. The socket is closed. This state waits for the application.", /waits for the application/)).toBe(true);
  });

  it("takes the state the next sentence names as what was just told, and only that one", () => {
    expect(aboutMatch("The socket waits for the application. This state is called TIME_WAIT.", /waits for the application/)).toBe(true);
    expect(aboutMatch("The socket waits for the application. This state is CLOSE_WAIT. TIME_WAIT comes later.", /waits for the application/)).toBe(false);
    expect(aboutMatch("The socket waits for the application. TIME_WAIT comes later.", /waits for the application/)).toBe(false);
  });

  it("falls back on the rubric's topic only for a pattern of that topic, when nothing is named", () => {
    expect(aboutMatch("The socket waits for the application.", /waits for the application/, "time-wait", "time-wait")).toBe(true);
    expect(aboutMatch("The socket waits for the application.", /waits for the application/, "four-way-close", "time-wait")).toBe(false);
    expect(aboutMatch("The socket waits for the application.", /waits for the application/, undefined, undefined)).toBe(false);
    expect(aboutMatch("The socket waits for the application.", /waits for the application/, "time-wait", undefined)).toBe(false);
  });
});
