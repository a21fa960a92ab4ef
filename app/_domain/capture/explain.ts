import type { Locale } from "../tcp/messages";
import type { Side } from "../tcp/segment";
import type { Anomaly, ConnectionEnds, InferredSegment, Note } from "./infer";

// One sentence per segment, and a message per anomaly, in Korean and English. Numbers are put
// in parentheses or before a particle-free word, so that Korean never needs 을/를 after a
// number (whose particle depends on how its last digit is read).

type Names = Readonly<Record<Side, string>>;

// One object each, shared by every connection (a report asks for them once per segment).
const AB: Names = Object.freeze({ client: "A", server: "B" });
const NAMES: Record<Locale, Names> = {
  ko: Object.freeze({ client: "클라이언트", server: "서버" }),
  en: Object.freeze({ client: "the client", server: "the server" }),
};

export function sideNames(connection: Pick<ConnectionEnds, "roles">, locale: Locale): Names {
  return connection.roles ? NAMES[locale] : AB;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const other = (s: Side): Side => (s === "client" ? "server" : "client");
const possessive = (name: string) => `${name}'s`;

function clause(note: Note, s: string, r: string, l: Locale, port: string, ack: number | undefined): string {
  const ko = l === "ko";
  switch (note.kind) {
    case "syn":
      return ko ? `${s}가 SYN으로 연결을 엽니다 (ISN ${note.isn})` : `${s} opens the connection with SYN (ISN ${note.isn})`;
    case "syn-ack":
      return ko
        ? `${s}가 SYN+ACK로 답해 ${r}의 SYN을 확인하고 자신의 ISN도 보냅니다 (ISN ${note.isn})`
        : `${s} answers with SYN+ACK, acknowledging ${possessive(r)} SYN and sending its own ISN (${note.isn})`;
    case "ack-syn":
      return ko ? `${s}가 ${r}의 SYN을 확인(ACK)합니다` : `${s} acknowledges ${possessive(r)} SYN`;
    case "data": {
      const n = note.to - note.from + 1;
      return ko
        ? `${s}가 데이터 ${n}바이트를 보냅니다 (seq ${note.from}–${note.to})`
        : `${s} sends ${n} byte${n === 1 ? "" : "s"} of data (seq ${note.from}–${note.to})`;
    }
    case "ack-data":
      return ko
        ? `${s}가 ${r}의 데이터를 확인합니다 (ack ${note.upTo}: 다음에 받을 번호)`
        : `${s} acknowledges ${possessive(r)} data (ack ${note.upTo}, the next number it expects)`;
    case "fin":
      return ko ? `${s}가 FIN으로 자기 쪽 송신을 닫습니다` : `${s} closes its sending direction with FIN`;
    case "ack-fin":
      return ko ? `${s}가 ${r}의 FIN을 확인(ACK)합니다` : `${s} acknowledges ${possessive(r)} FIN`;
    case "rst":
      if (note.outcome === "refuse")
        return ko ? `${s}가 RST로 거절합니다: ${port}에서 연결을 기다리는 소켓이 없습니다` : `${s} refuses with RST: nothing listens on ${port}`;
      if (note.outcome === "abort")
        return ko
          ? `${s}가 RST로 연결을 강제로 끊습니다 (abortive close: 아직 보내지 못했거나 읽지 않은 데이터는 버려집니다)`
          : `${s} aborts the connection with RST (an abortive close: data not yet sent or read is thrown away)`;
      if (note.outcome === "ignored")
        return ko
          ? `${s}의 이름으로 RST가 왔지만 seq가 ${r}의 RCV.NXT와 다르므로 ${r}는 무시합니다`
          : `A RST in ${possessive(s)} name arrives, but its seq is not ${possessive(r)} RCV.NXT, so ${r} ignores it`;
      return ko ? `${s}가 이미 없는 연결에 RST를 보냅니다` : `${s} sends RST to a connection that no longer exists`;
    case "retransmission":
      return ko
        ? `${s}의 재전송입니다${note.first === null ? " (캡처에 없던 부분을 채웁니다)" : ` (처음 보낸 것은 #${note.first + 1})`}`
        : `${s} retransmits${note.first === null ? " numbers the capture had not seen yet" : ` what it first sent as #${note.first + 1}`}`;
    case "dup-ack":
      return ko
        ? `${s}가 같은 ACK를 다시 보냅니다 (ack ${ack}, 빈 곳 뒤의 데이터가 먼저 도착했다는 중복 ACK)`
        : `${s} repeats its ACK (ack ${ack}, a duplicate ACK: data beyond a hole has arrived)`;
    case "keepalive":
      return ko ? `${s}가 조용한 연결이 살아 있는지 확인합니다 (keep-alive)` : `${s} probes the idle connection (keep-alive)`;
    case "window-update":
      return ko ? `${s}가 새 수신 윈도우를 알립니다 (${note.window}바이트)` : `${s} announces a new receive window (${note.window} bytes)`;
    case "challenge-ack":
      return ko ? `${s}가 challenge ACK로 답하고 연결을 유지합니다 (RFC 5961)` : `${s} answers with a challenge ACK and keeps the connection (RFC 5961)`;
    case "simultaneous-open":
      return ko
        ? `양쪽이 동시에 연결을 열었으므로 ${s}가 자신의 SYN을 ACK와 함께 다시 보냅니다 (동시 열기)`
        : `both sides opened at once, so ${s} repeats its SYN, now with an ACK (a simultaneous open)`;
    case "crossed":
      return ko
        ? `${r}의 직전 세그먼트가 도착하기 전에 보낸 것입니다 (서로 엇갈림)`
        : `it was sent before ${possessive(r)} last segment arrived (the two crossed)`;
    case "lost":
      return ko ? `이 세그먼트는 ${r}에 도착하지 못합니다 (캡처 지점 뒤에서 유실)` : `this copy never reaches ${r} (lost after the capture point)`;
    case "duplicate":
      return ko ? `${r}는 이미 받은 번호이므로 ACK만 처리합니다` : `${r} already has these numbers and only takes the ACK`;
    case "queued":
      return ko ? `${r}는 앞의 빠진 번호가 올 때까지 이 데이터를 따로 보관합니다` : `${r} keeps it aside until the missing numbers before it arrive`;
    case "out-of-window":
      return ko ? `${r}는 수신 윈도우 밖이므로 이 세그먼트를 버립니다` : `${r} discards it: it lies outside the receive window`;
    case "gap":
      return ko
        ? `캡처에 없는 번호를 건너뛰었습니다 (${s}의 ${note.from}–${note.to - 1})`
        : `numbers ${note.from}–${note.to - 1} from ${s} never appeared in the capture`;
    case "unseen":
      return ko
        ? `캡처에 없던 ${r}의 번호까지 확인합니다 (${note.from}–${note.to - 1})`
        : `it acknowledges numbers of ${possessive(r)} that the capture never saw (${note.from}–${note.to - 1})`;
  }
}

type Change = InferredSegment["changes"][number];
const changeKo = (c: Change, names: Names) => `${names[c.side]}는 ${c.to}${c.to === "TIME-WAIT" ? "(2MSL 동안 대기)" : ""}`;
const changeEn = (c: Change, names: Names) =>
  c.to === "CLOSED" ? `${names[c.side]} is CLOSED` : `${names[c.side]} enters ${c.to}${c.to === "TIME-WAIT" ? " (for 2MSL)" : ""}`;

// A segment changes at most both sides' states: one change, or two.
function consequence(changes: InferredSegment["changes"], names: Names, l: Locale): string {
  if (changes.length === 0) return "";
  if (l === "ko")
    return `${changes.length > 1 ? `${changeKo(changes[0]!, names)}, ${changeKo(changes[1]!, names)}` : changeKo(changes[0]!, names)} 상태가 됩니다`;
  return changes.length > 1 ? `${changeEn(changes[0]!, names)} and ${changeEn(changes[1]!, names)}` : changeEn(changes[0]!, names);
}

/** "The server acknowledges the client's FIN: the client enters FIN-WAIT-2." */
export function explainSegment(segment: InferredSegment, connection: ConnectionEnds, l: Locale, names: Names = sideNames(connection, l)): string {
  const s = names[segment.from];
  const r = names[other(segment.from)];
  const port = segment.from === "server" ? connection.server : connection.client;
  // Joined by hand rather than with map and join: this runs for every one of 100,000 segments.
  let what = "";
  const notes = segment.notes;
  for (let i = 0; i < notes.length; i++)
    what = what === "" ? clause(notes[i]!, s, r, l, port, segment.ack) : `${what}; ${clause(notes[i]!, s, r, l, port, segment.ack)}`;
  if (what === "") what = l === "ko" ? `${s}가 ACK를 보냅니다 (ack ${segment.ack ?? "-"})` : `${s} sends an ACK (ack ${segment.ack ?? "-"})`;
  const then = consequence(segment.changes, names, l);
  const sentence = then ? `${what}: ${then}` : what;
  return flat(l === "ko" ? `${sentence}.` : `${capital(sentence)}.`);
}

/**
 * The same text as one flat string. Concatenation leaves a tree of pieces that a report would
 * hold for each of its segments (a hundred thousand in a large capture); trim() flattens it
 * (there is nothing to trim: a sentence starts with a name and ends with a full stop).
 */
const flat = (text: string) => text.trim();

const secondsText = (s: number) => (s < 10 ? s.toFixed(2) : s.toFixed(1));

export function explainAnomaly(a: Anomaly, connection: ConnectionEnds, l: Locale): string {
  const names = sideNames(connection, l);
  const s = names[a.side];
  const r = names[other(a.side)];
  const at = `#${a.index + 1}`;
  const ko = l === "ko";
  switch (a.code) {
    case "refused":
      return ko
        ? `${at}: ${s}가 SYN에 RST로 답했습니다. ${a.port}에서 연결을 기다리는 소켓이 없다는 뜻입니다 (connection refused). 서비스가 실행 중인지, 그 주소와 포트에서 listen하는지, 방화벽이 거절하지 않는지 확인하세요.`
        : `${at}: ${capital(s)} answered the SYN with RST: nothing listens on ${a.port} (connection refused). Check that the service runs and listens on that address and port, and that no firewall rejects the connection.`;
    case "reset":
      return ko
        ? `${at}: ${r}가 ${a.state} 상태일 때 ${s}가 RST로 연결을 끊었습니다. 전송 중이던 데이터는 버려지고 ${r}의 애플리케이션은 "connection reset" 오류를 받습니다. SO_LINGER 0으로 닫기(abortive close), 프로세스의 비정상 종료, 이미 닫힌 소켓으로 온 세그먼트가 흔한 원인입니다.`
        : `${at}: ${capital(s)} reset the connection while ${r} was in ${a.state}. Data in flight is thrown away and ${possessive(r)} application gets a "connection reset" error. An abortive close (SO_LINGER 0), a crashed process, or a segment to a socket already closed does this.`;
    case "close-wait-held": {
      const until =
        a.closedAt === null
          ? ko
            ? "캡처가 끝날 때까지"
            : "and was still there when the capture ended"
          : ko
            ? `#${a.closedAt + 1}에서야 닫았습니다`
            : `until it closed at #${a.closedAt + 1}`;
      return ko
        ? `${at}: ${s}는 FIN을 확인한 뒤 ${secondsText(a.seconds)}초 동안 CLOSE-WAIT에 머물렀습니다 (${until}). 애플리케이션이 close()를 부르지 않았다는 뜻입니다. CLOSE-WAIT는 타이머로 끝나지 않으므로, 닫기를 잊는 서버에는 이런 소켓이 계속 쌓입니다 (ss -tan으로 보입니다).`
        : `${at}: ${capital(s)} stayed in CLOSE-WAIT for ${secondsText(a.seconds)} s after acknowledging the FIN ${until}: its application did not call close(). No timer ends CLOSE-WAIT, so a server that forgets to close piles these sockets up (ss -tan shows them).`;
    }
    case "retransmission": {
      const what = ko && a.what === "data" ? "데이터" : a.what;
      const range = a.what === "data" ? ` ${a.from}–${a.to - 1}` : "";
      const first =
        a.first === null
          ? ko
            ? "캡처에 없던 부분을 채움"
            : "filling numbers the capture had not seen"
          : ko
            ? `처음 보낸 것은 #${a.first + 1}`
            : `first sent as #${a.first + 1}`;
      return ko
        ? `${at}: ${s}의 재전송입니다 (${what}${range}, ${first}). 앞의 세그먼트나 그에 대한 ACK가 유실되어 타이머나 중복 ACK가 다시 보내게 했습니다. 재전송마다 최소 한 번의 왕복이나 타임아웃만큼 늦어집니다.`
        : `${at}: ${capital(s)} retransmits ${what}${range} (${first}): the earlier copy or its ACK was lost, and a timer or duplicate ACKs made it send again. Each retransmission costs at least a round trip or a timeout.`;
    }
    case "lost-segment":
      return lostMessage(a, s, r, at, ko);
    case "out-of-window": {
      const where = `RCV.NXT ${a.rcvNxt}${a.window !== null ? (ko ? `, 윈도우 ${a.window}바이트` : `, window ${a.window} bytes`) : ""}`;
      if (a.rst && a.inWindow)
        return ko
          ? `${at}: ${s}의 이름으로 온 RST(seq ${a.seq})는 ${r}의 윈도우 안에 있지만 RCV.NXT가 아닙니다 (${where}). ${r}는 연결을 끊지 않고 challenge ACK로 답합니다 (RFC 9293 §3.10.7.4, RFC 5961). 눈먼 RST 공격을 막는 규칙입니다.`
          : `${at}: A RST in ${possessive(s)} name (seq ${a.seq}) lies inside ${possessive(r)} window but not at RCV.NXT (${where}): ${r} must not reset and answers with a challenge ACK (RFC 9293 §3.10.7.4, RFC 5961), the rule that defeats blind reset attacks.`;
      if (a.rst)
        return ko
          ? `${at}: ${s}의 이름으로 온 RST(seq ${a.seq})가 ${r}의 수신 윈도우 밖에 있어 무시됩니다 (${where}, RFC 9293 §3.10.7.4). 위조되었거나 아주 늦게 도착한 RST입니다.`
          : `${at}: A RST in ${possessive(s)} name (seq ${a.seq}) lies outside ${possessive(r)} receive window (${where}), so it is ignored (RFC 9293 §3.10.7.4): a forged or very late reset.`;
      return ko
        ? `${at}: ${s}의 세그먼트(seq ${a.seq})가 ${r}의 수신 윈도우 밖에 있습니다 (${where}). ${r}는 이를 버리고 ACK로 답합니다 (RFC 9293 §3.10.7.4). 이전 연결에서 늦게 온 중복이거나 위조된 세그먼트입니다.`
        : `${at}: A segment from ${s} (seq ${a.seq}) lies outside ${possessive(r)} receive window (${where}): ${r} discards it and answers with an ACK (RFC 9293 §3.10.7.4). A late duplicate of an older connection, or a forged segment.`;
    }
    case "time-wait-reuse": {
      const when = a.seconds === null ? "" : ko ? `, TIME-WAIT에 들어간 지 ${secondsText(a.seconds)}초` : `, ${secondsText(a.seconds)} s after it entered it`;
      return ko
        ? `${at}: 연결 ${a.previous}의 4-튜플에서 ${s}가 아직 TIME-WAIT인데 새 SYN이 왔습니다 (Linux의 2MSL은 60초${when}). TIME-WAIT 소켓을 새 연결이 이어받습니다. 새 연결의 시퀀스 번호나 타임스탬프가 이전보다 클 때만 안전합니다 (RFC 6191). 그렇지 않으면 이전 연결의 늦은 세그먼트가 새 데이터로 받아들여질 수 있고, 그것을 막는 것이 TIME-WAIT의 역할입니다.`
        : `${at}: A new SYN on the 4-tuple of connection ${a.previous} while ${s} was still in TIME-WAIT (2MSL is 60 s on Linux${when}): the new connection takes the TIME-WAIT socket over. That is safe only when its sequence numbers or timestamps are higher than the old connection's (RFC 6191); otherwise a late segment of the old connection could be taken as new data, which is what TIME-WAIT prevents.`;
    }
  }
}

function lostMessage(a: Extract<Anomaly, { code: "lost-segment" }>, s: string, r: string, at: string, ko: boolean): string {
  const range = `${a.from}–${a.to - 1}`;
  const resent = a.resentAt === null ? "" : ko ? ` ${s}는 #${a.resentAt + 1}에서 다시 보냅니다.` : ` ${capital(s)} sends it again at #${a.resentAt + 1}.`;
  if (a.how === "after-capture") {
    if (a.to === a.from)
      return ko
        ? `${at}: ${s}의 이 ACK는 ${r}에 도착하지 못했습니다. 확인받은 것을 ${r}가 재전송하기 때문에 알 수 있습니다 (캡처 지점 뒤에서 유실).`
        : `${at}: This ACK from ${s} never reached ${r}: ${r} retransmits what it acknowledged (lost after the capture point).`;
    return ko
      ? `${at}: ${s}의 이 세그먼트(seq ${range})는 ${r}에 도착하지 못했습니다. ${r}의 ACK가 그 앞에서 멈추므로 알 수 있습니다 (캡처 지점 뒤에서 유실).${resent}`
      : `${at}: This segment from ${s} (seq ${range}) never reached ${r}: ${possessive(r)} ACKs stop before it (lost after the capture point).${resent}`;
  }
  if (a.how === "gap")
    return ko
      ? `${at}: ${s}의 번호 ${range} 구간이 캡처에 없습니다. 캡처 지점 앞에서 세그먼트가 유실되었거나 캡처가 놓친 것입니다.${resent}`
      : `${at}: Numbers ${range} from ${s} never appeared in the capture: a segment was lost before the capture point, or the capture dropped it.${resent}`;
  const fin = a.to - a.from === 1 ? (ko ? " 데이터 없이 번호 하나이므로 FIN으로 보고 반영했습니다." : " One number and no data: a FIN, and taken as one.") : "";
  return ko
    ? `${at}: ${r}가 ${s}의 번호를 ${a.to}까지 확인하지만, 캡처에는 ${a.from}까지만 있습니다 (${range} 없음). 도착한 세그먼트를 캡처가 놓쳤습니다 (tcpdump의 "packets dropped by kernel").${fin}`
    : `${at}: ${capital(r)} acknowledges ${possessive(s)} numbers up to ${a.to}, but the capture saw them only up to ${a.from} (${range} missing): the capture missed a segment that did arrive (as when tcpdump reports "packets dropped by kernel").${fin}`;
}
