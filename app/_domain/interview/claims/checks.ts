import { josa } from "es-hangul";
import { normaliseState, type Side, type TcpState } from "../../tcp";
import { claimAsserted, type Claim, type ClauseReading, type Reading, type Span } from "./extract";
import { EN_NEGATION, HOST_A, HOST_B, KO_NEGATION, REPORTED, SEGMENT, TIMED_WAIT, enNegates, ko, type Actor } from "./lexicon";
import { matchesOf } from "./matches";
import { predicateEnd } from "./predicate";
import { mayMatch } from "./required";
import { CLOSE_BY_CLIENT, CLOSE_BY_SERVER, OPEN, TWO_MSL_STATES, phaseOfState, sectionFor, type Phase, type PhaseModel } from "./model";
import { FACT_PATTERNS } from "./facts";
import { GENERAL_PATTERNS, NEW_PATTERNS } from "./general";
import { RECALL_PATTERNS, checkLinuxDefaults } from "./recall";
import { readQuantities, wrongQuantities } from "./quantities";
import { OUTRANKS, PRACTICE_PATTERNS, STATE_FAMILY, type Pattern } from "./practice";
import { antecedent } from "./reference";
import { aboutTopic, namedAsSubject } from "./topic";
import type { Prepared } from "./text";

import type { Locale } from "../../locale";
export type { Locale };
/** The misconceptions the grader checks on every answer (content may name only these without words of its own). */
export const CHECKED_MISCONCEPTIONS = [
  "time-wait-on-server",
  "server-enters-syn-sent",
  "listen-before-syn-sent",
  "wrong-state-for-side",
  "two-msl-outside-time-wait",
  "two-way-enough",
  "fin-closes-both-directions",
  "time-wait-waits-for-data",
  "syn-no-sequence",
  "close-wait-equals-time-wait",
  "ack-not-plus-one",
  "timed-wait-spelling",
  "urg-means-priority",
  "ack-retransmitted-by-timer",
  "six-control-bits",
  "fin-timeout-sets-time-wait",
  "fin-wait-2-always-times-out",
  "fin-wait-2-timeout-enters-time-wait",
  "wait-for-client-state",
  "single-fin-wait",
  "tcp-keepalive-is-http-keepalive",
  "close-wait-fixed-by-sysctl",
  "mss-negotiated",
  "time-wait-blocks-port",
  "isn-fixed",
  "msl-fixed",
  "states-belong-to-ports",
  "close-wait-times-out",
  "rst-is-graceful",
  "reuseaddr-kills-time-wait",
  "syn-cookies-cost-nothing",
  "handshake-only-liveness",
  "handshake-gives-ordering",
  "handshake-gives-reliability",
  "syn-cannot-carry-data",
  "time-wait-is-2rtt",
  "server-established-after-synack",
  "tcp-keeps-messages",
  "tw-recycle-safe",
  "keepalive-on-by-default",
  "lost-syn-fails-at-once",
  "syn-flood-fills-accept-queue",
  "options-anytime",
  "udp-has-connection-state",
  "close-wait-waits-for-data",
  "syn-cookies-record-ips",
  "time-wait-holds-fd",
  "state-sent-as-segment",
  "handshake-closes-connection",
  "tw-reuse-helps-incoming",
  "linux-default-misstated",
  "mss-is-path-mtu-discovery",
  "mss-default-1460",
  "msl-misstated",
  "mss-default-misstated",
];
/** A claim the answer states as true that the model says is false. */
export type WrongClaim = { misconception: string; spans: Span[]; message: (quote: string, locale: Locale) => string };

/**
 * Who closed first, as the answer tells it: the side that sends the first FIN, or the side named
 * by "서버가 먼저 끊으면", "if the server closes first" from that sentence on, until another telling
 * names its first closer (a host A/B counts as client/server, as the lexicon reads them).
 */
export type Context = {
  phaseAt: (at: number) => Phase | null;
  firstCloserAt: (at: number) => Side;
  epochAt: (at: number) => number;
  /**
   * An answer to a question of practice (sockets piling up, keepalive) that never tells a close:
   * which side closed first is unknown there, and either may hold TIME_WAIT or CLOSE_WAIT.
   */
  closeUntold: boolean;
};

// What may follow a side's name before its verb: a suffix ("서버측", "clients") and a particle
// ("서버에서", "서버측에서", "클라이언트는").
const SIDE_TAIL = "\\S*\\s*(?:측에서|쪽에서|에서|가|는|이|도)?";

// "If the server initiates the close", "서버가 연결 종료를 시작하면": the side that starts the close closes
// first. A close requested ("서버 연결 해제 요청") is every side's FIN: only "먼저" makes it the first.
function startsClose(side: string): string {
  return `${side}\\S*\\s+(?:initiates|initiated|starts|started|begins|began)\\s+(?:the\\s+)?(?:active\\s+)?(?:close|closing|termination|teardown|disconnect(?:ion)?)\\b|${side}\\S*\\s*(?:가|이|는|에서)?\\s*(?:먼저\\s*)?(?:연결\\s*)?(?:종료|해제|close)\\s*(?:를|을)?\\s*(?:먼저\\s*(?:요청|시작|개시)|시작|개시)(?!\\s*(?:을|를)?\\s*받)`;
}
// "the server (which is the active closer here)", "when the server is the active close side", "서버가
// 액티브 클로저인 경우": a side glossed as the one that closes first, or its peer as the one that closes second.
const ACTIVE_ROLE =
  "active(?:ly)?[-\\s]+(?:closer|clos(?:e|ing)(?:\\s+(?:side|end|party|host|peer))?|side|end|party|host|peer)\\b|first\\s+closer\\b|(?:side|end|one|party|host|peer)\\s+(?:that|which|who)\\s+closes\\s+first\\b";
const PASSIVE_ROLE =
  "passive(?:ly)?[-\\s]+(?:closer|clos(?:e|ing)(?:\\s+(?:side|end|party|host|peer))?|side|end|party|host|peer)\\b|(?:side|end|one|party|host|peer)\\s+(?:that|which|who)\\s+closes\\s+(?:second|last|later)\\b";
const ACTIVE_ROLE_KO = "(?:먼저\\s*(?:연결을\\s*)?(?:끊는|닫는|종료하는)\\s*(?:쪽|측)|active\\s*closer|액티브\\s*클로저|능동\\s*(?:종료|닫기)\\s*(?:측|쪽)?)";
const PASSIVE_ROLE_KO =
  "(?:나중에\\s*(?:연결을\\s*)?(?:끊는|닫는|종료하는)\\s*(?:쪽|측)|passive\\s*closer|패시브\\s*클로저|수동\\s*(?:종료|닫기)\\s*(?:측|쪽)?)";
function glossed(side: Side, role: string, roleKo: string): string {
  const named = side === "server" ? "서버" : "(?:클라이언트|클라)";
  return `\\b${side}\\b[^.?!\\n(]{0,12}?(?:,|\\()\\s*(?:which|who|that)\\s+(?:is|was)\\s+(?:\\w+\\s+)?(?:the\\s+|an?\\s+)?(?:${role})|\\b${side}\\s+(?:is|was|being)\\s+(?:\\w+\\s+)?(?:the\\s+|an?\\s+)?(?:${role})|${named}\\S*\\s*(?:가|이|는)\\s*${roleKo}\\s*(?:이|인|일|이라|입)`;
}
const SERVER_FIRST = ko(
  `(?:서버|\\bserver|${HOST_B})${SIDE_TAIL}\\s*먼저\\s*(?:연결을\\s*)?(?:끊|닫|종료|FIN|close)|\\b(?:server|${HOST_B})\\s+(?:closes|closed|initiates\\s+the\\s+close|sends\\s+the\\s+first\\s+FIN|closes\\s+the\\s+connection|actively\\s+closes)\\s*(?:the\\s+connection\\s+)?first|\\bserver[- ]initiated\\s+close|${glossed("server", ACTIVE_ROLE, ACTIVE_ROLE_KO)}|${glossed("client", PASSIVE_ROLE, PASSIVE_ROLE_KO)}|${startsClose(`(?:서버|\\bserver|${HOST_B})`)}`,
);
const CLIENT_FIRST = ko(
  `(?:클라이언트|클라|\\bclient|${HOST_A})${SIDE_TAIL}\\s*먼저\\s*(?:연결을\\s*)?(?:끊|닫|종료|FIN|close)|\\b(?:client|${HOST_A})\\s+(?:closes|closed|initiates\\s+the\\s+close|sends\\s+the\\s+first\\s+FIN)\\s*(?:the\\s+connection\\s+)?first|${glossed("client", ACTIVE_ROLE, ACTIVE_ROLE_KO)}|${glossed("server", PASSIVE_ROLE, PASSIVE_ROLE_KO)}|${startsClose(`(?:클라이언트|클라|\\bclient|${HOST_A})`)}`,
);

// "서버에서 소켓을 close하면 TIME_WAIT 상태가 된다", "If the server closes the connection, it goes into
// TIME_WAIT": a side whose own close leads it into TIME-WAIT, before any FIN of the answer, is the side
// that closes first, though no 먼저/first says so. After a FIN has been told, the same words are the
// second close ("FIN을 받은 서버가 close하면"), and they change nothing. The close is a verb: "연결 종료
// 요청을 받으면" is the peer's close, and CLOSE_WAIT or CLOSED after a side is a state.
function closes(side: string): string {
  return `${side}${SIDE_TAIL}\\s+(?:(?!\\S*FIN)\\S+\\s+){0,5}?(?:close\\s*\\(\\s*\\)\\s*(?:를|을)?\\s*호출하|close\\s*(?:\\(\\s*\\))?\\s*하|종료\\s*(?:하|시키)|끊|닫(?!히))|\\b${side}\\s+(?:calls\\s+close\\s*\\(\\s*\\)|closes\\s+(?:the|its|a)\\s+(?:connection|socket))`;
}
// A clause that opens on "when"/"if", or follows one (the word may end the clause before): a condition told
// after the clause it holds for. Not after "but" or "whereas", which start a case of their own.
const TRAILING_CONDITION = /(?<!\b(?:but|however|whereas|while|and|or|otherwise)[\s,]*)\b(?:when|whenever|if|in\s+case|as\s+long\s+as)[\s,]*$/i;
const LEADING_CONDITION = /^[\s,]*(?:when|whenever|if|in\s+case|as\s+long\s+as)\b/i;
const SERVER_CLOSES = ko(closes("(?:서버|server)"));
const CLIENT_CLOSES = ko(closes("(?:클라이언트|클라|client)"));

export function contextOf(p: Prepared, reading: Reading, defaultPhase: Phase | null): Context {
  const sentencePhase = p.sentences.map((s) => {
    // One pass over the claims per sentence, no list of the sentence's own made first.
    let close = false;
    let open = false;
    for (const c of reading.claims) {
      if (c.at < s.start || c.at >= s.end) continue;
      if ((c.kind === "segment" && c.flags.includes("FIN")) || (c.kind === "state" && phaseOfState(c.state) === "close") || c.kind === "wait") close = true;
      if ((c.kind === "segment" && c.flags.includes("SYN")) || (c.kind === "state" && phaseOfState(c.state) === "open")) open = true;
    }
    return close && !open ? "close" : open && !close ? "open" : null;
  });
  // The client closes first unless the answer says otherwise: that is how the question is told.
  // …or unless the first side it puts in FIN-WAIT-1 is the server ("Server : FIN_WAIT_1"): that
  // side sent the first FIN, so it is the one that closes first (RFC 9293 §3.6).
  const opener = reading.claims.find(
    (c) =>
      claimAsserted(c) &&
      (c.actor === "client" || c.actor === "server") &&
      c.kind === "state" &&
      c.bound &&
      c.state === "FIN-WAIT-1" &&
      c.reading.subjectFrom === "clause",
  );
  // …or the side that sends the first FIN ("ctrl+c, the server would send a fin to client").
  // Only when the answer's first FIN at all is one a named side is said to send, alone, and the
  // other side is later said to send its own: a close told in full.
  const fins = opener
    ? []
    : reading.claims.filter(
        (c): c is Extract<Claim, { kind: "segment" }> => c.kind === "segment" && c.flags.includes("FIN") && !c.flags.includes("SYN") && claimAsserted(c),
      );
  const fin = fins[0];
  const alone =
    fin &&
    fin.rel === "send" &&
    fin.reading.subjectFrom === "clause" &&
    (fin.actor === "client" || fin.actor === "server") &&
    !reading.claims.some((c) => c.kind === "segment" && c.reading === fin.reading && c.flags.includes("ACK"));
  const firstFin = alone && fins.some((c) => c.rel === "send" && c.actor === other(fin.actor as Side)) ? fin : null;
  const firstSide = opener?.actor ?? firstFin?.actor;
  const switches: { at: number; side: Side }[] = [{ at: -1, side: firstSide === "server" ? "server" : "client" }];
  // Neither pattern can match in a clause when the answer lacks what it needs (required.ts): most
  // answers never say who closes first, and both are long patterns tried on every clause.
  const serverMay = mayMatch(SERVER_FIRST, p);
  const clientMay = mayMatch(CLIENT_FIRST, p);
  const closesMay = mayMatch(SERVER_CLOSES, p) || mayMatch(CLIENT_CLOSES, p);
  // What closerInto needs of the claims, found once per answer and only when a close is written
  // at all: where the first asserted FIN is, and which side each asserted TIME-WAIT is given to.
  let firstFinAt = Infinity;
  const intoTimeWait: Extract<Claim, { kind: "state" }>[] = [];
  if (closesMay)
    for (const c of reading.claims) {
      if (!claimAsserted(c)) continue;
      if (c.kind === "segment" && c.flags.includes("FIN") && c.at < firstFinAt) firstFinAt = c.at;
      if (c.kind === "state" && c.state === "TIME-WAIT" && (c.actor === "client" || c.actor === "server")) intoTimeWait.push(c);
    }
  const timeWaitAfter = (r: ClauseReading, side: Side) =>
    intoTimeWait.some((c) => c.actor === side && c.reading.sentence === r.sentence && c.at >= r.clause.start);
  const closerInto = (r: ClauseReading, t: string): Side | null => {
    // The long patterns are tried only in a clause before any FIN whose sentence then puts a side
    // into TIME-WAIT.
    if (firstFinAt < r.clause.start || !(timeWaitAfter(r, "server") || timeWaitAfter(r, "client"))) return null;
    const side: Side | null = SERVER_CLOSES.test(t) ? "server" : CLIENT_CLOSES.test(t) ? "client" : null;
    if (!side || (side === "server" ? CLIENT_CLOSES : SERVER_CLOSES).test(t)) return null;
    return timeWaitAfter(r, side) ? side : null;
  };
  let before: ClauseReading | undefined;
  for (const r of reading.clauses) {
    const previous = before;
    before = r;
    if (r.negated || r.question || (!serverMay && !clientMay && !closesMay)) continue;
    const t = p.text.slice(r.clause.start, r.clause.end);
    const server = serverMay && SERVER_FIRST.test(t);
    const client = clientMay && CLIENT_FIRST.test(t);
    // "TIME_WAIT shows up on the server when the server is the active closer": a condition told after
    // its clause holds for that clause too.
    const from =
      previous &&
      previous.sentence === r.sentence &&
      (LEADING_CONDITION.test(t) || TRAILING_CONDITION.test(p.text.slice(previous.clause.start, r.clause.start)))
        ? previous.clause.start
        : r.clause.start;
    if (server !== client) switches.push({ at: from, side: server ? "server" : "client" });
    else if (!server) {
      const closer = closerInto(r, t);
      if (closer) switches.push({ at: r.clause.start, side: closer });
    }
  }
  // Asked once per claim and template: plain loops, nothing allocated.
  const sentenceOf = (at: number) => {
    for (let i = 0; i < p.sentences.length; i += 1) if (at >= p.sentences[i]!.start && at < p.sentences[i]!.end) return i;
    return -1;
  };
  const switchesUpTo = (at: number) => {
    let n = 0;
    while (n < switches.length && switches[n]!.at <= at) n += 1;
    return n;
  };
  const closeTold =
    switches.length > 1 ||
    !!firstSide ||
    reading.claims.some((c) => c.kind === "segment" && c.flags.includes("FIN") && (c.actor === "client" || c.actor === "server") && claimAsserted(c));
  return {
    closeUntold: defaultPhase === null && !closeTold,
    phaseAt: (at) => sentencePhase[sentenceOf(at)] ?? defaultPhase,
    firstCloserAt: (at) => switches[switchesUpTo(at) - 1]!.side,
    epochAt: (at) => switchesUpTo(at),
  };
}

export function other(side: Side): Side {
  return side === "client" ? "server" : "client";
}

/** The side an actor is at a point of the answer, or null when it names no one side. */
export function sideOf(actor: Actor | null, phase: Phase | null, at: number, ctx: Context): Side | null {
  if (actor === "client" || actor === "server") return actor;
  // Opening, the active side ("the initiator", "the active side") is the client and the passive side
  // (the one listening) the server: RFC 9293's active and passive OPEN.
  if (phase === "open" && (actor === "first" || actor === "second")) return actor === "first" ? "client" : "server";
  if (phase !== "close" || !actor || actor === "both" || actor === "self") return null;
  const first = ctx.firstCloserAt(at);
  return actor === "first" ? first : other(first);
}

export function modelFor(phase: Phase, at: number, ctx: Context): PhaseModel {
  return phase === "open" ? OPEN : ctx.firstCloserAt(at) === "client" ? CLOSE_BY_CLIENT : CLOSE_BY_SERVER;
}

// ── names in messages ───────────────────────────────────────────────────────
function sideName(side: Side, phase: Phase, firstSide: Side, locale: Locale): string {
  if (phase === "open") return locale === "ko" ? (side === "client" ? "클라이언트" : "서버") : `the ${side}`;
  const first = side === firstSide;
  if (locale === "ko") return `${first ? "먼저 닫는 쪽" : "나중에 닫는 쪽"}(${side === "client" ? "클라이언트" : "서버"})`;
  return `the side that closes ${first ? "first" : "second"} (the ${side})`;
}
const path = (states: TcpState[]) => states.join(" → ");
/** A Korean particle chosen by the word before a parenthesis: "먼저 닫는 쪽(클라이언트)이". */
function withJosa(name: string, pair: "이/가" | "은/는"): string {
  const base = name.replace(/\s*\(.*\)$/, "");
  return name + josa(base, pair).slice(base.length);
}

function stateMistake(claim: Extract<Claim, { kind: "state" }>, side: Side, phase: Phase, ctx: Context): WrongClaim {
  const model = modelFor(phase, claim.at, ctx);
  const first = ctx.firstCloserAt(claim.at);
  const owner = other(side);
  const s = claim.state;
  // A state the side does not hold names the mistake: TIME-WAIT on the second closer, SYN-SENT on the server, LISTEN on the client.
  const misconception =
    s === "TIME-WAIT"
      ? "time-wait-on-server"
      : s === "SYN-SENT"
        ? "server-enters-syn-sent"
        : s === "LISTEN"
          ? "listen-before-syn-sent"
          : "wrong-state-for-side";
  const sec = sectionFor(s, phase);
  return {
    misconception,
    spans: claim.spans,
    message: (quote, locale) => {
      const who = sideName(side, phase, first, locale);
      const whose = sideName(owner, phase, first, locale);
      if (locale === "ko")
        return `“${quote}”: ${s} 상태는 ${withJosa(who, "이/가")} 거치는 상태가 아니라 ${whose}의 상태입니다. ${withJosa(who, "은/는")} ${path(model[side].states)} 순서로 갑니다 (RFC 9293 ${sec}).`;
      return `“${quote}”: ${s} is not a state ${who} passes through; it belongs to ${whose}. ${cap(who)} goes ${path(model[side].states)} (RFC 9293 ${sec}).`;
    },
  };
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Whether two states of the close belong only to different sides in the model (CLOSING, both sides', to neither). */
function crossesSides(from: TcpState, to: TcpState): boolean {
  const first = CLOSE_BY_CLIENT.client.states;
  const second = CLOSE_BY_CLIENT.server.states;
  const only = (s: TcpState) => (first.includes(s) && !second.includes(s) ? "first" : second.includes(s) && !first.includes(s) ? "second" : null);
  const a = only(from);
  const b = only(to);
  return !!a && !!b && a !== b;
}
// A transition named as one ("transition", "goes to", "전이"): an arrow alone may be a segment's flight from
// one side's state to the other's ("FIN_WAIT_1 -> CLOSE_WAIT").
const TRANSITION_TOLD = ko("\\btransition|\\b(?:goes|moves|changes|switches)\\s+(?:from|to|into)\\b|전이|전환|바뀌|넘어가");
const sentenceText = (p: Prepared, c: Claim) => p.text.slice(p.sentences[c.reading.sentence]!.start, p.sentences[c.reading.sentence]!.end);

/** Facts about states checked against the model: a state that belongs to the other side, 2MSL outside TIME-WAIT. */
export function checkModelClaims(reading: Reading, ctx: Context, p?: Prepared): WrongClaim[] {
  const out: WrongClaim[] = [];
  const swapped: Span[][] = [];
  for (const c of reading.claims) {
    if (!claimAsserted(c) || c.reading.counterfactual) continue;
    if (c.kind === "state" && c.bound && (c.reading.subjectFrom !== "earlier" || c.label || heldInClause(c)) && (c.label || !p || !heldFromBefore(c, p))) {
      const phase = phaseOfState(c.state);
      if (!phase || (phase === "close" && ctx.closeUntold)) continue;
      const side = sideOf(c.actor, phase, c.at, ctx);
      if (!side) continue;
      const model = modelFor(phase, c.at, ctx);
      if (!model[side].states.includes(c.state) && model[other(side)].states.includes(c.state)) {
        if (p && (resultOfSending(p, c, side, phase, ctx) || conditionOfNextSubject(p, reading, c))) continue;
        out.push(stateMistake(c, side, phase, ctx));
        // CLOSE-WAIT given to a side without it (the one that closed first) is TIME-WAIT's place: the two swapped.
        if (c.state === "CLOSE-WAIT") swapped.push(c.spans);
        // TIME-WAIT given to a side without it (the one that closed second) where CLOSE-WAIT belongs (on the first
        // FIN, waiting for its application), in an answer that never gives CLOSE-WAIT to anyone: the two taken for one.
        else if (c.state === "TIME-WAIT" && p && !namesCloseWait(reading) && (closeWaitCue(p, c) || beforeOwnFin(reading, c, side, ctx))) swapped.push(c.spans);
      }
    }
    // "It should be CLOSE_WAIT -> TIME_WAIT transition": a transition told with no side, between states the
    // model gives to different sides of the close, is the first state's side passing into the other's.
    if (c.kind === "state" && c.from && !c.actor && p && crossesSides(c.from, c.state) && TRANSITION_TOLD.test(sentenceText(p, c))) {
      if (ctx.closeUntold) continue;
      const first = ctx.firstCloserAt(c.at);
      const side = CLOSE_BY_CLIENT.client.states.includes(c.from) ? first : other(first);
      out.push(stateMistake({ ...c, spans: [c.span] }, side, "close", ctx));
      continue;
    }
    if (c.kind === "wait" && c.state && !TWO_MSL_STATES.includes(c.state)) {
      const state = c.state;
      // CLOSE-WAIT waiting 2MSL is TIME-WAIT's timer given to CLOSE-WAIT, and a CLOSE-WAIT that ends with time.
      if (state === "CLOSE-WAIT") {
        swapped.push(c.spans);
        const words = PATTERNS.find((x) => x.misconception === "close-wait-times-out")!;
        out.push({ misconception: "close-wait-times-out", spans: c.spans, message: (quote, locale) => `“${quote}”: ${words[locale]}` });
      }
      out.push({
        misconception: "two-msl-outside-time-wait",
        spans: c.spans,
        message: (quote, locale) =>
          locale === "ko"
            ? `“${quote}”: 2MSL을 기다리는 상태는 TIME-WAIT뿐입니다. ${state} 상태는 ${WAITS_FOR[state]?.ko ?? "타이머가 아니라 다음 세그먼트나 애플리케이션을 기다립니다"} (RFC 9293 §3.6, §3.10.8).`
            : `“${quote}”: only TIME-WAIT waits 2MSL. ${state} ${WAITS_FOR[state]?.en ?? "waits for the next segment or the application, not for a timer"} (RFC 9293 §3.6, §3.10.8).`,
      });
    }
  }
  if (p) out.push(...checkBothSides(p, reading), ...checkPlacedStates(p, reading, ctx), ...checkEstablishedBeforeAck(p, reading, ctx));
  if (swapped.length) {
    const words = PATTERNS.find((x) => x.misconception === "close-wait-equals-time-wait")!;
    out.push({ misconception: "close-wait-equals-time-wait", spans: swapped[0]!, message: (quote, locale) => `“${quote}”: ${words[locale]}` });
  }
  return out;
}

type SegmentClaim = Extract<Claim, { kind: "segment" }>;
type StateClaim = Extract<Claim, { kind: "state" }>;

/**
 * "The server answers with SYN+ACK and moves to ESTABLISHED. The client then sends the ACK": the
 * server given ESTABLISHED on sending its SYN+ACK, before the third segment the answer tells after
 * it. By the model the server waits in SYN-RECEIVED until that ACK arrives (RFC 9293 §3.5). Not
 * where the same sentence names the ACK (what the server enters it on) or lists the server's path
 * through SYN-RECEIVED.
 */
// The state told as following from the reply itself, in the reply's sentence: "Once the server has sent its
// SYN-ACK, it is ESTABLISHED" (the connective before the reply), "SYN+ACK를 보내는 즉시 / 보낸 뒤 / 보내면
// ESTABLISHED가 된다" (after it). That is the claim even where no third ACK is told later.
const ON_REPLY_BEFORE = /\b(?:once|after|as\s+soon\s+as|upon|immediately\s+after|right\s+after)\b/i;
const ON_REPLY_AFTER = ko(
  "^\\S*\\s*(?:\\S+\\s+)?(?:즉시|곧바로|바로|뒤|후|다음|직후)|^\\S*\\s*(?:\\S+\\s+)?\\S*(?:고\\s*나면|면|자마자)(?=[\\s,])|^\\s*(?:and\\s+)?(?:immediately|at\\s+once|right\\s+away)\\b",
);
function checkEstablishedBeforeAck(p: Prepared, reading: Reading, ctx: Context): WrongClaim[] {
  if (!reading.claims.some((c) => c.kind === "state" && c.state === "ESTABLISHED")) return [];
  const claims = reading.claims.filter((c) => claimAsserted(c) && !c.reading.counterfactual);
  const sideAt = (c: Claim) => (c.actor ? sideOf(c.actor, "open", c.at, ctx) : null);
  // The server's reply, or either half of it told as its own step ("서버가 ACK(x+1)한다 … 서버가 SYN(y)을 보낸다").
  const opened = claims.find((c) => c.kind === "segment" && c.rel === "send" && c.flags.length === 1 && c.flags[0] === "SYN" && sideAt(c) === "client");
  const synAck = (c: Claim): c is SegmentClaim =>
    c.kind === "segment" &&
    c.rel === "send" &&
    sideAt(c) === "server" &&
    (c.flags.includes("SYN") || c.flags.includes("ACK")) &&
    c.flags.every((f) => f === "SYN" || f === "ACK") &&
    (c.flags.length === 2 || (!!opened && opened.at < c.at));
  const thirdAck = (c: Claim): c is SegmentClaim =>
    c.kind === "segment" &&
    c.flags.length === 1 &&
    c.flags[0] === "ACK" &&
    ((c.rel === "send" && sideAt(c) === "client") || ((c.rel === "receive" || c.rel === "acknowledge") && sideAt(c) === "server"));
  const serverIn = (c: Claim, state: string): c is StateClaim => c.kind === "state" && c.bound && c.state === state && sideAt(c) === "server";
  for (const c of claims) {
    if (!serverIn(c, "ESTABLISHED")) continue;
    const sentence = c.reading.sentence;
    // The reply told after the state it is said to bring: "The server becomes ESTABLISHED right after sending SYN-ACK".
    const after = claims.find((x) => x.at > c.at && x.reading.sentence === sentence && synAck(x) && ON_REPLY_BEFORE.test(p.text.slice(c.span[1], x.span[0])));
    const sent = after ?? claims.findLast((x) => x.at < c.at && synAck(x));
    if (!sent || sentence - sent.reading.sentence > 2) continue;
    if (
      claims.some(
        (x) =>
          (thirdAck(x) && (x.reading.sentence === sentence || (x.at > sent.at && x.at < c.at))) ||
          (serverIn(x, "SYN-RECEIVED") && x.reading.sentence === sentence),
      )
    )
      continue;
    const onReply =
      !!after ||
      (sent.reading.sentence === sentence &&
        (ON_REPLY_BEFORE.test(p.text.slice(p.sentences[sentence]!.start, sent.span[0])) || ON_REPLY_AFTER.test(p.text.slice(sent.span[1], c.span[0]))));
    if (!onReply && !claims.some((x) => x.at > c.at && x.reading.sentence > sentence && thirdAck(x))) continue;
    return [
      {
        misconception: "server-established-after-synack",
        spans: c.spans,
        message: (quote, locale) =>
          locale === "ko"
            ? `“${quote}”: 서버는 SYN+ACK를 보낸다고 ESTABLISHED가 되지 않습니다. SYN-RECEIVED에서 클라이언트의 세 번째 ACK가 자기 ISN을 확인해 줄 때 비로소 ESTABLISHED에 들어갑니다 (RFC 9293 §3.5).`
            : `“${quote}”: sending its SYN+ACK does not make the server ESTABLISHED: it waits in SYN-RECEIVED and enters ESTABLISHED only when the client's third-segment ACK acknowledges its ISN (RFC 9293 §3.5).`,
      },
    ];
  }
  return [];
}

// "Both sides enter TIME_WAIT", "양쪽 모두 TIME_WAIT 상태에 들어간다": a state of the close given to both
// peers at once. Not after a simultaneous close, where both really pass CLOSING to TIME-WAIT.
const STATE_WORD = "TIME[-_ ]?WAIT|CLOSE[-_ ]?WAIT|LAST[-_ ]?ACK|FIN[-_ ]?WAIT[-_ ]?[12]";
const BOTH_ENTER = ko(
  [
    `(?:\\bboth\\s+(?:sides|ends|hosts|endpoints|peers|parties|sockets|the\\s+client\\s+and\\s+(?:the\\s+)?server|the\\s+server\\s+and\\s+(?:the\\s+)?client|client\\s+and\\s+server|server\\s+and\\s+client)|\\beach\\s+(?:side|end|host|endpoint|peer)|\\b(?:the\\s+)?(?:client|server)\\s+and\\s+(?:the\\s+)?(?:server|client)\\s+(?:both|each|alike))(?:\\s+[\\w']+){0,2}?\\s+(?:enter|put\\s+(?:the|their|its)\\s+(?:sockets?|connections?)\\s+(?:in|into)|go\\s+(?:in)?to|move\\s+(?:in)?to|are\\s+(?:now\\s+|then\\s+)?in|end\\s+up\\s+in|transition\\s+(?:in)?to|wait\\s+in|stay\\s+in|remain\\s+in|sit\\s+in|pass\\s+through|go\\s+through|get\\s+into|switch\\s+to|hold)\\s+(?:the\\s+|a\\s+)?(${STATE_WORD})`,
    `(?:양쪽|양측|두\\s*(?:호스트|피어|쪽)|(?:클라이언트|클라|client)\\s*(?:와|과|랑|하고|및)\\s*(?:서버|server)|(?:서버|server)\\s*(?:와|과|랑|하고|및)\\s*(?:클라이언트|클라|client))\\s*(?:모두|다|둘\\s*다)?\\s*(?:가|는|이|은|도)?\\s*(?:\\S+\\s+){0,2}?(${STATE_WORD})\\s*(?:상태)?\\s*(?:에|로|가|이|를)?\\s*(?:\\S+\\s+)?(?:들어|진입|되|됩|된|전환|머무|머물|대기|기다|거치|거쳐|간다|가게|갑니|빠지|나타나|나타납|발생|생기|생긴|생깁)`,
  ].join("|"),
);
const CLOSE_STATE_WORD = /TIME|CLOSE|LAST|FIN/i;
const SIMULTANEOUS_STATES = new Set(["FIN-WAIT-1", "CLOSING", "TIME-WAIT"]);
const SIMULTANEOUS = ko("동시|\\bsimultaneous|\\bat\\s+the\\s+same\\s+time|\\bat\\s+once|CLOSING|\\bcross(?:ed|ing)?\\b");

// "Each side must wait 2 x MSL", "양쪽 모두 2MSL 동안 기다린다": TIME-WAIT's wait given to both peers.
const TWO_MSL_WORD = "(?:2\\s*[*×xX]?\\s*MSL|\\btwice\\s+the\\s+MSL|\\btwo\\s+MSLs?)";
const BOTH_WAIT = ko(
  [
    `(?:\\bboth\\s+(?:sides|ends|hosts|endpoints|peers|parties)|\\beach\\s+(?:side|end|host|endpoint|peer|TCP(?:\\s+(?:protocol\\s+)?(?:module|endpoint|stack|entity))?))(?:\\s+[\\w']+){0,2}?\\s+(?:then\\s+)?(?:waits?|stays?|remains?|holds?\\s+(?:the\\s+)?(?:connection|state|socket))\\s+(?:for\\s+)?(?:a\\s+|the\\s+)?${TWO_MSL_WORD}`,
    `(?:양쪽|양측|두\\s*(?:호스트|피어)|각\\s*(?:호스트|피어|측|쪽)|클라이언트와\\s*서버|서버와\\s*클라이언트)\\s*(?:모두|다|둘\\s*다)?\\s*(?:가|는|이|은|도)?\\s*(?:\\S+\\s+){0,2}?${TWO_MSL_WORD}\\S*\\s*(?:동안\\s*)?(?:기다|대기|머무|머물)`,
  ].join("|"),
);

function checkBothSides(p: Prepared, reading: Reading): WrongClaim[] {
  // Each long pattern is run only where the answer holds what it needs (required.ts).
  const waits = /MSL/i.test(p.text) && mayMatch(BOTH_WAIT, p) ? BOTH_WAIT.exec(p.text) : null;
  const m = waits ?? (CLOSE_STATE_WORD.test(p.text) && mayMatch(BOTH_ENTER, p) ? BOTH_ENTER.exec(p.text) : null);
  if (!m) return [];
  const start = m.index;
  const end = start + m[0].length;
  // "Both sides do not enter TIME_WAIT": the "not" stands between the subject and its verb, inside the
  // match, where denied() (which reads before the match) does not look; the claim is taken back, and
  // it says nothing of either side alone.
  if (enNegates(m[0]) || denied(p, reading, start, end) || conditional(p, reading, end)) return [];
  const state = waits ? "TIME-WAIT" : normaliseState((m[1] ?? m[2])!);
  // After a simultaneous close both sides do pass FIN-WAIT-1, CLOSING and TIME-WAIT; neither passes
  // CLOSE-WAIT, LAST-ACK or FIN-WAIT-2, so "양쪽에서 CLOSE_WAIT" is still wrong there.
  if (SIMULTANEOUS.test(p.text) && (!state || SIMULTANEOUS_STATES.has(state))) return [];
  // Checked against the model: a state of the close that only one side passes through.
  if (!state || CLOSE_BY_CLIENT.client.states.includes(state) === CLOSE_BY_CLIENT.server.states.includes(state)) return [];
  const owner: Side = CLOSE_BY_CLIENT.client.states.includes(state) ? "client" : "server";
  return [
    {
      misconception: state === "TIME-WAIT" ? "time-wait-on-server" : "wrong-state-for-side",
      spans: [[start, end]],
      message: (quote, locale) =>
        locale === "ko"
          ? `“${quote}”: ${state} 상태는 양쪽이 모두 거치는 상태가 아니라 ${owner === "client" ? "먼저 닫는 쪽" : "나중에 닫는 쪽"}만의 상태입니다. 양쪽이 동시에 FIN을 보낸 경우에만 둘 다 CLOSING을 거쳐 TIME-WAIT에 들어갑니다 (RFC 9293 ${sectionFor(state, "close")}).`
          : `“${quote}”: ${state} is not a state both sides pass through; only the side that closes ${owner === "client" ? "first" : "second"} does. Both end in TIME-WAIT only when they send their FINs at the same time, through CLOSING (RFC 9293 ${sectionFor(state, "close")}).`,
    },
  ];
}
// "TIME_WAIT는 … 서버에서 발생한다", "TIME_WAIT occurs on the server side": a state placed on a side
// by where it happens, with the state as the topic and the side after it.
// "…서버에서 발생한다", "…서버 쪽에 생긴다", "…서버 측에 남는다" (not "서버에 남은 데이터", what is left).
const PLACE =
  "(?:측|쪽)?\\s*(?:에서\\s*(?:만\\s*)?(?:발생|생기|생긴|일어나|일어난|나타나|남|존재|유지)|에\\s*(?:만\\s*)?(?:발생|생기|생긴|생깁|나타나|남는|남아|남습|남게|남음|존재|머무|머물))";
const PLACED = ko(
  [`(?:TIME|CLOSE|LAST|FIN|SYN)[-_ ]?(?:WAIT|ACK|SENT|RCVD|RECV|RECEIVED)(?:[-_ ]?[12])?\\s*(?:상태)?\\s*(?:는|은|가|이)\\s+[^.?!\\n]{0,60}?${PLACE}`].join(
    "|",
  ),
);
const PLACE_VERB = ko(PLACE);
function checkPlacedStates(p: Prepared, reading: Reading, ctx: Context): WrongClaim[] {
  if (!/WAIT|ACK|SENT|RCVD|RECV|RECEIVED/i.test(p.text)) return [];
  const m = PLACED.exec(p.text);
  if (!m) return [];
  const start = m.index;
  const end = start + m[0].length;
  const verb = PLACE_VERB.exec(m[0]);
  if (!verb || denied(p, reading, start, end)) return [];
  const place = start + verb.index;
  const claim = reading.claims.find((c): c is Extract<Claim, { kind: "state" }> => c.kind === "state" && c.at === start);
  const r = claim?.reading;
  // The side named right before "에서", in the state's sentence (an apposition after a comma included).
  const who = reading.clauses
    .filter((c) => c.sentence === r?.sentence)
    .flatMap((c) => c.actors)
    .filter((a) => a.span[1] <= place && a.span[1] >= place - 4)
    .at(-1);
  // A state the reader already gave to a side is checked with the other claims (checkModelClaims).
  if (!claim || !who || r!.counterfactual || r!.reported || (claim.bound && claim.actor)) return [];
  const phase = phaseOfState(claim.state);
  if (!phase || (phase === "close" && ctx.closeUntold)) return [];
  const side = sideOf(who.actor, phase, claim.at, ctx);
  if (!side) return [];
  const model = modelFor(phase, claim.at, ctx);
  if (model[side].states.includes(claim.state) || !model[other(side)].states.includes(claim.state)) return [];
  return [stateMistake({ ...claim, actor: who.actor, spans: [claim.span, who.span] }, side, phase, ctx)];
}
/** A claim inside a condition or a counterfactual of its clause ("if both sides close at once, …"). */
function conditional(p: Prepared, reading: Reading, end: number): boolean {
  const r = reading.clauses.find((c) => end > c.clause.start && end <= c.clause.end);
  return !!r && (r.counterfactual || IF_BEFORE.test(p.text.slice(p.sentences[r.sentence]!.start, r.clause.start + 1)));
}
const IF_BEFORE = /\b(?:if|unless)\b/i;

const namesCloseWait = (reading: Reading) => reading.claims.some((x) => x.kind === "state" && x.state === "CLOSE-WAIT");
const CLOSE_WAIT_CUE = ko(
  "FIN\\S*\\s*(?:을|를|이|가)?\\s*(?:\\S+\\s+)?(?:받|수신|도착)|\\b(?:receiv\\w*|gets?|got|getting)\\s+(?:the\\s+|a\\s+|its\\s+)?(?:first\\s+|client's\\s+|peer's\\s+)?FIN\\b|\\bFIN\\s+(?:is\\s+|was\\s+)?(?:received|arrives)|애플리케이션|응용\\s*프로그램|프로세스|close\\(\\)|\\bapplication|\\bapp\\b|\\bprocess\\b",
);
function closeWaitCue(p: Prepared, c: Claim): boolean {
  const s = p.sentences[c.reading.sentence]!;
  if (CLOSE_WAIT_CUE.test(p.text.slice(s.start, s.end))) return true;
  // "…끝날 때까지 기다린다. (이 상태가 TIME_WAIT 상태)", "(this is TIME_WAIT)": a state named by pointing
  // back names the wait told in the sentence before.
  const before = p.sentences[c.reading.sentence - 1];
  return !!before && NAMED_BY_POINTING_BACK.test(p.text.slice(s.start, c.at)) && CLOSE_WAIT_CUE.test(p.text.slice(before.start, before.end));
}
/**
 * TIME-WAIT given to the side that closes second before that side's own FIN, told in a later sentence of
 * the same telling of the close ("2. 서버가 ACK를 보낸다 (TIME_WAIT) … 3. 서버가 FIN을 보낸다", "the server
 * ACKs and enters TIME_WAIT. Then it sends its FIN"): that slot, between the peer's FIN and its own, is
 * CLOSE-WAIT's.
 */
function beforeOwnFin(reading: Reading, c: Extract<Claim, { kind: "state" }>, side: Side, ctx: Context): boolean {
  const epoch = ctx.epochAt(c.at);
  let later = false;
  for (const x of reading.claims) {
    if (x.kind !== "segment" || !x.flags.includes("FIN") || x.flags.includes("SYN") || !claimAsserted(x) || ctx.epochAt(x.at) !== epoch) continue;
    const holder = sideOf(x.actor, "close", x.at, ctx);
    // A FIN retransmitted was sent before: the wait before it is LAST-ACK's.
    if (x.rel === "retransmit" && holder === side) return false;
    const sender = x.rel === "send" ? holder : x.rel === "receive" && holder ? other(holder) : null;
    if (sender !== side) continue;
    // "enters TIME_WAIT after it sends its FIN": within a sentence the words need not follow the story.
    if (x.reading.sentence <= c.reading.sentence) return false;
    later = true;
  }
  return later;
}
const NAMED_BY_POINTING_BACK = ko(
  "^[\\s(]*(?:이|그|해당)\\s*(?:상태|때|과정)\\S*\\s*$|^[\\s(]*(?:this|that|it)\\s+(?:state\\s+)?(?:is|=)\\s+(?:the\\s+|called\\s+)?$",
  "i",
);

/**
 * "서버는 CLOSED 되고 / TIME_WAIT에서 일정 시간이 지나면 / 클라이언트도 CLOSED 된다": a state told as the scene
 * where time passes ("…에서"), in a Korean clause of time or condition with no subject of its own, before a
 * clause that writes its subject, may be that subject's as well as the one carried from before it: it is
 * held by neither for certain.
 */
function conditionOfNextSubject(p: Prepared, reading: Reading, c: Extract<Claim, { kind: "state" }>): boolean {
  const r = c.reading;
  if (!r.hangul || r.subjectFrom !== "previous" || !TIME_OR_CONDITION.test(p.text.slice(r.clause.start, r.clause.end))) return false;
  if (!AS_SCENE.test(p.text.slice(c.span[1], r.clause.end))) return false;
  const next = reading.clauses.find((x) => x.sentence === r.sentence && x.clause.start >= r.clause.end);
  return !!next && next.subjectFrom === "clause" && !!next.subject && next.subject !== r.subject;
}
const TIME_OR_CONDITION = ko("(?:면|뒤에?|후에?|다음에?|때)\\s*,?\\s*$");
const AS_SCENE = ko("^\\s*(?:상태)?\\s*에서");

/**
 * A holder the clause names itself, not the subject carried into it from an earlier sentence:
 * "클라이언트는 FIN_WAIT_1로 간다. TIME_WAIT는 서버에서 발생한다" places TIME_WAIT on the server.
 */
function heldInClause(c: Extract<Claim, { kind: "state" }>): boolean {
  const holder = c.spans[1];
  return !!holder && holder[0] >= c.reading.clause.start && holder[0] !== c.reading.subjectSpan?.[0];
}

/**
 * A holder carried from a sentence before the claim's, through a chain of clauses that never named
 * it again ("…교착상태에 빠지게 되었고 / 모든 소켓이 CLOSE_WAIT 상태에 빠짐"): too far to say whose state it is.
 */
function heldFromBefore(c: Extract<Claim, { kind: "state" }>, p: Prepared): boolean {
  const holder = c.spans[1];
  return !!holder && c.reading.subjectFrom === "previous" && holder[0] < p.sentences[c.reading.sentence]!.start;
}

/**
 * "서버가 ACK를 클라이언트에 보냄 → FIN_WAIT_2로 전환": a state after an arrow, at the end of a step
 * whose subject sent to a side named in it, may be that side's result of receiving: read either way,
 * it is no claim that the sender holds it.
 */
function resultOfSending(p: Prepared, c: Extract<Claim, { kind: "state" }>, side: Side, phase: Phase, ctx: Context): boolean {
  const r = c.reading;
  if (!ARROW_BEFORE.test(p.text.slice(r.clause.start, c.at))) return false;
  return r.actors.some((a) => (a.role === "recipient" || a.role === "locative") && a.span[0] < c.at && sideOf(a.actor, phase, c.at, ctx) === other(side));
}
const ARROW_BEFORE = /(?:→|->|=>)\s*(?:\(?\s*)?$|(?:→|->|=>)\s*\S{0,12}\s*$/;

const WAITS_FOR: Partial<Record<TcpState, { ko: string; en: string }>> = {
  "FIN-WAIT-2": { ko: "상대의 FIN을 기다리며, 그 FIN을 받아야 TIME-WAIT로 갑니다", en: "waits for the peer's FIN and moves to TIME-WAIT when it arrives" },
  "FIN-WAIT-1": { ko: "자기 FIN에 대한 ACK(또는 상대 FIN)를 기다립니다", en: "waits for the ACK of its FIN (or the peer's FIN)" },
  "CLOSE-WAIT": { ko: "자기 애플리케이션이 close()를 부르기를 기다립니다", en: "waits for its own application to call close()" },
  "LAST-ACK": {
    ko: "자기 FIN에 대한 ACK를 기다리고, 오지 않으면 FIN을 재전송합니다",
    en: "waits for the ACK of its FIN and retransmits the FIN if it does not come",
  },
};

// ── misconceptions stated in words ───────────────────────────────────────────
const BOTH =
  "양방향|양쪽\\s*(?:방향|모두|다)|둘\\s*다|\\b(?:for|on|to)\\s+both\\s+(?:sides|ends|parties|peers)|연결\\s*전체|전체\\s*연결|\\bboth\\s+directions|\\bthe\\s+whole\\s+connection|\\bwhole\\s+connection|\\bthe\\s+entire\\s+connection|\\bentire\\s+connection|\\b(?:whole|entire)\\s+session";
const CLOSE_VERB = "닫|종료|끊|끝나|끝난|끝납|\\bclos|\\bterminat|\\bends?\\b|\\bshut|\\btears?\\s+down|\\btorn\\s+down";
// "can no longer send", "더 이상 보낼 수 없다": the negation is part of what is claimed.
const CANT_SEND =
  "(?:보낼|전송할|송신할|주고\\s*받을|통신할)\\s*수\\s*(?:가\\s*|도\\s*)?없|보내지\\s*못|전송하지\\s*못|\\bcan(?:not|'t|\\s+no\\s+longer)\\s+(?:send|transmit|write)|\\bno\\s+longer\\s+(?:send|transmit|allowed|able)|\\bnot\\s+(?:be\\s+)?(?:able|allowed)\\s+to\\s+(?:send|transmit)";
const RESENT = "재전송|재송신|다시\\s*(?:보내|보냄|전송)|한\\s*번\\s*더\\s*(?:보내|전송)";
const TIMER = "타이머|타임아웃|시간\\s*초과|만료|스스로|자체적으로|\\btimer|\\btime-?out|\\btimes\\s+out|\\bexpir|\\bon\\s+its\\s+own|\\bby\\s+itself";
export const PATTERNS: Pattern[] = [
  {
    misconception: "two-way-enough",
    // A sentence: "두 번이면 / 충분합니다" is cut into two clauses by the connective.
    re: ko(
      "(?:\\b2|두|\\btwo)\\s*(?:-?\\s*way|번(?!\\s*째)|차례|\\s+messages?|\\s+segments?|\\s+steps?|\\s+packets?|\\s+(?=(?:would|will|should|could|might|is|are)\\s+(?:\\w+\\s+)?(?:be\\s+)?(?:enough|sufficient|suffice)))(?:\\s*(?:핸드셰이크|핸드쉐이크|handshake))?[^.?!]{0,64}?(?:충분(?!\\s*(?:하지|치|하진|하지는)\\s*(?:않|못))|(?<!(?:\\b(?:not|never|hardly)|n't)\\s+(?:be\\s+|quite\\s+|really\\s+)?)(?:\\benough\\b|(?<!in)sufficient|\\bsuffice)|\\bwork\\w*\\s+(?:just\\s+)?fine|\\bwould\\s+work|괜찮(?!\\s*(?:지|진)\\s*않)|(?<!불)가능(?!\\s*(?:하지|치)\\s*않))|(?:세\\s*번째|3번째|\\bthird|마지막)\\s*(?:ACK|단계|\\bstep|\\bsegment|\\bone|\\bmessage)?[^.?!]{0,30}?(?:관례|형식적|예의|의미\\s*없|불필요|필요\\s*없|politeness|tradition|\\bjust\\s+extra|unnecessary|not\\s+(?:really\\s+)?needed|optional|없어도)|(?:\\b3|세)\\s*(?:-?\\s*way|번(?!\\s*째)|단계)(?:\\s*(?:핸드셰이크|핸드쉐이크|handshake))?\\s*(?:까지는|까지|는|은|가|이)?\\s*(?:사실\\s*|굳이\\s*|really\\s+|actually\\s+)?(?:필요\\s*없|불필요|과하|\\bis\\s+(?:actually\\s+|really\\s+)?(?:overkill|unnecessary|redundant))",
    ),
    scope: "sentence",
    concedable: true,
    ko: "두 단계로는 서버의 초기 시퀀스 번호가 확인(ACK)되지 않고, 이전 연결에서 지연된 SYN 하나로도 서버가 연결을 열어 버립니다. 세 번째 ACK가 서버의 ISN을 확인합니다 (RFC 9293 §3.5).",
    en: "with two segments the server's initial sequence number is never acknowledged, and a delayed old SYN alone would open a connection; the third segment acknowledges the server's ISN (RFC 9293 §3.5).",
  },
  {
    misconception: "fin-closes-both-directions",
    re: ko(
      `FIN(?![sS])[^.?!]{0,60}?(?:${BOTH})[^.?!]{0,30}?(?:${CLOSE_VERB})|FIN(?![sS])[^.?!]{0,60}?(?:${CLOSE_VERB})[^.?!]{0,30}?(?:${BOTH})|(?:${BOTH})[^.?!]{0,40}?(?:${CLOSE_VERB})[^.?!]{0,40}?FIN(?![sS])|FIN(?![sS])[^.?!]{0,80}?(?:상대|서버|수신\\s*측|받은\\s*쪽|받는\\s*쪽|양쪽|둘\\s*다|아무도|\\bpeer|\\bother\\s+(?:side|end)|\\bserver|\\breceiver|\\bneither|\\beither\\s+side|\\bthe\\s+receiving|\\bno\\s+one)[^.?!]{0,30}?(?:${CANT_SEND})|FIN(?![sS])[^.?!]{0,80}?\\b(?:neither|no)\\s+(?:side|end|peer|host|one)\\s+(?:can|may|is\\s+(?:able|allowed)\\s+to|will\\s+be\\s+able\\s+to)\\s+(?:send|transmit|write)|FIN(?![sS])[^.?!]{0,60}?(?:주고\\s*받|송수신)\\S*\\s*(?:\\S+\\s+)?(?:수\\s*(?:가\\s*|도\\s*)?없|못)|FIN(?![sS])[^.?!]{0,60}?\\bno\\s+(?:more\\s+)?data\\s+can\\s+be\\s+exchanged`,
    ),
    scope: "sentence",
    // …nor where both FINs are told: "양쪽이 FIN을 보내면", "서버도 FIN을 보내고 나면", "once both sides have sent FIN".
    unless: ko(
      "(?:양쪽|양측|서로|둘\\s*다)(?:이|가|에서|\\s*모두)?\\s*(?:\\S+\\s+)?FIN|(?:서버|상대(?:방)?|클라이언트|수신\\s*측|받은\\s*쪽)도\\s*(?:\\S+\\s+)?FIN|\\bboth\\s+(?:sides|ends|peers|hosts)\\s+(?:\\w+\\s+)?(?:send|sent|have\\s+sent)\\b|\\b(?:also|too)\\b[^.?!]{0,30}?FIN|FIN[^.?!]{0,30}?\\b(?:as\\s+well|too)\\b|두\\s*(?:번|개)|각각|각\\s*방향|\\beach\\b|\\btwo\\s+FIN|\\bboth\\s+FIN|FINs|려면|\\bto\\s+close\\s+both|\\bonly\\s+(?:its|one|the\\s+sender|closes|close)|\\bcloses\\s+only|만\\s*닫|한\\s*방향|close\\(\\)|(?:클라이언트|클라|보낸\\s*쪽|송신\\s*측|먼저\\s*닫은\\s*쪽)(?:가|는|은|이)?\\s+(?:더\\s*이상\\s*)?(?:\\S+\\s+){0,2}?(?:보낼|전송할|송신할)|\\b(?:sender|client|closer)\\s+(?:itself\\s+)?(?:can\\s+no\\s+longer|cannot|can't|will\\s+not|has\\s+nothing\\s+more\\s+to)\\s+(?:send|transmit|write)|\\bstill\\s+(?:send|transmit|write)|\\bcan\\s+still|FIN\\S*\\s*(?:을|를)\\s*(?:먼저\\s*)?(?:보낸|전송한|송신한)\\s*(?:쪽|측|편|곳|호스트|피어|peer|클라이언트|서버|host|side)\\S*\\s*(?:\\S+\\s+){0,3}?(?:보낼|전송할|송신할)\\s*수\\s*(?:가\\s*|도\\s*)?없|\\b(?:side|end|peer|host|one|endpoint)\\s+(?:that|which|who)\\s+(?:sent|sends|has\\s+sent)\\s+(?:the\\s+|a\\s+|its\\s+)?FIN|\\bFIN\\s+sender|(?:다른|반대|상대)\\S*\\s*(?:\\S+\\s+){0,3}?(?:보낼|전송할|송신할)\\s*수\\s*(?:는\\s*|가\\s*|도\\s*)?있|\\bkeeps?\\s+sending|(?:계속|여전히|아직)\\s*(?:데이터를\\s*)?(?:보낼|전송|송신)|동시|\\bsimultaneous|\\bat\\s+the\\s+same\\s+time|\\bFIN\\s+(?:exchange|handshake)|\\bexchang\\w*\\s+(?:of\\s+)?FINs?\\b|FIN\\S*\\s*(?:을|를)?\\s*(?:서로\\s*)?(?:주고받|교환)",
    ),
    // A state in capitals ("양쪽 모두 CLOSED가 된다" after the last ACK) is where both end, not what one FIN
    // closes: the match stops at its first letters.
    veto: /(?<![A-Za-z])CLOS$/,
    ko: "FIN은 보낸 쪽의 송신 방향만 닫습니다. 받은 쪽은 자기 FIN을 보낼 때까지 계속 데이터를 보낼 수 있습니다 (RFC 9293 §3.6).",
    en: "a FIN closes only its sender's direction; the receiver may keep sending until it sends its own FIN (RFC 9293 §3.6).",
  },
  {
    misconception: "time-wait-waits-for-data",
    re: ko(
      "(?:늦게\\s*(?:도착하|오|들어오)\\S*|뒤늦게|(?:모든|전부|다\\s+)(?=\\s*(?:데이터|패킷))|\\b(?:all|any)\\s+(?:the\\s+)?(?=(?:remaining\\s+)?(?:data|packets|segments))|\\bstill\\s+in\\s+(?:flight|transit)|\\bin\\s+flight|\\bon\\s+(?:the|their|its)\\s+way|\\blate(?:r)?[-\\s]+arriving|\\bstraggl\\w*|받지\\s*못한|못\\s*받은|아직\\s*(?:\\S+\\s+){0,3}?(?:받지|오지|도착하지|전송되지|보내지)\\S*|남은|남아\\s*있는|잉여|미처|\\bremaining|\\bleft-?over|\\boutstanding|\\bpending|\\bunreceived|\\bnot\\s+(?:yet\\s+)?(?:been\\s+)?(?:received|arrived|sent)(?:\\s+yet)?|\\bhas\\s+not\\s+sent|\\bmore\\s+data|\\blate\\s+data|\\brest\\s+of\\s+the\\s+data)[^.?!]{0,30}?(?:데이터|패킷|세그먼트|\\bdata|\\bpackets?|\\bsegments?)[^.?!]{0,40}?(?:기다|대기|받|수신|\\bwait|\\breceiv)|(?:데이터|\\bdata)\\s*(?:를|을)?\\s*(?:기다|\\bwait)|\\bwait\\w*\\s+(?:for|to\\s+receive)\\s+(?:the\\s+|any\\s+)?(?:remaining\\s+|more\\s+|outstanding\\s+|late\\s+)?data|\\bto\\s+(?:receive|collect|catch|drain|read|get)\\s+(?:the\\s+|any\\s+|all\\s+)?(?:remaining|outstanding|late|pending|left-?over|straggling)\\s+(?:data|packets|segments)|(?:데이터|패킷)\\S*\\s*(?:\\S+\\s+){0,2}?(?:받기|수신하기|받으려고|수신하려고)\\s*(?:위해\\S*\\s*)?(?:\\S+\\s+){0,4}?(?:기다|대기)|\\bwait\\w*\\s+(?:\\w+\\s+){0,3}?(?:to\\s+receive|to\\s+get|for)\\s+(?:the\\s+|any\\s+)?(?:\\w+\\s+)?data\\b|\\bin\\s+case\\s+(?:\\w+\\s+){0,4}?(?:still\\s+)?(?:has|have|sends?|is\\s+sending)\\s+(?:more\\s+|some\\s+)?data|\\bwait\\w*\\s+until\\s+(?:all\\s+)?(?:the\\s+|any\\s+)?(?:remaining|outstanding|pending|late|left-?over|rest\\s+of\\s+the)\\s+(?:data|packets|segments)\\s+(?:have\\s+|has\\s+)?(?:arrive|come|are\\s+received|been\\s+received|reach)",
    ),
    unless: ko(
      "사라|소멸|폐기|버려|버리|무시|새\\s*연결|\\bexpire|\\bdie|\\bdiscard|\\bdropp?|\\bignor|\\bnew\\s+connection|혼동|섞|오인|오염|재사용|같은\\s*포트|\\bmistak|\\bconfus|\\bcorrupt|\\bsame\\s+port|\\breus|\\bincarnation|\\bnew\\s+one",
    ),
    scope: "clause",
    needs: /TIME[-_ ]?WAIT/i,
    ko: "TIME-WAIT는 데이터를 기다리지 않습니다. FIN 앞의 데이터는 시퀀스 번호 순서대로 FIN보다 먼저 전달됩니다. TIME-WAIT는 재전송된 FIN에 다시 ACK하고 이전 연결의 세그먼트가 사라지도록 2MSL을 기다립니다 (RFC 9293 §3.6).",
    en: "TIME-WAIT does not wait for data: everything sent before the FIN is delivered, in sequence, before the FIN. It waits 2MSL to ACK a retransmitted FIN again and to let old segments expire (RFC 9293 §3.6).",
  },
  {
    misconception: "syn-no-sequence",
    // One scan from each SYN or FIN, with every way of saying "uses no sequence number" tried at each step.
    // Not across a contrast or another segment: "SYN이나 FIN과 달리 순수 ACK는 … 소비하지 않는다".
    re: ko(
      "(?:SYN|FIN)(?:(?!(?<![A-Za-z])ACK(?![a-z])|달리|반면|\\bunlike|\\bwhereas)[^.?!]){0,40}?(?:(?:does\\s+not|doesn't|do\\s+not|don't|never|will\\s+not|won't)\\s+(?:consume|use|take(?:\\s+up)?|occupy|increment|advance|count|carry|have|contain|need|get|bump)\\s+(?:up\\s+)?(?:a\\s+|any\\s+|the\\s+)?(?:sequence|seq)|(?:carr(?:y|ies)|has|have|contains?|takes?|uses?|consumes?|needs?|gets?)\\s+no\\s+(?:sequence|seq)|\\b(?:without|lacks?)\\s+(?:a\\s+|any\\s+)?(?:sequence|seq)\\b(?![-\\s]*(?:validation|check|verification|test))|(?:sequence|seq)\\s*(?:numbers?|space)?\\s+(?:is|are)\\s+(?:not|never)\\s+(?:consumed|used|incremented|advanced|counted|taken|needed|assigned)|(?:시퀀스|순서\\s*번호|일련\\s*번호|\\bseq)\\s*(?:번호)?\\s*(?:가|이|는|은|를|을|도)?[^.?!]{0,24}?(?:(?<!데이터\\S*\\s*|수\\s{0,2})없|소비하지\\s*않|소모하지\\s*않|차지하지\\s*않|사용하지\\s*않|쓰지\\s*않|증가하지\\s*않|증가시키지\\s*않|늘어나지\\s*않|늘리지\\s*않|늘지\\s*않|오르지\\s*않|변하지\\s*않|올라가지\\s*않|갖지\\s*않|가지지\\s*않|포함하지\\s*않|안\\s*(?:씀|쓰|써|먹|늘|올라|증가|소비|소모)))|\\b(?:only\\s+(?:the\\s+)?(?:data|payload)\\s+(?:bytes\\s+)?(?:consume|use|advance|take|count)|(?:sequence|seq)\\s+numbers?\\s+(?:are|is)\\s+(?:consumed|used|counted|advanced)\\s+only\\s+by\\s+(?:the\\s+)?(?:data|payload))|데이터(?:만|에만)[^.?!]{0,20}?(?:시퀀스|순서)\\s*번호[^.?!]{0,12}?(?:소비|소모|증가|차지|사용)",
    ),
    scope: "sentence",
    ko: "SYN과 FIN은 시퀀스 번호를 하나씩 차지합니다. 그래서 SYN(seq=x)에 대한 확인 번호가 x+1입니다 (RFC 9293 §3.4).",
    en: "SYN and FIN each occupy one sequence number; that is why a SYN with seq x is acknowledged with x+1 (RFC 9293 §3.4).",
  },
  {
    misconception: "close-wait-equals-time-wait",
    re: ko(
      "CLOSE[-_ ]?WAIT[^.?!]{0,40}?TIME[-_ ]?WAIT[^.?!]{0,30}?(?:같|동일|똑같|다를\\s*(?:게|바)\\s*없|차이\\s*(?:가\\s*|는\\s*)?없|구분\\s*(?:이\\s*|은\\s*)?없|\\bthe\\s+same|\\bidentical|\\bequivalent|\\bequals?\\b|\\binterchangeabl|\\bsynonym|\\bno\\s+(?:real\\s+)?difference|\\btwo\\s+names|=)|CLOSE[-_ ]?WAIT\\s*(?:\\(\\s*(?:=|aka|a\\.k\\.a\\.|즉|또는|혹은)\\s*|\\s(?:또는|혹은|즉|aka|a\\.k\\.a\\.|also\\s+called|otherwise\\s+known\\s+as)\\s+|\\s*\\(\\s*)TIME[-_ ]?WAIT\\s*(?:라고도|이라고도|\\)?\\s*(?:라고|로)\\s*(?:도\\s*)?(?:부르|불리|하)|\\))|TIME[-_ ]?WAIT\\s*(?:\\(\\s*(?:=|aka|a\\.k\\.a\\.|즉|또는|혹은)\\s*|\\s(?:또는|혹은|즉|aka|a\\.k\\.a\\.|also\\s+called|otherwise\\s+known\\s+as)\\s+)CLOSE[-_ ]?WAIT|CLOSE[-_ ]?WAIT[^.?!]{0,20}?(?:\\bis\\s+the\\s+same\\s+as|\\bsame\\s+as|\\bequals|=|와\\s*같|과\\s*같)[^.?!]{0,10}?TIME[-_ ]?WAIT|TIME[-_ ]?WAIT[^.?!]{0,40}?CLOSE[-_ ]?WAIT[^.?!]{0,30}?(?:같|동일|똑같|\\bthe\\s+same|\\bidentical)" +
        // One named as the other's alias after a comma or in brackets: "CLOSE_WAIT, also known as TIME_WAIT,", "(sometimes called …)".
        "|(?:CLOSE[-_ ]?WAIT\\s*[,(]\\s*(?:(?:also|sometimes|often|commonly)\\s+)?(?:called|known\\s+as|named|referred\\s+to\\s+as|a\\.?k\\.?a\\.?)\\s+TIME[-_ ]?WAIT|TIME[-_ ]?WAIT\\s*[,(]\\s*(?:(?:also|sometimes|often|commonly)\\s+)?(?:called|known\\s+as|named|referred\\s+to\\s+as|a\\.?k\\.?a\\.?)\\s+CLOSE[-_ ]?WAIT|CLOSE[-_ ]?WAIT[^.?!\\n]{0,20}?TIME[-_ ]?WAIT\\s*(?:이)?라고도|TIME[-_ ]?WAIT[^.?!\\n]{0,20}?CLOSE[-_ ]?WAIT\\s*(?:이)?라고도)",
    ),
    scope: "sentence",
    ko: "CLOSE-WAIT는 FIN을 받은 쪽이 자기 애플리케이션의 close()를 기다리는 상태이고, TIME-WAIT는 먼저 닫은 쪽이 마지막 ACK 뒤 2MSL을 기다리는 상태입니다 (RFC 9293 §3.3.2, §3.6).",
    en: "CLOSE-WAIT is the side that received the FIN waiting for its own application to close; TIME-WAIT is the side that closed first waiting 2MSL after the last ACK (RFC 9293 §3.3.2, §3.6).",
  },
  {
    misconception: "close-wait-equals-time-wait",
    re: ko(
      "TIME[-_ ]?WAIT(?:(?!CLOSE[-_ ]?WAIT)[^.?!]){0,60}?(?:애플리케이션|응용\\s*(?:프로그램|계층)?|프로세스|close\\(\\)|\\bapplication|\\bapp\\b)\\S*\\s*(?:이|가|의|에서)?[^.?!]{0,24}?(?:닫|종료|close|호출|부르|\\bcall|\\bfinish|\\bis\\s+done|\\bhas\\s+done|끝내|끝나|마치|마무리)|CLOSE[-_ ]?WAIT(?:(?!TIME[-_ ]?WAIT|LAST)[^.?!]){0,50}?(?:마지막\\s*ACK(?:를|을)?\\s*(?:보낸|보내|전송)|\\b(?:sent|sending|sends)\\s+the\\s+(?:final|last)\\s+ACK|\\bafter\\s+(?:sending\\s+)?the\\s+(?:final|last)\\s+ACK)",
    ),
    scope: "clause",
    unless: ko("LAST[-_ ]?ACK|FIN_WAIT|FIN-WAIT|\\bbefore\\b|전에|이전"),
    ko: "CLOSE-WAIT와 TIME-WAIT가 바뀌었습니다. CLOSE-WAIT는 FIN을 받은 쪽이 자기 애플리케이션의 close()를 기다리는 상태이고, TIME-WAIT는 먼저 닫은 쪽이 마지막 ACK 뒤 2MSL을 기다리는 상태입니다 (RFC 9293 §3.3.2, §3.6).",
    en: "CLOSE-WAIT and TIME-WAIT are swapped: CLOSE-WAIT is the side that received the FIN waiting for its own application to close; TIME-WAIT is the side that closed first waiting 2MSL after the last ACK (RFC 9293 §3.3.2, §3.6).",
  },
  {
    misconception: "urg-means-priority",
    // Between URG and the claim, no other flag: "URG는 긴급, PSH는 먼저 전달" is about PSH. The flag may be
    // named by its Korean name in a list of letters ("U: 긴급 bit(우선순위 높음)").
    re: ko(
      `(?:\\bURG(?:ENT)?\\b|긴급\\s*(?:비트|플래그|bit|flag))(?:(?!(?<![A-Za-z])(?:PSH|ACK|SYN|FIN|RST|PUSH)(?![a-z])|\\bnot\\b|n't\\b|\\bnever\\b|\\brather\\b|않|아니)[^.?!\\n]){0,50}?(?:우선\\s*(?:순위|처리|적|으로|권|전송|전달)|먼저\\s*(?:처리|전달|전송|보내|읽)|새치기|앞질러|앞서|더\\s*빨리|빠르게\\s*(?:처리|전달|전송)|\\bprioriti[sz]|\\bpriority|\\b(?:process(?:ed)?|handled?|deliver(?:ed)?|sent|read)\\s+(?:(?:the|this|that|these|such|its)\\s+)?(?:(?:packets?|segments?|data|it|them)\\s+)?(?:first|before|ahead|faster|sooner)|\\bgoes?\\s+first|\\b(?:process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|reads?|sent|passed)\\s+(?:\\w+\\s+){0,2}?(?:immediately|right\\s+away|at\\s+once|without\\s+(?:delay|waiting))|(?:즉시|곧바로|바로)\\s*(?:처리|전달|읽)|\\bahead\\s+of|\\bfront\\s+of\\s+the\\s+(?:queue|line)|\\bjumps?\\b|\\bskips?\\s+the\\s+(?:queue|line)|\\bfast[-\\s]+(?:lane|track)|${OUTRANKS})`,
    ),
    unless: ko("(?:우선|먼저)\\s*\\S*\\s*(?:가|이|은|는)?\\s*아니|우선순위와\\s*무관|\\bnot\\s+(?:about\\s+)?priority"),
    scope: "sentence",
    ko: "URG는 긴급 포인터 필드가 유효하다는 뜻일 뿐, 그 세그먼트를 먼저 처리하게 하지 않습니다. 데이터는 여전히 순서대로 전달되고, 긴급 포인터는 흐름 안의 한 지점을 가리킬 뿐입니다 (RFC 9293 §3.1, §3.8.5; 새 응용에는 쓰지 말라는 RFC 6093).",
    en: "URG only says the urgent pointer field is valid; it does not make the segment go first. Data is still delivered in order, and the pointer only marks a point in the stream (RFC 9293 §3.1, §3.8.5; RFC 6093 advises new applications not to use it).",
  },
  {
    misconception: "ack-retransmitted-by-timer",
    // The ACK is the one resent (Korean: object before the verb; English: after it), on a timer of its own.
    // A SYN+ACK (SYN-ACK, SYN/ACK) is resent on the server's own timer, rightly: not a bare ACK.
    re: ko(
      `(?<!LAST[-_ ]?|SYN\\s*[-+/]?\\s*)ACK(?:를|을|도|만)?\\s*(?:\\S+\\s+){0,2}?(?:${RESENT})|\\b(?:re-?transmit\\w*|re-?send\\w*|re-?sent|sends?\\s+again)\\s+(?:the\\s+|its\\s+|a\\s+|that\\s+)?(?:(?:final|last|lost|third|missing)\\s+)?ACK\\b|(?<!LAST[-_ ]?|SYN\\s*[-+/]?\\s*)\\bACK\\w*\\s+(?:is|gets|will\\s+be|would\\s+be|can\\s+be)\\s+(?:re-?transmitted|re-?sent|sent\\s+again)|\\b(?:sends?|sending|sent|transmits?|(?:replies|responds|answers)\\s+with)\\s+(?:the\\s+|its\\s+|that\\s+)?(?:(?:final|last|lost|third|missing|same)\\s+)?ACK\\s+(?:again|once\\s+more|a\\s+second\\s+time)\\b`,
    ),
    with: ko(TIMER),
    // The FIN resent and then acknowledged again, or the 2MSL timer restarted: that is the right story.
    // FIN in capitals only: "the final ACK" is no FIN.
    unless: ko("\\bFIN(?![a-z])|재시작|다시\\s*시작|새로\\s*시작|리셋|초기화|\\b[Rr]estart|\\b[Rr]eset|\\b[Ss]tart\\w*\\s+(?:over|again)|2\\s*MSL", ""),
    scope: "sentence",
    ko: "ACK는 확인받지 않으므로 재전송 타이머가 없습니다. 마지막 ACK가 유실되면 상대가 FIN을 재전송하고, TIME-WAIT에 있는 쪽은 그 FIN을 받고서야 ACK를 다시 보냅니다 (RFC 9293 §3.6, §3.8.1).",
    en: "an ACK is never acknowledged, so it has no retransmission timer: when the last ACK is lost the peer retransmits its FIN, and the side in TIME-WAIT sends the ACK again only on receiving that FIN (RFC 9293 §3.6, §3.8.1).",
  },
  {
    misconception: "ack-not-plus-one",
    re: ko(
      // The peer's number named as its sequence number, its ISN or its seq, whoever's it is said to be.
      "(?:확인\\s*(?:응답\\s*)?번호|승인\\s*번호|ACK\\s*번호|\\back(?:nowledg(?:e?ment)?)?\\s+number)[^.?!]{0,25}?(?:받은\\s*)?(?:(?:시퀀스|순서)\\s*번호|ISN|초기\\s*시퀀스\\s*번호|seq)\\s*(?:그대로|와\\s*같|과\\s*같|와\\s*동일|과\\s*동일)" +
        "|\\back(?:nowledg(?:e?ment)?)?\\s+number\\s+(?:(?!not\\b|never\\b|isn't\\b)[\\w+/-]{1,30}\\s+){0,4}?(?:is\\s+)?(?:equal\\s+to|the\\s+same\\s+as|equals|identical\\s+to)\\s+(?:the\\s+|its\\s+)?(?:(?:client|server|peer|sender|other\\s+side)(?:'s|’s)\\s+|received\\s+)?(?:initial\\s+)?(?:sequence\\s+number|seq\\b|ISN\\b)(?!\\s*(?:\\+|plus|incremented|increased|and\\s+one))",
    ),
    scope: "clause",
    ko: "확인 번호는 다음에 받을 시퀀스 번호입니다. SYN이 번호 하나를 차지하므로 seq=x인 SYN은 x+1로 확인합니다 (RFC 9293 §3.4).",
    en: "the acknowledgement number is the next sequence number expected; a SYN occupies one, so a SYN with seq x is acknowledged with x+1 (RFC 9293 §3.4).",
  },
  {
    misconception: "time-wait-waits-for-data",
    // The copied note over a whole sentence: "아직 받지 못한 데이터가 있을 수 있으므로 TIME_WAIT로 기다린다",
    // "so that packets arriving after the FIN are not lost, it waits in TIME_WAIT".
    re: ko(
      "(?:받지\\s*못한|못\\s*받은|아직\\s*(?:\\S+\\s+){0,3}?(?:받지|오지|도착하지)\\S*|\\bnot\\s+yet\\s+(?:been\\s+)?received|\\bstill\\s+(?:in\\s+flight|on\\s+(?:the|its)\\s+way))\\s*(?:\\S+\\s+)?(?:데이터|패킷|세그먼트|\\bdata|\\bpackets?|\\bsegments?)[^.?!]{0,90}?(?:기다|대기|\\bwait)|(?:늦게\\s*도착|뒤늦게|\\blate|\\bafter\\s+the\\s+FIN)[^.?!]{0,80}?(?:패킷|데이터|\\bpackets?|\\bdata)\\S*\\s*(?:이|가)?\\s*(?:\\S+\\s+)?(?:유실|손실|잃|\\b(?:be\\s+|being\\s+|getting\\s+)?lost)[^.?!]{0,30}?(?:방지|막|않도록|\\bprevent|\\bavoid|\\bso\\s+that)",
    ),
    unless: ko(
      "사라|소멸|폐기|버려|버리|무시|새\\s*연결|\\bexpire|\\bdie|\\bdiscard|\\bdropp?|\\bignor|\\bnew\\s+connection|혼동|섞|오인|오염|재사용|같은\\s*포트|\\bmistak|\\bconfus|\\bcorrupt|\\bsame\\s+port|\\breus|\\bincarnation|\\bnew\\s+one|ACK",
    ),
    scope: "sentence",
    needs: /TIME[-_ ]?WAIT/i,
    ko: "TIME-WAIT는 데이터를 기다리지 않습니다. FIN 앞의 데이터는 시퀀스 번호 순서대로 FIN보다 먼저 전달됩니다. TIME-WAIT는 재전송된 FIN에 다시 ACK하고 옛 세그먼트가 사라지도록 2MSL을 기다립니다 (RFC 9293 §3.6).",
    en: "TIME-WAIT does not wait for data: everything sent before the FIN is delivered, in sequence, before the FIN. It waits 2MSL to ACK a retransmitted FIN again and to let old segments expire (RFC 9293 §3.6).",
  },
  {
    misconception: "six-control-bits",
    re: ko(
      "(?:control|flag|제어|플래그|컨트롤)\\s*(?:bits?|비트|flags?|플래그|필드|field)?[^.?!\\n]{0,60}?(?:(?<![\\d.])6\\s*(?:bits?|개|flags?|가지)|\\bsix\\b|여섯)|(?:(?<![\\d.])6\\s*(?:개의?|가지)?|\\bsix|여섯\\s*(?:개의?|가지)?)\\s*(?:\\S+\\s+)?(?:control|flag|제어|플래그|컨트롤)",
    ),
    // An answer that knows the later flags (CWR, ECE, NS) or says "originally six" is not claiming it.
    unlessAnswer: ko(
      "\\bCWR\\b|\\bECE\\b|\\bECN\\b|\\bNS\\b|\\bAE\\b|원래|초기에는|처음에는|전통적|고전적|\\boriginal|\\bclassic|\\btraditional|RFC\\s*793|(?:8|9|여덟|아홉)\\s*(?:개|bits?|가지|비트)|\\b(?:eight|nine)\\b",
    ),
    scope: "sentence",
    ko: "제어 비트는 6개가 아닙니다. RFC 793의 6개(URG, ACK, PSH, RST, SYN, FIN)에 ECN용 CWR과 ECE가 더해져 RFC 9293의 헤더에는 8개가 있습니다 (RFC 9293 §3.1, RFC 3168).",
    en: "there are not just six control bits: RFC 793's six (URG, ACK, PSH, RST, SYN, FIN) were joined by CWR and ECE for ECN, so RFC 9293's header has eight (RFC 9293 §3.1, RFC 3168).",
  },
  {
    misconception: "fin-wait-2-always-times-out",
    // "일정 시간 FIN이 오지 않으면 자동으로 TIME_WAIT로 넘어간다", "after a while FIN_WAIT_2 times out".
    re: ko(
      "(?:일정\\s*(?:시간|기간)|시간이\\s*지나|타임아웃|시간\\s*초과|자동으로|저절로|알아서|\\btime-?out|\\btimes\\s+out|\\bafter\\s+(?:a|some)\\s+(?:while|time)|\\beventually|\\bautomatically)[^.?!]{0,80}?(?:넘어가|넘어감|전이|바뀌|사라|정리|닫히|닫힌|끊기|끊어|끝나|끝난|해제|소멸|CLOSED|TIME[-_ ]?WAIT|\\bmoves?\\s+(?:to|into|on)|\\bgoes\\s+(?:to|into)|\\bclosed|\\bcloses\\b|\\bremoved|\\bdiscarded|\\bcleaned|\\bclean(?:s|ing)?\\s+up|\\bdisappear|\\bgoes\\s+away|\\bends?\\b|\\bexpires?\\b|\\b(?:released|freed|reclaimed|dropped)\\b)" +
        // The end told first, its time after: "ends by itself after a timeout", "will expire after tcp_fin_timeout".
        "|\\b(?:ends?|expires?|closes?|(?:is|are)\\s+(?:closed|dropped|released|freed|removed|cleaned\\s+up)|go(?:es)?\\s+away|disappears?|times?\\s+out)\\s+(?:\\w+\\s+){0,3}?(?:after|once|when|in)\\s+(?:a\\s+|the\\s+|some\\s+)?(?:while|time(?:out|r)?|tcp_fin_timeout|fin_timeout|\\d+\\s*(?:s|sec|seconds?|minutes?))\\b",
    ),
    needs: /FIN[-_ ]?WAIT[-_ ]?2/i,
    // What a sentence is about is the state named nearest (not TIME_WAIT by the rubric's topic: "일정 시간 TIME_WAIT 상태에 진입").
    family: STATE_FAMILY,
    topic: "fin-wait-2-stuck",
    // Told apart from the half-close, or as an extension beyond the RFC: not the misconception.
    // An application said to have closed its socket is close() in words: that socket is the orphan Linux times out.
    unlessAnswer: ko(
      "고아|orphan|close\\(\\)|\\b(?:process|application|app|program)\\)?\\s+(?:has\\s+|had\\s+)?(?:already\\s+)?closed|\\bclosed\\s+by\\s+(?:the\\s+|its\\s+)?(?:application|process|app|program)|(?:애플리케이션|응용\\s*프로그램|프로세스)\\S*\\s*(?:소켓을\\s*|연결을\\s*)?(?:닫|close)|shutdown|SHUT_WR|half|하프|반\\s*종료|제한\\s*(?:이\\s*)?없|무기한|영원히|\\bindefinite|\\bforever|\\bno\\s+time\\s+limit|RFC|\\bspecification|명세|규격|규정",
    ),
    scope: "sentence",
    ko: "FIN_WAIT_2는 저절로 끝나는 상태가 아닙니다. RFC 9293에는 이 상태의 타이머가 없고, Linux의 tcp_fin_timeout은 close()로 고아가 된 소켓에만 적용되며 그때도 TIME_WAIT를 거치지 않고 정리됩니다. shutdown(SHUT_WR)으로 송신만 닫은 소켓은 상대의 FIN이 올 때까지 남습니다 (RFC 9293 §3.6).",
    en: "FIN_WAIT_2 does not end by itself: RFC 9293 gives it no timer, Linux's tcp_fin_timeout applies only to orphans left by close() (and drops them without TIME_WAIT), and a socket that only shut down its sending side stays until the peer's FIN arrives (RFC 9293 §3.6).",
  },
  {
    misconception: "ack-not-plus-one",
    // "받은 시퀀스 번호를 그대로 확인 번호로", "acknowledges with the same number as the client's sequence number".
    re: ko(
      [
        "(?:시퀀스|순서|일련|seq|SEQ)\\s*번호\\S*\\s*(?:를|을)?\\s*(?:\\S+\\s+)?그대로\\s*(?:\\S+\\s+){0,2}?(?:확인|ACK|ack|응답|승인)",
        "(?:같은|동일한|똑같은)\\s*(?:번호|값|숫자)\\S*\\s*(?:\\S+\\s+)?(?:확인|ACK|ack|응답|승인)",
        // "seq 번호", as many Korean notes write the sequence number.
        "(?:ACK|ack|확인\\s*(?:응답\\s*)?)\\s*번호\\S*\\s*(?:\\S+\\s+){0,4}?(?:시퀀스|순서|seq|SEQ)\\s*번호\\S*\\s*(?:\\S+\\s+)?그대로",
        "\\back(?:nowledg\\w*)?\\s+(?:it\\s+|the\\s+SYN\\s+|that\\s+)?(?:with|using)\\s+(?:the\\s+)?(?:same|identical)\\s+(?:number|value|sequence\\s+number)",
        "\\b(?:copies|echoes|repeats|reuses|returns)\\s+(?:the\\s+|its\\s+|that\\s+)?(?:(?:client's|server's|received|peer's)\\s+)?(?:sequence|seq)\\s+number\\s+(?:back\\s+)?(?:as|into|in)\\s+(?:the\\s+|its\\s+)?(?:ack|acknowledg)",
      ].join("|"),
    ),
    scope: "sentence",
    unless: ko(
      "더한\\s*(?:것|값)|더해진|(?:길이|크기|바이트\\s*수)\\S*\\s*(?:\\S+\\s+)?(?:을|를)?\\s*더|\\bplus\\s+(?:the\\s+)?(?:length|size|number\\s+of\\s+bytes)|\\+\\s*1|1\\s*(?:을|를)?\\s*(?:더|증가)|하나\\s*(?:더|증가|큰)|다음\\s*(?:번호|시퀀스)|\\bplus\\s+one|\\bincrement|\\bnext\\s+(?:expected|sequence)|\\bone\\s+(?:more|higher)",
    ),
    ko: "확인 번호는 받은 시퀀스 번호 그대로가 아니라 다음에 받을 번호입니다. SYN이 번호 하나를 차지하므로 seq=x인 SYN은 x+1로 확인합니다 (RFC 9293 §3.4).",
    en: "the acknowledgement number is not the received sequence number itself but the next one expected; a SYN occupies one, so a SYN with seq x is acknowledged with x+1 (RFC 9293 §3.4).",
  },
  {
    misconception: "two-way-enough",
    // "SYN과 SYN+ACK 두 개만 있어도 연결은 성립한다", "2-way만으로도 연결을 맺을 수 있다", "two messages can already open it".
    re: ko(
      "(?:(?<![\\d.])2|두|\\btwo)\\s*(?:-?\\s*way|번(?!\\s*째)|차례|개|단계|\\s+messages?|\\s+segments?|\\s+steps?|\\s+packets?|\\s+exchanges?)(?:\\s*(?:핸드셰이크|핸드쉐이크|handshake|세그먼트|패킷|메시지))?[^.?!]{0,40}?(?:(?:맺|열|성립|수립|설정|연결(?:할|될|이\\s*될))\\S*\\s*(?:\\S+\\s+)?수\\s*(?:가\\s*)?있(?!지만|지\\s*않|을까|는데|겠지만)|성립(?:한다|된다|됩니|합니|됨|함)|충분(?!\\s*(?:하지|치|하진|하지는)\\s*(?:않|못))|\\bc(?:an|ould)\\s+(?:already\\s+|still\\s+|just\\s+)?(?:be\\s+)?(?:establish|open|set\\s+up|creat)\\w*|\\b(?:is|are)\\s+(?:already\\s+)?(?:established|open)\\b)|SYN\\S*\\s*(?:과|와|and|,)\\s*SYN\\s*[-+/]?\\s*ACK\\S*\\s*(?:만|만으로|만으로도|만\\s*있어도|\\bonly|\\balone)[^.?!]{0,30}?(?:맺|열|성립|수립|충분|가능|되|\\benough|\\bsuffic|\\bestablish|\\bopen|\\bset\\s+up|\\bworks?\\b)",
    ),
    scope: "sentence",
    with: ko("SYN|핸드셰이크|핸드쉐이크|\\bhandshake|연결|\\bconnection"),
    // A close told in two steps, or a concession inside the sentence ("…맺을 수는 있지만 서버는 모른다").
    unless: ko("\\bFIN\\b|종료|해제|끊|지만|그러나|\\bbut\\b|\\bhowever\\b|\\bwithout\\b|없이"),
    concedable: true,
    ko: "두 단계로는 서버의 초기 시퀀스 번호가 확인(ACK)되지 않고, 이전 연결에서 지연된 SYN 하나로도 서버가 연결을 열어 버립니다. 세 번째 ACK가 서버의 ISN을 확인합니다 (RFC 9293 §3.5).",
    en: "with two segments the server's initial sequence number is never acknowledged, and a delayed old SYN alone would open a connection; the third segment acknowledges the server's ISN (RFC 9293 §3.5).",
  },
  ...PRACTICE_PATTERNS,
  ...GENERAL_PATTERNS,
  ...NEW_PATTERNS,
  ...RECALL_PATTERNS,
  ...FACT_PATTERNS,
  {
    misconception: "wait-for-client-state",
    // Named in capitals, in title case, or in any case where 상태/state follows ("Wait for client 상태").
    re: ko("WAIT[-_ ]?FOR[-_ ]?CLI(?:ENT|NET)|Wait[-_ ]?for[-_ ]?Client|[Ww]ait[-_ ]?for[-_ ]?[Cc]lient\\s*(?:상태|state)", ""),
    scope: "sentence",
    ko: '"Wait for Client"라는 상태는 없습니다. 서버는 LISTEN에서 SYN을 받고 SYN+ACK를 보낸 뒤 SYN-RECEIVED에서 마지막 ACK를 기다립니다 (RFC 9293 §3.3.2, §3.5).',
    en: 'there is no "Wait for Client" state: the server waits in LISTEN for a SYN, and after sending SYN+ACK waits in SYN-RECEIVED for the last ACK (RFC 9293 §3.3.2, §3.5).',
  },
];

const WAITS_FOR_DATA = new Set(["time-wait-waits-for-data", "close-wait-waits-for-data"]);
const FLAG_PACKET = ko("\\b(?:SYN|ACK|FIN|RST)(?:\\s*[-+/]\\s*ACK)?\\s*(?:packets?|segments?|패킷|세그먼트|메시지|메세지)", "i");
const FLAG_PACKETS = new RegExp(FLAG_PACKET.source, "gi");
const PACKET_WORD = ko("\\b(?:packets?|segments?)\\b|패킷|세그먼트", "i");
const DATA_WORD = ko("데이터|\\bdata\\b|\\bpayload", "i");

// A state other than TIME-WAIT named in a clause or a sentence (named once: a literal in the loop is a new object each time).
const OTHER_STATE = /(?:FIN|CLOSE|LAST)[-_ ]?(?:WAIT|ACK)/i;

/** The state the answer names last before a position: what a sentence without one is still about. */
const ANY_STATE = /\b(?:TIME|FIN|CLOSE|LAST|SYN)[-_ ]?(?:WAIT|ACK|SENT|RCVD|RECV|RECEIVED)(?:[-_ ]?[12])?\b/gi;
/**
 * How far past its start a try of ANY_STATE can look: 16 letters of the longest name ("CLOSE_RECEIVED_2")
 * and the letter after it that `\b` reads, with room to spare.
 */
const STATE_REACH = 24;
// The states of the answer last graded, found once over its whole text: an answer about TIME-WAIT
// asks for the last state before each of its clauses, and scanning the text up to each one again
// was most of what these checks allocated.
let statesFor: Prepared | null = null;
let stateStarts: number[] = [];
let stateEnds: number[] = [];
let stateTexts: string[] = [];
function lastStateBefore(p: Prepared, at: number): string | null {
  if (statesFor !== p) {
    statesFor = p;
    stateStarts = [];
    stateEnds = [];
    stateTexts = [];
    for (const m of matchesOf(ANY_STATE, p.text)) {
      stateStarts.push(m.index);
      stateEnds.push(m.index + m[0].length);
      stateTexts.push(m[0]);
    }
  }
  // A try that starts more than STATE_REACH before `at` reads only letters before it, so the scan of
  // text[0, at) finds what the scan of the whole text found there; only the last stretch, where a
  // name may be cut off at `at`, is scanned again within the cut text.
  let last: string | null = null;
  let from = 0;
  for (let k = 0; k < stateStarts.length && stateStarts[k]! < at - STATE_REACH; k += 1) {
    last = stateTexts[k]!;
    from = stateEnds[k]!;
  }
  const g = ANY_STATE;
  const head = p.text.slice(0, at);
  g.lastIndex = Math.max(from, at - STATE_REACH, 0);
  for (let m = g.exec(head); m; m = g.exec(head)) last = m[0];
  g.lastIndex = 0;
  return last;
}

/**
 * Misconceptions stated in words. `topic` is the rubric's concept: in an answer about TIME-WAIT
 * ("why TIME_WAIT?", a lost final ACK) a reason is about TIME-WAIT even where the sentence does not
 * name it, unless it names another state.
 */
export function checkStatedMisconceptions(p: Prepared, reading: Reading, topic?: string): WrongClaim[] {
  const out: WrongClaim[] = [];
  // Several patterns share one topic pattern (TIME_WAIT, TCP keepalive): whether the answer names it is looked up once.
  const named = new Map<RegExp, boolean>();
  const names = (re: RegExp) => {
    let found = named.get(re);
    if (found === undefined) named.set(re, (found = mayMatch(re, p) && re.test(p.text)));
    return found;
  };
  for (const pat of PATTERNS) {
    // Most answers state none of these: one look at the whole answer settles it.
    // An answer that never names the topic (and is not about it by its prompt) cannot state it.
    if (pat.needs && (pat.named || (pat.topic ?? (pat.family ? undefined : "time-wait")) !== topic) && !names(pat.needs)) continue;
    // A pattern none of whose required words the answer holds is not run over it (required.ts).
    if (!mayMatch(pat.re, p) || !pat.re.test(p.text) || pat.unlessAnswer?.test(p.text)) continue;
    for (const r of reading.clauses) {
      const sentence = p.sentences[r.sentence]!;
      // The scope as two numbers, its text cut only where the pattern runs: most clauses are passed
      // over before, and an object, a list and a slice for each of them were most of what this loop made.
      const ownClause = pat.scope === "clause";
      if (!ownClause && sentence.clauses[0] !== r.clause) continue;
      const scopeStart = ownClause ? r.clause.start : sentence.start;
      const scopeEnd = ownClause ? r.clause.end : sentence.end;
      // A clause that reports a view is skipped; in a sentence scope, the clause the match ends in
      // decides ("…라는 말이 있지만 실제로는 FIN 하나로 양방향이 끊긴다" states the second part).
      if (r.question || (pat.scope === "clause" && r.reported)) continue;
      if (
        pat.needs &&
        !pat.family &&
        !(pat.needs.test(p.text.slice(r.clause.start, r.clause.end)) && namedAsSubject(p, pat.needs, r.clause.start, r.clause.end))
      ) {
        const sentenceText = p.text.slice(sentence.start, sentence.end);
        const inSentence =
          pat.needs.test(sentenceText) &&
          namedAsSubject(p, pat.needs, sentence.start, sentence.end) &&
          !OTHER_STATE.test(p.text.slice(r.clause.start, r.clause.end));
        const last = inSentence ? null : lastStateBefore(p, r.clause.start);
        const byTopic = !inSentence && !OTHER_STATE.test(sentenceText) && (last ? pat.needs.test(last) : topic === "time-wait");
        if (!inSentence && !byTopic) continue;
      }
      if (pat.with && !pat.with.test(p.text.slice(sentence.start, sentence.end)) && !pat.with.test(antecedent(p, r.sentence))) continue;
      const before = p.sentences[r.sentence - 1];
      if (pat.previous && !(before && pat.previous.test(p.text.slice(before.start, before.end)))) continue;
      // The words that make a match harmless may be anywhere in its sentence ("…, so that those old segments expire").
      if (pat.unless) {
        const nearStart = pat.unlessNear ? (p.sentences[r.sentence - 1]?.start ?? sentence.start) : sentence.start;
        const nearEnd = pat.unlessNear ? (p.sentences[r.sentence + 1]?.end ?? sentence.end) : sentence.end;
        if (pat.unless.test(p.text.slice(nearStart, nearEnd))) continue;
      }
      if (pat.ownTime && ownTime(p, pat, r.sentence)) continue;
      const m = pat.re.exec(p.text.slice(scopeStart, scopeEnd));
      if (!m) continue;
      const start = scopeStart + m.index;
      const end = start + m[0].length;
      if (pat.veto?.test(m[0]) || (pat.negatedInside && EN_NEGATION.test(m[0]))) continue;
      // "… end with an error rather than cleanly": words after "rather than" / "instead of" are set aside.
      if (SET_ASIDE_BEFORE.test(p.text.slice(Math.max(sentence.start, start - 16), start))) continue;
      // "wait for a final FIN packet": a packet named by its flag is a control segment, not data waited for.
      // Only when no other packet is named beside it: "packets sent just before the FIN segment" still wait for data.
      if (WAITS_FOR_DATA.has(pat.misconception) && FLAG_PACKET.test(m[0]) && !DATA_WORD.test(m[0]) && !PACKET_WORD.test(m[0].replace(FLAG_PACKETS, " ")))
        continue;
      if (pat.needs && pat.family && !aboutTopic(p, pat, r.sentence, start, end, topic)) continue;
      if (pat.denialInside ? refuted(p, reading, end) : denied(p, reading, start, end)) continue;
      if (pat.concedable && (conceded(p, r.sentence) || concededAfter(p, sentence, start, end))) continue;
      if (hypothetical(p, sentence, start, end)) continue;
      out.push({ misconception: pat.misconception, spans: [[start, end]], message: (quote, locale) => `“${quote}”: ${pat[locale]}` });
      break;
    }
  }
  const timed = TIMED_WAIT.exec(p.text);
  if (timed && !denied(p, reading, timed.index, timed.index + timed[0].length)) {
    out.push({
      misconception: "timed-wait-spelling",
      spans: [[timed.index, timed.index + timed[0].length]],
      message: (quote, locale) =>
        locale === "ko"
          ? `“${quote}”: 상태 이름은 TIMED_WAIT가 아니라 TIME-WAIT(netstat에서는 TIME_WAIT)입니다 (RFC 9293 §3.3.2).`
          : `“${quote}”: the state is TIME-WAIT (TIME_WAIT in netstat), not TIMED_WAIT (RFC 9293 §3.3.2).`,
    });
  }
  out.push(...checkSingleFinWait(p, reading), ...checkAckNumbers(p), ...checkFinTimeout(p, reading));
  out.push(...checkLinuxDefaults(p.text, p.sentences, (start, end) => denied(p, reading, start, end)));
  for (const { quantity: q, fact } of wrongQuantities(readQuantities(p.text, p.sentences))) {
    if (out.some((w) => w.misconception === fact.misconception) || denied(p, reading, q.start, q.end)) continue;
    out.push({ misconception: fact.misconception, spans: [[q.start, q.end]], message: (quote, locale) => `“${quote}”: ${fact[locale](quote)}` });
  }
  return out;
}

const SET_ASIDE_BEFORE = /\b(?:rather\s+than|instead\s+of)\s+$/i;

/** Whether a sentence tells a time of its own (pat.ownTime) rather than the topic carried from before it. */
function ownTime(p: Prepared, pat: Pattern, si: number): boolean {
  const sentence = p.sentences[si]!;
  const text = p.text.slice(sentence.start, sentence.end);
  return !!pat.ownTime?.test(text) && !pat.needs?.test(text) && !pat.ownTimeUnless?.test(text) && !antecedent(p, si);
}

/** A next sentence that says the other side still does not know ("하지만 B는 모릅니다", "But the server still can't tell"). */
function conceded(p: Prepared, si: number): boolean {
  const next = p.sentences[si + 1];
  if (!next) return false;
  const t = p.text.slice(next.start, next.end);
  return CONCESSION.test(t) && (KO_NEGATION.test(t) || EN_NEGATION.test(t) || /ㅁㅗㄹㅡ|ㅁㅗㄹㄹ/.test(t));
}
const CONCESSION = ko("^\\s*(?:[-*•]\\s*)?(?:하지만|그러나|그런데|근데|다만|but\\b|however\\b|yet\\b)", "i");

/**
 * A view granted only to be answered in the same sentence: "two would be enough, but …",
 * "2번이면 충분하지만 …", "Although two look sufficient, …".
 */
function concededAfter(p: Prepared, sentence: { start: number; end: number }, start: number, end: number): boolean {
  const after = p.text.slice(end, sentence.end);
  return CONCEDED_AFTER.test(after) || CONCEDED_BEFORE.test(p.text.slice(sentence.start, start));
}
const CONCEDED_AFTER = ko(
  "^\\S*지만|^[^.?!\\n]*?(?:,|;|\\s-)\\s*(?:but|however|yet|though)\\b|^[^.?!\\n]*?\\sbut\\s+(?:then|in\\s+practice|actually|really|the|it|that|this)\\b",
);
const CONCEDED_BEFORE = /^\s*(?:[-*•]\s*)?(?:although|though|even\s+though|while|granted)\b/i;

/**
 * A claim in the consequent of a condition: "two would be enough if packets were never delayed",
 * "If only the client had to know, two could do". A modal beside the match and a condition in its
 * sentence make it a hypothetical, not what the answer holds.
 */
function hypothetical(p: Prepared, sentence: { start: number; end: number }, start: number, end: number): boolean {
  const near = p.text.slice(Math.max(sentence.start, start - 24), end);
  if (!MODAL.test(near)) return false;
  // The condition governs its own part of the sentence: in "the server might still be sending data; if
  // the client closed, that data would be lost" the "might" is a claim, the "if" belongs to what follows.
  const from = p.text.lastIndexOf(";", start - 1);
  const to = p.text.indexOf(";", end);
  return CONDITION.test(p.text.slice(Math.max(sentence.start, from + 1), to < 0 ? sentence.end : Math.min(sentence.end, to)));
}
const MODAL = /\b(?:would|could|might)\b/i;
const CONDITION = /\b(?:if|unless|suppose|supposing|assuming|provided|as\s+long\s+as|in\s+a\s+world)\b/i;

// A single FIN_WAIT: FIN-WAIT-1 and FIN-WAIT-2 told as one state. Not a prefix ("FIN_WAIT_1",
// "FIN-WAIT 1·2", "FIN_WAIT(1/2)", "FIN_WAIT_*"), nor where the answer names either numbered one.
const FIN_WAIT_ANY = /\bFIN[-_ ]?[Ww][Aa][Ii][Tt](?![a-z])/g;
const NUMBERED =
  /^\s*(?:[-_ ]?(?:[12]|I{1,2}\b|ONE|TWO|one|two|\*|x\b|n\b)|\s*[(/,·&]\s*[12])|^\s*(?:상태|state)?\s*(?:들|둘|두\s*(?:가지|개)|\(?1\s*[,·/과와및&]\s*2)/;
const EXAMPLES = ko(
  "\\be\\.g\\.|\\betc\\b|\\bsuch\\s+as\\b|\\bfor\\s+example|\\bincluding\\b|[A-Z_]{4,}\\s*,\\s*FIN[-_ ]?WAIT\\s*,|FIN[-_ ]?WAIT\\s*(?:등|같은|처럼)|예를\\s*들어|예:",
);
const FIN_TIMEOUT_NAMED = /fin[-_]timeout/i;
const FIN_WAIT_NUMBERED = /\bFIN[-_ ]?WAIT[-_ ]?(?:[12]|I{1,2})\b/i;
function checkSingleFinWait(p: Prepared, reading: Reading): WrongClaim[] {
  if (!/\bFIN[-_ ]?WAIT/i.test(p.text) || FIN_WAIT_NUMBERED.test(p.text)) return [];
  for (const m of matchesOf(FIN_WAIT_ANY, p.text)) {
    if (NUMBERED.test(p.text.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    // A name among examples ("e.g., ESTABLISHED, FIN_WAIT, etc.", "FIN_WAIT 등") is a mention, not a state told.
    if (EXAMPLES.test(p.text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20))) continue;
    // The state tcp_fin_timeout governs, named in its sentence ("fin_timeout for FIN_WAIT state (not for TIME_WAIT)"):
    // FIN_WAIT_2 shortened in talk of the setting, not a close told with one FIN_WAIT.
    if (FIN_TIMEOUT_NAMED.test(p.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60))) continue;
    if (denied(p, reading, m.index, m.index + m[0].length)) continue;
    return [
      {
        misconception: "single-fin-wait",
        spans: [[m.index, m.index + m[0].length]],
        message: (quote, locale) =>
          locale === "ko"
            ? `“${quote}”: FIN-WAIT는 한 상태가 아니라 둘입니다. FIN을 보낸 쪽은 FIN-WAIT-1에서 자기 FIN의 ACK를 기다리고, ACK를 받으면 FIN-WAIT-2에서 상대의 FIN을 기다립니다 (RFC 9293 §3.3.2).`
            : `“${quote}”: FIN-WAIT is two states, not one: the side that sent the FIN waits in FIN-WAIT-1 for its ACK, then in FIN-WAIT-2 for the peer's FIN (RFC 9293 §3.3.2).`,
      },
    ];
  }
  return [];
}

const FIN_TIMEOUT = /fin[-_]timeout/gi;
// TIME_WAIT, or its timer named by its length ("reducing the 2 MSL timer via tcp_fin_timeout").
const TIME_WAIT_WORD = /TIME[-_ ]?WAIT|\b2\s*[*×x]?\s*MSL\b/i;
const SHORTEN = ko(
  "줄이|줄여|줄어|단축|감소|낮추|낮춰|빨리|빠르게|조정|튜닝|\\breduc|\\blower|\\bshorten|\\bdecreas|\\btun(?:e|ing)\\b|\\badjust|\\bfaster|\\bsooner|\\bdetermin|\\bcontrols?\\b|\\bsets?\\b",
);
// Said of tcp_fin_timeout, these keep it apart from TIME_WAIT: what it really governs, or a denial.
const FIN_TIMEOUT_KNOWN = ko(
  "FIN[-_ ]?WAIT[-_ ]?2|고아|orphan|무관|관계\\s*(?:가\\s*)?없|상관\\s*(?:이\\s*)?없|영향\\s*(?:을\\s*)?(?:주지|미치지)\\s*않|아닙|아니|\\b(?:does|do|did|will|has)\\s*(?:not|n't)\\s+(?:affect|change|control|set|shorten|reduce|apply|touch|govern|determine|have)|\\b(?:is|are)\\s*(?:not|n't)\\s+(?:the|a|an|related|about|for|used|what)\\b|\\bnot\\s+(?:affect|change|control|shorten|reduce|set|related|the\\s+same|TIME|2\\s*MSL)|\\bno\\s+(?:effect|bearing)|\\bunrelated|\\bnothing\\s+to\\s+do|오해|\\bmyth|\\bmisconception",
);

// tcp_fin_timeout given as TIME_WAIT's length: "tcp_fin_timeout is the 2*MSL value", "the TIME_WAIT
// value … cat …/tcp_fin_timeout returned 60", "(look at the value in tcp_fin_timeout)", "TIME_WAIT 시간은
// tcp_fin_timeout 값이다".
const MSL_WORD = /\bMSL\b/;
// TIME_WAIT's own length told: what a value read off tcp_fin_timeout in the next sentence is taken for.
const TW_VALUE_TOLD = ko(
  "TIME[-_ ]?WAIT\\s*(?:state\\s+)?(?:value|length|time(?:out)?|duration|interval|period|시간|값|길이)|\\b(?:value|length|duration)\\s+of\\s+(?:the\\s+)?TIME[-_ ]?WAIT",
  "i",
);
// …or a length said to be read from it or set by it: "60 seconds (my system default inquired via
// /proc/sys/net/ipv4/tcp_fin_timeout)", "the timeout, as configured by tcp_fin_timeout".
const FIN_TIMEOUT_POINTED =
  /\b(?:look(?:ing)?\s+at|see|check)\s+(?:the\s+)?(?:value|setting)s?\s+(?:in|of|at)\b[^.?!]{0,40}?fin[-_]timeout|\b(?:inquired|queried|read|taken|obtained|looked\s+up|checked|set|given|defined|configured|determined|controlled|governed)\s+(?:via|from|in|through|with|by|using)\s+(?:[^?!\s]{0,40}?|the\s+command\s+below:?\s+(?:sysctl\s+)?[^?!\s]{0,40}?)fin[-_]timeout/i;
const LENGTH_TOLD = ko("\\btimes?\\s*(?:d\\s+)?out\\b|\\btimed\\s+out|\\blasts?\\b|\\bminutes?\\b|\\bseconds?\\b|\\d+\\s*(?:초|분)|시간");
// A value read off it: "cat …/tcp_fin_timeout returned 60".
const FIN_TIMEOUT_READ = /fin[-_]timeout[^?!\n]{0,40}?\b(?:returns|returned|shows|showed|gives|gave|prints|printed)\s+\d/i;
const FIN_TIMEOUT_AS_VALUE = ko(
  "fin[-_]timeout\\S*\\s+(?:\\w+\\s+){0,2}?(?:is|=|equals|holds|gives|returns|returned|shows|showed)\\s+(?:\\w+\\s+){0,3}?(?:value|length|time|timeout|duration|TIME[-_ ]?WAIT|2\\s*[*×x]?\\s*MSL|\\d+\\s*(?:s\\b|sec|seconds))|(?:값|시간|길이)\\S*\\s*(?:\\S+\\s+){0,2}?\\S*fin[-_]timeout|fin[-_]timeout\\S*\\s*(?:\\S+\\s+)?(?:값|시간)\\S*\\s*(?:이다|입니|임|과\\s*같|으로\\s*(?:정해|결정))",
  "i",
);

/**
 * tcp_fin_timeout offered as the way to shorten TIME_WAIT: in the sentence that names it, or under a
 * heading a few lines up ("reduce TIME_WAIT sockets: … tcp_fin_timeout …"). It sets how long an
 * orphaned FIN_WAIT_2 socket lives; Linux's TIME_WAIT is fixed at 60 s.
 */
function checkFinTimeout(p: Prepared, reading: Reading): WrongClaim[] {
  if (!FIN_TIMEOUT_NAMED.test(p.text) || !TIME_WAIT_WORD.test(p.text)) return [];
  for (const m of matchesOf(FIN_TIMEOUT, p.text)) {
    const si = p.sentences.findIndex((x) => m.index >= x.start && m.index < x.end);
    const sentence = p.sentences[si];
    if (!sentence) continue;
    const own = p.text.slice(sentence.start, sentence.end);
    if (FIN_TIMEOUT_KNOWN.test(own) || denied(p, reading, m.index, m.index + m[0].length)) continue;
    const pointed = FIN_TIMEOUT_POINTED.test(own);
    // Given as the value, the MSL names TIME_WAIT's length too ("… returned 60, so the MSL is 30 s").
    const read = FIN_TIMEOUT_READ.test(own);
    const valued = read || FIN_TIMEOUT_AS_VALUE.test(own);
    const same = (TIME_WAIT_WORD.test(own) && SHORTEN.test(own)) || ((TIME_WAIT_WORD.test(own) || MSL_WORD.test(own)) && (pointed || valued));
    // A length told of TIME_WAIT just before, then tcp_fin_timeout given as where to read it ("…up to 4
    // minutes. (See the value of tcp_fin_timeout)") is the same claim told in two sentences.
    const heading = p.sentences.slice(Math.max(0, si - 3), si).some((x) => {
      const t = p.text.slice(x.start, x.end);
      // The length may be told in the sentence that points at tcp_fin_timeout: "…are in TIME_WAIT state. … will
      // hang in this state for 60 seconds (my system default inquired via …/tcp_fin_timeout)".
      const told = (pointed && (LENGTH_TOLD.test(t) || LENGTH_TOLD.test(own))) || (read && TW_VALUE_TOLD.test(t));
      return TIME_WAIT_WORD.test(t) && (SHORTEN.test(t) || told) && !FIN_TIMEOUT_KNOWN.test(t) && x.end >= m.index - 400;
    });
    if (!same && !heading) continue;
    return [
      {
        misconception: "fin-timeout-sets-time-wait",
        spans: [[m.index, m.index + m[0].length]],
        message: (quote, locale) =>
          locale === "ko"
            ? `“${quote}”: tcp_fin_timeout은 close()로 고아가 된 FIN_WAIT_2 소켓이 남는 시간이고 TIME_WAIT 길이와는 관계가 없습니다. Linux의 TIME_WAIT는 커널에 60초로 고정되어 있습니다 (RFC 9293 §3.6, tcp(7)).`
            : `“${quote}”: tcp_fin_timeout is how long an orphaned FIN_WAIT_2 socket lives; it has no bearing on TIME_WAIT, which Linux fixes at 60 seconds (RFC 9293 §3.6, tcp(7)).`,
      },
    ];
  }
  return [];
}

// The words right after a Korean match that make its predicate a noun and deny it: "…하는 것이 아니라", "…인 게 아니고",
// with a helper verb between ("켜져 있는 게 아니라", "설정되어 있는 것이 아니다").
const NOMINAL_DENIED = ko("^\\S*\\s*(?:(?:있|되어|돼)\\S*\\s+){0,2}?(?:것|거|게|건)\\s*(?:이|은|도)?\\s*(?:아니|아닌)");
// A match that ends in the noun itself ("같은 것", "동일한 거") is denied by the copula after it: "…같은 것이 아니라".
const NOUN_ENDS = ko("(?:것|거)$");
const COPULA_DENIED = ko("^\\s*(?:이|은|도)?\\s*(?:아니|아닌)");

/** Whether the Korean words after a match (to its clause's end) make the matched predicate a noun and deny it. */
export function nominallyDenied(matched: string, after: string): boolean {
  return NOMINAL_DENIED.test(after) || (NOUN_ENDS.test(matched) && COPULA_DENIED.test(after));
}

// "there is no FIN that closes both", "without": a noun denied right before the match.
const NO_BEFORE = /\b(?:no|without)\s+(?:\w+\s+)?$/i;

/** Whether the words around a match take it back: Korean negation after it, English before it, a refuted view, a question. */
function denied(p: Prepared, reading: Reading, start: number, end: number): boolean {
  const r =
    reading.clauses.find((c) => end > c.clause.start && end <= c.clause.end) ?? reading.clauses.find((c) => start >= c.clause.start && start < c.clause.end);
  if (!r) return false;
  if (r.reported || r.question) return true;
  const hangul = r.hangul;
  if (hangul) {
    const after = p.text.slice(end, r.clause.end).replace(/[\s.!?。,;]+$/, "");
    // "양방향이 끊겨서 상대도 보낼 수 없다": the negation after a connective is the next predicate's;
    // "sysctl로는 해결되지 않으니 코드를 고친다", "fd를 차지해 한도에 걸려 … 못 엽니다": the match's
    // own predicate ends at the connective after it.
    // "0부터 시작하는 것이 아니라 ISN에서 시작한다": the match's own predicate made a noun and denied.
    if (nominallyDenied(p.text.slice(start, end), after)) return true;
    const own = predicateEnd(after, 0);
    if (own < after.length) return KO_NEGATION.test(after.slice(0, own));
    return KO_NEGATION.test(after.slice(-12)) && !/^\s*(?:ㄷㅏ|ㅇㅓ|ㄴㅡㄴㄷㅔ)/.test(after);
  }
  const before = p.text.slice(r.clause.start, start);
  return enNegates(before) || NO_BEFORE.test(before) || REPORTED.test(p.text.slice(p.sentences[r.sentence]!.start, start));
}

/** Whether the clause a match ends in is a refuted view or a question, or the match is set aside by "…는 것이 아니라". */
function refuted(p: Prepared, reading: Reading, end: number): boolean {
  const r = reading.clauses.find((c) => end > c.clause.start && end <= c.clause.end);
  if (r?.hangul && NOMINAL_DENIED.test(p.text.slice(end, r.clause.end))) return true;
  return !!r && (r.reported || r.question || REPORTED.test(p.text.slice(p.sentences[r.sentence]!.start, end)));
}

// seq=x … ack=x (no + 1): the acknowledgement repeats the sequence number it acknowledges.
// "sequence number x", "ack number 101": after the word "number" a plain space also gives the value,
// a letter that is no English word (not "a", "i") or a number of two digits or more. Prose gives a
// number with "of" or ", say" too: "a sequence number of 1000", "its ISN, say 1000".
const SPACED = "\\s*(?:number|num|no\\.?)\\s+(?:of\\s+)?(?=(?:[b-hj-z]|\\d{2,})\\b(?!\\s*(?:segments?|packets?|bytes?|times|번|개)))";
const SEQ = ko(
  `\\b(?:seq(?:uence)?${SPACED}|(?:seq(?:uence)?(?:\\s*(?:number|num|no\\.?))?|ISN|SYN)\\s*(?:=|:|\\(|is\\s+|,\\s*say\\s+|\\s+of\\s+))\\s*([a-z]|\\d+)\\b(?!\\s*\\+)`,
  "gi",
);
// "SYN = 1, ACK = 0": a flag bit written out, not a number.
const isBit = (m: RegExpMatchArray) => /^[01]$/.test(m[1]!) && /^(?:SYN|ACK)\s*[=:]/i.test(m[0]);
// "ACK = J 1": a page whose plus signs were lost on the way (a "+" read as a space in a URL) still
// says J+1; only after a letter, where no other reading of the lone 1 is likely.
const ACK_NO = ko(
  `\\b(?:ack(?:nowledg(?:e?ment)?)?${SPACED}|(?:ack(?:nowledg(?:e?ment)?)?(?:\\s*(?:number|num|no\\.?))?|ACK)\\s*(?:=|:|\\(|is\\s+|,\\s*say\\s+|\\s+of\\s+))\\s*([a-z]|\\d+)\\b(\\s*\\+\\s*\\d+|(?<=[a-z])\\s1\\b(?!\\s*[=:.]\\d))?`,
  "gi",
);

type NumberToken = { kind: "seq" | "ack"; value: string; plus: boolean; start: number; end: number };
// Keyed by the prepared answer of one grade (not by its text): plusOneShown and checkAckNumbers
// both need these, and the two patterns are long ones run over the whole answer.
const numbersOf = new WeakMap<Prepared, NumberToken[]>();
/** The sequence and acknowledgement numbers written in the answer, sequence numbers first. Callers copy before changing it. */
function numberTokens(p: Prepared): NumberToken[] {
  let toks = numbersOf.get(p);
  if (toks) return toks;
  toks = [];
  for (const m of matchesOf(SEQ, p.text))
    if (!isBit(m)) toks.push({ kind: "seq", value: m[1]!.toLowerCase(), plus: false, start: m.index, end: m.index + m[0].length });
  for (const m of matchesOf(ACK_NO, p.text))
    if (!isBit(m)) toks.push({ kind: "ack", value: m[1]!.toLowerCase(), plus: !!m[2], start: m.index, end: m.index + m[0].length });
  numbersOf.set(p, toks);
  return toks;
}

/**
 * Where an answer shows an acknowledgement of one more than a sequence number, in numbers
 * ("seq=1000 … ack=1001") or in letters ("ack=x+1"): the plus-one point stated by example.
 */
export function plusOneShown(p: Prepared): Span | null {
  const seqs: { value: string; end: number }[] = [];
  const toks = numberTokens(p).slice();
  toks.sort((a, b) => a.start - b.start);
  for (const t of toks) {
    if (t.kind === "seq") seqs.push(t);
    else if (t.plus || (/^\d+$/.test(t.value) && seqs.some((s) => s.end <= t.start && /^\d+$/.test(s.value) && Number(s.value) + 1 === Number(t.value))))
      return [t.start, t.end];
  }
  return null;
}

export function checkAckNumbers(p: Prepared): WrongClaim[] {
  type Tok = { kind: "seq" | "ack" | "seg"; value?: string; plus?: boolean; start: number; end: number };
  // Only an acknowledgement number read against a sequence number before it can be wrong: an answer
  // that writes no number of one kind or the other is not scanned again for its segments, which built
  // a match for every segment of nearly every answer.
  let seqWritten = false;
  let ackWritten = false;
  for (const t of numberTokens(p)) {
    if (t.kind === "seq") seqWritten = true;
    else ackWritten = true;
  }
  if (!seqWritten || !ackWritten) return [];
  const toks: Tok[] = [];
  for (const t of numberTokens(p)) toks.push(t);
  for (const m of matchesOf(SEGMENT, p.text))
    if (!toks.some((t) => m.index >= t.start && m.index < t.end)) toks.push({ kind: "seg", start: m.index, end: m.index + m[0].length });
  toks.sort((a, b) => a.start - b.start);
  let group = 0;
  const seqs: { value: string; group: number; end: number }[] = [];
  for (const t of toks) {
    if (t.kind === "seg") {
      group += 1;
      continue;
    }
    if (t.kind === "seq") {
      seqs.push({ value: t.value!, group, end: t.end });
      continue;
    }
    // The acknowledged number is an earlier one, not the sequence number of this same segment
    // ("SYN-ACK (seq=y, ack=x)": y is the segment's own, x the one it acknowledges).
    const candidates = seqs.filter((s) => s.end <= t.start && !(s.group === group && t.start - s.end <= 12));
    if (!t.plus && candidates.some((s) => s.value === t.value)) {
      return [
        {
          misconception: "ack-not-plus-one",
          spans: [[t.start, t.end]],
          message: (quote, locale) => `“${quote}”: ${PATTERNS.find((x) => x.misconception === "ack-not-plus-one")![locale]}`,
        },
      ];
    }
  }
  return [];
}

export type { ClauseReading };
