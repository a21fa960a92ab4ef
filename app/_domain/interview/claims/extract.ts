import type { TcpState } from "../../tcp";
import {
  ACTOR_PATTERNS,
  COUNTERFACTUAL,
  EN_NEGATION,
  FIELD_AFTER,
  KO_NEGATION,
  KO_OBJECT_PARTICLE,
  KO_PARTICLES,
  PRONOUN,
  PRONOUN_REPLIES,
  QUESTION,
  RHETORICAL,
  REPORTED,
  SEGMENT,
  STATE_TOKEN,
  TWO_MSL,
  VERB,
  WAIT_VERB,
  enNegates,
  flagsOf,
  ko,
  stateOf,
  type Actor,
  type ActorWord,
  type Flag,
  type Relation,
  type Role,
} from "./lexicon";
import { globally, matchesOf } from "./matches";
import { keep, sortedBy } from "./order";
import { predicateEnd } from "./predicate";
import { mayMatch } from "./required";
import { BOUNDS, adnominalWord, headsRelative, mayBeAdnominalAt, quotedAfter, relativeAfter, wordBounds } from "./adnominal";
import { Discourse, NAMED, isNamed, otherSide } from "./reference";
import { isSpace, jamo, type Clause, type Prepared } from "./text";

/**
 * What one clause says, read from its words: who acts (and in which grammatical role, from
 * Korean particles and English prepositions), which segments are sent or received, which states
 * someone is in, whether 2MSL is waited, and whether the clause is asserted at all (not denied,
 * not a refuted view, not a question).
 */
export type Span = [number, number];
export type ActorMention = { actor: Actor; role: Role; span: Span };
export type ClauseReading = {
  clause: Clause;
  sentence: number;
  hangul: boolean;
  actors: ActorMention[];
  subject: Actor | null;
  /** Where the subject came from: written in the clause, or carried over from the previous one. */
  subjectFrom: "clause" | "previous" | "earlier" | null;
  subjectSpan: Span | null;
  /** Who the step before this clause was about: what "이 상태가 …", "(TIME_WAIT)" label. */
  anaphor: { actor: Actor; span: Span } | null;
  negated: boolean;
  /** Not the learner's own claim about TCP: a view raised to be refuted, or a line of an analogy. */
  reported: boolean;
  question: boolean;
  counterfactual: boolean;
  /** The clause is an arrow line between the two peers, which end here. */
  arrow: boolean;
  arrowEnd?: number;
};

export type Claim =
  | {
      kind: "segment";
      negated?: boolean;
      rel: Relation;
      actor: Actor | null;
      peer: Actor | null;
      flags: Flag[];
      span: Span;
      spans: Span[];
      at: number;
      reading: ClauseReading;
    }
  | {
      kind: "state";
      negated?: boolean;
      actor: Actor | null;
      bound: boolean;
      state: TcpState;
      span: Span;
      spans: Span[];
      at: number;
      reading: ClauseReading;
      from?: TcpState;
      label?: boolean;
    }
  | { kind: "wait"; negated?: boolean; actor: Actor | null; state: TcpState | null; span: Span; spans: Span[]; at: number; reading: ClauseReading };

export type Reading = { claims: Claim[]; clauses: ClauseReading[] };

const NO_BEFORE = /\b(?:no|without)\s+(?:such\s+|further\s+|longer\s+any\s+)?(?:\w+\s+)?$/i;
const REFUTES_PREVIOUS = ko(
  "^\\s*(?:[-*]\\s*)?(?:하지만\\s*|그러나\\s*|but\\s+|however,?\\s+)?(?:이건|이것은|이는|그건|그것은|이\\s*말은|이\\s*설명은|이런\\s*설명은|this|that|which|both)\\s*(?:is\\s+|are\\s+|was\\s+)?(?:\\S+\\s+){0,3}?(?:오해|착각|틀린\\s*(?:설명|말|생각)|틀렸|잘못(?:이|된\\s*(?:설명|생각|이해|말))|사실이\\s*아니|(?:a\\s+)?(?:common\\s+)?(?:misconception|myth|mistake)|wrong|false|incorrect|not\\s+true|not\\s+correct|untrue)",
);
// "-아서/-어서" contracted into the stem ("보내서", "와서"), read in letters: the stem's last vowel, then 서.
const SEO_ENDING = "[ㅏㅓㅐㅕㅘㅝㅙ]ㅅㅓ\\s*,?\\s*$";
const BREAKS_SUBJECT = new RegExp(
  // "…보내는 경우에는 / 클라이언트에서 …": a case, like a condition, is told with its own subject.
  // "-고 나서" is a sequence ("받고 나서 / 보낸다"), like "-고".
  `${ko("(?:는데|은데|지만|면|니까|으니|므로|아서|어서|해서|여서|다가|때|경우|경우에|경우에는|경우엔)\\s*,?\\s*$").source}|(?<!ㄱㅗ\\s{0,2}ㄴ)${SEO_ENDING}`,
  "i",
);
// "It is the server that …", "it's the client who …": a cleft, whose subject is the side it names.
const CLEFT =
  /^\W*(?:\w+,?\s+){0,6}?(?:it|this|that)\s+(?:is|was|'s)\s+(?:also\s+|only\s+|always\s+)?(?:the\s+)?(?:client|server|host|peer|side|active|passive|[AB]\b)/i;
const SCENE_STATE = ko("^\\s*(?:상태)?\\s*에서");
// A condition or a cause ("받으면", "받아서"): a topic (은/는) holds over it, a subject (이/가) does not.
const CONDITION_OR_CAUSE = new RegExp(`${ko("(?:면)\\s*,?\\s*$").source}|${SEO_ENDING}`, "i");
const TOPIC_BEFORE = ko("(?:클라이언트|클라|서버|쪽|측|상대)(?:는|은)\\s");
const ARROW_RIGHT = /-+\s*>|→|=>|>/;
const ARROW_LEFT = /<\s*-+|←|<=|</;

/**
 * Where a pattern matched and what it says. A class rather than an object literal: V8 tracks the
 * objects of a literal and, having seen many outlive a collection (the hits of an answer live as
 * long as its reading), made them in the old generation from then on, where nothing frees them
 * until a full collection. Each scavenge then kept, and moved to the old generation, every string
 * they point to: some 430 KB for each scavenge, and a pause of about 2 ms instead of 0.7 ms.
 * Objects made by a constructor are not tracked that way.
 */
class Hit {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
  ) {}
}
function scan(re: RegExp, text: string, p: Prepared): Hit[] {
  // `text` is the answer with parts blanked out: a word it holds is in the answer too.
  // Stryker disable next-line ConditionalExpression: a shortcut only; a pattern mayMatch rules out finds nothing in the text.
  if (!mayMatch(re, p)) return NONE;
  // The match arrays are dropped at once: only where each match is and what it says is kept.
  const g = globally(re);
  const hits: Hit[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    hits.push(new Hit(m.index, m.index + m[0].length, m[0]));
    // A guard against an endless loop on an empty match. No pattern of the lexicon matches the empty
    // string, nor touches the end of its last match (none in the corpus): stepping on after every
    // match would lose nothing either.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral,AssignmentOperator: see above.
    if (m[0] === "") g.lastIndex += 1;
  }
  return hits;
}
const NONE: Hit[] = [];
/**
 * The index of the first hit starting at or after `start`. Hits come in order of their start, so
 * a binary search finds it: no clause looks at the hits of the others.
 */
function firstFrom(hits: Hit[], start: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** Whether a hit starts inside [start, end), without copying any. */
function anyWithin(hits: Hit[], start: number, end: number): boolean {
  const i = firstFrom(hits, start);
  return i < hits.length && hits[i]!.start < end;
}
/** The hits inside [start, end), in that clause's own coordinates (copies: the callers keep them). */
function within(hits: Hit[], start: number, end: number): Hit[] {
  const lo = firstFrom(hits, start);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut only; the loop below finds no hit there either.
  if (lo >= hits.length || hits[lo]!.start >= end) return NONE;
  let hi = lo;
  while (hi < hits.length && hits[hi]!.start < end) hi += 1;
  // Made at its size: a list grown by push from empty reserves room for 17 items at the first one,
  // and a clause holds one or two segments or states.
  // Stryker disable next-line ArrayDeclaration: the size is a hint; every item is written below.
  const out = new Array<Hit>(hi - lo);
  for (let i = lo; i < hi; i += 1) out[i - lo] = new Hit(hits[i]!.start - start, Math.min(hits[i]!.end, end) - start, hits[i]!.text);
  return out;
}

/**
 * Whether text[start, end) holds a Korean letter (the prepared text spells syllables as jamo): the
 * test `/[\u3131-\u318e]/` makes of a slice, without cutting the slice or a new pattern per clause.
 */
function hasJamo(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i);
    // Stryker disable next-line EqualityOperator: only a lone ㄱ or an archaic ㆎ sits on either bound, never alone in a clause.
    if (c >= 0x3131 && c <= 0x318e) return true;
  }
  return false;
}
/** Whether a hit overlaps [start, end). */
function overlapsHit(hits: Hit[], start: number, end: number): boolean {
  for (let i = 0; i < hits.length; i += 1) if (hits[i]!.start < end && hits[i]!.end > start) return true;
  return false;
}

export function readClaims(p: Prepared): Reading {
  const claims: Claim[] = [];
  const clauses: ClauseReading[] = [];
  // Each pattern runs once over the whole answer (a contrasted part masked out), and its hits
  // are handed to the clauses they fall in: grading stays linear in the length of the answer.
  const masked = maskContrasts(p.text);
  const actorHits = ACTOR_PATTERNS.map(({ actor, re }) => ({ actor, hits: scan(re, masked, p) }));
  const verbHits = VERB.map(({ rel, re }) => ({ rel, hits: scan(re, masked, p) }));
  const segmentHits = scan(SEGMENT, masked, p);
  const stateHits = scan(STATE_TOKEN, masked, p);
  const mslHits = scan(TWO_MSL, masked, p);
  const waitHits = scan(WAIT_VERB, masked, p);
  const reportedHits = scan(REPORTED, masked, p);
  const counterHits = scan(COUNTERFACTUAL, masked, p);
  // What "it", "상대방", "the former" and a left-out subject refer to (reference.ts).
  const d = new Discourse();
  const analogy = analogySentences(p);
  let refutedList = false;
  // A column diagram: a "Client      Server" header, then lines of arrows and [STATE] labels.
  let columns: Columns | null = null;
  // pickSubject's two verb tests, made once per answer rather than for every clause that names a
  // side: they read the start of the clause being read from here.
  let clauseStart = 0;
  const verbBefore = (to: number) => finiteVerbBetween(masked, verbHits, waitHits, clauseStart, to);
  const isVerb = (start: number, end: number) => holdsVerb(verbHits, waitHits, start, end) || CLOSE_VERB.test(masked.slice(start, end));
  p.sentences.forEach((sentence, si) => {
    if (columns && !diagramLine(p.text.slice(sentence.start, sentence.end))) columns = null;
    d.startSentence();
    const sentenceText = p.text.slice(sentence.start, sentence.end);
    const sentenceHangul = hasJamo(p.text, sentence.start, sentence.end);
    const firstClaim = claims.length;
    const firstClause = clauses.length;
    // "What if the last ACK is lost?", "ACK가 유실되면 어떻게 될까요?": a case the answer raises in
    // order to handle it, so its words count as the answer's own (as an "if" clause would); only its
    // claims are not checked against the model, as a hypothetical's are not.
    // Stryker disable next-line MethodExpression: QUESTION is anchored at the end and spans fewer letters; the cut only saves time.
    const asks = QUESTION.test(sentenceText.slice(-16));
    const hypothetical = asks && RHETORICAL.test(sentenceText);
    const question = !hypothetical && asks;
    for (let ci = 0; ci < sentence.clauses.length; ci += 1) {
      const clause = sentence.clauses[ci]!;
      clauseStart = clause.start;
      const text = masked.slice(clause.start, clause.end);
      const words = findActors(text, clause.start, actorHits);
      const actors = d.sides(words, text, clause.start);
      const hangul = hasJamo(p.text, clause.start, clause.end);
      const header = sentence.clauses.length === 1 ? columnHeader(p, text, actors) : null;
      if (header) columns = header;
      // A header names its two sides, so it is never a line under the columns itself.
      const inColumns = columns && !actors.length ? columns : null;
      const arrow =
        arrowBetween(text, actors, clause.start) ??
        (inColumns ? columnArrow(inColumns, text, p.text.slice(p.sentences[si + 1]?.start ?? 0, p.sentences[si + 1]?.end ?? 0)) : null);
      // "…, so it resends the FIN, which the client acknowledges": a pronoun that opens an English
      // clause is its subject; a side named later in it belongs to a relative clause or an object.
      // Not in the passive: "It is acknowledged by the server" names its agent.
      const pronounFirst = !hangul && !arrow && PRONOUN.test(text) && !CLEFT.test(text) && !actors.some((a) => a.role === "subject");
      // A subject carries over a sequence ("보내고", "보낸 뒤", ", and"), not a background or a
      // condition ("재전송하는데", "보내면"), after which Korean changes subject without saying so.
      // Stryker disable next-line StringLiteral: what stands in for the first clause's previous one is never read.
      const prevText = ci > 0 ? p.text.slice(sentence.clauses[ci - 1]!.start, sentence.clauses[ci - 1]!.end) : "";
      // A topic (은/는) also holds over a condition or a cause: "서버는 SYN을 받으면 / SYN_RECEIVED가 된다",
      // "서버는 ACK를 받아서 / CLOSED가 된다".
      const topicHeld = CONDITION_OR_CAUSE.test(prevText) && TOPIC_BEFORE.test(prevText);
      // Read only after the first clause (ci > 0), where there is a clause before to carry from.
      const carries = !BREAKS_SUBJECT.test(prevText) || topicHeld;
      // "(클라이언트는 …받고) 서버가 보낸 SYN에 1을 더해 ACK를 보낸다": a side named only inside a relative
      // clause is not the subject of a clause that goes on with the one before it.
      const carriesOver = hangul && !!(ci > 0 ? carries && d.previous : sentenceHangul && d.lastSubject);
      let subject: ActorMention | undefined = pronounFirst
        ? undefined
        : (arrow?.from ??
          // A clause that names no side has no subject to pick.
          (actors.length ? pickSubject(actors, hangul, text, clause.start, verbBefore, isVerb, carriesOver) : undefined));
      let subjectFrom: ClauseReading["subjectFrom"] = subject ? (inColumns ? "previous" : "clause") : null;
      let subjectSpan: Span | null = inColumns ? null : (subject?.span ?? null);
      // "By staying in TIME_WAIT, the first side can …", "After sending the ACK, the client …": a phrase
      // put before its clause, with no subject of its own, is the subject's of the clause it leads into.
      if (!subject && !hangul && !arrow && FRONTED.test(text)) {
        const next = sentence.clauses[ci + 1];
        // Stryker disable next-line MethodExpression: a side past the next clause is never taken, as LEADS_SUBJECT wants it to open that clause.
        const ahead = next ? findActors(masked.slice(next.start, next.end), next.start, actorHits)[0] : undefined;
        if (next && ahead && isNamed(ahead.actor) && LEADS_SUBJECT.test(masked.slice(next.start, ahead.span[0]))) {
          // Stryker disable next-line StringLiteral: only the subject's side and span are read, never its role.
          subject = { actor: ahead.actor, role: "subject", span: ahead.span };
          subjectFrom = "previous";
          subjectSpan = ahead.span;
        }
      }
      if (!subject) {
        const pronoun = !hangul && PRONOUN.test(text);
        let carried: { actor: Actor; span: Span } | null = ci > 0 ? (carries ? d.previous : null) : sentenceHangul || pronoun ? d.lastSubject : null;
        // "After that, it replies": a pronoun after a clause with no subject goes back to the last one.
        if (!carried && pronoun) carried = d.previous ?? d.lastSubject;
        if (d.lastRecipient && d.lastRecipient.actor !== carried?.actor && (carried || pronoun) && PRONOUN_REPLIES.test(text)) carried = d.lastRecipient;
        // "The server sends its FIN. Finally, it sends an ACK": no side acknowledges its own SYN or FIN,
        // so a subject carried onto a bare ACK sent right after that side's SYN or FIN is the other side.
        else if (carried && (ci === 0 || pronoun) && acksOwn(carried.actor, clause, sentence, segmentHits, verbHits, claims))
          carried = otherNamed(carried.actor, clauses) ?? carried;
        // A clause left without a subject here names no side as one, opens with a pronoun (which
        // names none either), or names sides only in relative clauses (pickSubject): the carried side is its subject.
        if (carried) {
          // Stryker disable next-line StringLiteral: only the subject's side and span are read, never its role.
          subject = { actor: carried.actor, role: "subject", span: carried.span };
          subjectFrom = ci > 0 ? "previous" : "earlier";
          subjectSpan = carried.span;
        }
      }
      // The clause's last word holds a Korean negation even when it is long: 않습니다 alone is
      // 11 letters once taken apart (않 is ㅇㅏㄴㅎ), more than the last 10 letters show.
      const tail = hangul ? koreanTail(text) : text;
      const reading: ClauseReading = {
        clause,
        sentence: si,
        hangul,
        actors,
        subject: subject?.actor ?? null,
        subjectFrom,
        subjectSpan,
        anaphor: d.previous ?? d.lastSubject,
        negated: hangul ? KO_NEGATION.test(tail) : EN_NEGATION.test(text),
        reported: analogy[si]! || overlapsHit(reportedHits, clause.start, clause.end),
        question,
        counterfactual: hypothetical || overlapsHit(counterHits, clause.start, clause.end),
        arrow: !!arrow,
      };
      // Set after the literal rather than spread into it: a spread builds an object for every clause.
      if (arrow) reading.arrowEnd = Math.max(arrow.from.span[1], arrow.to.span[1]);
      clauses.push(reading);
      const before = claims.length;
      // Read straight from the answer's hits: within() would copy each verb only to copy it again here.
      // Counted first and made at that size, as within() makes its lists.
      let verbCount = 0;
      // Stryker disable next-line ConditionalExpression: the count only sizes the list; the loop below writes every verb.
      for (const { hits } of verbHits) for (let i = firstFrom(hits, clause.start); i < hits.length && hits[i]!.start < clause.end; i += 1) verbCount += 1;
      // Stryker disable next-line ArrayDeclaration: the size is a hint; every item is written below.
      const verbs = new Array<{ rel: Exclude<Relation, "mention">; start: number; end: number }>(verbCount);
      let v = 0;
      for (const { rel, hits } of verbHits)
        for (let i = firstFrom(hits, clause.start); i < hits.length && hits[i]!.start < clause.end; i += 1)
          verbs[v++] = { rel, start: hits[i]!.start - clause.start, end: Math.min(hits[i]!.end, clause.end) - clause.start };
      // In order of position, so the verb nearest a segment is found without sorting again. A word read
      // both as a retransmission and as a sending ("sends the SYN again") is the retransmission.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: one verb is in order already.
      if (verbs.length > 1) {
        sortedBy(verbs, startOf);
        for (let k = verbs.length - 1; k > 0; k -= 1)
          if (verbs[k]!.start === verbs[k - 1]!.start && (verbs[k]!.rel === "retransmit") !== (verbs[k - 1]!.rel === "retransmit"))
            verbs.splice(verbs[k]!.rel === "retransmit" ? k - 1 : k, 1);
      }
      const segs = within(segmentHits, clause.start, clause.end);
      readSegments(text, clause.start, reading, arrow, verbs, segs, claims);
      // Stryker disable next-line ConditionalExpression: a Korean clause names the segment it acknowledges (ACK하다 is one), so no pronoun is read there.
      if (!hangul) readPronounAck(text, clause.start, reading, verbs, claims, before);
      const states = within(stateHits, clause.start, clause.end);
      readStates(text, clause.start, reading, states, claims, sentenceText, inColumns ? (at) => columnActor(p, inColumns, at) : null);
      readWaits(text, clause.start, reading, within(mslHits, clause.start, clause.end), states, anyWithin(waitHits, clause.start, clause.end), claims, p.text);
      // English negates before the verb ("does not enter") or before the noun ("there is no
      // TIME_WAIT on the server"); a negation after the claim belongs to something else ("the data
      // the client has not sent yet").
      if (!hangul)
        for (let k = before; k < claims.length; k += 1) {
          const c = claims[k]!;
          const head = text.slice(0, c.at - clause.start);
          c.negated = enNegates(head) || NO_BEFORE.test(head);
        }
      // Korean: a claim is denied by the negation that ends its own predicate, which is the clause's
      // last one unless a connective ends it first ("…받지 못해 / … 머뭅니다").
      else
        for (let k = before; k < claims.length; k += 1) {
          const c = claims[k]!;
          // A state set as the scene ("LAST_ACK 상태에서 ACK를 받지 못하면") is where the denied step
          // happens, not what is denied: only a wait in it ("TIME_WAIT 상태에서 대기하지 않고") takes it back.
          if (c.kind === "state" && SCENE_STATE.test(text.slice(c.span[1] - clause.start, c.span[1] - clause.start + 12))) {
            c.negated = reading.negated && anyWithin(waitHits, c.span[1], clause.end);
            continue;
          }
          const end = predicateEnd(text, c.at - clause.start);
          // Stryker disable next-line ConditionalExpression,EqualityOperator: reading.negated is this same test of the whole clause, kept to save time.
          c.negated = end < text.length ? KO_NEGATION.test(koreanTail(text.slice(0, end))) : reading.negated;
        }
      d.endClause(subject, subjectFrom === "clause", words, actors);
    }
    readLineHead(DEFINITION_LINE, p, sentence, claims, firstClaim, clauses, firstClause);
    readLineHead(STEP_LINE, p, sentence, claims, firstClaim, clauses, firstClause);
    d.endSentence();
    // "What I thought I knew (but was wrong about):" / "흔한 오해:": the list under it is refuted.
    if (REFUTED_HEADING.test(sentenceText)) refutedList = true;
    else if (refutedList && listItem(p, sentence.start, sentenceText)) {
      for (const c of clauses) if (c.sentence === si) c.reported = true;
    } else refutedList = false;
    // "서버가 TIME_WAIT에 들어간다. 하지만 이는 오해다." / "… This is a myth.": a sentence that only
    // refutes takes back the one before it.
    // (A first sentence that refutes has none before it to take back.)
    if (REFUTES_PREVIOUS.test(sentenceText)) for (const c of clauses) if (c.sentence === si - 1) c.reported = true;
  });
  pairSynAck(p.text, claims, clauses);
  return { claims, clauses };
}

// "TIME_WAIT: …", "- CLOSE_WAIT - …", "LAST-ACK = …": a line that opens with a state and a colon or a
// dash defines that state; the term is the topic of every clause of the line.
// …and a table row's first cell: "| FIN_WAIT_2 | 서버가 … 기다리는 상태 |".
const DEFINITION = ko(
  "^\\s*(?:\\|\\s*)?(?:[-*•]\\s*|\\d+[.)]\\s*|[①-⑩]\\s*)?(?:\\*\\*|`)?[A-Za-z][A-Za-z_ -]{2,18}?[12]?(?:\\*\\*|`)?\\s*(?:상태)?\\s*(?:\\([^)]{0,30}\\))?\\s*(?::|-{1,2}|=|\\|)\\s",
);
// A clause that only sets the time or the condition of the definition's main one ("…받으면", "when …").
const SUBORDINATE_KO = ko("(?:면|때|경우|경우에|경우에는|는데|은데|지만|뒤|후|뒤에|후에|다음|다음에|동안)\\s*,?\\s*$");
const SUBORDINATE_EN = /^\W*(?:\w+\s*[-:=]\s*)?(?:if|when|whenever|after|once|before|until|unless|as\s+soon\s+as|while)\b/i;

// "2️⃣ SYN + ACK : 서버는 …", "Step 2 - SYN-ACK: the server …": a segment that heads its line before a
// colon or a dash names the step the line tells.
const STEP_PREFIX = /^[^A-Za-z\u3131-\u318e]*(?:(?:step|phase|stage)\s*\d+[^A-Za-z\u3131-\u318e]*)?$/i;
const STEP_SEPARATOR = /^\s*(?:\([^)]{0,40}\)\s*)?(?:\*\*)?\s*(?::|-{1,2}\s)/;
const SENDS = VERB.find((v) => v.rel === "send")!.re;

/**
 * A line headed by a claim as its label: the earliest claim of `kind` in the line, when `heads` says
 * it opens the line; `about` picks the line's clauses whose written subject says whom the line is
 * about, and `apply` gives the label to that side.
 */
type LineRule<K extends Claim["kind"]> = {
  kind: K;
  heads: (p: Prepared, sentence: { start: number; end: number }, label: Extract<Claim, { kind: K }>) => boolean;
  about: (p: Prepared, r: ClauseReading, label: Extract<Claim, { kind: K }>) => boolean;
  apply: (
    p: Prepared,
    sentence: { start: number; end: number },
    label: Extract<Claim, { kind: K }>,
    about: ClauseReading[],
    claims: Claim[],
    firstClaim: number,
  ) => void;
};

function readLineHead<K extends Claim["kind"]>(
  rule: LineRule<K>,
  p: Prepared,
  sentence: { start: number; end: number },
  claims: Claim[],
  firstClaim: number,
  clauses: ClauseReading[],
  firstClause: number,
) {
  let label: Extract<Claim, { kind: K }> | undefined;
  for (let i = firstClaim; i < claims.length; i += 1) {
    const c = claims[i]!;
    if (c.kind === rule.kind && (!label || c.at < label.at)) label = c as Extract<Claim, { kind: K }>;
  }
  if (!label || !rule.heads(p, sentence, label)) return;
  const about: ClauseReading[] = [];
  for (let i = firstClause; i < clauses.length; i += 1) {
    const r = clauses[i]!;
    if (r.subject && NAMED.has(r.subject) && r.subjectSpan && rule.about(p, r, label)) about.push(r);
  }
  rule.apply(p, sentence, label, about, claims, firstClaim);
}

/**
 * A definition line: the defined state is held by the one side the line's main clauses are about
 * ("TIME_WAIT: 마지막 ACK를 보낸 뒤 서버가 2MSL 동안 기다리는 상태"), and a wait of 2MSL the line tells
 * without naming a state is the defined state's. With two sides as subjects, no one holds it.
 */
const DEFINITION_LINE: LineRule<"state"> = {
  kind: "state",
  heads: (p, sentence, term) => {
    if (term.label) return false;
    const head = p.text.slice(sentence.start, term.span[1] + 24);
    return DEFINITION.test(head) && DEFINITION.exec(head)![0].length >= term.span[1] - sentence.start;
  },
  // Main clauses only: not one that only sets the time or the condition, nor an arrow line.
  about: (p, r) => {
    if (r.subjectFrom === "earlier" || r.arrow) return false;
    const t = p.text.slice(r.clause.start, r.clause.end);
    return !(r.hangul ? SUBORDINATE_KO.test(t) : SUBORDINATE_EN.test(t));
  },
  apply: (_p, _sentence, term, about, claims, firstClaim) => {
    // Bound only through its clause's subject ("TIME_WAIT - the server closes, and the client waits"):
    // the line's other main clauses may name another side.
    const bySubject = term.bound && term.spans[1] && term.spans[1][0] === term.reading.subjectSpan?.[0];
    if (!term.bound || bySubject) {
      const sides = new Set<Actor>(about.map((r) => r.subject!));
      const holder = about[0]?.subjectSpan ?? null;
      if (sides.size === 1 && holder) {
        term.actor = [...sides][0]!;
        term.bound = true;
        term.spans = [term.span, holder];
      } else if (sides.size > 1) {
        term.actor = null;
        term.bound = false;
        term.spans = [term.span];
      }
    }
    for (let i = firstClaim; i < claims.length; i += 1) {
      const c = claims[i]!;
      if (c.kind === "wait" && !c.state && !claims.some((s) => s !== term && s.kind === "state" && s.reading === c.reading)) c.state = term.state;
    }
  },
};

/**
 * A step headed by its segment is that segment sent by the side the line is about, where that side
 * is said to send something and sends no other segment in the line: "SYN + ACK : 서버는 클라이언트의
 * SYN을 수신하고 자기 ISN과 확인 번호를 보낸다" is the server's SYN+ACK, though the first verb after
 * the label is the receiving of the SYN. "SYN-ACK: 클라이언트는 이를 받고 ACK를 보낸다" is not.
 */
const STEP_LINE: LineRule<"segment"> = {
  kind: "segment",
  heads: (p, sentence, label) =>
    label.rel !== "send" &&
    !label.reading.arrow &&
    claimAsserted(label) &&
    STEP_PREFIX.test(p.text.slice(sentence.start, label.at)) &&
    STEP_SEPARATOR.test(p.text.slice(label.span[1], label.span[1] + 48)),
  // The first side written as a subject after the label.
  about: (_p, r, label) => r.subjectFrom === "clause" && r.subjectSpan![0] > label.at,
  apply: (p, sentence, label, about, claims, firstClaim) => {
    const main = about[0];
    if (!main || !SENDS.test(p.text.slice(label.span[1], sentence.end))) return;
    const flags = label.flags.join();
    for (let i = firstClaim; i < claims.length; i += 1) {
      const c = claims[i]!;
      if (
        c !== label &&
        c.kind === "segment" &&
        c.actor === main.subject &&
        (c.rel === "send" || c.rel === "retransmit") &&
        c.flags.join() !== flags &&
        claimAsserted(c)
      )
        return;
    }
    label.rel = "send";
    label.actor = main.subject;
    label.spans = [label.span, main.subjectSpan!];
  },
};

/**
 * A Korean clause's last 10 letters and its last word, closing punctuation left off. Read by
 * stepping back from the end: a pattern anchored at the end ([…]+$, \S+$) is tried from every
 * position of the clause, and this ran for every clause of every answer.
 */
function koreanTail(text: string): string {
  let end = text.length;
  // By character code: text[i] of a jamo is a new one-letter string each time.
  while (end > 0 && isClosing(text.charCodeAt(end - 1))) end -= 1;
  let word = end;
  while (word > 0 && !isSpace(text.charCodeAt(word - 1))) word -= 1;
  // "FIN을 못 받으면": 못 written apart before a long last word is out of the last 10 letters.
  const short = text.slice(Math.max(0, word - 4), word);
  return `${MOT_APART.test(short) ? short : ""}${text.slice(Math.max(0, end - 10), end)} ${text.slice(word, end)}`;
}
const MOT_APART = new RegExp(`(?:^|\\s)${jamo("못")}\\s+$`);
/** What `[\s.!?。,;:)\]]` matches. */
function isClosing(c: number): boolean {
  return isSpace(c) || c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 44 || c === 59 || c === 58 || c === 41 || c === 93;
}

/** Whether a clause sends a bare ACK right after a SYN or FIN that `actor` was said to send. */
function acksOwn(
  actor: Actor,
  clause: Clause,
  sentence: Clause,
  segmentHits: Hit[],
  verbHits: { rel: Exclude<Relation, "mention">; hits: Hit[] }[],
  claims: Claim[],
): boolean {
  if (actor !== "client" && actor !== "server" && actor !== "first" && actor !== "second") return false;
  const seg = within(segmentHits, clause.start, clause.end)[0];
  if (!seg || flagsOf(seg.text).join() !== "ACK") return false;
  // "It then sends an ACK when the SYN-ACK arrives": the segment it answers is told beside it.
  if (within(segmentHits, sentence.start, sentence.end).some((h) => /SYN|FIN/i.test(h.text))) return false;
  if (!verbHits.some(({ rel, hits }) => (rel === "send" || rel === "acknowledge") && within(hits, clause.start, clause.end).length)) return false;
  // The last segment told at all: one the side received since ("it gets the SYN-ACK, then it sends an ACK") keeps it.
  const last = claims.findLast((c) => c.kind === "segment" && c.rel !== "mention" && claimAsserted(c));
  return (
    !!last &&
    last.kind === "segment" &&
    (last.rel === "send" || last.rel === "retransmit") &&
    last.actor === actor &&
    (last.flags.includes("SYN") || last.flags.includes("FIN"))
  );
}

/** The other side, where the answer last named it. */
function otherNamed(actor: Actor, clauses: ClauseReading[]): { actor: Actor; span: Span } | null {
  const want = otherSide(actor);
  for (let i = clauses.length - 1; i >= 0; i -= 1) {
    const a = clauses[i]!.actors.findLast((x) => x.actor === want);
    if (a) return { actor: a.actor, span: a.span };
  }
  return null;
}

const REFUTED_HEADING = ko(
  "(?:오해|착각|잘못\\s*(?:알고|알려진|된)|틀린|틀렸던|myths?|misconceptions?|mistakes?|\\bwrong\\s+about|\\bwhat\\s+I\\s+(?:thought|believed)|\\bnot\\s+true)[^\\n]{0,40}:\\s*$",
  "i",
);
const LIST_ITEM = /^\s*(?:[-*•]|\d+[.)])\s/;
// "① …" is read where the learner wrote it: the prepared text folds ① to a bare 1, as NFKC does.
const CIRCLED_ITEM = /^\s*[①-⑳]/;
/** Whether the sentence starting at `start` opens as an item of a list. */
function listItem(p: Prepared, start: number, text: string): boolean {
  const at = p.origin[start] ?? 0;
  return LIST_ITEM.test(text) || CIRCLED_ITEM.test(p.original.slice(at, at + 8));
}

// ── analogies ────────────────────────────────────────────────────────────────
// A phone call told as dialogue ("A: 여보세요, 잘 들려?" / "B: yes, can you hear me?") explains the
// handshake by people, not by TCP: its lines, and what the answer then says of its speakers
// ("두 번이면 A는 확인 가능", "that is enough for A"), are no claims about TCP. A line that names a
// segment, a state or a side of TCP ("A: 잘 들려? (SYN)") is the answer's own telling and is read.
const SPEAKER_LINE = ko("^\\s*(?:[-*•]\\s*)?(?:[AB]|나|너|철수|영희|Alice|Bob|친구|엄마)\\s*[:：]");
const TCP_WORD = ko(
  "SYN|ACK|FIN|RST|\\bseq|ISN|TCP|세그먼트|패킷|\\bsegment|\\bpacket|핸드셰이크|핸드쉐이크|\\bhandshake|클라이언트|클라(?=[\\s이가은는도에의로]|$)|서버|\\bclient|\\bserver|상태|\\bstate|연결|\\bconnection|소켓|\\bsocket|호스트|\\bhost|시퀀스|\\bsequence|포트|\\bport",
);
const STATE_NAME = /\b[A-Z]{3,}[-_][A-Z]{3,}/;
const ANALOGY_PEOPLE = ko("전화|통화|목소리|\\bphone|\\bcall\\b|\\bvoice|\\bhears?\\b");
const SPEAKER = /(?<![A-Za-z])[AB](?![A-Za-z])/;
const tcpWords = (t: string) => TCP_WORD.test(t) || STATE_NAME.test(t);
function analogySentences(p: Prepared): boolean[] {
  const texts = p.sentences.map((s) => p.text.slice(s.start, s.end));
  const isLine = texts.map((t) => SPEAKER_LINE.test(t) && !tcpWords(t));
  if (!isLine.includes(true)) return isLine;
  return texts.map((t, i) => isLine[i]! || ((SPEAKER.test(t) || ANALOGY_PEOPLE.test(t)) && !tcpWords(t)));
}

// "its own ISN", "자신의 초기 시퀀스 번호": the SYN half of a SYN+ACK, named by what it carries.
const OWN_ISN = ko(
  "\\b(?:its|his|her|their)\\s+own\\s+(?:initial\\s+|random\\s+)?(?:sequence\\s+number|ISN|seq)|(?:자기|자신|스스로|자체)(?:의|가)?\\s*(?:초기\\s*|랜덤\\s*|임의의\\s*)?(?:ISN|시퀀스\\s*번호|순서\\s*번호|일련\\s*번호|seq)",
);
const ackOnly = (c: Claim) =>
  c.kind === "segment" &&
  ((c.flags.length === 1 && c.flags[0] === "ACK" && (c.rel === "send" || c.rel === "mention")) ||
    (c.flags.length === 1 && c.flags[0] === "SYN" && c.rel === "acknowledge"));
const synOnly = (c: Claim) => c.kind === "segment" && c.flags.length === 1 && c.flags[0] === "SYN" && (c.rel === "send" || c.rel === "mention");

/**
 * A SYN+ACK told in two parts: "acknowledges the client's SYN (ack=x+1) and sends its own SYN",
 * "B replies with ACK = x+1. B includes its own ISN (seq=y)". The side that acknowledges a SYN and
 * sends a SYN (or its own ISN) in the same sentence or the next sends one SYN+ACK (RFC 9293 §3.5).
 */
// Module functions rather than closures made for every ACK read: each was an object, and a named one a property too.
/** Whether a clause is in sentence `s` or the next. */
const near = (r: ClauseReading, s: number) => r.sentence === s || r.sentence === s + 1;
/**
 * Whether the other side's segment comes between two claims: "the client's SYN goes out; the server's
 * SYN+ACK comes back; then the client's ACK" is the handshake, not one SYN+ACK.
 */
const sideBetween = (claims: Claim[], a: Claim, b: Claim) =>
  claims.some((c) => c.kind === "segment" && c.actor && c.actor !== a.actor && c.at > Math.min(a.at, b.at) && c.at < Math.max(a.at, b.at));

function pairSynAck(text: string, claims: Claim[], clauses: ClauseReading[]) {
  const n = claims.length;
  for (let i = 0; i < n; i += 1) {
    const a = claims[i]!;
    if (!ackOnly(a) || (a.actor !== "client" && a.actor !== "server") || !claimAsserted(a)) continue;
    const s = a.reading.sentence;
    const syn = claims.find((b) => b !== a && synOnly(b) && b.actor === a.actor && near(b.reading, s) && claimAsserted(b) && !sideBetween(claims, a, b));
    const own = syn ? null : clauses.find((r) => near(r, s) && r.subject === a.actor && asserted(r) && OWN_ISN.test(text.slice(r.clause.start, r.clause.end)));
    if (!syn && !own) continue;
    const other: Span[] = syn ? syn.spans : [[own!.clause.start, own!.clause.end]];
    claims.push({
      kind: "segment",
      rel: "send",
      actor: a.actor,
      peer: null,
      flags: ["SYN", "ACK"],
      span: a.span,
      spans: [...a.spans, ...other],
      at: Math.min(a.at, syn?.at ?? a.at),
      reading: a.reading,
    });
    return;
  }
}

// "X가 아니라 Y", "X 대신", "rather than X", "instead of X", "not X but Y": X is blanked out, found
// by its keyword and a few words around it rather than by one pattern tried at every position.
const CONTRAST_KEY = ko("ㅇㅏㄴㅣ(?:ㄹㅏ|ㄱㅗ)(?=[\\s,])|대신(?:에)?(?=[\\s,])|\\brather\\s+than\\b|\\binstead\\s+of\\b|\\bnot\\s+(?=\\S)");
const NOT_BUT = /^(?:always\s+)?(?:the\s+|a\s+)?\w+(?:\s+\w+)?\s+but\b|^always\s+(?:the\s+)?\w+/i;
// "The client, not the server, enters TIME_WAIT": a side set aside between commas is no subject.
const ASIDE_BEFORE = /,\s*(?:and\s+)?$/i;
const NOT_ASIDE = /^(?:the|a|an)\s+\w+(?:\s+\w+)?(?=\s*,)/i;
// "Instead of server the client enters TIME_WAIT": a side set aside ends what is set aside, though
// no article or comma comes after it to end it.
const SIDE_SET_ASIDE = /^\s+(?:the\s+|a\s+)?(?:client|server)s?\b(?![-'’])/i;
// "클라이언트는 서버 대신 …", "먼저 닫은 클라이언트는 서버가 아니라 …": a side marked 은/는 ahead of the
// set-aside word is the sentence's subject, not part of what is set aside; before 대신, so is a side
// marked 이/가 ("클라이언트가 서버 대신 …"), while before 아니라 such a side can be the set-aside one's.
const SIDE_AHEAD = "^[\\s\\S]*(?:클라이언트|클라|서버|호스트|쪽|측|편|상대방?|\\b[AB])";
const TOPIC_AHEAD = ko(`${SIDE_AHEAD}(?:은|는)\\s`);
const SUBJECT_AHEAD = ko(`${SIDE_AHEAD}(?:은|는|이|가)\\s`);
function maskContrasts(text: string): string {
  let out = text;
  for (const m of matchesOf(CONTRAST_KEY, text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const key = m[0].toLowerCase();
    if (key.startsWith("rather") || key.startsWith("instead")) {
      const side = SIDE_SET_ASIDE.exec(text.slice(end, end + 24));
      end = side ? end + side[0].length : wordsAfter(text, end, 3);
    } else if (key.startsWith("not")) {
      const after = text.slice(end, end + 40);
      const but = NOT_BUT.exec(after) ?? (ASIDE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ? NOT_ASIDE.exec(after) : null);
      if (!but) continue;
      end += but[0].length;
    } else {
      const anira = key.startsWith("ㅇ");
      const set = wordsBefore(text, start, 0);
      start = wordsBefore(text, start, anira ? 2 : 1);
      const subject = (anira ? TOPIC_AHEAD : SUBJECT_AHEAD).exec(text.slice(start, set));
      if (subject) start += subject[0].length;
    }
    out = out.slice(0, start) + " ".repeat(end - start) + out.slice(end);
  }
  return out;
}
// Word by word on character codes: text[i] of a jamo is a new one-letter string, and a pattern
// written in the loop is a new object, at every letter. The words walked over stop at a mark (".",
// ",", …): neither loop steps over one, so a walk that reaches it goes no further.
function wordsBefore(text: string, at: number, n: number): number {
  let i = at;
  for (let k = 0; k <= n && i > 0; k += 1) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i -= 1;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1)) && !isStop(text.charCodeAt(i - 1))) i -= 1;
  }
  return i;
}
function wordsAfter(text: string, at: number, n: number): number {
  let i = at;
  for (let k = 0; k < n && i < text.length; k += 1) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i += 1;
    while (i < text.length && !isSpace(text.charCodeAt(i)) && !isStop(text.charCodeAt(i))) i += 1;
  }
  return i;
}
/** What `[.,;:!?]` matches. */
function isStop(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63;
}

type WordMention = Omit<ActorMention, "actor"> & { actor: ActorWord };
function findActors(text: string, offset: number, all: { actor: ActorWord; hits: Hit[] }[]): WordMention[] {
  const end = offset + text.length;
  // Index loops straight over the answer's hits, in the answer's coordinates: most clauses name no
  // actor at all, and copying the hits (within) and closures per hit were most of what this built.
  // The list is made at the size of the hits in the clause and cut to the mentions kept: grown by
  // push from empty, it reserved room for 17 at the first one.
  let most = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the count only sizes the list: a mention set past its end grows it, and it is cut to the mentions kept.
  for (const { hits } of all) for (let i = firstFrom(hits, offset); i < hits.length && hits[i]!.start < end; i += 1) most += 1;
  // Stryker disable next-line ArrayDeclaration: the size is a hint; the list is cut to the mentions kept.
  const found = new Array<WordMention>(most);
  let kept = 0;
  for (const { actor, hits } of all) {
    for (let i = firstFrom(hits, offset); i < hits.length && hits[i]!.start < end; i += 1) {
      const start = hits[i]!.start;
      const stop = Math.min(hits[i]!.end, end);
      if (overlapsAny(found, kept, start, stop)) continue;
      found[kept++] = { actor, role: roleAfter(text, start - offset, stop - offset), span: [start, stop] };
    }
  }
  found.length = kept;
  return sortedBy(found, spanStart);
}
// Sort keys named once: an arrow written at the call is a new function for every clause.
const spanStart = (a: { span: Span }) => a.span[0];
const startOf = (v: { start: number }) => v.start;

/** Whether one of the first `count` mentions overlaps [start, end). */
function overlapsAny(found: WordMention[], count: number, start: number, end: number): boolean {
  for (let i = 0; i < count; i += 1) if (start < found[i]!.span[1] && end > found[i]!.span[0]) return true;
  return false;
}

// …or the side's own program or socket, which acts for it: "서버 애플리케이션은 FIN을 보내 LAST_ACK 상태로 바꾼다".
const SIDE_WORD = ko("^\\s*(?:쪽|측|편|어플리케이션|애플리케이션|어플|앱|프로세스|프로그램|소켓)(?=[\\u3131-\\u318e])");
const EOSEO = jamo("에서");
// Named once here: a pattern written inside a function is a new object at every call, and roleAfter
// runs for every side an answer names.
const TO_BEFORE = /\b(?:to|toward|towards|into)\s+(?:the\s+|a\s+|its\s+)?$/i;
const FROM_BEFORE = /\bfrom\s+(?:the\s+|a\s+|its\s+)?$/i;
const BY_BEFORE = /\bby\s+(?:the\s+|a\s+)?$/i;
// "a SYN-ACK sent by the server", "the FIN that was sent to it by the client": a participle after a
// segment names that segment's sender, not the subject of the clause's own verb.
const SEGMENT_SENT = "\\b(?:SYN|ACK|FIN|RST)(?:[-+/ ]?ACK)?s?\\s+(?:segment\\s+|packet\\s+)?";
const SENT_BY =
  "(?:(?:that|which)\\s+(?:was|is|has\\s+been)\\s+)?(?:just\\s+|previously\\s+|earlier\\s+)?(?:sent|transmitted|issued|returned|generated|emitted)\\s+(?:back\\s+)?(?:to\\s+(?:the\\s+)?\\w+\\s+)?by\\s+(?:the\\s+|a\\s+)?";
const SENT_BY_BEFORE = new RegExp(`${SEGMENT_SENT}${SENT_BY}$`, "i");
const SENT_BY_AFTER = new RegExp(`^\\s*(?:segment\\s+|packet\\s+)?${SENT_BY}`, "i");
const OBJECT_BEFORE = /\b(?:of|than|for|with|at)\s+(?:the\s+|a\s+)?$/i;
const PAREN_AHEAD = /^\s*\([^)]{0,40}\)/;
const SPACED_PARTICLE = /^ [\u3131-\u318e]/;
const SPACED_WHOLE_PARTICLE = ko("^ (?:로부터|에게서|한테서|에게로|에게|한테|에서|로|에|가|는|를|와|의|도)(?=[\\s.,!?)]|$)");
const IS_CONTRACTED =
  /^['’]s\s+(?:(?:now|still|already|then|also|just|only)\s+)?(?:in|at|into|waiting|stuck|sitting|left|going|moving|done|not|been|got|gone|holding)\b/i;
const POSSESSIVE = /^['’]s\b/i;
function roleAfter(text: string, start: number, end: number): Role {
  const before = text.slice(Math.max(0, start - 12), start);
  if (TO_BEFORE.test(before)) return "recipient";
  if (FROM_BEFORE.test(before)) return "source";
  if (BY_BEFORE.test(before)) return SENT_BY_BEFORE.test(text.slice(Math.max(0, start - 72), start)) ? "source" : "subject";
  if (OBJECT_BEFORE.test(before)) return "none";
  // Skip a parenthesis after the actor ("서버(LISTEN → SYN_RCVD)가", "먼저 끊는 쪽(보통 클라)이").
  let rest = text.slice(end);
  const paren = PAREN_AHEAD.exec(rest);
  if (paren) rest = rest.slice(paren[0].length);
  // "A 가", "B 에게": a peer's letter written apart from its particle; and a side's name spaced from a
  // particle that stands as a word of its own ("서버 가 SYN을 보낸다", "UDP 와 달리"). Only the particles a
  // name ending in a vowel takes, so "이 상태" (this state) after a name is not one.
  if (end - start === 1 ? SPACED_PARTICLE.test(rest) : SPACED_WHOLE_PARTICLE.test(rest)) rest = rest.slice(1);
  // "the server's in CLOSE_WAIT" is "the server is"; "the server's FIN" is whose FIN it is.
  if (IS_CONTRACTED.test(rest)) return "subject";
  if (POSSESSIVE.test(rest)) return "owner";
  // "클라이언트 측에서 FIN을 전송", "서버쪽에서 보낸다": the side as an organisation is the subject.
  const side = SIDE_WORD.exec(rest);
  if (side) {
    rest = rest.slice(side[0].length);
    if (rest.startsWith(EOSEO)) return "subject";
  }
  for (const [p, role] of KO_PARTICLES) if (rest.startsWith(p)) return role;
  // "클라이언트가 SYN을 보낸다 (서버: LISTEN)": a side heading a note in brackets labels the state in
  // the note; it is not the clause's subject.
  if (LINE_HEAD_AFTER.test(rest)) return text.lastIndexOf("(", start) > text.lastIndexOf(")", start) ? "none" : "subject";
  return "none";
}
// A side heading its line or cell, alone or as whose state the line gives: "서버: …", "| Client | …",
// "• 클라이언트 상태: SYN-SENT → ESTABLISHED", "Server state: LISTEN".
const LINE_HEAD_AFTER = ko("^\\s*(?:(?:측|쪽)?\\s*상태\\s*|['’]s\\s+state\\s*|\\s+(?:side\\s+)?state\\s*)?[:|]", "i");

// Named once: a pattern (or an arrow) written in a function is a new object every time it is reached,
// and these are reached for every clause that names two sides.
const isPeer = (a: ActorMention) => a.actor === "client" || a.actor === "server";
const WORDY_BETWEEN = /[가-힣\u3131-\u318e]{3,}|\b(?:sends?|the|and)\b/i;
const BRACKETED = /\([^)]*\)/g;
const LEFT_ARROWS = /<\s*-+|←|<=|</g;
/** "클라이언트 → 서버", "Client > Server", "클라이언트 < ---- (ACK) ---- 서버": the sender and the recipient. */
function arrowBetween(text: string, actors: ActorMention[], offset: number): { from: ActorMention; to: ActorMention } | null {
  // Most clauses name fewer than two sides, and then no pair is between them: no list of peers for those.
  // Stryker disable next-line ConditionalExpression: a shortcut only; the loop below finds no pair among fewer than two.
  if (actors.length < 2) return null;
  const peers = keep(actors, isPeer);
  for (let i = 0; i + 1 < peers.length; i += 1) {
    const a = peers[i]!;
    const b = peers[i + 1]!;
    if (a.actor === b.actor) continue;
    const between = text.slice(a.span[1] - offset, b.span[0] - offset);
    // Stryker disable next-line StringLiteral: what stands in for a note in brackets is no word of WORDY_BETWEEN, as long as it is not one.
    if (between.length > 40 || WORDY_BETWEEN.test(between.replace(BRACKETED, ""))) continue;
    // The pair's sides and spans are read, never their roles: the mentions go as they are, not copied
    // with a role of sender and recipient for every arrow.
    // Stryker disable next-line StringLiteral: what stands in for a left arrow is no right arrow, as long as it is not one.
    if (ARROW_LEFT.test(between) && !ARROW_RIGHT.test(between.replace(LEFT_ARROWS, ""))) return { from: b, to: a };
    if (ARROW_RIGHT.test(between)) return { from: a, to: b };
  }
  return null;
}

// Verbs of closing, which the relations do not hold: "서버가 닫은 소켓", "먼저 끊는 쪽".
const FRONTED = /^\s*(?:by|after|before|upon|on|while|when|through|without|in)\s+[a-z]+ing\b[^,]*,\s*$/i;
const CLOSE_VERB = ko("닫|끊|종료|\\bclos");
// What may stand between a fronted phrase's comma and the side that opens the next clause: "the"
// in "After sending the ACK, the client …" (a side's word is matched without its article).
const LEADS_SUBJECT = /^\s*(?:the\s+)?$/i;
/** Whether a verb of the lexicon (a relation or a wait) starts in text[start, end). */
function holdsVerb(verbHits: { hits: Hit[] }[], waitHits: Hit[], start: number, end: number): boolean {
  return verbHits.some(({ hits }) => anyWithin(hits, start, end)) || anyWithin(waitHits, start, end);
}

/**
 * Whether a finite English verb ("sends", "waits", "received") stands in [from, to): a side named
 * after the clause's verb is its object or in a clause it governs ("…waits in TIME_WAIT so as to be
 * certain that the other endpoint received it"), not its subject. A participle ("After getting the
 * FIN the server …") or an infinitive ("to send") does not count.
 */
const PARTICIPLE = /ing$/i;
const TO_INFINITIVE = /\bto\s+$/i;
const finite = (text: string, h: Hit) => !PARTICIPLE.test(h.text) && !TO_INFINITIVE.test(text.slice(Math.max(0, h.start - 4), h.start));
function finiteVerbBetween(text: string, verbHits: { hits: Hit[] }[], waitHits: Hit[], from: number, to: number): boolean {
  for (const { hits } of verbHits) for (let i = firstFrom(hits, from); i < hits.length && hits[i]!.start < to; i += 1) if (finite(text, hits[i]!)) return true;
  for (let i = firstFrom(waitHits, from); i < waitHits.length && waitHits[i]!.start < to; i += 1) if (finite(text, waitHits[i]!)) return true;
  return false;
}

const OBJECT_OR_AND_BEFORE = /\b(?:of|with|for|than|and)\s+(?:the\s+)?$/i;
// "It, like the server, sends an ACK", "unlike the client": a side named to compare does not act here.
const COMPARED_BEFORE = /\b(?:like|unlike|as\s+with|as\s+does|similar(?:ly)?\s+to|same\s+as)\s+(?:the\s+)?$/i;
const TOPIC_PARTICLE = /^(?:\s*\([^)]{0,40}\))?(?:ㄴㅡㄴ|ㅇㅡㄴ)/;
function pickSubject(
  actors: ActorMention[],
  hangul: boolean,
  text: string,
  offset: number,
  verbBefore: (at: number) => boolean,
  isVerb: (start: number, end: number) => boolean,
  carriesOver: boolean,
): ActorMention | undefined {
  // Called only for a clause that names a side (most name none): `first` is there. The mention picked
  // is returned as it is: only its side and span are read, never its role.
  const first = actors[0]!;
  // The lists and searches below take named tests or loops, not arrows written here: pickSubject runs
  // for every clause that names a side, and each arrow was a new function (with a context) every time.
  const subjects = keep(actors, isSubject);
  // The speaker of a dialogue line ("서버: "나도 끝났어" (FIN)") or the sender cell of a table row; not a side
  // heading a note in brackets ("(서버: LISTEN) 클라이언트가 SYN을 보낸다"), which roleAfter leaves with no role.
  if (LINE_HEAD_AFTER.test(text.slice(first.span[1] - offset)) && first.role === "subject" && first.actor !== "both" && first.actor !== "self") return first;
  if (hangul) {
    // "(클라이언트가 FIN을 보낸다.) 서버에서 ACK를 보낸다": a side with 에서 that opens a clause with no
    // subject, right before the segment of a sending verb, is its sender, not a side carried from before.
    // Not the source of a thing ("서버에서 온 FIN에 ACK를 보낸다"), where a verb stands before the segment.
    if (
      !subjects.length &&
      first.role === "source" &&
      isPeer(first) &&
      OPENS_CLAUSE_KO.test(text.slice(0, first.span[0] - offset)) &&
      SENDER_AT_KO.test(text.slice(first.span[1] - offset)) &&
      SENDS.test(text)
    )
      return first;
    // Korean relative clauses ("클라이언트가 보낸 FIN을 받은 서버는"): the actor before an adnominal
    // verb acts only inside the noun phrase, so the topic or the last plain subject is the main one.
    // The verb test is handed on with the clause's offset rather than wrapped in a callback per call:
    // a function made here for every clause with a side was an object (and, named, a property) each time.
    // Stryker disable next-line ArrayDeclaration: the size is a hint; the list is cut to the sides kept.
    const main = new Array<ActorMention>(subjects.length);
    let kept = 0;
    // A relative verb after a later subject is that subject's: "클라이언트가 서버가 보낸 SYN+ACK를 받는다".
    for (let i = 0; i < subjects.length; i += 1) {
      const a = subjects[i]!;
      const to = i + 1 < subjects.length ? subjects[i + 1]!.span[0] - offset : text.length;
      if (!relativeAfter(text, a.span[1] - offset, to, isVerb, offset) && !quotedBy(a, text, offset, to)) main[kept++] = a;
    }
    main.length = kept;
    // "클라이언트는 서버가 보낸 SYN+ACK를 받는다": the topic looks adnominal only through the relative clause after it.
    let topic: ActorMention | undefined;
    for (const a of main)
      if (isTopicAt(text, offset, a)) {
        topic = a;
        break;
      }
    if (!topic)
      for (const t of subjects)
        if (isTopicAt(text, offset, t) && relativeAfterIt(subjects, main, t.span[0])) {
          topic = t;
          break;
        }
    // Every side named is the subject of a quoted clause only ("서버가 연결을 종료했다는 신호를 기다리다가"):
    // the clause's subject is not written, and the one carried over (if any) stands.
    if (!kept && !topic && allQuoted(subjects, text, offset)) return undefined;
    // Every side named sits in a relative clause about a thing ("서버가 보낸 SYN에"): the clause's own
    // subject is the one carried over, if any. Not a topic (은/는), which a relative clause never takes.
    if (carriesOver && subjects.length && !anySideTopic(subjects, text, offset) && allInRelativeOfThing(subjects, text, isVerb, offset)) return undefined;
    return topic ?? main.at(-1) ?? subjects.at(-1);
  }
  // "FIN from the server, then ACK from the client": a step told by its segment names its sender with "from".
  // Only a sender named first: in "the server gets a SYN from the client" the server is the subject.
  // Not a segment taken in ("Upon receiving an ACK from the peer, …"): there the sender is who it came from.
  if (!subjects.length && first.role === "source") {
    const told = text.slice(0, first.span[0] - offset);
    if (SEGMENT_FROM.test(told) && !TAKEN_IN.test(told)) return first;
  }
  // English: the first actor that is not the object of a preposition, and comes before the clause's
  // verb unless the clause opens with a subordinate one ("When it gets the FIN the server …").
  if (subjects[0]) return subjects[0];
  const opensSubordinate = SUBORDINATE_EN.test(text);
  for (const a of actors)
    if (
      a.role === "none" &&
      !OBJECT_OR_AND_BEFORE.test(text.slice(Math.max(0, a.span[0] - offset - 8), a.span[0] - offset)) &&
      !COMPARED_BEFORE.test(text.slice(Math.max(0, a.span[0] - offset - 20), a.span[0] - offset)) &&
      (opensSubordinate || !verbBefore(a.span[0]))
    )
      return a;
  return undefined;
}
const isSubject = (a: ActorMention) => a.role === "subject";
const OPENS_CLAUSE_KO = ko(
  "^[\\s\\d.)*•-]*(?:(?:그러면|그럼|그러자|그리고|이어서|이제|다음으로|마지막으로|그\\s*다음(?:에)?|그\\s*후(?:에)?|이후)\\s*,?\\s*)?$",
);
const SENDER_AT_KO = ko("^\\s*에서(?:는|도)?\\s*,?\\s*(?:(?:바로|곧|곧바로|다시|이제|먼저|마지막으로)\\s*)?(?:SYN|ACK|FIN|RST)");
/** Whether a subject after `at` is not among the main ones (it acts in a relative clause). */
function relativeAfterIt(subjects: ActorMention[], main: ActorMention[], at: number): boolean {
  for (const o of subjects) if (o.span[0] > at && !main.includes(o)) return true;
  return false;
}
function allQuoted(subjects: ActorMention[], text: string, offset: number): boolean {
  for (const a of subjects) if (!quotedBy(a, text, offset, text.length)) return false;
  return true;
}
/**
 * Whether a side marked 이/가 is the subject of a quoted clause after it. Not a topic, which stays the
 * sentence's own: "서버(측)는 받았다는 뜻으로 ACK를 보낸다" is the server acknowledging.
 */
function quotedBy(a: ActorMention, text: string, offset: number, to: number): boolean {
  return quotedAfter(text, a.span[1] - offset, to) && !SIDE_TOPIC.test(text.slice(a.span[1] - offset));
}
/** Whether a side is marked as the topic (은/는, 측은 …). */
function anySideTopic(subjects: ActorMention[], text: string, offset: number): boolean {
  for (const a of subjects) if (SIDE_TOPIC.test(text.slice(a.span[1] - offset))) return true;
  return false;
}
function allInRelativeOfThing(subjects: ActorMention[], text: string, isVerb: (start: number, end: number) => boolean, offset: number): boolean {
  for (const a of subjects) if (!inRelativeOfThing(text, a.span[1] - offset, isVerb, offset)) return false;
  return true;
}

/**
 * Whether the side whose name ends at `from` acts inside a relative clause whose head is a thing
 * ("서버가 보낸 SYN 값에"), read more strictly than relativeAfter: a word ending in 을/를 is taken as
 * the object particle it usually is ("서버가 요청을 수락한다"), and a clause about a state ("서버가 FIN을
 * 기다리는 상태") says who is in that state.
 */
/** Whether a side is the topic (은/는, a note in brackets between): `a.span` is in the answer's coordinates, `text` starts at `offset`. */
function isTopicAt(text: string, offset: number, a: ActorMention): boolean {
  return TOPIC_PARTICLE.test(text.slice(a.span[1] - offset));
}

/** `isVerb` takes the answer's coordinates: `text` starts at `offset` in it. */
function inRelativeOfThing(text: string, from: number, isVerb: (start: number, end: number) => boolean, offset: number): boolean {
  // Word bounds in a buffer of this file's own, as relativeAfter reads them: no list of pairs per side.
  // At most four words: the second and the third are each read with the word after them as its head.
  const count = wordBounds(text, from, text.length, 4, WORDS);
  for (let i = 1; i < count - 1; i += 1) {
    const s = WORDS[2 * i]!;
    const e = WORDS[2 * i + 1]!;
    const word = text.slice(s, e);
    if (OBJECT_PARTICLE_END.test(word)) continue;
    if (!adnominalWord(word, isVerb(offset + s, offset + e))) continue;
    const head = text.slice(WORDS[2 * i + 2], WORDS[2 * i + 3]);
    return headsRelative(head) && !STATE_HEAD.test(head);
  }
  return false;
}
const WORDS = new Int32Array(8);
const OBJECT_PARTICLE_END = /(?:ㅇㅡㄹ|ㄹㅡㄹ)$/;
// A topic particle after the side, with 측 or 쪽 between them as well ("서버 측은").
const SIDE_TOPIC = /^(?:\s*\([^)]{0,40}\))?\s*(?:ㅊㅡㄱ|ㅉㅗㄱ)?\s*(?:ㄴㅡㄴ|ㅇㅡㄴ)/;
const STATE_HEAD = ko("^(?:상태|단계)");

// Named once: readSegments runs for every segment an answer names.
const OPENS_BRACKET = /[[(|]\s*$/;
const BLANK = /^\s*$/;
const FLAG_WORD = /SYN|ACK|FIN|RST|PSH|URG/gi;
const AFTER_QUOTE = /["']\s*[([]\s*$/;
const WITH = /\bwith\b/i;
// The sides readSegments looks for around each segment, found by loops rather than by closures
// made for every segment (each was an object, with a context for the segment it read).
/** The first side named as the owner of a segment starting at `start` ("the client's ACK"): `text` starts at `offset`. */
function ownerBefore(actors: ActorMention[], text: string, offset: number, start: number): ActorMention | undefined {
  for (const a of actors)
    if (
      a.role === "owner" &&
      a.actor !== "both" &&
      start + offset - a.span[1] >= 0 &&
      start + offset - a.span[1] <= 16 &&
      OWNED.test(text.slice(a.span[1] - offset, start))
    )
      return a;
  return undefined;
}
/** `s !== s.toUpperCase()` without making the upper-case copy when `s` is ASCII, as a flag's spelling is. */
function changesInUpperCase(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return s !== s.toUpperCase();
  }
  return false;
}
/** The first side in one of two roles (or one). */
function withRole(actors: ActorMention[], role: Role, or: Role = role): ActorMention | undefined {
  for (const a of actors) if (a.role === role || a.role === or) return a;
  return undefined;
}
/** The first side named as a source that starts at `at`, in the answer's coordinates. */
function sourceAt(actors: ActorMention[], at: number): ActorMention | undefined {
  for (const a of actors) if (a.role === "source" && a.span[0] === at) return a;
  return undefined;
}
/** Whether a recipient is named after `at`. */
function recipientAfter(actors: ActorMention[], at: number): boolean {
  for (const a of actors) if (a.role === "recipient" && a.span[0] > at) return true;
  return false;
}

function readSegments(
  text: string,
  offset: number,
  reading: ClauseReading,
  arrow: { from: ActorMention; to: ActorMention } | null,
  verbs: { rel: Exclude<Relation, "mention">; start: number; end: number }[],
  segments: Hit[],
  out: Claim[],
) {
  for (const seg of segments) {
    const flags = flagsOf(seg.text);
    // A list ("SYN, ACK, FIN") or a repeat is not one segment: read each flag alone.
    // "[SYN, ACK]" in brackets is one segment as Wireshark prints it.
    const bracketed = OPENS_BRACKET.test(text.slice(Math.max(0, seg.start - 3), seg.start)) || BLANK.test(text.slice(0, seg.start));
    const combined = flags.length === 2 && seg.text.includes(",") && !bracketed ? false : flags.length <= 2;
    const parts = combined
      ? [{ flags, start: seg.start, end: seg.start + seg.text.length }]
      : [...seg.text.matchAll(FLAG_WORD)].map((f) => ({ flags: flagsOf(f[0]), start: seg.start + f.index, end: seg.start + f.index + f[0].length }));
    for (const part of parts) {
      // "ack=x+1", "the ack number": a header field in lower case names a number, not a segment.
      const written = text.slice(part.start, part.end);
      if (changesInUpperCase(written) && FIELD_AFTER.test(text.slice(part.end, part.end + 12))) continue;
      const rel = relationFor(text, part.start, part.end, verbs, reading.hangul);
      // "the client's ACK", "클라이언트의 ACK": whose segment it is names its sender.
      const owner = ownerBefore(reading.actors, text, offset, part.start);
      // "the server acknowledges the client's SYN": the owner sent it, the subject acknowledges it.
      // With no subject, reading.subject !== owner.actor holds and the acknowledger is null all the same.
      const acknowledger = rel.rel === "acknowledge" && owner && reading.subject !== owner.actor ? reading.subject : null;
      let actor: Actor | null = arrow ? arrow.from.actor : (acknowledger ?? owner?.actor ?? reading.subject ?? null);
      let peer: Actor | null = arrow ? arrow.to.actor : (withRole(reading.actors, "recipient")?.actor ?? null);
      const source = withRole(reading.actors, "source", "owner");
      let relation = rel.rel;
      // A flag in brackets after a quoted line ("...잘 들려요" (SYN+ACK)) is what the speaker sends.
      if (AFTER_QUOTE.test(text.slice(Math.max(0, part.start - 6), part.start))) relation = "mention";
      // "클라이언트의 ACK가 도착하면", "the server receives the client's ACK": the owner sent it.
      if (owner && !arrow && (relation === "receive" || relation === "mention")) relation = "send";
      // "acknowledges it with a SYN-ACK", "answers the SYN with SYN+ACK": the segment after "with" is sent.
      if (relation === "acknowledge" && rel.verb && !reading.hangul && WITH.test(text.slice(rel.verb.end, part.start))) relation = "send";
      // "ACK는 수신 확인": a verb-less acknowledgement word after ACK is its meaning, not a send.
      if (relation === "receive" && source && !arrow) {
        peer = source.actor;
      }
      // "FIN from the client, ACK from the server": a segment followed by its source names its sender.
      const from = !arrow && !reading.hangul ? FROM_AFTER.exec(text.slice(part.end, part.end + 40)) : null;
      const sentBy = !from && !arrow && !reading.hangul ? SENT_BY_AFTER.exec(text.slice(part.end, part.end + 72)) : null;
      const sender = from
        ? sourceAt(reading.actors, offset + part.end + from[0].length)
        : sentBy
          ? sourceAt(reading.actors, offset + part.end + sentBy[0].length)
          : undefined;
      // "It gets a SYN-ACK sent by the server": the clause's subject receives it, and the sending is a claim of its own.
      if (sentBy && sender && (relation === "receive" || relation === "acknowledge")) {
        peer = sender.actor;
        out.push({
          kind: "segment",
          rel: "send",
          actor: sender.actor,
          peer: actor === sender.actor ? null : actor,
          flags: part.flags,
          span: [offset + part.start, offset + part.end],
          spans: [[offset + part.start, offset + part.end], sender.span],
          at: offset + part.start,
          reading,
        });
      } else if (sender && (relation === "mention" || relation === "send")) {
        actor = sender.actor;
        relation = "send";
      } else if (relation === "send" && !reading.subject && source && !arrow) actor = source.actor;
      // "B 에서 A 에게 다시 FIN을 보낸다": a sender named with 에서 outweighs a subject carried from before.
      else if (
        relation !== "receive" &&
        reading.subjectFrom !== "clause" &&
        source?.role === "source" &&
        reading.hangul &&
        !arrow &&
        recipientAfter(reading.actors, source.span[0])
      )
        actor = source.actor;
      // "The server ACKs the FIN": the flag that is the verb is an ACK sent.
      if (relation === "acknowledge" && flags.length === 1 && flags[0] === "ACK") relation = "send";
      // "Step 2 – SYN-ACK: the server acknowledges …", "2) SYN+ACK — the server agrees": a segment that
      // heads its line as a label is what the line's actor sends, whatever verb tells the step.
      if (
        relation === "acknowledge" &&
        !reading.hangul &&
        LABEL_BEFORE.test(text.slice(0, part.start)) &&
        LABEL_AFTER.test(text.slice(part.end, part.end + 44))
      )
        relation = "send";
      // A Korean relative clause around the segment names who sent or received it (adnominal.ts).
      const relative = reading.hangul && !arrow ? relativeClauseOf(text, offset, part.start, verbs, reading.actors) : null;
      // "FIN을 받은 클라이언트에게": the head received it (not where an owner already named its sender).
      if (relative?.head === "actor" && rel.verb && relative.verb.start === rel.verb.start && relation === relative.rel && !owner) {
        actor = relative.actor;
        if (peer === actor) peer = null;
      } else if (relative?.head === "segment" && relative.actor !== actor) {
        // "클라이언트가 보낸 FIN에 서버는 ACK로 응답한다": one segment has one sender, the one the clause names.
        if (relation === "send" && relative.rel === "send") actor = relative.actor;
        // "클라이언트가 보낸 FIN을 서버가 받는다": the sending is a claim of its own.
        else if ((relation === "receive" || relation === "acknowledge") && relative.rel === "send")
          out.push({
            kind: "segment",
            rel: "send",
            actor: relative.actor,
            peer: actor,
            flags: part.flags,
            span: [offset + part.start, offset + part.end],
            spans: [[offset + part.start, offset + part.end], [offset + relative.verb.start, offset + relative.verb.end], relative.span],
            at: offset + part.start,
            reading,
          });
      }
      // The segment, its verb, its written subject, in one literal of the list's length: not spread from
      // lists of one, nor pushed onto a list of one (which reserves room for 17).
      const own: Span = [offset + part.start, offset + part.end];
      const verbSpan: Span | null = rel.verb ? [offset + rel.verb.start, offset + rel.verb.end] : null;
      const subjectSpan = reading.subjectFrom === "clause" ? reading.subjectSpan : null;
      const spans: Span[] = verbSpan ? (subjectSpan ? [own, verbSpan, subjectSpan] : [own, verbSpan]) : subjectSpan ? [own, subjectSpan] : [own];
      out.push({
        kind: "segment",
        rel: relation,
        actor,
        peer,
        flags: part.flags,
        span: [offset + part.start, offset + part.end],
        spans,
        at: offset + part.start,
        reading,
      });
    }
  }
}

/**
 * The Korean relative clause a segment is part of, if any: the segment heads it ("서버가 보낸 FIN":
 * the actor inside sent it), or the actor after it does ("FIN을 받은 클라이언트에게": that actor
 * received it). The adnominal ending of the verb says which reading holds, not a list of verbs.
 */
function relativeClauseOf(
  text: string,
  offset: number,
  segStart: number,
  verbs: { rel: Exclude<Relation, "mention">; start: number; end: number }[],
  actors: ActorMention[],
): { head: "segment" | "actor"; rel: Exclude<Relation, "mention">; actor: Actor; span: Span; verb: { start: number; end: number } } | null {
  // The actor heads it: SEGMENT(을/를) VERB-adnominal ACTOR.
  // Word bounds read from a buffer kept in adnominal.ts: no list of pairs for every segment.
  if (wordBounds(text, segStart, text.length, 3, BOUNDS) === 3 && mayBeAdnominalAt(text, BOUNDS[3]!)) {
    const wordStart = BOUNDS[2]!;
    const wordEnd = BOUNDS[3]!;
    const headStart = BOUNDS[4]!;
    const verb = verbs.find((v) => v.start >= wordStart && v.start < wordEnd);
    const head = actors.find((a) => a.span[0] - offset === headStart);
    if (verb && head && NAMED.has(head.actor) && adnominalWord(text.slice(wordStart, wordEnd), true))
      return { head: "actor", rel: verb.rel, actor: head.actor, span: head.span, verb };
  }
  // The segment heads it: ACTOR가 … VERB-adnominal SEGMENT.
  let verbEnd = segStart;
  // By character code, as koreanTail reads: text[i] of a jamo is a new one-letter string each time.
  while (verbEnd > 0 && isSpace(text.charCodeAt(verbEnd - 1))) verbEnd -= 1;
  // A word is at most 30 letters (lexicon.ts): a longer run is no verb, and is not walked back over.
  let verbStart = verbEnd;
  while (verbStart > 0 && verbEnd - verbStart <= 30 && !isSpace(text.charCodeAt(verbStart - 1))) verbStart -= 1;
  if (verbEnd === segStart || !mayBeAdnominalAt(text, verbEnd)) return null;
  const verb = verbs.find((v) => v.start >= verbStart && v.start < verbEnd);
  if (!verb || verbEnd - verbStart > 30 || !adnominalWord(text.slice(verbStart, verbEnd), true)) return null;
  const inside = lastOf(actors, (a) => a.span[1] - offset <= verbStart && (a.role === "subject" || a.role === "source") && NAMED.has(a.actor));
  return inside ? { head: "segment", rel: verb.rel, actor: inside.actor, span: inside.span, verb } : null;
}

/**
 * "The passive closer acknowledges it right away": a segment named by a pronoun is the last
 * SYN or FIN the answer named before it.
 */
function readPronounAck(
  text: string,
  offset: number,
  reading: ClauseReading,
  verbs: { rel: Exclude<Relation, "mention">; start: number; end: number }[],
  out: Claim[],
  first: number,
) {
  // A relative clause after the segment ("the server's FIN, which the client acknowledges") may
  // follow a segment of the same clause; otherwise a clause that names its segment needs no pronoun.
  let named = false;
  for (let k = first; k < out.length && !named; k += 1) {
    const c = out[k]!;
    named = c.kind === "segment" && (c.rel === "acknowledge" || c.rel === "send");
  }
  // "acknowledges it", or "B acks" with nothing after: the flag word itself is the verb.
  // "Host A then acknowledges Host B": acknowledging the peer is acknowledging what it sent last.
  let v: (typeof verbs)[number] | undefined;
  let relative: RegExpExecArray | null = null;
  for (const x of verbs) {
    if (x.rel !== "acknowledge") continue;
    const before = text.slice(Math.max(0, x.start - 40), x.start);
    if (named) relative = ACKED_RELATIVE.exec(before);
    else if (
      !ACKED_OBJECT.test(text.slice(x.start, x.start + 40)) &&
      !/^ACK(?:s|ed)?\b(?!\s+(?:the|a|an|its|their)\b)/i.test(text.slice(x.start)) &&
      !ACKED_BEFORE.test(before)
    )
      continue;
    if (named && !relative) continue;
    v = x;
    break;
  }
  if (!v) return;
  // "…, which the client acknowledges": the actor of the relative clause acknowledges.
  const from = Math.max(0, v.start - 40) + (relative?.index ?? 0);
  const who = relative ? reading.actors.find((a) => a.span[0] - offset >= from && a.span[1] - offset <= v.start) : undefined;
  const last = [...out].reverse().find((c) => c.kind === "segment" && (c.flags.includes("FIN") || c.flags.includes("SYN")) && c.rel !== "acknowledge");
  if (!last || last.kind !== "segment") return;
  // "The client sends a FIN. Then it gets acknowledged": the side the pronoun was carried to sent the
  // segment; the one that acknowledges it is named after the verb ("by the server"), else its peer.
  const passive = !relative && ACKED_PASSIVE.test(text.slice(Math.max(0, v.start - 40), v.start));
  const agent = reading.subjectSpan && reading.subjectSpan[0] - offset >= v.end ? reading.subject : null;
  const acknowledger = passive ? (agent ?? (last.actor ? otherSide(last.actor) : undefined) ?? reading.subject) : reading.subject;
  const flags = last.flags.filter((f) => f !== "ACK");
  const span: Span = [offset + v.start, offset + v.end];
  const actorSpan: Span[] = reading.subjectFrom === "clause" && reading.subjectSpan ? [reading.subjectSpan] : [];
  out.push({
    kind: "segment",
    rel: "acknowledge",
    actor: who?.actor ?? acknowledger,
    peer: null,
    flags,
    span,
    spans: [span, ...(who ? [who.span] : actorSpan)],
    at: span[0],
    reading,
  });
}

const SEGMENT_FROM =
  /(?:^|[\s,;:(])(?:(?:the|a|an|its|final|last|first)\s+)*(?:SYN|ACK|FIN|RST|syn|ack|fin|rst|Syn|Ack|Fin)(?:[-+/ ]?(?:ACK|ack|Ack))?\s*(?:segment\s+|packet\s+)?(?:\([^)]{0,30}\)\s*)?(?:is\s+sent\s+|comes\s+|arrives\s+)?from\s+(?:the\s+)?$/;
const TAKEN_IN = /\b(?:receiv\w*|reciev\w*|gets?|getting|got|wait\w*\s+for|await\w*|upon|on\s+(?:receipt|arrival))\b/i;
const FROM_AFTER = /^\s*(?:segment\s+|packet\s+)?(?:\([^)]{0,30}\)\s*)?(?:is\s+sent\s+|comes\s+|arrives\s+)?from\s+(?:the\s+)?/i;
const LABEL_BEFORE = /^\s*(?:[-*•]\s*)?(?:(?:step|phase|stage)\s*\d+\s*[-:.)]?\s*|\d+\s*[.)]\s*|\(\d+\)\s*)?(?:\*\*)?$/i;
const LABEL_AFTER = /^(?:\*\*)?\s*(?:\([^)]{0,40}\)\s*)?(?:[:]|-{1,2}\s)/;
// The segment acknowledged stands before the verb: "…, which the client acknowledges", "It is
// acknowledged by the server", "this gets ACKed at once".
const ACKED_RELATIVE =
  /\b(?:which|that)\s+(?:the\s+)?(?:client|server|peer|receiver|other\s+(?:side|end)|host\s*[AB12]|[AB])\s+(?:then\s+|immediately\s+|simply\s+|in\s+turn\s+)?$/i;
// "It gets acknowledged", "this is then acknowledged": the pronoun is the segment, not a side.
const ACKED_PASSIVE =
  /^\s*(?:(?:and|then|so)\s+)?(?:it|this|which|that)\s+(?:is|gets|was)\s+(?:then\s+|immediately\s+|promptly\s+|in\s+turn\s+|at\s+once\s+)?$/i;
const ACKED_BEFORE = new RegExp(`${ACKED_RELATIVE.source}|${ACKED_PASSIVE.source}`, "i");
const ACKED_OBJECT = /^\S*\s+(?:it|this|that|them|(?:the\s+)?(?:server|client|peer|other\s+(?:side|end))\b|(?:host|peer|computer)\s*[AB12]\b|[AB]\b)/i;
const ABOUT_SEGMENT = ko("^\\s*(?:\\([^)]{0,24}\\)\\s*)?(?:패킷|세그먼트|신호|메시지|메세지)?\\s*에\\s*(?:대해(?:서)?|대한|대하여)\\s");
const GLOSS = /^\s?\([^)]{0,44}\)/;
const AWAITED_KO = ko("^\\s*(?:\\S+\\s+)?(?:기다리|기다림|기다린|기다려|대기)");
const AWAITED_EN =
  /\b(?:wait(?:s|ed|ing)?\s+(?:for|on)|awaits?|awaiting|expects?|expecting)\s+(?:(?:the|a|an|its|their|his|her|that|this|an?\s+\w+|\w+'s)\s+){0,2}(?:final\s+|last\s+|first\s+|second\s+|corresponding\s+)?$/i;
const ANSWERED_EN =
  /\b(?:ACK\w*|acknowledg\w*|repl\w*|respon\w*|answer\w*)\b[^.;:]{0,40}?\b(?:for|to)\s+(?:the\s+|an?\s+|its\s+|their\s+|that\s+|this\s+)?(?:(?:client|server|peer|other\s+side)['’]s\s+)?(?:own\s+|final\s+|last\s+|first\s+|initial\s+|second\s+|incoming\s+)?$/i;
const OWNED = ko("^(?:'s|의)?\\s*(?:own\\s+|final\\s+|last\\s+|마지막\\s*)?$", "i");
const OBJECT_PARTICLE_AT = new RegExp(KO_OBJECT_PARTICLE.source, `${KO_OBJECT_PARTICLE.flags}y`);
const QUOTED_WORD = ko("(?:다|라|냐|자)고$");
// What stands between a segment and its verb when the segment is the verb's object, or bare.
const OBJECT_ONLY = ko("^\\s*(?:\\([^)]{0,24}\\)\\s*)?(?:패킷|세그먼트|플래그|신호|메시지|응답)?\\s*(?:을|를)?$");
// The run of non-space letters from `at`, what a leading \S* matches there, found by character code.
function wordFrom(text: string, at: number): string {
  let end = at;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end += 1;
  return text.slice(at, end);
}

/** The last item (in position order) that passes the test. */
function lastOf<T>(xs: T[], test: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i -= 1) if (test(xs[i]!)) return xs[i];
  return undefined;
}

function relationFor(
  text: string,
  start: number,
  end: number,
  verbs: { rel: Exclude<Relation, "mention">; start: number; end: number }[],
  hangul: boolean,
): { rel: Relation; verb?: { start: number; end: number } } {
  // The verbs are looked through by loops, not find/filter with an arrow: relationFor runs for every
  // segment, and each arrow was a new function with a context holding the segment's bounds.
  // "ACK하다", "ACKs": the flag is the verb.
  for (const v of verbs) if (v.rel === "acknowledge" && v.start >= start && v.start <= end + 1) return { rel: "acknowledge", verb: v };
  if (hangul) {
    // Korean puts the verb after its object: the first verb after the segment's particle.
    const after = text.slice(end);
    // "SYN-ACK 세그먼트에 대해 확인을 보낸다", "FIN에 대한 ACK를 전송": what is answered is acknowledged.
    const about = ABOUT_SEGMENT.exec(after);
    if (about) for (const v of verbs) if (v.start >= end + about[0].length && v.start - end < 48 && v.rel !== "receive") return { rel: "acknowledge", verb: v };
    // Only the particle's length is needed: a sticky test leaves it in lastIndex, with no match array.
    OBJECT_PARTICLE_AT.lastIndex = 0;
    const particle = OBJECT_PARTICLE_AT.test(after) ? OBJECT_PARTICLE_AT.lastIndex : 0;
    const from = end + particle;
    // A verb in quoted words ("ACK로 받았다고 알려주고") is what is said, not what is done: the next one is,
    // else the first that follows after all. Not for the segment that is its object ("FIN을 받았다고
    // 알리고"): the quoted verb is what was done to it.
    const objectOnly = OBJECT_ONLY.test(after.slice(0, particle));
    let first: (typeof verbs)[number] | undefined;
    let next: (typeof verbs)[number] | undefined;
    for (const v of verbs) {
      if (v.start < from - 1 || v.start - from >= 40) continue;
      first ??= v;
      if (objectOnly || !QUOTED_WORD.test(wordFrom(text, v.start))) {
        next = v;
        break;
      }
    }
    next ??= first;
    // "ACK를 기다리는 상태": a segment waited for is one to be received, whatever verb came before it.
    const awaited = AWAITED_KO.exec(text.slice(from, from + 24));
    if (awaited && (!next || next.start >= from + awaited[0].length)) return { rel: "receive" };
    if (next) return { rel: next.rel, verb: next };
    const prev = verbEndingBefore(verbs, start, 20);
    return prev ? { rel: prev.rel, verb: prev } : { rel: "mention" };
  }
  // English: the nearest verb before the segment ("sends a SYN"), else the one after ("the FIN is received").
  const before = verbEndingBefore(verbs, start, 50);
  // "sends its FIN and waits for the ACK": the segment waited for is to be received.
  if (AWAITED_EN.test(text.slice(before ? before.end : Math.max(0, start - 50), start))) return { rel: "receive" };
  // "an ACK for the SYN", "replies in turn to the client's FIN": the segment after an answer's "for"/"to"
  // is the one answered, so acknowledged, not sent with it. Not a flag run on into the reply ("to the SYN
  // with a SYN-ACK" read as one): that one holds the segment sent. No verb is given: the verb is the
  // reply's, and a "with" after it ("replies with an ACK to the FIN") names the reply, not this segment.
  if (before && ANSWERED_EN.test(text.slice(before.start, start)) && !/\s/.test(text.slice(start, end))) return { rel: "acknowledge" };
  if (before) return { rel: before.rel, verb: before };
  // A gloss in brackets right after the flag ("SYN-ACK (Synchronize-Acknowledge)") is its name, not a verb.
  const gloss = text.charCodeAt(end) === 40 || text.charCodeAt(end + 1) === 40 ? (GLOSS.exec(text.slice(end, end + 48))?.[0].length ?? 0) : 0;
  for (const v of verbs) if (v.start >= end + gloss && v.start - end < 25 + gloss) return { rel: v.rel, verb: v };
  return { rel: "mention" };
}
/** The last verb that ends at `at` or less than `within` letters before it. */
function verbEndingBefore<V extends { end: number }>(verbs: V[], at: number, within: number): V | undefined {
  for (let i = verbs.length - 1; i >= 0; i -= 1) if (verbs[i]!.end <= at && at - verbs[i]!.end < within) return verbs[i];
  return undefined;
}

const ARROW_ONLY = /^\s*(?:-+>|→|=>|->)\s*$/;
function readStates(
  text: string,
  offset: number,
  reading: ClauseReading,
  tokens: Hit[],
  out: Claim[],
  sentence: string,
  column: ((at: number) => Actor | null) | null,
) {
  // Made at the number of tokens and cut to the states read, like keep().
  const found = new Array<{ state: TcpState; start: number; end: number }>(tokens.length);
  let kept = 0;
  for (const t of tokens) {
    const state = stateOf(t.text, text.slice(t.end, t.end + 8), text.slice(Math.max(0, t.start - 16), t.start));
    if (state) found[kept++] = { state, start: t.start, end: t.end };
  }
  found.length = kept;
  for (let i = 0; i < kept; i += 1) {
    const f = found[i]!;
    const under = column?.(offset + f.start);
    const label = under ? null : labelHolder(text, f.start, reading);
    const holder = under
      ? { actor: under, span: [offset + f.start, offset + f.end] as Span }
      : (label ?? holderOf(text, offset, f.start, f.end, reading, sentence));
    // "CLOSED → SYN_SENT": a transition, the later state is where the holder goes.
    const prev = found[i - 1];
    const arrowFrom = prev && ARROW_ONLY.test(text.slice(prev.end, f.start)) ? prev.state : undefined;
    // The optional fields set after the literal, and the spans listed without spreading lists of
    // one: each spread built an object or a list for every state.
    const claim: Extract<Claim, { kind: "state" }> = {
      kind: "state",
      actor: holder?.actor ?? null,
      bound: !!holder,
      state: f.state,
      span: [offset + f.start, offset + f.end],
      spans: holder ? [[offset + f.start, offset + f.end], holder.span] : [[offset + f.start, offset + f.end]],
      at: offset + f.start,
      reading,
    };
    if (arrowFrom) claim.from = arrowFrom;
    if (label) claim.label = true;
    out.push(claim);
  }
}

// A state written as the label of a step names the state of that step's actor: "…기다리는데 이 상태가
// TIME_WAIT입니다", "이 때의 상태는 TIME_WAIT이다", "this state is called TIME_WAIT", "(TIME_WAIT)" or
// "(이 상태가 TIME_WAIT 상태)" after the step, or opening the line that follows it.
const ANAPHOR_BEFORE = ko(
  "(?:(?<![\\u3131-\\u318e])(?:이|그|해당|위의?)\\s*상태(?:가|는|를|이|를)?|(?<![\\u3131-\\u318e])(?:이|그)\\s*때(?:의)?\\s*상태(?:가|는|이)?|\\b(?:this|that)\\s+(?:state|stage|phase|period|wait)\\s+(?:is\\s+)?(?:called\\s+|known\\s+as\\s+|named\\s+)?(?:the\\s+)?|\\bthis\\s+is\\s+(?:called\\s+|known\\s+as\\s+)?(?:the\\s+)?)\\s*$",
);
const PAREN_BEFORE = ko("\\(\\s*(?:(?:이|그)\\s*상태(?:가|는)?\\s*|이때\\s*|now\\s+|enters?\\s+|in\\s+)?$");

function labelHolder(text: string, start: number, reading: ClauseReading): { actor: Actor; span: Span } | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const anaphoric = ANAPHOR_BEFORE.test(before);
  if (!anaphoric && !PAREN_BEFORE.test(before)) return null;
  // A label opening its clause ("(TIME_WAIT) 서버측에서 …", "이 상태가 …") is the step before it;
  // one after words of its clause (" … 기다린다 (TIME_WAIT 상태)") is that clause's.
  const opening = !text
    .slice(0, start)
    .replace(/[(\s]+$/, "")
    .replace(ANAPHOR_BEFORE, "")
    .replace(/^\s*(?:[-*•]|\d+[.)]|[①-⑩])?\s*$/, "")
    .trim();
  const own =
    reading.subject && reading.subject !== "both" && reading.subject !== "self" && reading.subjectSpan && !opening
      ? { actor: reading.subject, span: reading.subjectSpan }
      : null;
  const who = opening ? reading.anaphor : (own ?? reading.anaphor);
  if (!who || who.actor === "both" || who.actor === "self") return null;
  // An actor named inside the brackets before the state ("(서버: TIME_WAIT)") is not this case.
  if (reading.actors.some((a) => a.span[0] >= reading.clause.start + start - 30 && a.span[1] <= reading.clause.start + start && /\(/.test(before))) return null;
  return who;
}

/**
 * Who is in a state named in a clause: an actor bound to it ("the client in TIME_WAIT",
 * "TIME_WAIT 상태인 클라이언트", "서버(LISTEN → SYN_RCVD)"), else the nearest actor before it that
 * is not a recipient or a source, else the clause's subject, else its only actor.
 */
function holderOf(text: string, offset: number, start: number, end: number, reading: ClauseReading, sentence: string): { actor: Actor; span: Span } | null {
  // The clause's sides are searched by loops, in the clause's coordinates (s, e), with no copy of each
  // and no arrow per search: holderOf runs for every state an answer names, and those were most of
  // what reading a state made.
  const actors = reading.actors;
  // "The one in TIME_WAIT is the server", "TIME_WAIT에 있는 쪽은 서버다": a cleft that names after the
  // copula who is in the state, as "It is the server that goes through TIME_WAIT" does before it.
  const named = cleftNamed(text, offset, start, end, actors, reading.hangul);
  if (named) return named;
  // "the endpoint in TIME-WAIT", "TIME_WAIT 상태인 쪽": someone in that state, no one named.
  if (
    ANONYMOUS_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
    ANONYMOUS_SUBJECT.test(text.slice(Math.max(0, start - 40), start)) ||
    ANONYMOUS_AFTER.test(text.slice(end, end + 24))
  )
    return null;
  // "Server-side TIME_WAIT is harmless": an "X-side" modifier on a state the clause is about names a
  // kind of it (as "서버 측 TIME_WAIT는" does), not a side said to enter it.
  if (SIDE_MODIFIER_BEFORE.test(text.slice(Math.max(0, start - 14), start)) && STATE_AS_TOPIC.test(text.slice(end, end + 24))) return null;
  // "FIN_WAIT_1 → FIN_WAIT_2 → TIME_WAIT (client) and CLOSE_WAIT → LAST_ACK (server)": a side alone in
  // brackets that closes a chain of states labels every state of that chain, and none after it.
  for (const a of actors) {
    const s = a.span[0] - offset;
    const e = a.span[1] - offset;
    if (s >= end && CHAIN_TO_LABEL.test(text.slice(end, s)) && LABEL_CLOSES.test(text.slice(e, e + 12))) return { actor: a.actor, span: a.span };
  }
  // On an arrow line ("클라이언트 → 서버 : … (FIN_WAIT_1)") the two ends of the arrow say nothing
  // about a state after them; an actor named again inside the line does ("(server goes to SYN_SENT)").
  // A candidate starts after `after`.
  const candidateAfter = reading.arrow ? (reading.arrowEnd ?? 0) - offset : -Infinity;
  // "FIN-WAIT-2: Client FIN acknowledged by Server": a state that labels its line, told by what was done to
  // a side's segment, is that side's; the agent after "by" did it to the side.
  if (LABEL_COLON.test(text.slice(end, end + 3)) && reading.subjectSpan) {
    const agent = reading.subjectSpan[0] - offset;
    const first = actors.find((a) => a.span[0] - offset >= end);
    if (first && first.span[0] - offset < agent && first.actor !== reading.subject && BY_AGENT.test(text.slice(Math.max(0, agent - 8), agent)))
      return { actor: first.actor, span: first.span };
  }
  // "TIME_WAIT is held by the server", "TIME_WAIT 상태는 서버가 유지한다": the state told first, as what a
  // side named right after it holds or goes through.
  for (const a of actors) {
    const s = a.span[0] - offset;
    if (s < end) continue;
    const between = text.slice(end, s);
    const after = text.slice(a.span[1] - offset, a.span[1] - offset + 40);
    if (
      HELD_BY_EN.test(between) ||
      (HELD_BY_KO.test(between) && a.role === "subject" && HOLDS_AFTER_KO.test(after)) ||
      // "TIME_WAIT happens / piles up on the server", "SYN_RCVD belongs to the client", "SYN_SENT is a
      // client-side state", "TIME_WAIT는 서버 쪽에 남는다", "LAST_ACK는 먼저 끊는 쪽의 상태이다": the state
      // placed on a side, or owned by it, is that side's.
      LOCATED_EN.test(between) ||
      (IS_A_EN.test(between) && SIDE_STATE_EN.test(after)) ||
      (STATE_TOLD_KO.test(between) && LOCATED_AFTER_KO.test(after))
    )
      return { actor: a.actor, span: a.span };
    break;
  }
  // "TIME_WAIT는 … 상태입니다", "TIME_WAIT is the state where …": the state is what the clause is
  // about, not one its subject enters; only someone named before it holds it ("서버의 TIME_WAIT는").
  // … unless the sentence defines it by who enters it: "TIME_WAIT는 서버가 … 들어가는 상태로".
  const topic = STATE_AS_TOPIC.test(text.slice(end, end + 24)) && !ENTERED_STATE.test(sentence);
  // "TIME_WAIT 상태에서는 서버가 …": a state set as the scene, with a subject named after it, is not that subject's.
  // …nor a side named only after it, with no subject of its own ("TIME_WAIT 상태에서는 서버에서 오는 데이터를 …").
  if (SCENE_AFTER.test(text.slice(end, end + 16)) && (reading.subjectSpan ? reading.subjectSpan[0] - offset >= end : allFrom(actors, offset + end)))
    return null;
  for (const a of actors) {
    const s = a.span[0] - offset;
    if (s >= end && BOUND_AFTER.test(text.slice(end, s))) return { actor: a.actor, span: a.span };
  }
  // "클라이언트에서 CLOSE_WAIT을 가지게 된다": a side with 에서 right before the state is where it is held.
  // The last such side, then the last bound by "in", then the last that glosses it in brackets.
  for (let i = actors.length - 1; i >= 0; i -= 1) {
    const a = actors[i]!;
    const e = a.span[1] - offset;
    if (e <= start && a.role === "source" && AT_SIDE.test(text.slice(e, start))) return { actor: a.actor, span: a.span };
  }
  for (let i = actors.length - 1; i >= 0; i -= 1) {
    const a = actors[i]!;
    const e = a.span[1] - offset;
    if (e <= start && IN_STATE_BETWEEN.test(text.slice(e, start))) return { actor: a.actor, span: a.span };
  }
  for (let i = actors.length - 1; i >= 0; i -= 1) {
    const a = actors[i]!;
    const e = a.span[1] - offset;
    if (e <= start && STATE_OF_BETWEEN.test(text.slice(e, start))) return { actor: a.actor, span: a.span };
  }
  // "클라이언트가 서버에 FIN을 보냄 → FIN_WAIT_1": a side after the subject, with 에, is where it was sent.
  let subjectBefore = false;
  for (const a of actors)
    if (a.span[0] - offset > candidateAfter && a.span[1] - offset <= start && a.role === "subject" && a.actor !== "both") {
      subjectBefore = true;
      break;
    }
  let before: ActorMention | undefined;
  for (let i = actors.length - 1; i >= 0 && !before; i -= 1) {
    const a = actors[i]!;
    const s = a.span[0] - offset;
    const e = a.span[1] - offset;
    if (
      s > candidateAfter &&
      e <= start &&
      a.role !== "recipient" &&
      a.role !== "source" &&
      (a.role !== "owner" || OWNED_SOCKET.test(text.slice(e, start))) &&
      a.actor !== "both" &&
      !(subjectBefore && a.role === "locative") &&
      !(a.role === "locative" && SENT_TO_KO.test(text.slice(e, start))) &&
      !closedGloss(text, s, e, start)
    )
      before = a;
  }
  // "클라이언트는 서버가 보내는 데이터를 받으려고 TIME_WAIT에 머문다": a side marked 가 after the
  // topic, then a verb that modifies a noun (보내는 데이터, 받을 때까지), is the subject of that
  // relative clause only; the state is the topic's.
  if (before && reading.hangul && before.role === "subject" && reading.subject && reading.subject !== before.actor && reading.subjectSpan) {
    const topicAt = reading.subjectSpan[0] - offset;
    if (topicAt < before.span[0] - offset && RELATIVE_BETWEEN.test(text.slice(before.span[1] - offset, start)))
      return { actor: reading.subject, span: reading.subjectSpan };
  }
  // "서버는 SYN+ACK를 보내고, 클라이언트가 ACK로 응답하기를 기다리는 SYN_RECEIVED 상태가 된다": with the
  // relative clause's subject the clause's only one, the state is the side the clause before was about.
  const carried = reading.anaphor;
  if (
    before &&
    reading.hangul &&
    before.role === "subject" &&
    reading.subject === before.actor &&
    carried &&
    carried.actor !== before.actor &&
    carried.span[1] <= offset
  ) {
    if ((carried.actor === "client" || carried.actor === "server") && RELATIVE_BETWEEN.test(text.slice(before.span[1] - offset, start))) return carried;
  }
  // "The server answers the client with a SYN-ACK and moves to SYN_RCVD": an English side after
  // the subject is the object of its verb; a second verb joined by "and"/"then" is the subject's.
  if (before && !reading.hangul && before.role === "none") {
    const { subject, subjectSpan } = reading;
    if (
      subject &&
      subject !== "both" &&
      subject !== before.actor &&
      subjectSpan &&
      subjectSpan[1] - offset <= before.span[0] - offset &&
      EN_NEXT_VERB.test(text.slice(before.span[1] - offset, start))
    )
      return { actor: subject, span: subjectSpan };
  }
  if (before && (before.role === "subject" || before.role === "none" || before.role === "locative" || before.role === "owner"))
    return { actor: before.actor, span: before.span };
  if (topic) {
    for (let i = actors.length - 1; i >= 0; i -= 1) {
      const a = actors[i]!;
      const e = a.span[1] - offset;
      if (e <= start && start - e <= 4 && a.role === "owner") return { actor: a.actor, span: a.span };
    }
    return null;
  }
  if (reading.arrow) return null;
  if (reading.subject && reading.subject !== "both") return { actor: reading.subject, span: reading.subjectSpan ?? [offset + start, offset + end] };
  // English "from the peer" names where something comes from, never who is in a state ("TIME_WAIT
  // doesn't exist to wait for data from the peer"); Korean "서버에서" can be the side itself.
  let only: ActorMention | null = null;
  for (const a of actors)
    if (a.actor !== "both" && (a.role === "subject" || a.role === "locative" || (a.role === "source" && reading.hangul))) {
      if (only) return null;
      only = a;
    }
  return only ? { actor: only.actor, span: only.span } : null;
}

// A side's own socket or connection in a state is the side in it: "클라이언트의 소켓은 TIME_WAIT 상태로
// 전환되고", "the client's socket goes into TIME_WAIT".
const OWNED_SOCKET = ko("^\\s*(?:'s|’s)?\\s*(?:의)?\\s*(?:own\\s+)?(?:TCP\\s*)?(?:소켓|커넥션|socket|connection)s?(?:은|는|이|가|도)?\\s");
const CLEFT_HEAD_EN = /\b(?:the|whichever)\s+(?:one|side|end|endpoint|host|peer|party)\s+(?:(?:that|which|who)\s+)?[^,.;:]{0,30}$/i;
const CLEFT_COPULA_EN =
  /^\s*(?:state\s+)?(?:is|was|will\s+be|would\s+be)\s+(?:usually\s+|always\s+|typically\s+|normally\s+|generally\s+|often\s+|actually\s+)?(?:the\s+)?$/i;
const CLEFT_HEAD_KO = ko("^[^.,]{0,40}?(?:쪽|측|편|호스트)\\s*(?:은|는)\\s*(?:바로\\s*|보통\\s*|주로\\s*|항상\\s*|대개\\s*)?$");
const CLEFT_COPULA_KO = ko("^\\s*(?:측|쪽)?\\s*(?:이다|입니다|이에요|예요|이야|야|임|다)(?:\\s|[.,!]|$)");
/** The side a cleft names as the one in the state, after a copula: "the one in X is the server", "X에 있는 쪽은 서버다". */
function cleftNamed(text: string, offset: number, start: number, end: number, actors: ActorMention[], hangul: boolean): { actor: Actor; span: Span } | null {
  for (const a of actors) {
    const s = a.span[0] - offset;
    const e = a.span[1] - offset;
    if (s < end || !isPeer(a)) continue;
    const between = text.slice(end, s);
    if (
      hangul
        ? CLEFT_HEAD_KO.test(between) && CLEFT_COPULA_KO.test(text.slice(e, e + 16))
        : CLEFT_HEAD_EN.test(text.slice(Math.max(0, start - 50), start)) && CLEFT_COPULA_EN.test(between) && !POSSESSIVE.test(text.slice(e))
    )
      return { actor: a.actor, span: a.span };
    return null;
  }
  return null;
}

/** Whether every side starts at `at` or after it. */
function allFrom(actors: ActorMention[], at: number): boolean {
  for (const a of actors) if (a.span[0] < at) return false;
  return true;
}

// What stands between a state and the side in it: "TIME_WAIT 상태인 클라이언트" with the side after it;
// "the server is now in", "서버 (", "클라이언트 상태: FIN_WAIT_1 → " with the side before it. Named once: holderOf runs for every state.
const BOUND_AFTER = /^\s*(?:상태|ㅅㅏㅇㅌㅐ)?\s*(?:ㅇㅣㄴ|ㅇㅢ|ㅇㅔ\s*ㅇㅣㅆㄴㅡㄴ|ㅇㅔㅅㅓ\s*ㅇㅣㅆㄴㅡㄴ)\s*$/;
const IN_STATE_BETWEEN = /^\s*,?\s*(?:(?:is|are|was)\s+)?(?:still\s+)?(?:now\s+)?(?:sitting\s+|waiting\s+|already\s+)?(?:in|at)\s+(?:the\s+)?$/i;
// Only state names, arrows and commas between the state and the bracket: "TIME_WAIT (", " → LAST_ACK (".
const CHAIN_TO_LABEL = /^[\sA-Z0-9_\-→>=,/]*\(\s*$/;
const LABEL_CLOSES = ko("^\\s*(?:side|end|측|쪽)?\\s*\\)");
const STATE_OF_BETWEEN = /^\s*(?:\(|상태\s*:|ㅅㅏㅇㅌㅐ\s*:|:)\s*(?:[A-Z_\-\s]+(?:→|->)\s*)?$/;

// "… and moves to", ", then enters", "and is now in": the subject's next verb, its own state after it.
const EN_NEXT_VERB =
  /\b(?:and|then)\s+(?:then\s+|now\s+|immediately\s+|itself\s+)?(?:mov(?:es|ed)|goes|went|enter(?:s|ed)|transition(?:s|ed)|switch(?:es|ed)|chang(?:es|ed)|becomes|became|is|was|stays|stayed|remains|remained|waits|waited|falls|fell|passes|passed|turns|turned|shifts|shifted)\b/i;
const NUMBER_TOLD = /[=+\d]/;
/**
 * Whether text[s, e) sits in brackets that close before `start` and tell a number: "answers with a
 * SYN-ACK (ack = client ISN + 1) and moves to ESTABLISHED" names the client only to gloss it.
 */
function closedGloss(text: string, s: number, e: number, start: number): boolean {
  const open = text.lastIndexOf("(", s);
  if (open < 0 || text.lastIndexOf(")", s) > open) return false;
  const close = text.indexOf(")", e);
  // A number told in them ("ack = client ISN + 1"), not a side given alone as a label ("(서버) ESTABLISHED").
  return close >= 0 && close < start && NUMBER_TOLD.test(text.slice(open, s) + text.slice(e, close));
}

// A verb in an adnominal form followed by the noun it modifies: a 하다 or 되다 verb (전송하는, 도착한,
// 처리할) or one of the domain's own verbs (보내는, 받은, 남을, 있던), with -는, -(으)ㄴ, -(으)ㄹ, -던.
const RELATIVE_BETWEEN = new RegExp(
  `(?:[\\u3131-\\u318e](?:ㅎㅏ|ㄷㅚ)|ㅂㅗㄴㅐ|ㅇㅗ|ㄱㅣㄷㅏㄹㅣ|ㅈㅜ|ㅆㅡ)(?:ㄴㅡㄴ|ㄷㅓㄴ|ㄴ|ㄹ)\\s+(?:[\\u3131-\\u318e]|$)|(?:ㅂㅏㄷ|ㄷㅏㄷ|ㄲㅡㄴㅎ|ㅇㅏㄴㅎ|ㄴㅏㅁ|ㅇㅣㅆ|ㅇㅓㅂㅅ|ㅇㅣㄺ)(?:ㄴㅡㄴ|ㄷㅓㄴ|ㅇㅡㄴ|ㅇㅡㄹ)\\s+(?:[\\u3131-\\u318e]|$)`,
);
const AT_SIDE = ko("^\\s*에서(?:는|도)?\\s*$");
// "FIN을 클라이언트에 보내 LAST_ACK 상태로 바꾼다": a side with 에 right before a sending verb is where the
// segment went, not where the state after it is held. Read in letters, 보내 is also 보낸, 보냄 and 보냅.
const SENT_TO_KO = ko("^\\s*에(?:게)?\\s*(?:다시\\s*)?(?:보내|전송|송신|전달)");
const SCENE_AFTER = ko("^\\s*(?:상태)?\\s*에서(?:는|도)?\\s");
const COMPARED = ko("^\\s*(?:상태)?\\s*(?:와|과|처럼|같이|랑)\\s*(?:마찬가지|같이|동일하게|똑같이)|^\\s*(?:상태)?\\s*처럼");
const ENTERED_STATE = ko(
  "(?:들어가|진입하|되|머무|머물|유지하|거치|갖|가지|생기|발생하|남)는\\s*상태|\\b(?:enters|goes\\s+into|moves\\s+to|ends\\s+up\\s+in)\\b|\\b(?:goes|passes|gets)\\s+through\\b|\\bthat\\s+(?:the\\s+)?\\w+\\s+(?:enters|reaches|holds|is\\s+in|stays\\s+in|waits\\s+in)\\b",
);
const SIDE_MODIFIER_BEFORE = /\b(?:server|client)-side\s+$/i;
const LABEL_COLON = /^\s*:/;
const BY_AGENT = /\bby\s+(?:the\s+)?$/i;
const HELD_BY_EN =
  /^\s*(?:state\s+)?(?:is|are)\s+(?:only\s+|always\s+|usually\s+|then\s+)?(?:held|entered|kept|maintained|reached|occupied|experienced|(?:gone|passed)\s+through)\s+by\s+(?:the\s+)?$/i;
const HELD_BY_KO = ko("^\\s*(?:상태)?\\s*(?:는|은)\\s*(?:주로\\s*|보통\\s*|항상\\s*)?$");
// The side's own verb, right after its particle: "서버가 유지한다", "서버가 (잠시) 갖게 된다".
const HOLDS_AFTER_KO = ko("^\\s*(?:이|가)\\s*(?:\\S+\\s+)?(?:유지|겪|거치|거쳐|가지|갖|들어가|들어간|진입|머무|머물)");
const LOCATED_EN =
  /^\s*(?:states?\s+|sockets?\s+|connections?\s+)?(?:only\s+|always\s+|usually\s+|typically\s+|mostly\s+|generally\s+|normally\s+)?(?:(?:(?:is|are)\s+(?:only\s+|always\s+|usually\s+|typically\s+|mostly\s+)?(?:found\s+|seen\s+|observed\s+|kept\s+|created\s+)?|happens?\s+|happened\s+|occurs?\s+|occurred\s+|appears?\s+|appeared\s+|shows?\s+up\s+|showed\s+up\s+|exists?\s+|lives?\s+|resides?\s+|accumulates?\s+|piles?\s+up\s+|builds?\s+up\s+|remains?\s+|stays?\s+|lingers?\s+|persists?\s+)(?:only\s+)?(?:on|at)|belongs?\s+(?:only\s+)?to|(?:is|are)\s+(?:only\s+)?(?:a|the)\s+(?:state|status)\s+(?:of|on|at))\s+(?:the\s+)?$/i;
// "SYN_SENT is a client-side state", "…is the server's state".
const IS_A_EN = /^\s*(?:state\s+)?(?:is|are)\s+(?:only\s+|always\s+)?(?:a|an|the)?\s*$/i;
const SIDE_STATE_EN = /^(?:-side|\s+side)?(?:'s)?\s+(?:state|status)\b/i;
const STATE_TOLD_KO = ko("^\\s*(?:상태)?\\s*(?:는|은|가|이)\\s*(?:주로\\s*|보통\\s*|항상\\s*|일반적으로\\s*|대개\\s*|대부분\\s*)?$");
const LOCATED_AFTER_KO = ko(
  "^\\s*(?:측|쪽)?\\s*(?:에서|에)\\s*(?:만|도|는)?\\s*(?:주로\\s*|많이\\s*|대량으로\\s*|계속\\s*)?(?:발생|생기|생긴|생깁|생겨|일어나|일어난|나타나|나타난|남는|남아|남습|남게|남음|존재|머무|머물|쌓이|쌓인|쌓여)|^\\s*(?:측|쪽)?\\s*(?:의)?\\s*상태\\s*(?:이|다|입|임|\\.|$)",
);
const STATE_AS_TOPIC = ko(
  "^\\s*(?:상태)?\\s*(?:는|은|란|이란|(?:이)?라는\\s*(?:것은|상태는|상태란))(?=\\s)|^\\s*(?:state\\s+)?(?:is|exists|means|lasts|protects|prevents|guarantees|ensures)\\b",
);
const ANONYMOUS_BEFORE =
  /\b(?:the|an?|whichever)\s+(?:endpoint|end|side|host|one|socket|connection)\s+(?:that\s+is\s+|which\s+is\s+)?(?:still\s+)?(?:in|sitting\s+in|waiting\s+in)\s+(?:the\s+)?$/i;
// "모든 소켓이 CLOSE_WAIT 상태에 빠짐", "the sockets are all in CLOSE_WAIT": a socket or connection is
// the subject, and which side it is on is not said; a side carried from before does not hold it.
// A side written in English before a Korean noun ("Server 소켓은") names it, as "서버 소켓은" does.
const ANONYMOUS_SUBJECT = ko(
  "(?:(?<![\\u3131-\\u318e])(?<!(?:서버|클라이언트|클라|상대|상대방|\\bserver|\\bclient)(?:의)?\\s*(?:측|쪽)?\\s*)(?:소켓|연결|커넥션|세션|포트)(?:들)?(?:이|가|은|는)\\s*(?:모두\\s*|전부\\s*|다\\s*)?|(?<!(?:server|client)(?:'s)?\\s+)\\b(?:the\\s+|all\\s+(?:the\\s+)?|many\\s+|these\\s+|those\\s+)?(?<!(?:server|client)(?:'s)?\\s+)(?:sockets?|connections?)\\s+(?:are|is|were|was|get|gets|go|goes|stay|stays|pile\\s+up|end\\s+up)\\s+(?:all\\s+)?(?:stuck\\s+)?(?:in\\s+)?(?:the\\s+)?)$",
);
const ANONYMOUS_AFTER = ko("^\\s*(?:상태)?\\s*(?:인|에\\s*있는|에서\\s*기다리는)\\s*(?:쪽|측|소켓|호스트|연결)");

// …and a relative clause that opens on it: "moves to FIN_WAIT_2, in which it remains for 2MSL", ", where it waits".
const THAT_STATE = ko(
  "\\b(?:stays?|remains?|sits?|waits?|lingers?)\\s+there\\b|\\bin\\s+(?:that|this)\\s+state\\b|^\\s*(?:in\\s+which|during\\s+which|where)\\b|(?:그|이|해당)\\s*상태(?:로|에서|에)",
  "i",
);

function readWaits(text: string, offset: number, reading: ClauseReading, msl: Hit[], tokens: Hit[], waits: boolean, out: Claim[], all: string) {
  for (const h of msl) {
    // The clause's states read in one loop, the claims before from the end in place: a chain of filter
    // and map made three lists and three functions for every wait, and a reversed copy of every claim
    // so far was made to find the last state.
    // TIME-WAIT if the clause names it, else the first state that is not CLOSED nor ESTABLISHED.
    // A state named only to compare ("TIME_WAIT와 마찬가지로 CLOSE_WAIT도", "like TIME_WAIT") is not the one waiting.
    let timeWait = false;
    let first: TcpState | null = null;
    for (const t of tokens) {
      if (COMPARED.test(text.slice(t.end, t.end + 24))) continue;
      const s = stateOf(t.text, text.slice(t.end, t.end + 8), text.slice(Math.max(0, t.start - 16), t.start));
      if (s === "TIME-WAIT") timeWait = true;
      if (s && first === null && s !== "CLOSED" && s !== "ESTABLISHED") first = s;
    }
    let state: TcpState | null = timeWait ? "TIME-WAIT" : first;
    // "The socket stays there for 2MSL", "그 상태로 2MSL": the state named last before.
    if (!state && THAT_STATE.test(text))
      for (let i = out.length - 1; i >= 0; i -= 1) {
        const c = out[i]!;
        if (c.kind === "state" && c.at < offset) {
          state = c.state;
          break;
        }
      }
    // "CLOSE_WAIT 상태는 … 상태다. 연결이 2MSL 동안 유지된다": a wait no one in its own clause is said
    // to do, in the sentence after one that defines a single state, is that state's.
    if (!state && waits && reading.subjectFrom !== "clause") state = definedBefore(out, reading.sentence - 1, reading.sentence, all);
    // "…between CLOSE_WAIT and CLOSED, the machine waits 2 MSL": a clause before it in the sentence that
    // ends by setting the scene in a state.
    if (!state) state = sceneBefore(out, reading, all);
    out.push({
      kind: "wait",
      actor: reading.subject,
      state: waits || state ? state : null,
      // The match's own length, as the hit's end may be cut at the clause's end.
      span: [offset + h.start, offset + h.start + h.text.length],
      spans: [[offset + h.start, offset + h.start + h.text.length]],
      at: offset + h.start,
      reading,
    });
  }
}

// A clause that ends in a phrase of place in a state: "between the CLOSE_WAIT and CLOSED state,", "in LAST_ACK,", "CLOSE_WAIT 상태에서는,".
const SCENE_PHRASE_END = ko(
  "\\b(?:[Ii]n|[Dd]uring|[Bb]etween|[Ww]hile\\s+in|[Ff]rom)\\s+(?:the\\s+)?[A-Z][A-Z_-]+[12]?(?:\\s+(?:and|to)\\s+(?:the\\s+)?[A-Z][A-Z_-]+[12]?)?(?:\\s+states?)?\\s*,?\\s*$|[A-Z][A-Z_-]+[12]?\\s*(?:(?:와|과)\\s*[A-Z][A-Z_-]+[12]?\\s*)?(?:상태\\s*)?(?:사이|동안)?\\s*(?:에서|에)(?:는)?\\s*,?\\s*$",
);
/** The state the words before this clause in its sentence end on as a scene: the first one not CLOSED nor ESTABLISHED. */
function sceneBefore(out: Claim[], reading: ClauseReading, all: string): TcpState | null {
  const from = Math.max(0, reading.clause.start - 120);
  const scene = SCENE_PHRASE_END.exec(all.slice(from, reading.clause.start));
  if (!scene) return null;
  const at = from + scene.index;
  let found: TcpState | null = null;
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const c = out[i]!;
    if (c.reading.sentence !== reading.sentence || c.at < at) break;
    if (c.kind === "state" && c.reading !== reading && c.state !== "CLOSED" && c.state !== "ESTABLISHED") found = c.state;
  }
  return found;
}

/**
 * The one state a sentence names, when that state is what the sentence defines ("X 상태는", "X라는
 * 상태는", "X is …", "A X socket is …") and the claims of `now` so far name none.
 */
function definedBefore(out: Claim[], sentence: number, now: number, all: string): TcpState | null {
  let found: Extract<Claim, { kind: "state" }> | null = null;
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const c = out[i]!;
    if (c.reading.sentence < sentence) break;
    if (c.kind !== "state" || c.state === "CLOSED" || c.state === "ESTABLISHED") continue;
    if (c.reading.sentence === now || (found && found.state !== c.state)) return null;
    found = c;
  }
  return found && DEFINED.test(all.slice(found.span[1], found.span[1] + 24)) ? found.state : null;
}
const DEFINED = ko(
  "^\\s*(?:상태)?\\s*(?:는|은|란|이란|(?:이)?라는\\s*(?:것|상태)(?:은|는))(?=\\s)|^\\s*(?:state\\s+)?(?:is|means)\\s+(?:a|an|the|one|when|where)\\b|^\\s*(?:sockets?|connections?)\\s+(?:is|are)\\s+(?:a|an|one|the)\\b",
);

/** Whether a clause states its claims as true. */
export function asserted(r: ClauseReading): boolean {
  return !r.negated && !r.reported && !r.question;
}

/** Whether a claim is stated as true: not denied before its verb, not refuted, not asked. */
export function claimAsserted(c: Claim): boolean {
  return !(c.negated ?? c.reading.negated) && !c.reading.reported && !c.reading.question;
}

// ── column diagrams ──────────────────────────────────────────────────────────
/** A "Client      Server" header: who stands over which column (display columns, Hangul counted twice). */
type Columns = { left: ActorMention; right: ActorMention; leftAt: number; rightAt: number };

/** Where a position of the prepared text is shown on its line: Hangul and full-width letters count twice. */
function displayColumn(p: Prepared, at: number): number {
  const o = p.origin[Math.min(at, p.origin.length - 1)]!;
  const lineStart = p.original.lastIndexOf("\n", o - 1) + 1;
  let col = 0;
  for (let i = lineStart; i < o; i += 1)
    col += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(p.original[i]!) ? 2 : 1;
  return col;
}

const SPACES = /\s+/g;
const COLUMN_GAP = /\s{3,}|\t|\|/;
const NOT_FRAME = /[^\s|[\]()\-:]/;
function columnHeader(p: Prepared, text: string, actors: ActorMention[]): Columns | null {
  if (actors.length !== 2) return null;
  const [a, b] = actors as [ActorMention, ActorMention];
  if (!NAMED.has(a.actor) || !NAMED.has(b.actor) || a.actor === b.actor || otherSide(a.actor) !== b.actor) return null;
  // Nothing but the two names and the frame around them, with a gap between: a header row.
  const rest = text.replace(SPACES, " ");
  const between = p.text.slice(a.span[1], b.span[0]);
  if (!COLUMN_GAP.test(between) || NOT_FRAME.test(between.replace(BRACKETED, ""))) return null;
  if (rest.length > 80) return null;
  return {
    left: { ...a, role: "subject" },
    right: { ...b, role: "subject" },
    leftAt: displayColumn(p, a.span[0]) + (a.span[1] - a.span[0]) / 4,
    rightAt: displayColumn(p, b.span[0]) + (b.span[1] - b.span[0]) / 4,
  };
}

// Flags, states, numbers and frame: what a line of a diagram holds. Anything wordier is prose.
const DIAGRAM_TOKEN = ko("\\[[^\\]]*\\]|\\b(?:SYN|ACK|FIN|RST|PSH|URG|seq|ack|ISN|MSL|len|win)\\b|\\b[A-Z][A-Z_-]{2,}\\d?\\b|\\b[a-z]\\b|\\d+", "gi");
function diagramLine(line: string): boolean {
  if (!line.trim()) return true;
  if (!/-{2,}|[<>→←|]|\[[A-Z][A-Z_\d-]+\]/.test(line)) return false;
  const words = line.replace(DIAGRAM_TOKEN, " ").match(/[a-z\u3131-\u318e]+/gi) ?? [];
  return words.join("").length < 8;
}

function direction(text: string): "right" | "left" | null {
  const right = /-{2,}\s*>|→|=>|-->/.test(text);
  const left = /<\s*-{2,}|←|<=|<--/.test(text);
  return right === left ? null : right ? "right" : "left";
}

/** The sender and recipient of an arrow under a header; a label line takes the arrow of the next line. */
function columnArrow(c: Columns, text: string, next: string): { from: ActorMention; to: ActorMention } | null {
  const dir = direction(text) ?? (SEGMENT_WORD.test(text) && diagramLine(next) ? direction(next) : null);
  if (!dir) return null;
  return dir === "right" ? { from: c.left, to: { ...c.right, role: "recipient" } } : { from: c.right, to: { ...c.left, role: "recipient" } };
}
const SEGMENT_WORD = /\b(?:SYN|ACK|FIN|RST)\b/;

/** The side whose column a label stands under: the nearer header name. */
function columnActor(p: Prepared, c: Columns, at: number): Actor | null {
  const col = displayColumn(p, at);
  return Math.abs(col - c.leftAt) <= Math.abs(col - c.rightAt) ? c.left.actor : c.right.actor;
}
