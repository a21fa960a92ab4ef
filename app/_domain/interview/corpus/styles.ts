/**
 * How people answer these questions in public, noted before the corpus was written: one entry
 * per style, with where it was seen (an address, never a quote). The corpus answers are our own
 * sentences written in these styles; nothing here is copied.
 */
export type Style = { id: string; description: string; seenAt: string[] };

export const STYLES: Style[] = [
  {
    id: "numbered-steps",
    description: "1. 2. 3. steps, each naming sender, segment and the states it moves to; Korean -습니다 or -한다 endings",
    seenAt: [
      "https://velog.io/@leesfact/TCP의-연결-해제-4-way-핸드세이크와-TIMEWAIT",
      "https://tyulsjjava.tistory.com/281",
      "https://velog.io/@sparkbosing/Network-%EB%84%A4%ED%8A%B8%EC%9B%8C%ED%81%AC%EC%9D%98-%EC%9B%90%EB%A6%AC7",
      "https://kokomen.kr/members/interviews/1307",
      "https://velog.io/@nagt1997/TCP-UDP",
    ],
  },
  {
    id: "arrow-lines",
    description: "'클라이언트 → 서버 : SYN', 'Client > Server : TCP SYN', '(1) Client -> Server [SYN]' lines, often with the segment in brackets",
    seenAt: [
      "https://velog.io/@kyu123/3-Way-Handshake란",
      "https://velog.io/@i-am-jiwon/3-way-handshake-4-way-handshake",
      "https://hsh-11.github.io/TCP",
      "https://yunrry.github.io/assets/contents/cs/network/network-handshake",
    ],
  },
  {
    id: "peers-a-b",
    description: "peers called A and B, host A / host B, 'A클라이언트는 B서버에', 'computer A transmits to B'",
    seenAt: [
      "https://952593.com/diannaobiancheng/ay5021m1xm.html",
      "https://velog.io/@woodstock1993/TCP-프로토콜",
      "https://stackoverflow.com/questions/23771976/two-way-handshake-and-three-way-handshake/33111025",
      "github 99MinSu/CS-Study Network/3-way-handshake&4-way-handshake.md",
    ],
  },
  {
    id: "dialogue",
    description: "the exchange as quoted speech or a phone-call analogy ('내 말 들려?', 'Hi, I am Alice'), flags in parentheses after each line",
    seenAt: ["https://velog.io/@ejoo/3-Way-Handshake와-4-Way-Handshake", "https://jooonpi.com/35", "https://velog.io/@kyu123/3-Way-Handshake란"],
  },
  {
    id: "parenthesised-states",
    description: "states in parentheses or brackets after a clause: '(TIME_WAIT 상태)', '[SYN_RCVD]', 'CLOSED → SYN_SENT' state arrows",
    seenAt: [
      "https://velog.io/@i-am-jiwon/3-way-handshake-4-way-handshake",
      "https://yunrry.github.io/assets/contents/cs/network/network-handshake",
      "https://velog.io/@leesfact/TCP의-연결-성립-3-way-핸드세이크",
    ],
  },
  {
    id: "numbers",
    description: "sequence and acknowledgement numbers: 'seq=x, ack=x+1', 'SYN=j, ACK=j+1', 'Seq=100 → Ack=101', Wireshark-like '[SYN, ACK] Seq=0 Ack=1'",
    seenAt: [
      "https://952593.com/diannaobiancheng/ay5021m1xm.html",
      "https://glancedhub.com/courses/tcp-handshake",
      "https://cheonjoosung.github.io/blog/cs-handshake",
      "https://velog.io/@kyu123/3-Way-Handshake란",
    ],
  },
  {
    id: "casual-korean",
    description: "noun-ending notes (~함, ~됨, ~보냄, ~전송), mixed Korean and English (ESTAB, Client, FIN 플래그), 'ACK와 SYN을 함께 전송'",
    seenAt: [
      "https://velog.io/@i-am-jiwon/3-way-handshake-4-way-handshake",
      "https://thereisnotruth.github.io/network/230101_network_1",
      "https://velog.io/@dhnjun9/TIL-TCP-3-way-handshake-4-way-handshake",
    ],
  },
  {
    id: "textbook-prose",
    description: "English textbook register: active/passive closer, 'terminate its output', 'restarts the 2MSL timer', 'old duplicate', 'incarnation'",
    seenAt: [
      "https://www.coursehero.com/file/9132107/This-is-called-a-half-close-Few-applications-take-advantage-of/",
      "https://codioo.com/computer-science-questions/tcp-ip-protocol-questions-long/describe-the-process-of-connection-termination-using-tcp-s-four-way-handshake",
      "https://ques10.com/p/21499/in-the-tcp-state-transition-diagram-why-do-we-have",
      "https://sites.ecse.rpi.edu/~koushik/shivkuma-teaching/sp99/i07_udp/tsld024.htm",
      "https://velog.io/@dhnjun9/TIL-TCP-3-way-handshake-4-way-handshake",
    ],
  },
  {
    id: "interview-prep-english",
    description:
      "English interview-prep notes: short bullet reasons, 'full-duplex', '2 * MSL', 'the 4-tuple', 'why not two?' answered with the unacknowledged server ISN",
    seenAt: [
      "https://errorhandle.ai/why-time-wait-state-need-to-be-2msl-long",
      "https://openknowledgegraph.com/topics/tcp-connection-establishment-questions.html",
      "https://leyaa.ai/codefly/learn/computer-networks/part-2/computer-networks-tcp-connection-termination-fourway-handshake/review",
      "https://k801030.gitbooks.io/fundamental-of-computer-science/content/network/tcp/four-way-handshake.html",
      "https://devhoned.com/system-design/networking-security/tcp-udp",
    ],
  },
  {
    id: "qa-refuted",
    description:
      "a question and its answer, or a naive claim raised and then refuted ('2번만 하면 안 되나요? 안 됩니다', '2-Way만으로는 부족', 'you might think two are enough, but')",
    seenAt: [
      "https://hanbin8269.tistory.com/10",
      "https://jooonpi.com/35",
      "https://yunrry.github.io/assets/contents/cs/network/network-handshake",
      "https://doubtly.in/qa/10759/why-is-three-way-handshake-needed-what-the-problem-send-only-two-packets",
    ],
  },
  {
    id: "korean-reasons",
    description:
      "Korean reason lists for TIME_WAIT and 4-way: '두 가지 이유', 지연 패킷, 마지막 ACK 유실, 같은 포트 재사용, 두 배의 최대 세그먼트 수명, 반 종료",
    seenAt: [
      "https://gugbab2.gitbook.io/gugbab2s-gitbook/cs/network/undefined-1/undefined/l4-tcp-udp/tcp-1",
      "https://luyin.tistory.com/424",
      "https://mslilsunshine.tistory.com/101",
      "https://wiki.mhson.world/cs/network/tcp-4way-handshake-and-time_wait",
      "https://leedayday.github.io/networking/networking-tcp-4-way-handshake",
      "http://ktword.co.kr/abbr_view.php?m_temp1=2436",
      "https://idea9329.tistory.com/364",
    ],
  },
  {
    id: "half-close-sockets",
    description: "half-close explained through sockets: shutdown(SHUT_WR), 출력 스트림만 닫기, EOF, read still works",
    seenAt: [
      "https://nanyoung18.medium.com/%EC%BB%B4%ED%93%A8%ED%84%B0-%EB%84%A4%ED%8A%B8%EC%9B%8C%ED%81%AC-tcp-half-close-36bf56afcdec",
      "https://parkjju.github.io/vue-TIL/CS/network-7.html",
      "https://trantor.is/content/3v4ZJ7aeFUjnTLCK/db17b0f4-d72a-4526-84e2-9db302f21fd7.xhtml",
    ],
  },
  {
    id: "flag-table",
    description: "flags one per line with a meaning, sometimes with header bits (SYN/ACK 010010) and when each is used",
    seenAt: [
      "https://itwiki.kr/w/TCP_%EC%A0%9C%EC%96%B4_%ED%94%8C%EB%9E%98%EA%B7%B8",
      "https://velog.io/@phs880623/Packet-FLAG-TCP",
      "https://velog.io/@dung002/TCP-%EC%A0%9C%EC%96%B4-%ED%94%8C%EB%9E%98%EA%B7%B8-Control-Flag",
      "http://pikus.net/~pikus/plug_firewall/page15.note1.html",
    ],
  },
  {
    id: "copied-misconception",
    description:
      "misconceptions copied from note to note: the server waits in TIME_WAIT; TIME_WAIT waits for data not yet received; the client goes SYN_SENT → SYN_RECEIVED; CLOSE_WAIT held for 2MSL; FIN_WAIT_2 for 2*MSL; misspelt states (SYN_SEND, LAST_ASK, TIMED_WAIT)",
    seenAt: [
      "https://agi1004.tistory.com/197",
      "https://velog.io/@nooyji/linux-TCP-상태",
      "https://velog.io/@i-am-jiwon/3-way-handshake-4-way-handshake",
      "http://www.unixguide.net/network/socketfaq/2.7.shtml",
      "https://thereisnotruth.github.io/network/230101_network_1",
      "https://dockerel.tistory.com/22",
      "https://velog.io/@leesfact/TCP의-연결-성립-3-way-핸드세이크",
      "https://docs.microsoft.com/en-us/archive/blogs/kocoreinternals/close_wait",
      "http://longbreathing.blogspot.com/2015/06",
      "https://k801030.gitbooks.io/fundamental-of-computer-science/content/network/tcp/four-way-handshake.html",
    ],
  },
  {
    id: "verbless-list",
    description:
      "numbered steps that name only the segment and its direction, no verb: '1. SYN (클라이언트 → 서버)', '2단계: SYN+ACK (Server → Client)', with numbers or a short note after a comma",
    seenAt: ["https://yunrry.github.io/assets/contents/cs/network/network-handshake", "https://csdrill.tistory.com/19", "https://jooonpi.com/35"],
  },
  {
    id: "diagram-lines",
    description:
      "ASCII or dash diagrams: 'Client ——SYN——> Server', 'Client <—ACK/SYN—— Server', '|---->|' columns with [STATE] labels beside them; a 'Client      Server' header row, then arrow lines that name no sender ('SYN ---->', '<---- SYN+ACK') and [STATE] labels placed under their column",
    seenAt: [
      "https://jaegukim.github.io/posts/4wayHandshakeWhy4steps",
      "https://yunrry.github.io/assets/contents/cs/network/network-handshake",
      "https://velog.io/@i-am-jiwon/3-way-handshake-4-way-handshake",
    ],
  },
  {
    id: "table-rows",
    description: "a table of steps: '단계 | 전송자 | 메시지 | 설명', one row per segment, sender as a column instead of a subject",
    seenAt: ["https://leedayday.github.io/networking/networking-tcp-4-way-handshake", "https://velog.io/@leesfact/TCP의-연결-해제-4-way-핸드세이크와-TIMEWAIT"],
  },
  {
    id: "lowercase-prose",
    description:
      "English prose with flags and states in lower case or glued ('sends a syn', 'synack', 'SYN ACK', 'time_wait'), pronoun subjects ('it starts by sending', 'the other side', 'the latter') and nominalised steps ('upon receipt of the FIN'); source kinds: interview guides, exam-prep pages, Q&A answers",
    seenAt: [
      "https://cciedump.spoto.net/ja/interview/wireless-network-architect-interview-questions",
      "https://www.examout.co/HP/HPE3-U01-question-answer-2.html",
      "https://wizedu.com/questions/1724032/simultaneous-tcp-connection-initiations-are-rare",
    ],
  },
  {
    id: "step-labels",
    description:
      "steps headed by their segment or their side: 'Step 2 – SYN-ACK: the server …', '1) Client -> Server: syn', 'Client state: A -> B -> C' bullets, 'Client --FIN--> Server' inline; source kinds: Q&A answers, interview guides",
    seenAt: [
      "https://newbe.dev/index.php/why-tcp-connect-termination-need-4-way-handshake",
      "https://cciedump.spoto.net/ja/interview/wireless-network-architect-interview-questions",
    ],
  },
  {
    id: "rhetorical-questions",
    description:
      "a case raised as a question and then handled ('What if the ACK is lost? …', 'What if there are delayed duplicates?'), reasons in ordinary words ('in case the retransmitted ACK is lost', 'delayed segments dropped'); source kinds: course slides and course notes",
    seenAt: [
      "http://www.cs.rpi.edu/courses/fall02/netprog/notes/tcp/tcp.htm.zip",
      "http://cs.emory.edu/~cheung/Courses/455/Syllabus/7-transport/tcp3c.html",
      "https://sites.ecse.rpi.edu/~koushik/shivkuma-teaching/sp99/i07_udp/tsld023.htm",
    ],
  },
  {
    id: "ops-story",
    description:
      "an operator's account: what netstat showed, what the state means, the cause in operators' words ('descriptor leak', 'not executing close() on the socket'); source kind: vendor blogs",
    seenAt: ["https://docs.microsoft.com/en-us/archive/blogs/janelewis/explaining-close_wait", "https://serverdevworker.com/9126f56d5"],
  },
  {
    id: "definition-lines",
    description:
      "a glossary of states, one line each: the state, a colon or a dash, then what it is ('X : …를 보내고 …를 기다리는 상태', 'X - the … waits for …'); the side often named only in a later clause or not at all",
    seenAt: ["https://velog.io/@nooyji/linux-TCP-상태"],
  },
  {
    id: "hard-wrapped-prose",
    description:
      "English prose pasted with its line breaks kept, each line ending mid-sentence (often after 'the', 'to', 'and'), the next line going on in lower case or with an acronym; source kind: Q&A answers, archived definitions, blog posts",
    seenAt: ["https://answers.com/computers/What_is_syn_syn_ack_ack", "https://siliconsprawl.com/posts/fin-wait-2"],
  },
  {
    id: "sysctl-defaults",
    description:
      "an explanation that quotes a Linux setting with its default in passing: 'If the value is N (default in Linux)', 'tcp_xxx의 기본값은 N', often a value from an older kernel or another system",
    seenAt: ["https://medium.com/@avocadi/tcp-syn-retries-f30756ec7c55", "https://oneuptime.com/blog/post/2026-03-20-tune-tcp-fin-wait-timeout/view"],
  },
];
