import { describe, expect, it } from "vitest";
import { describeIssue, describeIssues } from "./issue-text";
import { parseProgressFile, type FileIssue } from "./schema";

const review = (over: Record<string, unknown> = {}) => ({
  id: "5f0c6a3e-8a8e-4a57-9a55-2b1f8d6f3a01", cardId: "hs3-step2", rating: 3, state: 0, due: "2026-03-01T09:00:00Z", stability: 0, difficulty: 0,
  elapsedDays: 0, lastElapsedDays: 0, scheduledDays: 0, learningSteps: 0, reviewedAt: "2026-03-01T09:00:00Z", durationMs: 1200, cram: false, previous: null, undoneAt: null, ...over,
});
const file = (over: Record<string, unknown> = {}) => ({ format: "tcp-srs-progress", version: 1, exportedAt: "2026-03-02T00:00:00Z", settings: null, cardStates: [], reviews: [review()], drillAttempts: [], dailyStats: [], ...over });

/** The issues the schema itself reports for a file: the messages the learner would get. */
function issuesFor(json: unknown): FileIssue[] {
  const parsed = parseProgressFile(json);
  if (parsed.ok) throw new Error("the file was accepted");
  return parsed.issues;
}
const both = (json: unknown) => issuesFor(json).map((i) => [describeIssue(i, "ko"), describeIssue(i, "en")]);

describe("import issues in the learner's language", () => {
  it("names the entry by its number from 1 and the field, with the particle the field takes", () => {
    const reviews = Array.from({ length: 13 }, (_, i) => review({ id: `5f0c6a3e-8a8e-4a57-9a55-2b1f8d6f3a${String(i).padStart(2, "0")}` }));
    reviews[12]!.rating = 7;
    expect(both(file({ reviews }))).toEqual([["리뷰 13번째: 평가는 1-4여야 합니다", "review 13: rating must be 1–4"]]);
  });

  it("says what is wrong for each kind of field, in natural Korean and English", () => {
    expect(both(file({ reviews: [review({ id: "x" })] }))).toEqual([["리뷰 1번째: id는 UUID여야 합니다", "review 1: id must be a UUID"]]);
    expect(both(file({ reviews: [review({ reviewedAt: "yesterday" })] }))).toEqual([["리뷰 1번째: 복습 시각은 2026-03-01T09:00:00Z 같은 ISO 8601 날짜와 시각이어야 합니다", "review 1: review time must be an ISO 8601 date-time such as 2026-03-01T09:00:00Z"]]);
    expect(both(file({ reviews: [review({ cram: "no" })] }))).toEqual([["리뷰 1번째: 벼락치기 여부는 true나 false여야 합니다", "review 1: cram must be true or false"]]);
    expect(both(file({ reviews: [review({ cardId: "a\u0000b" })] }))).toEqual([["리뷰 1번째: 카드 id는 제어 문자(\\u0000 등)를 담을 수 없습니다", "review 1: card id must not contain control characters (such as \\u0000)"]]);
    expect(both(file({ reviews: [review({ durationMs: -1 })] }))).toEqual([["리뷰 1번째: 걸린 시간은 0 이상이어야 합니다", "review 1: duration must be 0 or more"]]);
    expect(both(file({ version: 2 }))).toEqual([["버전은 1이어야 합니다. 이 앱은 버전 1 파일을 읽습니다", "version must be 1: this app reads version 1 files"]]);
    expect(both(file({ format: "anki" }))).toEqual([['형식은 "tcp-srs-progress"여야 합니다. 이 앱에서 내보낸 진행 상황 파일(JSON)인지 확인하세요', 'format must be "tcp-srs-progress": is this a progress file (JSON) exported by this app?']]);
    expect(both(["reviews"])).toEqual([["파일: 객체여야 하는데 목록입니다", "file: must be an object, not a list"]]);
  });

  it("names nested fields and repeats by place", () => {
    const previous = { due: "2026-03-01T09:00:00Z", stability: 2, difficulty: 0.5, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 1, lapses: 0, state: 1, lastReview: null };
    expect(both(file({ reviews: [review({ previous })] }))).toEqual([["리뷰 1번째: 이전 상태의 난이도는 학습 중 상태의 카드에서는 1-10이어야 합니다 (받은 값 0.5)", "review 1: previous state difficulty must be 1–10 for a card in the learning state (got 0.5)"]]);
    expect(both(file({ reviews: [review(), review()] }))).toEqual([['리뷰 2번째: 리뷰 id "5f0c6a3e-8a8e-4a57-9a55-2b1f8d6f3a01"이 1번째 항목과 겹칩니다', 'review 2: repeats the review id "5f0c6a3e-8a8e-4a57-9a55-2b1f8d6f3a01" of entry 1']]);
    expect(both(file({ reviews: [review({ extra: 1 })] }))).toEqual([['리뷰 1번째: 이 파일 형식에 없는 항목입니다: "extra"', 'review 1: has a field this file format does not have: "extra"']]);
  });

  it("has Korean for every message a spoiled file brings out: no English predicate is left", () => {
    const spoiled = [
      file({ reviews: [review({ rating: "3", state: 9, due: 1, stability: "x", elapsedDays: 1.5, learningSteps: -1, durationMs: 9e9, undoneAt: "0000-01-01T00:00:00Z", cardId: "" })] }),
      file({ settings: { timeZone: "Mars/Base", rolloverHour: 30, locale: "fr", newPerDay: -1, reviewsPerDay: 1e9, dailyGoal: 0, desiredRetention: 2, maximumInterval: 0, learningSteps: "ten", relearningSteps: 5, fsrsParameters: [1] } }),
      file({ dailyStats: [{ day: "2026-02-30", reviews: 1, newCards: 0, drills: 0, correct: 0, timeMs: 0 }], drillAttempts: [{ id: "a", cardId: "c", kind: "quiz", score: 2, answer: 1, result: "{}", createdAt: "2026-03-01T00:00:00Z" }] }),
    ];
    const ko = spoiled.flatMap(issuesFor).map((i) => describeIssue(i, "ko"));
    expect(ko.length).toBeGreaterThan(20);
    expect(ko.filter((text) => /must|Invalid|expected|형식이 맞지 않습니다/.test(text))).toEqual([]);
  });

  it("describes the merge's refusals too", () => {
    expect(describeIssue({ path: "reviews[0].cardId", message: 'unknown card "nope"' }, "ko")).toBe('리뷰 1번째: 카드 id는 이 앱에 없는 카드입니다 ("nope")');
    expect(describeIssue({ path: "cardStates[1].lastReview", message: "2030-01-01T00:00:00.000Z is in the future" }, "en")).toBe("card state 2: last review is in the future (2030-01-01T00:00:00.000Z)");
  });

  it("a form it does not know still says where, with the original words", () => {
    expect(describeIssue({ path: "mockInterviews[0].result.readiness", message: "something new" }, "ko")).toBe("모의 면접 1번째: 결과의 readiness는 형식이 맞지 않습니다 (something new)");
  });

  it("sums up at most ten and counts the rest", () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({ path: `reviews[${i}].rating`, message: "must be 1-4" }));
    expect(describeIssues(issues, "ko")).toMatch(/^아무것도 가져오지 않았습니다\. 리뷰 1번째: 평가는 1-4여야 합니다; .*리뷰 10번째: 평가는 1-4여야 합니다; 그 밖에 2건$/);
    expect(describeIssues(issues.slice(0, 1), "en")).toBe("Nothing was imported. review 1: rating must be 1–4");
  });
});

describe("settings issues", () => {
  it("name the section, then the field, with the particles the values take", () => {
    const settings = { timeZone: "Asia/Seoul", rolloverHour: 4, locale: "fr", newPerDay: 20, reviewsPerDay: 200, dailyGoal: 20, desiredRetention: 0.9, maximumInterval: 36500, learningSteps: "1m 10m", relearningSteps: "10m", fsrsParameters: null };
    expect(both(file({ settings }))).toEqual([['설정: 언어는 "ko"나 "en"이어야 합니다', 'settings: language must be "ko" or "en"']]);
  });
});
