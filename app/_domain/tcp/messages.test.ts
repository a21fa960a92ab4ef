import { beforeAll, describe, expect, it } from "vitest";
import { grade, type GradeError } from "./grader";
import { messages, type ErrorCode, type Locale } from "./messages";
import { referenceRun } from "./reference-run";
import { SCENARIOS } from "./scenarios";
import { FLAGS, isTimeout, type Step } from "./segment";

/** Answers that together make the grader produce every error code. */
function wrongAnswers(): { id: string; steps: Step[] }[] {
  const out: { id: string; steps: Step[] }[] = [];
  for (const s of SCENARIOS) {
    const good = referenceRun(s.id, { clientIsn: 4_294_967_290, serverIsn: 3 });
    out.push({ id: s.id, steps: good.slice(0, -1) }, { id: s.id, steps: [...good, good[0]!] });
    good.forEach((step, i) => {
      const put = (changed: Step) => out.push({ id: s.id, steps: good.map((x, j) => (j === i ? changed : x)) });
      put({ ...step, client: "TIMED_WAIT" });
      put({ ...step, server: step.server === "LISTEN" ? "CLOSED" : "LISTEN" });
      if (isTimeout(step)) {
        put({ ...step, timeout: step.timeout === "client" ? "server" : "client" });
        put({ from: step.timeout, flags: ["ACK"], seq: 1, ack: 1, client: step.client, server: step.server });
        return;
      }
      put({ timeout: step.from, client: step.client, server: step.server });
      put({ ...step, from: step.from === "client" ? "server" : "client" });
      put({ ...step, seq: step.seq + 1 });
      if (step.ack !== undefined) put({ ...step, ack: step.ack + 1 });
      put({ ...step, len: (step.len ?? 0) > 0 ? 0 : 3 });
      put({ ...step, lost: !step.lost });
      for (const f of FLAGS) put({ ...step, flags: step.flags.includes(f) ? step.flags.filter((x) => x !== f) : [...step.flags, f] });
    });
  }
  return out;
}

function errorsIn(locale: Locale): GradeError[] {
  return wrongAnswers().flatMap(({ id, steps }) => grade(SCENARIOS.find((s) => s.id === id)!, steps, locale).steps.flatMap((r) => r.errors));
}

// Sentence ends are ., ? or ! followed by a space or the end; dots inside "§3.10.7.1" do not count.
const sentenceEnds = (m: string) => m.match(/[.?!](?=\s|$)/g)?.length ?? 0;
const HANGUL = /[\uac00-\ud7a3]/;

describe("messages", () => {
  const codes = Object.keys(messages) as ErrorCode[];
  // Thousands of gradings: made once, and only when a test here runs.
  const byLocale = { en: [] as GradeError[], ko: [] as GradeError[] };
  beforeAll(() => {
    byLocale.en = errorsIn("en");
    byLocale.ko = errorsIn("ko");
  });

  it.each(codes)("the grader produces %s in Korean and in English", (code) => {
    const en = byLocale.en.filter((e) => e.code === code);
    const ko = byLocale.ko.filter((e) => e.code === code);
    expect(en.length).toBeGreaterThan(0);
    expect(ko.length).toBe(en.length);
    for (const e of en) expect(e.message).not.toMatch(HANGUL);
    for (const e of ko) expect(e.message).toMatch(HANGUL);
  });

  it("every message is one sentence naming an RFC 9293 rule", () => {
    const all = [...byLocale.en, ...byLocale.ko];
    expect(all.length).toBeGreaterThan(500);
    for (const e of new Set(all.map((x) => x.message))) {
      expect(e, e).toMatch(/RFC 9293 §\d/);
      expect(sentenceEnds(e), e).toBe(1);
      expect(e.trimEnd(), e).toMatch(/[.?!]$/);
    }
  });

  it("every error names a field of the step", () => {
    const fields = new Set(["from", "flags", "seq", "ack", "len", "lost", "timeout", "client", "server", "steps"]);
    for (const e of byLocale.en) expect(fields, JSON.stringify(e)).toContain(e.field);
  });
});
