import type { ActorMention, Span } from "./extract";
import { ko, type Actor, type ActorWord } from "./lexicon";
import type { Prepared } from "./text";

/**
 * What a word that points back refers to, as one step of reading: the other side ("상대방", "반대편",
 * "the peer", "the other end"), "the former" / "the latter", a subject left out or given as "it",
 * and a sentence that opens on "이 상태" / "this state". readClaims keeps one Discourse per answer
 * and asks it at each clause; the checks ask `antecedent` which sentence "이 공격은 …" is about.
 */

const OTHER: Partial<Record<Actor, Actor>> = { client: "server", server: "client", first: "second", second: "first" };
/** The sides a reference can resolve to: named by name or by role in the close. */
export const NAMED = new Set<Actor>(["client", "server", "first", "second"]);
export const isNamed = (x: ActorWord): x is Actor => NAMED.has(x as Actor);
/** The other of a named side. */
export const otherSide = (a: Actor): Actor | undefined => OTHER[a];
/** An actor word that names no side by itself and is resolved here. */
export const pointsBack = (x: ActorWord): boolean => x === "peer" || x === "former" || x === "latter";
// Named once: sides() asks it of every clause, and an arrow written there is a new function each time.
const pointsBackWord = (w: { actor: ActorWord }): boolean => pointsBack(w.actor);

// Loops rather than some/find with an arrow: endClause runs for every clause, and each arrow was a
// new function (with a context holding the subject) every time.
/** The last side named by name among the first `count` words. */
function lastNamedBefore(words: WordMention[], count: number): Actor | undefined {
  for (let k = count - 1; k >= 0; k -= 1) {
    const b = words[k]!.actor;
    if (isNamed(b)) return b;
  }
  return undefined;
}
/** Whether a word that points back starts at `at`. */
function pointsBackAt(words: WordMention[], at: number): boolean {
  for (const w of words) if (pointsBack(w.actor) && w.span[0] === at) return true;
  return false;
}
/** The first side named as the recipient. */
function namedRecipient(actors: ActorMention[]): ActorMention | undefined {
  for (const a of actors) if (a.role === "recipient" && NAMED.has(a.actor)) return a;
  return undefined;
}

// "상대방(클라이언트)", "상대방인 서버", "the peer, the client": the side named right after it.
const PEER_APPOSITION = ko("^\\s*(?:\\(|인\\s|,\\s*(?:the\\s+|i\\.e\\.\\s+)?|\\s*=\\s*)$", "i");

type WordMention = Omit<ActorMention, "actor"> & { actor: ActorWord };
type Carried = { actor: Actor; span: Span };

/**
 * The sides an answer has named so far, as a reader keeps them: the subject of the last clause and
 * of the last sentence, the side the last step went to, the side the sentence before named as its
 * subject (what "the other side" is the other of) and the two sides first named together.
 */
export class Discourse {
  /** The subject of the last sentence that had one: what a Korean sentence without one, or "it", is about. */
  lastSubject: Carried | null = null;
  /** Whom the last step with a subject was addressed to: who "it replies" is. */
  lastRecipient: Carried | null = null;
  /** The subject of the clause before, in this sentence. */
  previous: Carried | null = null;
  // The last side the sentence before named as its subject, and the two sides as the last sentence
  // that named both first named them ("the former" and "the latter").
  private lastWritten: Actor | null = null;
  private pair: Actor[] = [];
  private previousWritten: Actor | null = null;
  private sentencePair: Actor[] = [];

  startSentence(): void {
    this.previous = null;
    this.previousWritten = null;
    this.sentencePair = [];
  }

  /**
   * 상대(방), "the peer", "the other side" is the other of the side named before it (in the clause,
   * else the subject written last before it), or the one named beside it; only with nothing named is
   * it the side that closes second, which is what it means in the usual telling.
   */
  sides(words: WordMention[], text: string, offset: number): ActorMention[] {
    if (!words.some(pointsBackWord)) return words as ActorMention[];
    const carried = this.previousWritten ?? this.lastWritten;
    const pair = this.sentencePair.length === 2 ? this.sentencePair : this.pair;
    const out: ActorMention[] = [];
    // An index loop over the words, the ones before each read in place: sides runs for every clause
    // that points back, and a callback and copies of the words before each were made every time.
    for (let i = 0; i < words.length; i += 1) {
      const a = words[i]!;
      if (a.actor === "former" || a.actor === "latter") {
        // Of the two sides named before it (in this clause, else by the sentence that named both), the first or the second.
        const here: Actor[] = [];
        for (let k = 0; k < i; k += 1) {
          const b = words[k]!.actor;
          if (isNamed(b) && !here.includes(b)) here.push(b);
        }
        const [former, latter] = here.length === 2 ? here : pair;
        const who = a.actor === "latter" ? latter : former;
        if (who) out.push({ ...a, actor: who });
        continue;
      }
      if (a.actor !== "peer") {
        out.push(a as ActorMention);
        continue;
      }
      const next = words[i + 1];
      if (next && isNamed(next.actor) && PEER_APPOSITION.test(text.slice(a.span[1] - offset, next.span[0] - offset))) {
        out.push({ ...a, actor: next.actor });
        continue;
      }
      const before = lastNamedBefore(words, i) ?? (carried && NAMED.has(carried) ? carried : null);
      if (before !== null && !isNamed(before)) continue;
      out.push({ ...a, actor: before ? OTHER[before]! : "second" });
    }
    return out;
  }

  /** After a clause: its subject, whether it was written in it, the words and sides it named. */
  endClause(subject: ActorMention | undefined, written: boolean, words: WordMention[], actors: ActorMention[]): void {
    if (subject) this.previous = { actor: subject.actor, span: subject.span };
    // A subject written as 상대 / "the other side" is no side named: "상대는 … / 상대도 …" is the same peer twice.
    const pointing = subject && pointsBackAt(words, subject.span[0]);
    if (subject && written && subject.actor !== "peer" && !pointing) this.previousWritten = subject.actor;
    // Sides named by name: "the former" and "the other side" point back, they are no new mention.
    for (const a of words) if (isNamed(a.actor) && this.sentencePair.length < 2 && !this.sentencePair.includes(a.actor)) this.sentencePair.push(a.actor);
    const to = namedRecipient(actors);
    if (subject && written) this.lastRecipient = to ? { actor: to.actor, span: to.span } : null;
    // "A SYN is sent to the server. It replies …": a step told in the passive, with no sender, still
    // names whom it went to.
    else if (!subject && to) this.lastRecipient = { actor: to.actor, span: to.span };
  }

  endSentence(): void {
    if (this.previous) this.lastSubject = this.previous;
    if (this.sentencePair.length === 2) this.pair = this.sentencePair;
    // Only the sentence right before: further back, "the other side" is read as the usual telling has it.
    this.lastWritten = this.previousWritten;
  }
}

// "이 공격은 …", "그 상태에서는 …", "This attack …", "These sockets …": a sentence that opens by pointing
// back is about what the sentence before it named.
const POINTS_BACK = ko(
  "^\\s*(?:[-*•]\\s*)?(?:(?:하지만|그리고|또한|그래서|따라서|결국|\\bbut|\\band|\\bso|\\balso|\\bthen)\\s*,?\\s*)?(?:(?<![\\u3131-\\u318e])(?:이|그|해당|위의?|이러한|이런|그런)\\s*(?:공격|방식|방법|기법|기술|상태|과정|경우|현상|기능|옵션|설정|소켓|연결|큐)|(?:이는|이것은|이건|그것은|그건)(?=\\s)|\\b(?:this|that|these|those|such)\\s+(?:kind\\s+of\\s+)?(?:attacks?|floods?|techniques?|methods?|approach|mechanism|states?|process|phase|options?|settings?|defen[cs]es?|features?|sockets?|connections?|queues?)\\b)",
);
/** The sentence before, where this one opens by pointing back to it; else nothing. */
export function antecedent(p: Prepared, si: number): string {
  const s = p.sentences[si]!;
  const before = p.sentences[si - 1];
  return before && POINTS_BACK.test(p.text.slice(s.start, s.end)) ? p.text.slice(before.start, before.end) : "";
}
