import { withJosa } from "./josa";
import { spokenFlags } from "./spoken";
import type { Flag, Side } from "./segment";

import type { Locale } from "../locale";

export type { Locale };
const sideKo = (s: Side) => (s === "client" ? "클라이언트" : "서버");

const FLAG_RULE: Record<Flag, { ko: string; en: string }> = {
  SYN: {
    ko: "연결을 여는 쪽은 SYN으로 ISN을 동기화합니다 (RFC 9293 §3.5).",
    en: "the side opening a connection sends SYN to synchronize its ISN (RFC 9293 §3.5).",
  },
  ACK: {
    ko: "SYN에 대한 응답과 연결이 동기화된 뒤의 세그먼트에는 ACK가 켜집니다 (RFC 9293 §3.1, §3.10.7).",
    en: "the answer to a SYN and every segment of a synchronized connection carry ACK (RFC 9293 §3.1, §3.10.7).",
  },
  FIN: { ko: "송신 방향을 닫을 때 FIN을 보냅니다 (RFC 9293 §3.6).", en: "a side closes its direction by sending FIN (RFC 9293 §3.6)." },
  RST: {
    ko: "RST는 연결을 중단(abort)하거나 없는 연결로 온 세그먼트에 답할 때만 씁니다 (RFC 9293 §3.5.2, §3.10.5).",
    en: "RST is only for aborting a connection or answering a segment for a connection that does not exist (RFC 9293 §3.5.2, §3.10.5).",
  },
  PSH: { ko: "PSH는 데이터를 즉시 전달하라는 표시일 뿐입니다 (RFC 9293 §3.9.1).", en: "PSH only asks for prompt delivery of data (RFC 9293 §3.9.1)." },
  URG: { ko: "URG는 긴급 데이터가 있을 때만 씁니다 (RFC 9293 §3.8.5).", en: "URG is only for urgent data (RFC 9293 §3.8.5)." },
};

// The ack that names the peer's ISN itself, the commonest handshake slip.
const ACK_AFTER_SYN = {
  ko: (n: number) => `상대의 SYN이 번호 하나를 소비하므로 ack는 상대 ISN(IRS)+1 = ${n}입니다 (RFC 9293 §3.4).`,
  en: (n: number) => `The peer's SYN consumes one sequence number, so ack is its ISN (IRS) + 1 = ${n} (RFC 9293 §3.4).`,
};

// Why a flag must be absent, where the rule for when it is present would read as a contradiction
// ("must not carry ACK: every segment after the first SYN carries ACK").
const EXTRA_RULE: Partial<Record<Flag, { ko: string; en: string }>> = {
  ACK: {
    ko: "연결을 여는 첫 SYN에는 확인할 것이 아직 없으므로 ACK를 켜지 않습니다 (RFC 9293 §3.5).",
    en: "the first SYN opening a connection has nothing to acknowledge yet, so it carries no ACK (RFC 9293 §3.5).",
  },
  SYN: { ko: "SYN은 연결을 열 때 양쪽이 한 번씩만 보냅니다 (RFC 9293 §3.5).", en: "each side sends SYN only once, when the connection opens (RFC 9293 §3.5)." },
};

export const messages = {
  wrong_sender: (l: Locale, p: { expected: Side; got: Side }) =>
    l === "ko"
      ? `이 단계의 세그먼트는 ${sideKo(p.expected)}가 보냅니다 (RFC 9293 §3.5, §3.6의 순서).`
      : `This segment is sent by the ${p.expected} (the order of RFC 9293 §3.5 and §3.6).`,
  wrong_order: (l: Locale, p: { expected: string }) =>
    l === "ko"
      ? `이 단계는 ${withJosa(p.expected, "이어야/여야")} 합니다 (RFC 9293 §3.3.2 상태 다이어그램의 순서).`
      : `This step should be ${p.expected} (the order of the RFC 9293 §3.3.2 state diagram).`,
  missing_flag: (l: Locale, p: { flag: Flag }) =>
    l === "ko" ? `${withJosa(p.flag, "이/가")} 빠졌습니다: ${FLAG_RULE[p.flag].ko}` : `${p.flag} is missing: ${FLAG_RULE[p.flag].en}`,
  extra_flag: (l: Locale, p: { flag: Flag }) =>
    l === "ko"
      ? `이 세그먼트에는 ${withJosa(p.flag, "이/가")} 없어야 합니다: ${(EXTRA_RULE[p.flag] ?? FLAG_RULE[p.flag]).ko}`
      : `This segment must not carry ${p.flag}: ${(EXTRA_RULE[p.flag] ?? FLAG_RULE[p.flag]).en}`,
  wrong_seq: (l: Locale, p: { expected: number; reason: "next" | "syn" | "reset" | "retransmit" | "reopen-syn" | "reopen-iss" }) => {
    const ko = {
      next: `seq는 보내는 쪽의 다음 시퀀스 번호 SND.NXT = ${withJosa(String(p.expected), "이어야/여야")} 합니다: SYN과 FIN은 1, 데이터는 길이만큼 번호를 소비합니다 (RFC 9293 §3.4).`,
      syn: `SYN이 번호 하나를 소비하므로 다음 seq는 ISN+1 = ${p.expected}입니다 (RFC 9293 §3.4).`,
      reset: `ACK 없는 SYN에 답하는 RST는 seq=0을 씁니다 (RFC 9293 §3.10.7.1).`,
      retransmit: `재전송된 세그먼트는 처음과 같은 seq = ${withJosa(String(p.expected), "을/를")} 씁니다 (RFC 9293 §3.8.1).`,
      "reopen-syn": `TIME-WAIT의 연결을 다시 여는 SYN은 이전 연결이 받은 번호(RCV.NXT = ${p.expected})보다 큰 seq를 써야 하며, 그렇지 않으면 지연된 중복 SYN으로 취급됩니다 (RFC 9293 §3.6.1).`,
      "reopen-iss": `TIME-WAIT에서 다시 연 쪽의 ISN은 이전 연결에서 쓴 번호보다 커야 합니다: ${p.expected} 이상 (RFC 9293 §3.6.1, MAY-2).`,
    };
    const en = {
      next: `seq must be the sender's next sequence number SND.NXT = ${p.expected}: SYN and FIN consume one number, data its length (RFC 9293 §3.4).`,
      syn: `SYN consumes one sequence number, so the next seq is ISN+1 = ${p.expected} (RFC 9293 §3.4).`,
      reset: `A RST answering a SYN without ACK carries seq=0 (RFC 9293 §3.10.7.1).`,
      retransmit: `A retransmitted segment carries the same seq as the first copy, ${p.expected} (RFC 9293 §3.8.1).`,
      "reopen-syn": `A SYN that reopens a connection in TIME-WAIT needs a seq above what the old connection received (RCV.NXT = ${p.expected}), or it is taken for an old duplicate (RFC 9293 §3.6.1).`,
      "reopen-iss": `The side that reopens from TIME-WAIT must pick an ISN above the numbers of the old connection, ${p.expected} or more (RFC 9293 §3.6.1, MAY-2).`,
    };
    return (l === "ko" ? ko : en)[p.reason];
  },
  wrong_ack: (l: Locale, p: { expected: number; reason?: "syn" }) =>
    p.reason === "syn"
      ? ACK_AFTER_SYN[l](p.expected)
      : l === "ko"
        ? `ack는 상대에게서 다음에 기대하는 번호 RCV.NXT = ${p.expected}입니다: 상대의 SYN과 FIN은 1, 데이터는 길이만큼 더합니다 (RFC 9293 §3.4).`
        : `ack must be the next number expected from the peer, RCV.NXT = ${p.expected}: the peer's SYN and FIN count one, its data its length (RFC 9293 §3.4).`,
  wrong_len: (l: Locale, p: { data: boolean }) =>
    p.data
      ? l === "ko"
        ? "이 단계는 데이터를 싣습니다 (len > 0): half-close 중에도 상대는 데이터를 보낼 수 있습니다 (RFC 9293 §3.6)."
        : "This step carries data (len > 0): the peer may still send during a half-close (RFC 9293 §3.6)."
      : l === "ko"
        ? "이 세그먼트에는 데이터가 없습니다 (len 0) (RFC 9293 §3.5, §3.6)."
        : "This segment carries no data (len 0) (RFC 9293 §3.5, §3.6).",
  wrong_lost: (l: Locale, p: { lost: boolean }) =>
    p.lost
      ? l === "ko"
        ? "이 시나리오에서는 이 세그먼트가 유실됩니다 (lost: true); 그래서 상대가 재전송합니다 (RFC 9293 §3.8.1)."
        : "In this scenario this segment is lost (lost: true), which is why the peer retransmits (RFC 9293 §3.8.1)."
      : l === "ko"
        ? "이 세그먼트는 도착합니다 (lost: false): 유실된 세그먼트만 보낸 쪽이 재전송합니다 (RFC 9293 §3.8.1)."
        : "This segment arrives (lost: false), since only a lost segment makes its sender retransmit (RFC 9293 §3.8.1).",
  wrong_timeout: (l: Locale, p: { expected: Side; timer?: "2msl" | "retransmission" }) =>
    p.timer === "retransmission"
      ? l === "ko"
        ? `재전송 타이머는 확인받지 못한 세그먼트를 보낸 ${sideKo(p.expected)} 쪽에서 만료됩니다 (RFC 9293 §3.8.1).`
        : `The retransmission timer fires at the ${p.expected}, which sent the unacknowledged segment (RFC 9293 §3.8.1).`
      : l === "ko"
        ? `2MSL 타이머는 TIME-WAIT에 있는 ${sideKo(p.expected)}에서 끝납니다 (RFC 9293 §3.10.8).`
        : `The 2MSL timer fires at the ${p.expected}, the side in TIME-WAIT (RFC 9293 §3.10.8).`,
  wrong_state: (
    l: Locale,
    p: { side: Side; expected: string; got: string; hint?: "time-wait-first-closer" | "syn-received" | "established-on-ack" | "reset-closes" | undefined },
  ) => {
    // The hint is a clause, not a second sentence: every message stays one sentence.
    const hints = {
      "time-wait-first-closer": { ko: "TIME-WAIT는 먼저 닫은 쪽에만 생기므로 ", en: " because TIME-WAIT belongs only to the side that closed first" },
      "syn-received": { ko: "SYN을 받은 쪽은 SYN-RECEIVED가 되므로 ", en: " because the side that receives a SYN enters SYN-RECEIVED" },
      "established-on-ack": { ko: "서버는 세 번째 ACK를 받아야 ESTABLISHED가 되므로 ", en: " because the server becomes ESTABLISHED only on the third ACK" },
      "reset-closes": {
        ko: "RST를 보낸 쪽도 받은 쪽도 TIME-WAIT 없이 바로 연결을 지우므로 ",
        en: " because a reset deletes the connection at both ends at once, with no TIME-WAIT",
      },
    };
    const hint = p.hint ? hints[p.hint][l] : "";
    return l === "ko"
      ? `${hint}이 단계 뒤 ${sideKo(p.side)}는 ${withJosa(p.got, "이/가")} 아니라 ${p.expected}입니다 (RFC 9293 §3.3.2).`
      : `After this step the ${p.side} is in ${p.expected}, not ${p.got}${hint} (RFC 9293 §3.3.2).`;
  },
  unknown_state: (l: Locale, p: { got: string; nearest: string }) =>
    l === "ko"
      ? `"${p.got}"라는 TCP 상태는 없으며 (RFC 9293 §3.3.2의 11개 상태), 가장 가까운 상태는 ${p.nearest}입니다.`
      : `"${p.got}" names no TCP state (RFC 9293 §3.3.2 lists eleven), and the nearest real one is ${p.nearest}.`,
  missing_step: (l: Locale, p: { expected: string }) =>
    l === "ko"
      ? `단계가 빠졌습니다: RFC 9293 §3.3.2 상태 다이어그램에서 다음은 ${p.expected}입니다.`
      : `A step is missing: in the RFC 9293 §3.3.2 state diagram, next comes ${p.expected}.`,
  extra_step: (l: Locale) =>
    l === "ko"
      ? "양쪽이 이미 시나리오의 마지막 상태(RFC 9293 §3.3.2)에 도달했으므로 이 단계는 필요 없습니다."
      : "Both sides have already reached the scenario's final states (RFC 9293 §3.3.2), so this step is extra.",
};

export type ErrorCode = keyof typeof messages;

export function describeExpected(step: { from?: Side; flags?: Flag[]; timeout?: Side; timer?: "2msl" | "retransmission" }, l: Locale): string {
  if (step.timeout && step.timer === "retransmission")
    return l === "ko" ? `${sideKo(step.timeout)}의 재전송 타이머 만료` : `the retransmission timeout at the ${step.timeout}`;
  if (step.timeout) return l === "ko" ? `${sideKo(step.timeout)}의 2MSL 타임아웃` : `the 2MSL timeout at the ${step.timeout}`;
  const flags = spokenFlags(step.flags ?? []);
  return l === "ko" ? `${sideKo(step.from!)}가 보내는 ${flags}` : `${flags} from the ${step.from}`;
}
