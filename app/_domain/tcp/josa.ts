import { josa, numberToHangul } from "es-hangul";

// es-hangul's options, and the copula "(이)어야" it lacks ("5001이어야", "SYN이어야", "5002여야").
type Option = Parameters<typeof josa.pick>[1] | "이어야/여야";

// How Korean speakers read the protocol's words aloud: a particle follows the sound, not the
// spelling ("SYN이", "RST가", "LISTEN이", "ESTABLISHED가"); ACK is read letter by letter, as the
// content writes it ("SYN+ACK를"). es-hangul picks particles for
// Hangul; these readings give it Hangul to work on.
const READING: Record<string, string> = {
  SYN: "신",
  ACK: "에이씨케이",
  FIN: "핀",
  RST: "알에스티",
  PSH: "피에스에이치",
  URG: "유알지",
  CWR: "씨더블유알",
  ECE: "이씨이",
  LISTEN: "리슨",
  ESTABLISHED: "이스태블리시드",
  CLOSING: "클로징",
  CLOSED: "클로즈드",
  SENT: "센트",
  RECEIVED: "리시브드",
  WAIT: "웨이트",
  TIMEOUT: "타임아웃",
  MSL: "엠에스엘",
};
const LETTER = "에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트".split(" ");

/** The Korean reading of the end of a word, enough to choose its particle. */
export function readingOf(word: string): string {
  const trimmed = word.trim().replace(/[)\]"'.,]+$/, "");
  const digits = /(\d+)$/.exec(trimmed);
  if (digits) return numberToHangul(Number(digits[1]));
  const last =
    trimmed
      .split(/[\s_+\-/(=]/)
      .filter(Boolean)
      .at(-1) ?? trimmed;
  if (/[가-힣]$/.test(last)) return last;
  const upper = last.toUpperCase();
  if (READING[upper]) return READING[upper];
  const letter = upper.at(-1) ?? "";
  return /[A-Z]/.test(letter) ? LETTER[letter.charCodeAt(0) - 65]! : last;
}

/** The word with the particle its reading takes: withJosa("FIN", "이/가") is "FIN이". */
export function withJosa(word: string, option: Option): string {
  if (option === "이어야/여야") return `${word}${josa.pick(readingOf(word), "이/가") === "이" ? "이어야" : "여야"}`;
  return `${word}${josa.pick(readingOf(word), option)}`;
}
