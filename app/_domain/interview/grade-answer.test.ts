import { describe, expect, it } from "vitest";
import { type Card, type Rubric } from "../content";
import { content } from "./rubrics.fixture";
import { ANSWERS } from "./answers.fixture";
import { OUT_OF_ORDER_CREDIT, coverage, gradeAnswer, outOfOrderIndexes } from "./grade-answer";

const prompts = content.cards.filter((c): c is Card & { meta: { rubric: Rubric } } => c.kind === "interview" && !!c.meta.rubric);
const rubricOf = (id: string) => prompts.find((p) => p.id === id)!.meta.rubric;
const missing = (g: ReturnType<typeof gradeAnswer>) => g.points.filter((p) => !p.covered).map((p) => p.id);

describe("every interview prompt, in both languages", () => {
  it("has a good, a partial and a wrong learner answer", () => {
    expect(prompts.length).toBeGreaterThanOrEqual(8);
    expect(prompts.map((p) => p.id).sort()).toEqual(Object.keys(ANSWERS).sort());
  });

  for (const prompt of prompts) {
    for (const locale of ["ko", "en"] as const) {
      const f = ANSWERS[prompt.id]?.[locale] ?? { good: "", partial: { text: "", missing: [] }, wrong: { text: "", mistakes: [] } };
      it(`${prompt.id} (${locale}): good > partial > wrong, naming what is missed and what is wrong`, () => {
        const good = gradeAnswer(prompt.meta.rubric, f.good, locale);
        const partial = gradeAnswer(prompt.meta.rubric, f.partial.text, locale);
        const wrong = gradeAnswer(prompt.meta.rubric, f.wrong.text, locale);
        expect(good.score).toBeGreaterThan(partial.score);
        expect(partial.score).toBeGreaterThan(wrong.score);
        expect(good.score).toBeGreaterThanOrEqual(0.9);
        expect(missing(good)).toEqual([]);
        expect(good.mistakes).toEqual([]);
        expect(missing(partial).sort()).toEqual([...f.partial.missing].sort());
        expect(partial.mistakes).toEqual([]);
        expect(wrong.mistakes.map((m) => m.id).sort()).toEqual([...f.wrong.mistakes].sort());
        for (const m of wrong.mistakes) expect(m.message.length).toBeGreaterThan(10);
        // Labels and messages come in the answer's language.
        const label = good.points[0]!.label;
        expect(/[가-힣]/.test(label)).toBe(locale === "ko");
      });
      it(`${prompt.id} (${locale}): the detailed model answer passes without a wrong claim`, () => {
        const model = gradeAnswer(prompt.meta.rubric, `${prompt[locale].answer}\n${prompt[locale].detailed ?? ""}`, locale);
        expect(model.mistakes).toEqual([]);
        expect(model.score).toBeGreaterThanOrEqual(0.75);
      });
    }
  }
});

describe("gradeAnswer", () => {
  const threeWay = () => rubricOf("iv-three-way");

  it("shows the words that matched as evidence and labels in the locale", () => {
    const g = gradeAnswer(threeWay(), "The client sends SYN and the server replies SYN-ACK.", "en");
    expect(g.points.find((p) => p.id === "syn")).toMatchObject({
      covered: true,
      evidence: "client sends SYN",
      label: "The client sends SYN to request a connection",
    });
    expect(g.points.find((p) => p.id === "syn-ack")?.evidence).toBe("server replies SYN-ACK");
    expect(g.points.find((p) => p.id === "isn")).toMatchObject({ covered: false, evidence: null });
    expect(gradeAnswer(threeWay(), "SYN", "ko").points[0]?.label).toBe("클라이언트가 SYN으로 연결을 요청한다");
  });

  it("notices steps in the wrong order and gives them half credit", () => {
    const right = gradeAnswer(threeWay(), "The client sends SYN, the server answers SYN+ACK, then the client sends ACK.", "en");
    const swapped = gradeAnswer(threeWay(), "The server answers SYN+ACK, then the client sends ACK, and the client sends SYN.", "en");
    expect(right.mistakes).toEqual([]);
    expect(swapped.mistakes.map((m) => m.id)).toEqual(["order-syn"]);
    expect(swapped.mistakes[0]?.message).toContain("comes before");
    const credits: number[] = right.points.map((pt) => (pt.covered ? 1 : 0));
    credits[0] = OUT_OF_ORDER_CREDIT;
    expect(swapped.score).toBeLessThan(right.score);
    expect(swapped.score).toBeCloseTo(coverage(threeWay(), credits), 2);
  });

  it("scores core points and enough supporting points as a pass, and a rubric without them as the share of points", () => {
    const point = (id: string, core?: boolean) => ({ id, label: { ko: id, en: id }, terms: { ko: [id], en: [id] }, ...(core ? { core } : {}) });
    const plain = { points: [point("a"), point("b"), point("c"), point("d")] };
    expect(coverage(plain, [1, 1, 1, 0])).toBeCloseTo(0.75, 5);
    expect(coverage(plain, [1, 1, 0, 0])).toBeCloseTo(0.5, 5);
    // Two core points and one of two supporting ones: a pass, and more raise it.
    const cored = { points: [point("a", true), point("b", true), point("c"), point("d")], supporting: 1 };
    expect(coverage(cored, [1, 1, 1, 0])).toBeGreaterThanOrEqual(0.7);
    expect(coverage(cored, [1, 1, 1, 1])).toBe(1);
    expect(coverage(cored, [1, 1, 1, 1])).toBeGreaterThan(coverage(cored, [1, 1, 0, 1]) + 0.05);
    // Supporting points do not stand in for a missing core one.
    expect(coverage(cored, [1, 0, 1, 1])).toBeLessThan(coverage(cored, [1, 1, 1, 0]));
    expect(coverage(cored, [0, 0, 1, 1])).toBeLessThan(0.7);
    // N of M with no core point: one reason of three passes.
    const reasons = { points: [point("a"), point("b"), point("c")], supporting: 1 };
    expect(coverage(reasons, [0, 1, 0])).toBeGreaterThanOrEqual(0.7);
    expect(coverage(reasons, [0, 0, 0])).toBe(0);
  });

  it("does not flag a wrong claim the learner denies, in either language", () => {
    const en = gradeAnswer(threeWay(), "The server does not enter SYN_SENT; it goes to SYN_RECEIVED.", "en");
    expect(en.mistakes).toEqual([]);
    const ko = gradeAnswer(threeWay(), "두 번으로는 충분하지 않습니다.", "ko");
    expect(ko.mistakes).toEqual([]);
    expect(gradeAnswer(threeWay(), "두 번으로 충분합니다.", "ko").mistakes.map((m) => m.id)).toEqual(["two-way"]);
  });

  it("flags a claim that is negative in itself unless it is denied", () => {
    const flags = rubricOf("iv-flags");
    expect(gradeAnswer(flags, "SYN does not consume a sequence number.", "en").mistakes.map((m) => m.id)).toEqual(["syn-sync"]);
    expect(gradeAnswer(flags, "It is a myth that SYN does not consume a sequence number.", "en").mistakes).toEqual([]);
  });

  it("reads full-width letters and digits as Korean keyboards type them", () => {
    const g = gradeAnswer(rubricOf("iv-why-time-wait"), "２ＭＳＬ 동안 기다립니다", "ko");
    expect(g.points.find((p) => p.id === "two-msl")?.covered).toBe(true);
  });

  it("scores an answer with no points 0 and never below 0 or above 1", () => {
    expect(gradeAnswer(threeWay(), "I do not know.", "en").score).toBe(0);
    const g = gradeAnswer(threeWay(), "The server enters SYN_SENT and the client is in LISTEN; two steps are enough.", "en");
    expect(g.score).toBe(0);
    expect(g.mistakes.length).toBe(3);
  });

  it("cuts long evidence", () => {
    const g = gradeAnswer(rubricOf("iv-four-way"), `The server ${"x".repeat(30)} FIN`, "en");
    expect(g.points.find((p) => p.id === "second-fin")?.evidence?.length).toBeLessThanOrEqual(80);
  });
});

describe("outOfOrderIndexes", () => {
  it("misplaces the fewest points", () => {
    const at = (...places: (number | null)[]) => places.map((p, i) => (p === null ? null : { at: p, i }));
    expect([...outOfOrderIndexes(at(10, 20, 30))]).toEqual([]);
    expect([...outOfOrderIndexes(at(20, 10, 30))].length).toBe(1);
    expect([...outOfOrderIndexes(at(30, 10, 20))]).toEqual([0]);
    expect([...outOfOrderIndexes(at(null, 10, 5))].length).toBe(1);
  });
});

describe("claims, not keywords: what the keyword grader got wrong", () => {
  const grade = (id: string, text: string, locale: "ko" | "en" = "ko") => gradeAnswer(rubricOf(id), text, locale);
  const flagged = (g: ReturnType<typeof gradeAnswer>) =>
    g.mistakes.filter((m) => m.kind === "wrong-claim").map((m) => (m as { misconception: string }).misconception);

  it("reads 클라이언트가 서버에게 FIN을 보낸다 as the client's FIN: the particle 에게 marks the recipient, so no order error", () => {
    const g = grade(
      "iv-four-way",
      "1. 클라이언트가 서버에게 FIN을 보낸다. 2. 서버는 클라이언트에게 ACK를 보냅니다. 3. 서버가 클라이언트에게 FIN을 보냄 4. 클라이언트가 서버에게 ACK를 보내고 TIME_WAIT 상태로 2 * MSL 동안 기다린다.",
    );
    expect(g.mistakes).toEqual([]);
    expect(missing(g)).toEqual(["half-close"]);
  });

  it("does not flag the server's TIME_WAIT when the answer says the server closed first", () => {
    expect(grade("iv-why-time-wait", "If the server closes first, the server goes into TIME_WAIT.", "en").mistakes).toEqual([]);
    expect(grade("iv-why-time-wait", "서버가 먼저 끊으면 서버가 TIME_WAIT에 들어갑니다.").mistakes).toEqual([]);
    // ... and does when the client closed first.
    expect(flagged(grade("iv-why-time-wait", "클라이언트가 FIN을 보내면 서버가 TIME_WAIT에 들어갑니다."))).toEqual(["time-wait-on-server"]);
  });

  it("does not flag a view raised only to refute it, a denied claim, a contrast or a question", () => {
    expect(grade("iv-why-not-two-way", "2번으로 충분하다고 생각할 수도 있지만, 서버의 ISN이 확인되지 않습니다.").mistakes).toEqual([]);
    expect(grade("iv-why-not-two-way", "You might think two messages are enough, but they are not.", "en").mistakes).toEqual([]);
    expect(grade("iv-why-not-two-way", "Q. 2번만 하면 안 되나요? A. 안 됩니다.").mistakes).toEqual([]);
    expect(grade("iv-why-time-wait", "TIME_WAIT는 서버가 아니라 먼저 끊은 클라이언트에 생깁니다.").mistakes).toEqual([]);
    expect(grade("iv-three-way", "The server does not enter SYN_SENT; it goes to SYN_RECEIVED.", "en").mistakes).toEqual([]);
  });

  it("reads the polite negation ~지 않습니다 as a denial, however long the last word", () => {
    expect(grade("iv-why-time-wait", "서버는 TIME_WAIT를 거치지 않습니다.").mistakes).toEqual([]);
    expect(grade("iv-why-time-wait", "서버는 TIME_WAIT에 들어가지 않았습니다.").mistakes).toEqual([]);
    expect(grade("iv-time-wait-buildup", "tcp_fin_timeout을 줄여도 TIME_WAIT는 줄어들지 않습니다.").mistakes).toEqual([]);
    expect(grade("iv-close-wait-leak", "CLOSE_WAIT는 시간이 지나도 저절로 사라지지 않습니다.").mistakes).toEqual([]);
    // ... while the same words stated as true are still flagged.
    expect(flagged(grade("iv-why-time-wait", "서버는 TIME_WAIT를 거칩니다."))).toEqual(["time-wait-on-server"]);
    expect(flagged(grade("iv-close-wait-leak", "CLOSE_WAIT는 시간이 지나면 저절로 사라집니다."))).toEqual(["close-wait-times-out"]);
  });

  it("gives points for ordinary wording in both languages", () => {
    const covered = (g: ReturnType<typeof gradeAnswer>, id: string) => g.points.find((p) => p.id === id)?.covered;
    expect(covered(grade("iv-three-way", "A가 B에게 SYN을 보낸다. B는 A에게 ACK와 SYN 패킷을 보낸다. A가 B에게 ACK를 보냄."), "syn-ack")).toBe(true);
    expect(covered(grade("iv-three-way", "A가 B에게 SYN을 보낸다. B는 A에게 ACK와 SYN 패킷을 보낸다. A가 B에게 ACK를 보냄."), "ack")).toBe(true);
    expect(covered(grade("iv-why-time-wait", "2 * MSL 동안 기다립니다."), "two-msl")).toBe(true);
    expect(covered(grade("iv-why-time-wait", "두 배의 최대 세그먼트 수명 동안 기다립니다."), "two-msl")).toBe(true);
    expect(
      covered(
        grade("iv-final-ack-lost", "The server in LAST_ACK retransmits its FIN; the client acknowledges it again and restarts the timer.", "en"),
        "timer-restart",
      ),
    ).toBe(true);
    expect(covered(grade("iv-final-ack-lost", "서버는 LAST_ACK에서 ACK를 못 받아요.", "ko"), "server-waits")).toBe(true);
    expect(covered(grade("iv-half-close", "One end can terminate its output while still receiving data from the other end.", "en"), "one-direction")).toBe(
      true,
    );
    expect(covered(grade("iv-four-way", "A sends FIN to B. B ACKs it. B sends its FIN later and A answers with the last ACK.", "en"), "last-ack")).toBe(true);
  });

  it("catches false claims because the model says they are false, quoting the learner and citing RFC 9293", () => {
    const swapped = grade(
      "iv-four-way",
      "클라이언트가 FIN을 보내고 서버가 ACK, FIN을 보냅니다. 클라이언트는 마지막 ACK를 보내고 CLOSE_WAIT가 되고, 서버는 TIME_WAIT가 됩니다.",
    );
    // CLOSE_WAIT on the first closer and TIME_WAIT on the second: each wrong for its side, and the two swapped.
    expect(flagged(swapped).sort()).toEqual(["close-wait-equals-time-wait", "time-wait-on-server", "wrong-state-for-side"]);
    expect(swapped.score).toBeLessThan(0.7);
    const fw2 = grade("iv-four-way", "The client waits in FIN_WAIT_2 for 2MSL.", "en");
    expect(flagged(fw2)).toEqual(["two-msl-outside-time-wait"]);
    expect(fw2.mistakes[0]!.message).toMatch(/^“The client waits in FIN_WAIT_2 for 2MSL\.”: only TIME-WAIT waits 2MSL.*RFC 9293 §3\.6/);
    expect(flagged(grade("iv-three-way", "The client sends SYN with seq = 1000 and the server replies SYN-ACK with seq = 5000, ack = 1000.", "en"))).toEqual([
      "ack-not-plus-one",
    ]);
    expect(flagged(grade("iv-three-way", "The client goes LISTEN -> SYN_SENT and sends SYN.", "en"))).toEqual(["listen-before-syn-sent"]);
    const synSent = grade("iv-three-way", "SYN을 받은 서버는 SYN_SENT 상태가 됩니다.");
    expect(synSent.mistakes[0]).toMatchObject({ id: "server-syn-sent", kind: "wrong-claim", misconception: "server-enters-syn-sent" });
    expect(synSent.mistakes[0]!.message).toContain("SYN-RECEIVED");
    expect(synSent.mistakes[0]!.message).toContain("RFC 9293 §3.5");
    // The copied note: the server ACKs the FIN and "waits until its own transfer ends (TIME_WAIT)":
    // CLOSE_WAIT's wait under TIME_WAIT's name, in an answer that never names CLOSE_WAIT.
    expect(flagged(grade("iv-four-way", "서버는 FIN을 받고 확인했다는 ACK를 보내고 자신의 통신이 끝날 때까지 기다린다 (TIME_WAIT 상태)"))).toEqual([
      "time-wait-on-server",
      "close-wait-equals-time-wait",
    ]);
  });

  it("reports a misconception the rubric does not list under the misconception's own id", () => {
    const g = grade("iv-flags", "SYN은 연결 요청입니다. 서버는 SYN을 받으면 SYN_SENT 상태가 됩니다.");
    expect(g.mistakes.map((m) => m.id)).toEqual(["server-enters-syn-sent"]);
  });

  it("keeps an answer with a misconception below 0.7 whatever else it covers", () => {
    const g = grade(
      "iv-four-way",
      "The client sends FIN and enters FIN_WAIT_1. The server ACKs and enters CLOSE_WAIT, sending any remaining data. The server sends FIN and enters LAST_ACK. The client sends the last ACK. Then the server goes into TIME_WAIT for 2MSL.",
      "en",
    );
    expect(g.points.filter((p) => p.covered).length).toBeGreaterThanOrEqual(5);
    expect(g.score).toBeLessThan(0.7);
  });

  it("finds nothing in an off-topic answer", () => {
    for (const [text, locale] of [
      ["I like turtles and pizza on weekends.", "en"],
      ["잘 모르겠습니다.", "ko"],
      ["네트워크는 어렵지만 재미있어요. 서버와 클라이언트가 있습니다.", "ko"],
    ] as const) {
      for (const p of prompts) {
        const g = gradeAnswer(p.meta.rubric, text, locale);
        expect(g.mistakes, `${p.id}: ${text}`).toEqual([]);
        expect(g.score).toBe(0);
      }
    }
  });

  it("places evidence in the learner's own text, full-width letters and all", () => {
    const text = "먼저 클라이언트가 ＳＹＮ을 보냅니다.";
    const g = grade("iv-three-way", text);
    const syn = g.points.find((p) => p.id === "syn")!;
    expect(syn.spans.map(([a, b]) => text.slice(a, b))).toEqual(["클라이언트가 ＳＹＮ을 보냅니다"]);
  });

  it("grades the same answer the same way every time", () => {
    const text = "클라이언트가 SYN을 보내고 서버가 SYN+ACK로 답하고 클라이언트가 ACK를 보냅니다.";
    expect(grade("iv-three-way", text)).toEqual(grade("iv-three-way", text));
  });
});
