// UI strings. Korean first: it is the seed documents' language and most learners'.
export const locales = ["ko", "en"] as const;
export type Locale = (typeof locales)[number];

const ko = {
  appName: "TCP 핸드셰이크 학습",
  tagline: "3-way 핸드셰이크부터 TIME_WAIT까지, 면접에서 설명할 수 있을 때까지.",
  skipToContent: "본문으로 건너뛰기",
  nav: { label: "주 메뉴", home: "홈", study: "학습", drills: "드릴", progress: "진행 상황", settings: "설정" },
  theme: { label: "테마", system: "시스템", light: "라이트", dark: "다크" },
  language: { label: "언어", ko: "한국어", en: "English" },
  home: {
    topicsHeading: "주제",
    cards: "카드",
    startStudy: "학습 시작",
    openDrills: "드릴 열기",
    empty: "아직 가져온 학습 내용이 없습니다. npm run content:import 를 실행하세요.",
  },
  study: {
    title: "학습",
    intro: "오늘 복습할 카드가 먼저, 그다음 새 카드가 나옵니다. Space로 답 보기, 1–4로 평가, U로 되돌리기.",
    allTopics: "모든 주제",
    topicFilter: "주제",
    cram: "벼락치기 (일정 변경 없음)",
    start: "시작",
    nothingDue: "지금 복습할 카드가 없습니다. 내일 다시 오거나 벼락치기로 복습하세요.",
    dueNow: "복습 {due} · 새 카드 {new}",
  },
  review: {
    sessionLabel: "복습 세션",
    progress: "{done} / {total}",
    progressLabel: "세션 진행",
    reveal: "답 보기",
    answer: "답",
    options: "보기",
    correct: "정답",
    rateLabel: "기억한 정도",
    again: "다시",
    hard: "어려움",
    good: "알맞음",
    easy: "쉬움",
    undo: "되돌리기",
    undone: "마지막 평가를 되돌렸습니다.",
    undoFailed: "되돌리지 못했습니다. 연결을 확인하세요.",
    waiting: "전송 대기 중인 평가 {n}개 (연결되면 보냅니다)",
    allSaved: "모든 평가가 저장되었습니다.",
    rejected: "서버가 평가를 거절했습니다",
    summaryTitle: "세션 완료",
    summaryReviewed: "카드 {n}장을 복습했습니다.",
  },
  drills: {
    title: "드릴",
    intro: "직접 핸드셰이크를 그려 보고, 면접 답변을 시간 안에 말해 보세요.",
    simulator: "TCP 시뮬레이터",
    simulatorIntro: "세그먼트와 상태를 한 단계씩 입력하면 단계마다 채점하고 이유를 알려 줍니다.",
    interview: "면접 답변 연습",
    interviewIntro: "시간 제한 안에 답하고 핵심 포인트로 채점받으세요.",
  },
  progress: { title: "진행 상황", intro: "연속 학습일, 히트맵, 기억 유지율을 여기서 봅니다." },
  settings: { title: "설정", intro: "언어와 테마는 이 브라우저에 저장됩니다.", save: "저장", saved: "저장했습니다." },
  notFound: { title: "페이지를 찾을 수 없습니다", back: "홈으로" },
  auth: {
    signIn: "로그인",
    signUp: "가입",
    signOut: "로그아웃",
    email: "이메일",
    password: "비밀번호",
    passwordHint: "8자 이상",
    name: "이름 (선택)",
    signUpIntro: "가입하면 지금까지의 학습 기록이 계정으로 옮겨집니다.",
    signInIntro: "계정으로 어느 기기에서든 이어서 학습하세요.",
    noAccount: "계정이 없나요?",
    haveAccount: "이미 계정이 있나요?",
    orWith: "다른 방법으로 로그인",
    errors: {
      email: "올바른 이메일 주소를 입력하세요.",
      taken: "이미 가입된 이메일입니다. 로그인하세요.",
      passwordShort: "비밀번호는 8자 이상이어야 합니다.",
      passwordLong: "비밀번호는 200자 이하여야 합니다.",
      invalid: "이메일 또는 비밀번호가 맞지 않습니다.",
      throttled: "시도가 너무 많습니다. 15분 뒤에 다시 시도하세요.",
    },
  },
  error: { title: "문제가 생겼습니다", retry: "다시 시도" },
};

type Messages = typeof ko;

const en: Messages = {
  appName: "TCP Handshake Trainer",
  tagline: "From the 3-way handshake to TIME_WAIT, until you can explain it in an interview.",
  skipToContent: "Skip to content",
  nav: { label: "Main", home: "Home", study: "Study", drills: "Drills", progress: "Progress", settings: "Settings" },
  theme: { label: "Theme", system: "System", light: "Light", dark: "Dark" },
  language: { label: "Language", ko: "한국어", en: "English" },
  home: {
    topicsHeading: "Topics",
    cards: "cards",
    startStudy: "Start studying",
    openDrills: "Open drills",
    empty: "No study content has been imported yet. Run npm run content:import.",
  },
  study: {
    title: "Study",
    intro: "Due cards come first, then new ones. Space reveals, 1–4 rate, U undoes.",
    allTopics: "All topics",
    topicFilter: "Topic",
    cram: "Cram (schedule unchanged)",
    start: "Start",
    nothingDue: "Nothing is due right now. Come back tomorrow, or cram.",
    dueNow: "{due} due · {new} new",
  },
  review: {
    sessionLabel: "Review session",
    progress: "{done} of {total}",
    progressLabel: "Session progress",
    reveal: "Show answer",
    answer: "Answer",
    options: "Options",
    correct: "correct",
    rateLabel: "How well did you recall it?",
    again: "Again",
    hard: "Hard",
    good: "Good",
    easy: "Easy",
    undo: "Undo",
    undone: "The last rating was undone.",
    undoFailed: "Could not undo. Check your connection.",
    waiting: "{n} rating(s) waiting to be sent (sent when you are back online)",
    allSaved: "All ratings saved.",
    rejected: "The server refused a rating",
    summaryTitle: "Session complete",
    summaryReviewed: "You reviewed {n} card(s).",
  },
  drills: {
    title: "Drills",
    intro: "Draw the handshake yourself and answer interview questions against the clock.",
    simulator: "TCP simulator",
    simulatorIntro: "Enter segments and states step by step; each step is graded with the reason.",
    interview: "Interview answer practice",
    interviewIntro: "Answer within the time limit and get graded on the key points.",
  },
  progress: { title: "Progress", intro: "Your streak, heatmap and retention live here." },
  settings: { title: "Settings", intro: "Language and theme are kept in this browser.", save: "Save", saved: "Saved." },
  notFound: { title: "Page not found", back: "Back home" },
  auth: {
    signIn: "Sign in",
    signUp: "Sign up",
    signOut: "Sign out",
    email: "Email",
    password: "Password",
    passwordHint: "At least 8 characters",
    name: "Name (optional)",
    signUpIntro: "Signing up moves everything you studied so far into your account.",
    signInIntro: "Continue studying on any device with your account.",
    noAccount: "No account yet?",
    haveAccount: "Already have an account?",
    orWith: "Or sign in with",
    errors: {
      email: "Enter a valid email address.",
      taken: "That email already has an account. Sign in instead.",
      passwordShort: "The password needs at least 8 characters.",
      passwordLong: "The password can have at most 200 characters.",
      invalid: "The email or password is not right.",
      throttled: "Too many attempts. Try again in 15 minutes.",
    },
  },
  error: { title: "Something went wrong", retry: "Try again" },
};

export const messages: Record<Locale, Messages> = { ko, en };
export type { Messages };

export function isLocale(value: unknown): value is Locale {
  return value === "ko" || value === "en";
}

/** Korean when the browser ranks it above English, else English (RFC 9110 Accept-Language q-values). */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return "en";
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag, q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === "ko" || tag.startsWith("ko-")) return "ko";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return "en";
}
