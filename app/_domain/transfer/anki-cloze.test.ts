import { describe, expect, it } from "vitest";
import { ankiClozeHtml, clozeCount } from "./anki-cloze";

describe("ankiClozeHtml", () => {
  it("turns every deletion into c1, so the card's blanks are asked at once as in the app", () => {
    const html = ankiClozeHtml("The window scale rides in the {{c1::SYN}}, shifting up to {{c2::14}} bits when {{c3::both sides sent it}}.");
    expect(html).toBe("<p>The window scale rides in the {{c1::SYN}}, shifting up to {{c1::14}} bits when {{c1::both sides sent it}}.</p>");
    expect(clozeCount(html)).toBe(3);
  });

  it("keeps a Korean particle after a deletion, and bold around one closes before the particle", () => {
    expect(ankiClozeHtml("클라이언트는 **{{c1::SYN(seq=x)}}**을 보낸다.")).toBe("<p>클라이언트는 <strong>{{c1::SYN(seq=x)}}</strong>을 보낸다.</p>");
    expect(ankiClozeHtml("옵션은 {{c1::SYN}}과 SYN+ACK에만 실린다.")).toBe("<p>옵션은 {{c1::SYN}}과 SYN+ACK에만 실린다.</p>");
  });

  it("renders Markdown inside a deletion and escapes its hint", () => {
    expect(ankiClozeHtml("Set {{c1::`SO_LINGER`::a <socket> option}} to 0.")).toBe("<p>Set {{c1::<code>SO_LINGER</code>::a &lt;socket&gt; option}} to 0.</p>");
  });

  it("leaves no Markdown marks in the field", () => {
    const html = ankiClozeHtml("**{{c1::FIN_WAIT_2}}**에서 **({{c2::tcp_fin_timeout}})**가 지나면 정리된다.");
    expect(html).not.toMatch(/\*\*|__/);
    expect(clozeCount(html)).toBe(2);
  });

  it("escapes ampersands and quotes in a hint, which Anki shows as HTML", () => {
    expect(ankiClozeHtml('{{c1::RST::"reset" & abort}}')).toBe("<p>{{c1::RST::&quot;reset&quot; &amp; abort}}</p>");
  });

  it("a deletion whose text renders to '::' or '}}' cannot end Anki's deletion early", () => {
    expect(ankiClozeHtml("{{c1::a&#58;&#58;b}} and {{c1::x&#125;&#125;y}}")).toBe("<p>{{c1::a:&#58;b}} and {{c1::x}&#125;y}}</p>");
  });
});
