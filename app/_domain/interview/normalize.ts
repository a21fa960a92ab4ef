/**
 * Puts an answer into the form the rubric patterns are written against: NFKC folds full-width
 * letters and digits (ＳＹＮ, ２ＭＳＬ) that Korean keyboards produce, and typographic
 * dashes and pluses become ASCII. The length may change, so evidence is cut from this text.
 */
export function normalizeAnswer(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[ \t\u00a0]+/g, " ");
}
