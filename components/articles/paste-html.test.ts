import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { pastedHtmlToText } from "./paste-html";

const paste = (html: string) => pastedHtmlToText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as never);

describe("pastedHtmlToText", () => {
  it.each([
    ["Google Docs: paragraphs inside a <b> wrapper", `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span>The council voted 7–2,</span><span> officials said.</span></p><br><p dir="ltr"><span>Residents were not asked.</span></p></b>`, "The council voted 7–2, officials said.\n\nResidents were not asked."],
    ["Word: MsoNormal paragraphs with conditional comments and styles", `<style>p.MsoNormal{margin:0}</style><!--[if gte mso 9]><xml></xml><![endif]--><p class="MsoNormal">First   paragraph,\nwrapped.<o:p></o:p></p><p class="MsoNormal">Second&nbsp;one.</p>`, "First paragraph, wrapped.\n\nSecond\u00a0one."],
    ["a web page: heading, list and a line break", `<h2>What changes</h2><ul><li>Fewer buses</li><li>Higher fares</li></ul><p>Line one<br>line two</p><script>alert(1)</script>`, "What changes\n\nFewer buses\n\nHigher fares\n\nLine one\nline two"],
    ["inline only", `<span>Just a sentence.</span>`, "Just a sentence."],
  ])("%s", (_name, html, text) => {
    expect(paste(html)).toBe(text);
  });
});
