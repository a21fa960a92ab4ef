import { describe, expect, it } from "vitest";
import { describeIssue, describeIssues } from "./issue-text";
import { parseProgressFile, type FileIssue } from "./schema";

const review = (over: Record<string, unknown> = {}) => ({
  id: "5f0c6a3e-8a8e-4a57-9a55-2b1f8d6f3a01",
  cardId: "hs3-step2",
  rating: 3,
  state: 0,
  due: "2026-03-01T09:00:00Z",
  stability: 0,
  difficulty: 0,
  elapsedDays: 0,
  lastElapsedDays: 0,
  scheduledDays: 0,
  learningSteps: 0,
  reviewedAt: "2026-03-01T09:00:00Z",
  durationMs: 1200,
  cram: false,
  previous: null,
  undoneAt: null,
  ...over,
});
const file = (over: Record<string, unknown> = {}) => ({
  format: "tcp-srs-progress",
  version: 1,
  exportedAt: "2026-03-02T00:00:00Z",
  settings: null,
  cardStates: [],
  reviews: [review()],
  drillAttempts: [],
  dailyStats: [],
  ...over,
});

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
    expect(both(file({ reviews: [review({ reviewedAt: "yesterday" })] }))).toEqual([
      [
        "리뷰 1번째: 복습 시각은 2026-03-01T09:00:00Z 같은 ISO 8601 날짜와 시각이어야 합니다",
        "review 1: review time must be an ISO 8601 date-time such as 2026-03-01T09:00:00Z",
      ],
    ]);
    expect(both(file({ reviews: [review({ cram: "no" })] }))).toEqual([
      ["리뷰 1번째: 벼락치기 여부는 true나 false여야 합니다", "review 1: cram must be true or false"],
    ]);
    expect(both(file({ reviews: [review({ cardId: "a\u0000b" })] }))).toEqual([
      ["리뷰 1번째: 카드 id는 제어 문자(\\u0000 등)를 담을 수 없습니다", "review 1: card id must not contain control characters (such as \\u0000)"],
    ]);
    expect(both(file({ reviews: [review({ durationMs: -1 })] }))).toEqual([
      ["리뷰 1번째: 걸린 시간은 0 이상이어야 합니다", "review 1: duration must be 0 or more"],
    ]);
    expect(both(file({ version: 2 }))).toEqual([
      ["버전은 1이어야 합니다. 이 앱은 버전 1 파일을 읽습니다", "version must be 1: this app reads version 1 files"],
    ]);
    expect(both(file({ format: "anki" }))).toEqual([
      [
        '형식은 "tcp-srs-progress"여야 합니다. 이 앱에서 내보낸 진행 상황 파일(JSON)인지 확인하세요',
        'format must be "tcp-srs-progress": is this a progress file (JSON) exported by this app?',
      ],
    ]);
    expect(both(["reviews"])).toEqual([["파일: 객체여야 하는데 목록입니다", "file: must be an object, not a list"]]);
  });

  it("names nested fields and repeats by place", () => {
    const previous = {
      due: "2026-03-01T09:00:00Z",
      stability: 2,
      difficulty: 0.5,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 1,
      lastReview: null,
    };
    expect(both(file({ reviews: [review({ previous })] }))).toEqual([
      [
        "리뷰 1번째: 이전 상태의 난이도는 학습 중 상태의 카드에서는 1-10이어야 합니다 (받은 값 0.5)",
        "review 1: previous state difficulty must be 1–10 for a card in the learning state (got 0.5)",
      ],
    ]);
    expect(both(file({ reviews: [review(), review()] }))).toEqual([
      [
        '리뷰 2번째: 리뷰 id "5f0c6a3e-8a8e-4a57-9a55-2b1f8d6f3a01"이 1번째 항목과 겹칩니다',
        'review 2: repeats the review id "5f0c6a3e-8a8e-4a57-9a55-2b1f8d6f3a01" of entry 1',
      ],
    ]);
    expect(both(file({ reviews: [review({ extra: 1 })] }))).toEqual([
      ['리뷰 1번째: 이 파일 형식에 없는 항목입니다: "extra"', 'review 1: has a field this file format does not have: "extra"'],
    ]);
  });

  it("has Korean for every message a spoiled file brings out: no English predicate is left", () => {
    const spoiled = [
      file({
        reviews: [
          review({
            rating: "3",
            state: 9,
            due: 1,
            stability: "x",
            elapsedDays: 1.5,
            learningSteps: -1,
            durationMs: 9e9,
            undoneAt: "0000-01-01T00:00:00Z",
            cardId: "",
          }),
        ],
      }),
      file({
        settings: {
          timeZone: "Mars/Base",
          rolloverHour: 30,
          locale: "fr",
          newPerDay: -1,
          reviewsPerDay: 1e9,
          dailyGoal: 0,
          desiredRetention: 2,
          maximumInterval: 0,
          learningSteps: "ten",
          relearningSteps: 5,
          fsrsParameters: [1],
        },
      }),
      file({
        dailyStats: [{ day: "2026-02-30", reviews: 1, newCards: 0, drills: 0, correct: 0, timeMs: 0 }],
        drillAttempts: [{ id: "a", cardId: "c", kind: "quiz", score: 2, answer: 1, result: "{}", createdAt: "2026-03-01T00:00:00Z" }],
      }),
    ];
    const ko = spoiled.flatMap(issuesFor).map((i) => describeIssue(i, "ko"));
    expect(ko.length).toBeGreaterThan(20);
    expect(ko.filter((text) => /must|Invalid|expected|형식이 맞지 않습니다/.test(text))).toEqual([]);
  });

  it("describes the merge's refusals too", () => {
    expect(describeIssue({ path: "reviews[0].cardId", message: 'unknown card "nope"' }, "ko")).toBe('리뷰 1번째: 카드 id는 이 앱에 없는 카드입니다 ("nope")');
    expect(describeIssue({ path: "cardStates[1].lastReview", message: "2030-01-01T00:00:00.000Z is in the future" }, "en")).toBe(
      "card state 2: last review is in the future (2030-01-01T00:00:00.000Z)",
    );
  });

  it("a form it does not know still says where, with the original words", () => {
    expect(describeIssue({ path: "mockInterviews[0].result.readiness", message: "something new" }, "ko")).toBe(
      "모의 면접 1번째: 결과의 readiness는 형식이 맞지 않습니다 (something new)",
    );
  });

  it("sums up at most ten and counts the rest", () => {
    const issues = Array.from({ length: 12 }, (_, i) => ({ path: `reviews[${i}].rating`, message: "must be 1-4" }));
    expect(describeIssues(issues, "ko")).toMatch(
      /^아무것도 가져오지 않았습니다\. 리뷰 1번째: 평가는 1-4여야 합니다; .*리뷰 10번째: 평가는 1-4여야 합니다; 그 밖에 2건$/,
    );
    expect(describeIssues(issues.slice(0, 1), "en")).toBe("Nothing was imported. review 1: rating must be 1–4");
  });
});

describe("settings issues", () => {
  it("name the section, then the field, with the particles the values take", () => {
    const settings = {
      timeZone: "Asia/Seoul",
      rolloverHour: 4,
      locale: "fr",
      newPerDay: 20,
      reviewsPerDay: 200,
      dailyGoal: 20,
      desiredRetention: 0.9,
      maximumInterval: 36500,
      learningSteps: "1m 10m",
      relearningSteps: "10m",
      fsrsParameters: null,
    };
    expect(both(file({ settings }))).toEqual([['설정: 언어는 "ko"나 "en"이어야 합니다', 'settings: language must be "ko" or "en"']]);
  });
});

/** What the learner reads for one issue, in Korean and English. */
const says = (path: string, message: string) => [describeIssue({ path, message }, "ko"), describeIssue({ path, message }, "en")];

describe("each kind of issue, as the schema and the merge word it", () => {
  it("bounds: the limit in the learner's words, per card state where the bound depends on it", () => {
    expect(says("cardStates[0].difficulty", "must be 1-10 for a card in state 2 (got 0)")).toEqual([
      "카드 상태 1번째: 난이도는 복습 상태의 카드에서는 1-10이어야 합니다 (받은 값 0)",
      "card state 1: difficulty must be 1–10 for a card in the review state (got 0)",
    ]);
    expect(says("cardStates[0].stability", "must be at least 0.001 for a card in state 3 (got 0)")).toEqual([
      "카드 상태 1번째: 안정성은 재학습 상태의 카드에서는 0.001 이상이어야 합니다 (받은 값 0)",
      "card state 1: stability must be at least 0.001 for a card in the relearning state (got 0)",
    ]);
    expect(says("settings.maximumInterval", "must be at most 36500 days")).toEqual([
      "설정: 최대 간격은 36500일 이하여야 합니다",
      "settings: maximum interval must be at most 36500 days",
    ]);
    expect(says("drillAttempts[0].answer", "must be at most 200000 characters")).toEqual([
      "드릴 시도 1번째: 답은 200000자 이하여야 합니다",
      "drill attempt 1: answer must be at most 200000 characters",
    ]);
    expect(says("reviews[0].learningSteps", "must be at most 100")).toEqual([
      "리뷰 1번째: 학습 단계는 100 이하여야 합니다",
      "review 1: learning steps must be at most 100",
    ]);
    expect(says("reviews[0].durationMs", "must be at most one day in milliseconds")).toEqual([
      "리뷰 1번째: 걸린 시간은 하루(밀리초) 이하여야 합니다",
      "review 1: duration must be at most one day in milliseconds",
    ]);
    expect(says("reviews", "must have at most 100000 entries")).toEqual([
      "리뷰 목록은 항목이 100000개 이하여야 합니다",
      "reviews must have at most 100000 entries",
    ]);
    expect(says("version", "must be 1-4")).toEqual(["버전은 1-4여야 합니다", "version must be 1–4"]);
  });

  it("types and number kinds", () => {
    expect(says("reviews[0].stability", "must be a number")).toEqual(["리뷰 1번째: 안정성은 숫자여야 합니다", "review 1: stability must be a number"]);
    expect(says("reviews[0].reps", "must be a whole number")).toEqual([
      "리뷰 1번째: 복습 횟수는 정수여야 합니다",
      "review 1: repetitions must be a whole number",
    ]);
    expect(says("settings.fsrsParameters[3]", "must be a finite number")).toEqual([
      "설정: FSRS 매개변수 4번째는 유한한 숫자여야 합니다",
      "settings: FSRS parameter 4 must be a finite number",
    ]);
    expect(says("drillAttempts[0].result", "must be JSON text")).toEqual([
      "드릴 시도 1번째: 결과는 JSON 텍스트여야 합니다",
      "drill attempt 1: result must be JSON text",
    ]);
    expect(says("dailyStats", "must be a list")).toEqual(["일별 통계 목록은 목록이어야 합니다", "daily stats must be a list"]);
    expect(says("settings.fsrsParameters", "must be a list of 21 numbers")).toEqual([
      "설정: FSRS 매개변수는 숫자 21개의 목록이어야 합니다",
      "settings: FSRS parameters must be a list of 21 numbers",
    ]);
    expect(says("reviews[0].state", "must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)")).toEqual([
      "리뷰 1번째: 상태는 0(새 카드), 1(학습 중), 2(복습), 3(재학습) 중 하나여야 합니다",
      "review 1: state must be 0 (new), 1 (learning), 2 (review) or 3 (relearning)",
    ]);
  });

  it("zod's own type errors: 'a'/'an' by the vowel the type starts with, and 'empty' for a missing value", () => {
    expect(says("reviews[0].stability", "Invalid input: expected number, received string")).toEqual([
      "리뷰 1번째: 안정성은 숫자여야 하는데 문자열입니다",
      "review 1: stability must be a number, not a string",
    ]);
    expect(says("reviews[0].previous", "Invalid input: expected object, received undefined")).toEqual([
      "리뷰 1번째: 이전 상태는 객체여야 하는데 빈 값입니다",
      "review 1: previous state must be an object, not empty",
    ]);
    expect(says("settings", "Invalid input: expected object, received null")).toEqual([
      "설정은 객체여야 하는데 null입니다",
      "settings must be an object, not empty",
    ]);
  });

  it("formats of text: dates, time zones, steps, ids", () => {
    expect(says("reviews[0].reviewedAt", "must be an ISO 8601 date-time in the years 1970-9999")).toEqual([
      "리뷰 1번째: 복습 시각은 1970년에서 9999년 사이의 ISO 8601 날짜와 시각이어야 합니다",
      "review 1: review time must be an ISO 8601 date-time in the years 1970–9999",
    ]);
    expect(says("dailyStats[3].day", "must be a date YYYY-MM-DD")).toEqual([
      "일별 통계 4번째: 날짜는 YYYY-MM-DD 형식의 날짜여야 합니다",
      "daily stat 4: day must be a date YYYY-MM-DD",
    ]);
    expect(says("settings.timeZone", "must be an IANA time zone such as Asia/Seoul")).toEqual([
      "설정: 시간대는 Asia/Seoul 같은 IANA 시간대여야 합니다",
      "settings: time zone must be an IANA time zone such as Asia/Seoul",
    ]);
    // The particle follows how the unreadable value ends aloud: "ten"을 (텐), "1x"를 (엑스).
    expect(says("settings.learningSteps", '"ten" should be a number followed by m, h or d (for example "1m 10m 1d")')).toEqual([
      '설정: 학습 단계는 "1m 10m 1d"처럼 숫자와 m, h, d 단위로 적어야 합니다 ("ten"을 읽을 수 없습니다)',
      'settings: learning steps "ten" should be a number followed by m, h or d (for example "1m 10m 1d")',
    ]);
    expect(describeIssue({ path: "settings.learningSteps", message: '"1x" should be a number followed by m, h or d (for example "1m 10m 1d")' }, "ko")).toBe(
      '설정: 학습 단계는 "1m 10m 1d"처럼 숫자와 m, h, d 단위로 적어야 합니다 ("1x"를 읽을 수 없습니다)',
    );
    expect(says("settings.relearningSteps", 'must be text like "10m"')).toEqual([
      '설정: 재학습 단계는 "1m 10m 1d"처럼 숫자와 m, h, d 단위로 적어야 합니다',
      'settings: relearning steps must be steps like "1m 10m 1d"',
    ]);
    expect(says("mockInterviews[0].misconceptions", "must be a list of misconception ids")).toEqual([
      "모의 면접 1번째: 오개념 목록은 오개념 id의 목록이어야 합니다",
      "mock interview 1: misconceptions must be a list of misconception ids",
    ]);
    expect(says("reviews[0].cardId", "the card id must be a string")).toEqual(["리뷰 1번째: 카드 id는 문자열이어야 합니다", "review 1: card id must be text"]);
    expect(says("reviews[0].cardId", "the card id is empty")).toEqual(["리뷰 1번째: 카드 id는 비어 있으면 안 됩니다", "review 1: card id must not be empty"]);
    expect(says("reviews[0].cardId", "the card id must be at most 200 characters")).toEqual([
      "리뷰 1번째: 카드 id는 200자 이하여야 합니다",
      "review 1: card id must be at most 200 characters",
    ]);
  });

  it("repeats without an entry number, with the thing repeated named in Korean when known", () => {
    expect(says("cardStates[1]", 'repeats the card "hs3-step2"')).toEqual([
      '카드 상태 2번째: 카드 "hs3-step2"가 겹칩니다',
      'card state 2: repeats the card "hs3-step2"',
    ]);
    expect(says("mockInterviews[1]", 'repeats the topic "handshake"')).toEqual([
      '모의 면접 2번째: 주제 "handshake"가 겹칩니다',
      'mock interview 2: repeats the topic "handshake"',
    ]);
    expect(says("mockInterviews[1]", 'repeats the thing "x"')[0]).toBe('모의 면접 2번째: thing "x"가 겹칩니다');
    expect(says("mockInterviews[1]", 'repeats the mock interview id "m1"')[0]).toBe('모의 면접 2번째: 모의 면접 id "m1"이 겹칩니다');
  });

  it("the merge's refusals: times, unknown cards, other accounts, changed history", () => {
    expect(says("reviews[0].reviewedAt", "2030-01-01T00:00:00.000Z is in the future")).toEqual([
      "리뷰 1번째: 복습 시각은 미래의 시각입니다 (2030-01-01T00:00:00.000Z)",
      "review 1: review time is in the future (2030-01-01T00:00:00.000Z)",
    ]);
    expect(says("cardStates[0].due", "2130-01-01T00:00:00.000Z is further ahead than the longest interval (36500 days)")).toEqual([
      "카드 상태 1번째: 예정 시각은 가장 긴 간격(36500일)보다 더 먼 미래입니다 (2130-01-01T00:00:00.000Z)",
      "card state 1: due time is further ahead than the longest interval, 36500 days (2130-01-01T00:00:00.000Z)",
    ]);
    expect(says("reviews[0].cardId", 'unknown card "nope"')).toEqual([
      '리뷰 1번째: 카드 id는 이 앱에 없는 카드입니다 ("nope")',
      'review 1: card id is not a card of this app ("nope")',
    ]);
    expect(says("reviews[0].id", 'review id "5f0c" belongs to another account; nothing was imported')).toEqual([
      '리뷰 1번째: id는 다른 계정의 기록입니다 ("5f0c")',
      'review 1: id belongs to another account ("5f0c")',
    ]);
  });

  it("a reused id of mine says in Korean, too, what the history holds under it", () => {
    expect(says("reviews[0].id", 'review id "r1" is already in your log as a different rating (card "c1" at 2026-03-01T09:00:00.000Z)')).toEqual([
      '리뷰 1번째: id는 이미 기록에 있는 id인데 내용이 다릅니다 ("r1": 기록에는 카드 "c1"의 2026-03-01T09:00:00.000Z 평가로 있습니다)',
      'review 1: id is already in your history with different content ("r1" as a different rating (card "c1" at 2026-03-01T09:00:00.000Z))',
    ]);
    expect(says("drillAttempts[0].id", 'attempt id "a1" is already in your history for card "c2"')).toEqual([
      '드릴 시도 1번째: id는 이미 기록에 있는 id인데 내용이 다릅니다 ("a1": 기록에는 카드 "c2"의 시도로 있습니다)',
      'drill attempt 1: id is already in your history with different content ("a1" for card "c2")',
    ]);
    expect(says("mockInterviews[0].id", 'mock interview id "m1" is already in your history, finished at 2026-03-01T09:00:00.000Z')).toEqual([
      '모의 면접 1번째: id는 이미 기록에 있는 id인데 내용이 다릅니다 ("m1": 기록에는 2026-03-01T09:00:00.000Z에 끝난 면접으로 있습니다)',
      'mock interview 1: id is already in your history with different content ("m1", finished at 2026-03-01T09:00:00.000Z)',
    ]);
    expect(describeIssue({ path: "reviews[0].id", message: 'review id "r1" is already in your log' }, "ko")).toBe(
      '리뷰 1번째: id는 이미 기록에 있는 id인데 내용이 다릅니다 ("r1")',
    );
  });
});

describe("places in the file", () => {
  it("numbers an entry of a list inside an entry, named by the list", () => {
    expect(says("mockInterviews[0].misconceptions[2]", "must be a kebab-case misconception id")).toEqual([
      "모의 면접 1번째: 오개념 3번째는 kebab-case로 쓴 오개념 id여야 합니다",
      "mock interview 1: misconception 3 must be a kebab-case misconception id",
    ]);
  });

  it("a list it has no name for keeps its own name, numbered from 1", () => {
    expect(says("mockInterviews[0].result.items[1]", "something new")).toEqual([
      "모의 면접 1번째: 결과의 items 2번째는 형식이 맞지 않습니다 (something new)",
      "mock interview 1: result items 2 something new",
    ]);
  });

  it("counts the issues not shown, in English too", () => {
    const issues = Array.from({ length: 12 }, () => ({ path: "reviews[0].rating", message: "must be 1-4" }));
    expect(describeIssues(issues, "en", 1)).toBe("Nothing was imported. review 1: rating must be 1–4; and 11 more");
  });
});
