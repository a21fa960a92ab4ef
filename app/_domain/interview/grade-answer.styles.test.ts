import { describe, expect, it } from "vitest";
import { grader, flagged, covered } from "./rubrics.fixture";

const grade = grader("ko");

/** What an independent held-out set of published-style answers found the grader missing. */
describe("answers in the styles the held-out set used", () => {
  it("attaches a state in parentheses or after a line's speaker to the actor of that step", () => {
    expect(
      flagged(
        grade(
          "iv-four-way",
          "1. 클라이언트가 FIN을 보낸다\n2. 서버가 ACK를 보낸다 (이 상태가 TIME_WAIT)\n3. 서버가 FIN을 보낸다\n4. 클라이언트가 ACK를 보낸다",
        ),
      ),
      // Told before the server's own FIN, the wait is CLOSE_WAIT's: the two states taken for one as well.
    ).toEqual(["time-wait-on-server", "close-wait-equals-time-wait"]);
    expect(
      flagged(
        grade(
          "iv-four-way",
          "1. client sends FIN (FIN_WAIT_1)\n2. server sends ACK (CLOSE_WAIT)\n3. server sends FIN\n4. client sends ACK\nserver: LAST_ACK -> TIME_WAIT -> CLOSED",
          "en",
        ),
      ),
    ).toEqual(["time-wait-on-server"]);
    expect(flagged(grade("iv-four-way", "A --FIN--> B\nB --ACK--> A (B is now in TIME_WAIT)\nB --FIN--> A\nA --ACK--> B", "en"))).toEqual([
      "time-wait-on-server",
    ]);
    expect(flagged(grade("iv-three-way", "Client (LISTEN) --SYN--> Server\nServer --SYN/ACK--> Client\nClient --ACK--> Server", "en"))).toEqual([
      "listen-before-syn-sent",
    ]);
  });

  it("reads dialogue lines: the speaker sends the flag in brackets after the quote, and 나 is the speaker", () => {
    const g = grade("iv-four-way", 'A: "이제 끊자" (FIN)\nB: "알았어, 잠깐만" (ACK)\nB: "나도 끝났어" (FIN)\nA: "응" (ACK) 보내고 TIME_WAIT');
    expect(covered(g)).toEqual(expect.arrayContaining(["fin", "ack", "second-fin", "last-ack", "time-wait"]));
    expect(flagged(g)).toEqual([]);
    expect(flagged(grade("iv-four-way", 'A: "이제 끊자" (FIN, FIN_WAIT_1)\nB: "알았어" (ACK, TIME_WAIT)\nB: "나도 끊을게" (FIN)\nA: "응" (ACK)'))).toEqual([
      "time-wait-on-server",
    ]);
    // A question inside a quoted line does not end the line.
    const q = grade(
      "iv-three-way",
      '클라이언트: "들리니? 내 번호는 100" (SYN)\n서버: "응, 101 기다릴게. 내 번호는 300" (SYN+ACK)\n클라이언트: "좋아, 301 기다릴게" (ACK)',
    );
    expect(covered(q)).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
  });

  it("reads numbered steps without verbs, diagram lines and table rows", () => {
    const verbless = grade(
      "iv-four-way",
      "1. FIN (client -> server)\n2. ACK (server -> client)\n3. FIN (server -> client)\n4. ACK (client -> server), then the client waits in TIME_WAIT for 2MSL",
      "en",
    );
    expect(verbless.score).toBeGreaterThanOrEqual(0.7);
    expect(flagged(verbless)).toEqual([]);
    const diagram = grade("iv-three-way", "Client ——SYN(seq=7)——> Server\nClient <——SYN/ACK(seq=40, ack=8)—— Server\nClient ——ACK(ack=41)——> Server", "en");
    expect(covered(diagram)).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack", "plus-one"]));
    const table = grade(
      "iv-three-way",
      "Step | Sender | Flags | Numbers\n1 | Client | SYN | seq=10\n2 | Server | SYN, ACK | seq=90, ack=11\n3 | Client | ACK | ack=91",
      "en",
    );
    expect(covered(table)).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack", "plus-one"]));
    expect(table.score).toBeGreaterThanOrEqual(0.7);
  });

  it("passes a why-answer told as a consequence, a purpose or an analogy, on one good reason", () => {
    expect(
      grade("iv-why-not-two-way", "이전에 보냈다가 지연된 SYN 패킷이 나중에 도착하면, 2-way에서는 서버가 그대로 연결을 맺어 버리는 문제가 생깁니다.").score,
    ).toBeGreaterThanOrEqual(0.7);
    expect(grade("iv-why-not-two-way", "The third segment exists so that the server knows the client received its SYN.", "en").score).toBeGreaterThanOrEqual(
      0.7,
    );
    expect(
      grade("iv-why-four-way", "서버는 FIN을 받았을 때 아직 보낼 데이터가 남아 있을 수 있기 때문입니다. 그래서 ACK만 먼저 보냅니다.").score,
    ).toBeGreaterThanOrEqual(0.7);
    expect(
      grade("iv-half-close", "It's when one endpoint is done writing and sends FIN, but it can still read the peer's data.", "en").score,
    ).toBeGreaterThanOrEqual(0.7);
  });

  it("never reads a refuted two-way as a claim that two are enough", () => {
    expect(
      flagged(grade("iv-why-not-two-way", "Two messages are not enough: the server would have no idea whether its SYN reached the client.", "en")),
    ).toEqual([]);
    expect(flagged(grade("iv-why-not-two-way", "2-way면 충분하지 않냐고 물을 수 있지만, 서버는 자신의 SYN이 도착했는지 알 수 없습니다."))).toEqual([]);
    expect(flagged(grade("iv-why-not-two-way", "Two-way would work fine; the third ACK is not really needed.", "en"))).toEqual(["two-way-enough"]);
  });

  it("ends a Korean clause at 때문에, so a negation in the consequence does not take back the cause", () => {
    expect(flagged(grade("iv-half-close", "FIN을 보내는 순간 양쪽 방향이 다 닫히기 때문에 FIN을 보낸 쪽은 아무것도 받을 수 없습니다."))).toEqual([
      "fin-closes-both-directions",
    ]);
  });

  it("binds a state the sentence is about to no one, unless the sentence says who enters it", () => {
    expect(
      flagged(grade("iv-why-time-wait", "TIME_WAIT는 서버가 FIN 전에 보낸 세그먼트가 모두 사라지도록 두는 시간입니다. 먼저 끊은 쪽이 2MSL 기다립니다.")),
    ).toEqual([]);
    expect(flagged(grade("iv-why-time-wait", "TIME_WAIT는 서버가 마지막 ACK를 보낸 뒤 들어가는 상태로, 2MSL 동안 유지됩니다."))).toEqual([
      "time-wait-on-server",
    ]);
  });

  it("does not give a state set as the scene to the subject named after it", () => {
    expect(flagged(grade("iv-why-time-wait", "TIME_WAIT 상태에서는 서버가 재전송한 FIN이 도착할 수 있어서 클라이언트가 2MSL 동안 기다립니다."))).toEqual([]);
    expect(flagged(grade("iv-four-way", "서버가 TIME_WAIT에 들어갑니다."))).toEqual(["time-wait-on-server"]);
  });

  it("does not take a state named to compare for the one that waits 2MSL", () => {
    // CLOSE_WAIT given TIME_WAIT's 2MSL timer is also the two confused, and a CLOSE_WAIT that ends with time.
    expect(flagged(grade("iv-four-way", "TIME_WAIT와 마찬가지로 CLOSE_WAIT 상태도 2MSL 동안 대기합니다.")).sort()).toEqual([
      "close-wait-equals-time-wait",
      "close-wait-times-out",
      "two-msl-outside-time-wait",
    ]);
    expect(flagged(grade("iv-four-way", "FIN_WAIT_2에서 서버의 FIN을 받은 클라이언트는 TIME_WAIT로 가서 2MSL 동안 기다립니다."))).toEqual([]);
  });

  it("catches TIME_WAIT waiting for data however it is said, but not old segments expiring", () => {
    expect(flagged(grade("iv-why-time-wait", "TIME_WAIT는 늦게 도착하는 데이터가 있을 수 있어 그 패킷을 받기 위해 잠시 기다리는 것입니다."))).toEqual([
      "time-wait-waits-for-data",
    ]);
    expect(flagged(grade("iv-why-time-wait", "The client waits in TIME_WAIT in case the server still has data on the way.", "en"))).toEqual([
      "time-wait-waits-for-data",
    ]);
    expect(
      flagged(
        grade(
          "iv-why-time-wait",
          "The client waits in TIME_WAIT in case the server still has data in flight, so that those old segments expire before a new connection uses the port.",
          "en",
        ),
      ),
    ).toEqual([]);
  });

  it("reads whose segment it is as its sender, and a bare 'acks' as acknowledging the FIN before it", () => {
    expect(
      covered(grade("iv-three-way", "클라이언트가 SYN을 보내면 서버가 SYN+ACK로 응답하고, 이어서 클라이언트의 마지막 ACK가 도착하면 연결이 완료됩니다.")),
    ).toEqual(expect.arrayContaining(["syn", "syn-ack", "ack"]));
    expect(covered(grade("iv-three-way", "The client sends SYN. The server answers SYN+ACK, and the client's ACK completes it.", "en"))).toEqual(
      expect.arrayContaining(["syn", "syn-ack", "ack"]),
    );
    const g = grade(
      "iv-four-way",
      "A closes: FIN to B (A: FIN_WAIT_1). B acks (B: CLOSE_WAIT). B finishes and sends FIN (B: LAST_ACK). A acks (A: TIME_WAIT for 2MSL).",
      "en",
    );
    expect(covered(g)).toEqual(expect.arrayContaining(["fin", "ack", "second-fin", "last-ack", "time-wait"]));
    expect(flagged(g)).toEqual([]);
  });
});
