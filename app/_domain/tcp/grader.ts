import { afterReceive, afterSend, afterTimeout, resetFor, seqLe, seqLt, timerIn, type Endpoint, type Segment } from "./machine";
import { describeExpected, messages, type ErrorCode, type Locale } from "./messages";
import type { ExpectedSegment, Scenario } from "./scenarios";
import { isTimeout, other, seqAdd, type Flag, type Side, type Step } from "./segment";
import { nearestState, normaliseState, type TcpState } from "./states";

export type GradeError = { code: ErrorCode; field: string; expected: unknown; got: unknown; message: string };
export type StepResult = { index: number; ok: boolean; errors: GradeError[] };
export type GradeResult = { correct: boolean; score: number; steps: StepResult[] };

type Model = Record<Side, Endpoint>;

function checkStates(model: Model, step: Step, sent: ExpectedSegment | null, locale: Locale, errors: GradeError[]) {
  for (const side of ["client", "server"] as const) {
    const got = step[side];
    const expected = model[side].state;
    const named = normaliseState(got);
    if (!named) {
      const nearest = nearestState(got);
      errors.push({ code: "unknown_state", field: side, expected, got, message: messages.unknown_state(locale, { got, nearest }) });
    } else if (named !== expected) {
      errors.push({
        code: "wrong_state",
        field: side,
        expected,
        got,
        message: messages.wrong_state(locale, { side, expected, got: named, hint: stateHint(named, expected, sent) }),
      });
    }
  }
}

function stateHint(got: TcpState, expected: TcpState, sent: ExpectedSegment | null) {
  if (sent?.flags.includes("RST") && expected === "CLOSED") return "reset-closes" as const;
  if (got === "TIME-WAIT") return "time-wait-first-closer" as const;
  if (got === "SYN-SENT" && expected === "SYN-RECEIVED") return "syn-received" as const;
  if (got === "ESTABLISHED" && expected === "SYN-RECEIVED" && sent?.flags.includes("SYN")) return "established-on-ack" as const;
  return undefined;
}

function gradeSegment(
  model: Model,
  exp: ExpectedSegment,
  step: Exclude<Step, { timeout: Side }>,
  locale: Locale,
  errors: GradeError[],
  previous: Segment | undefined,
): { model: Model; sent: Segment } {
  const sender = model[exp.from];
  const receiver = model[other(exp.from)];
  const push = (code: ErrorCode, field: string, expected: unknown, got: unknown, message: string) => errors.push({ code, field, expected, got, message });
  // A reset from a side with no connection answers the segment that just reached it, by the
  // machine's rule for a CLOSED port (RFC 9293 §3.10.7.1).
  const reset = exp.reset && previous ? resetFor(previous) : null;

  if (step.from !== exp.from) push("wrong_sender", "from", exp.from, step.from, messages.wrong_sender(locale, { expected: exp.from, got: step.from }));

  const allowed = new Set<Flag>([...exp.flags, ...(exp.optional ?? [])]);
  for (const flag of exp.flags) if (!step.flags.includes(flag)) push("missing_flag", "flags", exp.flags, step.flags, messages.missing_flag(locale, { flag }));
  for (const flag of new Set(step.flags)) if (!allowed.has(flag)) push("extra_flag", "flags", exp.flags, step.flags, messages.extra_flag(locale, { flag }));
  const flags = [...exp.flags, ...(exp.optional ?? []).filter((f) => step.flags.includes(f))];

  // Sequence number: fixed by what this side sent before, or chosen freely by its first segment.
  const expectedSeq = exp.reset ? reset?.seq : exp.retransmit === "FIN" ? sender.finSeq : exp.retransmit === "SYN" ? sender.synSeq : sender.sndNxt;
  let seq = expectedSeq ?? step.seq;
  if (expectedSeq !== undefined && step.seq !== expectedSeq) {
    const reason = exp.reset ? "reset" : exp.retransmit ? "retransmit" : sender.synSeq !== undefined && step.seq === sender.synSeq ? "syn" : "next";
    push("wrong_seq", "seq", expectedSeq, step.seq, messages.wrong_seq(locale, { expected: expectedSeq, reason }));
  }
  // A free choice with a floor: a SYN that reopens a connection its receiver holds in
  // TIME-WAIT, and the ISN of the side that reopened it, must lie above the old incarnation's
  // numbers (RFC 9293 §3.6.1, MAY-2). The model goes on with the lowest right number.
  if (expectedSeq === undefined && flags.includes("SYN")) {
    const reopens = !flags.includes("ACK") && receiver.state === "TIME-WAIT" && receiver.rcvNxt !== undefined;
    if (reopens && !seqLt(receiver.rcvNxt!, step.seq)) {
      seq = seqAdd(receiver.rcvNxt!, 1);
      push("wrong_seq", "seq", `>${receiver.rcvNxt}`, step.seq, messages.wrong_seq(locale, { expected: receiver.rcvNxt!, reason: "reopen-syn" }));
    } else if (sender.minIss !== undefined && !seqLe(sender.minIss, step.seq)) {
      seq = sender.minIss;
      push("wrong_seq", "seq", `>=${sender.minIss}`, step.seq, messages.wrong_seq(locale, { expected: sender.minIss, reason: "reopen-iss" }));
    }
  }

  // Acknowledgement number: what this side expects next from the peer.
  let ack: number | undefined;
  if (flags.includes("ACK")) {
    const expectedAck = exp.reset ? reset?.ack : exp.crosses ? previous?.seq : sender.rcvNxt;
    ack = expectedAck ?? step.ack;
    if (expectedAck !== undefined && step.ack !== expectedAck) {
      // Acknowledging the peer's ISN itself forgets that its SYN takes one number.
      const forgotSyn = !exp.reset && !exp.crosses && sender.irs !== undefined && step.ack === sender.irs && expectedAck === seqAdd(sender.irs, 1);
      push(
        "wrong_ack",
        "ack",
        expectedAck,
        step.ack ?? null,
        messages.wrong_ack(locale, { expected: expectedAck, ...(forgotSyn ? { reason: "syn" as const } : {}) }),
      );
    }
  }

  const len = step.len ?? 0;
  if (exp.data ? len <= 0 : len !== 0) push("wrong_len", "len", exp.data ? ">0" : 0, len, messages.wrong_len(locale, { data: !!exp.data }));
  if (!!step.lost !== !!exp.lost) push("wrong_lost", "lost", !!exp.lost, !!step.lost, messages.wrong_lost(locale, { lost: !!exp.lost }));

  // The model follows the expected step (with the learner's free choices), so one mistake
  // does not make every later step wrong.
  const segment: Segment = { flags, seq, ack, len: exp.data ? Math.max(len, 1) : 0 };
  const next: Model = { ...model };
  if (ack !== undefined && sender.rcvNxt === undefined) {
    next[exp.from] = { ...sender, rcvNxt: ack };
    if (receiver.sndNxt === undefined) next[other(exp.from)] = { ...receiver, sndNxt: ack };
  }
  next[exp.from] = afterSend(next[exp.from], segment, !!exp.retransmit);
  if (!exp.lost) next[other(exp.from)] = afterReceive(next[other(exp.from)], segment);
  return { model: next, sent: segment };
}

/**
 * Grades a learner's answer step by step against a scenario (RFC 9293 state machine).
 *
 * score = (expected steps answered fully right) / max(expected steps, answered steps), so a
 * missing step counts as wrong and each extra step lowers the score like a wrong one;
 * correct = every expected step right and no extra step. Takes already-parsed input (no zod
 * here: it runs on every submission and must stay in microseconds).
 */
export function grade(scenario: Scenario, steps: Step[], locale: Locale = "en"): GradeResult {
  let model: Model = { client: { state: scenario.initial.client }, server: { state: scenario.initial.server } };
  const results: StepResult[] = [];
  let previous: Segment | undefined;
  const total = Math.max(steps.length, scenario.script.length);
  for (let index = 0; index < total; index++) {
    const exp = scenario.script[index];
    const step = steps[index];
    const errors: GradeError[] = [];
    if (!step) {
      const expected = describeExpected(exp && "timeout" in exp ? { ...exp, timer: timerIn(model[exp.timeout].state) } : (exp as never), locale);
      results.push({
        index,
        ok: false,
        errors: [{ code: "missing_step", field: "steps", expected, got: null, message: messages.missing_step(locale, { expected }) }],
      });
      continue;
    }
    if (!exp) {
      results.push({ index, ok: false, errors: [{ code: "extra_step", field: "steps", expected: null, got: step, message: messages.extra_step(locale) }] });
      continue;
    }
    let sent: ExpectedSegment | null = null;
    if ("timeout" in exp) {
      const timer = timerIn(model[exp.timeout].state);
      if (!isTimeout(step))
        errors.push({
          code: "wrong_order",
          field: "timeout",
          expected: exp.timeout,
          got: step.from,
          message: messages.wrong_order(locale, { expected: describeExpected({ ...exp, timer }, locale) }),
        });
      else if (step.timeout !== exp.timeout)
        errors.push({
          code: "wrong_timeout",
          field: "timeout",
          expected: exp.timeout,
          got: step.timeout,
          message: messages.wrong_timeout(locale, { expected: exp.timeout, timer }),
        });
      model = { ...model, [exp.timeout]: afterTimeout(model[exp.timeout]) };
    } else if (isTimeout(step)) {
      errors.push({
        code: "wrong_order",
        field: "from",
        expected: exp.from,
        got: `timeout:${step.timeout}`,
        message: messages.wrong_order(locale, { expected: describeExpected(exp, locale) }),
      });
      ({ model, sent: previous } = gradeSegment(model, exp, { from: exp.from, flags: exp.flags, seq: 0, client: "", server: "" }, locale, [], previous));
    } else {
      sent = exp;
      ({ model, sent: previous } = gradeSegment(model, exp, step, locale, errors, previous));
    }
    checkStates(model, step, sent, locale, errors);
    results.push({ index, ok: errors.length === 0, errors });
  }
  const right = results.filter((r, i) => r.ok && i < scenario.script.length).length;
  const score = right / Math.max(scenario.script.length, steps.length);
  return { correct: right === scenario.script.length && steps.length === scenario.script.length, score, steps: results };
}
