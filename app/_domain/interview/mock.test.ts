import { describe, expect, it } from "vitest";
import { type Card, type Rubric } from "../content";
import { content } from "./rubrics.fixture";
import { gradeAnswer } from "./grade-answer";
import { followUpFor, misconceptionQuotes, planMock, readiness, revealedMisconceptions, seededRandom, type MockAnswer, type MockItem } from "./mock";
import { gradeSegmentSequence, segmentsIn } from "./segment-sequence";

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

  it("replays a seed's session exactly: the draws of each kind are the same numbers in the same order", () => {
    // Pinned: a shuffle that drew one number more (a last swap of the first item with itself)
    // would ask the same kinds but other questions for the same seed.
    expect(planMock(pool, 42).map((p) => p.id)).toEqual(["iv-three-way", "flags-rst", "sim-four-way-close", "iv-flags", "tw-who", "iv-why-time-wait"]);
  });

  it("interleaves kinds: no two interview prompts in a row at the start", () => {
    const plan = planMock(pool, 7);
    expect(plan.slice(0, 3).map((p) => p.kind)).toEqual(["interview", "card", "scenario"]);
  });

  it("asks what exists when the pool is small", () => {
    expect(planMock([pool[0]!], 1)).toEqual([pool[0]]);
    expect(planMock([], 1)).toEqual([]);
  });

  it("asks one topic twice in a row only when every question left is on that topic", () => {
    for (let seed = 1; seed <= 60; seed += 1) {
      const plan = planMock(pool, seed);
      plan.forEach((p, i) => {
        if (i > 0 && p.topic === plan[i - 1]!.topic) expect(plan.slice(i).every((q) => q.topic === p.topic)).toBe(true);
      });
    }
    const oneTopic = [item("interview", "a", "flags"), item("interview", "b", "flags"), item("card", "c", "flags")];
    expect(new Set(planMock(oneTopic, 3))).toEqual(new Set(oneTopic));
  });

  it("draws every question of a kind about equally often", () => {
    const seen = new Map<string, number>();
    const sessions = 600;
    for (let seed = 0; seed < sessions; seed += 1) for (const p of planMock(pool, seed)) seen.set(p.id, (seen.get(p.id) ?? 0) + 1);
    // 3 of the 5 interview prompts, 2 of the 3 cards, 1 of the 2 scenarios per session.
    const share = { interview: 3 / 5, card: 2 / 3, scenario: 1 / 2 };
    for (const p of pool) expect(Math.abs((seen.get(p.id) ?? 0) / sessions - share[p.kind]), p.id).toBeLessThan(0.08);
  });
});

describe("seededRandom", () => {
  it("gives the same stream for a seed, another for another seed, reading the seed as 32 bits", () => {
    const take = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
    expect(take(7)).toEqual(take(7 + 2 ** 32));
  });

  it("spreads its numbers evenly over [0, 1)", () => {
    const random = seededRandom(2024);
    const tenths = new Array<number>(10).fill(0);
    const n = 20_000;
    let [low, high] = [1, 0];
    for (let i = 0; i < n; i += 1) {
      const x = random();
      [low, high] = [Math.min(low, x), Math.max(high, x)];
      tenths[Math.floor(x * 10)]! += 1;
    }
    expect(low).toBeGreaterThanOrEqual(0);
    expect(high).toBeLessThan(1);
    for (const count of tenths) expect(Math.abs(count / n - 0.1)).toBeLessThan(0.01);
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
    expect(followUpFor(weak(pool[0]!, 0.75), pool, new Set())).toBeNull();
    expect(followUpFor(weak(pool[0]!, 0.74), pool, new Set())?.id).toBe("iv-why-not-two-way");
    expect(followUpFor({ ...weak(pool[0]!), followUpOf: "iv-flags" }, pool, new Set())).toBeNull();
  });
  it("prefers the named follow-up to any other prompt on the topic, and skips it once asked", () => {
    const named = item("interview", "named", "elsewhere");
    const sameTopic = item("interview", "same-topic", "t");
    const asked = item("card", "asked", "t", [], "named");
    expect(followUpFor(weak(asked), [sameTopic, named], new Set())?.id).toBe("named");
    expect(followUpFor(weak(asked), [sameTopic, named], new Set(["named"]))?.id).toBe("same-topic");
  });
  it("follows up only with interview prompts, never the question just answered", () => {
    const card = item("card", "card-on-t", "t");
    const answered = item("interview", "answered", "t", ["m"]);
    const other = item("interview", "other", "u", ["m"]);
    expect(followUpFor(weak(answered), [card, answered, other], new Set())?.id).toBe("other");
  });
  it("takes a prompt sharing any one of the misconceptions the question tests", () => {
    const answered = item("card", "answered", "t", ["m1", "m2"]);
    const shares = item("interview", "shares-m2", "u", ["m3", "m2"]);
    expect(followUpFor(weak(answered), [item("interview", "unrelated", "u", ["m3"]), shares], new Set())?.id).toBe("shares-m2");
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

  it("rounds a topic's mean to hundredths and orders topics of one score by name", () => {
    const answers = [
      { item: item("card", "a", "zeta"), score: 1, misconceptions: [] },
      { item: item("card", "b", "zeta"), score: 0, misconceptions: [] },
      { item: item("card", "c", "zeta"), score: 0, misconceptions: [] },
      { item: item("card", "d", "beta"), score: 0.5, misconceptions: [] },
      { item: item("card", "e", "alpha"), score: 0.5, misconceptions: [] },
    ];
    expect(readiness(answers)).toEqual([
      { topic: "zeta", score: 0.33, answered: 3 },
      { topic: "alpha", score: 0.5, answered: 1 },
      { topic: "beta", score: 0.5, answered: 1 },
    ]);
  });

  it("lists each revealed misconception once, sorted", () => {
    const a = (misconceptions: string[]) => ({ item: pool[0]!, score: 0, misconceptions });
    expect(revealedMisconceptions([a(["syn-flood", "half-open"]), a(["half-open", "ack-numbers"])])).toEqual(["ack-numbers", "half-open", "syn-flood"]);
  });

  it("quotes only misconceptions the grader kept, in the order answered, and answers without quotes add none", () => {
    const quoted = (id: string, misconceptions: string[], quotes?: { misconception: string; quote: string }[]): MockAnswer => ({
      item: item("interview", id, "t"),
      score: 0,
      misconceptions,
      ...(quotes ? { quotes } : {}),
    });
    expect(
      misconceptionQuotes([
        quoted(
          "first",
          ["m1"],
          [
            { misconception: "m1", quote: "one" },
            { misconception: "dropped", quote: "two" },
          ],
        ),
        quoted("silent", ["m2"]),
        quoted("second", ["m3"], [{ misconception: "m3", quote: "three" }]),
      ]),
    ).toEqual([
      { misconception: "m1", quote: "one", itemId: "first" },
      { misconception: "m3", quote: "three", itemId: "second" },
    ]);
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
