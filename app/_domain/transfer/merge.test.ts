import { describe, expect, it } from "vitest";
import { dailyContributions, fileStateWins, planImport, type MergeContext } from "./merge";
import type { ExportedCardState, ExportedDrillAttempt, ExportedMockInterview, ExportedReview, ProgressFile } from "./schema";

const T0 = new Date("2026-03-01T09:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const NOW = at(24 * 60);

const memory = {
  due: T0,
  stability: 1,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 1 as const,
  lastReview: T0,
};
const review = (id: string, over: Partial<ExportedReview> = {}): ExportedReview => ({
  id,
  cardId: "c1",
  rating: 3,
  state: 0,
  due: T0,
  stability: 0,
  difficulty: 0,
  elapsedDays: 0,
  lastElapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reviewedAt: T0,
  durationMs: 1000,
  cram: false,
  previous: null,
  undoneAt: null,
  ...over,
});
const state = (cardId: string, lastReview: Date | null): ExportedCardState => ({ cardId, ...memory, lastReview });
const attempt = (id: string, createdAt = T0): ExportedDrillAttempt => ({
  id,
  cardId: "c1",
  kind: "simulator",
  score: 1,
  answer: "[]",
  result: "{}",
  createdAt,
});
const mock = (id: string, finishedAt = T0): ExportedMockInterview => ({ id, finishedAt, result: "{}", misconceptions: ["time-wait-on-server"] });
const settings = {
  timeZone: "Asia/Seoul",
  rolloverHour: 4,
  locale: "ko" as const,
  newPerDay: 20,
  reviewsPerDay: 200,
  dailyGoal: 1,
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: "1m 10m",
  relearningSteps: "10m",
  fsrsParameters: null,
};

const file = (over: Partial<ProgressFile> = {}): ProgressFile => ({
  format: "tcp-srs-progress",
  version: 1,
  exportedAt: NOW,
  settings: null,
  cardStates: [],
  reviews: [],
  drillAttempts: [],
  dailyStats: [],
  mockInterviews: [],
  ...over,
});
const ctx = (over: Partial<MergeContext> = {}): MergeContext => ({
  userId: "me",
  now: NOW,
  knownCards: new Set(["c1", "c2"]),
  existingReviews: new Map(),
  existingAttempts: new Map(),
  existingMocks: new Map(),
  cardStates: new Map(),
  hasSettings: false,
  ...over,
});

describe("planImport", () => {
  it("adds everything into an empty account", () => {
    const result = planImport(
      file({
        settings,
        reviews: [review("r1"), review("r2", { cardId: "c2" })],
        cardStates: [state("c1", T0)],
        drillAttempts: [attempt("a1")],
        mockInterviews: [mock("m1")],
      }),
      ctx(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.reviews.map((r) => r.id)).toEqual(["r1", "r2"]);
    expect(result.plan.createStates.map((s) => s.cardId)).toEqual(["c1"]);
    expect(result.plan.settings).toEqual(settings);
    expect(result.plan.mockInterviews).toEqual([mock("m1")]);
    expect(result.summary).toEqual({
      reviews: { added: 2, present: 0 },
      drillAttempts: { added: 1, present: 0 },
      mockInterviews: { added: 1, present: 0 },
      cardStates: { added: 1, updated: 0, kept: 0 },
      days: 1,
      settings: "applied",
    });
  });

  it("skips reviews, attempts and mock interviews already in the account: a second import adds nothing", () => {
    const f = file({ reviews: [review("r1")], drillAttempts: [attempt("a1")], cardStates: [state("c1", T0)], mockInterviews: [mock("m1")] });
    const result = planImport(
      f,
      ctx({
        existingReviews: new Map([["r1", { userId: "me", cardId: "c1", reviewedAt: T0, rating: 3 }]]),
        existingAttempts: new Map([["a1", { userId: "me", cardId: "c1" }]]),
        existingMocks: new Map([["m1", { userId: "me", finishedAt: T0 }]]),
        cardStates: new Map([["c1", { lastReview: T0 }]]),
        hasSettings: true,
      }),
    );
    expect(result.ok && result.plan).toEqual({
      settings: null,
      reviews: [],
      drillAttempts: [],
      mockInterviews: [],
      createStates: [],
      updateStates: [],
      daily: [],
    });
    expect(result.ok && result.summary.mockInterviews).toEqual({ added: 0, present: 1 });
  });

  it("refuses a review id of another account, naming the place, and plans nothing", () => {
    const result = planImport(
      file({ reviews: [review("r0"), review("theirs")] }),
      ctx({ existingReviews: new Map([["theirs", { userId: "someone", cardId: "c1", reviewedAt: T0, rating: 3 }]]) }),
    );
    expect(result).toEqual({ ok: false, issues: [{ path: "reviews[1].id", message: 'review id "theirs" belongs to another account; nothing was imported' }] });
  });

  it("refuses an attempt id of another account", () => {
    const result = planImport(
      file({ drillAttempts: [attempt("theirs")] }),
      ctx({ existingAttempts: new Map([["theirs", { userId: "someone", cardId: "c1" }]]) }),
    );
    expect(!result.ok && result.issues[0]!.path).toBe("drillAttempts[0].id");
  });

  it("refuses a mock interview id of another account, naming the place", () => {
    const result = planImport(
      file({ mockInterviews: [mock("m0"), mock("theirs")] }),
      ctx({ existingMocks: new Map([["theirs", { userId: "someone", finishedAt: T0 }]]) }),
    );
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "mockInterviews[1].id", message: 'mock interview id "theirs" belongs to another account; nothing was imported' }],
    });
  });

  it("refuses one of my own mock interview ids reused for another session", () => {
    const result = planImport(file({ mockInterviews: [mock("m1", at(30))] }), ctx({ existingMocks: new Map([["m1", { userId: "me", finishedAt: T0 }]]) }));
    expect(!result.ok && result.issues).toEqual([
      { path: "mockInterviews[0].id", message: `mock interview id "m1" is already in your history, finished at ${T0.toISOString()}` },
    ]);
  });

  it("refuses a mock interview finished in the future", () => {
    const result = planImport(file({ mockInterviews: [mock("m1", at(2 * 24 * 60))] }), ctx());
    expect(!result.ok && result.issues).toEqual([{ path: "mockInterviews[0].finishedAt", message: `${at(2 * 24 * 60).toISOString()} is in the future` }]);
  });

  it("counts a mock interview in no day: its answers are reviews of their own", () => {
    const result = planImport(file({ mockInterviews: [mock("m1")] }), ctx());
    expect(result.ok && [result.plan.daily, result.summary.days]).toEqual([[], 0]);
  });

  it("refuses one of my own review ids reused for a different rating", () => {
    const result = planImport(
      file({ reviews: [review("r1", { rating: 1 })] }),
      ctx({ existingReviews: new Map([["r1", { userId: "me", cardId: "c1", reviewedAt: T0, rating: 3 }]]) }),
    );
    expect(!result.ok && result.issues[0]!.message).toMatch(/already in your log as a different rating/);
  });

  it("names every unknown card and future time", () => {
    const result = planImport(
      file({ cardStates: [state("x", T0)], reviews: [review("r1"), review("r2", { cardId: "x", reviewedAt: at(3 * 24 * 60) })] }),
      ctx(),
    );
    expect(!result.ok && result.issues).toEqual([
      { path: "cardStates[0].cardId", message: 'unknown card "x"' },
      { path: "reviews[1].cardId", message: 'unknown card "x"' },
      { path: "reviews[1].reviewedAt", message: `${at(3 * 24 * 60).toISOString()} is in the future` },
    ]);
  });

  it("keeps the card state with the later lastReview", () => {
    const f = file({ cardStates: [state("c1", at(10)), state("c2", at(10))] });
    const result = planImport(
      f,
      ctx({
        cardStates: new Map([
          ["c1", { lastReview: at(5) }],
          ["c2", { lastReview: at(20) }],
        ]),
      }),
    );
    expect(result.ok && result.plan.updateStates.map((s) => s.cardId)).toEqual(["c1"]);
    expect(result.ok && result.summary.cardStates).toEqual({ added: 0, updated: 1, kept: 1 });
  });

  it("keeps the account's settings when it has saved some", () => {
    const result = planImport(file({ settings }), ctx({ hasSettings: true }));
    expect(result.ok && [result.plan.settings, result.summary.settings]).toEqual([null, "kept"]);
  });
});

describe("fileStateWins", () => {
  it("counts a state never reviewed as the earliest, and a tie as the account's", () => {
    expect(fileStateWins({ lastReview: T0 }, { lastReview: null })).toBe(true);
    expect(fileStateWins({ lastReview: null }, { lastReview: null })).toBe(false);
    expect(fileStateWins({ lastReview: T0 }, { lastReview: T0 })).toBe(false);
    expect(fileStateWins({ lastReview: null }, undefined)).toBe(true);
  });
});

describe("dailyContributions", () => {
  it("counts live reviews like recording them, nothing for undone ones, and attempts as drills", () => {
    const reviews = [
      review("new-good"),
      review("again", { rating: 1, previous: memory, durationMs: 500 }),
      review("cram", { cram: true, durationMs: 250 }),
      review("undone", { undoneAt: at(1) }),
    ];
    expect(dailyContributions(reviews, [attempt("a1")], { timeZone: "UTC", rolloverHour: 4 })).toEqual([
      { day: "2026-03-01", reviews: 3, newCards: 1, drills: 1, correct: 2, timeMs: 1750 },
    ]);
  });

  it("puts each review on the exporter's study day (time zone and rollover hour)", () => {
    // 2026-03-01T17:30Z is 02:30 on 2 March in Seoul: before a 4 o'clock rollover, so still 1 March.
    const late = review("late", { reviewedAt: new Date("2026-03-01T17:30:00Z") });
    const next = review("next", { reviewedAt: new Date("2026-03-01T19:30:00Z") });
    expect(dailyContributions([late, next], [], { timeZone: "Asia/Seoul", rolloverHour: 4 }).map((d) => [d.day, d.reviews])).toEqual([
      ["2026-03-01", 1],
      ["2026-03-02", 1],
    ]);
  });
});

describe("planImport: an id already in my account is the same event only if the file says the same about it", () => {
  const mine = (over: Partial<{ cardId: string; reviewedAt: Date; rating: number }> = {}) =>
    new Map([["r1", { userId: "me", cardId: "c1", reviewedAt: T0, rating: 3, ...over }]]);

  it.each([
    ["another card", { cardId: "c2" }],
    ["another time", { reviewedAt: at(1) }],
    ["another rating", { rating: 4 }],
  ] as const)("a review id of mine logged for %s is refused, naming what my log holds", (_what, over) => {
    const result = planImport(file({ reviews: [review("r1")] }), ctx({ existingReviews: mine(over) }));
    const logged = { cardId: "c1", reviewedAt: T0, ...over };
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: "reviews[0].id",
          message: `review id "r1" is already in your log as a different rating (card "${logged.cardId}" at ${logged.reviewedAt.toISOString()})`,
        },
      ],
    });
  });

  it("the same review (card, time and rating) is skipped and counted as present", () => {
    const result = planImport(file({ reviews: [review("r1"), review("r2")] }), ctx({ existingReviews: mine() }));
    expect(result.ok && result.plan.reviews.map((r) => r.id)).toEqual(["r2"]);
    expect(result.ok && result.summary.reviews).toEqual({ added: 1, present: 1 });
  });

  it("an attempt id of mine for another card is refused; for the same card it is skipped", () => {
    const existingAttempts = new Map([["a1", { userId: "me", cardId: "c2" }]]);
    expect(planImport(file({ drillAttempts: [attempt("a1")] }), ctx({ existingAttempts }))).toEqual({
      ok: false,
      issues: [{ path: "drillAttempts[0].id", message: 'attempt id "a1" is already in your history for card "c2"' }],
    });
    const same = planImport(
      file({ drillAttempts: [attempt("a1"), attempt("a2")] }),
      ctx({ existingAttempts: new Map([["a1", { userId: "me", cardId: "c1" }]]) }),
    );
    expect(same.ok && same.plan.drillAttempts.map((a) => a.id)).toEqual(["a2"]);
    expect(same.ok && same.summary.drillAttempts).toEqual({ added: 1, present: 1 });
  });

  it("refuses every time beyond the clock skew allowance, and accepts one within it", () => {
    const within = at(24 * 60 + 5); // NOW + 5 minutes: the allowance itself
    const beyond = new Date(within.getTime() + 1);
    const ok = planImport(
      file({ reviews: [review("r1", { reviewedAt: within })], drillAttempts: [attempt("a1", within)], mockInterviews: [mock("m1", within)] }),
      ctx(),
    );
    expect(ok.ok).toBe(true);
    const refused = planImport(
      file({ reviews: [review("r1", { reviewedAt: beyond })], drillAttempts: [attempt("a1", beyond)], mockInterviews: [mock("m1", beyond)] }),
      ctx(),
    );
    expect(!refused.ok && refused.issues.map((i) => i.path)).toEqual(["reviews[0].reviewedAt", "drillAttempts[0].createdAt", "mockInterviews[0].finishedAt"]);
  });

  it("names an attempt of an unknown card, and an unknown card refuses the whole file", () => {
    const result = planImport(file({ reviews: [review("r1")], drillAttempts: [attempt("a1"), { ...attempt("a2"), cardId: "gone" }] }), ctx());
    expect(result).toEqual({ ok: false, issues: [{ path: "drillAttempts[1].cardId", message: 'unknown card "gone"' }] });
  });

  it("says no settings came when the file has none, and applies none", () => {
    const result = planImport(file(), ctx());
    expect(result.ok && [result.plan.settings, result.summary.settings]).toEqual([null, "none"]);
  });

  it("creates the states of new cards and updates only those the file reviewed later", () => {
    const f = file({ cardStates: [state("c1", at(10)), state("c2", null)] });
    const result = planImport(f, ctx({ cardStates: new Map([["c1", { lastReview: at(5) }]]) }));
    expect(result.ok && [result.plan.createStates.map((s) => s.cardId), result.plan.updateStates.map((s) => s.cardId)]).toEqual([["c2"], ["c1"]]);
    expect(result.ok && result.summary.cardStates).toEqual({ added: 1, updated: 1, kept: 0 });
  });

  it("counts the days of new reviews by UTC and a 4 o'clock rollover when the file has no settings", () => {
    // 03:00 UTC is before the rollover: the day before.
    const early = review("early", { reviewedAt: new Date("2026-03-01T03:00:00Z") });
    const result = planImport(file({ reviews: [early, review("r2")] }), ctx());
    expect(result.ok && result.plan.daily.map((d) => [d.day, d.reviews])).toEqual([
      ["2026-02-28", 1],
      ["2026-03-01", 1],
    ]);
    expect(result.ok && result.summary.days).toBe(2);
  });
});

describe("fileStateWins and dailyContributions, edge by edge", () => {
  it("the file's state wins when reviewed later, and never when reviewed earlier", () => {
    expect(fileStateWins({ lastReview: at(2) }, { lastReview: at(1) })).toBe(true);
    expect(fileStateWins({ lastReview: at(1) }, { lastReview: at(2) })).toBe(false);
  });

  it("counts rating 2 and up as correct, a first non-cram rating as new, and sorts days", () => {
    const reviews = [
      review("b", { reviewedAt: new Date("2026-03-03T12:00:00Z"), rating: 2, durationMs: 10 }),
      review("a", { reviewedAt: new Date("2026-03-02T12:00:00Z"), rating: 1, previous: memory, durationMs: 20 }),
    ];
    expect(dailyContributions(reviews, [attempt("x", new Date("2026-03-04T12:00:00Z"))], { timeZone: "UTC", rolloverHour: 0 })).toEqual([
      { day: "2026-03-02", reviews: 1, newCards: 0, drills: 0, correct: 0, timeMs: 20 },
      { day: "2026-03-03", reviews: 1, newCards: 1, drills: 0, correct: 1, timeMs: 10 },
      { day: "2026-03-04", reviews: 0, newCards: 0, drills: 1, correct: 0, timeMs: 0 },
    ]);
  });
});

describe("planImport: card states dated beyond what the scheduler could have made", () => {
  const LATEST = NOW.getTime() + 5 * 60_000; // the clock skew allowance
  const LONGEST = 36_500 * 86_400_000;
  const stateAt = (lastReview: Date | null, due: Date): ExportedCardState => ({ ...state("c1", lastReview), due });

  it("takes a last review up to the allowance and a due date up to the longest interval past it", () => {
    expect(planImport(file({ cardStates: [stateAt(new Date(LATEST), new Date(LATEST + LONGEST))] }), ctx()).ok).toBe(true);
  });

  it("refuses a last review a millisecond later, and a due date a millisecond further, naming each", () => {
    const late = new Date(LATEST + 1);
    const far = new Date(LATEST + LONGEST + 1);
    const result = planImport(file({ cardStates: [stateAt(null, T0), stateAt(late, far)] }), ctx());
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "cardStates[1].lastReview", message: `${late.toISOString()} is in the future` },
        { path: "cardStates[1].due", message: `${far.toISOString()} is further ahead than the longest interval (36500 days)` },
      ],
    });
  });
});

describe("planImport: one of my review ids with other content is refused, never skipped", () => {
  const mine = { userId: "me", cardId: "c1", reviewedAt: T0, rating: 3 as const };
  const refusal = 'review id "r1" is already in your log as a different rating (card "c1" at 2026-03-01T09:00:00.000Z)';
  it.each([
    ["another card", { cardId: "c2" }],
    ["another time", { reviewedAt: at(1) }],
    ["another rating", { rating: 4 as const }],
  ])("on %s", (_, over) => {
    const result = planImport(file({ reviews: [review("r1", over)] }), ctx({ existingReviews: new Map([["r1", mine]]) }));
    expect(result).toEqual({ ok: false, issues: [{ path: "reviews[0].id", message: refusal }] });
  });
});
