import { renderMarkdown } from "../markdown/render-markdown";

// The app's cloze cards are Markdown with Anki's own deletion syntax inside ({{c1::SYN::hint}}),
// rendered here to the HTML an Anki cloze field holds. The deletions are set aside before the
// Markdown is rendered (a `**` around or beside one must still close, and the rendered HTML
// must keep the braces intact), then put back with their text rendered inline.
//
// Every deletion becomes c1: the app asks for all blanks of a card at once and keeps one schedule
// for it, and Anki makes one card per cloze number, so c1/c2/c3 would split one card's history
// over three Anki cards.

const CLOZE = /\{\{c\d+::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;
// Private-use characters: no Markdown meaning, never in the content, kept by the sanitizer.
const HOLE = /\uE000(\d+)\uE001/g;

const inline = (markdown: string) =>
  renderMarkdown(markdown)
    .trim()
    .replace(/^<p>([\s\S]*)<\/p>$/, "$1");

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** HTML of a cloze prompt with every deletion as an Anki c1 deletion. */
export function ankiClozeHtml(markdown: string): string {
  const holes: { text: string; hint?: string }[] = [];
  const masked = markdown.replace(CLOZE, (_, text: string, hint?: string) => `\uE000${holes.push({ text, ...(hint ? { hint } : {}) }) - 1}\uE001`);
  return renderMarkdown(masked).replace(HOLE, (_, i: string) => {
    const hole = holes[Number(i)]!;
    // "::" and "}}" would end Anki's deletion early; neither occurs in rendered prose, but a
    // code span could carry them.
    const text = inline(hole.text).replaceAll("::", ":&#58;").replaceAll("}}", "}&#125;");
    return `{{c1::${text}${hole.hint ? `::${escapeHtml(hole.hint)}` : ""}}}`;
  });
}

/** How many deletions a field has (Anki makes no card from a cloze note without one). */
export const clozeCount = (html: string) => (html.match(/\{\{c1::/g) ?? []).length;
