import { beforeAll, describe, expect, it } from "vitest";
import { grade, type GradeError } from "./grader";
import { describeExpected, messages, type ErrorCode, type Locale } from "./messages";
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
  return wrongAnswers().flatMap(({ id, steps }) =>
    grade(
      SCENARIOS.find((s) => s.id === id)!,
      steps,
      locale,
    ).steps.flatMap((r) => r.errors),
  );
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

// What each message must name, whatever its wording: the side, flag, state, field or number it
// is about and the RFC section of its rule. Wording may change; these facts may not.
describe("each message names what it is about", () => {
  // Korean checks use nouns and stems, not particles, which follow the word before them.
  // Each message is made inside its test, not while the cases are collected: a message made
  // before any test runs would not see a change to messages.ts that a test run switches on.
  type Case = [name: string, message: () => string, mustName: (string | RegExp)[]];
  const both = (name: string, make: (l: Locale) => string, en: (string | RegExp)[], ko: (string | RegExp)[]): Case[] => [
    [`${name} (en)`, () => make("en"), en],
    [`${name} (ko)`, () => make("ko"), ko],
  ];
  const cases: Case[] = [
    ...both("wrong_sender: the client", (l) => messages.wrong_sender(l, { expected: "client", got: "server" }), ["client", "§3.5"], ["클라이언트", "§3.5"]),
    ...both("wrong_sender: the server", (l) => messages.wrong_sender(l, { expected: "server", got: "client" }), ["server", "§3.6"], ["서버", "§3.6"]),
    ...both("wrong_order", (l) => messages.wrong_order(l, { expected: "<the step>" }), ["<the step>", "§3.3.2"], ["<the step>", "§3.3.2"]),
    ...FLAGS.flatMap((flag) => [
      ...both(`missing_flag ${flag}`, (l) => messages.missing_flag(l, { flag }), [flag, "missing", /RFC 9293 §3\.\d/], [flag, "빠졌", /RFC 9293 §3\.\d/]),
      ...both(`extra_flag ${flag}`, (l) => messages.extra_flag(l, { flag }), [flag, "must not", /RFC 9293 §3\.\d/], [flag, "없어야", /RFC 9293 §3\.\d/]),
    ]),
    ...both("missing_flag SYN cites the opening", (l) => messages.missing_flag(l, { flag: "SYN" }), ["ISN", "§3.5"], ["ISN", "§3.5"]),
    ...both(
      "missing_flag ACK cites the synchronized state",
      (l) => messages.missing_flag(l, { flag: "ACK" }),
      ["synchronized", "§3.10.7"],
      ["동기화", "§3.10.7"],
    ),
    ...both("missing_flag FIN cites closing", (l) => messages.missing_flag(l, { flag: "FIN" }), ["closes", "§3.6"], ["닫", "§3.6"]),
    ...both("extra_flag RST cites aborting", (l) => messages.extra_flag(l, { flag: "RST" }), ["abort", "§3.10.5"], ["abort", "§3.10.5"]),
    ...both("extra_flag PSH cites prompt delivery", (l) => messages.extra_flag(l, { flag: "PSH" }), ["PSH", "§3.9.1"], ["PSH", "§3.9.1"]),
    ...both("extra_flag URG cites urgent data", (l) => messages.extra_flag(l, { flag: "URG" }), ["urgent", "§3.8.5"], ["긴급", "§3.8.5"]),
    ...both(
      "wrong_seq next",
      (l) => messages.wrong_seq(l, { expected: 4242, reason: "next" }),
      ["SND.NXT = 4242", "SYN", "FIN", "§3.4"],
      ["SND.NXT = 4242", "SYN", "FIN", "§3.4"],
    ),
    ...both("wrong_seq syn", (l) => messages.wrong_seq(l, { expected: 4242, reason: "syn" }), ["SYN", "ISN+1 = 4242", "§3.4"], ["SYN", "ISN+1 = 4242", "§3.4"]),
    ...both("wrong_seq reset", (l) => messages.wrong_seq(l, { expected: 0, reason: "reset" }), ["RST", "seq=0", "§3.10.7.1"], ["RST", "seq=0", "§3.10.7.1"]),
    ...both(
      "wrong_seq retransmit",
      (l) => messages.wrong_seq(l, { expected: 4242, reason: "retransmit" }),
      [/retransmi/, "4242", "§3.8.1"],
      ["재전송", "4242", "§3.8.1"],
    ),
    ...both(
      "wrong_seq reopen-syn",
      (l) => messages.wrong_seq(l, { expected: 4242, reason: "reopen-syn" }),
      ["TIME-WAIT", "RCV.NXT = 4242", "§3.6.1"],
      ["TIME-WAIT", "RCV.NXT = 4242", "§3.6.1"],
    ),
    ...both(
      "wrong_seq reopen-iss",
      (l) => messages.wrong_seq(l, { expected: 4242, reason: "reopen-iss" }),
      ["TIME-WAIT", "ISN", "4242", "MAY-2"],
      ["TIME-WAIT", "ISN", "4242", "MAY-2"],
    ),
    ...both("wrong_ack", (l) => messages.wrong_ack(l, { expected: 4242 }), ["RCV.NXT = 4242", "SYN", "FIN", "§3.4"], ["RCV.NXT = 4242", "SYN", "FIN", "§3.4"]),
    ...both("wrong_ack syn", (l) => messages.wrong_ack(l, { expected: 4242, reason: "syn" }), ["SYN", "ISN", "4242", "§3.4"], ["SYN", "ISN", "4242", "§3.4"]),
    ...both("wrong_len with data", (l) => messages.wrong_len(l, { data: true }), ["len > 0", "half-close", "§3.6"], ["len > 0", "half-close", "§3.6"]),
    ...both("wrong_len without data", (l) => messages.wrong_len(l, { data: false }), ["len 0", "§3.5"], ["len 0", "§3.5"]),
    ...both("wrong_lost lost", (l) => messages.wrong_lost(l, { lost: true }), ["lost: true", "§3.8.1"], ["lost: true", "§3.8.1"]),
    ...both("wrong_lost arrives", (l) => messages.wrong_lost(l, { lost: false }), ["lost: false", "§3.8.1"], ["lost: false", "§3.8.1"]),
    ...both(
      "wrong_timeout retransmission",
      (l) => messages.wrong_timeout(l, { expected: "client", timer: "retransmission" }),
      ["retransmission", "client", "§3.8.1"],
      ["재전송", "클라이언트", "§3.8.1"],
    ),
    ...both(
      "wrong_timeout 2MSL",
      (l) => messages.wrong_timeout(l, { expected: "server", timer: "2msl" }),
      ["2MSL", "server", "TIME-WAIT", "§3.10.8"],
      ["2MSL", "서버", "TIME-WAIT", "§3.10.8"],
    ),
    ...both(
      "wrong_timeout without a timer is the 2MSL one",
      (l) => messages.wrong_timeout(l, { expected: "client" }),
      ["2MSL", "client"],
      ["2MSL", "클라이언트"],
    ),
    ...both(
      "wrong_state",
      (l) => messages.wrong_state(l, { side: "server", expected: "CLOSE-WAIT", got: "FIN-WAIT-1" }),
      ["server", "CLOSE-WAIT", "FIN-WAIT-1", "§3.3.2"],
      ["서버", "CLOSE-WAIT", "FIN-WAIT-1", "§3.3.2"],
    ),
    ...both(
      "wrong_state TIME-WAIT hint",
      (l) => messages.wrong_state(l, { side: "server", expected: "LAST-ACK", got: "TIME-WAIT", hint: "time-wait-first-closer" }),
      ["server", "LAST-ACK", "TIME-WAIT", "closed first"],
      ["서버", "LAST-ACK", "TIME-WAIT", "먼저"],
    ),
    ...both(
      "wrong_state SYN-RECEIVED hint",
      (l) => messages.wrong_state(l, { side: "server", expected: "SYN-RECEIVED", got: "SYN-SENT", hint: "syn-received" }),
      ["SYN-RECEIVED", "SYN-SENT", "receives a SYN"],
      ["SYN-RECEIVED", "SYN-SENT", /SYN.{0,3}받/],
    ),
    ...both(
      "wrong_state third-ACK hint",
      (l) => messages.wrong_state(l, { side: "server", expected: "SYN-RECEIVED", got: "ESTABLISHED", hint: "established-on-ack" }),
      ["ESTABLISHED", "third ACK"],
      ["ESTABLISHED", "세 번째"],
    ),
    ...both(
      "wrong_state reset hint",
      (l) => messages.wrong_state(l, { side: "client", expected: "CLOSED", got: "TIME-WAIT", hint: "reset-closes" }),
      ["client", "CLOSED", "reset", "no TIME-WAIT"],
      ["클라이언트", "CLOSED", "RST", "TIME-WAIT 없이"],
    ),
    ...both(
      "unknown_state",
      (l) => messages.unknown_state(l, { got: "TIMED_WAIT", nearest: "TIME-WAIT" }),
      ['"TIMED_WAIT"', "TIME-WAIT", "eleven"],
      ['"TIMED_WAIT"', "TIME-WAIT", "11"],
    ),
    ...both("missing_step", (l) => messages.missing_step(l, { expected: "<the step>" }), ["missing", "<the step>", "§3.3.2"], ["빠졌", "<the step>", "§3.3.2"]),
    ...both("extra_step", (l) => messages.extra_step(l), ["extra", "final states", "§3.3.2"], ["필요 없", "마지막", "§3.3.2"]),
    ...both("describeExpected: a segment", (l) => describeExpected({ from: "server", flags: ["SYN", "ACK"] }, l), ["SYN+ACK", "server"], ["SYN+ACK", "서버"]),
    ...both(
      "describeExpected: a retransmission timeout",
      (l) => describeExpected({ timeout: "client", timer: "retransmission" }, l),
      ["retransmission", "client"],
      ["재전송", "클라이언트"],
    ),
    ...both("describeExpected: the 2MSL timeout", (l) => describeExpected({ timeout: "server", timer: "2msl" }, l), ["2MSL", "server"], ["2MSL", "서버"]),
  ];

  it.each(cases)("%s", (name, make, mustName) => {
    const message = make();
    // The English text is for the English page: no Korean sentence may stand in for it, or the reverse.
    if (name.endsWith("(en)")) expect(message).not.toMatch(HANGUL);
    else expect(message).toMatch(HANGUL);
    for (const part of mustName) {
      if (typeof part === "string") expect(message).toContain(part);
      else expect(message).toMatch(part);
    }
  });

  it("a hint is given only when asked for, and each hint differs", () => {
    const plain = { side: "client" as const, expected: "CLOSED", got: "TIME-WAIT" };
    for (const l of ["en", "ko"] as const) {
      const without = messages.wrong_state(l, plain);
      expect(without).not.toMatch(/because|므로/);
      const hinted = (["time-wait-first-closer", "syn-received", "established-on-ack", "reset-closes"] as const).map((hint) =>
        messages.wrong_state(l, { ...plain, hint }),
      );
      expect(new Set(hinted).size).toBe(4);
      for (const m of hinted) expect(m.length).toBeGreaterThan(without.length);
    }
  });

  it("the two sides, the reasons and the timers each have their own text", () => {
    for (const l of ["en", "ko"] as const) {
      expect(messages.wrong_sender(l, { expected: "client", got: "server" })).not.toBe(messages.wrong_sender(l, { expected: "server", got: "client" }));
      const reasons = (["next", "syn", "reset", "retransmit", "reopen-syn", "reopen-iss"] as const).map((reason) =>
        messages.wrong_seq(l, { expected: 7, reason }),
      );
      expect(new Set(reasons).size).toBe(reasons.length);
      expect(messages.wrong_ack(l, { expected: 7, reason: "syn" })).not.toBe(messages.wrong_ack(l, { expected: 7 }));
      expect(messages.wrong_timeout(l, { expected: "client", timer: "retransmission" })).not.toBe(
        messages.wrong_timeout(l, { expected: "client", timer: "2msl" }),
      );
    }
  });
});

// The whole sentence a learner reads, for the messages whose Korean particle depends on the word
// before it: the particle follows how the word is read (FIN이, ACK가, 5001이어야, 5002여야, 4242를).
describe("the sentences as the learner reads them", () => {
  it.each([
    ["이 단계의 세그먼트는 서버가 보냅니다 (RFC 9293 §3.5, §3.6의 순서).", () => messages.wrong_sender("ko", { expected: "server", got: "client" })],
    ["이 단계의 세그먼트는 클라이언트가 보냅니다 (RFC 9293 §3.5, §3.6의 순서).", () => messages.wrong_sender("ko", { expected: "client", got: "server" })],
    ["This segment is sent by the client (the order of RFC 9293 §3.5 and §3.6).", () => messages.wrong_sender("en", { expected: "client", got: "server" })],
    ["이 단계는 서버가 보내는 FIN이어야 합니다 (RFC 9293 §3.3.2 상태 다이어그램의 순서).", () => messages.wrong_order("ko", { expected: "서버가 보내는 FIN" })],
    [
      "이 단계는 클라이언트가 보내는 ACK여야 합니다 (RFC 9293 §3.3.2 상태 다이어그램의 순서).",
      () => messages.wrong_order("ko", { expected: "클라이언트가 보내는 ACK" }),
    ],
    [
      "This step should be ACK from the client (the order of the RFC 9293 §3.3.2 state diagram).",
      () => messages.wrong_order("en", { expected: "ACK from the client" }),
    ],
    ["FIN이 빠졌습니다: 송신 방향을 닫을 때 FIN을 보냅니다 (RFC 9293 §3.6).", () => messages.missing_flag("ko", { flag: "FIN" })],
    [
      "ACK가 빠졌습니다: SYN에 대한 응답과 연결이 동기화된 뒤의 세그먼트에는 ACK가 켜집니다 (RFC 9293 §3.1, §3.10.7).",
      () => messages.missing_flag("ko", { flag: "ACK" }),
    ],
    ["FIN is missing: a side closes its direction by sending FIN (RFC 9293 §3.6).", () => messages.missing_flag("en", { flag: "FIN" })],
    ["이 세그먼트에는 SYN이 없어야 합니다: SYN은 연결을 열 때 양쪽이 한 번씩만 보냅니다 (RFC 9293 §3.5).", () => messages.extra_flag("ko", { flag: "SYN" })],
    [
      "이 세그먼트에는 RST가 없어야 합니다: RST는 연결을 중단(abort)하거나 없는 연결로 온 세그먼트에 답할 때만 씁니다 (RFC 9293 §3.5.2, §3.10.5).",
      () => messages.extra_flag("ko", { flag: "RST" }),
    ],
    [
      "This segment must not carry ACK: the first SYN opening a connection has nothing to acknowledge yet, so it carries no ACK (RFC 9293 §3.5).",
      () => messages.extra_flag("en", { flag: "ACK" }),
    ],
    [
      "seq는 보내는 쪽의 다음 시퀀스 번호 SND.NXT = 5001이어야 합니다: SYN과 FIN은 1, 데이터는 길이만큼 번호를 소비합니다 (RFC 9293 §3.4).",
      () => messages.wrong_seq("ko", { expected: 5001, reason: "next" }),
    ],
    [
      "seq는 보내는 쪽의 다음 시퀀스 번호 SND.NXT = 5002여야 합니다: SYN과 FIN은 1, 데이터는 길이만큼 번호를 소비합니다 (RFC 9293 §3.4).",
      () => messages.wrong_seq("ko", { expected: 5002, reason: "next" }),
    ],
    ["재전송된 세그먼트는 처음과 같은 seq = 4242를 씁니다 (RFC 9293 §3.8.1).", () => messages.wrong_seq("ko", { expected: 4242, reason: "retransmit" })],
    ["재전송된 세그먼트는 처음과 같은 seq = 4241을 씁니다 (RFC 9293 §3.8.1).", () => messages.wrong_seq("ko", { expected: 4241, reason: "retransmit" })],
    [
      "이 단계 뒤 서버는 FIN-WAIT-1이 아니라 CLOSE-WAIT입니다 (RFC 9293 §3.3.2).",
      () => messages.wrong_state("ko", { side: "server", expected: "CLOSE-WAIT", got: "FIN-WAIT-1" }),
    ],
    [
      "이 단계 뒤 클라이언트는 TIME-WAIT가 아니라 CLOSED입니다 (RFC 9293 §3.3.2).",
      () => messages.wrong_state("ko", { side: "client", expected: "CLOSED", got: "TIME-WAIT" }),
    ],
    [
      "SYN을 받은 쪽은 SYN-RECEIVED가 되므로 이 단계 뒤 서버는 SYN-SENT가 아니라 SYN-RECEIVED입니다 (RFC 9293 §3.3.2).",
      () => messages.wrong_state("ko", { side: "server", expected: "SYN-RECEIVED", got: "SYN-SENT", hint: "syn-received" }),
    ],
    [
      "After this step the server is in CLOSE-WAIT, not FIN-WAIT-1 (RFC 9293 §3.3.2).",
      () => messages.wrong_state("en", { side: "server", expected: "CLOSE-WAIT", got: "FIN-WAIT-1" }),
    ],
    [
      "After this step the server is in SYN-RECEIVED, not SYN-SENT because the side that receives a SYN enters SYN-RECEIVED (RFC 9293 §3.3.2).",
      () => messages.wrong_state("en", { side: "server", expected: "SYN-RECEIVED", got: "SYN-SENT", hint: "syn-received" }),
    ],
    ["서버가 보내는 SYN+ACK", () => describeExpected({ from: "server", flags: ["ACK", "SYN"] }, "ko")],
    ["ACK from the client", () => describeExpected({ from: "client", flags: ["ACK"] }, "en")],
    ["클라이언트의 재전송 타이머 만료", () => describeExpected({ timeout: "client", timer: "retransmission" }, "ko")],
    ["the retransmission timeout at the client", () => describeExpected({ timeout: "client", timer: "retransmission" }, "en")],
    ["서버의 2MSL 타임아웃", () => describeExpected({ timeout: "server", timer: "2msl" }, "ko")],
    ["the 2MSL timeout at the server", () => describeExpected({ timeout: "server" }, "en")],
  ] as const)("%s", (sentence, make) => {
    expect(make()).toBe(sentence);
  });
});
