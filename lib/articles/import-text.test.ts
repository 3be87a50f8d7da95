import { describe, expect, it } from "vitest";
import { htmlToText, importText, kindOfFile, markdownToText, plainToText } from "./import-text";

describe("htmlToText", () => {
  it.each([
    ["paragraphs become blank-line separated", "<p>One.</p><p>Two <b>bold</b>.</p>", "One.\n\nTwo bold."],
    ["scripts and styles are dropped", "<p>Safe</p><script>alert(1)</script><style>p{}</style><p>text</p>", "Safe\n\ntext"],
    ["entities are decoded", "<p>Fish &amp; chips &lt;3 &quot;yes&quot;</p>", 'Fish & chips <3 "yes"'],
    ["whitespace collapses and br is a space", "<p>  a\n  b<br>c  </p>", "a b c"],
    ["headings and list items are their own paragraphs", "<h1>Title</h1><ul><li>x</li><li>y</li></ul>", "Title\n\nx\n\ny"],
    ["event-handler attributes never reach the text", '<p onclick="steal()">Click <img src=x onerror=alert(1)>me</p>', "Click me"],
    ["comments are dropped", "<p>a<!-- secret -->b</p>", "ab"],
    ["a no-break space is text, not collapsible whitespace", "<p>10&nbsp;000 \u00a0 kg</p>", "10\u00a0000 \u00a0 kg"],
  ])("%s", (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});

describe("markdown and plain text", () => {
  it("renders markdown to text paragraphs without markup", () => {
    expect(markdownToText("# Headline\n\nA *claim* with [a link](https://x.test).\n\n- one\n- two")).toBe("Headline\n\nA claim with a link.\n\none\n\ntwo");
  });
  it("normalises line endings and strips a BOM", () => {
    expect(plainToText("\uFEFFa  \r\nb\r\n\r\nc")).toBe("a\nb\n\nc");
  });
  it("knows file kinds by extension, then by type", () => {
    expect(kindOfFile("story.HTML", "")).toBe("html");
    expect(kindOfFile("notes.md", "")).toBe("md");
    expect(kindOfFile("x", "text/plain")).toBe("txt");
    expect(kindOfFile("virus.exe", "application/octet-stream")).toBeNull();
    expect(importText("txt", "x")).toBe("x");
  });
});
