import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { review } from "./fsrs";
import { newMemoryState, type MemoryState } from "./memory-state";
import { resumeSession, type LocalRating, type ResumeInput, type SnapshotCard } from "./resume";
import { defaultSchedulerSettings } from "./settings";

// Seoul (UTC+9), day rolls over at 04:00 local: 2026-05-01T01:00Z is 10:00 on 1 May there.
const taken = new Date("2026-05-01T01:00:00Z");
const min = (n: number, from = taken) => new Date(from.getTime() + n * 60_000);
const settings = defaultSchedulerSettings;

/** A card reviewed once with Good long ago, due at `due`. */
function reviewed(due: Date): MemoryState {
  const first = review(newMemoryState(min(-60 * 24 * 30)), 4, min(-60 * 24 * 30), settings).next;
  return { ...first, due };
}

const cards: SnapshotCard[] = [
  { cardId: "due-now", topicId: "open", state: reviewed(min(-5)) },
  { cardId: "due-tomorrow", topicId: "close", state: reviewed(min(60 * 24)) },
  { cardId: "n1", topicId: "open", state: null },
  { cardId: "n2", topicId: "close", state: null },
  { cardId: "n3", topicId: "open", state: null },
  { cardId: "n4", topicId: "open", state: null },
];

const input = (over: Partial<ResumeInput> = {}): ResumeInput => ({
  snapshot: { cards, day: "2026-05-01", doneToday: { newCount: 0, reviewCount: 0 } },
  ratings: [],
  now: min(1),
  settings,
  limits: { newPerDay: 3, reviewsPerDay: 100 },
  timeZone: "Asia/Seoul",
  rolloverHour: 4,
  ...over,
});
const rated = (cardId: string, rating: LocalRating["rating"], at: Date, cram = false): LocalRating => ({ cardId, rating, reviewedAt: at, cram });

describe("resumeSession", () => {
  it("with no local ratings orders the snapshot as the server would: due reviews, then new cards up to the limit", () => {
    const r = resumeSession(input());
    expect(r.order).toEqual(["due-now", "n1", "n2", "n3"]);
    expect(r.applied).toBe(0);
  });

  it("leaves out cards rated on the device since the snapshot and counts them against today's new cards", () => {
    const r = resumeSession(input({ ratings: [rated("n1", 4, min(2)), rated("due-now", 3, min(3))] }));
    // n1 (Easy) and due-now (Good) are days away now; one new card is used up, so two more come.
    expect(r.order).toEqual(["n2", "n3"]);
    expect(r.applied).toBe(2);
    expect(r.states.get("n1")?.state).toBe(2);
  });

  it("brings a card rated Again back as a learning card within the session", () => {
    const r = resumeSession(input({ ratings: [rated("n1", 1, min(2))], now: min(3) }));
    expect(r.order[0]).toBe("n1");
    expect(r.order).toEqual(["n1", "due-now", "n2", "n3"]);
  });

  it("ignores a rating the snapshot already holds (not newer than the card's last review)", () => {
    const state = reviewed(min(-5));
    const r = resumeSession(input({ ratings: [rated("due-now", 1, state.lastReview!)] }));
    expect(r.applied).toBe(0);
    expect(r.states.get("due-now")).toEqual(cards[0]!.state);
  });

  it("ignores cram ratings and ratings of cards not in the snapshot", () => {
    const r = resumeSession(input({ ratings: [rated("n1", 4, min(2), true), rated("elsewhere", 4, min(2))] }));
    expect(r.applied).toBe(0);
    expect(r.order).toEqual(["due-now", "n1", "n2", "n3"]);
  });

  it("on the next study day shows the cards due then and a new day's new cards, whatever the snapshot's day had used", () => {
    const tomorrow = min(60 * 24 + 10);
    const r = resumeSession(input({ now: tomorrow, snapshot: { cards, day: "2026-05-01", doneToday: { newCount: 3, reviewCount: 0 } } }));
    expect(r.order).toEqual(["due-now", "due-tomorrow", "n1", "n2", "n3"]);
  });

  it("keeps the snapshot's count on the same study day, and a rating after the 04:00 rollover counts for the new day only", () => {
    const sameDay = resumeSession(input({ snapshot: { cards, day: "2026-05-01", doneToday: { newCount: 2, reviewCount: 0 } } }));
    expect(sameDay.order).toEqual(["due-now", "n1"]);
    // 19:30Z is 04:30 on 2 May in Seoul: a new study day; a rating at 18:30Z (03:30) was still 1 May.
    const next = resumeSession(
      input({
        now: new Date("2026-05-01T19:30:00Z"),
        ratings: [rated("n1", 4, new Date("2026-05-01T18:30:00Z"))],
        snapshot: { cards, day: "2026-05-01", doneToday: { newCount: 2, reviewCount: 0 } },
      }),
    );
    expect(next.order).toEqual(["due-now", "n2", "n3", "n4"]);
  });

  it("filters by topic", () => {
    expect(resumeSession(input({ topic: "open" })).order).toEqual(["due-now", "n1", "n3", "n4"]);
  });

  it("puts the snapshot's first (remedial) cards first until a local rating touches them", () => {
    const snapshot = { cards, day: "2026-05-01", doneToday: { newCount: 0, reviewCount: 0 }, first: ["due-tomorrow", "n2"] };
    expect(resumeSession(input({ snapshot })).order).toEqual(["due-tomorrow", "n2", "due-now", "n1", "n3"]);
    expect(resumeSession(input({ snapshot, ratings: [rated("due-tomorrow", 3, min(2))] })).order).toEqual(["n2", "due-now", "n1", "n3"]);
  });

  it("gives the same session whatever order the device lists its ratings in", () => {
    const pool = [rated("n1", 1, min(2)), rated("n1", 3, min(4)), rated("due-now", 2, min(3)), rated("n2", 4, min(5)), rated("n3", 1, min(6))];
    const expected = resumeSession(input({ ratings: pool, now: min(7) }));
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length, maxLength: pool.length }), (shuffled) => {
        const r = resumeSession(input({ ratings: shuffled, now: min(7) }));
        expect(r.order).toEqual(expected.order);
        expect(r.states).toEqual(expected.states);
      }),
    );
  });
});
