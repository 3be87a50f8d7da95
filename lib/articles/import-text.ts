// Turns an uploaded .txt, .md or .html file into the plain text a reviewer reads
// and anchors claims in. HTML is parsed with htmlparser2 (never regexes): only text
// nodes survive, scripts and styles are dropped, block elements become paragraphs.
// Markdown is rendered to HTML by marked first, so both share one path.
import { parseDocument } from "htmlparser2";
import { marked } from "marked";
import { canonicalText } from "./canonical-text";

type TNode = { type: string; name?: string; data?: string; children?: TNode[] };

const SKIP = new Set(["script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math", "canvas", "button", "form", "nav", "footer"]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "aside", "blockquote", "figure", "figcaption", "pre",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "hr", "body", "html",
]);

export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true }) as unknown as TNode;
  const blocks: string[] = [];
  let line = "";
  const flush = () => {
    // HTML collapses ASCII whitespace only: a no-break space is text and stays (canonical-text.ts).
    const t = line.replace(/[ \t\f\r\n]+/g, " ").replace(/^ | $/g, "");
    if (t) blocks.push(t);
    line = "";
  };
  const walk = (node: TNode) => {
    if (node.type === "text") {
      line += node.data ?? "";
      return;
    }
    if (node.type === "comment" || node.type === "directive" || node.type === "cdata") return;
    const name = node.name?.toLowerCase();
    if (name && SKIP.has(name)) return;
    if (name === "br") line += " ";
    const block = name ? BLOCK.has(name) : false;
    if (block) flush();
    for (const child of node.children ?? []) walk(child);
    if (block) flush();
  };
  walk(doc);
  flush();
  return blocks.join("\n\n");
}

export function markdownToText(md: string): string {
  return htmlToText(marked.parse(md, { async: false, gfm: true }));
}

// Plain text keeps its own line structure: it only takes the canonical form every
// stored text has.
export function plainToText(text: string): string {
  return canonicalText(text);
}

export type TImportKind = "txt" | "md" | "html";

export function kindOfFile(name: string, mime: string): TImportKind | null {
  const ext = name.toLowerCase().split(".").pop() ?? "";
  if (["txt", "text"].includes(ext)) return "txt";
  if (["md", "markdown"].includes(ext)) return "md";
  if (["html", "htm"].includes(ext)) return "html";
  if (mime === "text/plain") return "txt";
  if (mime === "text/markdown") return "md";
  if (mime === "text/html") return "html";
  return null;
}

export function importText(kind: TImportKind, raw: string): string {
  if (kind === "html") return htmlToText(raw);
  if (kind === "md") return markdownToText(raw);
  return plainToText(raw);
}
