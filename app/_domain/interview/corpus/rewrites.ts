/**
 * Rewrites that keep an answer's meaning: the spellings, word forms and layouts learners use for
 * the same claim. Applied to every corpus answer by rewrites.test.ts, each must leave the grade as
 * the corpus says (a correct answer passes with nothing flagged, a wrong one keeps its flags): the
 * grader is checked on wordings nobody wrote a rule for, not only on the sentences of the corpus.
 *
 * Only rewrites that keep meaning in every context belong here. Joining all lines into one is not
 * one (it breaks tables, arrow lines and lists), nor is a lower-case "close wait" in English
 * ("we close, wait for…" reads the same).
 */
export type Rewrite = { name: string; locale: "ko" | "en" | "any"; apply: (text: string) => string };

const swap = (name: string, locale: Rewrite["locale"], from: RegExp, to: string): Rewrite => ({ name, locale, apply: (t) => t.replace(from, to) });

// Korean plain endings on every verb, not only the ones listed below: "-ㄴ다" / "-는다" as the polite
// "-ㅂ니다" / "-습니다" or the note-taking "-ㅁ" / "-음" (보낸다 → 보냅니다, 보냄; 받는다 → 받습니다,
// 받음). Syllables are built from their letters as Unicode lays them out: 0xAC00 + (initial × 21 +
// vowel) × 28 + final, where final ㄴ is 4, ㅁ 16 and ㅂ 17.
const FINAL = { none: 0, n: 4, m: 16, b: 17 } as const;
const withFinal = (syllable: string, final: number) => String.fromCharCode(syllable.charCodeAt(0) - ((syllable.charCodeAt(0) - 0xac00) % 28) + final);
const finalOf = (syllable: string) => (syllable.charCodeAt(0) - 0xac00) % 28;
function koreanEnding(text: string, polite: boolean): string {
  return text.replace(/([가-힣])(는)?다(?=[.,\s]|$)/g, (whole, last: string, neun: string | undefined) => {
    // "-는다" follows a stem ending in a consonant: 받는다 → 받습니다, 받음.
    if (neun) return polite ? `${last}습니다` : `${last}음`;
    if (finalOf(last) !== FINAL.n) return whole;
    const stem = withFinal(last, FINAL.none);
    return polite ? `${withFinal(stem, FINAL.b)}니다` : withFinal(stem, FINAL.m);
  });
}

export const REWRITES: Rewrite[] = [
  // State names, as notes, kernels and RFCs spell them.
  swap("TIME_WAIT as TIME-WAIT", "any", /TIME_WAIT/g, "TIME-WAIT"),
  swap("TIME_WAIT as TIME WAIT", "any", /TIME[_-]WAIT/g, "TIME WAIT"),
  swap("CLOSE_WAIT as CLOSE-WAIT", "any", /CLOSE_WAIT/g, "CLOSE-WAIT"),
  swap("FIN_WAIT_2 as FIN-WAIT-2", "any", /FIN_WAIT_([12])/g, "FIN-WAIT-$1"),
  swap("FIN_WAIT_2 as FIN_WAIT2", "any", /FIN[_-]WAIT[_-]([12])/g, "FIN_WAIT$1"),
  swap("SYN_RCVD as SYN_RECV (Linux)", "any", /SYN[_-]RCVD|SYN[_-]RECEIVED/g, "SYN_RECV"),
  swap("SYN_SENT as SYN-SENT", "any", /SYN_SENT/g, "SYN-SENT"),
  swap("LAST_ACK as LAST-ACK", "any", /LAST_ACK/g, "LAST-ACK"),
  swap("ESTABLISHED as Established", "any", /ESTABLISHED/g, "Established"),
  swap("ESTABLISHED misspelt ESTABLISED", "any", /ESTABLISHED/g, "ESTABLISED"),
  // The reply's flags, and a flag with its noun.
  swap("SYN+ACK as SYN/ACK", "any", /SYN ?[+/-] ?ACK/g, "SYN/ACK"),
  swap("SYN+ACK as SYN-ACK", "any", /SYN ?[+/] ?ACK/g, "SYN-ACK"),
  swap("SYN/ACK as SYN+ACK", "any", /SYN ?[/-] ?ACK/g, "SYN+ACK"),
  swap("SYN as SYN packet", "en", /\bSYN\b(?![-+/_ ]?(?:ACK|SENT|RCVD|RECEIVED))/g, "SYN packet"),
  swap("FIN as FIN segment", "en", /\bFIN\b(?![-+/_ ]?(?:ACK|WAIT))/g, "FIN segment"),
  swap("an ACK as an acknowledgment", "en", /\ban ACK\b/g, "an acknowledgment"),
  swap("FIN을 as FIN 패킷을", "ko", /FIN(?=[을를이가])/g, "FIN 패킷"),
  swap("SYN을 as SYN 세그먼트를", "ko", /SYN(?:을|를)/g, "SYN 세그먼트를"),
  // A particle after a Latin letter is chosen by how the learner reads the name: both occur.
  swap("ACK를 as ACK을", "ko", /ACK를/g, "ACK을"),
  swap("FIN을 as FIN를", "ko", /FIN을/g, "FIN를"),
  // 2MSL.
  swap("2MSL as 2*MSL", "any", /2 ?MSL/g, "2*MSL"),
  swap("2MSL as 2 x MSL", "any", /2 ?\*? ?MSL/g, "2 x MSL"),
  swap("2MSL as twice the MSL", "en", /\b2 ?\*? ?MSL\b/g, "twice the MSL"),
  swap("2MSL as 2 times the MSL", "en", /\b2 ?\*? ?MSL\b/g, "2 times the MSL"),
  swap("2MSL as MSL의 두 배", "ko", /2 ?MSL/g, "MSL의 두 배"),
  swap("2MSL as 2배의 MSL", "ko", /2 ?MSL/g, "2배의 MSL"),
  // Korean verb endings and verbs of sending, plain to polite, short and casual.
  { name: "every plain ending as -ㅂ니다/-습니다", locale: "ko", apply: (t) => koreanEnding(t, true) },
  { name: "every plain ending as -ㅁ/-음", locale: "ko", apply: (t) => koreanEnding(t, false) },
  swap("보낸다 as 보냅니다", "ko", /보낸다/g, "보냅니다"),
  swap("보낸다 as 보내요", "ko", /보낸다|보냅니다/g, "보내요"),
  swap("보낸다 as 보냄", "ko", /보낸다|보냅니다/g, "보냄"),
  swap("보낸다 as 전송한다", "ko", /보낸다/g, "전송한다"),
  swap("보낸다 as 날린다", "ko", /보낸다/g, "날린다"),
  swap("보낸다 as 보내준다", "ko", /보낸다/g, "보내준다"),
  swap("전송 as 송신", "ko", /전송/g, "송신"),
  swap("받는다 as 받습니다", "ko", /받는다/g, "받습니다"),
  swap("받는다 as 수신한다", "ko", /받는다/g, "수신한다"),
  swap("된다 as 됩니다", "ko", /된다/g, "됩니다"),
  swap("된다 as 돼요", "ko", /된다|됩니다/g, "돼요"),
  swap("들어간다 as 들어갑니다", "ko", /들어간다/g, "들어갑니다"),
  swap("들어간다 as 진입한다", "ko", /들어간다/g, "진입한다"),
  swap("상태가 된다 as 상태로 전이한다", "ko", /상태가 된다/g, "상태로 전이한다"),
  swap("기다린다 as 대기한다", "ko", /기다린다/g, "대기한다"),
  swap("응답한다 as 회신한다", "ko", /응답한다/g, "회신한다"),
  // Korean sides: particles, the short 클라, and English names inside Korean sentences.
  swap("에게 as 한테", "ko", /(서버|클라이언트)에게/g, "$1한테"),
  swap("서버에게 as 서버로", "ko", /서버에게/g, "서버로"),
  swap("서버에게 as 서버 쪽으로", "ko", /서버에게/g, "서버 쪽으로"),
  swap("클라이언트 as 클라", "ko", /클라이언트/g, "클라"),
  swap("클라이언트 as Client", "ko", /클라이언트/g, "Client"),
  swap("서버 as Server", "ko", /서버/g, "Server"),
  swap("서버는 as 서버 측은", "ko", /서버는/g, "서버 측은"),
  swap("클라이언트가 as 클라이언트 측이", "ko", /클라이언트가/g, "클라이언트 측이"),
  // English verbs, tense, contractions, a common misspelling.
  swap("sends as will send", "en", /\bsends\b/g, "will send"),
  swap("sends as sent", "en", /\bsends\b/g, "sent"),
  swap("sends as transmits", "en", /\bsends\b/g, "transmits"),
  swap("it sends as it replies with", "en", /\b(server|it) sends\b/g, "$1 replies with"),
  swap(
    "active as passive: a SYN is sent by the client",
    "en",
    /\b[Tt]he (client|server) sends (an? |its (?:own )?)?((?:SYN|ACK|FIN)(?:[-+/]ACK)?)\b/g,
    "$2$3 is sent by the $1",
  ),
  swap("retransmits X as sends X again", "en", /\bretransmits (the|its) (SYN[-+/]ACK|SYN|FIN)\b/g, "sends $1 $2 again"),
  // A relative clause that opens on the state just named: "moves to FIN_WAIT_2, in which it stays".
  swap(
    "enters STATE and waits as STATE, in which it waits",
    "en",
    /\b(enters|goes into|moves to) ((?:TIME|FIN|CLOSE)[-_ ]?WAIT(?:[-_ ]?2)?)(?: state)? and (waits|stays|remains)\b/g,
    "$1 $2, in which it $3",
  ),
  swap("enters as goes into", "en", /\benters\b/g, "goes into"),
  swap("enters as moves to", "en", /\benters\b/g, "moves to"),
  swap("enters as entered", "en", /\benters\b/g, "entered"),
  swap("receives as gets", "en", /\breceives\b/g, "gets"),
  swap("receives misspelt recieves", "en", /\breceives\b/g, "recieves"),
  swap("the client as client", "en", /\b[Tt]he client\b/g, "client"),
  swap("the server as the Server", "en", /\bthe server\b/g, "the Server"),
  swap("doesn't as does not", "en", /\b(does|do|did|is|are|was|were|has|have|would|will)n't\b/gi, "$1 not"),
  swap("does not as doesn't", "en", /\b(does|do|is|are) not\b/g, "$1n't"),
  swap("can't as cannot", "en", /\bcan't\b/gi, "cannot"),
  // Markdown, as answers on GitHub and blogs are written: code spans and bold on names.
  swap(
    "states in backticks",
    "any",
    /\b((?:TIME|CLOSE|FIN|SYN|LAST)[-_ ]?(?:WAIT|SENT|RCVD|RECEIVED|ACK)(?:[-_ ]?[12])?|ESTABLISHED|LISTEN|CLOSED)\b/g,
    "`$1`",
  ),
  swap("flags in backticks", "any", /\b(SYN|ACK|FIN|RST)\b(?![-_ ]?(?:WAIT|SENT|RCVD|RECEIVED))/g, "`$1`"),
  swap("states in bold", "any", /\b((?:TIME|CLOSE|FIN)[-_]WAIT(?:[-_]?[12])?)\b/g, "**$1**"),
  swap("bullets as asterisks", "any", /^\s*(?:\d+[.)]|-)\s+/gm, "* "),
  swap("lines as a blockquote", "any", /^/gm, "> "),
  // Korean notes number steps with circled digits: ① SYN ② SYN+ACK ③ ACK.
  {
    name: "numbered steps as circled digits",
    locale: "any",
    apply: (t) => t.replace(/^(\s*)(\d)[.)]\s*/gm, (_, sp: string, d: string) => `${sp}${String.fromCodePoint(0x245f + Number(d))} `),
  },
  swap("→ as =>", "any", /→/g, "=>"),
  swap("→ as ⇒", "any", /→/g, "⇒"),
  // Layout: list markers, one sentence per line, arrows.
  swap("numbered steps as dashes", "any", /^\s*\d+[.)]\s*/gm, "- "),
  swap("one sentence per line", "any", /(?<!\b\d{1,2})([.!?])[ \t]+/g, "$1\n"),
  swap("→ as ->", "any", /→/g, "->"),
  swap("-> as →", "any", /->/g, "→"),
];
