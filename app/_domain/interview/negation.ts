// A wrong-claim pattern also matches its denial ("the server does not enter SYN_SENT",
// "두 번으로는 충분하지 않다"). English negates before or inside the claim, Korean after its
// predicate, so each language looks at its own side of the match. When the claim is itself
// a negative one ("SYN does not consume a sequence number"), the negation inside the match
// belongs to the claim and only the words around it can deny it.
const EN_NEGATION = /\b(not|never|no|isn't|aren't|doesn't|don't|cannot|can't|wrong|myth|misconception)\b|n't\b/i;
const KO_NEGATION = /(않|아니|아닙|없|잘못|오해)/;
const EN_BEFORE = 20;
const KO_AFTER = 12;

export function isNegated(text: string, start: number, end: number, claimIsNegative = false): boolean {
  const before = text.slice(Math.max(lastBoundary(text, start), start - EN_BEFORE), start);
  const inside = claimIsNegative ? "" : text.slice(start, end);
  const after = text.slice(end, Math.min(nextBoundary(text, end), end + KO_AFTER));
  return EN_NEGATION.test(`${before} ${inside}`) || KO_NEGATION.test(after);
}

/** Whether a pattern's own words negate (its matches then carry a negation of their own). */
export function isNegativeClaim(pattern: string): boolean {
  return EN_NEGATION.test(pattern) || /않|안 /.test(pattern);
}

function lastBoundary(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) if (/[.!?\n。]/.test(text.charAt(i))) return i + 1;
  return 0;
}

function nextBoundary(text: string, at: number): number {
  for (let i = at; i < text.length; i += 1) if (/[.!?\n。]/.test(text.charAt(i))) return i;
  return text.length;
}
