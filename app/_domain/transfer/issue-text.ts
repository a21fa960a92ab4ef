import type { Locale } from "../locale";
import { withJosa } from "../tcp/josa";
import type { FileIssue } from "./schema";

// A file's problems in the learner's language, saying where and what: "리뷰 13번째: 평가는
// 1-4여야 합니다" / "review 13: rating must be 1–4". The schema and the merge write their
// messages in English (the API's language, which the tests read); this maps each of their
// forms to both languages. A form not listed here still says where, and gives the English.

/** The lists of a progress file, named as one entry of them (a place is "review 13"). */
const LISTS: Record<string, [ko: string, en: string]> = {
  cardStates: ["카드 상태", "card state"],
  reviews: ["리뷰", "review"],
  drillAttempts: ["드릴 시도", "drill attempt"],
  dailyStats: ["일별 통계", "daily stat"],
  mockInterviews: ["모의 면접", "mock interview"],
  fsrsParameters: ["FSRS 매개변수", "FSRS parameter"],
  misconceptions: ["오개념", "misconception"],
};

const FIELDS: Record<string, [ko: string, en: string]> = {
  format: ["형식", "format"],
  version: ["버전", "version"],
  exportedAt: ["내보낸 시각", "export time"],
  settings: ["설정", "settings"],
  cardStates: ["카드 상태 목록", "card states"],
  drillAttempts: ["드릴 시도 목록", "drill attempts"],
  dailyStats: ["일별 통계 목록", "daily stats"],
  mockInterviews: ["모의 면접 목록", "mock interviews"],
  cardId: ["카드 id", "card id"],
  id: ["id", "id"],
  rating: ["평가", "rating"],
  state: ["상태", "state"],
  due: ["예정 시각", "due time"],
  stability: ["안정성", "stability"],
  difficulty: ["난이도", "difficulty"],
  elapsedDays: ["경과 일수", "elapsed days"],
  lastElapsedDays: ["직전 경과 일수", "last elapsed days"],
  scheduledDays: ["예정 간격", "scheduled days"],
  learningSteps: ["학습 단계", "learning steps"],
  relearningSteps: ["재학습 단계", "relearning steps"],
  reps: ["복습 횟수", "repetitions"],
  lapses: ["잊은 횟수", "lapses"],
  lastReview: ["마지막 복습 시각", "last review"],
  reviewedAt: ["복습 시각", "review time"],
  durationMs: ["걸린 시간", "duration"],
  cram: ["벼락치기 여부", "cram"],
  previous: ["이전 상태", "previous state"],
  undoneAt: ["취소 시각", "undo time"],
  kind: ["종류", "kind"],
  score: ["점수", "score"],
  answer: ["답", "answer"],
  result: ["결과", "result"],
  createdAt: ["시각", "time"],
  finishedAt: ["끝난 시각", "finish time"],
  misconceptions: ["오개념 목록", "misconceptions"],
  day: ["날짜", "day"],
  reviews: ["리뷰 목록", "reviews"],
  newCards: ["새 카드 수", "new cards"],
  drills: ["드릴 수", "drills"],
  correct: ["정답 수", "correct"],
  timeMs: ["학습 시간", "study time"],
  timeZone: ["시간대", "time zone"],
  rolloverHour: ["하루가 바뀌는 시각", "rollover hour"],
  locale: ["언어", "language"],
  newPerDay: ["하루 새 카드 수", "new cards a day"],
  reviewsPerDay: ["하루 복습 수", "reviews a day"],
  dailyGoal: ["하루 목표", "daily goal"],
  desiredRetention: ["목표 기억률", "desired retention"],
  maximumInterval: ["최대 간격", "maximum interval"],
  fsrsParameters: ["FSRS 매개변수", "FSRS parameters"],
};

/** "reviews[12].rating" → ["reviews", 12, "rating"]. */
function segments(path: string): (string | number)[] {
  if (path === "file") return [];
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

const ordinal = (name: string, index: number, locale: Locale) => (locale === "ko" ? `${name} ${index + 1}번째` : `${name} ${index + 1}`);

/**
 * Where in the file: the entry of a list ("리뷰 13번째", "review 13") and the field within it
 * ("평가", "rating"; "이전 상태의 난이도", "previous state difficulty").
 */
function placeOf(path: string, locale: Locale): { entry: string | null; field: string | null } {
  const parts = segments(path);
  const k = locale === "ko" ? 0 : 1;
  const name = (p: string | number) => (typeof p === "string" ? (FIELDS[p]?.[k] ?? p) : String(p));
  let entry: string | null = null;
  let rest = parts;
  if (typeof parts[1] === "number" && typeof parts[0] === "string") {
    entry = ordinal(LISTS[parts[0]]?.[k] ?? parts[0], parts[1], locale);
    rest = parts.slice(2);
  } else if (typeof parts[0] === "string" && typeof parts[1] === "string") {
    // A section of the file (settings): named like an entry, its field after it.
    entry = name(parts[0]);
    rest = parts.slice(1);
  }
  const words: string[] = [];
  rest.forEach((p, i) => {
    if (typeof p === "number") return;
    const next = rest[i + 1];
    words.push(typeof next === "number" ? ordinal(LISTS[p]?.[k] ?? name(p), next, locale) : name(p));
  });
  return { entry, field: words.length ? words.join(locale === "ko" ? "의 " : " ") : null };
}

const STATE_KO = ["새 카드", "학습 중", "복습", "재학습"];
const STATE_EN = ["new", "learning", "review", "relearning"];
const TYPE_KO: Record<string, string> = {
  string: "문자열",
  number: "숫자",
  boolean: "true나 false",
  object: "객체",
  array: "목록",
  null: "null",
  undefined: "빈 값",
  nan: "NaN",
};
const LABEL_KO: Record<string, string> = {
  card: "카드",
  "review id": "리뷰 id",
  "attempt id": "시도 id",
  day: "날짜",
  "mock interview id": "모의 면접 id",
  topic: "주제",
};

const typeEn = (t: string) => (t === "array" ? "a list" : t === "null" || t === "undefined" ? "empty" : `a${/^[aeiou]/.test(t) ? "n" : ""} ${t}`);

/** Korean "…이어야/여야 합니다" after a value. */
const mustBe = (value: string) => `${withJosa(value, "이어야/여야")} 합니다`;
const range = (a: string, b: string, locale: Locale) => (locale === "ko" ? `${a}-${b}` : `${a}–${b}`);

// What the account's history holds under a reused id, as the merge words it after the id.
const CONFLICTS_KO: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^ as a different rating \(card "(.*)" at (\S+)\)$/, (m) => `: 기록에는 카드 "${m[1]}"의 ${m[2]} 평가로 있습니다`],
  [/^ for card "(.*)"$/, (m) => `: 기록에는 카드 "${m[1]}"의 시도로 있습니다`],
  [/^, finished at (\S+)$/, (m) => `: 기록에는 ${m[1]}에 끝난 면접으로 있습니다`],
];
function conflictKo(detail: string): string {
  for (const [re, say] of CONFLICTS_KO) {
    const m = re.exec(detail);
    if (m) return say(m);
  }
  return detail;
}

type Form = [RegExp, (m: RegExpExecArray) => string, (m: RegExpExecArray) => string];

// Korean first, then English; English predicates read after the field ("rating must be 1–4").
const FORMS: Form[] = [
  [
    /^must be (-?[\d.]+)-(-?[\d.]+) for a card in state (\d) \(got (.+)\)$/,
    (m) => `${STATE_KO[Number(m[3])]} 상태의 카드에서는 ${mustBe(range(m[1]!, m[2]!, "ko"))} (받은 값 ${m[4]})`,
    (m) => `must be ${range(m[1]!, m[2]!, "en")} for a card in the ${STATE_EN[Number(m[3])]} state (got ${m[4]})`,
  ],
  [
    /^must be at least ([\d.]+) for a card in state (\d) \(got (.+)\)$/,
    (m) => `${STATE_KO[Number(m[2])]} 상태의 카드에서는 ${m[1]} 이상이어야 합니다 (받은 값 ${m[3]})`,
    (m) => `must be at least ${m[1]} for a card in the ${STATE_EN[Number(m[2])]} state (got ${m[3]})`,
  ],
  [/^must be (-?[\d.]+)-(-?[\d.]+)$/, (m) => mustBe(range(m[1]!, m[2]!, "ko")), (m) => `must be ${range(m[1]!, m[2]!, "en")}`],
  [/^must be at most ([\d.]+) days$/, (m) => `${m[1]}일 이하여야 합니다`, (m) => `must be at most ${m[1]} days`],
  [/^must be at most ([\d.]+) characters$/, (m) => `${m[1]}자 이하여야 합니다`, (m) => `must be at most ${m[1]} characters`],
  [/^must be at most ([\d.]+)$/, (m) => `${m[1]} 이하여야 합니다`, (m) => `must be at most ${m[1]}`],
  [/^must be at most one day in milliseconds$/, () => "하루(밀리초) 이하여야 합니다", () => "must be at most one day in milliseconds"],
  [/^must be ([\d.]+) or more$/, (m) => `${m[1]} 이상이어야 합니다`, (m) => `must be ${m[1]} or more`],
  [/^must be a number$/, () => "숫자여야 합니다", () => "must be a number"],
  [/^must be a whole number$/, () => "정수여야 합니다", () => "must be a whole number"],
  [/^must be a finite number$/, () => "유한한 숫자여야 합니다", () => "must be a finite number"],
  [
    /^must be an ISO 8601 date-time in the years (\d+)-(\d+)$/,
    (m) => `${m[1]}년에서 ${m[2]}년 사이의 ISO 8601 날짜와 시각이어야 합니다`,
    (m) => `must be an ISO 8601 date-time in the years ${range(m[1]!, m[2]!, "en")}`,
  ],
  [
    /^must be an ISO 8601 date-time$/,
    () => "2026-03-01T09:00:00Z 같은 ISO 8601 날짜와 시각이어야 합니다",
    () => "must be an ISO 8601 date-time such as 2026-03-01T09:00:00Z",
  ],
  [/^must be 0 \(new\), 1 \(learning\), 2 \(review\) or 3 \(relearning\)$/, () => "0(새 카드), 1(학습 중), 2(복습), 3(재학습) 중 하나여야 합니다", (m) => m[0]],
  [/^must be a UUID$/, () => "UUID여야 합니다", () => "must be a UUID"],
  [/^must be JSON text$/, () => "JSON 텍스트여야 합니다", () => "must be JSON text"],
  [/^must be true or false$/, () => "true나 false여야 합니다", () => "must be true or false"],
  [/^must be "([^"]+)" or "([^"]+)"$/, (m) => `${withJosa(`"${m[1]}"`, "이나/나")} ${mustBe(`"${m[2]}"`)}`, (m) => m[0]],
  [
    /^"([^"]*)" should be a number followed by m, h or d \(for example "1m 10m 1d"\)$/,
    (m) => `"1m 10m 1d"처럼 숫자와 m, h, d 단위로 적어야 합니다 (${withJosa(`"${m[1]}"`, "을/를")} 읽을 수 없습니다)`,
    (m) => m[0],
  ],
  [/^must be (?:steps|text) like "([^"]+)"$/, () => '"1m 10m 1d"처럼 숫자와 m, h, d 단위로 적어야 합니다', () => 'must be steps like "1m 10m 1d"'],
  [/^must be a kebab-case misconception id$/, () => "kebab-case로 쓴 오개념 id여야 합니다", (m) => m[0]],
  [/^must be a list of misconception ids$/, () => "오개념 id의 목록이어야 합니다", (m) => m[0]],
  [/^must have at most (\d+) entries$/, (m) => `항목이 ${m[1]}개 이하여야 합니다`, (m) => `must have at most ${m[1]} entries`],
  [/^must be a date YYYY-MM-DD$/, () => "YYYY-MM-DD 형식의 날짜여야 합니다", (m) => m[0]],
  [/^must be an IANA time zone such as Asia\/Seoul$/, () => "Asia/Seoul 같은 IANA 시간대여야 합니다", (m) => m[0]],
  [/^must be a list of (\d+) numbers$/, (m) => `숫자 ${m[1]}개의 목록이어야 합니다`, (m) => m[0]],
  [/^must be a list$/, () => "목록이어야 합니다", () => "must be a list"],
  [
    /^repeats the (.+) "(.*)" of \[(\d+)\]$/,
    (m) => `${withJosa(`${LABEL_KO[m[1]!] ?? m[1]} "${m[2]}"`, "이/가")} ${Number(m[3]) + 1}번째 항목과 겹칩니다`,
    (m) => `repeats the ${m[1]} "${m[2]}" of entry ${Number(m[3]) + 1}`,
  ],
  [/^repeats the (.+) "(.*)"$/, (m) => `${withJosa(`${LABEL_KO[m[1]!] ?? m[1]} "${m[2]}"`, "이/가")} 겹칩니다`, (m) => m[0]],
  [
    /^must be "tcp-srs-progress"/,
    () => '"tcp-srs-progress"여야 합니다. 이 앱에서 내보낸 진행 상황 파일(JSON)인지 확인하세요',
    () => 'must be "tcp-srs-progress": is this a progress file (JSON) exported by this app?',
  ],
  [/^must be (\d+): this app reads version \d+ files$/, (m) => `${mustBe(m[1]!)}. 이 앱은 버전 ${m[1]} 파일을 읽습니다`, (m) => m[0]],
  [/^the .+ must be a string$/, () => "문자열이어야 합니다", () => "must be text"],
  [/^the .+ is empty$/, () => "비어 있으면 안 됩니다", () => "must not be empty"],
  [/^the .+ must be at most (\d+) characters$/, (m) => `${m[1]}자 이하여야 합니다`, (m) => `must be at most ${m[1]} characters`],
  [
    /^the .+ must not contain control characters/,
    () => "제어 문자(\\u0000 등)를 담을 수 없습니다",
    () => "must not contain control characters (such as \\u0000)",
  ],
  [/^(\S+) is in the future$/, (m) => `미래의 시각입니다 (${m[1]})`, (m) => `is in the future (${m[1]})`],
  [
    /^(\S+) is further ahead than the longest interval \((\d+) days\)$/,
    (m) => `가장 긴 간격(${m[2]}일)보다 더 먼 미래입니다 (${m[1]})`,
    (m) => `is further ahead than the longest interval, ${m[2]} days (${m[1]})`,
  ],
  [/^unknown card "(.*)"$/, (m) => `이 앱에 없는 카드입니다 ("${m[1]}")`, (m) => `is not a card of this app ("${m[1]}")`],
  [
    /^.+ "(.*)" belongs to another account; nothing was imported$/,
    (m) => `다른 계정의 기록입니다 ("${m[1]}")`,
    (m) => `belongs to another account ("${m[1]}")`,
  ],
  [
    /^.+ "(.*)" is already in your (?:log|history)(.*)$/,
    (m) => `이미 기록에 있는 id인데 내용이 다릅니다 ("${m[1]}"${conflictKo(m[2]!)})`,
    (m) => `is already in your history with different content ("${m[1]}"${m[2]})`,
  ],
  [/^Unrecognized keys?: (.+)$/, (m) => `이 파일 형식에 없는 항목입니다: ${m[1]}`, (m) => `has a field this file format does not have: ${m[1]}`],
  [
    /^Invalid input: expected (\w+), received (\w+)$/,
    (m) => `${withJosa(TYPE_KO[m[1]!] ?? m[1]!, "이어야/여야")} 하는데 ${TYPE_KO[m[2]!] ?? m[2]}입니다`,
    (m) => `must be ${typeEn(m[1]!)}, not ${typeEn(m[2]!)}`,
  ],
];

/** One issue as the learner reads it. */
export function describeIssue(issue: FileIssue, locale: Locale): string {
  const { entry, field } = placeOf(issue.path, locale);
  const form = FORMS.find(([re]) => re.test(issue.message));
  const m = form ? form[0].exec(issue.message)! : null;
  const what = form && m ? form[locale === "ko" ? 1 : 2](m) : locale === "ko" ? `형식이 맞지 않습니다 (${issue.message})` : issue.message;
  const subject = field ? (locale === "ko" ? withJosa(field, "은/는") : field) : null;
  const head = entry ?? (field ? null : locale === "ko" ? "파일" : "file");
  const body = subject ? `${subject} ${what}` : what;
  return head ? `${head}: ${body}` : body;
}

const SUMMARY = {
  ko: { none: "아무것도 가져오지 않았습니다.", more: (n: number) => `그 밖에 ${n}건` },
  en: { none: "Nothing was imported.", more: (n: number) => `and ${n} more` },
};

/** The first `shown` issues, one line each, and a last line counting the rest. */
export function issueLines(issues: readonly FileIssue[], locale: Locale, shown = 10): string[] {
  const lines = issues.slice(0, shown).map((i) => describeIssue(i, locale));
  const more = issues.length - lines.length;
  return more > 0 ? [...lines, SUMMARY[locale].more(more)] : lines;
}

/** The first `shown` issues in one message, and how many more there are. */
export function describeIssues(issues: readonly FileIssue[], locale: Locale, shown = 10): string {
  return `${SUMMARY[locale].none} ${issueLines(issues, locale, shown).join("; ")}`;
}

/** Files that are not a progress file at all. */
export const IMPORT_REFUSALS = {
  // The app's CSV is the FSRS optimizer's review log: it has no card states, settings or undo
  // snapshots, so importing it could not restore a schedule; the JSON export is the backup.
  csv: {
    ko: "CSV 파일은 FSRS 옵티마이저에 넣는 복습 기록이라 가져올 수 없습니다. 백업에서 되살리려면 ‘진행 상황 내보내기 (JSON)’로 받은 JSON 파일을 고르세요.",
    en: "A CSV file is the review log for the FSRS optimizer and cannot be imported. To restore a backup, choose the JSON file from “Export progress (JSON)”.",
  },
  malformed: {
    ko: (detail: string) => `JSON으로 읽을 수 없는 파일입니다. 이 앱에서 내보낸 진행 상황 파일(JSON)을 고르세요. (${detail})`,
    en: (detail: string) => `This file is not valid JSON. Choose a progress file (JSON) exported by this app. (${detail})`,
  },
} as const;
