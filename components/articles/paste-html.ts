// Rich text pasted from Word, Google Docs or a web page arrives as HTML beside a plain
// flavour that often runs paragraphs together (Google Docs separates them by one line
// break, some pages by none). The article's paragraphs are rebuilt from the HTML's block
// elements instead, as an HTML upload's are (lib/articles/import-text.ts): each block a
// paragraph, <br> a line break, scripts, styles and comments dropped. Takes a parsed
// document (DOMParser in the browser), so it stays free of any parser library.
const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "BLOCKQUOTE", "PRE", "H1", "H2", "H3", "H4", "H5", "H6", "UL", "OL", "LI", "DL", "DT", "DD", "TABLE", "TR", "HR", "FIGURE"]);
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "TITLE", "META", "LINK", "IFRAME", "OBJECT", "SVG", "MATH", "BUTTON"]);

type TNode = { nodeType: number; nodeName: string; nodeValue: string | null; childNodes: ArrayLike<TNode> };

export function pastedHtmlToText(root: TNode): string {
  const blocks: string[] = [];
  let line = "";
  const flush = () => {
    // As HTML renders it: runs of ASCII whitespace are one space; a no-break space stays.
    const t = line.split("\n").map((l) => l.replace(/[ \t\f\r\n]+/g, " ").trim()).filter(Boolean).join("\n");
    if (t) blocks.push(t);
    line = "";
  };
  // An explicit stack, not recursion: a paste of deeply nested markup must not overflow it.
  const stack: Array<{ node: TNode; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      line += (node.nodeValue ?? "").replace(/\n/g, " ");
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === "BR") {
      line += "\n";
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push({ node, exit: true });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, exit: false });
  }
  flush();
  return blocks.join("\n\n");
}
