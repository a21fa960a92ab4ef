import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseContent, type Card, type Rubric } from "../content";
import { gradeAnswer } from "./grade-answer";
import { followUpFor, misconceptionQuotes, planMock, readiness, revealedMisconceptions, type MockAnswer, type MockItem } from "./mock";
import { gradeSegmentSequence, segmentsIn } from "./segment-sequence";

const dir = path.join(process.cwd(), "content");
// Read at load time, as the other content tests do, so that parsing is not timed as a test.
const content = parseContent(
  readdirSync(dir)
    .filter((f) => f.endsWith(".md") && !/^readme/i.test(f))
    .map((n) => ({ name: `content/${n}`, text: readFileSync(path.join(dir, n), "utf8") })),
);
const prompts = content.cards.filter((c): c is Card & { meta: { rubric: Rubric } } => c.kind === "interview" && !!c.meta.rubric);
const item = (kind: MockItem["kind"], id: string, topic: string, misconceptions: string[] = [], followUp?: string): MockItem => ({
  kind,
  id,
  topic,
  misconceptions,
  ...(followUp ? { followUp } : {}),
});
const pool: MockItem[] = [
  item("interview", "iv-three-way", "three-way-handshake", ["two-way-enough"], "iv-why-not-two-way"),
  item("interview", "iv-why-not-two-way", "three-way-handshake", ["two-way-enough"]),
  item("interview", "iv-why-time-wait", "time-wait", ["time-wait-on-server"], "iv-final-ack-lost"),
  item("interview", "iv-final-ack-lost", "time-wait", []),
  item("interview", "iv-flags", "flags", []),
  item("card", "why-3way", "three-way-handshake", ["two-way-enough"]),
  item("card", "tw-who", "time-wait", ["time-wait-on-server"]),
  item("card", "flags-rst", "flags", []),
  item("scenario", "sim-three-way-handshake", "three-way-handshake"),
  item("scenario", "sim-four-way-close", "four-way-close"),
];

describe("planMock", () => {
  it("draws the mix of kinds, is the same for a seed, and differs between seeds", () => {
    const plan = planMock(pool, 42);
    expect(plan.filter((p) => p.kind === "interview")).toHaveLength(3);
    expect(plan.filter((p) => p.kind === "card")).toHaveLength(2);
    expect(plan.filter((p) => p.kind === "scenario")).toHaveLength(1);
    expect(new Set(plan.map((p) => p.id)).size).toBe(plan.length);
    expect(planMock(pool, 42)).toEqual(plan);
    const others = [1, 2, 3, 4, 5].map((s) =>
      planMock(pool, s)
        .map((p) => p.id)
        .join(),
    );
    expect(new Set([...others, plan.map((p) => p.id).join()]).size).toBeGreaterThan(1);
  });

  it("interleaves kinds: no two interview prompts in a row at the start", () => {
    const plan = planMock(pool, 7);
    expect(plan.slice(0, 3).map((p) => p.kind)).toEqual(["interview", "card", "scenario"]);
  });

  it("asks what exists when the pool is small", () => {
    expect(planMock([pool[0]!], 1)).toEqual([pool[0]]);
    expect(planMock([], 1)).toEqual([]);
  });
});

describe("followUpFor", () => {
  const weak = (i: MockItem, score = 0.4) => ({ item: i, score, misconceptions: [] });
  it("follows a weak answer with the prompt's own deeper question", () => {
    expect(followUpFor(weak(pool[0]!), pool, new Set(["iv-three-way"]))?.id).toBe("iv-why-not-two-way");
  });
  it("falls back to a prompt on the same topic, then on the same misconception, never one asked", () => {
    expect(followUpFor(weak(pool[6]!), pool, new Set(["iv-why-time-wait"]))?.id).toBe("iv-final-ack-lost");
    expect(followUpFor(weak(item("card", "x", "nowhere", ["two-way-enough"])), pool, new Set(["iv-three-way"]))?.id).toBe("iv-why-not-two-way");
    expect(followUpFor(weak(item("card", "x", "nowhere")), pool, new Set())).toBeNull();
  });
  it("does not follow a good answer, nor a follow-up", () => {
    expect(followUpFor(weak(pool[0]!, 0.8), pool, new Set())).toBeNull();
    expect(followUpFor({ ...weak(pool[0]!), followUpOf: "iv-flags" }, pool, new Set())).toBeNull();
  });
});

describe("readiness and misconceptions", () => {
  it("averages per topic, weakest first, and collects only the misconceptions the learner's words revealed", () => {
    const answers = [
      { item: pool[0]!, score: 1, misconceptions: [] },
      { item: pool[1]!, score: 0.5, misconceptions: ["two-way-enough"] },
      { item: pool[6]!, score: 0, misconceptions: [] },
      { item: pool[4]!, score: 0.9, misconceptions: [] },
    ];
    expect(readiness(answers)).toEqual([
      { topic: "time-wait", score: 0, answered: 1 },
      { topic: "three-way-handshake", score: 0.75, answered: 2 },
      { topic: "flags", score: 0.9, answered: 1 },
    ]);
    // The "why TIME_WAIT" card answered with 0 tests time-wait-on-server, but nobody said it.
    expect(revealedMisconceptions(answers)).toEqual(["two-way-enough"]);
  });

  it("reports no misconception for off-topic answers, and each revealed one with its quote", () => {
    const asMock = (id: string, text: string, locale: "ko" | "en"): MockAnswer => {
      const p = prompts.find((x) => x.id === id)!;
      const g = gradeAnswer(p.meta.rubric, text, locale);
      const wrong = g.mistakes.flatMap((m) => (m.kind === "wrong-claim" ? [{ misconception: m.misconception, quote: m.evidence }] : []));
      return {
        item: item(
          "interview",
          id,
          p.meta.rubric.concept ?? "x",
          p.meta.rubric.wrong.map((w) => w.misconception),
        ),
        score: g.score,
        misconceptions: wrong.map((w) => w.misconception),
        quotes: wrong,
      };
    };
    const offTopic = prompts.flatMap((p) => [
      asMock(p.id, "I like turtles and pizza on weekends.", "en"),
      asMock(p.id, "잘 모르겠습니다. 다음 질문으로 넘어가도 될까요?", "ko"),
    ]);
    expect(offTopic.every((a) => a.score < 0.5)).toBe(true);
    expect(revealedMisconceptions(offTopic)).toEqual([]);
    expect(misconceptionQuotes(offTopic)).toEqual([]);

    const said = asMock("iv-why-time-wait", "The server goes into TIME_WAIT after the client closes.", "en");
    expect(revealedMisconceptions([...offTopic, said])).toEqual(["time-wait-on-server"]);
    expect(misconceptionQuotes([said])).toEqual([
      { misconception: "time-wait-on-server", quote: "The server goes into TIME_WAIT after the client closes.", itemId: "iv-why-time-wait" },
    ]);
  });
});

describe("gradeSegmentSequence", () => {
  it("reads segments in order, SYN-ACK as one, FIN with or without ACK alike", () => {
    expect(segmentsIn("SYN → SYN-ACK → ACK")).toEqual(["SYN", "SYN+ACK", "ACK"]);
    expect(segmentsIn("fin/ack, then ack")).toEqual(["FIN", "ACK"]);
    expect(gradeSegmentSequence(["SYN", "SYN+ACK", "ACK"], "SYN, SYN+ACK, ACK").score).toBe(1);
    expect(gradeSegmentSequence(["FIN", "ACK", "FIN", "ACK"], "FIN+ACK → ACK → FIN+ACK → ACK").score).toBe(1);
  });
  it("costs missing, extra and swapped segments", () => {
    expect(gradeSegmentSequence(["SYN", "SYN+ACK", "ACK"], "SYN, ACK").score).toBe(0.67);
    expect(gradeSegmentSequence(["SYN", "SYN+ACK", "ACK"], "SYN, SYN+ACK, ACK, ACK").score).toBe(0.75);
    expect(gradeSegmentSequence(["SYN", "SYN+ACK", "ACK"], "SYN+ACK, SYN, ACK").score).toBe(0.67);
    expect(gradeSegmentSequence(["SYN", "SYN+ACK", "ACK"], "I don't know").score).toBe(0);
  });
});
