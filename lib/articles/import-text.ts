// Turns an uploaded .txt, .md or .html file into the plain text a reviewer reads
// and anchors claims in. HTML is parsed with htmlparser2 (never regexes): only text
// nodes survive, scripts and styles are dropped, block elements become paragraphs.
// Markdown is rendered to HTML by markdown-it first, so both share one path.
import { parseDocument, Parser } from "htmlparser2";
import { invalid } from "@/lib/errors";
import MarkdownIt from "markdown-it";
import { canonicalText } from "./canonical-text";

type TNode = { type: string; name?: string; data?: string; children?: TNode[] };

const SKIP = new Set(["script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math", "canvas", "button", "form", "nav", "footer"]);
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "aside", "blockquote", "figure", "figcaption", "pre",
  "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "hr", "body", "html",
]);

// Deeper than any article's markup; htmlparser2's tree building slows with the depth of
// open elements, so a file nested deeper is refused before it is built.
export const MAX_HTML_DEPTH = 400;

export function assertShallow(html: string): void {
  let depth = 0;
  const tooDeep = new Error("too deep");
  try {
    new Parser(
      {
        onopentag() {
          if (++depth > MAX_HTML_DEPTH) throw tooDeep;
        },
        onclosetag() {
          depth--;
        },
      },
      { decodeEntities: false },
    ).end(html);
  } catch (err) {
    if (err !== tooDeep) throw err;
    throw invalid(`This HTML nests elements more than ${MAX_HTML_DEPTH} levels deep, which no article needs. Save the page as plain text, or paste its text.`);
  }
}

// `skip` adds elements to leave out with their contents (the reader view drops figures
// and their captions, which are not the article's prose).
export function htmlToText(html: string, { skip }: { skip?: ReadonlySet<string> } = {}): string {
  assertShallow(html);
  const doc = parseDocument(html, { decodeEntities: true }) as unknown as TNode;
  const blocks: string[] = [];
  let line = "";
  const flush = () => {
    // HTML collapses ASCII whitespace only: a no-break space is text and stays (canonical-text.ts).
    const t = line.replace(/[ \t\f\r\n]+/g, " ").replace(/^ | $/g, "");
    if (t) blocks.push(t);
    line = "";
  };
  // An explicit stack, not recursion: a file of deeply nested elements must not
  // overflow the call stack. A block's "exit" entry flushes its line after its children.
  const stack: Array<{ node: TNode; exit: boolean }> = [{ node: doc, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      flush();
      continue;
    }
    if (node.type === "text") {
      line += node.data ?? "";
      continue;
    }
    if (node.type === "comment" || node.type === "directive" || node.type === "cdata") continue;
    const name = node.name?.toLowerCase();
    if (name && (SKIP.has(name) || skip?.has(name))) continue;
    if (name === "br") line += " ";
    if (name && BLOCK.has(name)) {
      flush();
      stack.push({ node, exit: true });
    }
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return blocks.join("\n\n");
}

// markdown-it, not marked: marked's emphasis and link parsing is quadratic on runs such
// as "*_a*_a…", markdown-it's stays near linear (npm run bench:abuse). Raw HTML
// in the Markdown is let through to htmlToText, which keeps only its text.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

export function markdownToText(md: string): string {
  return htmlToText(markdown.render(md));
}

// Plain text keeps its own line structure: it only takes the canonical form every
// stored text has.
export function plainToText(text: string): string {
  return canonicalText(text);
}

export type TImportKind = "txt" | "md" | "html";
// What an upload can be: the text kinds above, or a Word document (./import-docx.ts).
export type TUploadKind = TImportKind | "docx";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function kindOfFile(name: string, mime: string): TUploadKind | null {
  const ext = name.toLowerCase().split(".").pop() ?? "";
  if (["txt", "text"].includes(ext)) return "txt";
  if (["md", "markdown"].includes(ext)) return "md";
  if (["html", "htm", "xhtml"].includes(ext)) return "html";
  if (ext === "docx") return "docx";
  if (mime === "text/plain") return "txt";
  if (mime === "text/markdown") return "md";
  if (mime === "text/html" || mime === "application/xhtml+xml") return "html";
  if (mime === DOCX_MIME) return "docx";
  return null;
}

export function importText(kind: TImportKind, raw: string): string {
  if (kind === "html") return htmlToText(raw);
  if (kind === "md") return markdownToText(raw);
  return plainToText(raw);
}
