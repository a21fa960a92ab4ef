import type { CorpusAnswer } from "./answers";

/**
 * A ninth round, in English, written after a held-out set showed English answers losing their
 * points to ordinary English: flags in lower case or glued ("syn", "synack", "SYN ACK"), pronoun
 * subjects ("it replies", "the other side", "the latter"), the passive ("is acknowledged by the
 * server"), nominalised steps ("upon receipt of the FIN", "the client's SYN"), steps headed by
 * their segment ("Step 2 – SYN-ACK: …"), a case raised as a question ("What if the ACK is
 * lost?"), and operators' words for a socket never closed ("descriptor leak"). Wrong answers in
 * the same styles keep the flags honest. Our own sentences, in the styles of styles.ts.
 */
const R = 9 as const;
const en = (id: string, prompt: string, style: string, text: string, wrong?: string[]): CorpusAnswer => ({
  id: `r9-${id}`,
  prompt,
  locale: "en",
  style,
  round: R,
  text,
  ...(wrong ? { wrong } : {}),
});

export const CORPUS_R9: CorpusAnswer[] = [
  // ── the handshake ──
  en(
    "3w-lowercase",
    "iv-three-way",
    "lowercase-prose",
    `the client kicks things off with a syn that carries its initial sequence number. the server answers with a syn-ack, acknowledging x+1 and giving its own isn y. last, the client sends an ack for y+1 and both ends are established.`,
  ),
  en(
    "3w-pronouns",
    "iv-three-way",
    "lowercase-prose",
    `Say a browser wants to reach a web server. It starts by sending a SYN with a random sequence number. The server gets it and replies with a SYN ACK: it acknowledges that number plus one and includes its own. Finally the browser sends an ACK confirming the server's number, and from then on data can go both ways.`,
  ),
  en(
    "3w-other-side",
    "iv-three-way",
    "interview-prep-english",
    `One host sends a SYN to open the connection and picks its ISN. The other side responds with SYNACK, carrying its own ISN and an acknowledgment of the first one plus 1. The first host then sends ACK and the connection is up in both directions.`,
  ),
  en(
    "3w-latter",
    "iv-three-way",
    "textbook-prose",
    `The client transmits a SYN segment to the server; the latter replies with a segment that has both SYN and ACK set, acknowledging the client's sequence number plus one and announcing its own. The former then acknowledges the server's number with an ACK, so both sequence numbers are synchronised.`,
  ),
  en(
    "3w-passive",
    "iv-three-way",
    "textbook-prose",
    `A SYN is sent by the client, carrying its initial sequence number. It is acknowledged by the server, which at the same time sends its own SYN, so the reply is a single SYN+ACK with ack = x + 1. Finally the server's SYN is acknowledged by the client with ack = y + 1, and the connection is open both ways.`,
  ),
  en(
    "3w-step-labels",
    "iv-three-way",
    "step-labels",
    `Step 1 – SYN: the client asks to connect and picks its ISN x.\nStep 2 – SYN-ACK: the server acknowledges x + 1 and sends its own ISN y.\nStep 3 – ACK: the client acknowledges y + 1. Both directions now work.`,
  ),
  en(
    "3w-arrow-numbered",
    "iv-three-way",
    "step-labels",
    `1) Client -> Server: syn, seq = 100\n2) Server -> Client: syn ack, seq = 300, ack = 101\n3) Client -> Server: ack, ack = 301\nEach side's starting number is acknowledged plus one, so both directions are confirmed.`,
  ),
  en(
    "3w-wrong-server-syn-sent",
    "iv-three-way",
    "lowercase-prose",
    `the client sends a syn and waits in syn_sent. when the server gets it, it also moves to SYN_SENT and replies with a syn-ack. the client sends the ack and both are established.`,
    ["server-enters-syn-sent"],
  ),
  en(
    "3w-wrong-ack-same",
    "iv-three-way",
    "step-labels",
    `Step 1 – SYN: the client sends seq = 1000.\nStep 2 – SYN-ACK: the server sends seq = 7000, ack = 1000.\nStep 3 – ACK: the client sends ack = 7000.`,
    ["ack-not-plus-one"],
  ),
  // ── the close ──
  en(
    "4w-nominal",
    "iv-four-way",
    "textbook-prose",
    `The close begins with the client's FIN, after which the client sits in FIN_WAIT_1. Upon receipt of the FIN, the server sends an ACK and moves to CLOSE_WAIT; it may keep sending what data it still has. Once the application closes, a FIN is sent by the server, which enters LAST_ACK. After receiving that FIN, the client answers with the last ACK and stays in TIME_WAIT for 2MSL before it is CLOSED.`,
  ),
  en(
    "4w-lowercase",
    "iv-four-way",
    "lowercase-prose",
    `when the client is done it sends a fin. the server acks it right away but can still send its remaining data. later the server sends its own fin, the client replies with an ack and waits 2 msl in time_wait, and the server closes as soon as that ack arrives.`,
  ),
  en(
    "4w-relative",
    "iv-four-way",
    "interview-prep-english",
    `Host A sends a FIN, which host B acknowledges at once; each direction closes on its own, so B may keep writing for a while. When B is finished it sends its own FIN. That FIN gets acknowledged by A, which then waits twice the MSL in TIME-WAIT.`,
  ),
  en(
    "4w-state-bullets",
    "iv-four-way",
    "step-labels",
    `- Client state: ESTABLISHED -> FIN_WAIT_1 -> FIN_WAIT_2 -> TIME_WAIT -> CLOSED\n- Server state: ESTABLISHED -> CLOSE_WAIT -> LAST_ACK -> CLOSED\nThe client sends fin, the server acks it, later the server sends fin, and the client sends the final ack, then waits 2MSL. Each direction is shut down separately.`,
  ),
  en(
    "4w-steps",
    "iv-four-way",
    "step-labels",
    `Step 1 – FIN: the client has nothing more to send.\nStep 2 – ACK: the server acknowledges; its own half is still open.\nStep 3 – FIN: the server is done too.\nStep 4 – ACK: the client acknowledges and waits in TIME_WAIT for 2MSL.`,
  ),
  en(
    "4w-wrong-server-tw",
    "iv-four-way",
    "lowercase-prose",
    `the client sends fin and the server acks it. then the server sends its fin and the client sends the last ack. after that the server stays in time_wait for 2msl, since it was the one that received the first fin.`,
    ["time-wait-on-server"],
  ),
  en(
    "4w-wrong-fw2-msl",
    "iv-four-way",
    "step-labels",
    `Step 1 – FIN: client to server.\nStep 2 – ACK: server to client; the client now waits in FIN_WAIT_2 for 2MSL.\nStep 3 – FIN: server to client.\nStep 4 – ACK: client to server.`,
    ["two-msl-outside-time-wait"],
  ),
  // ── why TIME_WAIT ──
  en(
    "tw-what-if",
    "iv-why-time-wait",
    "rhetorical-questions",
    `After the last ACK goes out the closing side cannot simply forget the connection. What if that ACK never arrives? The peer will resend its FIN, and someone has to acknowledge it again. And what about old packets still wandering the network? They need time to die out before the same port pair is used again. So the side that closed first hangs around for 2MSL.`,
  ),
  en(
    "tw-ordinary-words",
    "iv-why-time-wait",
    "interview-prep-english",
    `The endpoint that sent the final ACK waits twice the maximum segment lifetime. One reason: in case the final ACK is lost, the other end retransmits its FIN, so the last ACK can be resent. The other: stray or delayed segments from this connection must expire before a new connection with the same addresses and ports could mistake them for its own data.`,
  ),
  en(
    "tw-lingering",
    "iv-why-time-wait",
    "lowercase-prose",
    `the active closer keeps the socket in time_wait for 2 * msl. lingering segments of the old connection get time to drain out of the network, and if its last ack was dropped the peer's fin comes again and can still be answered.`,
  ),
  en(
    "tw-wrong-data",
    "iv-why-time-wait",
    "rhetorical-questions",
    `Why wait? Because the other side may still have data to send, so the active closer stays in TIME_WAIT for 2MSL to receive the rest of the data before closing.`,
    ["time-wait-waits-for-data"],
  ),
  en(
    "tw-wrong-server",
    "iv-why-time-wait",
    "interview-prep-english",
    `When the client closes, the server is the side that enters TIME_WAIT, and it waits 2MSL so that a lost last ACK can be repaired and delayed packets expire.`,
    ["time-wait-on-server"],
  ),
  // ── why not two ──
  en(
    "2w-floating",
    "iv-why-not-two-way",
    "textbook-prose",
    `With only two messages, a duplicate SYN from an earlier connection that is still floating around could reach the server late, and the server would open a connection nobody asked for. The third message also shows the server that its own sequence number got through: without it the server never learns whether the client received its ISN.`,
  ),
  en(
    "2w-pronoun",
    "iv-why-not-two-way",
    "lowercase-prose",
    `two steps would let a stale syn open a connection: the server would answer it and think it is connected. the server also sends its own isn in the syn-ack, and it needs the client's ack to know it was received. so three is the minimum for both sides.`,
  ),
  en(
    "2w-wrong",
    "iv-why-not-two-way",
    "interview-prep-english",
    `Honestly two would be enough: once the server replies with SYN-ACK both sides know the connection works, and the third ACK is just a formality.`,
    ["two-way-enough"],
  ),
  // ── why four ──
  en(
    "4y-halves",
    "iv-why-four-way",
    "textbook-prose",
    `Because a TCP connection is really two one-way streams, and each one is closed separately. When the peer's FIN arrives the receiver ACKs it straight away, but it may still have data in flight of its own, so its FIN can only come later, when its application is done. One FIN and one ACK per direction makes four.`,
  ),
  en(
    "4y-wrong-fin-both",
    "iv-why-four-way",
    "lowercase-prose",
    `a fin shuts down the connection in both directions at once, so after the first fin nobody can send anymore; the extra steps are only there to confirm it twice.`,
    ["fin-closes-both-directions"],
  ),
  // ── the last ACK lost ──
  en(
    "fa-what-if",
    "iv-final-ack-lost",
    "rhetorical-questions",
    `What happens if the client's last ACK is lost? The server, still in LAST_ACK, never gets it, so its timer fires and it retransmits the FIN. The client, which is still in TIME_WAIT, replies to the retransmitted FIN with another ACK and restarts its 2MSL timer.`,
  ),
  en(
    "fa-passive",
    "iv-final-ack-lost",
    "textbook-prose",
    `If the final ACK is dropped, the server does not receive it and resends its FIN. The repeated FIN is acknowledged by the client, which is why it stayed in TIME-WAIT, and the 2MSL wait starts over.`,
  ),
  en(
    "fa-wrong-server-tw",
    "iv-final-ack-lost",
    "lowercase-prose",
    `if the last ack is lost the server goes to time_wait and waits 2msl, and the client resends the ack after a timeout.`,
    ["time-wait-on-server"],
  ),
  // ── CLOSE_WAIT piling up ──
  en(
    "cw-ops-story",
    "iv-close-wait-leak",
    "ops-story",
    `We noticed the box dying and netstat showed thousands of close_wait sockets. Each means the remote side already sent its FIN and our kernel acknowledged it; the socket then waits for our program to call close(), and no timer ends that, so it can sit there indefinitely. The cause was a descriptor leak: an error path was not invoking close() on the socket. The fix was in the code, closing it in a finally block on every path.`,
  ),
  en(
    "cw-wrong-times-out",
    "iv-close-wait-leak",
    "ops-story",
    `Lots of CLOSE_WAIT in netstat is harmless: the peer closed first, and CLOSE_WAIT clears automatically after a while, so just wait for them to time out.`,
    ["close-wait-times-out"],
  ),
  // ── half-close ──
  en(
    "hc-latter",
    "iv-half-close",
    "half-close-sockets",
    `With shutdown(SHUT_WR) a socket stops writing but can still read. Its FIN tells the peer there is no more data in that direction; the latter can keep sending data back, which the first side still receives. Meanwhile the closer sits in FIN_WAIT_2 and the peer in CLOSE_WAIT until it closes too.`,
  ),
  en(
    "hc-wrong-both",
    "iv-half-close",
    "lowercase-prose",
    `half-close doesn't really exist in practice: once a fin is sent the connection is closed both ways and the peer can't send anything else either.`,
    ["fin-closes-both-directions"],
  ),
  // ── steps told by their segment and its sender ──
  en(
    "4w-from-server-first",
    "iv-four-way",
    "step-labels",
    `Here the server hangs up first. FIN from the server, then an ACK from the client, which may still send what it has left; later a FIN from the client, and the last ACK from the server, which then holds TIME_WAIT for 2MSL while the client closes at once.`,
  ),
  en(
    "4w-from-wrong",
    "iv-four-way",
    "step-labels",
    `FIN from the client, ACK from the server, FIN from the server, final ACK from the client. The server then sits in TIME_WAIT for 2MSL before it is closed.`,
    ["time-wait-on-server"],
  ),
];
