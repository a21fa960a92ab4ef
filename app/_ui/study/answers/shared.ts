import type { Rating, Verdict } from "@/app/_domain/answers";
import type { Messages } from "@/app/_i18n/messages";

/** A checked answer: the verdict and the rating it suggests. Null: revealed without answering. */
export type Outcome = { verdict: Verdict; suggested: Rating } | null;

/**
 * What every answer component gets. The learner's input (`draft`) lives in the session, so an
 * undo brings back the answer with the card; `submit` checks and reveals (Enter in a field, a
 * click on an option).
 */
export type AnswerProps<C, D> = {
  check: C;
  draft: D | undefined;
  setDraft: (d: D) => void;
  revealed: boolean;
  submit: (outcome?: Outcome) => void;
  t: Messages["review"];
};

/** Text of a rendered HTML fragment, for announcements and labels. */
export const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

export const verdictClass = { right: "border-good", partial: "border-accent", wrong: "border-bad" } as const;
