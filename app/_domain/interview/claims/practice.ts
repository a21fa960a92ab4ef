import { ko } from "./lexicon";

/**
 * A misconception stated in words: `re` finds the claim; `needs` is what the claim must be about
 * (TIME_WAIT, TCP keepalive, CLOSE_WAIT), found by `topicOf` in checks.ts: named in the clause or
 * sentence, else the last of its `family` named before (the state of the previous sentence: "이
 * 상태에서는 …"), else named by the next sentence ("… 이 과정을 TIME_WAIT라고 한다"), else the
 * rubric's concept `topic`. `with`: a word the sentence must also hold; `unless`: words anywhere
 * in the sentence that make the match harmless; `veto`: words inside the match itself that do.
 */
export type Pattern = {
  misconception: string;
  re: RegExp;
  scope: "clause" | "sentence";
  needs?: RegExp;
  /** Names that compete with `needs` for what a sentence is about (with it, the nearest decides). */
  family?: RegExp;
  /** The rubric concept whose answers are about `needs` where a sentence names nothing of `family`. */
  topic?: string;
  with?: RegExp;
  unless?: RegExp;
  /** `unless` read over the sentences either side too: a reason told as a list ("- 늦게 도착한 경우" / "- 새 연결로 들어갈 수 있음"). */
  unlessNear?: boolean;
  unlessAnswer?: RegExp;
  veto?: RegExp;
  /**
   * Words that tell a sentence's own time, read only where the sentence neither names `needs` nor
   * points back: the match is then about that time, not the topic carried from earlier sentences.
   */
  ownTime?: RegExp;
  /** Words that point a sentence back to the time told before it, which `ownTime` then does not override. */
  ownTimeUnless?: RegExp;
  /** A word the sentence before must hold (what "이를 위해", "for this" points back to). */
  previous?: RegExp;
  /** A next sentence "하지만 B는 모릅니다" / "But B still doesn't know" makes the match a concession. */
  concedable?: boolean;
  /** The words carry their own "not" ("not reopened for a few minutes"): only a refuted view or a question takes them back. */
  denialInside?: boolean;
  /** An English negation inside the match takes it back ("keepalive is not enabled by default"). */
  negatedInside?: boolean;
  /** Every match holds the words of `needs`: an answer that never names them is not read, whatever its prompt. */
  named?: boolean;
  ko: string;
  en: string;
};

/** TCP states by name, for what a sentence is about: in capitals, or joined ("time-wait"), not "the last ACK". */
export const STATE_FAMILY =
  /\b(?:TIME|FIN|CLOSE|LAST|SYN)[-_ ]?(?:WAIT|ACK|SENT|RCVD|RECV|RECEIVED)(?:[-_ ]?[12])?\b|\b(?:[Tt]ime|[Ff]in|[Cc]lose)[-_ ][Ww]ait(?:[-_ ]?[12])?\b|\b(?:[Ll]ast[-_][Aa]ck|[Ss]yn[-_](?:[Ss]ent|[Rr]cvd|[Rr]eceived))\b/g;
const TIME_WAIT = /TIME[-_ ]?WAIT/i;
const FIN_WAIT_2 = /FIN[-_ ]?WAIT[-_ ]?(?:2|II)\b/i;

// One correction for every wording of time-wait-waits-for-data below.
const TW_DATA_MESSAGE = {
  ko: "TIME-WAIT는 데이터를 기다리지 않습니다. FIN 앞의 데이터는 시퀀스 번호 순서대로 FIN보다 먼저 전달됩니다. TIME-WAIT는 재전송된 FIN에 다시 ACK하고 이전 연결의 세그먼트가 사라지도록 2MSL을 기다립니다 (RFC 9293 §3.6).",
  en: "TIME-WAIT does not wait for data: everything sent before the FIN is delivered, in sequence, before the FIN. It waits 2MSL to ACK a retransmitted FIN again and to let old segments expire (RFC 9293 §3.6).",
};

// The data a TIME_WAIT would be waiting for: not yet arrived, still on its way, the rest of it.
const DATA = "(?:데이터|패킷|세그먼트|\\bdata\\b|\\bpackets?\\b|\\bsegments?\\b)";
const EN_DATA = "\\b(?:data|packets?|segments?)\\b";
const TW_DATA = ko(
  [
    `${DATA}\\S*\\s*(?:\\S+\\s+){0,2}?(?:아직|미처|여전히)\\s*(?:\\S+\\s+){0,2}?(?:도착하지|오지|안\\s*(?:왔|온|와)|전달되지|수신되지|받지|다\\s*(?:오지|받지|도착하지))`,
    `(?:나머지|남은|잔여|잉여|늦게\\s*(?:도착하는|오는|온|들어오는)|뒤늦게\\s*(?:도착하는|오는|온))\\s*(?:\\S+\\s+)?${DATA}\\S*\\s*(?:\\S+\\s+){0,3}?(?:마저|모두|다|전부)?\\s*(?:받|수신|처리|읽)`,
    `${DATA}\\S*\\s*(?:\\S+\\s+){0,2}?(?:오고\\s*있|도착하고\\s*있|날아오고|전송\\s*중|전달\\s*중|오는\\s*중)`,
    // Data still to be processed, finished or awaited: "아직 처리되지 않은 데이터를 마저 처리하기 위해", "혹시
    // 처리할 패킷이 도착할 것에 대비해", "to finish processing unprocessed data".
    `(?:처리되지\\s*않(?:은|는)|처리하지\\s*못한|처리\\s*못\\s*한|미처리(?:된)?|처리\\s*중인)\\s*(?:\\S+\\s+)?(?:${DATA}|전문|메시지|메세지)\\S*\\s*(?:\\S+\\s+){0,2}?(?:마저|모두|다|전부)?\\s*(?:처리|받|수신|읽)`,
    `(?:처리할|받아야\\s*할|수신할)\\s*(?:${DATA}|전문|메시지|메세지)\\S*\\s*(?:\\S+\\s+)?(?:도착|올|오는|들어올)\\S*\\s*(?:\\S+\\s+)?(?:대비|기다|대기|위해|때까지)`,
    `\\b(?:finish|complete)\\w*\\s+(?:processing|handling|reading|receiving)\\s+(?:any\\s+|the\\s+|all\\s+)?(?:unprocessed|unhandled|unread|remaining|pending|outstanding)\\s+(?:data|packets|segments|messages)\\b`,
    `${DATA}\\S*\\s*(?:\\S+\\s+){0,4}?(?:FIN\\S*\\s*)?(?:늦게|뒤늦게|나중에)\\s*(?:도착|오|올|온|들어오)`,
    `(?:아직|혹시)\\s*(?:\\S+\\s+){0,2}?(?:오는\\s*중|도착\\s*중|도착하는\\s*중|전송\\s*중|오고\\s*있는|날아오는|들어오는|도착하지\\s*않은|오지\\s*않은|안\\s*온)\\S*\\s*(?:\\S+\\s+)?${DATA}`,
    `${EN_DATA}(?:,?\\s+[\\w']+){0,8}?,?\\s+(?:may|might|could|can|will)\\s+(?:still\\s+)?(?:arrive|come\\s+in|show\\s+up|turn\\s+up)\\s+(?:late|later|after)`,
    `${EN_DATA}(?:\\s+[\\w']+){0,6}?\\s+(?:(?:is|are|be|being|may|might|could|can)\\s+)?(?:be\\s+)?still\\s+(?:be\\s+)?(?:arriving|coming(?:\\s+in)?|in\\s+(?:flight|transit)|on\\s+(?:its|their|the)\\s+way|being\\s+(?:sent|delivered))`,
    `${EN_DATA}(?:\\s+[\\w']+){0,6}?\\s+(?:(?:has|have)\\s+not|(?:has|have)n't|that\\s+(?:has|have)\\s+not)\\s+(?:yet\\s+)?(?:arrived|been\\s+(?:received|delivered))`,
    `${EN_DATA}(?:,?\\s+[\\w']+){0,16}?,?\\s+can\\s+(?:still\\s+)?be\\s+(?:received|read|delivered|collected)`,
    // Delayed data let through to its reader, or kept from being lost as the purpose of the wait: "gives delayed
    // data a chance to reach the client", "so that data delayed in the network is not lost", "to avoid losing
    // packets still in flight" (not "data sent before the FIN is not lost because …", a fact).
    `\\b(?:delayed|late|straggling|lingering|in-flight)\\s+(?:\\w+\\s+)?(?:data|packets|segments)(?:\\s+[\\w']+){0,6}?\\s+(?:to\\s+)?(?:reach|arrive\\s+at|get\\s+to|make\\s+it\\s+to)\\s+(?:the\\s+)?(?:client|receiver|destination|other\\s+(?:side|end)|application|socket)`,
    `\\b(?:so|to\\s+(?:ensure|make\\s+sure|guarantee)|in\\s+order)\\s+(?:that\\s+)?(?:\\w+\\s+){0,2}?${EN_DATA}(?:,?\\s+[\\w']+){0,8}?\\s+(?:is|are|gets?|will\\s+be|would\\s+be)\\s+not\\s+lost|\\bno\\s+(?:data|packets|segments)\\s+(?:is|are|gets?|will\\s+be)\\s+lost|\\b(?:avoid|prevent)\\w*\\s+(?:losing|the\\s+loss\\s+of)\\s+(?:any\\s+)?(?:\\w+\\s+)?(?:data|packets|segments)`,
    `\\b(?:delayed|late|remaining|pending|outstanding|straggling)(?:-\\w+)?\\s+(?:\\w+\\s+)?(?:data|packets|segments)(?:\\s+[\\w']+){0,5}?\\s+(?:to\\s+be|(?:still\\s+)?be|are|get)\\s+(?:received|acquired|processed|delivered|read|collected)\\b`,
    `(?:\\b(?:so|in\\s+order)\\s+(?:that\\s+)?)?\\b(?:it|they|we|the\\s+\\w+(?:\\s+\\w+)?)\\s+(?:can|could|may)\\s+(?:still\\s+)?(?:receive|get|read|collect)\\s+(?:any\\s+|all\\s+|the\\s+|whatever\\s+)?(?:\\w+\\s+)?(?:data|packets|segments)\\b`,
  ].join("|"),
);
// Taking in data that is still to come: "receive the rest of the data", "wait for all the remaining
// packets", "listen for any data the server may still send", "서버가 마저 보낼 데이터를 받". A FIN is
// no data: "waits for a final FIN packet" is FIN_WAIT_2's wait.
const TAKE = "\\b(?:receiv\\w*|get|gets|getting|read|reads|reading|collect\\w*|catch\\w*|accept\\w*|handl\\w*|process\\w*|(?:listen|wait)\\w*\\s+(?:for|on))";
const PEER = "(?:the\\s+)?(?:server|peer|other\\s+(?:side|end)|passive\\s+closer|remote\\s+(?:side|end|host)|sender)";
const TW_TAKES_REST = ko(
  [
    `${TAKE}\\s+(?:\\w+\\s+){0,2}?(?:rest|remainder|remaining|leftover|left-over|outstanding|pending|late|last|final|trailing|unsent|undelivered|whatever|any\\s+(?:more|further|remaining|late|last|final|trailing))\\s+(?:of\\s+(?:the\\s+|its\\s+)?)?(?:(?!(?:FIN|ACK|SYN|RST)\\b)\\w+\\s+)?(?:data|packets?|segments?|bytes)\\b`,
    `${TAKE}\\s+(?:any|all|the|whatever)\\s+(?:\\w+\\s+)?(?:data|packets|segments|bytes)\\s+(?:that\\s+|which\\s+)?${PEER}\\s+(?:\\w+\\s+){0,2}?(?:may|might|could|will|still|has\\s+not|hasn't|did\\s+not|didn't|is\\s+still|sends?\\s+(?:last|late|afterwards))\\b`,
    // "to receive any data which arrives late", "packets that are still in flight": the data told as late by a relative clause.
    `${TAKE}\\s+(?:any|all|the|whatever)?\\s*(?:\\w+\\s+)?(?:data|packets?|segments?|bytes)\\s+(?:(?:that|which)\\s+(?:arrives?|comes?|is|are|gets?)\\s+(?:still\\s+)?|arriving\\s+|coming\\s+)(?:late|later|behind|in\\s+flight|on\\s+(?:its|their)\\s+way)\\b`,
    `(?:서버|상대|상대방|수동\\s*종료자)\\S*\\s*(?:가|이)?\\s*(?:마저|아직|나중에|늦게)\\s*(?:\\S+\\s+)?(?:보내|보낼|보낸|전송)\\S*\\s*(?:\\S+\\s+)?(?:데이터|패킷|세그먼트)\\S*\\s*(?:\\S+\\s+)?(?:받|수신|기다|대기|처리|읽)`,
  ].join("|"),
);
const PEER_STILL_HAS_DATA = ko(
  `\\bin\\s+case\\s+${PEER}\\s+(?:still\\s+)?(?:has|is\\s+(?:still\\s+)?sending|sends)\\s+(?:some\\s+|more\\s+|any\\s+)?(?:data|packets|segments)|\\b${PEER}\\s+(?:may|might|could|can)\\s+(?:still\\s+)?(?:have|be\\s+sending|send)\\s+(?:some\\s+|more\\s+|remaining\\s+|unsent\\s+)?(?:data|packets|segments)|(?:서버|상대|상대방)\\S*\\s*(?:가|이|에게|에)?\\s*(?:아직|여전히)\\s*(?:보낼|전송할)\\s*(?:데이터|패킷)\\S*\\s*(?:가|이)?\\s*(?:남아|있)`,
);
// Delayed segments of the old connection left to expire, a new connection protected: the right reason.
// A socket destroyed by close() ("소켓을 close()로 소멸시켜도") is no old segment left to expire.
const EXPIRE_FRAMING = ko(
  "사라|(?<!소켓\\S*\\s+(?:\\S+\\s+)?)소멸|폐기|버려|버리|무시|새\\s*연결|\\bexpire|\\bdie|\\bdiscard|(?<!\\b(?:nothing|no\\s+\\w+)\\s+(?:is|are|gets?|will\\s+be)\\s+)\\bdropp?|\\bignor|\\bnew\\s+connection|혼동|섞|오인|오염|재사용|같은\\s*포트|새로\\s*(?:열린|맺은|만든|연)|잘못\\s*들어|\\bmistak|\\bconfus|\\bcorrupt|\\bsame\\s+port|\\breus|\\bincarnation|\\bnew\\s+one",
);
// What makes data told beside TIME_WAIT no reason of its own: the old segments' expiry, or another state the
// data belongs to (FIN_WAIT, CLOSE_WAIT, a half-close).
const TW_DATA_NOT_THIS_STATE = ko(`${EXPIRE_FRAMING.source}|FIN[-_ ]?WAIT|CLOSE[-_ ]?WAIT|half|하프`);

// TCP keepalive, HTTP keep-alive: which one a sentence is about is the one named nearest.
const TCP_KEEPALIVE = ko("TCP\\s*(?:의\\s*|'s\\s+)?(?:keep[-\\s]?alive|킵\\s*얼라이브)|SO_KEEPALIVE|tcp_keepalive");
const KEEPALIVE_FAMILY = ko(
  "HTTP\\s*(?:/\\s*1\\.[01]\\s*)?(?:의\\s*|'s\\s+)?(?:keep[-\\s]?alive|킵\\s*얼라이브)|Connection\\s*:\\s*keep-alive|TCP\\s*(?:의\\s*|'s\\s+)?(?:keep[-\\s]?alive|킵\\s*얼라이브)|SO_KEEPALIVE|tcp_keepalive",
  "gi",
);
const REUSE = ko(
  "재사용|다시\\s*사용|여러\\s*(?:개의?\\s*|번의?\\s*)?(?:요청|리퀘스트|HTTP)|하나의\\s*(?:TCP\\s*)?연결로|한\\s*연결로|연결\\s*하나로|매번\\s*(?:새로\\s*)?연결|요청마다\\s*(?:새\\s*|새로\\s*)?연결|핸드셰이크\\S*\\s*(?:비용|오버헤드|과정)?\\S*\\s*(?:줄|생략|아끼|절약|없애|안\\s*해)|지속\\s*(?:연결|커넥션)|\\bpersistent\\b|\\breus\\w*|\\b(?:multiple|many|several|subsequent|further)\\s+(?:HTTP\\s+)?requests|\\bone\\s+connection\\s+for|\\bsame\\s+connection|\\bsingle\\s+connection|\\bnew\\s+connection\\s+(?:for\\s+)?(?:each|every)|\\b(?:avoid|skip|sav)\\w*\\s+(?:the\\s+|a\\s+)?(?:new\\s+|extra\\s+)?(?:TCP\\s+)?handshake|\\b(?:new|more|further|next|subsequent|later)\\s+requests?\\b[^.?!\\n]{0,40}?\\bwithout\\s+(?:having\\s+to\\s+|needing\\s+to\\s+)?(?:re-?(?:establish|open|connect|creat)|(?:open|establish|set\\s+up)\\w*\\s+(?:a\\s+)?new\\s+connection)|(?:새|다음|추가|이후)\\s*요청\\S*\\s*(?:\\S+\\s+){0,3}?(?:재연결|다시\\s*연결|새로\\s*연결|새\\s*연결)\\S*\\s*(?:없이|하지\\s*않|맺지\\s*않)",
);
const SAME = ko(
  "같은\\s*(?:기능|것|거|말|개념|원리|의미|역할|메커니즘)|같(?:다|습니다|아요|음)|동일|똑같|\\bthe\\s+same\\b|\\bsame\\s+(?:thing|feature|mechanism|idea)|\\bidentical\\b|\\bone\\s+and\\s+the\\s+same|\\b(?:built|implemented|based)\\s+on\\b|\\buses\\s+TCP\\s+keep|이용해\\s*구현|기반으로\\s*(?:동작|구현)",
);
const HTTP_KEEPALIVE = ko("HTTP\\s*(?:/\\s*1\\.[01]\\s*)?(?:의\\s*|'s\\s+)?(?:keep[-\\s]?alive|킵\\s*얼라이브)|Connection\\s*:\\s*keep-alive");
const DIFFERS = ko("반면|달리|차이|다르|다른|구분|별개|\\bwhereas|\\bunlike|\\bdiffer|\\bdistinct|\\bunrelated|\\bnothing\\s+to\\s+do");
// "TCP keepalive는 이를 위해 …" after a sentence about reusing the connection: the reuse is given to TCP keepalive.
const FOR_THAT = ko(
  "이를\\s*위해|이\\s*(?:기능|목적)을\\s*위해|그러려고|\\bto\\s+(?:do|achieve|make)\\s+(?:this|that)|\\bfor\\s+(?:this|that)(?:\\s+purpose)?|\\bthat\\s+is\\s+(?:done|what)|\\bthis\\s+is\\s+(?:done|achieved)\\s+(?:by|with|through)",
);

// What ends a wait by time alone, as answers say it.
const FW2_TIMEOUT =
  "일정\\s*(?:시간|기간)|시간이\\s*(?:지나|흐르)|타임아웃|타이머|시간\\s*초과|만료|fin_timeout|\\btime-?out|\\btimes\\s+out|\\btimer|\\bexpir\\w*|\\bafter\\s+(?:a|some)\\s+(?:while|time)|\\beventually";

// A kernel setting offered as the cure for CLOSE_WAIT.
// Windows keeps these in the registry (Tcpip\\Parameters); a list introduced as "the keys below" is one too.
const SETTING =
  "레지스트리|\\bregistry|HKEY_|\\bTcp(?:TimedWaitDelay|FinWait2Delay|NumConnections)\\b|\\bMaxUserPort\\b|(?:아래|다음|밑)(?:의)?\\s*(?:두|세|몇|\\d)?\\s*(?:개의?|가지)?\\s*(?:키|값|설정|파라미터|항목|옵션)|\\b(?:the\\s+)?(?:following|below)\\s+(?:two\\s+|three\\s+)?(?:registry\\s+)?(?:keys|values|settings|parameters)|sysctl|net\\.ipv4|\\bTCP(?:/IP)?\\s+(?:stack\\s+)?(?:parameters?|settings?|knobs?|tunables?)|net\\.core|\\btcp_[a-z_]{3,}|(?:커널|OS|운영\\s*체제)\\s*(?:단|레벨|수준|쪽)?(?:의|에서)?\\s*(?:파라미터|매개\\s*변수|설정|옵션|튜닝|변수)|커널\\s*값|\\bkernel\\s+(?:parameters?|settings?|knobs?|tunables?|options?|values?)|\\bOS\\s+(?:settings?|tuning|parameters?)|\\b(?:TCP\\s+)?keep-?alive\\s+(?:settings?|parameters?|timers?|knobs?|values?)";
const TUNE =
  "sysctl\\s+-w\\b|\\bconfigur\\w*|수정|고치|고쳐|\\bmodif\\w*|\\bedit\\w*|줄이|줄여|줄인|낮추|낮춰|늘리|늘려|올리|올려|조정|조절|튜닝|변경|바꾸|바꿔|켜|설정하|\\b(?:lower|reduc|rais|increas|tun|adjust|chang|shorten|enabl|bump|decreas|tweak)\\w*";
const CURED =
  "해결|정리|없어|없앨|없애|사라|줄어|풀리|(?:연관|관련)(?:이|이\\s*있|되|된|돼)|달려\\s*있|좌우|\\b(?:fix|solv|clear|resolv|get\\s+rid|go\\s+away|goes\\s+away|cleans?\\s+up|reclaim|improv|(?:is|are)\\s+(?:related|tied|down)\\s+to|depends?\\s+on|(?:is|are)\\s+controlled\\s+by)\\w*";
// A kernel value set on the command line ("sudo sysctl net.ipv4.tcp_keepalive_time=60", "sysctl -w …"):
// the setting changed, not only shown ("sysctl -a | grep …" lists values without an "=" after a name).
const SET_BY_SYSCTL = "\\bsysctl\\s+(?:-w\\s+)?(?:net\\.)?[a-z0-9_.]+\\s*=\\s*\\d";
// A heading or line that gives cutting CLOSE_WAIT down as what a setting does: "Reducing CLOSE_WAIT: tcp_fin_timeout".
const CW_CUT =
  "\\b(?:reduc|lower|cut|decreas|fix|prevent|avoid|clear)\\w*\\s+(?:the\\s+)?(?:number\\s+of\\s+)?CLOSE[-_ ]?WAIT\\w*(?:\\s+(?:connections?|sockets?|states?))?|CLOSE[-_ ]?WAIT\\S*\\s*(?:\\S+\\s+){0,2}?(?:줄이|줄여|줄이기|해결|없애)\\S*\\s*(?:방법)?\\S*";
const SETTING_NAME = "(?:\\btcp_[a-z_]{3,}|sysctl|net\\.ipv4|커널)";
const CW_CUT_BY = `(?:${CW_CUT})\\s*[:\\-–—]?\\s*(?:\\d+\\.\\s*)?${SETTING_NAME}`;

// TIME_WAIT's reasons: delayed segments of the old connection, a reopened one, minutes of quarantine.
const TW_REASON = ko(
  "\\b(?:packets|segments)\\s+(?:that|which)\\s+(?:were|are|have\\s+been|got)\\s+delayed|\\b(?:delayed|stray|old|late|wandering|lingering)\\s+(?:\\w+\\s+)?(?:packets|segments|duplicates)|\\b(?:re-?open|re-?us)\\w*|\\b(?:a\\s+)?few\\s+minutes|2\\s*MSL|지연된?\\s*(?:패킷|세그먼트)|늦게\\s*도착|(?:이전|옛|오래된)\\s*(?:연결의?\\s*)?(?:패킷|세그먼트)|재사용|다시\\s*(?:열|사용)|몇\\s*분",
);
// What ends a CLOSE_WAIT by time alone, as answers say it.
const CW_BY_TIME = ko(
  "(?:저절로|알아서|자동으로|스스로|시간이\\s*(?:지나|흐르)|일정\\s*(?:시간|기간)\\s*(?:뒤|후|이\\s*지나)|타임아웃|\\bby\\s+(?:themselves|itself)|\\bon\\s+(?:their|its)\\s+own|\\bautomatically|\\beventually|\\bafter\\s+(?:a|some)\\s+(?:while|time)|\\btimes?\\s+out)[^.?!]{0,40}?(?:사라|정리|없어|닫히|끝나|풀리|해제|\\bdisappear|\\bgo(?:es)?\\s+away|\\bclean\\w*|\\bclear\\w*|\\bclosed?\\b|\\bexpire|\\bfreed|\\bremoved)|(?:사라|정리|없어|\\bdisappear|\\bgo\\s+away|\\bgoes\\s+away|\\bcleaned\\s+up|\\bcleared|\\bexpire)\\w*[^.?!]{0,30}?(?:저절로|알아서|자동으로|시간이\\s*지나|\\bby\\s+(?:themselves|itself)|\\bon\\s+(?:their|its)\\s+own|\\bautomatically|\\beventually|\\bafter\\s+(?:a|some)\\s+(?:while|time))|CLOSE[-_ ]?WAIT\\w*\\s+(?:\\w+\\s+){0,3}?(?:times?\\s+out|timed\\s+out|expires?|will\\s+expire)\\b|CLOSE[-_ ]?WAIT\\S*\\s*(?:\\S+\\s+){0,5}?타임아웃\\s*(?:되|돼|이\\s*(?:나|지나|발생))",
);

// RST told with FIN's ways: a graceful close, remaining data delivered first, an acknowledgement.
// "Graceful" counts only where it describes the close itself ("a graceful shutdown", "closes the
// connection gracefully", "RST is graceful"): an application told to "handle the reset gracefully"
// or "fail gracefully" says nothing about how RST closes.
const CLOSE_WORD = "(?:clos|shut|terminat|tear|disconnect|releas|end|finish|exit)\\w*";
const GRACEFUL_CLOSE = `\\b(?:graceful(?:ly)?|cleanly|(?:a|an)\\s+clean)\\s+(?:\\w+\\s+)?${CLOSE_WORD}|\\b${CLOSE_WORD}(?:\\s+(?:down|off))?(?:\\s+[\\w']+){0,4}?\\s+(?:gracefully|cleanly)\\b|\\b(?:is|are|be|being)\\s+(?:\\w+\\s+){0,2}?(?:a\\s+|an\\s+)?graceful\\b`;
const GRACEFUL = ko(
  `정상적으로\\s*(?:\\S+\\s+)?(?:종료|닫|끊)|(?:우아하게|깔끔하게)\\s*(?:\\S+\\s+)?(?:종료|닫|끊)|(?:우아한|깔끔한|정상적인)\\s*(?:연결\\s*)?(?:종료|해제)|남은\\s*데이터\\S*\\s*(?:\\S+\\s+)?(?:모두\\s*|다\\s*)?(?:전달|전송|보내|보낸|처리)|ACK\\S*\\s*(?:로|으로)?\\s*확인\\s*(?:을\\s*)?받|${GRACEFUL_CLOSE}|\\bin\\s+an\\s+orderly\\s+way|\\b(?:deliver|flush|send|transmit)\\w*\\s+(?:all\\s+)?(?:the\\s+|its\\s+)?(?:remaining|pending|buffered|outstanding)\\s+data|\\b(?:remaining|pending|buffered|outstanding)\\s+data\\s+(?:is|are|gets?)\\s+(?:first\\s+|still\\s+)?(?:delivered|flushed|sent)|\\b(?:is|are|gets?|must\\s+be)\\s+(?:ACKed|acknowledged)\\b|\\bwaits?\\s+for\\s+(?:an?\\s+|the\\s+)?ACK\\b|\\b(?:a|an)\\s+(?:faster|quicker|speedier|shortcut)\\s+(?:version\\s+of\\s+(?:a\\s+)?)?FIN\\b|(?:더\\s*)?(?:빠른|빨리\\s*하는)\\s*FIN(?:이|일\\s*뿐|과\\s*같|와\\s*같)`,
);
// A flag named only to compare ("FIN처럼", "like FIN", "as graceful as a FIN") is not what the sentence is about.
const FLAG_FAMILY = ko(
  "(?<!\\blike\\s(?:an?\\s|the\\s)?)(?<!\\bas\\s+\\w+\\s+as\\s(?:an?\\s|the\\s)?)\\b(?:SYN|ACK|FIN|RST|PSH|URG)\\b(?!\\s*(?:처럼|과\\s*같이|와\\s*같이|과\\s*마찬가지|와\\s*마찬가지|과\\s*똑같이))",
  "g",
);

// Data told as flowing before the peer's FIN: "until the server's FIN arrives", "the server keeps
// sending", "the connection is only half closed", "서버가 FIN을 보내기 전까지". The side that closes
// second sends data only until its own FIN, and TIME-WAIT begins after that FIN: such a sentence tells
// the half-close, whatever state the sentences before it ended in.
const BEFORE_PEER_FIN = ko(
  "\\b(?:until|till|before)\\s+(?:the\\s+|its\\s+|their\\s+|the\\s+(?:server|peer|other\\s+(?:side|end)|passive\\s+(?:side|closer))'s\\s+)?(?:own\\s+)?FIN\\b|\\bhalf[-\\s]?clos|하프\\s*클로즈|FIN\\S*\\s*(?:\\S+\\s+)?(?:보내기|받기|오기|도착하기)\\s*전|FIN\\S*\\s*(?:\\S+\\s+)?(?:올|도착할|받을)\\s*때까지|\\b(?:server|peer|other\\s+(?:side|end)|passive\\s+(?:side|closer))\\s+(?:still\\s+)?(?:keeps|continues)\\s+(?:on\\s+)?(?:sending|to\\s+send|transmitting|writing)|\\b(?:server|peer|other\\s+(?:side|end))\\s+(?:has|have)\\s+not\\s+(?:yet\\s+)?sent|\\b(?:server|peer|other\\s+(?:side|end))\\s+hasn't\\s+(?:yet\\s+)?sent|(?:서버|상대)\\S*\\s*(?:\\S+\\s+){0,2}?계속\\s*(?:\\S+\\s+)?(?:보내|전송|송신)",
);

// …unless the sentence points back to the time just told: "during this time", "in this state", "there",
// "meanwhile", "until then", "이 상태에서", "그동안", or opens on "It" (the side just put in TIME-WAIT).
export const POINTS_TO_TIME = ko(
  "\\b(?:during|in|for|at|within)\\s+(?:this|that|these|those|such|the\\s+same)\\s+(?:time|state|period|wait|phase|point|interval|window|stage)\\b|\\bthere\\b|\\bmeanwhile\\b|\\bin\\s+the\\s+meantime\\b|\\buntil\\s+then\\b|^\\s*(?:[-*•]\\s*)?(?:it|this|they)\\s|(?<![\\u3131-\\u318e])(?:이|그|해당)\\s*(?:상태|동안|시간|때|기간)|그동안|이동안",
  "i",
);

// TIME_WAIT said to end when data is through: delivered, sent, received or acknowledged (not expired or dropped).
const DELIVERED =
  "\\b(?:when|once|after|as\\s+soon\\s+as)\\s+(?:all\\s+)?(?:the\\s+|its\\s+)?(?:outstanding\\s+|remaining\\s+|pending\\s+|in-flight\\s+|unsent\\s+|buffered\\s+)?(?:data|packets|segments)\\s+(?:have\\s+|has\\s+|are\\s+|is\\s+)?(?:been\\s+)?(?:successfully\\s+|fully\\s+)?(?:delivered|sent|received|acknowledged|acked|processed|transmitted)\\b";
const LEAVES_TW = "\\b(?:exits?|leaves?|gets?\\s+out\\s+of|comes?\\s+out\\s+of)\\s+(?:the\\s+)?(?:TIME[-_ ]?WAIT|(?:this|that)\\s+state)\\b";
const TW_ENDS_ON_DELIVERY = ko(
  [
    `${LEAVES_TW}[^.?!\\n]{0,40}?${DELIVERED}`,
    `${DELIVERED}[^.?!\\n]{0,40}?${LEAVES_TW}`,
    `TIME[-_ ]?WAIT\\s+(?:state\\s+)?(?:ends|is\\s+over|finishes|expires)\\s+${DELIVERED}`,
    "(?:남은|나머지|미처리|전송\\s*중인|보내지\\s*못한)\\s*(?:데이터|패킷|세그먼트)\\S*\\s*(?:\\S+\\s+)?(?:모두\\s*|다\\s*)?(?:전달|전송|수신|처리|도착)(?:되|된|하|이\\s*끝나)\\S*\\s*(?:\\S+\\s+){0,3}?(?:끝|종료|벗어|해제|닫|CLOSED)",
  ].join("|"),
);

/** What the clause-level wordings of time-wait-waits-for-data share; each adds only its own pattern. */
const TW_DATA_CLAUSE = {
  misconception: "time-wait-waits-for-data",
  scope: "clause",
  needs: TIME_WAIT,
  family: STATE_FAMILY,
  topic: "time-wait",
  unless: EXPIRE_FRAMING,
  unlessNear: true,
  ownTime: BEFORE_PEER_FIN,
  ownTimeUnless: POINTS_TO_TIME,
  ...TW_DATA_MESSAGE,
} as const;

// A wait of its own before a resend: "after a short delay", "잠시 뒤", "일정 시간 후".
const ACK_DELAY =
  "타이머|타임아웃|잠시\\s*(?:뒤|후)|일정\\s*(?:시간|기간)\\s*(?:뒤|후|이\\s*지나)|조금\\s*(?:뒤|후|있다가)|\\btimer|\\btime-?out|\\bafter\\s+(?:a\\s+)?(?:short|brief|small|little|some|fixed|certain)?\\s*(?:delay|while|time|interval|pause)|\\bperiodically|\\bto\\s+(?:increase|improve|raise)\\s+the\\s+(?:chance|odds|likelihood)|\\bjust\\s+in\\s+case|혹시\\s*(?:모르니|몰라)";

// Handed up to the application at once ("forwarded to the application layer immediately", "즉시 응용
// 계층으로 올려 보낸다"): how a table tells URG as a fast lane; said of PSH it is right, so the flag
// named nearest decides.
const TO_APP_AT_ONCE =
  "\\b(?:forward|pass|push|hand|deliver|sen[dt]|mov)\\w*\\s+(?:(?:up|on|over|directly|straight)\\s+)?(?:to\\s+(?:the\\s+)?(?:receiving\\s+)?(?:applications?|apps?|user|upper|higher)(?:[-\\s](?:layers?|process|program|level))?\\s+)?(?:immediately|right\\s+away|at\\s+once|without\\s+(?:delay|waiting))|(?:즉시|곧바로|바로)\\s*(?:\\S+\\s+)?(?:응용|애플리케이션|어플리케이션|상위)\\S*\\s*(?:\\S+\\s+)?(?:전달|올려|올린|넘겨|넘긴)";

// Urgent data said to outrank the rest of the stream: "takes precedence over other data", "given
// preferential treatment", "expedited", "handled before the other data", "treated as high priority",
// "다른 데이터보다 우선하여 처리", "급히 처리", "가장 먼저". The urgent pointer only marks a point in the
// stream, so any of these said of URG is the misconception; the flag named nearest decides (PSH is pushed
// to the application at once, rightly).
// Urgent data named without the flag: "urgent data", "its urgent feature", "긴급 데이터".
const URGENT_NAMES = "\\b[Uu]rgent\\s+(?:data|pointer|flag|bit|feature|mode|mechanism|function)\\b|긴급\\s*(?:데이터|비트|플래그|포인터)";

export const OUTRANKS =
  "\\bprecedence|\\bprecedes?\\s+(?:the\\s+)?(?:other|normal|regular|ordinary|rest)|\\bpreferen(?:ce|tial)|\\bexpedit\\w*|\\b(?:process|handl|deliver|read|sen[dt]|transmit|treat|pass|hand|forward|push|mov)\\w*\\s+(?:\\w+\\s+){0,5}?(?:urgently|before\\s+(?:any\\s+|all\\s+)?(?:(?:the\\s+)?other|the\\s+rest|normal|regular|ordinary|non-?urgent|queued|(?:the\\s+)?(?:data|bytes|segments|packets)\\s+(?:\\w+\\s+)?(?:already\\s+)?(?:queued|waiting|buffered|in\\s+the\\s+(?:buffer|queue))|(?:data|bytes|segments|packets)\\b))|\\b(?:as|with|at|of|gets?|given|has)\\s+(?:a\\s+)?(?:high|higher|highest|top)[-\\s]priority|우선\\s*(?:하여|해서)\\s*(?:\\S+\\s+)?(?:처리|전달|전송|송신|보내|읽)|우선\\s*(?:하는|한다|합니|시|됨|된다|됩니)|급히\\s*(?:처리|전달|전송|보내|보냄|읽)|가장\\s*먼저|(?:다른|일반|나머지|기존)\\s*(?:\\S+\\s+)?(?:데이터|세그먼트|패킷)\\S*\\s*보다\\s*(?:먼저|빨리|앞서)";

// time-wait-blocks-port, told two ways below (the port said to be held, a server said to stop
// serving): what it needs, what makes it harmless and the reply are the same for both.
const PORT_AS_SUCH = {
  misconception: "time-wait-blocks-port",
  scope: "sentence",
  needs: TIME_WAIT,
  family: STATE_FAMILY,
  topic: "time-wait-in-practice",
  // The connecting side's ephemeral ports, one socket pair, a restart's bind: what TIME_WAIT really holds.
  unless: ko(
    "임시\\s*포트|로컬\\s*포트|클라이언트\\S*\\s*(?:쪽\\s*|측\\s*)?포트|출발지\\s*포트|소스\\s*포트|에페메랄|에페메럴|\\bephemeral|\\blocal\\s+ports?|\\bclient(?:'s)?\\s+(?:side\\s+)?ports?|\\bsource\\s+ports?|\\boutgoing|\\boutbound|connect\\(\\)|EADDRNOTAVAIL|소켓\\s*쌍|\\bsocket\\s+pair|4-?\\s*tuple|\\bsrc\\s*/\\s*dst|\\bsource\\s*(?:and|/|&)\\s*destination|출발지\\s*(?:와|/|및)\\s*목적지|\\bport\\s+pairs?|포트\\s*쌍|(?:\\bIP\\s+)?\\baddress(?:es)?\\s+and\\s+ports?\\b|(?:IP|주소)\\s*(?:와|과|및)\\s*포트|4\\s*튜플|네\\s*(?:값|가지)|\\bsame\\s+(?:peer|pair|4-tuple|connection|address|client|host)|같은\\s*(?:상대|쌍|연결|주소|클라이언트|호스트|IP)|동일한\\s*(?:클라이언트|호스트|IP)|한\\s*클라이언트(?:로부터|에서|의)|\\b(?:from|for|with)\\s+(?:that|this|one|a\\s+single)\\s+(?:client|peer|host|IP)\\b|섞|혼동|혼선|오인|\\bmix|\\bmistak|\\bconfus|\\bold\\s+(?:duplicate|segment|packet)|SO_REUSEADDR|재시작|\\brestart|already\\s+in\\s+use|\\bnot\\s+the\\s+(?:listening|server)|LISTEN\\s*포트\\S*\\s*(?:는|은)\\s*(?:\\S+\\s+){0,3}?(?:막지\\s*않|영향)",
  ),
  ko: "TIME_WAIT는 포트 자체가 아니라 자기 소켓 쌍(양쪽 주소와 포트) 하나만 잡습니다. 서버의 LISTEN 포트는 상대 주소·포트가 다른 새 연결을 계속 받고, 모자랄 수 있는 것은 연결을 거는 쪽의 임시 포트입니다 (RFC 9293 §3.6).",
  en: "TIME_WAIT holds only its own socket pair (both addresses and ports), not a port as such: a listening port keeps accepting connections from other peers, and what can run out is the connecting side's ephemeral ports (RFC 9293 §3.6).",
} satisfies Omit<Pattern, "re">;

// The MSS by name, or the segment size a heading has just named it ("2-1) Maximum segment size / - … segment size").
const MSS_NAME = "(?:MSS|maximum\\s+segment\\s+size|segment\\s+size|최대\\s*세그먼트\\s*(?:크기|사이즈)|세그먼트\\s*(?:크기|사이즈))";
// Each side keeping to the value its peer announced, or the two directions differing: what a right answer
// means by "the MSS is negotiated" ("each device must comply with the peer's advertised MSS", "상대가 알린 MSS를
// 넘지 않게 보낸다"). Not "it knows the far end's MSS" followed by picking the smaller one.
const PEER_MSS_KEPT = ko(
  [
    "\\b(?:advertised|announced|declared|offered|indicated)\\s+(?:MSS\\s+)?(?:value\\s+)?(?:of|by|from)\\s+(?:the|its|their)\\s+(?:peer|other|remote|receiv\\w*|far|server|client)",
    "\\b(?:peer|other\\s+(?:side|end|host|device)|remote\\s+(?:side|end|host)|receiver|far\\s+end)(?:'s)?\\s+(?:advertised|announced|declared)\\s+(?:MSS|value)",
    "\\b(?:each|either)\\s+direction\\b[^.?!]{0,40}?\\bdiffer|\\bdiffer\\w*\\s+(?:\\w+\\s+){0,2}?(?:in\\s+each|per|for\\s+each|between\\s+the\\s+two)\\s+directions?",
    "상대(?:방)?\\s*(?:가|이|측이|쪽이)?\\s*(?:알린|알려\\s*준|광고한|보낸|제시한|통보한)\\s*MSS",
    "상대(?:방)?\\s*(?:의|측의|쪽의)\\s*MSS\\S*\\s*(?:\\S+\\s+)?(?:넘지|초과하지|따르|따라|맞춰|지키)",
    "방향마다\\s*(?:\\S+\\s+)?다를|방향별로\\s*(?:\\S+\\s+)?다를",
    "(?:수신\\s*측|받는\\s*쪽)\\S*\\s*(?:\\S+\\s+){0,2}?(?:결정|정해|정한)",
  ].join("|"),
);
// mss-negotiated, told two ways below (one value said outright, or "negotiated" left unexplained).
const MSS_COMMON = {
  misconception: "mss-negotiated",
  scope: "sentence",
  // "the smaller of the two" is said of windows too: the sentence names the MSS.
  with: ko(`MSS|\\bmaximum\\s+segment\\s+size|최대\\s*세그먼트\\s*(?:크기|사이즈)|\\bsegment\\s+size|세그먼트\\s*(?:크기|사이즈)`),
  // Options negotiated as a list ("MSS, 윈도 스케일 같은 옵션을 협상") say it of the list, not of MSS.
  veto: ko(",|윈도|SACK|타임스탬프|옵션|\\bwindow|\\btimestamp|\\boption"),
  unless: ko("각자|각각|자기가\\s*받을|자신이\\s*받을|알리|광고|\\beach\\s+side|\\beach\\s+(?:host|end)|\\bannounc|\\badvertis"),
  ko: "MSS는 협상해 하나로 정하는 값이 아니라, 각자 자기가 받을 수 있는 최대 세그먼트 크기를 SYN에 실어 알리는 값입니다. 보내는 쪽은 상대가 알린 값을 넘지 않게 보내므로 방향마다 다를 수 있습니다 (RFC 9293 §3.7.1).",
  en: "MSS is not negotiated into one value: each side announces in its SYN the largest segment it can receive, and a sender stays within the peer's value, so the two directions may differ (RFC 9293 §3.7.1).",
} satisfies Omit<Pattern, "re">;

export const PRACTICE_PATTERNS: Pattern[] = [
  {
    misconception: "ack-retransmitted-by-timer",
    // The ACK of the sentence before resent by a pronoun on a timer of its own: "Finally the client
    // ACKs the FIN. It is sent once more after a short delay", "…ACK를 보낸다. 이 ACK는 잠시 뒤 한 번 더 보낸다".
    re: ko(
      "\\b(?:this|it|that(?:\\s+(?:one|ACK|message|segment))?|the\\s+(?:same\\s+)?(?:ACK|acknowledg\\w*)(?:\\s+(?:message|segment|packet))?)\\s+(?:is|gets|will\\s+be|would\\s+be|can\\s+be)\\s+(?:also\\s+)?(?:re-?sent|re-?transmitted|sent\\s+(?:again|once\\s+more|twice|a\\s+second\\s+time))|(?:이|그)\\s*ACK\\S*\\s*(?:\\S+\\s+){0,3}?(?:다시|한\\s*번\\s*더|재전송|두\\s*번)\\s*(?:보내|보냄|보낸|전송|송신)",
    ),
    scope: "sentence",
    previous: ko("(?<!SYN\\s*[-+/]?\\s*)\\bACK\\b|\\backnowledg\\w*|확인\\s*(?:응답|메시지)"),
    with: ko(`${ACK_DELAY}`),
    unless: ko("\\bFIN(?![a-z])|재시작|다시\\s*시작|\\b[Rr]estart|\\b[Rr]eset|2\\s*MSL|\\bif\\b|\\bwhen\\b|만약|(?:으|)면\\s", ""),
    ko: "ACK는 확인받지 않으므로 재전송 타이머가 없습니다. 마지막 ACK가 유실되면 상대가 FIN을 재전송하고, TIME-WAIT에 있는 쪽은 그 FIN을 받고서야 ACK를 다시 보냅니다 (RFC 9293 §3.6, §3.8.1).",
    en: "an ACK is never acknowledged, so it has no retransmission timer: when the last ACK is lost the peer retransmits its FIN, and the side in TIME-WAIT sends the ACK again only on receiving that FIN (RFC 9293 §3.6, §3.8.1).",
  },
  {
    misconception: "urg-means-priority",
    // A flag table with the meaning on the line under the flag ("- URG (Urgent)" / "- Process the
    // packet before any other packets"): the flag named nearest before is what the line describes.
    re: ko(
      "\\b(?:process(?:es|ed|ing)?|handl(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|reads?|sent|transmitted)\\s+(?:(?:the|this|that|these|such|its)\\s+)?(?:(?:packets?|segments?|data|it|them)\\s+)?(?:first|before|ahead|faster|sooner)\\b|\\b(?:process(?:es|ed|ing)?|handl(?:e|es|ed|ing))\\s+(?:\\w+\\s+){0,2}?(?:immediately|right\\s+away|at\\s+once|without\\s+(?:delay|waiting))|(?:즉시|곧바로)\\s*처리|" +
        TO_APP_AT_ONCE +
        "|" +
        OUTRANKS +
        "|우선\\s*(?:순위|처리|적으로|전송|전달|송신)|먼저\\s*(?:처리|전달|전송|송신|보내|보냄|읽)|순서\\s*(?:에|와|과)?\\s*(?:상관|관계)\\s*없이|순서를\\s*(?:무시|건너|앞지르)|\\bout\\s+of\\s+(?:order|sequence)|\\bbypass\\w*|\\bprioriti[sz]\\w*|\\bhigher\\s+priority|\\bahead\\s+of\\s+(?:other|the\\s+rest)|\\bjumps?\\s+the\\s+queue" +
        // Priority said outright or bought from the network: "treated as priority over other data", "routed
        // along quicker links", "not dropped when the network is congested", "QoS mechanisms".
        "|\\bpriority\\s+(?:over|above)|\\b(?:treated|handled|processed|marked)\\s+(?:as\\s+(?:a\\s+)?|with\\s+)(?:\\w+\\s+)?priority|\\brouted\\s+(?:\\w+\\s+){0,2}?(?:quicker|faster|better|priority)|\\bQuality\\s*of\\s*Service|\\bQoS\\b|\\b(?:not|never)\\s+(?:be\\s+)?dropped\\s+(?:in|on|by|when)|\\b(?:process(?:es|ed|ing)?|handl(?:e|es|ed|ing))\\s+(?:\\w+\\s+){3,4}?(?:immediately|right\\s+away|at\\s+once)",
    ),
    scope: "clause",
    // The flag by name, or urgent data by its own name ("its urgent feature", "the urgent pointer", "긴급 데이터").
    needs: ko(`(?<![A-Za-z])URG(?:ENT|ent)?(?![A-Za-z])|${URGENT_NAMES}`, ""),
    family: ko(`(?<![A-Za-z])(?:SYN|ACK|FIN|RST|PSH|URG|PUSH|URGENT|URGent)(?![A-Za-z])|${URGENT_NAMES}`, "g"),
    unless: ko(
      "(?:우선|먼저)\\s*\\S*\\s*(?:가|이|은|는)?\\s*아니|우선순위와\\s*무관|\\bnot\\s+(?:about\\s+)?priority|\\bnot\\s+(?:\\w+\\s+){0,2}?(?:QoS|Quality\\s*of\\s*Service)|\\bcontrary\\s+to\\s+(?:popular|common)",
    ),
    ko: "URG는 긴급 포인터 필드가 유효하다는 뜻일 뿐, 그 세그먼트를 먼저 처리하게 하지 않습니다. 데이터는 여전히 순서대로 전달되고, 긴급 포인터는 흐름 안의 한 지점을 가리킬 뿐입니다 (RFC 9293 §3.1, §3.8.5; 새 응용에는 쓰지 말라는 RFC 6093).",
    en: "URG only says the urgent pointer field is valid; it does not make the segment go first. Data is still delivered in order, and the pointer only marks a point in the stream (RFC 9293 §3.1, §3.8.5; RFC 6093 advises new applications not to use it).",
  },
  {
    // "서버가 보낸 데이터가 아직 도착하지 않았을 수 있기 때문", "so data still on its way can be received":
    // the reason given is data to receive, in TIME_WAIT's sentence or the one after it names the state.
    re: TW_DATA,
    ...TW_DATA_CLAUSE,
  },
  {
    // The data's clause cut by a relative clause between commas: "so that packets the server wrote before
    // its FIN, which may be slowed on the way, can still be received". Read over the sentence, since the
    // commas end the clause the data is named in.
    re: ko(
      `${EN_DATA}[^.?!;\\n]{0,80}?,\\s*(?:which|that|who)\\b[^.?!;,\\n]{0,80},\\s*(?:can|could|may|will)\\s+(?:still\\s+)?(?:be\\s+)?(?:received|read|delivered|collected|processed|accepted)\\b`,
    ),
    ...TW_DATA_CLAUSE,
    scope: "sentence",
  },
  {
    // "stays in TIME_WAIT to receive the rest of the data", "waits for all the remaining data", "keeps
    // listening for any data the server may still send": a verb of taking in data, and data described
    // as what is still to come (the rest, the remaining, what the peer may still send).
    re: TW_TAKES_REST,
    ...TW_DATA_CLAUSE,
    // Late packets handled or caught are TIME_WAIT's real work (an old duplicate absorbed, a resent FIN
    // acknowledged again): "the old connection still handles its late packets". Late data taken in is not.
    veto: ko("\\b(?:handl|process|catch|absorb)\\w*\\s+(?:\\w+\\s+){0,2}?(?:late|stray|old)\\s+(?:packets?|segments?|duplicates?)\\b"),
  },
  {
    // "the socket exits TIME_WAIT once all outstanding packets have been delivered", "남은 데이터가 모두
    // 전달되면 TIME_WAIT가 끝난다": the end of TIME_WAIT tied to data delivered, not to time (2MSL).
    re: TW_ENDS_ON_DELIVERY,
    ...TW_DATA_CLAUSE,
    // The condition and its end are two clauses of one sentence, which names the state it ends.
    scope: "sentence",
    with: ko("TIME[-_ ]?WAIT|\\b(?:this|that)\\s+state\\b|(?<![\\u3131-\\u318e])(?:이|그)\\s*상태"),
  },
  {
    misconception: "time-wait-waits-for-data",
    // "TIME_WAIT exists because the server might still have data to deliver": the peer's unsent data
    // given as TIME_WAIT's reason, in a sentence that names TIME_WAIT (said of the close as a whole,
    // it is the true reason for a four-step close).
    re: PEER_STILL_HAS_DATA,
    scope: "sentence",
    needs: TIME_WAIT,
    family: STATE_FAMILY,
    with: TIME_WAIT,
    unless: TW_DATA_NOT_THIS_STATE,
    ...TW_DATA_MESSAGE,
  },
  {
    misconception: "time-wait-waits-for-data",
    // The socket FAQ's wording, copied widely: TIME_WAIT held "just to be really really sure that all the data
    // has gone through", "the protocol is ensuring all data has been transmitted properly". Every byte was
    // acknowledged before the last FIN; what TIME_WAIT waits out is the old connection's delayed segments.
    re: ko(
      [
        "\\b(?:be|make|making|being)\\s+(?:\\w+\\s+){0,2}?sure\\s+(?:that\\s+)?all\\s+(?:of\\s+)?(?:the\\s+|its\\s+)?data\\s+(?:has|have)\\s+(?:gone\\s+through|got(?:ten)?\\s+through|arrived|been\\s+(?:delivered|received|sent|transmitted))",
        "\\bensur\\w*\\s+(?:that\\s+)?all\\s+(?:of\\s+)?(?:the\\s+|its\\s+)?data\\s+(?:has|have)\\s+(?:gone\\s+through|arrived|been\\s+(?:delivered|received|sent|transmitted))",
        "모든\\s*데이터\\S*\\s*(?:\\S+\\s+)?(?:전송|전달|수신|도착)\\S*\\s*(?:\\S+\\s+)?(?:확인|보장|확실히)",
      ].join("|"),
    ),
    scope: "sentence",
    needs: TIME_WAIT,
    family: STATE_FAMILY,
    unless: TW_DATA_NOT_THIS_STATE,
    ...TW_DATA_MESSAGE,
  },
  {
    misconception: "tcp-keepalive-is-http-keepalive",
    // TCP keepalive said to reuse the connection for many requests, or to be the same as HTTP's:
    // in the sentence that names it, or one that goes on about it ("이 기능은 …", "It …").
    re: REUSE,
    scope: "clause",
    needs: TCP_KEEPALIVE,
    family: KEEPALIVE_FAMILY,
    unless: ko("반면|달리|차이|다르|다른|구분|\\bwhereas|\\bunlike|\\bdiffer|\\bon\\s+the\\s+other\\s+hand|\\bdistinct|\\bnot\\s+to\\s+be\\s+confused"),
    ko: "TCP keepalive는 커널이 유휴 연결에 프로브를 보내 상대가 살아 있는지 확인하는 기능이고, 연결을 재사용하게 하는 것은 HTTP keep-alive(지속 연결)입니다. 이름만 비슷합니다 (RFC 9293 §3.8.4).",
    en: "TCP keepalive is the kernel probing an idle connection to see whether the peer is alive; reusing one connection for many requests is HTTP keep-alive (a persistent connection). Only the names are alike (RFC 9293 §3.8.4).",
  },
  {
    misconception: "tcp-keepalive-is-http-keepalive",
    // "TCP keepalive와 HTTP keep-alive는 사실상 같은 개념", "HTTP keep-alive is built on TCP keepalive".
    re: SAME,
    scope: "sentence",
    needs: TCP_KEEPALIVE,
    with: HTTP_KEEPALIVE,
    unless: DIFFERS,
    ko: "TCP keepalive는 커널이 유휴 연결에 프로브를 보내 상대가 살아 있는지 확인하는 기능이고, HTTP keep-alive는 연결 하나로 여러 요청을 주고받는 지속 연결입니다. 서로 다른 계층의 다른 기능으로, 이름만 비슷합니다 (RFC 9293 §3.8.4).",
    en: "TCP keepalive is the kernel probing an idle connection to see whether the peer is alive; HTTP keep-alive is a persistent connection carrying many requests. They are different features at different layers; only the names are alike (RFC 9293 §3.8.4).",
  },
  {
    misconception: "tcp-keepalive-is-http-keepalive",
    re: FOR_THAT,
    scope: "clause",
    needs: TCP_KEEPALIVE,
    previous: REUSE,
    unless: DIFFERS,
    ko: "TCP keepalive는 연결을 재사용하게 하는 기능이 아니라, 커널이 유휴 연결에 프로브를 보내 상대가 살아 있는지 확인하는 기능입니다. 연결 재사용은 HTTP keep-alive(지속 연결)입니다 (RFC 9293 §3.8.4).",
    en: "TCP keepalive does not make a connection reusable; it is the kernel probing an idle connection to see whether the peer is alive. Reusing the connection is HTTP keep-alive, a persistent connection (RFC 9293 §3.8.4).",
  },
  {
    misconception: "close-wait-fixed-by-sysctl",
    re: ko(
      `(?:${SETTING})[^.?!\\n]{0,50}?(?:${TUNE}|${CURED})|(?:${TUNE})[^.?!\\n]{0,40}?(?:${SETTING})|${SET_BY_SYSCTL}|${CW_CUT_BY}|\\b(?:is|are)\\s+(?:related|tied|due)\\s+to\\s+(?:\\w+\\s+){0,2}?(?:${SETTING})`,
    ),
    scope: "clause",
    needs: /CLOSE[-_ ]?WAIT/i,
    family: STATE_FAMILY,
    topic: "close-wait-leak",
    unless: ko(
      "해결(?:이\\s*)?(?:되지|하지)\\s*(?:않|못)|해결\\s*(?:이\\s*)?안|도움이?\\s*(?:되지|안)|소용\\s*(?:이\\s*)?없|효과\\s*(?:가\\s*)?없|관계\\s*(?:가\\s*)?없|무관|\\bwon't\\s+help|\\bwill\\s+not\\s+help|\\bdoes(?:n't|\\s+not)\\s+help|\\bno\\s+(?:sysctl|kernel\\s+setting)|\\bnothing\\s+to\\s+do|\\bunrelated|\\bother\\s+states?|다른\\s*상태|(?:연관|관련)\\s*(?:이\\s*)?없|\\bnot\\s+(?:related|tied)|감지|탐지|알아채|살아\\s*있는지|\\bdetect\\w*|\\bdead\\s+(?:peer|host|client)",
    ),
    ko: "CLOSE_WAIT를 끝낼 수 있는 것은 그 소켓을 가진 애플리케이션의 close()뿐입니다. tcp_fin_timeout은 FIN_WAIT_2, tcp_tw_reuse는 TIME_WAIT에 관한 설정이고, CLOSE_WAIT를 끝내는 커널 타이머나 설정은 없습니다 (RFC 9293 §3.3.2).",
    en: "only the application holding a CLOSE_WAIT socket can end it, by calling close(); tcp_fin_timeout is about FIN_WAIT_2 and tcp_tw_reuse about TIME_WAIT, and no kernel timer or setting ends CLOSE_WAIT (RFC 9293 §3.3.2).",
  },
  {
    // A numbered list under such a heading: "Reducing CLOSE_WAIT: 1." then "tcp_fin_timeout …", the
    // number read as the end of a sentence, so the setting that opens the next one is the list's first cure.
    misconception: "close-wait-fixed-by-sysctl",
    re: ko(`(?:^|(?<=[.!?\\n]))\\s*(?:[-*]\\s*)?${SETTING_NAME}`),
    scope: "sentence",
    needs: /CLOSE[-_ ]?WAIT/i,
    family: STATE_FAMILY,
    topic: "close-wait-leak",
    previous: ko(`(?:${CW_CUT})\\s*[:\\-–—]?\\s*(?:\\d+\\.)?\\s*$`),
    unless: ko("FIN[-_ ]?WAIT|\\bdetect\\w*|감지|탐지"),
    ko: "CLOSE_WAIT를 끝낼 수 있는 것은 그 소켓을 가진 애플리케이션의 close()뿐입니다. tcp_fin_timeout은 FIN_WAIT_2, tcp_tw_reuse는 TIME_WAIT에 관한 설정이고, CLOSE_WAIT를 끝내는 커널 타이머나 설정은 없습니다 (RFC 9293 §3.3.2).",
    en: "only the application holding a CLOSE_WAIT socket can end it, by calling close(); tcp_fin_timeout is about FIN_WAIT_2 and tcp_tw_reuse about TIME_WAIT, and no kernel timer or setting ends CLOSE_WAIT (RFC 9293 §3.3.2).",
  },
  {
    ...MSS_COMMON,
    // One value for both directions said outright: the smaller of the two, the same MSS, a common one.
    re: ko(
      [
        "(?:작은|최소)\\s*(?:값|쪽|것)\\S*\\s*(?:으로|로)\\s*(?:\\S+\\s+)?(?:합의|협상|협의|통일)",
        "\\bnegotiat\\w*\\s+(?:(?:the|a|an|one)\\s+)?(?:common|shared|single|mutual)\\s+(?:MSS|maximum\\s+segment\\s+size)",
        "\\b(?:agree|settle)\\w*\\s+(?:up)?on\\s+(?:a\\s+common|a\\s+single|a\\s+shared|one)\\s+(?:MSS|maximum\\s+segment\\s+size)",
        "\\b(?:both|the\\s+two)\\s+(?:sides|hosts|ends|peers)\\s+(?:\\w+\\s+){0,2}?(?:use|pick|choose)\\s+the\\s+(?:same|smaller|lower|minimum)\\s+(?:MSS|value)",
        // "…will choose the lowest one", "both hosts send data with the same MSS": one value for both directions.
        "\\b(?:choose|chooses|chose|pick|picks|select|selects|use|uses|take|takes|go\\s+with|goes\\s+with)\\s+the\\s+(?:lowest|lower|smaller|smallest|minimum)\\s+(?:one|value|MSS|of\\s+(?:the\\s+)?(?:two|both|them))",
        "\\b(?:both|the\\s+two)\\s+(?:sides|hosts|ends|peers)\\s+(?:\\w+\\s+){0,3}?(?:send|use|transmit)\\w*\\s+(?:\\w+\\s+){0,2}?(?:with\\s+)?the\\s+same\\s+(?:MSS|segment\\s+size)",
        "(?:작은|낮은|최소)\\s*(?:값|쪽|것|MSS)\\S*\\s*(?:\\S+\\s+)?(?:선택|사용|고르|골라|택하|채택)",
        // "MSS가 다르다면 큰 쪽이 낮은 쪽에 맞춘다": the larger side gives way, so both use one value.
        "(?:큰|높은)\\s*(?:값|쪽|것|MSS)\\S*\\s*(?:\\S+\\s+)?(?:작은|낮은)\\s*(?:값|쪽|것|MSS)\\S*\\s*(?:\\S+\\s+)?(?:맞추|맞춰|맞춘|따르|따라|통일)",
        "(?:같은|동일한)\\s*MSS\\S*\\s*(?:\\S+\\s+)?(?:보내|전송|사용|쓰)",
      ].join("|"),
    ),
  },
  {
    ...MSS_COMMON,
    // "Negotiated" alone is loose wording many right answers use ("the MSS is negotiated in the SYN and
    // SYN-ACK"); it is the misconception unless the answer goes on to say that each side keeps to the value
    // its peer announced, which is what the word then meant.
    re: ko(
      [
        `${MSS_NAME}\\S*\\s*(?:\\S+\\s+){0,3}?(?:협상|합의|협의|조율|맞추|맞춰|맞춘)`,
        `(?:협상|합의|협의|조율)\\S*\\s*(?:\\S+\\s+){0,2}?${MSS_NAME}`,
        `${MSS_NAME}\\s*(?:값\\s*)?(?:을|를|은|는|이|가)?\\s*(?:\\S+\\s+){0,4}?(?:서로|양쪽|양측|둘\\s*다|두\\s*호스트)\\S*\\s*(?:\\S+\\s+){0,2}?(?:정하|정해|결정|정함|맞추|맞춰|합의|협상|협의)`,
        `\\bnegotiat\\w*\\s+(?:(?:the|a|an|one|its|their)\\s+)?${MSS_NAME}`,
        `\\b${MSS_NAME}(?:\\s*\\([^)]{0,40}\\))?\\s+(?:value\\s+)?(?:is|gets|was|are|will\\s+be|must\\s+be)\\s+(?:\\w+\\s+){0,2}?(?:negotiated|agreed)`,
        "\\bMSS\\s+negotiation",
        `\\b(?:agree|settle)\\w*\\s+(?:up)?on\\s+(?:(?:the|a|an)\\s+)?${MSS_NAME}`,
        // "one of the parameters that is agreed upon between the sender and receiver is the MSS" (one value for
        // both; "the first parameter negotiated is the MSS" is the loose wording above and is left to it).
        `\\bagreed\\s+(?:up)?on\\b[^.?!\\n]{0,60}?\\b(?:is|are)\\s+(?:the\\s+)?${MSS_NAME}`,
      ].join("|"),
    ),
    unlessAnswer: PEER_MSS_KEPT,
  },
  {
    misconception: "fin-wait-2-always-times-out",
    // "FIN_WAIT_2에서 일정 시간이 지나면 TIME_WAIT로 넘어간다": TIME_WAIT is reached by the peer's FIN, never by a timer.
    re: ko(
      `(?:${FW2_TIMEOUT})[^.?!]{0,80}?(?:TIME[-_ ]?WAIT\\S*\\s*(?:상태\\S*\\s*)?(?:넘어가|넘어감|넘어간|전환|전이|바뀌|바뀜|변경|변하|이동|진입|들어가|들어감|간다|가게|가고|감|된다|됩니|됨)|\\b(?:moves?|moved|goes|went|transitions?|transitioned|enters?|entered|becomes?|falls?|switch\\w*|passes|turns)\\s+(?:\\w+\\s+){0,2}?(?:to|into|in)?\\s*(?:the\\s+)?TIME[-_ ]?WAIT)|TIME[-_ ]?WAIT[^.?!]{0,30}?\\b(?:after|once|when)\\s+(?:a\\s+|the\\s+|some\\s+)?(?:timeout|timer|tcp_fin_timeout|fin_timeout|while)`,
    ),
    scope: "sentence",
    needs: FIN_WAIT_2,
    family: STATE_FAMILY,
    topic: "fin-wait-2-stuck",
    unless: ko(
      "FIN\\S*\\s*(?:을|를|이|가)?\\s*(?:받|수신)|FIN이\\s*(?:오면|도착하면|와야)|\\breceiv\\w*\\s+(?:the\\s+|its\\s+|a\\s+)?(?:peer's\\s+|server's\\s+|client's\\s+|other\\s+side's\\s+)?FIN|\\bFIN\\s+(?:arrives|comes\\s+in)|\\bon\\s+(?:receiving\\s+)?(?:the|its)\\s+(?:peer's\\s+)?FIN|2\\s*MSL",
    ),
    ko: "FIN_WAIT_2는 상대의 FIN을 받아야 TIME_WAIT로 갑니다. 시간이 지난다고 TIME_WAIT가 되지 않습니다. RFC 9293에는 FIN_WAIT_2의 타이머가 없고, Linux의 tcp_fin_timeout은 close()로 고아가 된 소켓만 정리합니다 (RFC 9293 §3.6).",
    en: "FIN_WAIT_2 goes to TIME_WAIT only when the peer's FIN arrives, never because time passed: RFC 9293 gives it no timer, and Linux's tcp_fin_timeout only drops orphans left by close() (RFC 9293 §3.6).",
  },
  {
    misconception: "fin-wait-2-always-times-out",
    // "Any socket stuck in FIN_WAIT_2 gets cleaned up after tcp_fin_timeout", "무조건 정리된다": every one, whatever holds it.
    re: ko(
      "(?:모든|모두|전부|항상|무조건|언제나|어떤\\s*경우(?:든|에도)|예외\\s*없이|\\balways|\\bevery|\\ball\\b|\\bany\\b|\\bno\\s+matter|\\bregardless|\\binevitably)[^.?!]{0,80}?(?:정리|사라|닫히|닫힌|없어|끊기|끊어|해제|회수|\\bclean\\w*|\\bclear\\w*|\\bclosed|\\bremoved|\\bdropped|\\bdiscarded|\\breaped|\\bfreed|\\bgo(?:es)?\\s+away|\\bresolves?|\\btimes?\\s+out)|(?:정리|사라|닫히|없어|\\bclean\\w*\\s+up|\\bcleared|\\bclosed|\\bremoved|\\bdropped|\\bdiscarded|\\breaped|\\bfreed)[^.?!]{0,40}?\\b(?:after|once|when)\\s+(?:the\\s+)?(?:tcp_fin_timeout|fin_timeout|timeout|timer)",
    ),
    scope: "sentence",
    needs: FIN_WAIT_2,
    family: STATE_FAMILY,
    topic: "fin-wait-2-stuck",
    with: ko(
      "fin_timeout|타임아웃|타이머|일정\\s*(?:시간|기간)|시간이\\s*(?:지나|흐르)|\\d+\\s*(?:초|s\\b|sec)|\\btime-?out|\\btimer|\\bafter\\s+(?:a|some)\\s+(?:while|time)",
    ),
    unless: ko(
      "고아|orphan|shutdown|SHUT_WR|half|하프|반\\s*종료|무기한|영원히|\\bindefinite|\\bforever|\\bno\\s+time\\s+limit|제한\\s*(?:이\\s*)?없|close\\(\\)\\s*(?:로|한|된|를\\s*호출한|\\S*\\s*닫은)|\\bclose\\(\\)d|\\bafter\\s+close\\(\\)|\\bclosed\\s+by\\s+(?:the\\s+)?application",
    ),
    ko: "모든 FIN_WAIT_2가 저절로 끝나지는 않습니다. Linux의 tcp_fin_timeout은 close()로 고아가 된 소켓에만 적용되고, shutdown(SHUT_WR)으로 송신만 닫은 소켓은 상대의 FIN이 올 때까지 남습니다 (RFC 9293 §3.6).",
    en: "not every FIN_WAIT_2 ends by itself: Linux's tcp_fin_timeout applies only to orphans left by close(), and a socket that only shut down its sending side stays until the peer's FIN arrives (RFC 9293 §3.6).",
  },
  {
    ...PORT_AS_SUCH,
    // "The port can't be reused / stays reserved while in TIME_WAIT" is what bind() really does to that
    // local port (EADDRINUSE without SO_REUSEADDR), so on its own it is no mistake; it is one only
    // when the same sentence makes it stop a server serving (the ruling in content/misconceptions.md).
    re: ko(
      [
        "포트\\S*\\s*(?:\\S+\\s+){0,3}?(?:사용할\\s*수\\s*(?:가\\s*)?없|쓸\\s*수\\s*(?:가\\s*)?없|사용하지\\s*못|쓰지\\s*못|못\\s*(?:쓰|써|씀)|사용\\s*불가|재사용할\\s*수\\s*없|재사용하지\\s*못|바인드할\\s*수\\s*없|bind\\S*\\s*수\\s*없)",
        "포트\\s*(?:들)?(?:이|가|을|를|도|은|는)?\\s*(?:모두\\s*|다\\s*)?(?:막혀|막힌|막히|막아|막는|잠기|잠겨|잠긴)",
        "\\bports?\\b(?:\\s+[\\w']+){0,4}?\\s+(?:can(?:not|'t)\\s+be\\s+(?:re)?(?:used|bound)|(?:is|are|stays?|remains?)\\s+(?:\\w+\\s+)?(?:blocked|locked|unusable|unavailable))",
        "\\b(?:blocks?|locks?)\\s+(?:the\\s+|that\\s+|its\\s+|a\\s+|this\\s+)?(?:listening\\s+|server(?:'s)?\\s+)?ports?\\b",
        "\\bcan(?:not|'t)\\s+(?:use|reuse|bind(?:\\s+to)?|listen\\s+on)\\s+(?:the\\s+|that\\s+|this\\s+|its\\s+)?(?:same\\s+)?port\\b",
        // The port said to be held as such: "keeps the port reserved", "the port stays occupied", "ties up the
        // port", "포트를 계속 잡고 있다", "포트가 점유된다".
        "\\b(?:keep|hold|leav)\\w*\\s+(?:the\\s+|that\\s+|its\\s+|a\\s+|their\\s+)?ports?\\s+(?:\\w+\\s+)?(?:reserved|occupied|busy|tied\\s+up|in\\s+use|locked|blocked|allocated)",
        "\\bports?\\b(?:\\s+[\\w']+){0,3}?\\s+(?:is|are|stays?|remains?|gets?|kept)\\s+(?:still\\s+)?(?:reserved|occupied|tied\\s+up|held)\\b",
        "\\b(?:occup(?:y|ies|ying)|reserv(?:e|es|ing)|ties\\s+up|tying\\s+up|hogs?|hogging)\\s+(?:the\\s+|that\\s+|its\\s+|a\\s+|their\\s+)?ports?\\b",
        "포트\\S*\\s*(?:을|를)\\s*(?:계속\\s*|여전히\\s*|그대로\\s*)?(?:잡고|잡아|점유|차지|붙잡|물고)",
        "포트\\S*\\s*(?:이|가|는|은)\\s*(?:계속\\s*|여전히\\s*)?(?:점유|묶여|묶인|잡혀|잡힌|예약)",
        // The port said to take no one: "TIME_WAIT 상태의 포트는 다른 클라이언트가 접속할 수 없다", "no other client can
        // connect to a port in TIME_WAIT".
        "포트\\S*\\s*(?:\\S+\\s+){0,4}?(?:접속할\\s*수\\s*(?:가\\s*)?없|접속하지\\s*못|연결할\\s*수\\s*(?:가\\s*)?없|연결하지\\s*못)",
        "\\b(?:no\\s+other|no\\s+new)\\s+(?:clients?|connections?|hosts?)\\s+(?:can|may|will\\s+be\\s+able\\s+to)\\s+(?:connect|be\\s+made)\\s+(?:to|on)\\s+(?:a|the|that|this)\\s+port",
      ].join("|"),
    ),
    with: ko(
      "(?:새|신규|다른)\\s*(?:연결|클라이언트|접속)|접속\\S*\\s*(?:을|를|이|가)?\\s*(?:못|할\\s*수\\s*없|하지\\s*못|불가|안\\s*되|실패)|받(?:을|지)\\s*(?:수\\s*없|못)|못\\s*받|LISTEN|리슨|리스닝|서비스\\s*포트|서버\\s*포트|서버의\\s*포트|\\baccept\\w*|\\blisten\\w*|\\bnew\\s+(?:connections?|clients?)|\\b(?:no|any)\\s+other\\s+(?:connections?|sockets?|clients?)|\\bserv(?:e|ing)\\s+(?:new\\s+)?clients?|\\bserver(?:'s)?\\s+port|\\bport\\s+(?:80|443|8080)\\b|\\b(?:80|443|8080)\\s*(?:번\\s*)?포트",
    ),
  },
  {
    ...PORT_AS_SUCH,
    // The consequence told of the port as such: a server's listening port running out, the server no
    // longer accepting, clients unable to reach it. A listening port is never held by TIME_WAIT.
    re: ko(
      [
        // A server said to run out of ports to accept with, or to stop accepting because TIME_WAIT piled up.
        "(?:연결을\\s*)?받(?:을|는)\\s*(?:\\S+\\s+){0,2}?포트\\S*\\s*(?:\\S+\\s+)?(?:부족|고갈|바닥|모자)",
        "(?:가득\\s*차|쌓여|쌓이면|많아지면|많아져)\\S*\\s*(?:\\S+\\s+){0,3}?(?:accept\\S*|새\\s*연결\\S*|연결\\S*)\\s*(?:\\S+\\s+)?(?:받을\\s*수\\s*없|할\\s*수\\s*없|받지\\s*못|못\\s*받|하지\\s*못)",
        "\\b(?:fill|pile|build)\\w*\\s+up[^.?!]{0,40}?\\bcan(?:not|'t|\\s+no\\s+longer)\\s+accept\\b",
        // Sockets piling up said to stop clients reaching the server: the listening port is not held.
        "(?:많아|쌓이|쌓여|늘어|가득)\\S*\\s*(?:\\S+\\s+){0,4}?(?:서버|server)\\S*\\s*(?:\\S+\\s+)?(?:접속|연결)\\S*\\s*(?:을|를|이|가)?\\s*(?:못|할\\s*수\\s*없|하지\\s*못|불가|안\\s*되|실패)",
        "\\b(?:pil\\w*|build\\w*|fill\\w*|accumulat\\w*)\\s+up[^.?!]{0,60}?\\bclients?\\s+(?:can(?:not|'t|\\s+no\\s+longer)|(?:are|is)\\s+unable\\s+to|fail\\s+to)\\s+connect\\s+to\\s+(?:the\\s+)?server",
        // The server's own port said to run out, or the server said to stop accepting.
        "(?:서버|LISTEN|리슨|서비스|\\d+\\s*번)\\s*(?:의\\s*)?포트\\S*\\s*(?:\\S+\\s+)?(?:고갈|바닥|부족|소진|모자)",
        "\\b(?:server(?:'s)?|listening|listen)\\s+ports?\\b[^.?!]{0,30}?\\b(?:exhaust\\w*|runs?\\s+out|running\\s+out|deplet\\w*|used\\s+up)|\\b(?:exhaust\\w*|(?:use[sd]?|using|eat(?:s|ing)?|ate)\\s+up)\\s+(?:all\\s+)?(?:the\\s+)?(?:server(?:'s)?\\s+(?:listening\\s+)?|listening\\s+)ports?",
        "\\b(?:the\\s+)?server\\s+(?:can(?:not|'t|\\s+no\\s+longer)|is\\s+(?:no\\s+longer\\s+)?(?:unable|able)\\s+to)\\s+accept\\s+(?:any\\s+)?(?:new\\s+|more\\s+|further\\s+)?(?:connections|clients)",
        // The serving side named otherwise ("services", "the proxy", "they"), or told as refusing: "all services
        // are up but they cannot accept more connections", "서비스가 더 이상 새 연결을 받지 못한다"; not a
        // condition ("if the proxy cannot accept …") nor a "not" before the verb ("does not stop accepting").
        "(?<!\\b(?:if|whether|unless|when)\\s+(?:the\\s+)?)\\b(?:servers?|services?|the\\s+proxy|proxies|the\\s+(?:web\\s+)?app(?:lication)?|nginx|apache|they|it)\\s+(?:(?!(?:not|never|if|when|whether|unless)\\b)\\w+\\s+){0,5}?(?:can(?:not|'t|\\s+no\\s+longer)|(?:is|are)\\s+(?:no\\s+longer\\s+)?unable\\s+to|fails?\\s+to|stops?|stopped)\\s+(?:to\\s+)?(?:accept|accepting|take|taking)\\s+(?:any\\s+)?(?:new\\s+|more\\s+|further\\s+)?(?:incoming\\s+)?(?:client\\s+|user\\s+)?(?:connections|clients|requests)",
        "(?:서버|서비스|프록시|애플리케이션|웹\\s*서버)\\S*\\s*(?:\\S+\\s+){0,3}?(?:새\\s*|신규\\s*|추가\\s*)?(?:연결|접속|요청)\\S*\\s*(?:을|를)?\\s*(?:더\\s*이상\\s*)?(?:받을\\s*수\\s*(?:가\\s*)?없|받지\\s*못|못\\s*받|수락할\\s*수\\s*(?:가\\s*)?없|수락하지\\s*못|accept\\S*\\s*(?:할\\s*수\\s*없|하지\\s*못|못))",
      ].join("|"),
    ),
  },
  {
    ...PORT_AS_SUCH,
    // Serving stopped as such, told as what TIME_WAIT does: "no new connections until a socket leaves
    // TIME_WAIT", "포트 고갈로 연결 거부". Another process kept from binding that port is the bind()
    // case of the ruling (EADDRINUSE without SO_REUSEADDR), not this mistake.
    re: ko(
      [
        "\\bno\\s+(?:new|more|further)\\s+(?:incoming\\s+)?connections?\\s+(?:(?:can|could|will|would)\\s+be\\s+(?:made|accepted|opened|established)\\s+|(?:are|is)\\s+(?:possible|accepted)\\s+)?(?:until|till|untill)\\b",
        "포트\\s*(?:고갈|부족|소진)\\S*\\s*(?:\\S+\\s+){0,3}?(?:연결\\s*거부|접속\\s*거부|connection\\s+refused)",
        "\\bport\\s+exhaustion\\b(?:\\s+[\\w']+){0,4}?\\s+(?:connection\\s+refused|refus\\w*\\s+(?:new\\s+|incoming\\s+)?connections)",
        // New connections said to be kept out: "could eventually prevent new connections from being accepted",
        // "stops the server from accepting new connections", "new connections cannot be accepted".
        "\\b(?:prevent|stop|block|keep)\\w*\\s+(?:any\\s+)?(?:new|more|further|incoming)\\s+(?:incoming\\s+)?connections?\\s+from\\s+being\\s+(?:accepted|established|made|opened)",
        "\\b(?:prevent|stop|keep)\\w*\\s+(?:the\\s+)?(?:server|service|application|app)\\s+from\\s+accepting\\s+(?:any\\s+)?(?:new\\s+|more\\s+|further\\s+|incoming\\s+)?connections",
        "\\b(?:new|incoming|further)\\s+connections\\s+(?:can(?:not|'t)|could\\s+not|couldn't|will\\s+not|won't)\\s+be\\s+accepted",
        // "…you will have to wait 30 minutes before the server can accept new connections".
        "\\bbefore\\s+(?:the\\s+)?(?:server|service|application|app)\\s+(?:can|could|will|is\\s+able\\s+to)\\s+accept\\s+(?:any\\s+)?(?:new|more|further)\\s+connections",
      ].join("|"),
    ),
  },
  {
    misconception: "close-wait-equals-time-wait",
    // CLOSE_WAIT given TIME_WAIT's reason: "CLOSE_WAIT: the connection must not be reopened for a few
    // minutes so delayed packets …". The state named nearest before the words decides what they are about.
    re: TW_REASON,
    scope: "sentence",
    needs: /CLOSE[-_ ]?WAIT/i,
    family: STATE_FAMILY,
    // "not reopened for a few minutes" is the quarantine itself: a "not" before the words is part of it.
    denialInside: true,
    unless: ko(`${DIFFERS.source}|TIME[-_ ]?WAIT|아니|\\bnot\\s+(?:about|for|because|to\\s+(?:wait|let|prevent))|\\bnothing\\s+to\\s+do`),
    ko: "CLOSE_WAIT는 지연된 세그먼트가 사라지기를 기다리는 상태가 아닙니다. 그것은 먼저 닫은 쪽의 TIME_WAIT가 2MSL 동안 하는 일이고, CLOSE_WAIT는 FIN을 받은 쪽이 자기 애플리케이션의 close()를 기다리는 상태입니다 (RFC 9293 §3.3.2, §3.6).",
    en: "CLOSE_WAIT does not wait for delayed segments to expire; that is what TIME_WAIT does for 2MSL on the side that closed first. CLOSE_WAIT is the side that received the FIN waiting for its own application to call close() (RFC 9293 §3.3.2, §3.6).",
  },
  {
    misconception: "rst-is-graceful",
    re: GRACEFUL,
    scope: "clause",
    needs: /\bRST\b/,
    family: FLAG_FAMILY,
    // Told as abrupt in the same sentence ("abruptly closes … without a graceful shutdown"). Set against
    // FIN ("FIN과 달리 RST는 …", "Unlike FIN, RST …"), the words are about the flag aboutTopic finds:
    // RST as the subject states them, FIN as the one compared does not.
    // Also where the graceful close is what RST goes around ("skips the graceful shutdown", "when a graceful
    // close is not possible", "정상 종료 절차를 생략").
    unless: ko(
      "대신|즉시|갑자기|강제|생략|건너뛰|거치지\\s*않|불가능|\\binstead\\b|\\bwithout\\b|\\bungraceful|\\babrupt|\\bimmediately|\\bat\\s+once|\\bskip|\\bbypass|\\bcircumvent|\\bavoid|\\bforgo|\\bimpossible|\\bnot\\s+(?:possible|feasible|an\\s+option)",
    ),
    // "RST is not graceful", "closes the connection, but not gracefully": a "not" inside the words takes them back.
    negatedInside: true,
    ko: "RST는 FIN처럼 닫지 않습니다. 연결을 즉시 없애는 중단이라 보내지 못한 데이터와 읽지 않은 데이터는 버려지고, 시퀀스 번호를 차지하지 않아 ACK로 확인되지도 않습니다 (RFC 9293 §3.10.5, §3.10.7).",
    en: "RST does not close like FIN: it aborts the connection at once, unsent and unread data are discarded, and it occupies no sequence number, so it is never acknowledged (RFC 9293 §3.10.5, §3.10.7).",
  },
  {
    misconception: "rst-is-graceful",
    // A reset told as ending in TIME_WAIT ("After the connection is terminated [by the RST], the connection
    // remains in a Time Wait state", "RST로 끊으면 TIME_WAIT 상태가 된다"): an RST sent or received takes the
    // connection straight to CLOSED, which is why an abortive close is used to skip TIME_WAIT.
    // The end is told in the sentence itself (the RST, or the connection "terminated"): an RST named sentences
    // before a TIME_WAIT of the usual close is not what that TIME_WAIT follows.
    re: ko(
      "(?<=(?:\\bRST\\b|\\b(?:terminat\\w*|reset|abort\\w*|killed)\\b|끊|종료|리셋|중단)[^.?!\\n]{0,60}?)(?:\\b(?:remains?|stays?|goes|went|enters?|entered|moves?|moved|transitions?|transitioned|(?:is|are)\\s+(?:then\\s+|now\\s+)?(?:put\\s+|left\\s+|kept\\s+)?in)\\s+(?:\\w+\\s+){0,3}?(?:in\\s+|into\\s+|to\\s+)?(?:a\\s+|the\\s+)?[\"“']?\\s*TIME[-_ ]?WAIT|TIME[-_ ]?WAIT\\S*\\s*(?:상태\\S*\\s*)?(?:로|에|가|이)?\\s*(?:\\S+\\s+)?(?:들어가|들어간|들어갑|진입|전환|넘어가|넘어간|되|된|됩|남|머무|머물))",
    ),
    scope: "sentence",
    needs: /\bRST\b/,
    family: FLAG_FAMILY,
    unless: ko(
      "없이|거치지|건너뛰|생략|피하|피할|않|정상|일반적|보통|\\bgraceful|\\bnormal|\\borderly|\\busual|\\bwithout\\b|\\bskip|\\bavoid|\\bbypass|\\binstead\\b|\\bnot\\b|\\bnever\\b|\\bunlike\\b|\\bFIN\\b|SO_LINGER|linger",
    ),
    ko: "RST로 끝난 연결은 TIME_WAIT를 거치지 않습니다. RST를 보내거나 받으면 연결은 곧바로 CLOSED가 되고, 그래서 TIME_WAIT를 피하려고 SO_LINGER 0으로 RST 종료를 쓰기도 합니다 (RFC 9293 §3.10.7).",
    en: "a connection ended by an RST does not go through TIME_WAIT: sending or receiving an RST takes it straight to CLOSED, which is why an abortive close (SO_LINGER 0) is sometimes used to avoid TIME_WAIT (RFC 9293 §3.10.7).",
  },
  {
    misconception: "reuseaddr-kills-time-wait",
    // "SO_REUSEADDR를 설정하면 TIME_WAIT 소켓이 사라진다": it only lets a new socket bind beside them.
    re: ko(
      "SO_REUSE(?:ADDR|PORT)[^.?!\\n]{0,60}?(?:TIME[-_ ]?WAIT[^.?!\\n]{0,30}?(?:사라|없어|없앤|없애|없앨|제거|정리|삭제|\\b(?:remov|eliminat|kill|clear|delet|destroy)\\w*|\\bgets?\\s+rid|\\bgo(?:es)?\\s+away|\\bdisappear)|(?:\\b(?:remov|eliminat|kill|clear|delet|destroy)\\w*|\\bgets?\\s+rid\\s+of|없애|없앤|제거|삭제)[^.?!\\n]{0,30}?TIME[-_ ]?WAIT)",
    ),
    scope: "sentence",
    unless: ko("bind|바인드|재시작|\\brestart|\\bbeside|\\balongside|공존|그대로\\s*(?:남|있)|\\bstill\\s+(?:there|exist|remain)"),
    ko: "SO_REUSEADDR는 TIME_WAIT 연결을 없애지 않습니다. 같은 주소와 포트에 새 소켓이 bind할 수 있게 할 뿐이고, TIME_WAIT 연결은 그대로 남아 자기 시간을 채웁니다 (RFC 9293 §3.6).",
    en: "SO_REUSEADDR does not remove TIME_WAIT connections: it only lets a new socket bind the same address and port while they remain, each until its own time runs out (RFC 9293 §3.6).",
  },
  {
    misconception: "reuseaddr-kills-time-wait",
    // SO_REUSEADDR offered as the cure for TIME_WAIT piling up or ports running out ("…can exhaust ephemeral
    // ports; tune with SO_REUSEADDR", "TIME_WAIT가 쌓여 포트가 고갈되면 SO_REUSEADDR를 켠다"): it neither
    // removes TIME_WAIT nor lets an outgoing connection take a 4-tuple still in it. Not a server's restart,
    // whose listening port it does let bind again.
    re: ko(
      `(?:\\bexhaust|\\bruns?\\s+out|\\brunning\\s+out|\\bpil(?:e|es|ing)\\s+up|\\bbuild(?:s|ing)?\\s+up|\\btoo\\s+many|\\baccumulat|\\bdeplet|고갈|부족|바닥|쌓|많아)[^.?!\\n]{0,120}?(?:${TUNE}|${CURED}|\\buse\\b|\\busing\\b|\\bwith\\b|\\bset\\b|\\b(?:turn|switch)\\w*\\s+on\\b|\\bappl(?:y|ies)\\b|사용|설정|켜|써)[^.?!\\n]{0,20}?SO_REUSE(?:ADDR|PORT)|(?:고갈|부족|바닥|쌓|많아)[^.?!\\n]{0,80}?SO_REUSE(?:ADDR|PORT)\\S*\\s*(?:\\S+\\s+){0,2}?(?:설정|켜|사용|쓰|써|적용|해결)|\\b(?:fix|solution|cure|remedy|workaround)\\s+(?:is|was|would\\s+be)\\s+(?:to\\s+)?(?:\\w+\\s+){0,3}?SO_REUSE(?:ADDR|PORT)|(?:해결\\s*(?:책|방법)|대책|처방)\\S*\\s*(?:은|는|으로|로)?\\s*(?:\\S+\\s+){0,2}?SO_REUSE(?:ADDR|PORT)|SO_REUSE(?:ADDR|PORT)[^.?!\\n]{0,40}?(?:\\bprevent|\\bavoid|\\bsolv|\\bfix|\\bcure|막|해결|방지)[^.?!\\n]{0,40}?(?:\\bexhaust|\\bruns?\\s+out|\\bbuild\\s*-?up|\\bpile\\s*-?up|고갈|부족|쌓)`,
    ),
    scope: "sentence",
    needs: TIME_WAIT,
    family: STATE_FAMILY,
    topic: "time-wait-in-practice",
    unless: ko("bind|바인드|재시작|\\brestart|\\bnot\\s+(?:help|fix|solve)|\\bwon't|\\bdoes(?:n't|\\s+not)|않|못|안\\s*(?:되|돼)|\\binstead\\s+of|대신"),
    ko: "SO_REUSEADDR는 TIME_WAIT 연결을 없애지 않고, 나가는 연결이 TIME_WAIT에 남은 4-튜플을 쓰게 하지도 않습니다. 같은 주소와 포트에 새 소켓이 bind할 수 있게 할 뿐이라, 쌓인 TIME_WAIT나 임시 포트 고갈에는 tcp_tw_reuse나 연결 재사용이 맞습니다 (RFC 9293 §3.6).",
    en: "SO_REUSEADDR neither removes TIME_WAIT connections nor lets an outgoing connection use a 4-tuple still in TIME_WAIT: it only lets a new socket bind the same address and port, so piled-up TIME_WAIT or ephemeral-port exhaustion calls for tcp_tw_reuse or reusing connections (RFC 9293 §3.6).",
  },
  {
    misconception: "syn-cookies-cost-nothing",
    // "SYN 쿠키는 … 저장하지 않음. 부작용이 없으니 항상 켜 두면 됨", "연결 문제를 일으키지 않는다": said of the cookies named in the sentence or the one before.
    re: ko(
      "부작용\\s*(?:이|은|도)?\\s*없|단점\\s*(?:이|은|도)?\\s*없|(?:연결|어떤|아무런?)\\s*문제\\S*\\s*(?:\\S+\\s+)?(?:일으키지|초래하지|생기지|발생하지|만들지)\\s*않|\\b(?:causes?|creates?|introduces?|poses?)\\s+no\\s+(?:connection\\s+)?(?:problems?|issues?)\\b|\\bdo(?:es)?(?:n't|\\s+not)\\s+cause\\s+(?:any\\s+)?(?:connection\\s+)?(?:problems?|issues?)\\b|비용\\s*(?:이|은|도)?\\s*없|손해\\s*(?:가|는)?\\s*없|공짜|(?:항상|늘|상시)\\s*켜|\\bno\\s+(?:real\\s+)?(?:drawbacks?|downsides?|costs?|side[-\\s]effects?|trade-?offs?)\\b|\\bfor\\s+free\\b|\\bcostless|\\bfree\\s+lunch|\\balways\\s+(?:be\\s+)?(?:on|enabled?|keep\\s+(?:them|it)\\s+on|turn\\s+(?:them|it)\\s+on)",
    ),
    scope: "sentence",
    needs: ko("쿠키|\\bcookie"),
    family: ko("쿠키|\\bcookies?\\b|SYN\\s*(?:큐|queue)|\\bbacklog\\b|accept\\s*(?:큐|queue)|tcp_max_syn_backlog", "gi"),
    unless: ko("MSS|옵션|\\boptions?\\b|윈도\\s*스케일|\\bwindow\\s+scal|SACK|타임스탬프|\\btimestamp|잃|\\blos[et]|\\bdrop|버려"),
    ko: "SYN 쿠키에도 대가가 있습니다. 서버가 상태를 저장하지 않으므로 SYN의 옵션(윈도 스케일, SACK 등)을 대부분 잃고 MSS도 몇 가지 값으로만 표현되며, 그래서 Linux도 SYN 큐가 넘칠 때만 쿠키를 씁니다 (RFC 4987 §3.6).",
    en: "SYN cookies have a cost: with no state kept, most SYN options (window scale, SACK) are lost and the MSS is coded into a few values, which is why Linux only falls back to cookies when the SYN queue overflows (RFC 4987 §3.6).",
  },
  {
    misconception: "close-wait-times-out",
    // "These will disappear by themselves after a while", "CLOSE_WAIT는 시간이 지나면 알아서 정리된다".
    re: CW_BY_TIME,
    scope: "sentence",
    needs: /CLOSE[-_ ]?WAIT/i,
    family: STATE_FAMILY,
    topic: "close-wait-leak",
    // Keepalive probes that find the peer gone do end the socket: a cause named, not time alone.
    unless: ko(
      "않|아니|안\\s*(?:되|돼|사라|없어)|없(?:다|습|음)|\\bnot\\b|n't\\b|\\bnever\\b|\\bno\\s+timer|\\bforever|영원히|무기한|close\\(\\)|애플리케이션이\\s*(?:닫|종료)|\\bapplication\\s+(?:closes|calls)|프로세스\\S*\\s*(?:종료|재시작|죽)|\\b(?:process|program|application)\\s+(?:exits|dies|is\\s+killed|restarts)|keep[-\\s]?alive|킵\\s*얼라이브",
    ),
    ko: "CLOSE_WAIT는 시간이 지난다고 사라지지 않습니다. 자기 애플리케이션의 close()를 기다리는 상태이고 RFC 9293에도 Linux에도 이 상태를 끝내는 타이머가 없어, 애플리케이션이 소켓을 닫을 때까지 남습니다 (RFC 9293 §3.3.2).",
    en: "CLOSE_WAIT does not go away with time: it waits for the local application's close(), and neither RFC 9293 nor Linux has a timer that ends it, so it stays until the application closes the socket (RFC 9293 §3.3.2).",
  },
];
