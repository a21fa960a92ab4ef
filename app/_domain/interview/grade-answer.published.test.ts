import { describe, expect, it } from "vitest";
import { grader, flagged } from "./rubrics.fixture";
import { boundWords } from "./claims/lexicon";

const grade = grader("ko");

/**
 * Patterns found in answers people published (study notes, vendor pages, Q&A), written here in
 * our own words: what the grader missed or wrongly flagged on them.
 */
describe("answers in the shapes of published notes", () => {
  it("gives a state named as a step's label to that step's actor (the passive closer's TIME_WAIT note)", () => {
    expect(
      flagged(
        grade(
          "iv-four-way",
          "1. 클라이언트가 FIN을 전송한다.\n2. 서버는 ACK를 먼저 보내고 남은 일을 마칠 때까지 기다리는데 이 상태가 TIME_WAIT이다.\n3. 서버가 FIN을 전송한다.\n4. 클라이언트가 ACK를 보낸다.",
        ),
      ),
    ).toContain("time-wait-on-server");
    expect(
      flagged(
        grade(
          "iv-four-way",
          "1. 클라이언트 측에서 FIN을 서버측에 전송.\n2. 서버측에서 ACK를 전송.\n(TIME_WAIT) 서버측에서 남은 데이터를 보낸다.\n3. 서버측에서 FIN을 전송.\n4. 클라이언트 측에서 ACK를 전송.",
        ),
      ),
    ).toContain("time-wait-on-server");
    const right = grade(
      "iv-four-way",
      "1. 클라이언트가 FIN을 보낸다.\n2. 서버가 ACK를 보낸다.\n3. 서버가 FIN을 보낸다.\n4. 클라이언트는 ACK를 보내고 2MSL 동안 기다리는데 이 상태가 TIME_WAIT이다.",
    );
    expect(flagged(right)).toEqual([]);
    expect(right.score).toBeGreaterThanOrEqual(0.7);
  });

  it("lets a conditional 'if the server closes first' give way to a later telling about hosts A and B", () => {
    const ko =
      "먼저 연결을 끊은 쪽이 TIME_WAIT를 거친다. 예를 들어 서버가 먼저 종료하면 서버가 TIME_WAIT에 들어간다.\n왜 필요한지 보자. 호스트 A가 먼저 종료를 요청했다고 하자. 호스트 A가 마지막 ACK를 보내자마자 소켓을 없애면, 그 ACK가 사라졌을 때 호스트 B가 보낸 FIN 재전송에 답할 쪽이 없다. 그래서 호스트 A는 TIME_WAIT에서 2MSL 동안 기다린다.";
    expect(flagged(grade("iv-why-time-wait", ko))).toEqual([]);
    const en =
      "Whichever side closes first goes through TIME_WAIT; if the server closes first, the server is the one in TIME_WAIT. Now say host A closes first. Host A sends the last ACK and waits in TIME_WAIT for 2MSL, so a FIN that host B sends again can still be acknowledged.";
    expect(flagged(grade("iv-why-time-wait", en, "en"))).toEqual([]);
    // Without the later telling, the conditional still decides: TIME_WAIT on the client is then wrong.
    expect(flagged(grade("iv-why-time-wait", "서버가 먼저 종료하면, 마지막 ACK를 보낸 클라이언트가 TIME_WAIT에서 2MSL 동안 기다린다."))).not.toEqual([]);
  });

  it("takes the side first put in FIN_WAIT_1 as the one that closes first", () => {
    const g = grade(
      "iv-fin-wait-2-stuck",
      "Server : FIN_WAIT_1 (보낼 데이터를 다 보냄)\nClient : CLOSE_WAIT (FIN을 받음)\nServer : FIN_WAIT_2 (상대 FIN을 기다림)\nClient : LAST_ACK\nServer : TIME_WAIT",
    );
    expect(flagged(g)).toEqual([]);
  });

  it("reads SYN = 1, ACK = 0 as flag bits, not as an acknowledgement number equal to a sequence number", () => {
    expect(
      flagged(
        grade(
          "iv-three-way",
          "Host A sends a segment with SYN = 1, ACK = 0, seq = X. Host B answers with SYN = 1, ACK = 1, seq = Y, ack = X + 1. Host A sends ACK = 1, ack = Y + 1.",
          "en",
        ),
      ),
    ).toEqual([]);
  });

  it("flags the copied misconceptions of real notes, and not their corrections", () => {
    expect(flagged(grade("iv-flags", "TCP 헤더의 제어 비트(6bit)는 URG, ACK, PSH, RST, SYN, FIN이다."))).toContain("six-control-bits");
    expect(flagged(grade("iv-flags", "제어 비트는 원래 6개였지만 지금은 CWR, ECE가 더해져 8개다."))).not.toContain("six-control-bits");
    expect(
      flagged(
        grade(
          "iv-time-wait-buildup",
          "To cut down TIME_WAIT sockets, tune two kernel parameters.\n1. tcp_fin_timeout: lower it from 60 to 15.\n2. tcp_tw_reuse: turn it on for outgoing connections.",
          "en",
        ),
      ),
    ).toContain("fin-timeout-sets-time-wait");
    expect(flagged(grade("iv-time-wait-buildup", "tcp_fin_timeout does not shorten TIME_WAIT; it only limits orphaned FIN_WAIT_2 sockets.", "en"))).toEqual([]);
    expect(
      flagged(grade("iv-fin-wait-2-stuck", "FIN_WAIT_2는 상대의 FIN을 기다리는 상태다. 일정 시간 FIN이 오지 않으면 자동으로 TIME_WAIT로 넘어간다.")),
    ).toContain("fin-wait-2-always-times-out");
    expect(flagged(grade("iv-three-way", "서버는 SYN을 받으면 WAIT FOR CLIENT 상태가 되고 SYN+ACK를 보낸다."))).toContain("wait-for-client-state");
    expect(
      flagged(grade("iv-four-way", "클라이언트는 ACK를 보낸다. 아직 서버로부터 받지 못한 데이터가 있을 수 있으므로 TIME_WAIT 상태로 기다린다.")),
    ).toContain("time-wait-waits-for-data");
    expect(flagged(grade("iv-flags", "URG: process this packet before any packets not marked urgent.", "en"))).toContain("urg-means-priority");
  });

  it("bounds every word of a claim pattern, so a long run without spaces grades in linear time", () => {
    expect(boundWords("a\\S+b\\S*?c\\w+")).toBe("a\\S{1,30}b\\S{0,30}?c\\w{1,30}");
    const solid = "클라이언트가서버에게FIN을보내고서버는ACK를보낸다아직받지못한데이터가".repeat(150);
    const t = process.cpuUsage();
    grade("iv-four-way", solid);
    const ms = (process.cpuUsage(t).user + process.cpuUsage(t).system) / 1000;
    // Seconds before the bound; a generous ceiling for a loaded machine.
    expect(ms).toBeLessThan(1500);
  });
});
