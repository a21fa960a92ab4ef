import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grade } from "./grader";
import { resetFor } from "./machine";
import { referenceRun, type RunChoices } from "./reference-run";
import { SCENARIOS, findScenario } from "./scenarios";
import { FLAGS, isTimeout, type Step } from "./segment";

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
      const flags = s.flags.includes(flag) ? s.flags.filter((f) => f !== flag) : [...s.flags, flag];
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
    for (const [locale, pattern] of [
      ["en", /"TIMED_WAIT" names no TCP state .*nearest real one is TIME-WAIT/],
      ["ko", /"TIMED_WAIT"라는 TCP 상태는 없으며 .*TIME-WAIT/],
    ] as const) {
      const err = grade(scenario("four-way-close"), close, locale).steps[2]!.errors[0]!;
      expect(err).toMatchObject({ code: "unknown_state", field: "client", expected: "TIME-WAIT", got: "TIMED_WAIT" });
      expect(err.message).toMatch(pattern);
    }
  });

  it("explains an ACK number that forgets the SYN's +1 by the peer's ISN (IRS), in both languages", () => {
    const wrong = run.map((s, i) => (i === 1 && !isTimeout(s) ? { ...s, ack: 100 } : s));
    const err = grade(scenario("three-way-handshake"), wrong).steps[1]!.errors[0]!;
    expect(err).toMatchObject({ code: "wrong_ack", field: "ack", expected: 101, got: 100 });
    expect(err.message).toMatch(/SYN.*ISN.*\+ 1 = 101.*RFC 9293 §3\.4/);
    const ko = grade(scenario("three-way-handshake"), wrong, "ko").steps[1]!.errors[0]!.message;
    expect(ko).toMatch(/SYN.*ISN.*\+1 = 101.*RFC 9293 §3\.4/);
    // The third ACK forgetting the server's SYN is the same slip.
    const third = run.map((s, i) => (i === 2 && !isTimeout(s) ? { ...s, ack: 200 } : s));
    expect(grade(scenario("three-way-handshake"), third).steps[2]!.errors[0]!.message).toMatch(/ISN \(IRS\) \+ 1 = 201/);
  });

  it("explains any other wrong ACK by RCV.NXT, not by the SYN", () => {
    for (const ack of [102, 99, 0]) {
      const wrong = run.map((s, i) => (i === 1 && !isTimeout(s) ? { ...s, ack } : s));
      const err = grade(scenario("three-way-handshake"), wrong).steps[1]!.errors[0]!;
      expect(err).toMatchObject({ code: "wrong_ack", expected: 101, got: ack });
      expect(err.message).toMatch(/RCV\.NXT = 101/);
      expect(err.message).not.toMatch(/ISN/);
    }
    // After data, an ack equal to the peer's ISN is just wrong, as the SYN is long acknowledged.
    const data = referenceRun("lost-third-ack", { clientIsn: 100, serverIsn: 300, dataLen: 20 });
    const late = data.map((s, i) => (i === 4 && !isTimeout(s) ? { ...s, ack: 100 } : s));
    expect(grade(scenario("lost-third-ack"), late).steps[4]!.errors[0]!.message).toMatch(/RCV\.NXT = 121/);
  });

  it("keeps grading on the expected track after a mistake", () => {
    const wrong = run.map((s, i) => (i === 0 && !isTimeout(s) ? { ...s, seq: 100 } : s));
    wrong[1] = { ...wrong[1]!, from: "client" };
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

describe("loss, reset and reopening scenarios", () => {
  const errorsAt = (id: string, steps: Step[], index: number, locale: "en" | "ko" = "en") => grade(scenario(id), steps, locale).steps[index]!.errors;
  const replace = (steps: Step[], index: number, patch: Partial<Step>) => steps.map((s, i) => (i === index ? { ...s, ...patch } : s));

  it("lost-syn: the timeout is the client's retransmission timer, not 2MSL", () => {
    const run = referenceRun("lost-syn", { clientIsn: 100, serverIsn: 300 });
    const missing = grade(scenario("lost-syn"), [run[0]!, ...run.slice(2)]);
    expect(missing.correct).toBe(false);
    const atServer = errorsAt("lost-syn", replace(run, 1, { timeout: "server" }), 1);
    expect(atServer[0]).toMatchObject({ code: "wrong_timeout", field: "timeout", expected: "client" });
    expect(atServer[0]!.message).toMatch(/retransmission timer fires at the client.*§3\.8\.1/);
    expect(errorsAt("lost-syn", replace(run, 1, { timeout: "server" }), 1, "ko")[0]!.message).toMatch(/재전송 타이머/);
    // Leaving the timeout out shifts the answer; the step it should be is named as a retransmission timeout.
    const skipped = grade(scenario("lost-syn"), [run[0]!, run[2]!, run[3]!, run[4]!]);
    expect(skipped.steps[1]!.errors[0]!.message).toMatch(/retransmission timeout at the client/);
  });

  it("lost-syn: the retransmitted SYN repeats the first sequence number, and the first copy is lost", () => {
    const run = referenceRun("lost-syn", { clientIsn: 100, serverIsn: 300 });
    expect(errorsAt("lost-syn", replace(run, 2, { seq: 101 }), 2)[0]).toMatchObject({ code: "wrong_seq", expected: 100, got: 101 });
    expect(errorsAt("lost-syn", replace(run, 0, { lost: false }), 0)[0]).toMatchObject({ code: "wrong_lost", field: "lost" });
    // Until the retransmission arrives the server has heard nothing.
    expect(errorsAt("lost-syn", replace(run, 0, { server: "SYN-RECEIVED" }), 0)[0]).toMatchObject({ code: "wrong_state", field: "server", expected: "LISTEN" });
  });

  it("lost-third-ack: the server stays in SYN-RECEIVED until the data segment's ACK field acknowledges its SYN", () => {
    const run = referenceRun("lost-third-ack", { clientIsn: 100, serverIsn: 300, dataLen: 20 });
    expect(run[3]).toMatchObject({ from: "client", seq: 101, ack: 301, len: 20, server: "ESTABLISHED" });
    expect(run[4]).toMatchObject({ from: "server", seq: 301, ack: 121 });
    expect(errorsAt("lost-third-ack", replace(run, 2, { server: "ESTABLISHED" }), 2)[0]).toMatchObject({ code: "wrong_state", expected: "SYN-RECEIVED" });
    // The lost ACK consumed no number, so the data starts at x+1 as well.
    expect(errorsAt("lost-third-ack", replace(run, 3, { seq: 102 }), 3)[0]).toMatchObject({ code: "wrong_seq", expected: 101 });
    expect(errorsAt("lost-third-ack", replace(run, 3, { flags: ["PSH"] }), 3).map((e) => e.code)).toContain("missing_flag");
  });

  it("abortive-close: RST carries SND.NXT, ACK is optional, and both sides are CLOSED at once with no TIME-WAIT", () => {
    const run = referenceRun("abortive-close", { clientIsn: 1000, serverIsn: 5000, dataLen: 10 });
    expect(run[2]).toMatchObject({ from: "client", flags: ["RST"], seq: 1000, client: "CLOSED", server: "CLOSED" });
    expect(grade(scenario("abortive-close"), replace(run, 2, { flags: ["RST", "ACK"], ack: 5010 })).correct).toBe(true);
    expect(errorsAt("abortive-close", replace(run, 2, { flags: ["RST", "ACK"], ack: 5000 }), 2)[0]).toMatchObject({ code: "wrong_ack", expected: 5010 });
    expect(errorsAt("abortive-close", replace(run, 2, { seq: 999 }), 2)[0]).toMatchObject({ code: "wrong_seq", expected: 1000 });
    const tw = errorsAt("abortive-close", replace(run, 2, { client: "TIME-WAIT" }), 2);
    expect(tw[0]).toMatchObject({ code: "wrong_state", field: "client", expected: "CLOSED", got: "TIME-WAIT" });
    expect(tw[0]!.message).toMatch(/reset deletes the connection at both ends at once/);
    expect(errorsAt("abortive-close", replace(run, 2, { client: "TIME-WAIT" }), 2, "ko")[0]!.message).toMatch(/TIME-WAIT 없이/);
    expect(errorsAt("abortive-close", replace(run, 2, { flags: ["FIN"] }), 2).map((e) => e.code)).toEqual(
      expect.arrayContaining(["missing_flag", "extra_flag"]),
    );
  });

  describe("syn-to-closed-port: the server answers with the machine's rule for a CLOSED port (resetFor, RFC 9293 §3.10.7.1)", () => {
    const run = (clientIsn: number) => referenceRun("syn-to-closed-port", { clientIsn, serverIsn: 0 });

    it("each reset step of a scenario has the flags resetFor gives for the segment before it", () => {
      for (const s of SCENARIOS) {
        s.script.forEach((exp, i) => {
          if (!("reset" in exp) || !exp.reset) return;
          const before = s.script[i - 1]!;
          if ("timeout" in before) throw new Error(`${s.id}: a reset must follow a segment`);
          expect(resetFor({ flags: before.flags, seq: 1, ack: before.flags.includes("ACK") ? 1 : undefined, len: 0 })?.flags, s.id).toEqual(exp.flags);
        });
      }
    });

    it("RST+ACK carries seq 0 and acknowledges the whole SYN, across the wrap", () => {
      for (const isn of [0, 100, 2 ** 31, 2 ** 32 - 1]) {
        const steps = run(isn);
        const answer = resetFor({ flags: ["SYN"], seq: isn, ack: undefined, len: 0 })!;
        expect(steps[1]).toMatchObject({ flags: answer.flags, seq: answer.seq, ack: answer.ack });
        expect(grade(scenario("syn-to-closed-port"), steps).correct).toBe(true);
        expect(errorsAt("syn-to-closed-port", replace(steps, 1, { ack: isn }), 1)[0]).toMatchObject({ code: "wrong_ack", expected: answer.ack, got: isn });
      }
    });

    it("a RST with any seq but 0 is named by the rule for resetting a SYN", () => {
      const steps = run(100);
      for (const seq of [100, 101, 1]) {
        const err = errorsAt("syn-to-closed-port", replace(steps, 1, { seq }), 1)[0]!;
        expect(err).toMatchObject({ code: "wrong_seq", field: "seq", expected: 0, got: seq });
        expect(err.message).toMatch(/RST.*seq=0.*§3\.10\.7\.1/);
      }
    });

    it("the client in SYN-SENT goes to CLOSED on that RST; the server never left CLOSED", () => {
      const steps = run(100);
      expect(errorsAt("syn-to-closed-port", replace(steps, 1, { client: "SYN-SENT" }), 1)[0]).toMatchObject({
        code: "wrong_state",
        field: "client",
        expected: "CLOSED",
        got: "SYN-SENT",
      });
      expect(errorsAt("syn-to-closed-port", replace(steps, 1, { server: "LISTEN" }), 1)[0]).toMatchObject({
        code: "wrong_state",
        field: "server",
        expected: "CLOSED",
      });
      expect(errorsAt("syn-to-closed-port", replace(steps, 0, { server: "LISTEN" }), 0)[0]).toMatchObject({
        code: "wrong_state",
        field: "server",
        expected: "CLOSED",
      });
    });
  });

  describe("time-wait-reopen: the new SYN must lie above the old connection's numbers (RFC 9293 §3.6.1)", () => {
    // Old connection: the client's FIN takes 4294967295, so the server in TIME-WAIT has RCV.NXT = 0 after the wrap.
    const run = referenceRun("time-wait-reopen", { clientIsn: 4_294_967_295, serverIsn: 50, reopenGap: 5 });
    const withSyn = (seq: number, serverIsn = 60): Step[] => {
      const steps = replace(replace(run, 4, { seq }), 5, { seq: serverIsn, ack: (seq + 1) % 2 ** 32 });
      return replace(steps, 6, { seq: (seq + 1) % 2 ** 32, ack: serverIsn + 1 });
    };

    it("a SYN at or below the old RCV.NXT is an old duplicate; one above it reopens, across the wrap", () => {
      for (const [seq, ok] of [
        [0, false],
        [4_294_967_295, false],
        [4_294_967_000, false],
        [1, true],
        [2 ** 31 - 1, true],
      ] as const) {
        const result = grade(scenario("time-wait-reopen"), withSyn(seq));
        expect(result.correct, `SYN seq ${seq}`).toBe(ok);
        if (!ok) {
          expect(result.steps[4]!.errors[0]).toMatchObject({ code: "wrong_seq", field: "seq", expected: ">0", got: seq });
          expect(result.steps[4]!.errors[0]!.message).toMatch(/RCV\.NXT = 0.*old duplicate.*§3\.6\.1/);
        }
      }
    });

    it("the side that reopens picks an ISN at or above its old SND.NXT", () => {
      // The server's FIN was 50, so its old SND.NXT is 51.
      expect(grade(scenario("time-wait-reopen"), withSyn(10, 51)).correct).toBe(true);
      const low = grade(scenario("time-wait-reopen"), withSyn(10, 50), "ko");
      expect(low.steps[5]!.errors[0]).toMatchObject({ code: "wrong_seq", expected: ">=51", got: 50 });
      expect(low.steps[5]!.errors[0]!.message).toMatch(/51 이상.*MAY-2/);
    });

    it("the server goes from TIME-WAIT to SYN-RECEIVED, not through CLOSED or LISTEN", () => {
      for (const server of ["CLOSED", "LISTEN", "TIME-WAIT"])
        expect(errorsAt("time-wait-reopen", replace(run, 4, { server }), 4)[0]).toMatchObject({ code: "wrong_state", expected: "SYN-RECEIVED" });
    });
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
          reopenGap: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
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

describe("each mistake is explained by the rule it breaks", () => {
  const errorsOf = (id: string, steps: Step[], index: number, locale: "en" | "ko" = "en") => grade(scenario(id), steps, locale).steps[index]!.errors;
  const change = (steps: Step[], index: number, patch: Partial<Step>) => steps.map((s, i) => (i === index ? { ...s, ...patch } : s));
  const hand = referenceRun("three-way-handshake", { clientIsn: 100, serverIsn: 200 });

  it("a seq equal to our own ISN after the SYN: the SYN consumed a number", () => {
    const [err] = errorsOf("three-way-handshake", change(hand, 2, { seq: 100 }), 2);
    expect(err).toMatchObject({ code: "wrong_seq", field: "seq", expected: 101, got: 100 });
    expect(err!.message).toMatch(/SYN consumes one sequence number.*ISN\+1 = 101/);
  });

  it("any other wrong seq: SND.NXT, not the SYN", () => {
    for (const seq of [102, 99, 0]) {
      const [err] = errorsOf("three-way-handshake", change(hand, 2, { seq }), 2);
      expect(err).toMatchObject({ code: "wrong_seq", expected: 101, got: seq });
      expect(err!.message).toMatch(/SND\.NXT = 101/);
    }
    // A FIN's seq after data: SND.NXT counts the data, whatever the ISN was.
    const close = referenceRun("four-way-close", { clientIsn: 100, serverIsn: 200 });
    const [fin] = errorsOf("four-way-close", change(close, 2, { seq: 199 }), 2);
    expect(fin).toMatchObject({ code: "wrong_seq", expected: 200 });
    expect(fin!.message).toMatch(/SND\.NXT = 200/);
  });

  it("a retransmission with a new number: the same seq as the first copy, even when that is the ISN", () => {
    const run = referenceRun("lost-final-ack", { clientIsn: 100, serverIsn: 200 });
    const [fin] = errorsOf("lost-final-ack", change(run, 4, { seq: 201 }), 4);
    expect(fin).toMatchObject({ code: "wrong_seq", expected: 200, got: 201 });
    expect(fin!.message).toMatch(/same seq as the first copy, 200/);
    const open = referenceRun("simultaneous-open", { clientIsn: 100, serverIsn: 200 });
    const [syn] = errorsOf("simultaneous-open", change(open, 2, { seq: 101 }), 2);
    expect(syn).toMatchObject({ code: "wrong_seq", expected: 100, got: 101 });
    expect(syn!.message).toMatch(/same seq as the first copy, 100/);
  });

  describe("a wrong state gets a hint only where the hint is true", () => {
    const hintOf = (id: string, steps: Step[], index: number, side: "client" | "server") =>
      errorsOf(id, steps, index).find((e) => e.code === "wrong_state" && e.field === side)!.message;

    it("TIME-WAIT given to the side that did not close first", () => {
      const close = referenceRun("four-way-close", { clientIsn: 100, serverIsn: 200 });
      expect(hintOf("four-way-close", change(close, 2, { server: "TIME-WAIT" }), 2, "server")).toMatch(
        /in LAST-ACK, not TIME-WAIT because TIME-WAIT belongs only to the side that closed first/,
      );
      expect(hintOf("four-way-close", change(close, 0, { server: "TIME-WAIT" }), 0, "server")).toMatch(/side that closed first/);
    });

    it("SYN-SENT for the side that received the SYN; but not for a side that heard nothing yet", () => {
      expect(hintOf("three-way-handshake", change(hand, 0, { server: "SYN-SENT" }), 0, "server")).toMatch(/side that receives a SYN enters SYN-RECEIVED/);
      const lost = referenceRun("lost-syn", { clientIsn: 100, serverIsn: 200 });
      const m = hintOf("lost-syn", change(lost, 0, { server: "SYN-SENT" }), 0, "server");
      expect(m).toMatch(/in LISTEN, not SYN-SENT/);
      expect(m).not.toMatch(/because/);
    });

    it("ESTABLISHED too early: after the SYN+ACK, not after a lost third ACK, where SYN-RECEIVED is kept for another reason", () => {
      expect(hintOf("three-way-handshake", change(hand, 1, { server: "ESTABLISHED" }), 1, "server")).toMatch(/ESTABLISHED only on the third ACK/);
      const lost = referenceRun("lost-third-ack", { clientIsn: 100, serverIsn: 200 });
      const m = hintOf("lost-third-ack", change(lost, 2, { server: "ESTABLISHED" }), 2, "server");
      expect(m).toMatch(/in SYN-RECEIVED, not ESTABLISHED/);
      expect(m).not.toMatch(/because/);
      // The client is ESTABLISHED already: calling it SYN-RECEIVED gets no SYN hint.
      const client = hintOf("three-way-handshake", change(hand, 1, { client: "SYN-RECEIVED" }), 1, "client");
      expect(client).toMatch(/in ESTABLISHED, not SYN-RECEIVED/);
      expect(client).not.toMatch(/because/);
    });

    it("a reset closes at once; a CLOSED reached by the last ACK gets no reset hint", () => {
      const abort = referenceRun("abortive-close", { clientIsn: 100, serverIsn: 200 });
      expect(hintOf("abortive-close", change(abort, 2, { server: "CLOSE-WAIT" }), 2, "server")).toMatch(
        /in CLOSED, not CLOSE-WAIT because a reset deletes the connection/,
      );
      const close = referenceRun("four-way-close", { clientIsn: 100, serverIsn: 200 });
      const m = hintOf("four-way-close", change(close, 3, { server: "LAST-ACK" }), 3, "server");
      expect(m).toMatch(/in CLOSED, not LAST-ACK/);
      expect(m).not.toMatch(/because/);
      // A state the RST did not end: the data before it.
      const d = hintOf("abortive-close", change(abort, 0, { client: "CLOSED" }), 0, "client");
      expect(d).toMatch(/in ESTABLISHED, not CLOSED/);
      expect(d).not.toMatch(/because/);
    });
  });

  it("a step of the wrong kind names what the step should be, and the model goes on as expected", () => {
    const close = referenceRun("four-way-close", { clientIsn: 100, serverIsn: 200 });
    const asSegment = { from: "client", flags: ["ACK"], seq: 101, ack: 201, client: "CLOSED", server: "CLOSED" } as Step;
    const wrongKind = grade(scenario("four-way-close"), [...close.slice(0, 4), asSegment]);
    expect(wrongKind.steps[4]!.errors[0]).toMatchObject({ code: "wrong_order", field: "timeout", expected: "client", got: "client" });
    expect(wrongKind.steps[4]!.errors[0]!.message).toMatch(/the 2MSL timeout at the client/);
    const timeoutForSegment = grade(scenario("three-way-handshake"), [
      hand[0]!,
      { timeout: "server", client: "ESTABLISHED", server: "SYN-RECEIVED" },
      hand[2]!,
    ]);
    expect(timeoutForSegment.steps[1]!.errors[0]).toMatchObject({ code: "wrong_order", field: "from", expected: "server", got: "timeout:server" });
    expect(timeoutForSegment.steps[1]!.errors[0]!.message).toMatch(/SYN\+ACK from the server/);
    expect(timeoutForSegment.steps[0]!.ok).toBe(true);
  });
});

// The whole error a learner is shown for each kind of slip: its code, the field marked wrong,
// what was expected and what was given, and the sentence itself.
describe("each kind of mistake, as the learner sees it", () => {
  const hand = referenceRun("three-way-handshake", { clientIsn: 100, serverIsn: 200 });
  const change = (steps: Step[], index: number, patch: Partial<Step>) => steps.map((s, i) => (i === index ? { ...s, ...patch } : s));
  const stepOf = (id: string, steps: Step[], index: number, locale: "en" | "ko" = "en") => grade(scenario(id), steps, locale).steps[index]!;

  it("the wrong side sends", () => {
    expect(stepOf("three-way-handshake", change(hand, 0, { from: "server" }), 0).errors[0]).toEqual({
      code: "wrong_sender",
      field: "from",
      expected: "client",
      got: "server",
      message: "This segment is sent by the client (the order of RFC 9293 §3.5 and §3.6).",
    });
  });

  it("data where there is none, and none where there is data", () => {
    expect(stepOf("three-way-handshake", change(hand, 2, { len: 5 }), 2, "ko").errors).toEqual([
      { code: "wrong_len", field: "len", expected: 0, got: 5, message: "이 세그먼트에는 데이터가 없습니다 (len 0) (RFC 9293 §3.5, §3.6)." },
    ]);
    const half = referenceRun("half-close", { clientIsn: 100, serverIsn: 200 });
    expect(stepOf("half-close", change(half, 2, { len: 0 }), 2).errors).toEqual([
      {
        code: "wrong_len",
        field: "len",
        expected: ">0",
        got: 0,
        message: "This step carries data (len > 0): the peer may still send during a half-close (RFC 9293 §3.6).",
      },
    ]);
  });

  it("a lost segment said to arrive, and an arriving one said to be lost", () => {
    const lost = referenceRun("lost-third-ack", { clientIsn: 100, serverIsn: 200 });
    expect(stepOf("lost-third-ack", change(lost, 2, { lost: false }), 2).errors).toEqual([
      {
        code: "wrong_lost",
        field: "lost",
        expected: true,
        got: false,
        message: "In this scenario this segment is lost (lost: true), which is why the peer retransmits (RFC 9293 §3.8.1).",
      },
    ]);
    expect(stepOf("three-way-handshake", change(hand, 2, { lost: true }), 2, "ko").errors).toEqual([
      {
        code: "wrong_lost",
        field: "lost",
        expected: false,
        got: true,
        message: "이 세그먼트는 도착합니다 (lost: false): 유실된 세그먼트만 보낸 쪽이 재전송합니다 (RFC 9293 §3.8.1).",
      },
    ]);
  });

  it("a missing step is not right and names the step, a timer's by the timer that runs", () => {
    expect(stepOf("three-way-handshake", hand.slice(0, 2), 2)).toEqual({
      index: 2,
      ok: false,
      errors: [
        {
          code: "missing_step",
          field: "steps",
          expected: "ACK from the client",
          got: null,
          message: "A step is missing: in the RFC 9293 §3.3.2 state diagram, next comes ACK from the client.",
        },
      ],
    });
    const lost = referenceRun("lost-syn", { clientIsn: 100, serverIsn: 200 });
    expect(stepOf("lost-syn", lost.slice(0, 1), 1, "ko").errors[0]).toMatchObject({
      expected: "클라이언트의 재전송 타이머 만료",
      message: "단계가 빠졌습니다: RFC 9293 §3.3.2 상태 다이어그램에서 다음은 클라이언트의 재전송 타이머 만료입니다.",
    });
  });

  it("an extra step is not right and is given back as the learner wrote it", () => {
    expect(stepOf("three-way-handshake", [...hand, hand[2]!], 3)).toEqual({
      index: 3,
      ok: false,
      errors: [
        {
          code: "extra_step",
          field: "steps",
          expected: null,
          got: hand[2],
          message: "Both sides have already reached the scenario's final states (RFC 9293 §3.3.2), so this step is extra.",
        },
      ],
    });
  });

  it("a reopening side's ISN too low marks the seq field", () => {
    const run = referenceRun("time-wait-reopen", { clientIsn: 4_294_967_295, serverIsn: 50, reopenGap: 5 });
    const low = change(change(run, 5, { seq: 50, ack: 11 }), 4, { seq: 10 });
    expect(stepOf("time-wait-reopen", change(low, 6, { seq: 11, ack: 51 }), 5).errors[0]).toMatchObject({
      code: "wrong_seq",
      field: "seq",
      expected: ">=51",
      got: 50,
    });
  });

  describe("ESTABLISHED-on-the-third-ACK hint: only for ESTABLISHED given where SYN-RECEIVED is right", () => {
    const stateError = (steps: Step[], index: number, side: "client" | "server") =>
      grade(scenario("three-way-handshake"), steps).steps[index]!.errors.find((e) => e.field === side)!.message;

    it("not for another wrong state of a side in SYN-RECEIVED", () => {
      expect(stateError(change(hand, 0, { server: "LISTEN" }), 0, "server")).toBe(
        "After this step the server is in SYN-RECEIVED, not LISTEN (RFC 9293 §3.3.2).",
      );
    });

    it("not for ESTABLISHED given where another state is right", () => {
      expect(stateError(change(hand, 0, { client: "ESTABLISHED" }), 0, "client")).toBe(
        "After this step the client is in SYN-SENT, not ESTABLISHED (RFC 9293 §3.3.2).",
      );
    });

    it("not when the step was a timeout given for the SYN+ACK, so no SYN was sent", () => {
      const steps: Step[] = [hand[0]!, { timeout: "server", client: "ESTABLISHED", server: "ESTABLISHED" }, hand[2]!];
      expect(stateError(steps, 1, "server")).toBe("After this step the server is in SYN-RECEIVED, not ESTABLISHED (RFC 9293 §3.3.2).");
    });
  });
});
