import type { Locale, Rubric, RubricPoint } from "../content/schema";
import { asserted, claimAsserted, readClaims, type Claim, type ClauseReading, type Reading, type Span } from "./claims/extract";
import {
  checkModelClaims,
  checkStatedMisconceptions,
  contextOf,
  nominallyDenied,
  plusOneShown,
  other,
  sideOf,
  type Context,
  type WrongClaim,
} from "./claims/checks";
import { compileConcept, compileTerm, matchTerm, type CompiledTerm } from "./claims/concepts";
import { EN_NEGATION, KO_NEGATION, KO_UNLIKE, enNegates, ko } from "./claims/lexicon";
import { TWO_MSL_STATES, phaseOfState, type Phase } from "./claims/model";
import type { Side } from "../tcp";
import { parseClaimTemplate, type ClaimTemplate } from "./claims/template";
import { matchesOf } from "./claims/matches";
import { sortedBy } from "./claims/order";
import { originalSpan, prepare, type Prepared } from "./claims/text";
import { setAgainst } from "./claims/topic";

export type PointResult = { id: string; label: string; covered: boolean; evidence: string | null; spans: Span[] };
export type InterviewMistake =
  | { id: string; kind: "wrong-claim"; misconception: string; message: string; evidence: string; spans: Span[] }
  | { id: string; kind: "order"; message: string; evidence: string; spans: Span[] };
export type InterviewGrade = { score: number; points: PointResult[]; mistakes: InterviewMistake[] };

/** What a wrong claim costs on top of the cap below. */
export const WRONG_CLAIM_PENALTY = 0.25;
/** A misconception stated as true keeps an answer below a pass whatever else it covers. */
export const WRONG_CLAIM_CAP = 0.6;
/** A point given out of order still shows knowledge, so it earns half. */
export const OUT_OF_ORDER_CREDIT = 0.5;
const EVIDENCE_MAX = 80;

const TOPIC_PHASE: Record<string, Phase> = { "three-way-handshake": "open", "four-way-close": "close", "time-wait": "close" };

type Match = { at: number; spans: Span[]; epoch: number };

/**
 * Grades a free-text answer by what it claims. The answer is split into sentences and clauses
 * and read for claims of this domain (claims/extract.ts); each rubric point is a claim template or
 * a concept, covered by a claim or a way of saying it; claims about states, segments and numbers
 * are checked against the TCP model, so a false one is flagged because it is false, with the
 * learner's words quoted. Both languages are read whatever the locale, which only picks the
 * language of labels and messages. Spans are positions in the learner's own text.
 */
export function gradeAnswer(rubric: Rubric, answer: string, locale: Locale): InterviewGrade {
  const p = prepare(answer);
  const reading = readClaims(p);
  const ctx = contextOf(p, reading, rubric.concept ? (TOPIC_PHASE[rubric.concept] ?? null) : null);

  const matches = rubric.points.map((point) => matchPoint(point, p, reading, ctx));
  const ordered = orderedIndexes(rubric);
  const chosen = chooseInOrder(ordered, matches);
  const outOfOrder = new Set(ordered.filter((i) => matches[i]!.length > 0 && !chosen.has(i)));

  const points: PointResult[] = rubric.points.map((pt, i) => {
    const m = chosen.get(i) ?? matches[i]![0];
    const spans = m ? toOriginal(p, m.spans) : [];
    return { id: pt.id, label: pt.label[locale], covered: !!m, evidence: m ? evidenceOf(p, m.spans, false, spans) : null, spans };
  });

  const mistakes: InterviewMistake[] = [];
  for (const i of outOfOrder) {
    const mine = matches[i]![0]!;
    const rank = ordered.indexOf(i);
    const j = ordered.find(
      (k) =>
        k !== i &&
        chosen.has(k) &&
        chosen.get(k)!.epoch === mine.epoch &&
        (ordered.indexOf(k) < rank ? chosen.get(k)!.at > mine.at : chosen.get(k)!.at < mine.at),
    );
    if (j === undefined) continue; // in another telling (after "if the server closes first"): not the same connection
    const pt = rubric.points[i]!;
    const spans = toOriginal(p, mine.spans);
    mistakes.push({
      id: `order-${pt.id}`,
      kind: "order",
      message: orderMessage(pt.label[locale], rubric.points[j]!.label[locale], ordered.indexOf(j) < rank ? "after" : "before", locale),
      evidence: evidenceOf(p, mine.spans, false, spans),
      spans,
    });
  }
  const wrong = dedupe([...checkModelClaims(reading, ctx, p), ...checkStatedMisconceptions(p, reading, rubric.concept)]);
  for (const w of wrong) {
    const listed = rubric.wrong.find((r) => r.misconception === w.misconception);
    const quote = evidenceOf(p, w.spans, true);
    mistakes.push({
      id: listed?.id ?? w.misconception,
      kind: "wrong-claim",
      misconception: w.misconception,
      message: w.message(quote, locale),
      evidence: quote,
      spans: toOriginal(p, w.spans),
    });
  }
  // A rubric may name a misconception in its own words (`terms`), with its own `why`.
  for (const r of rubric.wrong) {
    if (!r.terms || mistakes.some((m) => m.kind === "wrong-claim" && m.misconception === r.misconception)) continue;
    let cs = wrongTerms.get(r);
    if (!cs) {
      cs = [...r.terms.ko, ...r.terms.en].map(compileTerm);
      wrongTerms.set(r, cs);
    }
    const hit = findTerms(cs, p, reading, true);
    if (hit) {
      const quote = evidenceOf(p, hit.spans, true);
      mistakes.push({
        id: r.id,
        kind: "wrong-claim",
        misconception: r.misconception,
        message: `“${quote}”: ${r.why?.[locale] ?? ""}`,
        evidence: quote,
        spans: toOriginal(p, hit.spans),
      });
    }
  }

  // Only points that are covered and not dropped for the order count; orders that cannot be
  // compared (different tellings) keep their credit.
  const credits = points.map((pt, i) => (!pt.covered ? 0 : outOfOrder.has(i) && mistakes.some((m) => m.id === `order-${pt.id}`) ? OUT_OF_ORDER_CREDIT : 1));
  const wrongClaims = mistakes.filter((m) => m.kind === "wrong-claim").length;
  let raw = coverage(rubric, credits) - WRONG_CLAIM_PENALTY * wrongClaims;
  if (wrongClaims) raw = Math.min(raw, WRONG_CLAIM_CAP);
  return { score: Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100, points, mistakes };
}

/** The pass share of the score: every core point and `supporting` of the others. */
export const PASS = 0.7;
/**
 * The score before mistakes, from each point's credit (1, a half for a step out of order, 0).
 * Every core point and `supporting` of the others earn the pass (0.7); the rest of the score is
 * the share of all points stated. More supporting points never make up for a missing core one in
 * the pass share, so each core point missed costs its share of the pass. A rubric without core
 * points and `supporting` needs every point: the score is then the share of points stated.
 */
export function coverage(rubric: Pick<Rubric, "points" | "supporting">, credits: number[]): number {
  const core = rubric.points.flatMap((p, i) => (p.core ? [credits[i]!] : []));
  const others = rubric.points.flatMap((p, i) => (p.core ? [] : [credits[i]!]));
  const need = Math.min(rubric.supporting ?? others.length, others.length);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const passShare = core.length + need ? (sum(core) + Math.min(need, sum(others))) / (core.length + need) : 1;
  return PASS * passShare + (1 - PASS) * (sum(credits) / credits.length);
}

function dedupe(list: WrongClaim[]): WrongClaim[] {
  const seen = new Set<string>();
  return list.filter((w) => (seen.has(w.misconception) ? false : (seen.add(w.misconception), true)));
}

// ── points ──────────────────────────────────────────────────────────────────
const templates = new WeakMap<object, ClaimTemplate[]>();
const terms = new WeakMap<object, CompiledTerm[]>();
// A misconception's own wordings, compiled once per rubric entry like a point's: each new pattern
// is compiled again by the regexp engine on its first search.
const wrongTerms = new WeakMap<object, CompiledTerm[]>();

function matchPoint(point: RubricPoint, p: Prepared, reading: Reading, ctx: Context): Match[] {
  let ts = templates.get(point);
  if (!ts) {
    ts = (point.claims ?? []).map(parseClaimTemplate).filter((t): t is ClaimTemplate => !("error" in t));
    templates.set(point, ts);
  }
  let cs = terms.get(point);
  if (!cs) {
    cs = [...(point.concepts ?? []).flatMap(compileConcept), ...(point.terms ? [...point.terms.ko, ...point.terms.en].map(compileTerm) : [])];
    terms.set(point, cs);
  }
  const out: Match[] = [];
  for (const c of reading.claims) for (const t of ts) if (claimMatches(t, c, ctx)) out.push({ at: c.at, spans: c.spans, epoch: ctx.epochAt(c.at) });
  if (!out.length) {
    const hit = findTerms(cs, p, reading, false);
    if (hit) out.push({ at: hit.at, spans: hit.spans, epoch: ctx.epochAt(hit.at) });
  }
  if (point.concepts?.includes("re-ack")) {
    // An ACK the first closer sends after a retransmitted FIN is that FIN acknowledged again,
    // however it is drawn ("Client (TIME_WAIT) --ACK--> Server" after "Client <--FIN-- Server");
    // kept beside a way of saying it, which may have matched an earlier "다시 ACK" of the other side.
    const again = reading.claims.find((c) => c.kind === "segment" && c.flags.includes("FIN") && c.rel === "retransmit" && claimAsserted(c));
    const ack =
      again &&
      reading.claims.find(
        (c) =>
          c.kind === "segment" &&
          c.at > again.at &&
          c.flags.length === 1 &&
          c.flags[0] === "ACK" &&
          (c.rel === "send" || c.rel === "mention" || c.rel === "retransmit") &&
          claimAsserted(c) &&
          (!c.actor || sideOf(c.actor, "close", c.at, ctx) === ctx.firstCloserAt(c.at)),
      );
    if (ack) out.push({ at: ack.at, spans: ack.spans, epoch: ctx.epochAt(ack.at) });
  }
  if (!out.length && point.concepts?.includes("ack-plus-one")) {
    const shown = plusOneShown(p);
    if (shown) out.push({ at: shown[0], spans: [shown], epoch: ctx.epochAt(shown[0]) });
  }
  return sortedBy(out, (m) => m.at);
}

function claimMatches(t: ClaimTemplate, c: Claim, ctx: Context): boolean {
  // Most pairs differ in kind, flags or state: settled before any look at the context.
  if (c.kind === "segment" ? !t.flags || !sameFlags(t.flags, c.flags) : c.kind === "state" ? t.state !== c.state : t.verb !== "waits" || !t.twoMsl)
    return false;
  if (!claimAsserted(c)) return false;
  const phase: Phase | null = t.state
    ? phaseOfState(t.state)
    : t.flags?.includes("SYN")
      ? "open"
      : t.flags?.includes("FIN") || t.twoMsl
        ? "close"
        : ctx.phaseAt(c.at);
  const want = t.actor === "either" ? null : sideOf(t.actor, phase ?? "close", c.at, ctx);
  if (c.kind === "segment") {
    if (t.verb === "sends" || t.verb === "retransmits") {
      const sendish = t.verb === "retransmits" ? c.rel === "retransmit" : c.rel === "send" || c.rel === "retransmit" || c.rel === "mention";
      if (sendish) {
        const inferred = !c.actor && c.peer && c.peer !== "both" ? otherActor(c.peer, phase, c.at, ctx) : c.actor;
        return sameSide(t, inferred, true, phase, want, c.at, ctx);
      }
      // "서버는 FIN을 받고" / "the server ACKs the FIN": the other side sent it.
      if (t.verb === "sends" && (c.rel === "receive" || (c.rel === "acknowledge" && !c.flags.every((f) => f === "ACK"))) && c.actor && c.actor !== "both")
        return sameSide(t, otherActor(c.actor, phase, c.at, ctx), false, phase, want, c.at, ctx);
      return false;
    }
    if (t.verb === "receives") return c.rel === "receive" && sameSide(t, c.actor, true, phase, want, c.at, ctx);
    if (t.verb === "acknowledges") return c.rel === "acknowledge" && sameSide(t, c.actor, true, phase, want, c.at, ctx);
    return false;
  }
  if (c.kind === "state")
    return (t.verb === "enters" || (t.verb === "waits" && !t.twoMsl)) && t.state === c.state && c.bound && sameSide(t, c.actor, false, phase, want, c.at, ctx);
  // "The client waits 2MSL in FIN_WAIT_2": a wait the model gives no 2MSL timer to earns no 2MSL
  // point (it is flagged two-msl-outside-time-wait instead).
  return (
    t.verb === "waits" &&
    !!t.twoMsl &&
    (!c.state || TWO_MSL_STATES.includes(c.state)) &&
    (!t.state || !c.state || c.state === t.state) &&
    sameSide(t, c.actor, true, phase, want, c.at, ctx)
  );
}

/** Whether a claim's actor is the side the template wants (no actor passes only when lenient). */
function sameSide(t: ClaimTemplate, actor: Claim["actor"], lenient: boolean, phase: Phase | null, want: Side | null, at: number, ctx: Context): boolean {
  if (t.actor === "either") return true;
  if (!actor) return lenient;
  const side = sideOf(actor, phase, at, ctx);
  return side !== null && side === want;
}

/** The template's segment, a FIN+ACK counting as the FIN it carries. */
function sameFlags(want: readonly string[], flags: readonly string[]): boolean {
  const finOnly = want.includes("FIN") && !want.includes("ACK");
  let n = 0;
  for (const f of flags) {
    if (finOnly && f === "ACK") continue;
    if (!want.includes(f)) return false;
    n += 1;
  }
  return n === want.length;
}

function otherActor(actor: Claim["actor"], phase: Phase | null, at: number, ctx: Context): Claim["actor"] {
  const side = sideOf(actor, phase ?? "close", at, ctx);
  return side ? other(side) : null;
}

/** The first sentence in which every part of one of the ways is found (never a question or a refuted view). */
function findTerms(all: CompiledTerm[], p: Prepared, reading: Reading, mustAssert: boolean): { at: number; spans: Span[] } | null {
  // A way whose words are not all in the answer is not looked for sentence by sentence.
  const list = all.filter((term) => matchTerm(term, p.lower));
  if (!list.length) return null;
  let best: { at: number; spans: Span[] } | null = null;
  for (let si = 0; si < p.sentences.length; si += 1) {
    const s = p.sentences[si]!;
    if (asksIn(reading, s)) continue;
    // The sentence's clauses are listed only once one of the ways is found in it: most sentences hold none.
    let clauses: ClauseReading[] | null = null;
    for (const term of list) {
      const spans = termIn(term, p, si) ?? (mustAssert ? null : (termUnderLabel(term, p, si) ?? termByPronoun(term, p, si)));
      if (!spans) continue;
      clauses ??= reading.clauses.filter((c) => c.clause.start >= s.start && c.clause.end <= s.end);
      // A misconception's words are not stated where they are the object of "no" ("there is nothing like
      // ESTABLISHED in UDP", "without a handshake"), nor where its parts stand on the two sides of a
      // contrast ("TCP sets up a connection, whereas UDP just sends"): each side says it of another subject.
      if (mustAssert && (spans.some(([a]) => NOUN_DENIED.test(p.text.slice(Math.max(s.start, a - 40), a))) || acrossContrast(p, s, spans))) continue;
      // A misconception's words about a state set against the subject ("Unlike CLOSE_WAIT, TIME_WAIT times
      // out") say it of the other one.
      if (mustAssert && spans.some(([a, b]) => setAgainst(p.text, a, b))) continue;
      // "keepalive는 기본으로 켜져 있는 것이 아니라 …": its last words made a noun and denied, as the checks read them.
      if (mustAssert && nominalDenialAfter(spans, clauses, p)) continue;
      // A way that itself says "no" ("부작용이 없", "no downside") is not taken back by that word.
      const ownNegation =
        mustAssert &&
        spans.some(([a, b]) => KO_NEGATION.test(p.text.slice(a, b)) || EN_NEGATION.test(p.text.slice(a, b)) || /\bno\b/i.test(p.text.slice(a, b)));
      if (
        mustAssert &&
        clauses.some((c) => spans.some(([a]) => a >= c.clause.start && a < c.clause.end && (ownNegation ? c.reported || c.question : !assertedAt(c, p, a))))
      )
        continue;
      // A point is not earned by its words denied: "the client does not need to wait", "기다릴 필요가 없다".
      if (
        !mustAssert &&
        !ownWordsDeny(spans, p) &&
        clauses.some((c) => spans.some(([a, b]) => a >= c.clause.start && a < c.clause.end && deniedHere(c, p, a, b)))
      )
        continue;
      const at = Math.min(...spans.map((x) => x[0]));
      if (!best || at < best.at) best = { at, spans };
    }
    if (best) return best;
  }
  return best;
}

/** Whether the way's last words, in a Korean clause, are made a noun and denied after them ("…켜진 것이 아니라"). */
function nominalDenialAfter(spans: Span[], clauses: ClauseReading[], p: Prepared): boolean {
  let last = spans[0]!;
  for (const s of spans) if (s[1] > last[1]) last = s;
  const [a, b] = last;
  const c = clauses.find((x) => b > x.clause.start && b <= x.clause.end);
  return !!c && c.hangul && nominallyDenied(p.text.slice(a, b), p.text.slice(b, c.clause.end));
}

/**
 * Whether a clause inside the sentence is a question. A loop rather than `some` with an arrow:
 * findTerms asks it of every sentence for every point, and each arrow was a new function.
 */
function asksIn(reading: Reading, s: { start: number; end: number }): boolean {
  for (const c of reading.clauses) if (c.question && c.clause.start >= s.start && c.clause.end <= s.end) return true;
  return false;
}

const NOUN_DENIED = /\b(?:no|nothing(?:\s+like)?|without|not\s+any|never\s+any)\s+(?:(?:a|an|the|such|any)\s+)?(?:[\w-]+\s+){0,2}$/i;
const CONTRAST = ko(
  `(?:,|;)\\s*(?:whereas|while|but|however)\\b|\\bwhereas\\b|\\bon\\s+the\\s+other\\s+hand\\b|\\bin\\s+contrast\\b|반면|지만\\s|${KO_UNLIKE}`,
  "gi",
);
function acrossContrast(p: Prepared, s: { start: number; end: number }, spans: Span[]): boolean {
  for (const m of matchesOf(CONTRAST, p.text.slice(s.start, s.end))) {
    const at = s.start + m.index;
    if (spans.some(([a]) => a < at) && spans.some(([a]) => a >= at + m[0].length)) return true;
  }
  return false;
}

/**
 * A way whose first part (what it is about: "UDP & no TIME_WAIT") is the subject of the sentence
 * before and whose other parts are in a sentence that goes on about it by a pronoun ("UDP is
 * connectionless. It keeps no state, so there is no TIME_WAIT either.").
 */
function termByPronoun(term: CompiledTerm, p: Prepared, si: number): Span[] | null {
  const s = p.sentences[si]!;
  const prev = p.sentences[si - 1];
  if (!prev || term.length < 2 || !PRONOUN_SUBJECT.test(p.text.slice(s.start, s.end))) return null;
  const topic = matchTerm(term.slice(0, 1), p.lower.slice(prev.start, prev.end));
  const rest = topic && matchTerm(term.slice(1), p.lower.slice(s.start, s.end));
  if (!topic || !rest) return null;
  return [...topic.map(([a, b]): Span => [prev.start + a, prev.start + b]), ...rest.map(([a, b]): Span => [s.start + a, s.start + b])];
}
const PRONOUN_SUBJECT = ko(
  "^\\s*(?:[-*•]\\s*)?(?:(?:also|so|thus|hence|therefore|consequently|as\\s+a\\s+result|in\\s+addition|moreover|furthermore|likewise|similarly)\\s*,?\\s+)?(?:it|this\\s+protocol|the\\s+protocol)\\s+(?!is\\s+(?:because|why|that|how|what)\\b)|^\\s*(?:[-*•]\\s*)?(?:또한\\s*)?(?:이는|이것은|이\\s*프로토콜은|그래서\\s*이는)\\s",
  "i",
);

/**
 * Whether a clause states what is at a position as true. English negates before what it denies:
 * "fills the accept queue so that the server cannot accept" states the filling.
 */
function assertedAt(c: Reading["clauses"][number], p: Prepared, at: number): boolean {
  if (c.hangul) return asserted(c);
  return !c.reported && !c.question && !enNegates(p.text.slice(c.clause.start, at));
}

/** Whether a way says "no" itself ("cannot know", "받지 못"): then a negation is what it means. */
function ownWordsDeny(spans: Span[], p: Prepared): boolean {
  return spans.some(([a, b]) => KO_NEGATION.test(p.text.slice(a, b)) || EN_NEGATION.test(p.text.slice(a, b)) || /\bno\b/i.test(p.text.slice(a, b)));
}

/**
 * Whether the words of a point at [at, end) are denied where they stand: a Korean clause that ends
 * in a negation, with the words in its last predicate ("기다릴 필요가 없다"), or an English "not" that
 * governs them ("does not need to wait", "there is no need to wait"). A condition or a counterfactual
 * ("if it did not wait 2MSL, …", "2MSL을 기다리지 않으면") is how reasons are told, not a denial.
 */
function deniedHere(c: Reading["clauses"][number], p: Prepared, at: number, end: number): boolean {
  if (c.reported || c.question) return true;
  if (c.counterfactual) return false;
  const sentence = p.sentences[c.sentence]!;
  if (c.hangul) {
    if (!c.negated || IF_CLAUSE_KO.test(p.text.slice(c.clause.start, c.clause.end))) return false;
    // Only the predicate the negation is attached to: "기다릴 필요가 없다", "기다리지 않는다", "안 기다린다";
    // or its object ("2MSL을 기다릴 필요가 없다"); not another noun of the clause ("버퍼에 두지 말고 …" keeps 버퍼).
    return KO_DENIED_AFTER.test(p.text.slice(end, c.clause.end)) || KO_DENIED_BEFORE.test(p.text.slice(c.clause.start, at));
  }
  if (CONDITION_EN.test(p.text.slice(sentence.start, at))) return false;
  const before = p.text.slice(c.clause.start, at);
  const m = [...before.matchAll(EN_GOVERNING_NOT)].at(-1);
  if (!m) return false;
  const governed = before.slice(m.index + m[0].length);
  // "not the same as HTTP keep-alive", "not to be confused with …": the "not" denies the likeness, not the words compared.
  return !SCOPE_BREAK.test(governed) && !COMPARED.test(governed);
}
const COMPARED = /^\s+(?:to\s+)?(?:be\s+)?(?:the\s+same\s+(?:thing\s+)?as|confused\s+with|mistaken\s+for|like|identical\s+to|equivalent\s+to)\b/i;
const KO_DENIED_AFTER = ko(
  "^(?:\\S*|\\s*(?:을|를)\\s+\\S+)\\s*(?:필요\\s*(?:가|는|도)?\\s*|이유\\s*(?:가|는|도)?\\s*|수\\s*(?:가|는|도)?\\s*)?(?:없|않|못|아니|안\\s*(?:되|돼|됨|됩|함|한|해))",
);
const KO_DENIED_BEFORE = ko("(?:^|\\s)(?:안|못)\\s*$");
const IF_CLAUSE_KO = ko("(?:면|다면|라면|으면)\\s*,?\\s*$");
const CONDITION_EN = /\b(?:if|unless|otherwise|without|when|once|until|suppose)\b/i;
const EN_GOVERNING_NOT = /\b(?:not|never|cannot|no\s+(?:need|reason|point)\s+to)\b|n't\b/gi;
const SCOPE_BREAK = /\b(?:but|and|so|then|yet|instead|rather|because|since|which|that|who|until|while|whereas|although|though)\b|[,;:(]/i;

/**
 * A way found in one sentence, or with its first part on a bare label line just before ("- FIN" /
 * "- the sender has no more data"): a table of flags or states gives each meaning under its name.
 */
function termIn(term: CompiledTerm, p: Prepared, si: number): Span[] | null {
  const s = p.sentences[si]!;
  const own = matchTerm(term, p.lower.slice(s.start, s.end));
  if (own) return own.map(([a, b]) => [s.start + a, s.start + b]);
  const prev = p.sentences[si - 1];
  if (!prev || term.length < 2 || !BARE_LABEL.test(p.text.slice(prev.start, prev.end))) return null;
  const topic = matchTerm(term.slice(0, 1), p.lower.slice(prev.start, prev.end));
  const rest = topic && matchTerm(term.slice(1), p.lower.slice(s.start, s.end));
  if (!topic || !rest) return null;
  return [...topic.map(([a, b]): Span => [prev.start + a, prev.start + b]), ...rest.map(([a, b]): Span => [s.start + a, s.start + b])];
}
const BARE_LABEL = /^\s*(?:[-*•]|\d+[.)])?\s*[A-Z][A-Z_-]{1,15}\d?\s*(?:\([^)\n]{0,24}\))?\s*:?\s*$/;

/**
 * A way read with the labels its sentence stands under in a list or a table written as lines:
 * the label that opens its line ("- UDP: 비연결입니다. 연결 종료 과정이 없으며" — the second
 * sentence is still about UDP) and the heading of its group of lines ("- 연결 해제" / "- TCP: …" /
 * "- UDP: 없음"). At least one part is in the sentence itself; the rest may be in those labels.
 */
function termUnderLabel(term: CompiledTerm, p: Prepared, si: number): Span[] | null {
  if (term.length < 2) return null;
  const s = p.sentences[si]!;
  const labels: Span[] = [];
  const lineStart = p.text.lastIndexOf("\n", s.start - 1) + 1;
  const label = LINE_LABEL.exec(p.text.slice(lineStart, Math.min(p.text.length, lineStart + 40)));
  if (label) labels.push([lineStart + label.index, lineStart + label[0].length]);
  // The heading: the nearest line above, within three, that is short and holds no "label:".
  for (let k = si - 1; k >= Math.max(0, si - 3); k -= 1) {
    const t = p.text.slice(p.sentences[k]!.start, p.sentences[k]!.end);
    if (LINE_LABEL.test(t)) continue;
    if (HEADING.test(t)) labels.push([p.sentences[k]!.start, p.sentences[k]!.end]);
    break;
  }
  // A table row ("| Uses a handshake | No handshake |"): each cell's column is headed by what it is about.
  const inTable = termInTableRow(term, p, s.start);
  if (inTable) return inTable;
  if (!labels.length) return null;
  const spans: Span[] = [];
  let own = false;
  for (const part of term) {
    const here = matchTerm([part], p.lower.slice(s.start, s.end));
    if (here) {
      own = true;
      spans.push([s.start + here[0]![0], s.start + here[0]![1]]);
      continue;
    }
    const at = labels.map(([a, b]) => [a, matchTerm([part], p.lower.slice(a, b))] as const).find(([, m]) => m);
    if (!at) return null;
    spans.push([at[0] + at[1]![0]![0], at[0] + at[1]![0]![1]]);
  }
  return own ? spans : null;
}
const LINE_LABEL = /^\s*(?:[-*•]|\d+[.)])?\s*[^\s:：\n][^:：\n]{0,18}[:：](?!\/)/;

const HEADING = /^\s*(?:[-*•#]+|\d+[.)])?\s*[^\n:：.!?]{1,24}\s*$/;

/**
 * A way read in one cell of a table row written with bars, with the header cell over that column
 * for the parts the cell lacks: "| TCP | UDP |" over "| Uses a handshake | No handshake |" makes the
 * second cell about UDP. The header is the first row of the block of bar lines the row is in.
 */
function termInTableRow(term: CompiledTerm, p: Prepared, start: number): Span[] | null {
  const lineStart = p.text.lastIndexOf("\n", start - 1) + 1;
  if (!/^[ \t]*\|/.test(p.text.slice(lineStart, lineStart + 8))) return null;
  let top = lineStart;
  for (let k = 0; k < 40 && top > 0; k += 1) {
    const prevStart = p.text.lastIndexOf("\n", top - 2) + 1;
    if (!/^[ \t]*\|/.test(p.text.slice(prevStart, top))) break;
    top = prevStart;
  }
  if (top === lineStart) return null;
  const cells = (from: number) => {
    const stop = p.text.indexOf("\n", from);
    const out: Span[] = [];
    let a = p.text.indexOf("|", from);
    while (a >= 0 && (stop < 0 || a < stop)) {
      const b = p.text.indexOf("|", a + 1);
      if (b < 0 || (stop >= 0 && b > stop)) {
        // Markdown lets a row leave out its closing "|": the last cell then runs to the line's end.
        const end = stop < 0 ? p.text.length : stop;
        if (p.text.slice(a + 1, end).trim()) out.push([a + 1, end]);
        break;
      }
      out.push([a + 1, b]);
      a = b;
    }
    return out;
  };
  const head = cells(top);
  const row = cells(lineStart);
  for (let c = 0; c < row.length && c < head.length; c += 1) {
    const [a, b] = row[c]!;
    const spans: Span[] = [];
    let own = 0;
    for (const part of term) {
      const here = matchTerm([part], p.lower.slice(a, b));
      const there = here ? null : matchTerm([part], p.lower.slice(head[c]![0], head[c]![1]));
      if (here) own += 1;
      const m = here ?? there;
      if (!m) break;
      const base = here ? a : head[c]![0];
      spans.push([base + m[0]![0], base + m[0]![1]]);
    }
    if (own && spans.length === term.length) return spans;
  }
  return null;
}

// ── order ───────────────────────────────────────────────────────────────────
/**
 * The most points that can be read in the rubric's order, one match each (a step may be named
 * more than once: a summary line, a relative clause), among matches of the same telling.
 */
function chooseInOrder(ordered: number[], matches: Match[][]): Map<number, Match> {
  const cand = ordered.flatMap((i, rank) => matches[i]!.map((m) => ({ i, rank, m })));
  const best = cand.map(() => 1);
  const prev = cand.map(() => -1);
  // Index loops over the candidates before each: a slice of them for every candidate copied the list n times.
  for (let ai = 0; ai < cand.length; ai += 1) {
    const a = cand[ai]!;
    for (let bi = 0; bi < ai; bi += 1) {
      const b = cand[bi]!;
      if (b.rank < a.rank && b.m.at < a.m.at && b.m.epoch === a.m.epoch && best[bi]! + 1 > best[ai]!) {
        best[ai] = best[bi]! + 1;
        prev[ai] = bi;
      }
    }
  }
  const chosen = new Map<number, Match>();
  let end = best.indexOf(Math.max(0, ...best));
  while (end >= 0) {
    chosen.set(cand[end]!.i, cand[end]!.m);
    end = prev[end]!;
  }
  // A point told in another telling (another epoch) is not out of order: keep its first match.
  const epochs = new Set([...chosen.values()].map((m) => m.epoch));
  for (const i of ordered) if (!chosen.has(i) && matches[i]!.length && matches[i]!.every((m) => !epochs.has(m.epoch))) chosen.set(i, matches[i]![0]!);
  return chosen;
}

/** The covered points outside a longest run that keeps the order (kept for callers and tests). */
export function outOfOrderIndexes(hits: ({ at: number; i: number } | null)[]): Set<number> {
  const ordered = hits.map((_, k) => k);
  const matches = hits.map((h) => (h ? [{ at: h.at, spans: [], epoch: 0 }] : []));
  const chosen = chooseInOrder(ordered, matches);
  return new Set(hits.flatMap((h, k) => (h && !chosen.has(k) ? [h.i] : [])));
}

function orderedIndexes(rubric: Rubric): number[] {
  if (rubric.ordered === true) return rubric.points.map((_, i) => i);
  if (rubric.ordered === false) return [];
  return rubric.ordered.map((id) => rubric.points.findIndex((p) => p.id === id));
}

// ── evidence ────────────────────────────────────────────────────────────────
/**
 * Spans in the learner's text, words of one claim joined into one phrase ("client sends the last
 * ACK", not three marks) when only a few words of the same sentence lie between them.
 */
const SENTENCE_STOP = /[.!?。\n]/;
const spanStart = (s: Span) => s[0];
/** A Hangul syllable, 가 to 힣 (NaN, before the text's start, is none). */
const isSyllable = (c: number) => c >= 0xac00 && c <= 0xd7a3;
function toOriginal(p: Prepared, spans: Span[]): Span[] {
  // Each span mapped is a new pair, so a pair that starts a phrase is kept as it is rather than
  // copied again; the sort key is named once. toOriginal runs for every point and mistake shown.
  const mapped = new Array<Span>(spans.length);
  for (let i = 0; i < spans.length; i += 1) mapped[i] = originalSpan(p, spans[i]![0], spans[i]![1]);
  const merged: Span[] = [];
  for (const s of sortedBy(mapped, spanStart)) {
    const last = merged.at(-1);
    if (last && (s[0] <= last[1] || (s[0] - last[1] <= 40 && !SENTENCE_STOP.test(p.original.slice(last[1], s[0]))))) last[1] = Math.max(last[1], s[1]);
    else merged.push(s);
  }
  // A Korean word is marked whole: "보냅니다", not "보냅" and then "니다".
  for (const m of merged) while (m[1] < p.original.length && isSyllable(p.original.charCodeAt(m[1])) && isSyllable(p.original.charCodeAt(m[1] - 1))) m[1] += 1;
  return merged;
}

/** The learner's words from the first to the last span (a whole clause for a quote), cut to 80 characters. */
function evidenceOf(p: Prepared, spans: Span[], quote = false, o = toOriginal(p, spans)): string {
  let start = o[0]![0];
  let end = o.at(-1)![1];
  if (quote) {
    const s = p.sentences.find((x) => spans[0]![0] >= x.start && spans[0]![0] < x.end);
    if (s) {
      const [a, b] = originalSpan(p, s.start, s.end);
      if (b - a <= EVIDENCE_MAX) [start, end] = [a, b];
    }
  }
  const t = p.original
    .slice(start, end)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\d+[.)]\s*/, "");
  return t.length > EVIDENCE_MAX ? `${t.slice(0, EVIDENCE_MAX - 1)}…` : t;
}

function orderMessage(point: string, other: string, side: "before" | "after", locale: Locale): string {
  if (locale === "ko") return `순서가 맞지 않습니다: "${point}"는 "${other}"보다 ${side === "after" ? "뒤에" : "앞에"} 일어납니다.`;
  return `Out of order: "${point}" comes ${side} "${other}".`;
}
