import { describe, expect, it } from "vitest";
import { mockHistory, type MockSessionRow } from "./mock-history";

const topics = [
  { id: "three-way-handshake", title: "The 3-way handshake" },
  { id: "four-way-close", title: "The 4-way close" },
  { id: "time-wait", title: "TIME-WAIT" },
];
const session = (finishedAt: string, readiness: [string, number][], answers = readiness.map(([, score]) => score)): MockSessionRow => ({
  finishedAt: new Date(finishedAt),
  result: { readiness: readiness.map(([topic, score]) => ({ topic, score, answered: 1 })), answers: answers.map((score, i) => ({ itemId: `q${i}`, score })) },
});
const rule = { timeZone: "Asia/Seoul", rolloverHour: 4 };

describe("mockHistory", () => {
  it("draws nothing for a learner without mock interviews", () => {
    expect(mockHistory({ sessions: [], topics, ...rule })).toEqual({ sessions: [], overall: [], topics: [] });
  });

  it("puts sessions oldest first, one step each, with their study day and overall readiness", () => {
    const h = mockHistory({
      sessions: [
        session("2026-03-05T10:00:00Z", [["time-wait", 1]]),
        // 02:30 in Seoul on 3 March, before the 4 AM rollover: still 2 March's study day.
        session(
          "2026-03-02T17:30:00Z",
          [
            ["three-way-handshake", 0.5],
            ["time-wait", 0],
          ],
          [1, 0, 0, 0.5],
        ),
      ],
      topics,
      ...rule,
    });
    expect(h.sessions).toEqual([
      { finishedAt: new Date("2026-03-02T17:30:00Z"), day: "2026-03-02", overall: 0.375, answered: 4 },
      { finishedAt: new Date("2026-03-05T10:00:00Z"), day: "2026-03-05", overall: 1, answered: 1 },
    ]);
    expect(h.overall).toEqual([
      { index: 0, score: 0.375 },
      { index: 1, score: 1 },
    ]);
  });

  it("gives each topic a line through the sessions that asked it, in the content's order", () => {
    const h = mockHistory({
      sessions: [
        session("2026-03-01T10:00:00Z", [
          ["time-wait", 0.25],
          ["three-way-handshake", 0.5],
        ]),
        session("2026-03-02T10:00:00Z", [["four-way-close", 1]]),
        session("2026-03-03T10:00:00Z", [
          ["time-wait", 0.75],
          ["retired-topic", 0],
        ]),
      ],
      topics,
      ...rule,
    });
    expect(h.topics).toEqual([
      { topic: "three-way-handshake", title: "The 3-way handshake", points: [{ index: 0, score: 0.5 }], first: 0.5, latest: 0.5 },
      { topic: "four-way-close", title: "The 4-way close", points: [{ index: 1, score: 1 }], first: 1, latest: 1 },
      {
        topic: "time-wait",
        title: "TIME-WAIT",
        points: [
          { index: 0, score: 0.25 },
          { index: 2, score: 0.75 },
        ],
        first: 0.25,
        latest: 0.75,
      },
      // A topic the content no longer has comes last, named by its id.
      { topic: "retired-topic", title: "retired-topic", points: [{ index: 2, score: 0 }], first: 0, latest: 0 },
    ]);
  });

  it("keeps only the latest sessions, and indexes them from the oldest shown", () => {
    const sessions = Array.from({ length: 5 }, (_, i) => session(`2026-03-0${i + 1}T10:00:00Z`, [["time-wait", i / 4]]));
    const h = mockHistory({ sessions, topics, ...rule, limit: 2 });
    expect(h.sessions.map((s) => s.day)).toEqual(["2026-03-04", "2026-03-05"]);
    expect(h.topics[0]!.points).toEqual([
      { index: 0, score: 0.75 },
      { index: 1, score: 1 },
    ]);
  });

  it("keeps two sessions of the same instant apart, in the order given", () => {
    const h = mockHistory({
      sessions: [session("2026-03-01T10:00:00Z", [["time-wait", 0]]), session("2026-03-01T10:00:00Z", [["time-wait", 1]])],
      topics,
      ...rule,
    });
    expect(h.overall).toEqual([
      { index: 0, score: 0 },
      { index: 1, score: 1 },
    ]);
  });
});
