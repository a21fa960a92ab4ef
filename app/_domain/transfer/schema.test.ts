import { describe, expect, it } from "vitest";
import { S_MIN } from "ts-fsrs";
import { defaultSettings } from "../scheduling";
import { exportedSettings, formatPath, parseProgressFile, settingsSchema } from "./schema";

const review = (over: Record<string, unknown> = {}) => ({
  id: "7d3c2a4e-1b6f-4c8d-9e0a-2f4b6c8d0e1f",
  cardId: "c1",
  rating: 3,
  state: 0,
  due: "2026-03-01T09:00:00.000Z",
  stability: 0,
  difficulty: 0,
  elapsedDays: 0,
  lastElapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reviewedAt: "2026-03-01T09:00:00.000Z",
  durationMs: 1000,
  cram: false,
  previous: null,
  undoneAt: null,
  ...over,
});

const mockResult = {
  id: "5a1d0c3e-2b4f-4a6d-8e0c-1f3b5d7e9a0b",
  readiness: [{ topic: "time-wait", score: 0.5, answered: 2 }],
  misconceptions: ["time-wait-on-server"],
  answers: [
    { itemId: "iv-why-time-wait", score: 1 },
    { itemId: "why-2msl", score: 0 },
  ],
};
const mock = (over: Record<string, unknown> = {}) => ({
  id: mockResult.id,
  finishedAt: "2026-03-01T10:00:00.000Z",
  result: JSON.stringify(mockResult),
  misconceptions: ["time-wait-on-server"],
  ...over,
});

const file = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  format: "tcp-srs-progress",
  version: 1,
  exportedAt: "2026-03-02T00:00:00.000Z",
  settings: null,
  cardStates: [],
  reviews: [review()],
  drillAttempts: [],
  dailyStats: [],
  ...over,
});

const issuesOf = (json: unknown) => {
  const r = parseProgressFile(json);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe("formatPath", () => {
  it("writes indexes in brackets", () => expect(formatPath(["reviews", 12, "rating"])).toBe("reviews[12].rating"));
  it("names the file itself when the path is empty", () => expect(formatPath([])).toBe("file"));
});

describe("parseProgressFile", () => {
  it("accepts a good file and turns its dates into Dates", () => {
    const r = parseProgressFile(file());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.file.reviews[0]!.reviewedAt).toEqual(new Date("2026-03-01T09:00:00.000Z"));
  });

  it("names a bad rating by its index", () => {
    const reviews = Array.from({ length: 13 }, (_, i) => review({ id: `7d3c2a4e-1b6f-4c8d-9e0a-2f4b6c8d0e${String(i).padStart(2, "0")}` }));
    reviews[12] = { ...reviews[12]!, rating: 5 };
    expect(issuesOf(file({ reviews: reviews }))).toEqual(["reviews[12].rating: must be 1-4"]);
  });

  it("refuses another format or version with what it expected", () => {
    expect(issuesOf(file({ format: "anki" }))[0]).toMatch(/^format: must be "tcp-srs-progress"/);
    expect(issuesOf(file({ version: 2 }))[0]).toMatch(/^version: must be 1/);
  });

  it("refuses a repeated review id at the repeat", () => {
    expect(issuesOf(file({ reviews: [review(), review()] }))).toEqual([`reviews[1]: repeats the review id "${review().id}" of [0]`]);
  });

  it("refuses bad dates, unknown fields and bad settings", () => {
    expect(issuesOf(file({ reviews: [review({ reviewedAt: "yesterday" })] }))).toEqual(["reviews[0].reviewedAt: must be an ISO 8601 date-time"]);
    expect(issuesOf(file({ reviews: [review({ userId: "someone-else" })] }))[0]).toMatch(/^reviews\[0\]: .*userId/);
    const settings = {
      timeZone: "Mars/Olympus",
      rolloverHour: 4,
      locale: "ko",
      newPerDay: 20,
      reviewsPerDay: 200,
      dailyGoal: 1,
      desiredRetention: 0.9,
      maximumInterval: 36500,
      learningSteps: "1m 10m",
      relearningSteps: "10m",
      fsrsParameters: null,
    };
    expect(issuesOf(file({ settings: settings }))).toEqual(["settings.timeZone: must be an IANA time zone such as Asia/Seoul"]);
    const good = { ...settings, timeZone: "Asia/Seoul" };
    expect(issuesOf(file({ settings: good }))).toEqual([]);
    expect(issuesOf(file({ settings: { ...good, learningSteps: "1x 10m", relearningSteps: "soon" } }))).toEqual([
      'settings.learningSteps: "1x" should be a number followed by m, h or d (for example "1m 10m 1d")',
      'settings.relearningSteps: "soon" should be a number followed by m, h or d (for example "1m 10m 1d")',
    ]);
  });

  it("refuses something that is not a progress file at all", () => {
    expect(issuesOf([1, 2, 3])[0]).toMatch(/^file: /);
  });
});

describe("parseProgressFile: mock interviews", () => {
  it("reads a file written before mock interviews were exported as having none", () => {
    const r = parseProgressFile(file());
    expect(r.ok && r.file.mockInterviews).toEqual([]);
  });

  it("reads sessions, keeping the result text as written", () => {
    const r = parseProgressFile(file({ mockInterviews: [mock()] }));
    expect(r.ok && r.file.mockInterviews).toEqual([
      { id: mockResult.id, finishedAt: new Date("2026-03-01T10:00:00.000Z"), result: JSON.stringify(mockResult), misconceptions: ["time-wait-on-server"] },
    ]);
  });

  it("names a bad session field by its place", () => {
    const three = [
      mock({ id: "5a1d0c3e-2b4f-4a6d-8e0c-1f3b5d7e9a01" }),
      mock({ id: "5a1d0c3e-2b4f-4a6d-8e0c-1f3b5d7e9a02" }),
      mock({ finishedAt: "last week" }),
    ];
    expect(issuesOf(file({ mockInterviews: three }))).toEqual(["mockInterviews[2].finishedAt: must be an ISO 8601 date-time"]);
    expect(issuesOf(file({ mockInterviews: [mock({ id: "m1" })] }))).toEqual(["mockInterviews[0].id: must be a UUID"]);
    expect(issuesOf(file({ mockInterviews: [mock({ misconceptions: "a b" })] }))).toEqual([
      "mockInterviews[0].misconceptions: must be a list of misconception ids",
    ]);
    expect(issuesOf(file({ mockInterviews: [mock({ misconceptions: ["a b"] })] }))).toEqual([
      "mockInterviews[0].misconceptions[0]: must be a kebab-case misconception id",
    ]);
    expect(issuesOf(file({ mockInterviews: [mock({ userId: "someone" })] }))[0]).toMatch(/^mockInterviews\[0\]: .*userId/);
    expect(issuesOf(file({ mockInterviews: [mock(), mock()] }))).toEqual([`mockInterviews[1]: repeats the mock interview id "${mockResult.id}" of [0]`]);
  });

  it("checks the shape of the result inside its JSON text, naming the place within it", () => {
    const result = (over: Record<string, unknown>) => mock({ result: JSON.stringify({ ...mockResult, ...over }) });
    expect(issuesOf(file({ mockInterviews: [mock({ result: "{ not json" })] }))).toEqual(["mockInterviews[0].result: must be JSON text"]);
    expect(issuesOf(file({ mockInterviews: [mock({ result: { readiness: [] } })] }))).toEqual(["mockInterviews[0].result: must be JSON text"]);
    expect(issuesOf(file({ mockInterviews: [result({ readiness: [{ topic: "time-wait", score: 2, answered: 1 }] })] }))).toEqual([
      "mockInterviews[0].result.readiness[0].score: must be 0-1",
    ]);
    expect(issuesOf(file({ mockInterviews: [result({ answers: [] })] }))).toEqual([
      "mockInterviews[0].result.answers: a mock interview has at least one answer",
    ]);
    expect(issuesOf(file({ mockInterviews: [mock({ result: "[]" })] }))[0]).toMatch(/^mockInterviews\[0\]\.result: /);
  });
});

describe("a card state the scheduler can take", () => {
  const state = (over: Record<string, unknown> = {}) => ({
    cardId: "c1",
    due: "2026-03-01T09:00:00.000Z",
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
    ...over,
  });
  const issuesForState = (over: Record<string, unknown>) => issuesOf(file({ cardStates: [state(over)] }));

  it("takes a new card carrying zeros, as the scheduler makes it", () => expect(issuesForState({})).toEqual([]));

  it("a card seen once (any of state, stability, difficulty set) needs both within the scheduler's range", () => {
    expect(issuesForState({ state: 2 })).toEqual([
      `cardStates[0].stability: must be at least ${S_MIN} for a card in state 2 (got 0)`,
      "cardStates[0].difficulty: must be 1-10 for a card in state 2 (got 0)",
    ]);
    expect(issuesForState({ difficulty: 5 })).toEqual([`cardStates[0].stability: must be at least ${S_MIN} for a card in state 0 (got 0)`]);
    expect(issuesForState({ stability: 2 })).toEqual(["cardStates[0].difficulty: must be 1-10 for a card in state 0 (got 0)"]);
  });

  it("takes the exact lower bounds: stability S_MIN, difficulty 1", () => {
    expect(issuesForState({ state: 2, stability: S_MIN, difficulty: 1 })).toEqual([]);
    expect(issuesForState({ state: 2, stability: S_MIN / 2, difficulty: 0.99 })).toEqual([
      `cardStates[0].stability: must be at least ${S_MIN} for a card in state 2 (got ${S_MIN / 2})`,
      "cardStates[0].difficulty: must be 1-10 for a card in state 2 (got 0.99)",
    ]);
  });

  it("checks a review's state before the rating the same way", () => {
    const previous = {
      due: "2026-03-01T09:00:00.000Z",
      stability: 0,
      difficulty: 3,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
      lastReview: null,
    };
    expect(issuesOf(file({ reviews: [review({ previous })] }))).toEqual([
      `reviews[0].previous.stability: must be at least ${S_MIN} for a card in state 1 (got 0)`,
    ]);
  });
});

describe("exportedSettings", () => {
  it("keeps every setting but the new-card order, and writes absent personal weights as null", () => {
    const { newCardOrder, ...rest } = defaultSettings;
    expect(newCardOrder).toBeDefined();
    const out = exportedSettings({ ...defaultSettings, fsrsParameters: undefined });
    expect(out).toEqual({ ...rest, fsrsParameters: null });
    expect(settingsSchema.safeParse(out).success).toBe(true);
  });

  it("keeps personal weights", () => {
    const weights = Array.from({ length: 21 }, (_, i) => i / 10);
    expect(exportedSettings({ ...defaultSettings, fsrsParameters: weights }).fsrsParameters).toEqual(weights);
  });
});
