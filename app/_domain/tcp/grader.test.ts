import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grade } from "./grader";
import { referenceRun, type RunChoices } from "./reference-run";
import { SCENARIOS, findScenario } from "./scenarios";
import { FLAGS, isTimeout, type Flag, type Step } from "./segment";

const scenario = (id: string) => findScenario(id)!;
const ISN_CHOICES: RunChoices[] = [
  { clientIsn: 100, serverIsn: 200 },
  // Near the top of the 32-bit space, so the arithmetic has to wrap.
  { clientIsn: 4_294_967_295, serverIsn: 7, ackOnFin: true, pshOnData: true, dataLen: 1460, underscores: true },
];

describe("every scenario's correct answer is graded correct", () => {
  for (const s of SCENARIOS) {
    it.each(ISN_CHOICES)(`${s.id} with ISNs %o`, (choices) => {
      const result = grade(s, referenceRun(s.id, choices));
      expect(result.steps.flatMap((r) => r.errors)).toEqual([]);
      expect(result).toMatchObject({ correct: true, score: 1 });
      expect(result.steps).toHaveLength(s.script.length);
    });
  }
});

type Mutation = { field: string; apply: (step: Step) => Step | null };

/** Every single-field change of a step; null when the field does not apply to the step. */
const mutations: Mutation[] = [
  { field: "from", apply: (s) => (isTimeout(s) ? null : { ...s, from: s.from === "client" ? "server" : "client" }) },
  { field: "seq", apply: (s) => (isTimeout(s) ? null : { ...s, seq: s.seq + 1 }) },
  { field: "seq", apply: (s) => (isTimeout(s) ? null : { ...s, seq: s.seq === 0 ? 5 : s.seq - 1 }) },
  { field: "ack", apply: (s) => (isTimeout(s) || s.ack === undefined ? null : { ...s, ack: s.ack + 1 }) },
  { field: "len", apply: (s) => (isTimeout(s) ? null : { ...s, len: (s.len ?? 0) > 0 ? 0 : 10 }) },
  { field: "lost", apply: (s) => (isTimeout(s) ? null : { ...s, lost: !s.lost }) },
  { field: "timeout", apply: (s) => (isTimeout(s) ? { ...s, timeout: s.timeout === "client" ? "server" : "client" } : null) },
  { field: "client", apply: (s) => ({ ...s, client: s.client === "CLOSING" ? "LISTEN" : "CLOSING" }) },
  { field: "server", apply: (s) => ({ ...s, server: s.server === "CLOSING" ? "LISTEN" : "CLOSING" }) },
  { field: "client", apply: (s) => ({ ...s, client: "TIMED_WAIT" }) },
  ...FLAGS.map((flag) => ({
    field: "flags",
    apply: (s: Step) => {
      if (isTimeout(s)) return null;
      const flags = s.flags.includes(flag) ? s.flags.filter((f) => f !== flag) : [...s.flags, flag as Flag];
      return { ...s, flags };
    },
  })),
];

/** Changes that are right too: ACK on a FIN in a synchronized state, PSH on data. */
function alsoRight(scenarioId: string, index: number, before: Step, after: Step): boolean {
  if (isTimeout(before) || isTimeout(after)) return false;
  const exp = scenario(scenarioId).script[index]!;
  if ("timeout" in exp) return false;
  const toggled = [...before.flags, ...after.flags].find((f) => before.flags.includes(f) !== after.flags.includes(f));
  return !!toggled && (exp.optional ?? []).includes(toggled) && (toggled !== "ACK" || after.flags.includes("ACK") === false || after.ack !== undefined);
}

describe("every single-field mutation is graded wrong, naming that field", () => {
  for (const s of SCENARIOS) {
    it(s.id, () => {
      const good = referenceRun(s.id, { clientIsn: 1000, serverIsn: 5000, ackOnFin: true });
      let checked = 0;
      good.forEach((step, index) => {
        for (const m of mutations) {
          const changed = m.apply(step);
          if (!changed) continue;
          const answer = good.map((x, i) => (i === index ? changed : x));
          const result = grade(s, answer);
          if (alsoRight(s.id, index, step, changed)) {
            expect(result.correct, `${s.id} step ${index}: toggling an optional flag is right too`).toBe(true);
            continue;
          }
          checked += 1;
          expect(result.correct, `${s.id} step ${index} ${m.field} → ${JSON.stringify(changed)}`).toBe(false);
          const fields = result.steps[index]!.errors.map((e) => e.field);
          if (fields.length === 0 && (m.field === "seq" || m.field === "ack")) {
            // A side's first number is the learner's free choice (any ISN is right); changing
            // it alone breaks the peer's acknowledgement of it, which a later step names.
            const later = result.steps.slice(index + 1).flatMap((r) => r.errors.map((e) => e.field));
            expect(later, `${s.id} step ${index}: ${JSON.stringify(changed)}`).toEqual(expect.arrayContaining([m.field === "seq" ? "ack" : "seq"]));
            continue;
          }
          expect(fields, `${s.id} step ${index}: ${JSON.stringify(changed)}`).toContain(m.field);
        }
      });
      expect(checked).toBeGreaterThan(good.length * 5);
    });
  }
});

describe("grading details", () => {
  const run = referenceRun("three-way-handshake", { clientIsn: 100, serverIsn: 200 });

  it("accepts RFC and common state spellings", () => {
    const spelled = run.map((s, i) => (i === 0 ? { ...s, server: "syn_rcvd" } : i === 1 ? { ...s, server: "SYN_RECEIVED" } : s));
    expect(grade(scenario("three-way-handshake"), spelled).correct).toBe(true);
  });

  it("says TIMED_WAIT names no state and suggests TIME-WAIT, in both languages", () => {
    const close = referenceRun("four-way-close", { clientIsn: 1, serverIsn: 2 });
    close[2] = { ...close[2]!, client: "TIMED_WAIT" };
    for (const [locale, pattern] of [["en", /"TIMED_WAIT" names no TCP state .*nearest real one is TIME-WAIT/], ["ko", /"TIMED_WAIT"라는 TCP 상태는 없으며 .*TIME-WAIT/]] as const) {
      const err = grade(scenario("four-way-close"), close, locale).steps[2]!.errors[0]!;
      expect(err).toMatchObject({ code: "unknown_state", field: "client", expected: "TIME-WAIT", got: "TIMED_WAIT" });
      expect(err.message).toMatch(pattern);
    }
  });

  it("explains an ACK number that forgets the +1 with the RFC rule", () => {
    const wrong = run.map((s, i) => (i === 1 && !isTimeout(s) ? { ...s, ack: 100 } : s));
    const err = grade(scenario("three-way-handshake"), wrong).steps[1]!.errors[0]!;
    expect(err).toMatchObject({ code: "wrong_ack", field: "ack", expected: 101, got: 100 });
    expect(err.message).toMatch(/RFC 9293 §3.4/);
  });

  it("keeps grading on the expected track after a mistake", () => {
    const wrong = run.map((s, i) => (i === 0 && !isTimeout(s) ? { ...s, seq: 100 } : s));
    wrong[1] = { ...wrong[1]!, from: "client" } as Step;
    const result = grade(scenario("three-way-handshake"), wrong);
    expect(result.steps.map((r) => r.ok)).toEqual([true, false, true]);
    expect(result.score).toBeCloseTo(2 / 3);
  });

  it("marks missing steps and extra steps", () => {
    const short = grade(scenario("three-way-handshake"), run.slice(0, 2));
    expect(short.correct).toBe(false);
    expect(short.steps[2]!.errors[0]).toMatchObject({ code: "missing_step", field: "steps" });
    const long = grade(scenario("three-way-handshake"), [...run, run[2]!]);
    expect(long.correct).toBe(false);
    expect(long.steps[3]!.errors[0]).toMatchObject({ code: "extra_step" });
    expect(long.score).toBeCloseTo(3 / 4);
  });

  it("names the server's SYN-SENT mistake", () => {
    const wrong = run.map((s, i) => (i === 0 ? { ...s, server: "SYN_SENT" } : s));
    const err = grade(scenario("three-way-handshake"), wrong, "en").steps[0]!.errors[0]!;
    expect(err.message).toMatch(/receives a SYN enters SYN-RECEIVED/);
  });
});

describe("random valid runs are graded correct", () => {
  it("for any ISNs, optional flags, data sizes and spellings", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCENARIOS.map((s) => s.id)),
        fc.record({
          clientIsn: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
          serverIsn: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
          ackOnFin: fc.boolean(),
          pshOnData: fc.boolean(),
          dataLen: fc.integer({ min: 1, max: 65535 }),
          underscores: fc.boolean(),
        }),
        (id, choices) => {
          const result = grade(scenario(id), referenceRun(id, choices));
          expect(result.steps.flatMap((r) => r.errors)).toEqual([]);
          expect(result.correct).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
