import { describe, expect, it } from "vitest";
import { overallReadiness, readMockResult } from "./mock-result";

const result = (over: Record<string, unknown> = {}) => ({
  id: "3f1c2a4e-1b6f-4c8d-9e0a-2f4b6c8d0e1f",
  readiness: [
    { topic: "time-wait", score: 0.25, answered: 2 },
    { topic: "three-way-handshake", score: 1, answered: 1 },
  ],
  misconceptions: ["time-wait-on-server"],
  answers: [
    { itemId: "iv-why-time-wait", score: 0.5 },
    { itemId: "why-time-wait-2msl", score: 0 },
    { itemId: "sim-three-way-handshake", score: 1 },
  ],
  ...over,
});
const issues = (text: string) => {
  const r = readMockResult(text);
  return r.ok ? [] : r.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("readMockResult", () => {
  it("reads what finishing a mock interview stores", () => {
    expect(readMockResult(JSON.stringify(result()))).toEqual({ ok: true, result: result() });
  });

  it("refuses text that is not JSON", () => {
    expect(issues("{ readiness")).toEqual([": must be JSON text"]);
  });

  it("names each bad field by its place", () => {
    expect(issues(JSON.stringify(result({ readiness: [{ topic: "time-wait", score: 1.5, answered: 1 }] })))).toEqual(["readiness.0.score: must be 0-1"]);
    expect(issues(JSON.stringify(result({ misconceptions: ["two words"] })))).toEqual(["misconceptions.0: must be a kebab-case id"]);
    expect(issues(JSON.stringify(result({ answers: [] })))).toEqual(["answers: a mock interview has at least one answer"]);
    expect(issues(JSON.stringify(result({ readiness: "ready" })))).toEqual(["readiness: must be a list"]);
    expect(issues(JSON.stringify(result({ extra: 1 })))[0]).toMatch(/extra/);
  });

  it("refuses a topic named twice in one session", () => {
    const twice = [
      { topic: "flags", score: 1, answered: 1 },
      { topic: "flags", score: 0, answered: 1 },
    ];
    expect(issues(JSON.stringify(result({ readiness: twice })))).toEqual(['readiness.1.topic: repeats the topic "flags"']);
  });
});

describe("overallReadiness", () => {
  it("is the mean of every answer, so a topic with more answers weighs more", () => {
    // Per topic 0.25 (two answers) and 1 (one answer): (0.5 + 0 + 1) / 3, not (0.25 + 1) / 2.
    expect(overallReadiness(result())).toBeCloseTo(0.5);
  });

  it("is 0 for a session without answers rather than NaN", () => {
    expect(overallReadiness({ answers: [] })).toBe(0);
  });
});
