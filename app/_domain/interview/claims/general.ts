import { KO_UNLIKE, ko } from "./lexicon";
import { STATE_FAMILY, type Pattern } from "./practice";

// Checks that hold under any prompt: each match names what it is about (tcp_tw_recycle, keepalive,
// the accept queue, UDP), so no rubric topic is needed, and each is dropped where the sentence
// also carries the correcting words. Conservative on purpose: a miss costs less than a false flag.

// A contrast anywhere in the sentence sets the claim against its correction. A plain negation does
// not: it may deny another predicate ("…accept 큐를 채워 새 연결을 받을 수 없다", "…so no new client gets
// in"); denied() reads it against the claim's own predicate.
const NOT = `말고|\\brather\\s+than\\b|\\binstead\\b|\\bunlike\\b|달리|대신|반면|${KO_UNLIKE}`;

// One correction for every wording of tw-recycle-safe below.
const TW_RECYCLE_MESSAGE = {
  ko: "tcp_tw_recycle은 안전한 설정이 아니었습니다. 타임스탬프로 TIME_WAIT를 줄이면서 NAT 뒤 여러 호스트가 보낸 정상 SYN을 버렸고, 그래서 Linux 4.12에서 제거되었습니다. 클라이언트 쪽 포트 부족에는 tcp_tw_reuse나 연결 재사용이 맞습니다.",
  en: "tcp_tw_recycle was never safe: it cut TIME_WAIT short using timestamps and dropped legitimate SYNs from hosts behind one NAT, so Linux 4.12 removed it. For client-side port exhaustion, tcp_tw_reuse or reusing connections is the fix.",
};

// What turning it on is said to gain: TIME_WAIT gone, fewer, or sockets reused sooner.
const RECYCLE_GAIN =
  "해결|없애|없앨|없어|줄이|줄일|줄어|안전|권장|좋|빠르게|재활용|\\bfix\\w*|\\bsolv\\w*|\\bremov\\w*|\\beliminat\\w*|\\bget\\s+rid|\\bsafe\\w*|\\brecommend\\w*|\\bhelps?\\b|\\bfaster\\b|\\bquickly\\b|\\bsooner\\b|\\brecycl\\w*";

const GENERAL: Pattern[] = [
  {
    misconception: "tw-recycle-safe",
    // "Enable tcp_tw_recycle to get rid of TIME_WAIT", "tcp_tw_recycle을 켜면 안전하게 해결된다".
    re: ko(
      `(?:tcp_)?tw_recycle[^.?!\\n]{0,60}?(?:켜|활성|설정|사용|\\benabl\\w*|\\bturn\\w*\\s+(?:it\\s+)?on|\\bswitch\\w*\\s+on|\\bset\\w*)[^.?!\\n]{0,50}?(?:${RECYCLE_GAIN})|(?:\\benabl\\w*|\\bturn\\w*\\s+on|\\bset\\w*|켜|활성화)[^.?!\\n]{0,20}?(?:tcp_)?tw_recycle[^.?!\\n]{0,50}?(?:${RECYCLE_GAIN}|\\bclear\\w*)`,
    ),
    scope: "sentence",
    // Its real record: removed in Linux 4.12, broke clients behind NAT.
    unless: ko(`${NOT}|NAT|제거|삭제|위험|\\bremoved\\s+(?:in|from)|4\\.12|\\bdeprecat\\w*|\\bdanger\\w*|\\bbreak\\w*|\\bavoid\\b|\\bdon't\\b`),
    ...TW_RECYCLE_MESSAGE,
  },
  {
    misconception: "tw-recycle-safe",
    // A settings line that turns it on, given as what to do: "set net.ipv4.tcp_tw_recycle = 1 in
    // sysctl.conf", "커널 파라미터 net.ipv4.tcp_tw_recycle=1로 해결". Shown with no warning beside it, the
    // line is the advice.
    // Or written to /proc: "echo 1 > /proc/sys/net/ipv4/tcp_tw_recycle".
    re: ko("(?:net\\.ipv4\\.)?tcp_tw_recycle\\s*=\\s*1\\b|\\becho\\s+1\\s*>{1,2}\\s*\\S*tcp_tw_recycle\\b"),
    scope: "sentence",
    unless: ko(
      `${NOT}|NAT|제거|삭제|위험|문제가\\s*(?:생|있|될|발생)|주의|하지\\s*(?:마|말)|\\bremoved\\b|4\\.12|\\bdeprecat\\w*|\\bdanger\\w*|\\bbreak\\w*|\\bbroke\\w*|\\bavoid\\b|\\bdon't\\b|\\bnever\\b|\\bunsafe\\b|\\bcareful|\\bwarn\\w*|\\bused\\s+to\\b|\\bbe\\s+aware|\\bcaution\\w*|\\b(?:issues?|problems?)\\b`,
    ),
    unlessNear: true,
    ...TW_RECYCLE_MESSAGE,
  },
  {
    misconception: "keepalive-on-by-default",
    // "TCP keepalive is enabled by default", "keepalive는 기본으로 켜져 있다": HTTP's persistent connections are (HTTP/1.1), TCP's are not.
    re: ko(
      "keep[-\\s]?alive[^.?!\\n]{0,50}?\\b(?:is|are)\\s+(?:\\w+\\s+)?(?:on|enabled|active|turned\\s+on)\\s+by\\s+default|\\bby\\s+default[^.?!\\n]{0,30}?keep[-\\s]?alive\\w*\\s+(?:is\\s+|are\\s+)?(?:on|enabled|active|sends?)|(?:keep[-\\s]?alive|킵\\s*얼라이브|SO_KEEPALIVE)\\S*\\s*(?:\\S+\\s+){0,3}?기본(?:으로|적으로|값으로|값이|값은)?\\s*(?:\\S+\\s+)?(?:켜져|켜진|켜있|활성화되어|활성화돼|활성화된|적용되어|동작)",
    ),
    scope: "sentence",
    // …nor one program's own default, told as a change: "TCP_KEEPALIVE is now enabled by default (in this server)".
    unless: ko(
      `${NOT}|HTTP|Connection\\s*:|꺼져|꺼진|비활성|\\boff\\b|\\bdisabled\\b|\\bopt[-\\s]?in\\b|7200|2\\s*시간|\\btwo\\s+hours|\\bnow\\s+(?:\\w+\\s+)?(?:enabled|on|turned\\s+on)\\b`,
    ),
    ko: "TCP keepalive는 기본으로 꺼져 있습니다. RFC 9293 §3.8.4에 따라 켜려면 소켓마다 요청해야 하고 유휴 간격은 2시간 이상이어야 하며, Linux도 SO_KEEPALIVE를 켠 소켓에서 7200초 뒤에야 첫 프로브를 보냅니다.",
    en: "TCP keepalive is off by default: by RFC 9293 §3.8.4 it is turned on per socket and its idle interval is no less than two hours; Linux sends the first probe after 7200 seconds, and only on sockets with SO_KEEPALIVE.",
  },
  {
    misconception: "lost-syn-fails-at-once",
    // "SYN이 유실되면 connect()가 바로 실패한다", "if the SYN is lost, the connection fails immediately".
    re: ko(
      "SYN\\S*\\s*(?:\\S+\\s+){0,4}?(?:유실|손실|잃어|잃|사라지|사라|드롭|버려)\\S*\\s*(?:\\S+\\s+){0,4}?(?:바로|즉시|곧바로|곧장)\\s*(?:\\S+\\s+)?(?:실패|에러|오류|포기|끊)|\\bSYN\\b[^.?!\\n]{0,30}?\\b(?:is|gets|was|are)\\s+(?:lost|dropped)\\b[^.?!\\n]{0,50}?\\b(?:fails?|errors?\\s+out|gives?\\s+up|aborts?|is\\s+aborted)\\s+(?:\\w+\\s+){0,2}?(?:immediately|at\\s+once|right\\s+away|straight\\s+away)|\\bSYN\\b[^.?!\\n]{0,30}?\\b(?:is|gets|was|are)\\s+(?:lost|dropped)\\b[^.?!\\n]{0,50}?\\b(?:immediately|at\\s+once|right\\s+away|straight\\s+away)\\s+(?:\\w+\\s+){0,2}?(?:fails?|errors?|gives?\\s+up|aborts?)",
    ),
    scope: "sentence",
    // A refused connection (RST) does fail at once; a told retry is the right story.
    unless: ko(`${NOT}|RST|\\brefused|거부|재전송|다시\\s*보|\\bretransmi\\w*|\\bretr(?:y|ies)|\\bresend\\w*|\\bagain\\b`),
    ko: "SYN 하나가 유실되었다고 connect()가 바로 실패하지 않습니다. 클라이언트는 SYN-SENT에서 재전송 타이머가 만료될 때마다 간격을 늘려 가며 SYN을 다시 보내고 (RFC 9293 §3.8.1, §3.8.3), Linux는 기본 6번 재전송한 뒤에야 ETIMEDOUT을 돌려줍니다.",
    en: "a single lost SYN does not make connect() fail: the client in SYN-SENT resends it each time its retransmission timer fires, backing off as it goes (RFC 9293 §3.8.1, §3.8.3), and Linux retries 6 times by default before connect() fails with ETIMEDOUT.",
  },
  {
    misconception: "syn-flood-fills-accept-queue",
    // "A SYN flood fills the accept queue": half-open attempts wait in the SYN queue, never in the accept queue.
    re: ko(
      "(?:accept|억셉트)\\s*(?:큐|queue|backlog)\\S*\\s*(?:\\S+\\s+){0,3}?(?:가득|채우|채워|채운|넘치|넘쳐|꽉|차서|차게|찬다|고갈|\\bfill\\w*|\\bfull\\b|\\boverflow\\w*|\\bexhaust\\w*)|\\b(?:fill\\w*|flood\\w*|exhaust\\w*|overflow\\w*|overwhelm\\w*)\\s+(?:up\\s+)?(?:the\\s+|its\\s+|a\\s+)?(?:server's\\s+)?accept\\s+(?:queue|backlog)",
    ),
    scope: "sentence",
    with: ko("SYN\\s*(?:flood|플러드|플러딩)|\\bflood\\w*|플러딩|홍수"),
    unless: ko(`${NOT}|SYN\\s*(?:큐|queue|backlog)|half[-\\s]?open|반\\s*개방|미완성|\\bincomplete\\b|SYN[-_ ]?RECEIVED|SYN[-_ ]?RCVD|\\bslow\\b|느린|느려`),
    ko: "SYN Flooding이 채우는 것은 accept 큐가 아니라 세 번째 ACK를 기다리는 SYN-RECEIVED 연결의 SYN 큐입니다. accept 큐는 핸드셰이크를 마친 연결을 담는 곳이라 ACK를 보내지 않는 공격으로는 차지 않습니다 (RFC 4987 §2).",
    en: "a SYN flood fills the SYN queue of SYN-RECEIVED attempts waiting for their third ACK, not the accept queue: that holds completed connections, which an attacker who never ACKs does not create (RFC 4987 §2).",
  },
  {
    misconception: "options-anytime",
    // "MSS나 윈도 스케일은 연결 중 언제든 협상할 수 있다", "options can be renegotiated at any time".
    re: ko(
      "(?:옵션|MSS|윈도\\s*스케일|윈도우\\s*스케일)\\S*\\s*(?:\\S+\\s+){0,4}?(?:언제든|아무\\s*때나|연결\\s*중에도|연결\\s*도중에도|도중에도|중간에도)\\S*\\s*(?:\\S+\\s+){0,2}?(?:협상|재협상|바꿀|바꿔|변경|켤|정할|추가)|(?:옵션|MSS|윈도\\s*스케일|윈도우\\s*스케일)\\S*\\s*(?:\\S+\\s+){0,3}?재협상\\S*\\s*(?:할\\s*)?수\\s*있|\\b(?:options?|MSS|window\\s+scal\\w*)\\b[^.?!\\n]{0,50}?\\b(?:(?:be\\s+)?(?:re-?negotiat|negotiat|chang|switch|enabl|add|adjust|updat)\\w*|turned\\s+on)\\s+(?:\\w+\\s+){0,3}?(?:at\\s+any\\s+(?:time|point|moment)|any\\s*time|mid-connection|in\\s+the\\s+middle\\s+of\\s+(?:a|the)\\s+connection|during\\s+the\\s+connection|whenever)|\\b(?:options?|MSS|window\\s+scal\\w*)\\b[^.?!\\n]{0,40}?\\bcan\\s+(?:\\w+\\s+)?be\\s+renegotiat\\w*|\\b(?:at\\s+any\\s+(?:time|point)|any\\s*time|mid-connection)\\b[^.?!\\n]{0,30}?\\b(?:re-?negotiat\\w*|negotiat\\w*|chang\\w*)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:TCP\\s+)?(?:options?|MSS|window\\s+scal\\w*)",
    ),
    scope: "sentence",
    unless: ko(`${NOT}|SYN에서만|SYN에만|\\bonly\\b|에서만|뿐|\\bcannot\\b|\\bcan't\\b|수\\s*없`),
    ko: "MSS, 윈도 스케일, SACK 허용 같은 옵션은 SYN과 SYN+ACK에서만 알리고 연결 중에 다시 협상하지 않습니다. 타임스탬프도 두 SYN이 모두 실었을 때만 켜집니다 (RFC 9293 §3.2, RFC 7323).",
    en: "options such as MSS, window scale and SACK-permitted are announced only in the SYN and SYN+ACK and never renegotiated mid-connection; timestamps too are on only if both SYNs carry them (RFC 9293 §3.2, RFC 7323).",
  },
  {
    misconception: "udp-has-connection-state",
    // "UDP also sets up a connection", "UDP도 핸드셰이크를 거치고 TIME_WAIT를 가진다".
    re: ko(
      "\\bUDP\\b\\s+(?:also\\s+|too\\s+|likewise\\s+|similarly\\s+)?(?:(?:must|will|would|has\\s+to|needs\\s+to|can)\\s+)?(?:sets?\\s+up|establish\\w*|performs?|does|goes\\s+through|keeps?|maintains?|enters?|go\\s+through|uses?)\\s+(?:a\\s+|an\\s+|the\\s+|its\\s+)?(?:(?:three|3)[-\\s]way\\s+)?(?:connection(?!less)|handshake|TIME[-_ ]?WAIT|ESTABLISHED|connection\\s+state)|\\bUDP\\b\\s+(?:also\\s+|too\\s+)?has\\s+(?:a\\s+|an\\s+|the\\s+)?(?:(?:three|3)[-\\s]way\\s+)?(?:handshake|TIME[-_ ]?WAIT|connection\\s+state)|UDP\\s*(?:도|역시|또한|는|의\\s*경우(?:에도)?)\\s*(?:\\S+\\s+){0,3}?(?:연결을\\s*(?:설정|맺|수립)|핸드셰이크를\\s*(?:하|거|수행)|핸드쉐이크를\\s*(?:하|거|수행)|TIME[-_ ]?WAIT\\S*\\s*(?:상태\\S*\\s*)?(?:가\\s*있|를\\s*거|에\\s*들어|를\\s*가지|를\\s*유지)|(?:연결\\s*)?상태를\\s*(?:가지|유지|저장))",
    ),
    scope: "sentence",
    // QUIC or the application building its own connection over UDP is not UDP having one; connect() on a UDP socket only sets a peer.
    unless: ko(`${NOT}|QUIC|애플리케이션|응용|상위|\\bapplication|\\bapp\\b|\\bon\\s+top\\b|\\bover\\s+UDP|connect\\(\\)|비연결|\\bconnectionless`),
    ko: "UDP에는 연결이 없습니다. 핸드셰이크도, 양쪽이 기억하는 상태도, FIN 교환이나 TIME_WAIT도 없고 데이터그램마다 독립적입니다. UDP 소켓의 connect()도 기본 목적지를 정할 뿐 아무것도 보내지 않습니다 (RFC 768).",
    en: "UDP has no connections: no handshake, no state kept by both ends, no FIN exchange and no TIME_WAIT; every datagram stands alone, and connect() on a UDP socket only sets a default destination and sends nothing (RFC 768).",
  },
];

// Seen in real answers with no entry before (issue #13): each is read only where its subject is named
// (CLOSE_WAIT nearest among the states, SYN cookies among the defences, TIME_WAIT among the states).
const CLOSE_WAIT = /CLOSE[-_ ]?WAIT/i;
const TIME_WAIT = /TIME[-_ ]?WAIT/i;

const NEW: Pattern[] = [
  {
    misconception: "close-wait-waits-for-data",
    // "CLOSE_WAIT는 받은 데이터를 모두 처리할 때까지 기다린다", "CLOSE_WAIT waits until the remaining data has arrived".
    re: ko(
      [
        "(?:남은|나머지|받은|받지\\s*못한|처리되지\\s*않은|미처리된?|들어온|수신한|수신된)\\s*(?:\\S+\\s+)?데이터\\S*\\s*(?:\\S+\\s+){0,2}?(?:모두\\s*|다\\s*|전부\\s*|마저\\s*)?(?:처리|수신|받|읽)\\S*\\s*(?:\\S+\\s+){0,2}?(?:기다리|때까지|대기)",
        // Waiting for the peer's remaining data as such: "CLOSE_WAIT는 상대가 보낼 남은 데이터를 기다리는 상태".
        "(?:남은|나머지)\\s*데이터\\S*\\s*(?:\\S+\\s+)?(?:기다리|기다림|대기)",
        "상대\\S*\\s*(?:\\S+\\s+){0,2}?(?:남은|나머지)\\s*데이터\\S*\\s*(?:\\S+\\s+){0,2}?(?:모두\\s*|다\\s*)?(?:보내|전송|받)\\S*\\s*(?:\\S+\\s+){0,2}?(?:기다리|때까지|대기)",
        "\\bwait\\w*\\s+(?:\\w+\\s+){0,3}?(?:for|until)\\s+(?:\\w+\\s+){0,3}?(?:remaining|rest\\s+of\\s+the|pending|outstanding|received|incoming|unprocessed)\\s+(?:\\w+\\s+)?(?:data|packets|segments|bytes)",
        "\\buntil\\s+(?:all\\s+)?(?:the\\s+)?(?:remaining\\s+|received\\s+|pending\\s+|incoming\\s+)?(?:data|packets|segments|bytes)\\s+(?:\\w+\\s+){0,2}?(?:is|are|has\\s+been|have\\s+been)\\s+(?:fully\\s+)?(?:received|processed|read|delivered|consumed)",
      ].join("|"),
    ),
    scope: "sentence",
    needs: CLOSE_WAIT,
    family: STATE_FAMILY,
    topic: "close-wait-leak",
    // The application's close() named as what it waits for is the right story, whatever else it does first.
    unless: ko(
      `${NOT}|close\\(\\)|\\bcalls?\\s+close|\\bclose\\s+(?:the|its)\\s+socket|닫(?:기|을|는|을\\s*때)|소켓을\\s*닫|\\bapplication\\s+(?:to\\s+)?close`,
    ),
    ko: "CLOSE_WAIT는 데이터를 기다리는 상태가 아닙니다. 상대의 FIN을 받았다는 것은 상대가 보낼 데이터가 더 없다는 뜻이고, CLOSE_WAIT는 자기 애플리케이션이 close()를 호출하기를 기다립니다. 커널에는 이 상태를 끝내는 타이머가 없습니다 (RFC 9293 §3.3.2, §3.6).",
    en: "CLOSE_WAIT does not wait for data: the peer's FIN means it has nothing more to send, and CLOSE_WAIT waits for the local application to call close(); no kernel timer ends it (RFC 9293 §3.3.2, §3.6).",
  },
  {
    misconception: "syn-cookies-record-ips",
    // "SYN cookies record the IP addresses used for the flood", "SYN 쿠키는 공격 IP를 기억해 차단한다".
    re: ko(
      "\\b(?:record|remember|store|track|log|keep|save|list|blacklist|blocklist)\\w*\\s+(?:\\w+\\s+){0,3}?(?:IPs?\\b|IP\\s+addresses|addresses|sources?\\b)|\\b(?:block|black|deny)[-\\s]?list|IP\\S*\\s*(?:주소\\S*\\s*)?(?:\\S+\\s+){0,2}?(?:기록|기억|저장|추적|목록|리스트)|블랙\\s*리스트|차단\\s*목록",
    ),
    scope: "sentence",
    needs: ko("쿠키|\\bcookie"),
    family: ko("쿠키|\\bcookies?\\b|\\bSYN\\s+cach\\w*|방화벽|\\bfirewall\\w*|iptables|fail2ban|\\brate[-\\s]?limit\\w*|IDS|IPS\\b", "gi"),
    // A cookie is the client's address and port hashed into the ISN: said so, the words are right.
    unless: ko(`${NOT}|해시|인코딩|암호화|ISN|시퀀스|\\bhash\\w*|\\bencod\\w*|\\bsequence\\b|\\bstateless`),
    ko: "SYN 쿠키는 아무것도 기록하지 않습니다. 주소·포트와 비밀값으로 만든 값을 서버의 ISN에 담아 보내고, 돌아온 ACK에서 그 값을 다시 계산해 확인할 뿐이라 IP 목록도 차단도 없습니다 (RFC 4987 §3.6).",
    en: "SYN cookies record nothing: the server puts a value computed from the addresses, ports and a secret into its ISN and recomputes it when the ACK returns; there is no list of IPs and no blocking (RFC 4987 §3.6).",
  },
  {
    misconception: "time-wait-holds-fd",
    // "TIME_WAIT 소켓이 많아지면 File Descriptor 제한에 걸린다", "TIME_WAIT sockets use up file descriptors".
    re: ko(
      "(?:파일\\s*디스크립터|파일\\s*기술자|file\\s*descriptor|\\bfd\\b|소켓\\s*핸들)\\S*\\s*(?:\\S+\\s+){0,3}?(?:제한|한도|한계|고갈|부족|소진|차지|잡|점유|소모|걸리|걸려)|\\b(?:hold|holds|holding|keep|keeps|occup\\w*|consum\\w*|us(?:e|es|ing)\\s+up|tie\\w*\\s+up|exhaust\\w*|hit\\w*|reach\\w*|run\\w*\\s+out\\s+of)\\s+(?:\\w+\\s+){0,3}?(?:file\\s+descriptors?|fds?\\b|socket\\s+handles?|(?:fd|file\\s+descriptor|open\\s+files?)\\s+limit)|\\b(?:file\\s+descriptors?|fds)\\b[^.?!\\n]{0,30}?\\b(?:exhaust\\w*|run\\w*\\s+out|limit)|too\\s+many\\s+open\\s+files|EMFILE" +
        // Its release said to wait: "delays the release of the file descriptor", "fd의 반환이 늦어진다".
        "|\\b(?:delay\\w*|postpon\\w*|prevent\\w*|hold\\w*\\s+(?:back|up)|block\\w*)\\s+(?:the\\s+)?(?:release|freeing|return(?:ing)?|clos(?:e|ing))\\s+of\\s+(?:the\\s+|its\\s+|an?\\s+)?(?:\\w+(?:'s)?\\s+)?(?:file\\s+descriptors?|fds?\\b)" +
        "|(?:파일\\s*디스크립터|파일\\s*기술자|\\bfd\\b)\\S*\\s*(?:반환|해제|회수|정리)\\S*\\s*(?:\\S+\\s+)?(?:늦|지연|미뤄|미루)" +
        // A descriptor said to be in the state, which only a connection has: "FDs are sockets in the
        // TIME_WAIT state", "TIME_WAIT 상태의 파일 디스크립터". TIME_WAIT stays outside the match:
        // aboutTopic reads a state inside it as what the claim says, not what it is about.
        "|\\b(?:file\\s+descriptors?|fds)\\b[^.?!\\n]{0,40}?\\b(?:in|into)(?=\\s+(?:the\\s+)?TIME[-_ ]?WAIT)|(?<=TIME[-_ ]?WAIT\\s*(?:상태\\s*)?)(?:의|인|에\\s*있는|로\\s*남은)\\s*(?:파일\\s*디스크립터|파일\\s*기술자|fd\\b)",
    ),
    scope: "sentence",
    needs: TIME_WAIT,
    family: STATE_FAMILY,
    unless: ko(`${NOT}|CLOSE[-_ ]?WAIT|커널만|이미\\s*닫|해제|\\bkernel\\s+only|\\balready\\s+closed|\\breleased|\\bfreed`),
    ko: "TIME_WAIT는 애플리케이션의 파일 디스크립터를 잡고 있지 않습니다. 먼저 close()한 쪽의 소켓은 이미 닫혀 fd가 돌려받아졌고, TIME_WAIT는 커널이 작은 구조체로만 2MSL 동안 들고 있는 연결입니다 (RFC 9293 §3.6; Linux는 tcp_max_tw_buckets로 개수를 제한). fd를 붙잡는 것은 close()되지 않은 CLOSE_WAIT입니다.",
    en: "TIME_WAIT does not hold the application's file descriptor: the side that closed first has already called close() and its fd is gone; the kernel keeps only a small record of the connection for 2MSL (RFC 9293 §3.6; Linux caps their number with tcp_max_tw_buckets). What holds fds is CLOSE_WAIT left unclosed.",
  },
];

// Their words hold no negation of their own: one inside a match denies it, so a word they skip may be
// any word, a possessive included ("records the attackers' IP addresses").
const skipPossessives = (re: RegExp) => new RegExp(re.source.replaceAll("\\w{1,30}\\s+", "[\\w']{1,30}\\s+"), re.flags);
// FIN_WAIT_2 said to move on to TIME_WAIT when a timer runs out: "FIN_WAIT_2에서 일정 시간이 지나면
// TIME_WAIT가 된다", "after tcp_fin_timeout the socket moves from FIN_WAIT_2 to TIME_WAIT". By the
// model only the peer's FIN takes FIN-WAIT-2 to TIME-WAIT; Linux's timer on an orphan closes it.
// Within a sentence, a dot inside a name (net.ipv4.tcp_fin_timeout) included.
const GAP = "(?:[^.?!\\n]|\\.(?=[A-Za-z0-9_]))";
const FW2 = "FIN[-_ ]?WAIT[-_ ]?(?:2|II)(?![\\w])";
const TIMEOUT_WORD =
  "(?:일정\\s*시간|시간이\\s*(?:지나|흐르|경과)|타임\\s*아웃|만료|\\btime\\s*-?\\s*outs?\\b|\\btimes\\s+out|\\btimed\\s+out|(?:tcp_)?fin_timeout|\\btimer\\s+(?:expires|runs\\s+out|fires)|\\bafter\\s+(?:a\\s+)?(?:while|some\\s+time|(?:a\\s+)?(?:set|fixed|certain)\\s+(?:time|period)|\\d+\\s*(?:s|sec|seconds)\\b))";
const INTO_TIME_WAIT =
  "(?:TIME[-_ ]?WAIT\\S*\\s*(?:상태\\S*\\s*)?(?:\\S+\\s+)?(?:되|된|됨|돼|바뀌|바뀐|전환|전이|넘어가|넘어간|들어가|들어간|진입|이동|변경|변하)|\\b(?:moves?|moved|goes|went|transitions?|transitioned|enters?|entered|falls?|switch(?:es|ed)?|changes?|changed|turns?|becomes?|became|passes|proceeds?)\\s+(?:\\w+\\s+){0,2}?(?:to|into|in)?\\s*(?:the\\s+)?TIME[-_ ]?WAIT)";
const FIN_WAIT_2_TIMES_INTO_TIME_WAIT: Pattern = {
  misconception: "fin-wait-2-timeout-enters-time-wait",
  re: ko([`${FW2}${GAP}{0,60}?${TIMEOUT_WORD}${GAP}{0,70}?${INTO_TIME_WAIT}`, `${TIMEOUT_WORD}${GAP}{0,40}?${FW2}${GAP}{0,30}?${INTO_TIME_WAIT}`].join("|")),
  scope: "sentence",
  // The peer's FIN told as what ends the wait is the model's own story.
  unless: ko(
    `${NOT}|FIN\\S*\\s*(?:\\S+\\s+)?(?:을|를|이|가)?\\s*(?:받|수신|도착|오면|오고|온\\s)|\\b(?:receiv\\w*|gets?|got)\\s+(?:the\\s+|a\\s+|its\\s+)?(?:peer's\\s+|server's\\s+|client's\\s+|other\\s+(?:side|end)'s\\s+|second\\s+|final\\s+)?FIN|(?<!\\bno\\s)\\bFIN\\s+(?:arrives|comes|is\\s+received)|CLOSED로|\\bclosed\\b|\\baborted`,
  ),
  ko: "FIN_WAIT_2는 시간이 지난다고 TIME_WAIT로 가지 않습니다. TIME_WAIT로 가는 것은 상대의 FIN을 받아 ACK를 보낼 때뿐이고 (RFC 9293 §3.6), Linux의 tcp_fin_timeout은 close()된 고아 FIN_WAIT_2 소켓을 그 시간 뒤에 TIME_WAIT 없이 없앱니다.",
  en: "FIN_WAIT_2 does not turn into TIME_WAIT when a timer runs out: only the peer's FIN, once ACKed, takes it to TIME_WAIT (RFC 9293 §3.6); Linux's tcp_fin_timeout removes an orphaned FIN_WAIT_2 socket after that time without any TIME_WAIT.",
};
// The same told of FIN_WAIT_2 named in the sentence before: "…FIN을 기다리는 상태를 FIN_WAIT2 상태라 합니다. 이때, 일정
// 시간 FIN이 오지 않으면, 자동으로 TIME_WAIT로 넘어갑니다". The state the sentence is about is looked up as for the others.
const FIN_WAIT_2_BEFORE_TIMES_INTO_TIME_WAIT: Pattern = {
  ...FIN_WAIT_2_TIMES_INTO_TIME_WAIT,
  re: ko(`${TIMEOUT_WORD}${GAP}{0,70}?${INTO_TIME_WAIT}`),
  needs: /FIN[-_ ]?WAIT[-_ ]?(?:2|II)\b/i,
  family: STATE_FAMILY,
};
NEW.push(FIN_WAIT_2_TIMES_INTO_TIME_WAIT, FIN_WAIT_2_BEFORE_TIMES_INTO_TIME_WAIT, {
  misconception: "time-wait-is-2rtt",
  // "TIME_WAIT lasts twice the round-trip time", "2*RTT 동안 기다린다", "왕복 시간(RTT)의 두 배": the wait is 2MSL, a segment's
  // lifetime in the network, which has nothing to do with the path's round-trip time.
  re: ko(
    "(?<![\\w.])(?:2|two|twice|double)\\s*(?:\\*|x|×|times)?\\s*(?:the\\s+)?(?:maximum\\s+|max\\s+)?(?:RTT|round[-\\s]trip(?:[-\\s]times?)?)\\b|(?:\\bRTT|왕복\\s*(?:시간|지연(?:\\s*시간)?))(?:\\s*\\(\\s*RTT\\s*\\))?\\s*(?:의|x|×|\\*)?\\s*(?:2|두)\\s*배|\\b(?:RTT|round[-\\s]trip\\s+times?)\\s*(?:x|×|\\*)\\s*2\\b",
  ),
  scope: "sentence",
  needs: TIME_WAIT,
  family: STATE_FAMILY,
  topic: "time-wait",
  // A duration told of what is not allowed ("does not allow reuse for 2 RTT") is still the wait's length.
  denialInside: true,
  // 2MSL named beside it, or a retransmission timer (whose timeout does follow the RTT).
  unless: ko(
    `${NOT}|\\bnot\\s+(?:for\\s+|just\\s+|simply\\s+)?(?:2|two|twice|double)\\b|(?:2|두)\\s*배(?:가|는)?\\s*아니|MSL|최대\\s*세그먼트\\s*(?:수명|생존)|\\bmaximum\\s+segment\\s+lifetime|재전송|RTO|\\bretransmi\\w*|\\bkeep[-\\s]?alive`,
  ),
  ko: "TIME_WAIT는 RTT의 두 배가 아니라 2MSL 동안 기다립니다. MSL은 세그먼트가 네트워크에 살아 있을 수 있는 최대 시간이고(RFC는 2분, Linux는 TIME_WAIT를 60초로 고정), 경로의 왕복 시간과는 관계가 없습니다 (RFC 9293 §3.4.2, §3.6).",
  en: "TIME_WAIT lasts 2MSL, not twice the round-trip time: MSL is the longest a segment may live in the network (2 minutes in the RFC; Linux fixes TIME_WAIT at 60 seconds) and has nothing to do with the path's RTT (RFC 9293 §3.4.2, §3.6).",
});

export const GENERAL_PATTERNS: Pattern[] = GENERAL.map((p) => ({ ...p, re: skipPossessives(p.re), negatedInside: true }));
export const NEW_PATTERNS: Pattern[] = NEW.map((p) => ({ ...p, re: skipPossessives(p.re), negatedInside: true }));
