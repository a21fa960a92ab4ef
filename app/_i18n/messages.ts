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
  study: { title: "학습", intro: "주제를 골라 복습하세요. 오늘 복습할 카드와 새 카드가 순서대로 나옵니다." },
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
  study: { title: "Study", intro: "Pick a topic to review. Due cards come first, then new ones." },
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
