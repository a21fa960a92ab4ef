import { ko } from "./lexicon";
import type { Pattern } from "./practice";

/**
 * Facts about numbers and names that answers state as settled when RFC 9293 leaves them open or
 * says otherwise: the initial sequence number fixed at 0 or 1, one MSL on every system, a state
 * held by a port. Each is found as a claim of its subject (the ISN, the MSL or TIME_WAIT, a port)
 * with what is said of it, not by a sentence listed.
 */

// ── the initial sequence number ─────────────────────────────────────────────
const SEQ_NOUN =
  "(?:ISN|초기\\s*(?:시퀀스|순서|일련)\\s*번호|(?:시퀀스|순서|일련)\\s*번호|\\binitial\\s+sequence\\s+numbers?|\\bsequence\\s+numbers?|\\bseq(?:uence)?\\s*(?:numbers?|nos?\\.?|#))";
const ISN_NOUN = "(?:ISN|초기\\s*(?:시퀀스|순서|일련)\\s*번호|\\binitial\\s+sequence\\s+numbers?)";
const ZERO_ONE = "(?:0|1|zero|one)";
const ISN_FIXED = ko(
  [
    // "sequence numbers start at 0", "the ISN always begins from 1"
    `${SEQ_NOUN}(?:\\s+[\\w']+){0,3}?\\s+(?:always\\s+|usually\\s+|just\\s+)?(?:starts?|begins?|starting|beginning|initiali[sz]ed|(?:is|are)\\s+(?:always\\s+)?(?:set|initiali[sz]ed))\\s+(?:at|from|with|to)\\s+${ZERO_ONE}\\b(?!\\s*(?:\\+|more|byte|after))`,
    // "the ISN is 0", "ISN is a fixed value", "ISN = 0 for every connection"
    `\\b${ISN_NOUN}\\s*(?:\\([^)]{0,12}\\)\\s*)?(?:is|are|=|equals)\\s+(?:always\\s+|simply\\s+|just\\s+)?(?:${ZERO_ONE}\\b(?!\\s*(?:\\+|more|byte))|(?:a\\s+)?(?:fixed|constant|static|predefined|predetermined|hard-?coded)\\b|the\\s+same\\s+(?:for|on|in)\\s+(?:every|each|all))`,
    "\\b(?:fixed|constant|static|predefined|predetermined|hard-?coded)\\s+(?:ISN|initial\\s+sequence\\s+numbers?)\\b",
    // "the first SYN is sent with an initial sequence number of 0", "ISN이 0인 SYN"
    `\\b(?:an?|the|its|their)\\s+${ISN_NOUN}\\s*(?:\\([^)]{0,12}\\)\\s*)?(?:of|set\\s+to|equal\\s+to)\\s+${ZERO_ONE}\\b(?!\\s*(?:\\+|more|byte))`,
    `${ISN_NOUN}\\s*(?:이|가)?\\s*(?<![\\d+]\\s?)(?:0|1)\\s*인\\s`,
    // "every connection starts its sequence numbers at 1"
    `\\b(?:starts?|begins?)\\s+(?:its\\s+|the\\s+|their\\s+)?(?:initial\\s+)?(?:sequence\\s+numbers?|ISN|numbering)\\s+(?:at|from|with)\\s+${ZERO_ONE}\\b(?!\\s*(?:\\+|more|byte))`,
    // "시퀀스 번호는 0부터 시작한다", "ISN은 항상 1로 정해져 있다", "초기 순서 번호는 고정값이다"
    `${SEQ_NOUN}\\S*\\s*(?:\\S+\\s+){0,2}?(?<![\\d+]\\s?)(?:0|1)\\s*(?:번)?\\s*(?:부터|에서)\\s*(?:시작|출발|매겨|붙)`,
    // The start told by a participle or a clause of its own (the Korean text is read in letters, so wider spans): "assigns an ISN to each byte, beginning with 0",
    // "0부터 시작하여 … ISN을 부여한다", "ISN은 연결마다 새로 0부터 센다".
    `${ISN_NOUN}[^.?!\\n]{0,60}?\\b(?:beginning|starting|counting)\\s+(?:at|from|with)\\s+${ZERO_ONE}\\b(?!\\s*(?:\\+|more|byte|after))`,
    `(?<![\\d+]\\s?)(?:0|1)\\s*(?:번)?\\s*부터\\s*(?:시작|출발|세|센)\\S*\\s+[^.?!\\n]{0,140}?${ISN_NOUN}`,
    `${ISN_NOUN}\\S*\\s+[^.?!\\n]{0,80}?(?<![\\d+]\\s?)(?:0|1)\\s*(?:번)?\\s*부터\\s*(?:시작|출발|세|센|매기|매겨)`,
    `${ISN_NOUN}\\S*\\s*(?:\\S+\\s+){0,2}?(?:(?<![\\d+]\\s?)(?:0|1)\\s*(?:으로|로)?\\s*(?:고정|정해|정한|설정되어|시작|이다|입니|임(?=[\\s.,]|$))|고정(?:값|된|되어|돼|이다|입니)|정해진\\s*값|항상\\s*같)`,
  ].join("|"),
);

// ── one MSL everywhere ──────────────────────────────────────────────────────
// Not "hard-coded": a constant in code is one implementation's ("it is hard-coded at 60s"), not every system's.
const DURATION =
  "(?:\\d+(?:\\.\\d+)?\\s*(?:분|초|minutes?|mins?\\b|seconds?|secs?\\b|s\\b|m\\b)|\\b(?:one|two|four|thirty|sixty)\\s+(?:minutes?|seconds?)|(?:한|두|네)\\s*분)";
const FIXED =
  "(?:항상|언제나|무조건|늘|고정|정해져|정해진|정해지|예외\\s*없이|모든\\s*(?:시스템|OS|운영\\s*체제|환경|구현|컴퓨터|서버)|어디서나|\\balways\\b|\\bfixed\\b|\\bset\\s+in\\s+stone|\\b(?:on|in|for)\\s+(?:every|all|any)\\s+(?:systems?|OS(?:es)?|machines?|platforms?|implementations?|hosts?|stacks?)\\b|\\beverywhere\\b|\\buniversally\\b|\\bregardless\\s+of\\s+(?:the\\s+)?(?:OS|system|platform|implementation))";
const MSL_FIXED = ko(`${FIXED}[^.?!\\n]{0,40}?${DURATION}|${DURATION}[^.?!\\n]{0,30}?${FIXED}`);

// ── a state held by a port ──────────────────────────────────────────────────
const STATE_NAME =
  "(?:LISTEN|ESTABLISHED|ESTAB|TIMED?[-_ ]?WAIT|CLOSE[-_ ]?WAIT|FIN[-_ ]?WAIT(?:[-_ ]?[12])?|LAST[-_ ]?ACK|SYN[-_ ]?(?:SENT|RCVD|RCV|RECV|RECEIVED)|CLOSING)(?![A-Za-z])";
// Case kept: "the port is listening" or "a closed port" (a scanner's words) name no TCP state.
const PORT_STATE = ko(
  [
    // "the port goes into TIME_WAIT", "port 80 is in LISTEN"; not "the socket on port 80 is in LISTEN".
    `(?<!\\b(?:on|to|at|of|from|with|for|via|using|through)\\s+(?:the\\s+|a\\s+|its\\s+|that\\s+|this\\s+)?(?:same\\s+|local\\s+|remote\\s+|server(?:'s)?\\s+|client(?:'s)?\\s+|listening\\s+|destination\\s+|source\\s+)?)\\b[Pp]orts?(?:\\s+\\d+)?\\s+(?:is|are|was|were|goes|go|went|enters?|entered|moves?|moved|stays?|remains?|sits?|becomes?|became|turns?|switch(?:es)?|transitions?|falls?|gets?|ends?\\s+up|(?:is|are)\\s+(?:still|now|left|stuck))\\s+(?:\\w+\\s+){0,2}?(?:in|into|to|at)?\\s*(?:the\\s+|a\\s+)?${STATE_NAME}`,
    `\\b(?:[Ss]tates?|[Ss]tatus)\\s+of\\s+(?:the\\s+|a\\s+|each\\s+)?[Pp]orts?\\b[^.?!]{0,40}?${STATE_NAME}`,
    `\\b[Pp]orts?(?:'s)?\\s+(?:TCP\\s+)?(?:state|status)\\s+(?:is|becomes|changes\\s+to|goes\\s+to|=|:)\\s*(?:the\\s+)?${STATE_NAME}`,
    // "80번 포트가 LISTEN 상태가 된다", "포트는 TIME_WAIT 상태로 바뀐다", "포트의 상태가 ESTABLISHED"
    `포트\\s*(?:번호)?\\s*(?:가|는|이|은|도)\\s*(?:\\S+\\s+){0,3}?${STATE_NAME}\\s*(?:\\([^)]{0,30}\\)\\s*)?(?:상태)?\\s*(?:가|로|으로|에|이)?\\s*(?:\\S+\\s+)?(?:되|됩|된|됨|돼|바뀌|바뀝|바뀐|변하|변경|전환|전이|들어|진입|있|유지|머무|머물|남|빠지|걸리|걸려|이다|입니|임(?=[\\s.,]|$))`,
    // "포트 상태", and the English noun in a Korean sentence: "PORT 상태 - B: LISTEN", "Port 상태: ESTABLISHED".
    `(?:포트|\\b(?:PORT|[Pp]ort)\\s*)\\s*(?:\\([^)]{0,10}\\)\\s*)?(?:의)?\\s*상태\\S*\\s*(?:\\S+\\s+){0,3}?(?:${STATE_NAME}|CLOSED\\b)`,
    // "포트를 CLOSED로 닫는다", "포트도 TIME_WAIT 상태로 바꾼다": the port made to hold the state.
    `포트\\s*(?:번호)?\\s*(?:를|을|도|까지)\\s*(?:\\S+\\s+){0,2}?(?:${STATE_NAME}|CLOSED)\\s*(?:상태)?\\s*(?:로|으로)\\s*(?:\\S+\\s+)?(?:닫|바꾸|바꿔|바꾼|바뀌|변경|전환|만들|만든|돌리|돌려|두|둔)`,
    // "sets its port to CLOSED", "puts the port back into LISTEN": the English of the same.
    `\\b(?:puts?|sets?|moves?|switch(?:es)?|changes?|turns?|brings?|returns?|places?)\\s+(?:its\\s+|the\\s+|their\\s+|that\\s+)?(?:own\\s+|local\\s+|listening\\s+)?[Pp]orts?(?:\\s+\\d+)?\\s+(?:back\\s+)?(?:in|into|to|at)\\s+(?:the\\s+)?(?:${STATE_NAME}|CLOSED\\b)`,
    // "ports in TIME_WAIT", "all ports at TIME_WAIT mode": the port itself in the state, not a connection on it.
    `(?<!\\b(?:on|to|at|of|from|with|for|via|using|through)\\s+(?:the\\s+|a\\s+|its\\s+|that\\s+|this\\s+)?(?:same\\s+|local\\s+|remote\\s+|server(?:'s)?\\s+|client(?:'s)?\\s+|listening\\s+|destination\\s+|source\\s+)?)\\b[Pp]orts?(?:\\s+\\d+)?\\s+(?:(?:still|stuck|left|sitting|hanging|that\\s+are|which\\s+are)\\s+)?(?:in|at)\\s+(?:the\\s+)?${STATE_NAME}`,
    // A state defined as the port open, closed or connected: "LISTEN: 포트가 열린 상태", "ESTABLISHED: 포트
    //연결 상태", "LISTEN - the port is open". Not the socket on a port ("LISTEN: 서버가 포트를 열고 기다리는
    // 상태"), nor a port said to be held for a while ("TIME_WAIT는 포트가 잠시 묶여 있는 상태").
    `(?:${STATE_NAME}|CLOSED\\b)\\s*(?:상태)?\\s*(?:[:：=]|[-–—]\\s|(?:은|는|이란|란)\\s)\\s*(?:\\S+\\s+)?(?:포트\\s*(?:\\([^)]{0,10}\\)\\s*)?(?:가|는|이|은)\\s*(?:\\S+\\s+)?(?:열린|열려|열리|닫힌|닫혀|닫히|연결된|연결되어|연결돼|오픈된|오픈되어)\\s*(?:있는\\s*)?상태|포트\\s+(?:연결|열린|열림|닫힌|닫힘|오픈)\\s*상태)`,
    `(?:${STATE_NAME}|CLOSED\\b)\\s*(?:[:=]|[-–—]\\s|\\bmeans\\b|\\bis\\s+when\\b)\\s*(?:that\\s+)?(?:the\\s+|a\\s+)?(?:local\\s+|server(?:'s)?\\s+)?[Pp]ort\\s+(?:is\\s+)?(?:open|opened|closed|listening|connected|in\\s+use)\\b`,
  ].join("|"),
  "",
);

// ── the handshake only as a liveness check ──────────────────────────────────
const ALIVE = "(?:살아\\s*있|살아있|생존|켜져\\s*있|존재하는지|응답할\\s*수\\s*있는지|\\balive\\b|\\breachable\\b|\\bonline\\b|\\bup\\s+and\\s+running)";
const ONLY_ALIVE = ko(
  `(?:\\bonly|\\bjust|\\bsimply|\\bmerely|\\bsolely)\\b[^.?!\\n]{0,80}?${ALIVE}|${ALIVE}[^.?!\\n]{0,30}?(?:뿐|만을?\\s*(?:위|확인)|\\bonly\\b|\\band\\s+nothing\\s+(?:else|more))|(?:오직|단지|그저|단순히)\\s*(?:\\S+\\s+){0,3}?${ALIVE}`,
);

// ── order given to the handshake ────────────────────────────────────────────
// The handshake as what keeps data in order: the handshake the agent of the ordering ("the handshake
// guarantees in-order delivery", "핸드셰이크로 데이터의 순서가 보장된다", "ordering is ensured by the
// handshake"). Sequence numbers keep data in order; the handshake only agrees on where they start.
const HANDSHAKE =
  "(?:3\\s*-?\\s*way(?:\\s*(?:handshak(?:e|ing)|핸드셰이크|핸드쉐이크))?|three[-\\s]way(?:\\s+handshak(?:e|ing))?|핸드셰이크|핸드쉐이크|\\bhandshak(?:e|ing)|연결\\s*(?:설정|수립)\\s*과정)";
const ORDER =
  "(?:(?:(?:데이터|패킷|세그먼트)\\S*\\s*)?(?:의\\s*)?(?:전송\\s*|도착\\s*|전달\\s*)?순서(?!\\s*(?:번호|넘버))|\\bin[-\\s]order\\b(?!\\s+(?:to|that|for)\\b)|\\bin\\s+(?:the\\s+)?(?:right|correct|proper|same)\\s+order|\\bordering\\b|\\bordered\\b|\\border\\s+of\\s+(?:the\\s+)?(?:data|packets|segments|bytes))";
const NO_LIST = "(?:(?!\\band\\b|,|;|그리고)[^.?!\\n])";
// A manner listed before another ("안정적으로, 순서대로, 에러 없는 … 송수신을 보장"): one claim in a list,
// not a clause of its own, so the comma does not end what the handshake is said to give.
const MANNER_LISTED = "[^\\s,]+(?:으로|적으로|하게|있게|없이|대로)\\s*,\\s*";
const HANDSHAKE_ORDERS = ko(
  [
    `${HANDSHAKE}${NO_LIST}{0,24}?\\b(?:guarantees?|ensures?|keeps?|makes?\\s+sure|provides?|gives?|is\\s+(?:what|how)\\s+(?:keeps|guarantees|ensures))${NO_LIST}{0,30}?${ORDER}`,
    `${ORDER}${NO_LIST}{0,30}?\\b(?:is|are|gets?)\\s+(?:\\w+\\s+)?(?:guaranteed|ensured|kept|preserved|maintained|provided)\\s+(?:by|through|thanks\\s+to|via)\\s+(?:the\\s+)?${HANDSHAKE}`,
    `\\b(?:thanks\\s+to|because\\s+of|through|via)\\s+(?:the\\s+)?${HANDSHAKE}[^.?!\\n]{0,40}?${ORDER}(?:${NO_LIST}{0,20}?\\b(?:guaranteed|ensured|kept|preserved|maintained|arrives?|delivered))?`,
    `${HANDSHAKE}\\S*\\s*(?:과정\\S*\\s*)?(?:(?:을|를)\\s*통해(?:서)?|(?:으로|로)(?:써)?|덕분에|때문에|(?:가|이|는|은))\\s*(?:[^\\s,]+(?<!고|며)\\s+|${MANNER_LISTED}){0,5}?${ORDER}\\S*\\s*(?:\\S+\\s+){0,4}?(?:보장|지켜|지킨|지킵|유지|맞춰|맞춘|맞게|정렬|대로\\s*(?:\\S+\\s+)?(?:도착|전달|온|와|받|수신))`,
  ].join("|"),
);

// A sentence that goes on about the handshake named as the subject of the one before ("The three-way
// handshake ensures … . It also …"): "It" is the handshake.
const IT = "(?:^|(?<=[.!?:\\n]))\\s*(?:[-*•]\\s*)?It\\s+(?:also\\s+|then\\s+|further\\s+)?";
const HANDSHAKE_LED = ko(`^\\s*(?:[-*•]\\s*)?(?:the\\s+|a\\s+|TCP's\\s+)?(?:TCP\\s+)?${HANDSHAKE}`);
const ESTABLISHES = "\\b(?:guarantees?|ensures?|keeps?|makes?(?:\\s+sure)?|provides?|gives?|establishes|sets\\s+up|creates)";
// Not NO_LIST: "a reliable and ordered stream" is one noun phrase.
const IT_ORDERS = ko(`${IT}${ESTABLISHES}[^.?!\\n]{0,30}?${ORDER}`);

// ── reliability given to the handshake ──────────────────────────────────────
// TCP said to be reliable because of the handshake: "guarantees reliable communication through the
// 3-way handshake", "핸드셰이크로 연결을 설정하기 때문에 신뢰성을 보장한다". Acknowledgements and
// retransmission make the data reliable; the handshake only opens the connection they work in.
// "Reliable connection setup" or "connection reliability" is the handshake's own and is not read.
const RELIABLE_DATA =
  "(?:\\breliab(?:le|ility)\\s+(?:data\\b|delivery|communication|transfer|transmission|service|byte\\s+stream|stream)|\\b(?:data|delivery|communication|transfer|transmission)\\s+reliability|\\breliable\\s+and\\s+(?:ordered|in-order|sequenced)|(?<!connection\\s)\\breliability\\b(?!\\s+(?:of|for)\\s+(?:the\\s+)?(?:connection|setup|handshake))|\\bTCP\\s+(?:is\\s+)?reliable)";
const MEANS = "\\b(?:through|via|thanks\\s+to|because\\s+of|by\\s+(?:means\\s+of|using|way\\s+of)|using|with)\\s+(?:the\\s+|a\\s+|its\\s+)?";
// Reliability as what a reason is given for: TCP "신뢰성 있는 프로토콜인", "신뢰할 수 있는", "안정적인". Not a
// reliable connection, which is the handshake's own.
const KO_RELIABLE_REASON = "(?<!연결(?:의)?\\s*)(?:신뢰성|신뢰도|신뢰할\\s*수\\s*있|안정성|안정적)(?!\\s*(?:있는|있게|높은|인)?\\s*연결)";
const KO_RELIABLE = "(?<!연결(?:의)?\\s*)(?:높은\\s*)?신뢰성(?:을|이)?\\s*(?:\\S+\\s+)?(?:보장|확보|제공|갖|높|구축|확립|형성|생기|생긴|생깁|만들어)";
const HANDSHAKE_RELIABLE = ko(
  [
    `${HANDSHAKE}${NO_LIST}{0,24}?${ESTABLISHES}\\s+(?:\\w+\\s+){0,2}?${RELIABLE_DATA}`,
    `\\b(?:guarantees?|ensures?|provides?|achieves?|offers?|gets?)\\s+(?:\\w+\\s+){0,2}?${RELIABLE_DATA}(?:\\s+[\\w(),/-]+){0,6}?\\s+${MEANS}${HANDSHAKE}`,
    `\\b(?:is|are)\\s+(?:\\w+\\s+)?reliable\\s+(?:because\\s+(?:of|it\\s+(?:uses|performs|does))|thanks\\s+to|through)\\s+(?:the\\s+|a\\s+)?${HANDSHAKE}`,
    // "3-way handshake 과정을 통해 연결을 설정하기 때문에 높은 신뢰성을 보장", "핸드셰이크 덕분에 신뢰성이 보장된다"
    // "… 덕분에 신뢰성이 보장된다", and the reliability told as built once the handshake is over ("핸드셰이크 후 신뢰성이 구축된다").
    `${HANDSHAKE}\\S*\\s*(?:과정\\S*\\s*)?(?:(?:을|를)\\s*(?:통해(?:서)?|통하여|거쳐(?:서)?|이용해|이용하여|사용해|사용하여)|(?:으로|로)(?:써)?|덕분에|때문에|(?:가|이|는|은)|\\s(?:후|이후|뒤|다음)(?:에|에는|엔)?(?=\\s))\\s*(?:[^\\s,]+(?<!고|며|지만)\\s+){0,4}?${KO_RELIABLE}`,
    // The same told as reliable delivery ("… 때문에 안정적으로, 순서대로 데이터 송수신을 보장한다").
    `${HANDSHAKE}\\S*\\s*(?:과정\\S*\\s*)?(?:(?:을|를)\\s*(?:통해(?:서)?|통하여|거쳐(?:서)?)|(?:으로|로)(?:써)?|덕분에|때문에)\\s*(?:[^\\s,]+(?<!고|며|지만)\\s+){0,4}?(?:안정적(?:으로|인)|신뢰성\\s*있(?:게|는))\\s*,?\\s*(?:${MANNER_LISTED}|[^\\s,]+\\s+){0,3}?(?:데이터\\S*\\s*)?(?:송수신|전송|전달|통신)\\S*\\s*(?:을|를)?\\s*보장`,
    // Reliable delivery as what the handshake brings: "핸드쉐이크를 통한 안정적이고 신뢰성 있는 데이터 통신". Not the
    // handshake done for reliability's sake ("신뢰성을 보장하기 위해 핸드셰이크로 연결을 맺는다"), which is true.
    `${HANDSHAKE}\\S*\\s*(?:과정\\S*\\s*)?(?:을|를)\\s*(?:통한|거친)\\s*(?:\\S+\\s+){0,2}?(?:신뢰성\\s*있는|신뢰할\\s*수\\s*있는)\\s*(?:데이터\\s*)?(?:전송|전달|통신)`,
    // The handshake given as the reason TCP is reliable: "TCP가 신뢰성 있는 프로토콜인 이유는 3-way handshake를 하기
    // 때문이다", "신뢰성을 보장할 수 있는 것은 핸드셰이크 덕분이다", "The reason TCP is reliable is the handshake",
    // "What makes TCP reliable is …", "reliable because it establishes a connection with a three-way handshake".
    // The reason is what follows 이유는 / is; the reliability comes first, so "핸드셰이크를 하는 이유는 …" is not read.
    `${KO_RELIABLE_REASON}[^.?!\\n,]{0,30}?(?:이유|까닭|비결|근거)(?:는|은|가|이)\\s*(?:바로\\s*|모두\\s*)?(?:[^\\s.?!]+\\s+){0,2}?${HANDSHAKE}`,
    `${KO_RELIABLE_REASON}[^.?!\\n,]{0,40}?것(?:은|이)\\s*(?:바로\\s*|모두\\s*)?(?:[^\\s.?!]+\\s+){0,2}?${HANDSHAKE}\\S*\\s*(?:\\S+\\s+){0,3}?\\S*(?:덕분|때문|덕택)`,
    `\\breason\\s+(?:why\\s+|that\\s+)?(?:TCP|it)\\s+(?:\\w+\\s+){0,3}?(?:reliab\\w*|delivery)\\s+is\\s+(?:(?:that\\s+)?(?:it|TCP)\\s+(?:uses|performs|does|has|establishes|sets\\s+up)\\s+)?(?:the\\s+|a\\s+|its\\s+)?${HANDSHAKE}`,
    `\\bwhat\\s+makes\\s+(?:TCP|it)\\s+(?:\\w+\\s+)?reliable\\s+is\\s+(?:the\\s+|a\\s+|its\\s+)?${HANDSHAKE}`,
    `\\breliable\\s+because\\s+(?:it|TCP)\\s+(?:first\\s+)?(?:establishes|sets\\s+up|opens|creates|makes)\\s+(?:a\\s+|the\\s+)?connection\\s+(?:\\w+\\s+){0,2}?(?:with|using|through|via|by)\\s+(?:a\\s+|the\\s+)?${HANDSHAKE}`,
    `\\bguarantee[sd]?\\s+(?:the\\s+)?(?:data\\s+)?delivery\\b[^.?!\\n]{0,30}?${MEANS}${HANDSHAKE}`,
    // The handshake said to make the data arrive intact: "The three-way handshake is … ensuring that data is
    // transmitted accurately".
    `${HANDSHAKE}[^.?!\\n]{0,60}?\\b(?:ensur|guarantee|mak)\\w*\\s+(?:sure\\s+)?(?:that\\s+)?(?:the\\s+|all\\s+)?data\\s+(?:is|are|gets?)\\s+(?:transmitted|delivered|sent|received)\\s+(?:accurately|reliably|correctly|safely|intact|without\\s+(?:any\\s+)?(?:loss|errors?))`,
    // The handshake named in brackets after the reliability it is credited with: "높은 신뢰성을 보장하나(3way&4way)",
    // "reliable (3-way handshake)".
    `${KO_RELIABLE}\\S*\\s*\\(\\s*[^)]{0,10}?${HANDSHAKE}`,
    `\\breliab(?:le|ility)\\s*\\(\\s*(?:via\\s+|through\\s+|by\\s+)?(?:the\\s+|a\\s+)?${HANDSHAKE}`,
    // The reliability told as coming from the handshake: "신뢰성은 핸드셰이크에서 나온다", "… 핸드셰이크 덕분이다".
    `(?<!연결(?:의)?\\s*)신뢰성\\S*\\s*(?:\\S+\\s+){0,2}?${HANDSHAKE}\\S*\\s*(?:(?:에서|로부터|으로부터)\\s*(?:\\S+\\s+)?(?:나오|나온|나옵|비롯|생기|생긴|생깁|온다|옵니)|(?:덕분|때문)(?:이|입|임))`,
  ].join("|"),
);
// The same claim turned round: no handshake, so unreliable ("UDP does not perform this 3-way handshake and for
// this reason … unreliable", "UDP는 3-way handshake를 하지 않기 때문에 신뢰성이 없다").
// The words carry their own "not": only a refuted view or a question takes them back.
const NO_HANDSHAKE_UNRELIABLE = ko(
  [
    `\\b(?:does\\s+not|doesn't|do\\s+not|don't|never)\\s+(?:perform|use|do|have|need|require|go\\s+through)\\s+(?:a\\s+|the\\s+|this\\s+|any\\s+)?(?:TCP(?:-like)?\\s+)?${HANDSHAKE}[^.?!\\n]{0,60}?\\b(?:unreliable|not\\s+reliable|no\\s+reliability)`,
    `\\b(?:unreliable|not\\s+reliable)\\s+(?:\\w+\\s+){0,3}?(?:because|since|as)\\s+(?:it|UDP)\\s+(?:does\\s+not|doesn't|has\\s+no|lacks|skips)\\s+(?:\\w+\\s+){0,2}?${HANDSHAKE}`,
    `\\bwithout\\s+(?:a\\s+|the\\s+|any\\s+)?${HANDSHAKE}[^.?!\\n]{0,40}?\\bunreliable`,
    `${HANDSHAKE}\\S*\\s*(?:과정\\S*\\s*)?(?:을|를|이|가)?\\s*(?:\\S+\\s+)?(?:(?:하|거치|수행하|진행하)지\\s*않|없)(?:기\\s*때문에|으므로|므로|아서|어서|아|으니|이)\\s*(?:\\S+\\s+){0,3}?(?:신뢰성(?:이|은)?\\s*(?:없|낮|떨어|보장(?:되지|하지)\\s*(?:않|못))|비신뢰|신뢰할\\s*수\\s*없|신뢰성\\s*없는)`,
  ].join("|"),
);
const IT_RELIABLE = ko(`${IT}${ESTABLISHES}\\s+(?:\\w+\\s+){0,2}?${RELIABLE_DATA}`);

// The same claim with the handshake told as the connection set up before the data, named as what
// gives reliability: "connection establishment is what enables TCP's reliability", "핸드셰이크에서 …
// 때문에 신뢰성 있는 전송이 가능하다". Not a purpose ("정확한 전송을 보장하기 위해 연결을 수립한다",
// "그래서 먼저 핸드셰이크를 한다"): reliable delivery does need the state a connection sets up
// (RFC 9293 §3.3.1), so a connection opened for it is no mistake. A connection called reliable
// ("신뢰성 있는 연결") is the handshake's own and is not read.
const CONNECTION_SETUP =
  "(?:\\bconnection(?:\\s+and\\s+session)?\\s+(?:establishment|setup|set-up|process)|\\b(?:establishing|setting\\s+up|opening)\\s+(?:a\\s+|the\\s+)?connection(?:\\s+first)?)";
const LOSSLESS = `(?:${RELIABLE_DATA}|\\bwithout\\s+(?:any\\s+)?(?:loss|corruption|errors)|\\b(?:lossless|error-free)\\s+(?:data|delivery|transfer|transmission))`;
const KO_RELIABLE_DATA =
  "(?:(?<!연결(?:의)?\\s*)신뢰성(?!\\s*(?:있는|있게|높은)?\\s*연결)|정확한\\s*(?:데이터\\s*)?(?:전송|전달|통신)|(?:안정적인|신뢰(?:성\\s*)?(?:있는|높은|할\\s*수\\s*있는)|손실\\s*없는)\\s*(?:데이터\\s*)?(?:전송|전달|통신))";
const SETUP_RELIABLE = ko(
  [
    `${CONNECTION_SETUP}\\s+(?:\\w+\\s+){0,2}?(?:enables?|provides?|ensures?|guarantees?|gives?|makes?\\s+possible|underlies|underpins?|(?:is|are)\\s+(?:what|how)\\s+\\w+|(?:is|are)\\s+the\\s+(?:basis|reason|key|source)\\s+(?:of|for))\\s+(?:\\w+'?s?\\s+){0,3}?${LOSSLESS}`,
    `${LOSSLESS}[^.?!\\n]{0,40}?\\b(?:by|through|via)\\s+(?:first\\s+)?(?:establishing|setting\\s+up|opening|creating)\\s+(?:a\\s+|the\\s+)?connection`,
    // The reliability told as coming from the handshake or the setup: "this reliability comes from the connection
    // establishment process", "TCP's reliability is provided by the three-way handshake".
    `${RELIABLE_DATA}\\s+(?:\\w+\\s+)?(?:comes?|stems?|derives?|results?|arises?|springs?)\\s+from\\s+(?:the\\s+|a\\s+|its\\s+)?(?:${HANDSHAKE}|${CONNECTION_SETUP})`,
    `${RELIABLE_DATA}\\s+(?:is|are)\\s+(?:\\w+\\s+)?(?:provided|achieved|ensured|guaranteed|established|built|made\\s+possible|due)\\s+(?:by|through|via|to|thanks\\s+to)\\s+(?:the\\s+|a\\s+)?(?:${HANDSHAKE}|${CONNECTION_SETUP})`,
    // "… 연결을 수립하고 데이터를 주고 받음으로써 신뢰성을 보장": 으로써 (by doing so) gives the means as 때문에 does.
    `${HANDSHAKE}\\S*\\s+(?:[^\\s.?!]+\\s+){0,14}?\\S*(?:때문에|덕분에|므로|으로써|로써|(?:을|를)\\s*통해(?:서)?|거쳐(?:서)?)\\s*(?:\\S+\\s+){0,3}?${KO_RELIABLE_DATA}\\S*\\s*(?:\\S+\\s+)?(?:가능|보장|확보|이루어|제공|있다|있음|있습|있는|높)`,
  ].join("|"),
);
// A sentence that names the connection as the means of the reliability the sentence before promises:
// "TCP makes sure nothing is lost. It does this by setting up a connection first".
const DOES_IT_BY = ko(
  `(?:^|(?<=[.!?:\\n]))\\s*(?:[-*•]\\s*)?(?:(?:It|This|That|TCP)\\s+(?:does|achieves|accomplishes|ensures|guarantees)\\s+(?:it|this|that|so)|(?:This|That|It)\\s+is\\s+(?:done|achieved|accomplished|ensured|guaranteed|made\\s+possible))\\s+(?:by|through|via|with)\\s+(?:first\\s+)?(?:(?:establishing|setting\\s+up|opening|creating|performing|using|doing)\\s+)?(?:a\\s+|the\\s+)?(?:connection|${HANDSHAKE})`,
);
// What the sentence before promises, in any of the ways of saying nothing is lost: "gets there intact",
// "nothing is lost", "guarantees delivery", "빠짐없이 전달한다".
const RELIABLE_BEFORE = ko(
  `${LOSSLESS}|\\bintact\\b|\\b(?:nothing|no\\s+data)\\s+(?:is|gets|will\\s+be)\\s+lost|\\bguarantee[sd]?\\s+(?:the\\s+)?delivery|\\b(?:arrives?|gets?\\s+there|delivered)\\s+(?:safely|correctly|reliably)|${KO_RELIABLE_DATA}\\S*\\s*(?:\\S+\\s+)?(?:보장|확보)|(?:빠짐없이|손실\\s*없이|유실\\s*없이|정확하게|안전하게)\\s*(?:\\S+\\s+)?(?:전달|전송|보내|도착)`,
);

// A sentence that draws the reliability or the order as a consequence of the handshake told in the
// sentence before: "TCP는 3-way handshake 과정을 통해 연결을 설정합니다. 따라서 신뢰성이 높고 …", "… 과정을
// 필요로 합니다. 때문에 안정성을 보장하지만", "It opens with a three-way handshake. Therefore TCP is reliable".
const SO_AT_START =
  "(?:^|(?<=[.!?\\n]))\\s*(?:[-*•]\\s*)?(?:따라서|그래서|그러므로|그렇기\\s*때문에|이\\s*때문에|때문에|이로\\s*(?:인해|써)|이를\\s*통해|덕분에|(?:So|Therefore|Thus|Hence|As\\s+a\\s+result|Because\\s+of\\s+(?:this|that)|That\\s+is\\s+why|That's\\s+why)\\b)[,\\s]*(?:[^\\s.?!]+\\s+){0,3}?";
const SO_RELIABLE = ko(
  `${SO_AT_START}(?:(?:높은\\s*)?(?:신뢰성|안정성|신뢰도)\\S*\\s*(?:\\S+\\s+)?(?:높|보장|확보|갖|있)(?!\\S*\\s*(?:연결|커넥션|connection))|(?:신뢰성\\s*있는|신뢰할\\s*수\\s*있는|안정적인)\\s*(?:데이터\\s*)?(?:전송|전달|통신)\\S*\\s*(?:\\S+\\s+)?(?:보장|가능)|(?:TCP\\s+|it\\s+)?(?:is|becomes)\\s+(?:\\w+\\s+)?reliable\\b|(?:guarantees?|ensures?|provides?)\\s+(?:\\w+\\s+){0,2}?reliab\\w*)`,
);
const SO_ORDERS = ko(
  `${SO_AT_START}(?:[^.?!\\n]{0,30}?)${ORDER}\\S*\\s*(?:\\S+\\s+)?(?:보장|지켜|지킨|지킵|유지|guaranteed|ensured|kept|preserved)|${SO_AT_START}(?:guarantees?|ensures?|keeps?)\\s+(?:\\w+\\s+){0,2}?${ORDER}`,
);
const HANDSHAKE_BEFORE = ko(HANDSHAKE);

// ── data said never to ride on a SYN ───────────────────────────────────────
// "A SYN cannot carry data", "SYN 패킷에는 데이터를 실을 수 없다". RFC 9293 §3.5 allows data on a SYN
// (held until the connection is established), and TCP Fast Open uses it. Said of the usual case
// ("normally carries no data"), it is true and not read.
const SYN_NOUN = "\\bSYN\\b(?![-+/]\\s*ACK)(?:[\\s-]+(?:packets?|segments?|messages?))?(?:\\s*\\([^)]{0,30}\\))?";
const SYN_NO_DATA = ko(
  [
    `${SYN_NOUN}[^.?!\\n]{0,30}?\\b(?:can\\s*not|can't|cannot|must\\s+not|mustn't|may\\s+not|is\\s+not\\s+allowed\\s+to|isn't\\s+allowed\\s+to|is\\s+unable\\s+to|never)\\s+(?:carry|contain|take|hold|include|have|transport|transfer)\\s+(?:any\\s+|a\\s+)?(?:data|payload|application\\s+data)`,
    "\\b(?:no|never\\s+any)\\s+(?:data|payload)\\s+(?:can|may)\\s+(?:\\w+\\s+)?be\\s+(?:sent|carried|included|put)\\s+(?:in|on|with)\\s+(?:the\\s+|a\\s+)?SYN\\b(?![-+/]\\s*ACK)",
    "\\b(?:data|payload)\\s+(?:can\\s*not|cannot|can't|must\\s+not|may\\s+not)\\s+be\\s+(?:sent|carried|included|put)\\s+(?:in|on|with)\\s+(?:the\\s+|a\\s+)?SYN\\b(?![-+/]\\s*ACK)",
    "SYN(?![-+/]\\s*ACK)\\S*\\s*(?:\\S+\\s+){0,4}?(?:데이터|페이로드)\\S*\\s*(?:\\S+\\s+)?(?:(?:담을|실을|포함할|가질|보낼|전송할|넣을|싣을)\\s*수\\s*(?:가\\s*|는\\s*)?없|(?:담|싣|실|포함하|넣|보내|전송하)지\\s*못)",
    // The same said as a plain fact of every SYN or handshake segment: "data is not included in the packets of
    // the handshake", "SYN segments do not carry data", "SYN에는 데이터가 포함되지 않는다"; not a concession
    // ("SYN은 데이터를 싣지 않아도 번호 하나를 쓴다").
    `\\b(?:data|payload)\\s+(?:is|are)\\s+(?:not|never)\\s+(?:included|carried|contained|put|sent|transmitted|allowed)\\s+(?:in|on|inside|with|during)\\s+[^.?!\\n]{0,50}?(?:${SYN_NOUN}|${HANDSHAKE})`,
    `(?:${SYN_NOUN}|${HANDSHAKE}(?:[\\s-]+(?:packets?|segments?|messages?))?)\\s+(?:\\w+\\s+){0,2}?(?:do\\s+not|does\\s+not|don't|doesn't|never)\\s+(?:carry|contain|include|have|hold)\\s+(?:any\\s+)?(?:data|payload)`,
    `(?:SYN(?![-+/]\\s*ACK)|${HANDSHAKE})\\S*\\s*(?:\\S+\\s+){0,4}?(?:데이터|페이로드)\\S*\\s*(?:\\S+\\s+)?(?:포함되지|포함하지|실리지|담기지|담지|싣지|들어가지|전송되지)\\s*않(?!아도|더라도|으면|는\\s*경우|을\\s*때)`,
  ].join("|"),
);

// The same claim as a rule or as what the handshake's segments are: data in a SYN "not legal", "실으면 안
// 된다"; data "only from the third ACK"; the handshake's segments as header-only management segments
// ("헤더만 있는 관리 목적의 세그먼트", "SYN packets carry only headers"). Each is said of every SYN, not of
// the usual one, which the hedges below keep apart; a bare ACK told as header-only is true and not read.
const SYN_OR_SYNACK = "\\bSYN\\b(?:\\s*[-+/]\\s*ACK\\b)?(?:[\\s-]+(?:packets?|segments?|messages?))?";
const PUT = "(?:send|transfer|carry|put|include|piggyback|attach)";
const HEADER_ONLY = "(?:헤더|header)만\\s*(?:\\([^)]{0,120}\\)\\s*)?(?:\\S+\\s+)?(?:있|존재|담|포함|들어|구성|이루어|가지|갖|오가|오고|주고받|보내|전송)";
const SYN_DATA_FORBIDDEN = ko(
  [
    `(?:\\bnot|n't)\\s+(?:legal|allowed|permitted|valid)\\s+to\\s+${PUT}\\s+(?:any\\s+)?(?:application\\s+|user\\s+)?(?:data|payload)\\s+(?:in|on|with|inside)\\s+(?:the\\s+|a\\s+)?${SYN_OR_SYNACK}`,
    `\\b(?:illegal|forbidden|prohibited|invalid)\\s+to\\s+${PUT}\\s+(?:any\\s+)?(?:application\\s+|user\\s+)?(?:data|payload)\\s+(?:in|on|with|inside)\\s+(?:the\\s+|a\\s+)?${SYN_OR_SYNACK}`,
    `\\b(?:data|payload)\\s+(?:in|on|inside)\\s+(?:the\\s+|a\\s+)?${SYN_OR_SYNACK}\\s+(?:(?:is|are)\\s+not|isn't|aren't|(?:is|are)(?=\\s+(?:illegal|forbidden|prohibited|invalid)))\\s+(?:legal|allowed|permitted|valid|illegal|forbidden|prohibited|invalid)\\b`,
    `\\b(?:can\\s*not|can't|cannot|must\\s+not|mustn't|may\\s+not|never)\\s+${PUT}\\s+(?:any\\s+)?(?:application\\s+|user\\s+)?(?:data|payload)\\s+(?:in|on|with|inside)\\s+(?:the\\s+|a\\s+)?${SYN_OR_SYNACK}`,
    `\\bonly\\s+(?:from|with|in|on|starting\\s+with)\\s+(?:the\\s+)?(?:third\\s+|final\\s+|last\\s+)?(?:ACK|segment)\\b[^.?!\\n]{0,40}?\\b(?:can|may|does)\\s+(?:\\w+\\s+)?(?:send|carry|include|transfer)\\s+(?:any\\s+)?data`,
    `\\bonly\\s+the\\s+(?:third|final|last)\\s+(?:ACK|segment|packet)\\s+(?:can|may)\\s+(?:carry|contain|include|have)\\s+(?:any\\s+)?(?:data|payload)`,
    // Korean: the rule ("SYN에 데이터를 실으면 안 된다", "포함 불가"), data only on the third segment.
    `SYN\\S*\\s*(?:\\S+\\s+){0,4}?(?:데이터|페이로드|payload)\\S*\\s*(?:\\S+\\s+)?(?:(?:담|싣|실|넣|포함하|보내|전송하)(?:으면|어서는|아서는|면|여서는|해서는|는\\s*것은|는\\s*것이)\\s*(?:안\\s*(?:된|돼|됨|됩)|불가|금지|허용되지\\s*않)|(?:포함|전송|적재|탑재)\\s*(?:이\\s*|은\\s*)?(?:불가|금지))`,
    `(?:세\\s*번째|마지막|3\\s*번째)\\s*(?:\\S+\\s+)?(?:ACK|세그먼트|패킷)\\S*(?:부터만|에만|에서만|만이)\\s*(?:\\S+\\s+){0,2}?(?:데이터|페이로드)`,
    `(?:데이터|페이로드)\\S*\\s*(?:\\S+\\s+){0,2}?(?:세\\s*번째|마지막|3\\s*번째)\\s*(?:\\S+\\s+)?(?:ACK|세그먼트|패킷)\\S*(?:부터만|에만|에서만)`,
  ].join("|"),
);

const SYN_HEADER_ONLY = ko(
  [
    `(?:${HANDSHAKE}|${SYN_OR_SYNACK})[^.?!\\n]{0,50}?\\b(?:contains?|carr(?:y|ies)|has|have|consists?\\s+of)\\s+(?:only|just|nothing\\s+but)\\s+(?:the\\s+|a\\s+)?(?:(?:TCP|IP)(?:\\s*(?:and|/|,)\\s*(?:TCP|IP))?\\s+)?headers?\\b`,
    `(?:${HANDSHAKE}|${SYN_OR_SYNACK})[^.?!\\n]{0,50}?\\b(?:are|is)\\s+(?:always\\s+)?header[-\\s]only`,
    HEADER_ONLY,
  ].join("|"),
);

// ── message boundaries kept by TCP ──────────────────────────────────────────
const MESSAGE_BOUNDARY = ko(
  [
    "(?:메시지|메세지|\\bmessages?)\\s*(?:의\\s*)?(?:경계|\\s+boundar\\w*)\\S*\\s*(?:\\S+\\s+){0,2}?(?:보존|유지|지켜|지킨|지킵|지키|보장|구분|preserv\\w*|keep\\w*|kept|maintain\\w*|respect\\w*|guarantee\\w*|honou?r\\w*)",
    "\\b(?:preserv\\w*|keep\\w*|maintain\\w*|respect\\w*|guarantee\\w*)\\s+(?:the\\s+)?(?:application's\\s+)?message\\s+boundar\\w*",
    "\\b(?:each|every|one)\\s+(?:send|write)(?:\\(\\))?\\s+(?:call\\s+)?(?:\\w+\\s+){0,2}?(?:arrives?|is\\s+(?:received|read|delivered)|comes?\\s+out|maps?|corresponds?)\\s+(?:\\w+\\s+){0,2}?(?:one|a\\s+single|exactly\\s+one)\\s+(?:recv|read|receive)",
    "send\\S*\\s*(?:한\\s*번|1\\s*번|하나)\\S*\\s*(?:\\S+\\s+){0,2}?(?:recv|read|receive)\\S*\\s*(?:한\\s*번|1\\s*번|하나)",
    // "보낸 단위 그대로 전달한다", "메시지 단위로 받는다": the sender's writes arrive as they were written.
    "(?:보낸|쓴|write한|send한|전송한)\\s*(?:단위|크기|덩어리|메시지)\\s*(?:그대로|대로)|메시지\\s*단위\\s*(?:로|그대로)\\s*(?:\\S+\\s+)?(?:전달|전송|받|수신|읽)",
    "\\b(?:delivers?|receives?)\\s+(?:the\\s+)?(?:data|messages?)\\s+(?:in\\s+)?(?:exactly\\s+)?(?:the\\s+same\\s+(?:chunks|pieces|units|messages|sizes)|as\\s+(?:separate|individual|whole)\\s+messages)",
  ].join("|"),
);

// What every wording of syn-cannot-carry-data is told: one message for the three patterns that read it.
const SYN_MAY_CARRY_DATA = {
  ko: "SYN에도 데이터를 실을 수 있습니다. RFC 9293 §3.5는 SYN에 실린 데이터를 허용하고 받는 쪽은 연결이 성립될 때까지 그 데이터를 잡아 둘 뿐이며, TCP Fast Open(RFC 7413)은 바로 그것을 씁니다. 흔한 구현이 SYN에 데이터를 싣지 않을 뿐입니다.",
  en: "a SYN may carry data: RFC 9293 §3.5 allows it, the receiver just holds the data until the connection is established, and TCP Fast Open (RFC 7413) relies on it; common stacks simply do not put data on a SYN.",
};

// One correction for every wording of handshake-gives-ordering below.
const ORDERING_MESSAGE = {
  ko: "데이터의 순서를 지키는 것은 핸드셰이크가 아니라 시퀀스 번호입니다. 핸드셰이크는 양쪽이 시작 번호(ISN)를 알리고 확인할 뿐이고, 받는 쪽은 이후 모든 세그먼트를 시퀀스 번호로 정렬하고 빠진 것을 재전송받습니다 (RFC 9293 §3.4, §3.5).",
  en: "sequence numbers keep data in order, not the handshake: the handshake only announces and acknowledges where each side's numbers start (the ISNs), and the receiver then orders every segment by its sequence number and has missing ones retransmitted (RFC 9293 §3.4, §3.5).",
};

export const FACT_PATTERNS: Pattern[] = [
  {
    misconception: "handshake-gives-ordering",
    re: HANDSHAKE_ORDERS,
    scope: "sentence",
    // The mechanism named beside it: sequence numbers agreed in the handshake do order the data.
    unless: ko(
      "시퀀스|순서\\s*번호|일련\\s*번호|\\bseq|ISN|\\bsequence\\s+numbers?|동기화|\\bsynchroni|\\bnumber(?:ing|s)\\b|재전송\\s*(?:과|와)|\\bnot\\s+(?:the\\s+)?handshake|\\bnot\\s+by\\s+the\\s+handshake",
    ),
    ...ORDERING_MESSAGE,
  },
  {
    misconception: "handshake-gives-ordering",
    re: IT_ORDERS,
    scope: "sentence",
    previous: HANDSHAKE_LED,
    unless: ko("시퀀스|\\bseq|ISN|\\bsequence\\s+numbers?|\\bsynchroni|\\bnumber(?:ing|s)\\b"),
    ...ORDERING_MESSAGE,
  },
  {
    misconception: "handshake-gives-ordering",
    re: SO_ORDERS,
    scope: "sentence",
    previous: HANDSHAKE_BEFORE,
    unlessNear: true,
    unless: ko("시퀀스|순서\\s*번호|일련\\s*번호|\\bseq|ISN|\\bsequence\\s+numbers?|\\bnumber(?:ing|s)\\b|재전송|\\bretransmi\\w*"),
    ...ORDERING_MESSAGE,
  },
  ...[HANDSHAKE_RELIABLE, NO_HANDSHAKE_UNRELIABLE, IT_RELIABLE, SETUP_RELIABLE, DOES_IT_BY, SO_RELIABLE].map((re): Pattern => ({
    misconception: "handshake-gives-reliability",
    re,
    scope: "sentence",
    ...(re === IT_RELIABLE
      ? { previous: HANDSHAKE_LED }
      : re === DOES_IT_BY
        ? { previous: RELIABLE_BEFORE }
        : re === SO_RELIABLE
          ? // The mechanisms may be named in the sentence before, or after: then they are the reason.
            { previous: HANDSHAKE_BEFORE, unlessNear: true }
          : re === NO_HANDSHAKE_UNRELIABLE
            ? { denialInside: true }
            : {}),
    // The mechanisms named as what does it: acknowledgements, retransmission, checksums.
    // The wider readings (the connection set up, a purpose) also step back before ACKs or error control named.
    unless: ko(
      `재전송|확인\\s*응답|체크섬|흐름\\s*제어|흐름\\S*\\s*제어|혼잡\\s*제어|윈도우\\s*크기|시퀀스\\s*번호\\S*\\s*(?:\\S+\\s+)?(?:설정|교환|동기화)|\\bretransmi\\w*|\\backnowledg\\w*|\\bchecksums?|\\bflow\\s+control|\\bcongestion|\\bwindow\\s+size|\\b(?:synchroni[sz]\\w*|agree\\w*\\s+on|set\\w*\\s+up|exchang\\w*)\\s+(?:the\\s+|their\\s+|both\\s+)?(?:initial\\s+)?sequence\\s+numbers|\\bnot\\s+(?:the\\s+|by\\s+the\\s+)?handshake${
        re === SETUP_RELIABLE || re === DOES_IT_BY || re === SO_RELIABLE
          ? "|오류\\s*(?:제어|검출)|에러\\s*제어|순서\\s*번호|(?<![A-Za-z])ACK(?![a-z])|\\berror\\s+(?:control|checking|detection)|\\bsequence\\s+numbers?|아니라|뿐(?:이|입)"
          : ""
      }`,
    ),
    ko: "TCP의 신뢰성은 핸드셰이크가 아니라 시퀀스 번호, 확인 응답(ACK), 재전송 타이머, 체크섬이 만듭니다. 핸드셰이크는 양쪽의 초기 시퀀스 번호를 맞춰 연결을 열 뿐이고, 그 뒤에 잃어버린 세그먼트는 재전송으로, 순서는 시퀀스 번호로 바로잡습니다 (RFC 9293 §3.4, §3.8).",
    en: "TCP's reliability comes from sequence numbers, acknowledgements, retransmission timers and checksums, not from the handshake: the handshake only synchronizes both initial sequence numbers to open the connection; lost segments are then retransmitted and order is restored by sequence number (RFC 9293 §3.4, §3.8).",
  })),
  {
    misconception: "syn-cannot-carry-data",
    re: SYN_NO_DATA,
    scope: "sentence",
    denialInside: true,
    unless: ko(
      "TFO|Fast\\s*Open|패스트\\s*오픈|7413|보통|일반적|대개|대부분|관례|흔히|\\busually|\\bnormally|\\btypically|\\bin\\s+practice|\\bby\\s+convention|\\bcommonly|\\bmost\\s+(?:stacks|implementations|systems)|\\bexcept|\\bunless|\\bmyth|오해|\\bmisconception",
    ),
    ...SYN_MAY_CARRY_DATA,
  },
  {
    misconception: "syn-cannot-carry-data",
    re: SYN_DATA_FORBIDDEN,
    scope: "sentence",
    unless: ko("TFO|Fast\\s*Open|패스트\\s*오픈|7413|\\bmyth|오해|\\bmisconception"),
    ...SYN_MAY_CARRY_DATA,
  },
  {
    misconception: "syn-cannot-carry-data",
    re: SYN_HEADER_ONLY,
    scope: "sentence",
    // A header-only segment is the handshake's (or a SYN's) only where the sentence names one of them.
    with: ko(`${HANDSHAKE}|\\bSYN\\b|(?:관리|제어)\\s*(?:용|목적)|\\bcontrol\\s+segments?|연결\\s*(?:설정|수립)|\\bconnection\\s+(?:setup|establishment)`),
    // A bare ACK told as header-only is right ("the third ACK carries only a header"); so is the usual case.
    unless: ko(
      "TFO|Fast\\s*Open|패스트\\s*오픈|7413|보통|대개|대부분|관례|흔히|주로|\\busually|\\bnormally|\\btypically|\\bin\\s+practice|\\bby\\s+convention|\\bcommonly|\\boften|\\bmost\\s+(?:stacks|implementations|systems)|\\bexcept|\\bunless|\\bmyth|오해|\\bmisconception|(?<!SYN\\s*[-+/,]?\\s*|SYN\\s*(?:과|와|and)\\s*)(?<![A-Za-z])ACK(?![a-z])",
    ),
    ...SYN_MAY_CARRY_DATA,
  },
  {
    misconception: "tcp-keeps-messages",
    re: MESSAGE_BOUNDARY,
    scope: "clause",
    needs: /TCP/,
    family: /\b(?:TCP|UDP)\b/g,
    unless: ko(
      "바이트\\s*스트림|\\bbyte[-\\s]+stream|\\bstream\\s+of\\s+bytes|\\bstream[-\\s]oriented|UDP\\s*(?:와|과|처럼|같이)|\\blike\\s+UDP|\\bunlike\\s+TCP",
    ),
    ko: "TCP는 메시지 경계를 지키지 않는 바이트 스트림입니다. send() 두 번이 recv() 한 번에 합쳐지거나 한 번이 여러 번에 나뉘어 올 수 있어, 경계가 필요하면 애플리케이션이 길이나 구분자로 나눠야 합니다 (RFC 9293 §2.2, §3.9.1).",
    en: "TCP is a byte stream and keeps no message boundaries: two send() calls may arrive in one recv(), or one in several, so an application that needs messages must frame them itself with lengths or delimiters (RFC 9293 §2.2, §3.9.1).",
  },
  {
    misconception: "isn-fixed",
    re: ISN_FIXED,
    scope: "sentence",
    // "the sequence number doesn't start at 0", "0부터 시작하는 것이 아니라 ISN에서": the start denied inside the words.
    negatedInside: true,
    veto: /않|아니|아닌|없|못/,
    // Wireshark's relative numbers start at 0 by design; an example picks any number; a random ISN named is no fixed one.
    unless: ko(
      "relative|상대\\s*(?:적|시퀀스|번호)|wireshark|와이어샤크|랜덤|무작위|임의|난수|\\brandom|\\bunpredictable|예를\\s*들|예시|가정|\\bfor\\s+example|\\be\\.g\\.|\\bsay\\b|\\bassume|\\bfor\\s+simplicity|편의상|\\bsimplif",
    ),
    // …and an answer that says anywhere that ISNs are random, or that its numbers are picked for ease: "ISNs
    // are chosen randomly; 0 is used here for convenience. The first SYN has ISN 0".
    unlessAnswer: ko("랜덤|무작위|난수|\\brandom(?:ly|ized)?\\b|\\bunpredictabl\\w*|편의상|\\bfor\\s+(?:convenience|simplicity)"),
    ko: "초기 시퀀스 번호(ISN)는 0이나 고정값에서 시작하지 않습니다. 연결마다 시계와 연결 식별자의 해시로 예측하기 어렵게 고르며, 그래서 이전 연결의 세그먼트와 섞이지 않고 위조도 어렵습니다 (RFC 9293 §3.4.1).",
    en: "the initial sequence number does not start at 0 or any fixed value: each connection picks it from a clock and a hash of the connection's addresses, so it is hard to predict and old segments are not mistaken for new ones (RFC 9293 §3.4.1).",
  },
  {
    misconception: "msl-fixed",
    re: MSL_FIXED,
    scope: "sentence",
    // The wait may be named by pointing back at it ("이 시간은 항상 4분", "this wait always lasts …").
    with: ko(
      "(?<![A-Za-z])MSL\\b|TIME[-_ ]?WAIT|최대\\s*세그먼트\\s*(?:수명|생존)|\\bmaximum\\s+segment\\s+lifetime|(?<![\\u3131-\\u318e])(?:이|그)\\s*(?:대기\\s*)?(?:시간|기간)|\\b(?:this|that)\\s+(?:wait|waiting\\s+period|period|state)\\b",
    ),
    // A system named (Linux fixes TIME_WAIT at 60 s), the RFC's own value, or one told as a default or a choice: all true.
    unless: ko(
      "Linux|리눅스|Windows|윈도|BSD|mac\\s*OS|Solaris|커널|\\bkernel|TCP_TIMEWAIT_LEN|\\w\\.h\\b|/proc/|\\bsysctl|\\bnet\\.ipv4|RFC|권장|\\brecommend|\\bsuggest|보통|일반적|대개|흔히|주로|\\btypical|\\busually|\\bcommonly|\\boften|기본값|기본\\s*설정|\\bdefault|마다|따라\\s*(?:다르|달라)|\\bdepend|\\bvar(?:y|ies)|\\bdiffer|구현\\s*(?:에\\s*따라|마다)|\\bimplementation[-\\s]+(?:defined|specific|dependent)|\\bconfigur|\\btunable|바꿀\\s*수|조정|설정할\\s*수|\\bchoice|\\bchosen|\\bengineering",
    ),
    ko: "MSL은 어디서나 같은 고정값이 아닙니다. RFC 9293은 2분을 공학적 선택으로 제시할 뿐이고 구현마다 다릅니다. 예를 들어 Linux의 TIME_WAIT는 60초입니다 (RFC 9293 §3.4.2, §3.6).",
    en: "MSL is not one fixed time everywhere: RFC 9293 gives 2 minutes as an engineering choice, and implementations differ; Linux, for one, holds TIME_WAIT for 60 seconds (RFC 9293 §3.4.2, §3.6).",
  },
  {
    misconception: "handshake-only-liveness",
    // "3-way인 이유는 상대가 살아 있는지 확인하기 위해서일 뿐", "the third step just checks that the peer is alive".
    re: ONLY_ALIVE,
    scope: "sentence",
    with: ko(
      "3\\s*-?\\s*way|세\\s*번|핸드셰이크|핸드쉐이크|\\bhandshake|\\bthird|\\bthree\\s+(?:steps|messages|segments|packets|ways?)|\\b3\\s+(?:steps|messages|segments|packets)|세\\s*번째|SYN|ACK",
    ),
    // The true reasons beside it: both ISNs acknowledged, old SYNs, both directions.
    unless: ko(
      "keep[-\\s]?alive|킵\\s*얼라이브|프로브|\\bprobe|heartbeat|ISN|시퀀스|순서\\s*번호|\\bsequence|지연|중복|\\bdelayed|\\bduplicate|\\bold\\s+SYN|양방향|\\bboth\\s+directions|\\bnot\\s+only|뿐만\\s*아니",
    ),
    ko: "3-way는 상대가 살아 있는지만 보는 절차가 아닙니다. 양쪽의 초기 시퀀스 번호를 서로 확인(ACK)하고, 지연된 옛 SYN이 연결을 열지 못하게 하려면 세 번째 세그먼트가 필요합니다 (RFC 9293 §3.5).",
    en: "the three-way handshake is not just a check that the peer is alive: the third segment is needed so that each side's initial sequence number is acknowledged and a delayed old SYN cannot open a connection (RFC 9293 §3.5).",
  },
  {
    misconception: "states-belong-to-ports",
    re: PORT_STATE,
    scope: "sentence",
    ko: "LISTEN, ESTABLISHED, TIME_WAIT 같은 상태는 포트가 아니라 연결(소켓 쌍: 양쪽 주소와 포트)마다 있습니다. 한 포트에 LISTEN 소켓 하나와 ESTABLISHED·TIME_WAIT 연결 여러 개가 함께 있을 수 있습니다 (RFC 9293 §3.3.2).",
    en: "states such as LISTEN, ESTABLISHED and TIME_WAIT belong to a connection (a socket pair: both addresses and ports), not to a port; one port can hold a listening socket and many ESTABLISHED and TIME_WAIT connections at once (RFC 9293 §3.3.2).",
  },
];
