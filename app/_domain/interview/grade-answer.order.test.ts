import { describe, expect, it } from "vitest";
import type { Rubric } from "../content";
import { OUT_OF_ORDER_CREDIT, coverage, gradeAnswer } from "./grade-answer";

// A hand-made ordered rubric of three claims, so which point is out of order, what the message
// says and what the score loses are known without reading the published rubrics.
const point = (id: string, claim: string) => ({ id, label: { ko: `${id} 단계`, en: `${id} step` }, claims: [claim] });
const handshake = {
  points: [point("syn", "client sends SYN"), point("synack", "server sends SYN+ACK"), point("ack", "client sends ACK")],
  wrong: [
    {
      id: "moon",
      misconception: "moon-decides",
      terms: { ko: ["달이 정한다"], en: ["the moon decides"] },
      why: { ko: "달과는 상관없습니다.", en: "The moon has nothing to do with it." },
    },
  ],
  ordered: true,
} as unknown as Rubric;
const grade = (text: string) => gradeAnswer(handshake, text, "en");
const orderMistakes = (text: string) => grade(text).mistakes.filter((m) => m.kind === "order");

describe("steps told out of order", () => {
  it("are not a mistake when told in order", () => {
    const g = grade("The client sends a SYN. The server sends a SYN+ACK. The client sends an ACK.");
    expect(g.mistakes).toEqual([]);
    expect(g.score).toBe(1);
  });

  it("name the step told too early and the one it belongs after", () => {
    expect(orderMistakes("The client sends a SYN. The client sends an ACK. The server sends a SYN+ACK.")).toEqual([
      { id: "order-ack", kind: "order", message: 'Out of order: "ack step" comes after "synack step".', evidence: "client sends an ACK", spans: [[28, 47]] },
    ]);
  });

  it("name the step told too late and the one it belongs before", () => {
    const [m] = orderMistakes("The server sends a SYN+ACK. The client sends an ACK. The client sends a SYN.");
    expect(m!.id).toBe("order-syn");
    expect(m!.message).toContain("before");
  });

  it("earn half a step's credit", () => {
    const g = grade("The client sends a SYN. The client sends an ACK. The server sends a SYN+ACK.");
    expect(g.score).toBe(Math.round(coverage(handshake, [1, 1, OUT_OF_ORDER_CREDIT]) * 100) / 100);
    expect(g.score).toBeLessThan(1);
  });
});

describe("a misconception a rubric names in its own words", () => {
  it("quotes the learner and gives the rubric's why", () => {
    const g = grade("The client sends a SYN, and the moon decides the rest.");
    expect(g.mistakes).toEqual([
      expect.objectContaining({
        id: "moon",
        kind: "wrong-claim",
        misconception: "moon-decides",
        message: expect.stringMatching(/^“.*the moon decides.*”: The moon has nothing to do with it\.$/),
      }),
    ]);
  });
});
