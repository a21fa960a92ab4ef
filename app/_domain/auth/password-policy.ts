import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 200;
/**
 * zxcvbn's score runs 0-4; 3 means "safely unguessable" in its terms (about 10^8 guesses or
 * more), which together with scrypt on the server keeps an offline attacker busy for years and
 * refuses every password on the common lists, keyboard rows, repeats and dates.
 */
export const MIN_SCORE = 3;

/** Why a password was refused; the web layer turns each into a Korean or English sentence. */
export type PasswordProblem = { code: "passwordShort" } | { code: "passwordLong" } | { code: "passwordWeak"; warning: PasswordWarning | null };

/** zxcvbn's warning keys (its translations are left at their defaults, which are the keys). */
export const PASSWORD_WARNINGS = [
  "straightRow",
  "keyPattern",
  "simpleRepeat",
  "extendedRepeat",
  "sequences",
  "recentYears",
  "dates",
  "topTen",
  "topHundred",
  "common",
  "similarToCommon",
  "wordByItself",
  "namesByThemselves",
  "commonNames",
  "userInputs",
  "pwned",
] as const;
export type PasswordWarning = (typeof PASSWORD_WARNINGS)[number];

/**
 * zxcvbn's time grows fast with length and with l33t look-alikes (a 200-character password took
 * seconds here, with the event loop blocked). Only the first 32 characters are analysed, with
 * two substitutions: the same verdicts on common l33t passwords (p@ssw0rd, passw0rd123), and a
 * hostile password costs tens of milliseconds (`npm run bench -- sign-in`).
 */
const ANALYSED = 32;
const L33T_SUBSTITUTIONS = 2;

let estimator: ZxcvbnFactory | undefined;

// Built on first use: ranking the dictionaries takes a moment and a fair amount of memory.
function zxcvbn(): ZxcvbnFactory {
  return (estimator ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
    maxLength: ANALYSED,
    l33tMaxSubstitutions: L33T_SUBSTITUTIONS,
  }));
}

/** Builds the estimator ahead of the first sign-up (the sign-up page calls it). */
export function warmPasswordPolicy(): void {
  zxcvbn();
}

/**
 * Checks a new password: its length in characters as typed, then its strength (on the NFKC
 * form the hash uses) estimated by zxcvbn, with the email and name as words an attacker
 * would try first. Returns null when it is acceptable.
 */
export function passwordProblem(password: string, userInputs: string[] = []): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return { code: "passwordShort" };
  if (length > PASSWORD_MAX) return { code: "passwordLong" };
  // The whole input, an email's local part and each word of it: what an attacker tries first.
  const inputs = userInputs.flatMap((s) => [s, s.split("@")[0]!, ...s.split(/[@._\s-]+/)]).filter((s) => s.length >= 3);
  const result = zxcvbn().check(password.normalize("NFKC"), inputs);
  if (result.score >= MIN_SCORE) return null;
  const warning = result.feedback.warning;
  return { code: "passwordWeak", warning: (PASSWORD_WARNINGS as readonly string[]).includes(warning ?? "") ? (warning as PasswordWarning) : null };
}
