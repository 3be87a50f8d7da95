// Reads back the text a reader could select in a PDF (pdfjs), whitespace folded.
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export async function pdfPages(buf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : " ") : "")).join(""));
  }
  await doc.destroy();
  return pages.map((p) => p.replace(/\s+/g, " "));
}

export async function pdfText(buf: Uint8Array): Promise<string> {
  return (await pdfPages(buf)).join(" ");
}
