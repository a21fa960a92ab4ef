import { ko, NUMBER_END } from "./lexicon";
import type { Pattern } from "./practice";
import { jamo } from "./text";

// Misconceptions seen in real published answers with no entry before (held-out dev half, 2026-12-02).
// Each is read as a claim of its subject under any prompt: a state name used as a segment, the
// three-way handshake given the close, tcp_tw_reuse given to a server's incoming connections.

// Within a sentence (run over a sentence, whose line breaks are wrapped lines): a dot inside a
// name (net.ipv4.tcp_tw_reuse) does not end it.
const WITHIN = "(?:[^.?!]|\\.(?=\\S))";

// A state by its written name (capitals, or joined with - or _): "the last ACK" is a segment, "LAST_ACK" a state.
const STATE =
  "(?:\\b(?:TIME|CLOSE)[-_ ]?WAIT\\b|\\bFIN[-_ ]?WAIT(?:[-_ ]?[12])?\\b|\\bLAST[-_]ACK\\b|\\bSYN[-_](?:SENT|RCVD|RECV|RECEIVED)\\b|\\b(?:time|close|fin)[-_]wait(?:[-_]?[12])?\\b|\\blast[-_]ack\\b)";
const KO_SEND = "(?:보내|보냅|보낸|보냄|보낼|전송|송신|날리|날린|날려)";
const EN_SEND = "(?:send|sends|sent|sending|transmit|transmits|transmitted|transmitting|returns?|replies\\s+with|responds\\s+with|answers\\s+with)";
// Where the words correct the mix-up: the state named as a state, or the segment named as what is sent.
const STATE_NAMED = ko(
  "상태(?:일\\s*뿐|이지|입니다|이다|이며|를\\s*(?:나타|뜻|말)|의\\s*이름)|상태\\s*이름|(?:세그먼트|패킷|플래그|메시지)(?:가|는|이)?\\s*아니|\\bis\\s+(?:a|just\\s+a|only\\s+a)\\s+(?:TCP\\s+)?state|\\bstate\\s+names?\\b|\\bnot\\s+(?:a|an)\\s+(?:segment|packet|flag|message)|\\bnothing\\s+(?:called|named)",
);

const SHAKE3 = "(?:\\b3|\\bthree|세)\\s*[-\\s]?\\s*(?:way|웨이|단계|방향)\\s*(?:handshak\\w*|핸드\\s*셰이크|핸드\\s*쉐이크)";
const EN_OPEN = "(?:establish\\w*|set(?:ting|s)?\\s+up|open\\w*|initiat\\w*|creat\\w*|start\\w*)";
const EN_CLOSE = "(?:tear\\w*\\s+down|torn\\s+down|terminat\\w*|clos\\w*|end(?:s|ing)?\\b|releas\\w*|disconnect\\w*)";
const KO_OPEN = "(?:연결|수립|설정|시작|맺|성립)";
const KO_CLOSE = "(?:해제|종료|끊|닫|close)";
// A four-step close or FIN named beside it, or a contrast: the close is given to its own exchange.
const CLOSE_ELSEWHERE = ko(
  "\\b4\\s*[-\\s]?\\s*way|\\bfour[-\\s]way|네\\s*번|4\\s*번|4\\s*단계|4\\s*[-\\s]?\\s*웨이|\\bFIN\\b|\\bwhereas|\\bwhile\\b|\\bunlike|\\bbut\\b|\\bnot\\b|n't\\b|반면|달리|않|아니|대신",
);

// tcp_tw_reuse lets connect() take a port pair held by TIME_WAIT: outgoing connections only.
const TW_REUSE = /tw[-_]reuse/i;
const INCOMING = ko(
  "\\bincoming|\\binbound|\\baccept\\w*|\\blisten\\w*|\\bweb\\s*servers?\\b|\\bserver[-\\s]side|\\b(?:a|the|your|busy|loaded)\\s+(?:web\\s+|HTTP\\s+|front[-\\s]?end\\s+)?server\\b(?!\\s+(?:that|which)\\s+(?:connects|opens|makes))|웹\\s*서버|서버\\s*(?:측|쪽|에서|가|는)|들어오는|인바운드|수신\\s*연결|받는\\s*연결",
);
const HELPS = ko(
  "\\bgood\\s+(?:option|idea|choice|fix|solution)|\\bhelp\\w*|\\bfix\\w*|\\bsolv\\w*|\\bresolv\\w*|\\breduc\\w*|\\bavoid\\w*|\\brecommend\\w*|\\bshould\\s+(?:use|enable|set|turn)|\\benabl\\w*|\\bturn\\w*\\s+on|\\bhandl\\w*|\\bcure\\w*|해결|줄이|줄여|줄일|도움|좋|권장|추천|켜|활성화|설정하",
);
// What tcp_tw_reuse really does, a server that connects out (to a backend, a database, a proxy
// upstream), or the setting called useless there ("enabling tcp_tw_reuse is useless for incoming").
const OUTGOING = ko(
  "\\boutgoing|\\boutbound|connect\\(\\)|\\bconnect(?:s|ing)?\\s+(?:out|to)|\\bclient(?:s)?\\s+side|\\bclient\\s+(?:sockets?|connections?)|\\bbackend|\\bupstream|\\bdatabase|\\bDB\\b|\\bproxy|\\bonly\\b|\\bno\\s+effect|\\bdoes(?:n't|\\s+not)|\\bwon't|\\bnot\\b|\\buseless|\\bpointless|\\bineffective|\\bof\\s+no\\s+use|\\bno\\s+use\\b|\\bdoes\\s+nothing|\\birrelevant|소용\\s*(?:이\\s*)?없|쓸모\\s*(?:가\\s*)?없|의미\\s*(?:가\\s*)?없|무의미|나가는|아웃바운드|백엔드|업스트림|데이터베이스|프록시|맺을\\s*때|거는|만\\s*(?:해당|적용|효과)|뿐|효과\\s*(?:가|는)?\\s*없|않|아니",
);

const TW_REUSE_MESSAGE = {
  ko: "tcp_tw_reuse는 연결을 거는 쪽(connect())이 TIME_WAIT가 잡고 있는 포트 쌍을 안전할 때 다시 쓰게 하는 설정이라, 서버가 accept로 받는 연결에는 효과가 없습니다. 서버 쪽 TIME_WAIT는 먼저 닫은 쪽에 생기므로 클라이언트가 먼저 닫게 하거나 연결을 재사용하는 것이 맞고, LISTEN 포트는 TIME_WAIT 때문에 막히지 않습니다 (RFC 9293 §3.6, ip-sysctl).",
  en: "tcp_tw_reuse only lets the connecting side (connect()) reuse a port pair held by TIME_WAIT when that is safe; it does nothing for connections a server accepts. TIME_WAIT sits on whichever side closed first, so a server's share is cut by letting clients close first or by reusing connections, and a listening port is never blocked by it (RFC 9293 §3.6, ip-sysctl).",
};

// tcp_fin_timeout given as the limit of every FIN_WAIT_2: "tcp_fin_timeout: maximum time in FIN_WAIT2".
const FW2 = "FIN[-_ ]?WAIT[-_ ]?(?:2|II)\\b";
const MAX_TIME =
  "(?:\\bmax(?:imum)?\\s+(?:time|duration|lifetime|period|wait)|\\bupper\\s+(?:bound|limit)|\\btime\\s+limit|최대\\s*(?:대기\\s*|유지\\s*|생존\\s*)?시간|상한)";

// The MSS option and the options beside it: which one a line is about is the one named nearest.
// Literal words first, no \\b: tested on every answer that is graded, it must be cheap.
const MSS = ko("MSS|maximum\\s+segment\\s+size|최대\\s*세그먼트\\s*(?:크기|사이즈)");
const OPTION_FAMILY = ko(
  "\\bMSS\\b|\\bmaximum\\s+segment\\s+size|최대\\s*세그먼트\\s*(?:크기|사이즈)|\\bwindow\\s+scal\\w*|윈도우?\\s*스케일|\\bSACK\\b|\\btimestamps?\\b|타임스탬프|\\bNOP\\b|\\bEOL\\b",
  "gi",
);

// 1460 given as the MSS's default, the number before or after the word (one pattern for the two readings below).
const DEFAULT_1460 = ko(
  `(?:\\bdefault|기본)\\S*\\s*(?:\\S+\\s+){0,2}?1460${NUMBER_END}|(?<![\\d.])1460\\s*(?:bytes?|바이트|byte|B)?\\S*\\s*(?:\\S+\\s+)?(?:\\bdefault|기본)`,
);

export const RECALL_PATTERNS: Pattern[] = [
  {
    misconception: "mss-is-path-mtu-discovery",
    // "MSS - 4 bytes, used for path MTU discovery", "MSS 옵션은 경로 MTU 탐색에 쓰인다".
    re: ko(
      "\\b(?:used\\s+(?:for|in|during|by)|for|enabl\\w*|perform\\w*|does|implement\\w*|is\\s+(?:how|what)\\s+(?:\\w+\\s+)?(?:does|performs))\\s+(?:the\\s+)?(?:path\\s*MTU\\s+discovery|PMTUD)\\b|\\b(?:is\\s+how|is\\s+what|lets?|allows?)\\s+(?:\\w+\\s+){0,2}?(?:discover|find|learn|determin|detect)\\w*\\s+(?:the\\s+)?path\\s*MTU\\b|(?:경로\\s*MTU\\s*(?:탐색|발견|검색|디스커버리)|PMTUD)\\S*\\s*(?:\\S+\\s+)?(?:에|을\\s*위해|를\\s*위해|용도|으로|로)\\s*(?:\\S+\\s+)?(?:쓰|사용|이용|활용)|(?<=MSS\\S{0,4}\\s{0,2}(?:옵션\\S{0,12}\\s{0,2})?)(?:\\S+\\s+)?경로\\s*MTU\\S*\\s*(?:\\S+\\s+)?(?:알아내|알아낸|알아냅|찾아내|찾는|찾아|탐색|발견|파악)",
    ),
    scope: "sentence",
    needs: MSS,
    family: OPTION_FAMILY,
    // Told apart: PMTUD works with ICMP, an MSS clamped because it fails, the two set against each other.
    unless: ko("ICMP|clamp|클램프|\\bfail|실패|막혀|\\bblock|\\binstead|\\bunlike|\\bdiffer|\\bseparate|\\bnot\\b|n't\\b|별개|아니|대신|반면|다르|달리|않"),
    ko: 'MSS 옵션은 경로 MTU 탐색이 아닙니다. SYN에 실어 자기가 받을 수 있는 가장 큰 세그먼트를 알릴 뿐이고(RFC 9293 §3.7.1), 경로 MTU 탐색(PMTUD)은 DF 비트와 ICMP "Fragmentation Needed"/"Packet Too Big" 메시지로 연결 중에 따로 이루어지며(RFC 1191, RFC 8201) 보내는 쪽은 둘 중 작은 값에 맞춥니다 (RFC 9293 §3.7.2).',
    en: 'the MSS option is not path MTU discovery: it only announces, in the SYN, the largest segment its sender can receive (RFC 9293 §3.7.1). Path MTU discovery runs separately during the connection with the DF bit and ICMP "Fragmentation Needed"/"Packet Too Big" messages (RFC 1191, RFC 8201), and a sender keeps to the smaller of the two (RFC 9293 §3.7.2).',
  },
  {
    misconception: "mss-default-1460",
    // "요즘은 1460바이트를 default값으로 한다", "the default MSS is 1460 bytes": 1460 is what Ethernet hosts announce.
    re: DEFAULT_1460,
    scope: "sentence",
    needs: MSS,
    named: true,
    // MSS with no option in the SYN is the RFC's default (536): said so, 1460 beside it is the usual announced value.
    unless: ko(
      "옵션(?:이|을)?\\s*(?:없|안\\s*보|보내지\\s*않)|\\bwithout\\s+(?:an?\\s+|the\\s+)?(?:MSS\\s+)?option|\\bno\\s+MSS\\s+option|\\babsent|\\bmissing|\\bnot\\b|n't\\b|아니|않|advmss|\\broute",
    ),
    ko: "MSS의 기본값은 1460이 아닙니다. SYN에 MSS 옵션이 없으면 IPv4는 536바이트(576 − 40), IPv6는 1220바이트를 가정해야 하고(RFC 9293 §3.7.1, MUST-15), 1460은 이더넷(MTU 1500)에서 호스트가 흔히 알리는 값일 뿐입니다.",
    en: "1460 is not the default MSS: with no MSS option in the SYN, a sender must assume 536 bytes for IPv4 (576 − 40) and 1220 for IPv6 (RFC 9293 §3.7.1, MUST-15); 1460 is only what hosts on Ethernet (MTU 1500) usually announce.",
  },
  {
    misconception: "mss-default-1460",
    // The same in a sentence after the one that names the MSS option ("…MSS 옵션이다. 요즘은 1460을 기본값으로 한다").
    re: DEFAULT_1460,
    scope: "sentence",
    needs: MSS,
    family: OPTION_FAMILY,
    // MSS with no option in the SYN is the RFC's default (536): said so, 1460 beside it is the usual announced value.
    unless: ko(
      "옵션(?:이|을)?\\s*(?:없|안\\s*보|보내지\\s*않)|\\bwithout\\s+(?:an?\\s+|the\\s+)?(?:MSS\\s+)?option|\\bno\\s+MSS\\s+option|\\babsent|\\bmissing|\\bnot\\b|n't\\b|아니|않|advmss|\\broute",
    ),
    ko: "MSS의 기본값은 1460이 아닙니다. SYN에 MSS 옵션이 없으면 IPv4는 536바이트(576 − 40), IPv6는 1220바이트를 가정해야 하고(RFC 9293 §3.7.1, MUST-15), 1460은 이더넷(MTU 1500)에서 호스트가 흔히 알리는 값일 뿐입니다.",
    en: "1460 is not the default MSS: with no MSS option in the SYN, a sender must assume 536 bytes for IPv4 (576 − 40) and 1220 for IPv6 (RFC 9293 §3.7.1, MUST-15); 1460 is only what hosts on Ethernet (MTU 1500) usually announce.",
  },
  {
    misconception: "fin-wait-2-always-times-out",
    // "tcp_fin_timeout: maximum time in FIN_WAIT2", "FIN_WAIT_2의 최대 시간은 tcp_fin_timeout": a limit on
    // every FIN_WAIT_2, where Linux applies it only to orphans left by close().
    re: ko(
      `fin_timeout${WITHIN}{0,40}?${MAX_TIME}${WITHIN}{0,30}?${FW2}|${MAX_TIME}${WITHIN}{0,30}?${FW2}${WITHIN}{0,40}?fin_timeout|${FW2}${WITHIN}{0,30}?${MAX_TIME}${WITHIN}{0,30}?fin_timeout|fin_timeout${WITHIN}{0,30}?${FW2}${WITHIN}{0,30}?${MAX_TIME}`,
    ),
    scope: "sentence",
    // The match names FIN_WAIT_2 itself: what the sentence is about is not looked up among the states.
    needs: /FIN[-_ ]?WAIT[-_ ]?(?:2|II)\b/i,
    named: true,
    unless: ko(
      "고아|orphan|close\\(\\)|\\bclosed\\s+by\\s+(?:the\\s+)?application|shutdown|SHUT_WR|half|하프|반\\s*종료|무기한|영원히|\\bindefinite|\\bforever|\\bnot\\b|n't\\b|않|아니",
    ),
    // An answer that tells orphans or the half-close apart anywhere knows the limit is not for every socket.
    unlessAnswer: ko("고아|orphan|SHUT_WR|half[-\\s]?clos|하프\\s*클로즈|반\\s*종료|TCP_LINGER2"),
    ko: "tcp_fin_timeout은 모든 FIN_WAIT_2의 최대 시간이 아닙니다. Linux는 애플리케이션이 close()해 고아가 된 소켓에만 이 시간을 적용하고, shutdown(SHUT_WR)으로 송신만 닫고 소켓을 쥔 연결은 상대의 FIN이 올 때까지 시간 제한 없이 남습니다. RFC 9293에는 FIN_WAIT_2의 타이머가 없습니다 (RFC 9293 §3.6).",
    en: "tcp_fin_timeout is not a limit on every FIN_WAIT_2: Linux applies it only to orphans left by close(), while a socket that only shut down its sending side and is still held stays until the peer's FIN arrives, with no time limit. RFC 9293 gives FIN_WAIT_2 no timer (RFC 9293 §3.6).",
  },
  {
    misconception: "state-sent-as-segment",
    // "서버가 CLOSE_WAIT를 보낸다", "the client never sends LAST-ACK": a state's name given as what is sent.
    // One scan from each state name (never from every word): then what follows it, or the send verb before it.
    re: ko(
      `${STATE}(?:\\s*(?:(?:라는|이라는)?\\s*(?:패킷|세그먼트|메시지|신호|플래그)\\s*)?(?:를|을)\\s*(?:\\S+\\s+){0,2}?${KO_SEND}|\\s+(?:packet|segment|message|signal)s?\\s+(?:is|are|was|were|gets?)\\s+(?:\\w+\\s+)?(?:sent|transmitted|returned)|(?<=\\b${EN_SEND}\\s+(?:(?:a|an|the|its|their|back\\s+(?:a|an|the)?)\\s+)?(?:final\\s+)?${STATE})(?!\\s*(?:state|상태|status)))`,
      "",
    ),
    scope: "clause",
    // Every wording names the state: an answer that names none is not read.
    needs: ko(STATE, ""),
    named: true,
    // "보내지 않고 끊어졌다" still uses the state as a segment: only a refuted view or a question takes it back.
    denialInside: true,
    unless: STATE_NAMED,
    ko: "상태 이름은 주고받는 세그먼트가 아닙니다. 호스트가 보내는 것은 SYN, ACK, FIN, RST 같은 제어 비트를 켠 세그먼트이고, CLOSE-WAIT, LAST-ACK, TIME-WAIT 같은 상태는 각 호스트가 그 세그먼트를 보내고 받으며 자기 안에 두는 연결의 단계입니다. 예를 들어 LAST-ACK는 자기 FIN을 보낸 뒤 그 ACK를 기다리는 상태입니다 (RFC 9293 §3.3.2).",
    en: "a state's name is not a segment that is sent: hosts exchange segments with control bits such as SYN, ACK, FIN and RST, while states such as CLOSE-WAIT, LAST-ACK and TIME-WAIT are where each host's connection stands as it sends and receives them; LAST-ACK, for one, is waiting for the ACK of one's own FIN (RFC 9293 §3.3.2).",
  },
  {
    misconception: "handshake-closes-connection",
    // "The three-way handshake is used to establish and tear down connections", "3-way handshake로 연결을 맺고 끊는다".
    re: ko(
      [
        `${SHAKE3}${WITHIN}{0,120}?\\b${EN_OPEN}${WITHIN}{0,30}?(?:\\band\\b|&|/|,|\\bas\\s+well\\s+as\\b)\\s*(?:(?:to|also|then)\\s+)?${EN_CLOSE}`,
        `${SHAKE3}${WITHIN}{0,120}?\\b${EN_CLOSE}${WITHIN}{0,30}?(?:\\band\\b|&|/|,)\\s*(?:(?:to|also)\\s+)?${EN_OPEN}`,
        `\\b${EN_CLOSE}${WITHIN}{0,30}?\\b(?:with|using|via|through|by)\\s+(?:a\\s+|the\\s+)?${SHAKE3}`,
        // Told as what it is for, with no opening beside it: "The three-way handshake is used to close a connection".
        `${SHAKE3}${WITHIN}{0,30}?\\b(?:is|are)\\s+(?:\\w+\\s+)?(?:used|performed|done|needed|required)\\s+(?:to|for|when|in\\s+order\\s+to)\\s+(?:\\w+\\s+)?${EN_CLOSE}`,
        // "The 3-way handshake is also used to close the connection", "3-way handshake는 연결 종료에도 쓰인다".
        `${SHAKE3}${WITHIN}{0,40}?\\b(?:also|too|likewise|as\\s+well)\\b${WITHIN}{0,20}?\\b(?:to\\s+|for\\s+)${EN_CLOSE}`,
        `${SHAKE3}\\S*\\s*(?:\\S+\\s+){0,2}?(?:연결\\s*)?${KO_CLOSE}\\S*(?:에도|할\\s*때도|때에도|할\\s*때|하는\\s*데|하기\\s*위해)\\s*(?:\\S+\\s+)?(?:쓰|사용|이용)`,
        // The joining particle may end a word of its own ("맺을 때와 끊을 때 모두").
        `${SHAKE3}\\S*\\s*(?:\\S+\\s+){0,6}?${KO_OPEN}\\S*\\s*(?:\\S+\\s+){0,2}?(?:\\S{0,6}?(?:및|과|와|하고|고|거나)|,|/)\\s*(?:\\S+\\s+){0,2}?${KO_CLOSE}`,
        `${SHAKE3}\\S*\\s*(?:(?:으로|로|를\\s*통해|를\\s*이용해)\\s*)(?:\\S+\\s+){0,2}?(?:연결\\S*\\s*)?${KO_CLOSE}`,
      ].join("|"),
    ),
    scope: "sentence",
    // Every wording names the handshake: an answer that names none is not read.
    needs: ko(SHAKE3),
    named: true,
    unless: CLOSE_ELSEWHERE,
    ko: "3-way 핸드셰이크는 연결을 여는 절차일 뿐, 연결을 끊지 않습니다. 종료는 양쪽이 각자 FIN을 보내고 그 FIN에 ACK하는 별도의 교환(흔히 4-way라 부름)으로 하고, 각 방향이 따로 닫힙니다 (RFC 9293 §3.5, §3.6).",
    en: "the three-way handshake only opens a connection; it does not close one. Closing is a separate exchange in which each side sends its own FIN and has it ACKed (often called the four-way close), each direction closing on its own (RFC 9293 §3.5, §3.6).",
  },
  {
    misconception: "tw-reuse-helps-incoming",
    // "웹 서버에 TIME_WAIT가 쌓이면 tcp_tw_reuse를 켜서 해결", "tcp_tw_reuse fixes TIME_WAIT on a web server".
    re: ko(`tw[-_]reuse${WITHIN}{0,120}?(?:${INCOMING.source})|(?:${INCOMING.source})${WITHIN}{0,120}?tw[-_]reuse`),
    scope: "sentence",
    needs: TW_REUSE,
    named: true,
    with: HELPS,
    unless: OUTGOING,
    ...TW_REUSE_MESSAGE,
  },
  {
    misconception: "tw-reuse-helps-incoming",
    // The next sentence goes on about it: "Use tcp_tw_reuse. It is a good option for a web server …".
    re: ko(`(?:^|(?<=[.!?\\n]))\\s*(?:[-*•]\\s*)?(?:it|this|that|이\\s*(?:옵션|설정|값|파라미터)|이를|이것)(?![a-z])${WITHIN}{0,120}?(?:${INCOMING.source})`),
    scope: "sentence",
    previous: TW_REUSE,
    with: HELPS,
    unless: ko(OUTGOING.source + "|tw[-_]recycle|SO_REUSE"),
    ...TW_REUSE_MESSAGE,
  },
];

// ── Linux's TCP defaults ────────────────────────────────────────────────────
// The defaults of the settings answers quote (ip-sysctl, tcp(7); tcp_syn_retries since Linux 3.7).
// Times in seconds.
const LINUX_DEFAULTS: Record<string, { value: number; time?: boolean }> = {
  tcp_syn_retries: { value: 6 },
  tcp_synack_retries: { value: 5 },
  tcp_fin_timeout: { value: 60, time: true },
  tcp_keepalive_time: { value: 7200, time: true },
  tcp_keepalive_intvl: { value: 75, time: true },
  tcp_keepalive_probes: { value: 9 },
  tcp_retries2: { value: 15 },
};
const SETTING_NAME = /\btcp_(?:syn_retries|synack_retries|fin_timeout|keepalive_time|keepalive_intvl|keepalive_probes|retries2)\b/gi;
const UNIT = "\\s*(초|분|시간|s\\b|secs?\\b|seconds?\\b|m\\b|mins?\\b|minutes?\\b|h\\b|hours?\\b)?";
// A number given as the default: "3 (default in Linux)", "the default is 60", "defaults to 5", "기본값은 5", "5가 기본값".
const DEFAULT_VALUE = ko(
  [
    `(?<![\\d.])(\\d+)${UNIT}\\s*\\(\\s*(?:the\\s+|linux\\s+|리눅스\\s*)?(?:default|기본)`,
    `\\bdefaults?(?:\\s+(?:value|setting))?(?:\\s+(?:on|in|for)\\s+linux)?(?:\\s+(?:of\\s+\\w+\\s+)?(?:is(?:\\s+(?:typically|usually|normally))?|was\\s+set\\s+to)|\\s*[:=]|\\s+to)?\\s*(\\d+)${NUMBER_END}${UNIT}`,
    `기본\\s*(?:값|설정)?\\s*(?:은|는|이|:|=|으로)?\\s*(\\d+)${NUMBER_END}${UNIT}`,
    `(?<![\\d.])(\\d+)${UNIT}\\s*(?:이|가|으로|로)?\\s*기본\\s*(?:값|설정)`,
  ].join("|"),
  "gi",
);
// A value told as an older kernel's, or as one to choose.
const OLDER = ko(
  "이전|예전|구버전|옛|older|\\bold\\b|\\bwas\\b|\\bused\\s+to|\\bbefore\\s+(?:Linux\\s+)?\\d|\\bprior\\s+to|3\\.7|\\bearlier\\s+kernels?|권장|\\brecommend|\\bsuggest|예를\\s*들|\\be\\.g\\.|\\bfor\\s+example",
);

type Span = [number, number];
/**
 * A default of Linux's TCP settings stated as a number other than the kernel's: "If the value is 3
 * (default in Linux)" after "tcp_syn_retries …". The setting is the one the sentence names nearest
 * before the number (else after it), or the last one the sentence before named.
 */
export function checkLinuxDefaults(text: string, sentences: { start: number; end: number }[], takenBack: (start: number, end: number) => boolean) {
  // Stryker disable next-line all: a shortcut only: with no setting named no number has a setting, and every reading of a default says default or 기본.
  if (!/tcp_(?:syn|fin|keep|retr)/i.test(text) || (!/default/i.test(text) && !text.includes(jamo("기본")))) return [];
  const out: { misconception: string; spans: Span[]; message: (quote: string, locale: "ko" | "en") => string }[] = [];
  let carried: string | null = null;
  for (const s of sentences) {
    const own = text.slice(s.start, s.end);
    const names = [...own.matchAll(SETTING_NAME)].map((m) => ({ name: m[0].toLowerCase(), at: s.start + m.index }));
    const from = carried;
    if (names.length) carried = names.at(-1)!.name;
    if (OLDER.test(own)) continue;
    for (const m of own.matchAll(DEFAULT_VALUE)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      const name = names.filter((n) => n.at < start).at(-1)?.name ?? names.find((n) => n.at >= end)?.name ?? from;
      const known = name ? LINUX_DEFAULTS[name] : undefined;
      const raw = m[1] ?? m[3] ?? m[5] ?? m[7];
      const unit = m[2] ?? m[4] ?? m[6] ?? m[8] ?? "";
      if (!known || !raw || takenBack(start, end)) continue;
      const stated = Number(raw) * (known.time ? scale(unit) : 1);
      if (stated === known.value) continue;
      const setting = name!;
      out.push({
        misconception: "linux-default-misstated",
        spans: [[start, end]],
        message: (quote, locale) =>
          locale === "ko"
            ? `“${quote}”: Linux에서 ${setting}의 기본값은 ${known.value}${known.time ? "초" : ""}입니다(답에 적힌 값: ${raw}${unitName(unit, "ko")}) (ip-sysctl, tcp(7)).${setting === "tcp_syn_retries" ? " 6번 재전송하면 1초부터 간격을 두 배로 늘려 약 127초 뒤에 connect()가 실패합니다 (RFC 9293 §3.8.1, RFC 6298)." : ""}`
            : `“${quote}”: on Linux the default of ${setting} is ${known.value}${known.time ? " seconds" : ""}, not ${raw}${unitName(unit, "en")} (ip-sysctl, tcp(7)).${setting === "tcp_syn_retries" ? " Six retries, the interval doubling from 1 second, make connect() fail after about 127 seconds (RFC 9293 §3.8.1, RFC 6298)." : ""}`,
      });
      return out;
    }
  }
  return out;
}
const MINUTES = new RegExp(`^(?:${jamo("분")}|m|mins?|minutes?)$`, "i");
const HOURS = new RegExp(`^(?:${jamo("시간")}|h|hours?)$`, "i");
function scale(unit: string): number {
  return MINUTES.test(unit) ? 60 : HOURS.test(unit) ? 3600 : 1;
}
/** A unit as the message writes it. */
function unitName(unit: string, locale: "ko" | "en"): string {
  const [min, h, sec] = locale === "ko" ? ["분", "시간", "초"] : [" min", " h", " s"];
  return MINUTES.test(unit) ? min : HOURS.test(unit) ? h : unit ? sec : "";
}
