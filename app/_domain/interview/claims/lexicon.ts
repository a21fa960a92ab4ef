import { normaliseState, nearestState, type TcpState } from "../../tcp";
import { jamo } from "./text";

/**
 * The words of this domain as learners write them, in both languages. Korean entries are written
 * in syllables and matched on the prepared (jamo) text, so a stem covers every ending.
 */
/** "self" is the speaker ("나는", "I"): someone, but no side the grader can name. */
/** "peer" (상대방, the other side) is only "the other one": readClaims resolves it against the side named before it. */
export type Actor = "client" | "server" | "first" | "second" | "both" | "self" | "peer";
export type Flag = "SYN" | "ACK" | "FIN" | "RST" | "PSH" | "URG";
export type Relation = "send" | "receive" | "retransmit" | "acknowledge" | "mention";

/**
 * A regular expression whose Korean parts are spelt as the prepared text spells them. Not
 * global by default, so `test` keeps no state between calls; `matchesOf` (matches.ts) finds
 * every match of one.
 */
/**
 * Where a number's digits end: no digit follows, and no decimal point with a digit after it. A full stop
 * after the number ends its sentence ("The default is 5.").
 */
export const NUMBER_END = "(?!\\d|\\.\\d)";

export function ko(source: string, flags = "i"): RegExp {
  return new RegExp(boundWords(jamo(source)), flags);
}

/**
 * A word in a pattern is at most 30 letters (a Korean word taken apart into jamo included): an
 * unbounded `\S+` or `\w*` tried at every position of a long run without spaces (Korean written
 * solid, a URL, a hex dump) made grading quadratic, seconds for a few thousand characters.
 */
export function boundWords(source: string): string {
  return source.replace(/(?<!\\)\\([Sw])([+*])(\??)/g, (_, cls: string, q: string, lazy: string) => `\\${cls}{${q === "+" ? 1 : 0},30}${lazy}`);
}

/** Peers named A and B, or 1 and 2, with a noun ("호스트 A", "host B", "Host 1"): the client and the server, in that order. */
// "UDP와 다르게 / 달리", and the common spoken "UDP와 틀리게": what follows is said against the word before.
export const KO_UNLIKE = "(?:와|과)\\s*(?:다르게|틀리게|달리)";
export const HOST_A = "(?:호스트|host|computer|컴퓨터|peer|endpoint|node|노드)\\s*(?:A|1)\\b";
export const HOST_B = "(?:호스트|host|computer|컴퓨터|peer|endpoint|node|노드)\\s*(?:B|2)\\b";

// ── actors ───────────────────────────────────────────────────────────────────
// Order matters: longer names first. Roles of the close (the side that closes first or second)
// are kept as roles and mapped to client or server by what the answer says about who closed.
/** "the former", "the latter": one of the two sides named last, resolved by readClaims. */
export type ActorWord = Actor | "former" | "latter";
// A and B on their own are peers only where they act as nouns: "A가", "B 에게", "to B", "A sends",
// "B includes its own ISN".
function peerLetter(letter: "A" | "B"): string {
  const verbs =
    "sends|replies|responds|answers|receives|sits|waits|enters|goes|moves|then|is|acknowledges|ACKs|gets|transmits|includes|chooses|picks|sets|closes|calls|also|will|must";
  return `\\b${letter}(?=(?:가|는|에게|한테|도|의|로|\\s*(?:->|→|>|:)|,\\s*(?:after|when|upon|on|once|having|then|now|in\\s+turn)\\b)|\\s(?:가|는|에게|한테|에서|의|로)(?=[\\s,.])|\\s+(?:${verbs})\\b)|(?<=\\b(?:to|from)\\s)${letter}\\b`;
}
const ACTOR_SOURCES: [ActorWord, string][] = [
  ["former", "\\bthe\\s+former\\b"],
  ["latter", "\\bthe\\s+latter\\b"],
  // "나중에 FIN을 보내는 쪽", "the receiver of the close request": the side that closes second, by what it does;
  // first, before "FIN을 보내는 쪽" is read as the side that closes first.
  [
    "second",
    "(?:나중에|늦게|두\\s*번째로)\\s*FIN을\\s*(?:보내|보낸|전송)\\S*\\s*(?:쪽|측|편)|FIN을\\s*(?:나중에|늦게|두\\s*번째로)\\s*(?:보내|보낸|전송)\\S*\\s*(?:쪽|측|편)|\\b(?:the\\s+)?(?:receiver|recipient)\\s+of\\s+the\\s+(?:close|closing|termination|disconnect)\\s+request\\b|\\bthe\\s+(?:side|end|endpoint|party|host|one)\\s+(?:that\\s+|which\\s+)?(?:receiv(?:es|ed|ing)|gets|got|getting)\\s+(?:the\\s+|a\\s+)?(?:close|closing|termination|disconnect)\\s+request\\b",
  ],
  [
    "first",
    "(?:먼저|처음|우선)\\s*(?:연결(?:을)?\\s*)?(?:끊|닫|종료|close|FIN을\\s*(?:먼저\\s*)?보내|FIN을\\s*보낸|FIN을\\s*전송)[^\\s]*\\s*(?:쪽|측|편|곳|호스트|소켓)",
  ],
  ["first", "(?:연결\\s*)?(?:종료|close)를?\\s*(?:먼저\\s*)?(?:요청|시작)한\\s*(?:쪽|측|편)"],
  // The role noun is optional ("능동 종료 시"), and its particle stays outside: "수동 종료자가" is a subject.
  // "활성 폐쇄자" is how machine translations (of Chinese notes, often) render the active closer.
  [
    "first",
    "(?:능동|활성)(?:적으로)?\\s*(?:종료|닫기|클로즈|close|닫은|닫는|끊은|끊는|폐쇄)(?:하는|한)?(?:\\s*(?:측|쪽|자|호스트|피어|편))?|액티브\\s*클로(?:저|즈)",
  ],
  // …and "the half-closed side", "the closing end": the side that sent its FIN, whose sending direction is shut.
  [
    "first",
    "active(?:ly)?[-\\s]*(?:closer|closing\\s+(?:side|end|party|host)|close\\s+(?:side|end|party|host)|host|side|party|end|one)\\b|\\bactive\\s+closer|\\bthe\\s+(?:side|end|endpoint|party|host|one|peer)\\s+that\\s+(?:actively\\s+)?(?:closes?|closed|initiates?|initiated|starts?|started|sends?|sent)\\s+(?:the\\s+)?(?:connection\\s+)?(?:close\\s+|closing\\s+)?(?:first|(?:the\\s+|a\\s+)?(?:first\\s+)?FIN|the\\s+close|the\\s+connection|(?:an\\s+)?active\\s+close)\\b|\\bwhichever\\s+(?:side|end)\\s+(?:closes|sends\\s+(?:the\\s+)?FIN)\\s+first|\\bthe\\s+(?:side|end|endpoint|party|host|one|peer)\\s+(?:that|which|who)\\s+(?:sends?|sent|transmits?|transmitted)\\s+(?:the\\s+)?(?:last|final)\\s+ACK\\b|\\bthe\\s+sender\\s+of\\s+the\\s+(?:last|final)\\s+ACK\\b|\\b(?:the\\s+)?initiator\\b|\\bthe\\s+closer\\b|\\bactive\\s+closer|\\bthe\\s+(?:half[-\\s]?closed|closing)\\s+(?:side|end|host|endpoint|peer|party|socket)\\b|\\bthe\\s+(?:side|end|host|endpoint|peer|party|socket|one)\\s+(?:that|which)\\s+(?:closes|closed|close)\\s+actively\\b|\\bthe\\s+(?:side|end|host|endpoint|peer|party|socket|one)\\s+(?:that|which)\\s+(?:performs|performed|does|did)\\s+the\\s+active\\s+close\\b|\\bthe\\s+(?:side|end|host|endpoint|peer|party|socket|one)\\s+(?:that|which)\\s+(?:half[-\\s]?closed|shut\\s+down\\s+(?:its\\s+)?(?:sending|writing|output)|called\\s+shutdown)",
  ],
  ["first", "(?:FIN을\\s*)?(?:먼저\\s*)?(?:보낸|전송한|보내는|닫은|끊은|종료한)\\s*(?:쪽|측|편)"],
  [
    "second",
    "(?:나중에|늦게|두\\s*번째로)\\s*(?:연결(?:을)?\\s*)?(?:끊|닫|종료)[^\\s]*\\s*(?:쪽|측|편)|(?:수동|피동)(?:적으로)?\\s*(?:종료|닫기|클로즈|close|닫은|닫는|끊은|끊는|폐쇄)(?:하는|한)?(?:\\s*(?:측|쪽|자|호스트|피어|편))?|패시브\\s*클로(?:저|즈)|FIN을\\s*(?:먼저\\s*)?(?:받은|수신한|받는)\\s*(?:쪽|측|편)",
  ],
  // The FIN left unsaid after the side that sent it: "FIN을 보낸 쪽은 FIN_WAIT_2, 받은 쪽은 CLOSE_WAIT", "the
  // side that sent the FIN …, and the side that received it …". The look back comes after the words it
  // checks, so it runs only where they are.
  [
    "second",
    "(?:받은|수신한|받는)\\s*(?:쪽|측|편)(?<=FIN\\S*\\s*(?:(?:패킷|세그먼트|신호|메시지|메세지)\\S*\\s*)?(?:을|를)?\\s*(?:먼저\\s*)?(?:보낸|전송한|보내는|송신한)\\s*(?:쪽|측|편)[^.?!\\n]{0,120}?(?:받은|수신한|받는)\\s*(?:쪽|측|편))|\\bthe\\s+(?:side|end|endpoint|party|host|one)\\s+(?:that\\s+|which\\s+)?(?:receiv(?:es|ed)|gets|got)\\s+it\\b(?<=\\b(?:side|end|endpoint|party|host|one)\\s+(?:that|which)\\s+(?:sent|sends)\\s+(?:the\\s+|a\\s+|its\\s+)?(?:first\\s+)?FIN\\b[^.?!\\n]{0,60}?\\bthe\\s+(?:side|end|endpoint|party|host|one)\\s+(?:that\\s+|which\\s+)?(?:receiv(?:es|ed)|gets|got)\\s+it\\b)",
  ],
  [
    "second",
    "passive(?:ly)?[-\\s]*(?:closer|closing\\s+(?:side|end|party|host)|close\\s+(?:side|end|party|host)|host|side|party|end|one)\\b|\\bthe\\s+(?:side|end|endpoint|party|one)\\s+that\\s+(?:closes?|closed)\\s+(?:second|later|last)\\b|\\bthe\\s+(?:side|end|endpoint|party|host|one|peer)\\s+(?:that|which|who)\\s+(?:sends?|sent)\\s+(?:the\\s+|its\\s+)?(?:last|final|second)\\s+FIN\\b",
  ],
  // "the first side", "the side in LAST_ACK", "the host still in TIME_WAIT": a side named by its order
  // or by a state only one side of a close passes through, as RFC 9293's model gives them.
  [
    "first",
    "\\bthe\\s+first\\s+(?:side|end|host|endpoint|party|peer)\\b|\\bthe\\s+(?:side|end|host|endpoint|party|peer|socket|one)\\s+(?:that\\s+is\\s+|which\\s+is\\s+)?(?:still\\s+|now\\s+)?in\\s+(?:the\\s+)?(?:TIME|FIN)[-_ ]?WAIT(?:[-_ ]?[12])?\\b",
  ],
  [
    "second",
    "\\bthe\\s+second\\s+(?:side|end|host|endpoint|party|peer)\\b|\\bthe\\s+(?:side|end|host|endpoint|party|peer|socket|one)\\s+(?:that\\s+is\\s+|which\\s+is\\s+)?(?:still\\s+|now\\s+)?in\\s+(?:the\\s+)?(?:LAST[-_ ]?ACK|CLOSE[-_ ]?WAIT)\\b",
  ],
  // "연결 종료를 요청받은 쪽", "the side receiving the (first) FIN": the side that is asked to close.
  [
    "second",
    "(?:연결\\s*)?(?:종료|close|끊기|해제)\\s*(?:요청)?\\s*(?:을|를)?\\s*(?:먼저\\s*)?(?:요청\\s*)?받은\\s*(?:쪽|측|편)|요청\\s*받은\\s*(?:쪽|측|편)|\\bthe\\s+(?:side|end|endpoint|party|host|one)\\s+(?:that\\s+|which\\s+)?(?:receiv(?:es|ed|ing)|gets|got|getting)\\s+(?:the\\s+|a\\s+)?(?:first\\s+|initial\\s+)?FIN\\b|\\b(?:the\\s+)?(?:receiver|recipient)\\s+of\\s+the\\s+(?:first\\s+)?FIN\\b",
  ],
  [
    "peer",
    "\\bthe\\s+(?:other|opposite|far)\\s+(?:side|end|endpoint|party|host|peer|one)\\b|\\bthe\\s+(?:peer|counterpart|remote\\s+(?:end|side|peer|host|party|endpoint)|recipient|responder|receiver|receiving\\s+(?:side|end|host|peer|party))\\b|\\bpeer\\b(?!\\s*[AB]\\b)|상대(?:방|편|측)?(?=[\\s이가은는도에의로도인(,.]|$)|(?:반대|맞은)\\s*(?:편|쪽|측)(?=[\\s이가은는도에의로인(,.]|$)",
  ],
  [
    "self",
    "(?<![\\u3131-\\u318e])(?:나|저)(?=는|도\\s)|(?<![\\u3131-\\u318e])(?:내|제)(?=가\\s)|\\bI\\b(?=\\s+(?:can|still|keep|am|sit|wait|send|receive|read)\\b)",
  ],
  ["both", "양쪽(?:\\s*모두)?|양측|둘\\s*다|서로|\\bboth\\s+(?:sides|ends|hosts|endpoints)\\b|\\beach\\s+side\\b"],
  // "your browser" is the client of a web server in many English tellings. "클라" is the usual short
  // form ("클라:", "클라한테", "(클라)"), but not the start of another word ("클라우드").
  [
    "client",
    `클라이언트|클라(?=(?:가|는|도|에|의|로|와|랑|만|측|쪽|한테|를)|(?![\\u3131-\\u318e\\uac00-\\ud7a3]))|\\bclients?\\b|\\b(?:web\\s+)?browsers?\\b|${HOST_A}|\\bA(?=\\s*클라)`,
  ],
  ["server", `서버|\\bservers?\\b|${HOST_B}|\\bB(?=\\s*서버)`],
  // The handshake's roles by what each does: "the connecting host", "연결을 요청하는 쪽" opens it;
  // "the listening host", "연결 요청을 받는 쪽" answers. (Not "the receiving host": a receiver of what
  // depends on the sentence, so it stays the other side of the last one named.)
  [
    "client",
    "\\bthe\\s+(?:host|side|end|endpoint|peer|party|machine|computer|node|application)\\s+(?:that|which|who)\\s+(?:wants|wishes|intends)\\s+to\\s+(?:connect|open)\\b|\\bthe\\s+(?:connecting|initiating|calling|requesting|dialing|dialling)\\s+(?:host|side|end|endpoint|peer|party|machine|computer|node|application)\\b|(?:연결\\s*(?:을|를)?\\s*)(?:먼저\\s*)?(?:요청|시작)하는\\s*(?:쪽|측|편|호스트)",
  ],
  [
    "server",
    "\\bthe\\s+(?:host|side|end|endpoint|peer|party|machine|computer|node|socket|application)\\s+(?:that|which)\\s+(?:is\\s+)?listening\\b|\\bthe\\s+(?:listening|accepting|passive(?:ly)?[-\\s]open(?:ing|ed)?)\\s+(?:host|side|end|endpoint|peer|party|machine|computer|node|socket|application)\\b|(?<!(?:종료|끊기|해제|close)\\s*)(?:연결\\s*)?요청\\s*(?:을|를)?\\s*받는\\s*(?:쪽|측|편|호스트)|수신\\s*대기\\s*(?:중인|하는)\\s*(?:쪽|측|호스트)",
  ],
  ["client", peerLetter("A")],
  ["server", peerLetter("B")],
];
export const ACTOR_PATTERNS: { actor: ActorWord; re: RegExp }[] = ACTOR_SOURCES.map(([actor, s]) => ({ actor, re: ko(s, "gi") }));

/** Korean particles after an actor, longest first, and what they make of it. */
export type Role = "subject" | "recipient" | "source" | "owner" | "locative" | "none";
export const KO_PARTICLES: [string, Role][] = (
  [
    ["으로부터", "source"],
    ["로부터", "source"],
    ["에게서", "source"],
    ["한테서", "source"],
    ["에서", "source"],
    ["에게로", "recipient"],
    ["에게", "recipient"],
    ["한테", "recipient"],
    ["쪽으로", "recipient"],
    ["으로", "recipient"],
    ["로", "recipient"],
    ["께", "recipient"],
    ["에", "locative"],
    ["의", "owner"],
    ["께서", "subject"],
    ["이", "subject"],
    ["가", "subject"],
    ["은", "subject"],
    ["는", "subject"],
    ["도", "subject"],
    ["측은", "subject"],
    ["측이", "subject"],
  ] as [string, Role][]
).map(([p, r]) => [jamo(p), r]);

// ── segments ─────────────────────────────────────────────────────────────────
const FLAG = "SYN|ACK|FIN|RST|PSH|URG";
/** A word in upper case, lower case or capitalised (SYN, syn, Syn), not in any mix: "LAST ACK" is the state, "last ACK" the segment. */
const anyCase = (words: string) =>
  words
    .split("|")
    .flatMap((w) => [w, w.toLowerCase(), w[0] + w.slice(1).toLowerCase()])
    .join("|");
// Flags in every case ("sends a syn", "the fin-ack"): English prose often writes them in lower case,
// and no common English word is spelt syn, ack, fin, rst, psh or urg (longer words that start with
// them, "acknowledge", "final", "synchronise", are cut off by the lookahead after the flag).
const FLAG_CASED = anyCase(FLAG);
// "SYN+ACK", "SYN-ACK", "SYN/ACK", "[SYN, ACK]", "ACK와 SYN", "ACK(x+1)와 자기 SYN(y)", "SYN and ACK".
// Within one line: "ack=x+1⏎- ACK (…)" is a list's next item, not one segment.
const JOIN = `(?:[^\\S\\n]*[=:][^\\S\\n]*[a-z0-9]{1,10}(?:[^\\S\\n]*\\+[^\\S\\n]*\\d)?)?(?:[^\\S\\n]*\\([^)]{0,24}\\))?[^\\S\\n]*(?:패킷|세그먼트|플래그|비트|packet|segment|flag|bit)?[^\\S\\n]*(?:\\+|/|&|-|,|와|과|및|and|with|랑|이랑)[^\\S\\n]*(?:an?[^\\S\\n]+|the[^\\S\\n]+|its[^\\S\\n]+own[^\\S\\n]+|응답[^\\S\\n]*|자기[^\\S\\n]*|자신의[^\\S\\n]*|함께[^\\S\\n]*|own[^\\S\\n]+)?`;
// Not the flag inside a state name (FIN_WAIT_2, SYN_SENT, syn-received, LAST_ACK).
// "_WAIT_1" goes on after WAIT, so the name ends at a letter that is not followed by another.
// Apart by a space only in upper case or before "state": "the ACK sent by the server", "a SYN received
// from the client" are a segment and its participle.
const stateAfter = (words: string) => `(?![-_](?:${anyCase(words)})(?![A-Za-z]))(?!\\s?(?:${words})(?![A-Za-z]))(?!\\s(?:${anyCase(words)})\\s+(?:state|상태))`;
const NOT_STATE = stateAfter("WAIT|SENT|SEND|RCVD|RCV|RECV|RECEIVED|RECIEVED");
// "SYNACK", "SYN ACK", "syn ack": the reply written as one word, or two with only a space between.
const GLUED = `(?:${anyCase("SYN|FIN")})[-_ ]?(?:${anyCase("ACK")})${stateAfter("WAIT|SENT|RCVD")}`;
// The second flag of a pair is not a header field ("an ACK with ack = y+1", "ACK with ack number y+1" is one ACK).
export const SEGMENT = ko(
  `(?<!LAST[-_ ]?|LASK[-_ ]?|last[-_]|Last[-_])\\b(?:${GLUED}|(?:${FLAG_CASED})${NOT_STATE}(?:${JOIN}(?:${FLAG_CASED})${NOT_STATE}\\b(?!\\s*(?:=|(?:number|num|no\\.?|field|value)\\b)))?)(?=[^a-z]|s\\b|ed\\b|ing\\b|$)`,
  "g",
);
/** A flag written as a header field ("ack=x+1", "ack number", "Ack no."): a number, not a segment sent. */
export const FIELD_AFTER = /^\s*(?:=\s*[a-z0-9]|:\s*(?:[a-z](?:\s*\+\s*\d)?\b|\d)|(?:number|num|no\.?|field|value)\b)/i;
export const FLAG_IN = /SYN|ACK|FIN|RST|PSH|URG/g;

/** Flags named by a segment mention, or null when the join was only a list ("SYN, ACK, FIN"). */
export function flagsOf(mention: string): Flag[] {
  let flags = flagCache.get(mention);
  // Stryker disable next-line ConditionalExpression: the cache saves time only; reading again gives the same flags.
  if (!flags) {
    flags = [...new Set(mention.toUpperCase().match(FLAG_IN) ?? [])] as Flag[];
    // Stryker disable next-line all: the bound limits memory, not what any call returns.
    if (flagCache.size < 5_000) flagCache.set(mention, flags);
  }
  // A copy: claims keep their own list.
  return flags.slice();
}
// The same few spellings come back in every answer ("SYN", "SYN+ACK", "ACK를"): read once.
const flagCache = new Map<string, Flag[]>();

// ── relations (verbs) ────────────────────────────────────────────────────────
export const VERB: { rel: Exclude<Relation, "mention">; re: RegExp }[] = [
  // "다시 ACK, FIN 메세지를 보내": the adverb before the object; the verb is checked first, then what is behind it.
  // English nouns count as their verbs: "the retransmission of the SYN", "the transmission of a FIN".
  // "sent again", "sends the SYN-ACK once more", "is sent a second time": "again" after the object, and
  // the passive and the participle too.
  {
    rel: "retransmit",
    re: ko(
      "재전송|재송신|다시\\s*(?:보내|보냄|전송|송신)|(?:보내|보냄|전송|송신)(?<=다시\\s+(?:\\S{1,30}\\s+){1,3}(?:보내|보냄|전송|송신))|한\\s*번\\s*더\\s*(?:보내|전송)|\\bre-?(?:transmi(?:t|ss)|send|sent)\\w*|\\b(?:sends?|sending|sent|transmits?|transmitted)\\b(?=(?:\\s+[\\w/+-]{1,30}){0,4}\\s+(?:again|once\\s+more|a\\s+second\\s+time)\\b)|\\bsend\\s+another|\\bsends\\s+another",
    ),
  },
  { rel: "acknowledge", re: ko("(?<=ACK)(?:하|합|했|해|한)|승인(?:하|해|했)|\\bACK(?:s|ed|'d|ing)\\b|\\bre-?ACK\\w*|\\backnowledg\\w*") },
  { rel: "receive", re: ko("받|수신|도착|\\breceiv\\w*|\\bgets?\\b|\\bgot\\b|\\bgetting\\b") },
  {
    rel: "send",
    re: ko(
      "(?:1|１)\\s*로\\s*(?:설정|세팅|셋팅)|\\bset\\s+(?:to\\s+1|high)\\b|보내|보냄|보낸|날리|날려|날림|전송|송신|발송|응답|회신|전달|요청|확인|알리|알림|알려|\\bsend\\w*|\\bsent\\b|\\brepl(?:y|ies|ied)\\b|\\brespond\\w*|\\banswer\\w*|\\btransmi(?:t|ss)\\w*|\\breturn\\w*|\\bissues?\\b|\\bopens?\\b|\\binitiat\\w*|\\bconfirm\\w*",
    ),
  },
];
export const KO_OBJECT_PARTICLE = ko(
  "^\\s*(?:\\([^)]{0,24}\\)\\s*)?(?:패킷|세그먼트|플래그|신호|메시지|응답)?\\s*(?:을|를|이|가|은|는|로|으로|와|과|도|만|에|까지)?",
);

// ── states ───────────────────────────────────────────────────────────────────
// Every spelling seen in notes: TIME_WAIT, TIME-WAIT, time wait, SYN_RCVD, SYN_RECV, SYN_SEND,
// SYN RCVD, ESTAB, FIN_WAIT1, LAST_ASK, CLOSN_WAIT. Lower case only with a separator or the
// word "state/상태", so "the connection is closed" names no state.
export const STATE_TOKEN = ko(
  "\\b(?:TIMED?|FIN|CLOSE|CLOSN|LAST|SYN|ESTAB\\w*|LISTEN\\w*|CLOSED|CLOSING)(?:[-_ ]?(?:WAIT|WAITING|ACK|ASK|SENT|SEND|RCVD|RCV|RECV|RECEIVED|RECIEVED|RECEIVE|RECIEVE))?(?:[-_ ]?[12])?\\b",
  "gi",
);

// Tokens repeat across answers (TIME_WAIT, FIN_WAIT_2): each spelling is read once.
const stateCache = new Map<string, TcpState | null>();
// "goes into time wait", "stuck in fin wait 2": after these words a spaced lower-case name is the
// state too. Not "close wait": "close" is read as the verb there, and elsewhere it may be two verbs
// ("we close, wait for the FIN").
const STATE_SLOT_BEFORE = /\b(?:in|into|enters?|entered|entering|reaches|reached)\s+(?:the\s+)?$/i;
// …and a name written in title case ("moves to Established", "(Established)") where a state goes.
const TITLED_SLOT_BEFORE =
  /(?:\b(?:in|into|enters?|entered|entering|reaches|reached|becomes?|became|(?:moves?|moved|goes|went|transitions?|transitioned|switch(?:es|ed)?|changes?|changed)\s+(?:in)?to)\s+(?:the\s+)?|\(\s*)$/i;
// Named once: stateOf runs for every state token of every clause, and a literal is a new object at each call.
const STATE_WORD_AFTER = /^\s*(?:state|상태|ㅅㅏㅇㅌㅐ)/i;
const CLOSE_FIRST = /^close/i;
const TITLE_CASE = /^[A-Z][a-z]+$/;
const OPEN_BRACKET_END = /\($/;
const CLOSE_BRACKET_NEXT = /^\s*\)/;
export function stateOf(token: string, following: string, preceding = ""): TcpState | null {
  const stateWord =
    STATE_WORD_AFTER.test(following) ||
    (token.includes(" ") && !CLOSE_FIRST.test(token) && STATE_SLOT_BEFORE.test(preceding)) ||
    (TITLE_CASE.test(token) && TITLED_SLOT_BEFORE.test(preceding) && (!OPEN_BRACKET_END.test(preceding.trimEnd()) || CLOSE_BRACKET_NEXT.test(following)));
  const key = stateWord ? `${token}\u0000` : token;
  let out = stateCache.get(key);
  // Stryker disable next-line ConditionalExpression: the cache saves time only; reading again gives the same state.
  if (out === undefined) {
    out = readState(token, stateWord);
    // Stryker disable next-line all: the bound limits memory, not what any call returns.
    if (stateCache.size < 5_000) stateCache.set(key, out);
  }
  return out;
}

function readState(token: string, stateWord: boolean): TcpState | null {
  const upper = token.toUpperCase();
  // SYN-ACK and FIN/ACK are segments, numbered in a list or not ("SYN-ACK 1"); "the last ACK" is the
  // segment, LAST_ACK / LAST-ACK the state.
  if (/^(?:SYN|FIN)[-_ ]?ACK(?:[-_ ]?[12])?$/.test(upper)) return null;
  if (/^LAST ACK$/.test(upper) && !stateWord) return null;
  const separated = /[-_]/.test(token) || (/ /.test(token) && token === upper);
  const isUpper = token === upper && !/ /.test(token);
  const named = isUpper || separated || stateWord;
  if (!named) return null;
  if (/^TIMED/.test(upper)) return "TIME-WAIT";
  const direct = normaliseState(
    upper
      .replace(/ASK$/, "ACK")
      .replace(/^CLOSN/, "CLOSE")
      .replace(/SEND$/, "SENT")
      .replace(/RECI?EVE$/, "RECEIVED")
      .replace(/RECIEVED$/, "RECEIVED")
      .replace(/^ESTAB\w*/, "ESTABLISHED")
      .replace(/^LISTEN\w*/, "LISTEN")
      .replace(/WAITING$/, "WAIT"),
  );
  if (direct) return direct;
  if (/^(?:SYN|FIN|LAST|CLOSE|TIME)/.test(upper) && separated) return nearestState(upper);
  return null;
}
export const TIMED_WAIT = /\btimed[-_ ]?wait\b/i;

// ── durations ────────────────────────────────────────────────────────────────
export const TWO_MSL = ko(
  "\\b2\\s*[*×xX·]?\\s*MSL\\b|\\b2\\s*SML\\b|\\btwo\\s+MSLs?\\b|\\b(?:twice|double|(?:two|2)\\s+times|2\\s*[*×xX]\\s*the)\\s+(?:the\\s+)?(?:MSL|max(?:imum)?\\s+segment\\s+li[fv]e(?:time)?)|\\b2\\s*[*×x]\\s*(?:the\\s+)?max(?:imum)?\\s+segment\\s+lifetime|MSL\\s*의?\\s*(?:두|2)\\s*배|(?:두|2)\\s*배(?:의)?\\s*(?:MSL|최대\\s*세그먼트\\s*(?:수명|생존\\s*시간|유지\\s*시간))|최대\\s*세그먼트\\s*(?:수명|생존\\s*시간)(?:\\(MSL\\))?\\s*의\\s*(?:두|2)\\s*배|\\bmax(?:imum)?\\s+segment\\s+li[a-z]{2,6}\\s*(?:\\(MSL\\)\\s*)?의?\\s*(?:두|2)\\s*배",
);
// Not the WAIT of a state's name: "TIME-WAIT is …" has no verb before "is".
export const WAIT_VERB = ko(
  "기다리|기다림|기다린|대기|머무|머물|유지|남아|남는|(?<!\\b(?:TIME|CLOSE|FIN)[-_ ])\\bwaits?\\b|(?<!\\b(?:TIME|CLOSE|FIN)[-_ ])\\bwaiting\\b|\\bstays?\\b|\\bremains?\\b|\\bholds?\\b|\\bheld\\b|\\blingers?\\b|\\bsits?\\b",
);

// ── polarity ─────────────────────────────────────────────────────────────────
// The words that take back a claim: negation at the end of a Korean clause, before an English
// verb; a claim reported in order to refute it; a question.
export const KO_NEGATION = ko("(?:않|아니|아닌|안\\s*(?:되|돼|됨|됩|함|한|해)|못\\s|못하|못합|못함|못\\s*(?:받|보내|해)|없|말고)");
export const EN_NEGATION =
  /\b(?:not|never|nobody|no\s+longer|cannot|isn't|aren't|doesn't|don't|didn't|won't|wouldn't|can't|hasn't|haven't|neither|nor)\b|n't\b/i;
const EN_NEGATION_ALL = new RegExp(EN_NEGATION.source, "gi");
// A conjunction or a subordinator ends what an English negation governs: "doesn't close right away
// but waits in TIME_WAIT", "does not close at once because it must ACK the FIN again". Not "that":
// "I don't think that …" still denies.
const EN_SCOPE_END = /\b(?:but|and|so|then|yet|instead|which|who|because|since|when|after|before|until|once|while|whereas|although|though)\b|[;:]/i;
/** Whether an English negation in the words before a claim still governs it. "Not only X" denies nothing. */
export function enNegates(before: string): boolean {
  let end = -1;
  // An exec loop on the one global pattern: matchAll copies the pattern and builds an iterator at every
  // call, and this runs for every English claim. The loop runs to the end, leaving lastIndex at 0.
  EN_NEGATION_ALL.lastIndex = 0;
  for (let m = EN_NEGATION_ALL.exec(before); m; m = EN_NEGATION_ALL.exec(before))
    if ((!NOT_ALONE.test(m[0]) || !ONLY_AFTER.test(before.slice(m.index + m[0].length))) && !WORRY_AFTER.test(before.slice(m.index + m[0].length)))
      end = m.index + m[0].length;
  // Stryker disable next-line EqualityOperator: a negation found ends past 0, so end is -1 or above 0.
  return end >= 0 && !EN_SCOPE_END.test(before.slice(end));
}
const NOT_ALONE = /^not$/i;
const ONLY_AFTER = /^\s+(?:only|just|merely)\b/i;
// "Don't worry about CLOSE_WAIT, the kernel will clean it up": reassurance, which denies nothing told after it.
const WORRY_AFTER = /^\s+(?:worry|panic|fret|be\s+alarmed)\b/i;
export const REPORTED = ko(
  "(?:냐|느냐)고\\s*(?:물|묻|하|생각|의문)|(?:다|라|이라|하다)고\\s*(?:생각|오해|착각|알려져|알려진|알고|말하|믿|여기|하지만|하는데|하는\\s*사람|할\\s*수)|(?:라는|다는)\\s*(?:것은|건|말은|주장은|생각은)\\s*(?:오해|착각|틀|잘못)|흔한\\s*오해|오해(?:입니다|이다|예요|다|야|임|하기\\s*쉽|하는\\s*경우|하곤)|착각(?:하기\\s*쉽|하는\\s*경우|하곤|입니다|이다)|혼동하기\\s*쉽|헷갈리기\\s*쉽|잘못\\s*(?:알려|알고|이해|설명)|잘못된\\s*(?:설명|생각|이해|정보|내용|통념)|틀린\\s*(?:설명|말|생각|내용)|오개념|(?:다|라)는\\s*(?:설명|말|주장|글|이야기|얘기|통념)(?:이|도|을|은)?\\s*(?:있|많|보이|흔하|돌아)|\\b(?:might|may|could|would)\\s+(?:think|assume|believe|say|expect)\\b|\\b(?:some|many|people)\\s+(?:\\w+\\s+)?(?:say|think|believe|claim)\\b|\\b(?:common\\s+)?(?:misconception|myth|mistake)s?\\b|\\bcontrary\\s+to\\b|\\b(?:is|are)\\s+(?:often|commonly|sometimes|frequently|widely)\\s+(?:said|described|explained|claimed|written|taught|believed|thought|assumed)|\\b(?:mis(?:understand|understood|read|learn)|misconceived|wrongly|mistakenly|incorrectly|falsely|erroneously)\\b|\\b(?:many|some|a\\s+lot\\s+of)\\s+(?:online\\s+|other\\s+)?(?:notes|blogs|posts|articles|tutorials|answers|candidates|learners|students|guides|sources|websites)\\b|\\b(?:easy|tempting|common)\\s+to\\s+(?:think|assume|believe|confuse|say)\\b|\\bis\\s+(?:wrong|false|incorrect)\\b|\\bnot\\s+true\\b|\\bit\\s+is\\s+tempting\\b|\\b(?:may|might|could|would)\\s+(?:seem|appear|look)\\b|\\bat\\s+first\\s+(?:glance|sight)|\\bseemingly\\b|\\bon\\s+the\\s+surface\\b|(?:ㄹ|을)\\s*것\\s*(?:같|처럼\\s*보이)지만|(?:해|여|어|아)?\\s*보이지만|듯\\s*(?:하|보이)지만|수(?:도|는)\\s*있(?:겠)?지만|얼핏|언뜻|겉보기",
);
export const RHETORICAL = ko(
  "(?:^|[:;]\\s*)\\s*(?:[-*•]\\s*|\\d+[.)]\\s*)?(?:but\\s+|and\\s+|so\\s+|now,?\\s+)?(?:what\\s+(?:if|happens\\s+(?:if|when)|would\\s+happen\\s+if|about\\s+when)|suppose|imagine|how\\s+about\\s+if)\\b|(?:면|다면|으면)\\s*(?:어떻게|어떤\\s*일이|무슨\\s*일이)\\s*(?:될|되|일어나|생기|벌어지)",
);
export const QUESTION = ko("\\?\\s*$|(?:나요|까요|ㄹ까|을까|인가|는가|니\\?)\\s*[.?]?\\s*$");
// "X가 아니라 Y", "not X but Y", "rather than X", "instead of X": X is masked before reading.
export const CONTRAST = ko(
  "(?:\\S+\\s+){0,2}\\S+?(?:이|가)?\\s*아니(?:라|고)\\s|(?:\\S+\\s+){0,1}\\S+\\s*대신(?:에)?\\s|\\brather\\s+than\\s+(?:\\w+\\s+){0,2}\\w+|\\binstead\\s+of\\s+(?:\\w+\\s+){0,2}\\w+|\\bnot\\s+(?:the\\s+|a\\s+)?\\w+(?:\\s+\\w+)?\\s+but\\b|\\bnot\\s+always\\s+(?:the\\s+)?\\w+",
);
export const COUNTERFACTUAL = ko(
  "(?:라면|다면|었다면|았다면|였다면|없다면|없으면)(?=\\s|,)|\\bwould\\b|\\bwere\\s+to\\b|\\bhad\\s+\\w+\\s+(?:not\\s+)?\\w+ed\\b|\\bwithout\\s+(?:it|TIME)",
);
// "It then sends", "Finally it sends", "After that, it replies", "In turn they ACK": a pronoun
// subject after the adverbs that open a step.
const STEP_ADVERB = "(?:and|then|so|finally|next|now|afterwards|after\\s+that|later|eventually|in\\s+turn|in\\s+response|at\\s+last|once\\s+done|lastly)";
export const PRONOUN = new RegExp(`^\\s*(?:${STEP_ADVERB}\\s*,?\\s+)*(?:it|they|he|she|this\\s+side|that\\s+side)\\b`, "i");
// A pronoun that replies ("It replies with SYN-ACK" after "the client sends a SYN to the server") is
// the one the last segment went to: only the recipient can reply to it.
export const PRONOUN_REPLIES = new RegExp(
  `^\\s*(?:${STEP_ADVERB}\\s*,?\\s+)*(?:it|they|he|she)\\s+(?:${STEP_ADVERB}\\s+)?(?:replies|reply|responds|respond|answers|answer|acknowledges|acknowledge|acks|ACKs|sends\\s+back|send\\s+back)\\b`,
  "i",
);
