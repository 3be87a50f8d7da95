// Reads back what a reader gets from a PDF: its text with pdfjs (whitespace folded) or with
// poppler's pdftotext, its fonts with pdffonts, its pages as pictures with pdftoppm.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { inflateSync } from "node:zlib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

type TItem = { str: string; hasEOL: boolean; transform: number[]; width: number };

export async function pdfPages(buf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    let text = "";
    let prev: TItem | undefined;
    for (const it of content.items) {
      if (!("str" in it)) continue;
      const item = it as TItem;
      // A line is drawn as one run per font ("Ł" and "ukasz" come from different files):
      // runs that touch on the same baseline are one word, anything else is a space apart.
      const touches = prev && !prev.hasEOL && Math.abs(item.transform[5]! - prev.transform[5]!) < 1 && Math.abs(item.transform[4]! - (prev.transform[4]! + prev.width)) < 0.5;
      text += (prev && !touches ? " " : "") + item.str;
      prev = item;
    }
    pages.push(text);
  }
  await doc.destroy();
  return pages.map((p) => p.replace(/\s+/g, " "));
}

export async function pdfText(buf: Uint8Array): Promise<string> {
  return (await pdfPages(buf)).join(" ");
}

/** Why poppler's tools cannot run here, or null when they can. */
export const popplerMissing: string | null = (() => {
  const r = spawnSync("pdftotext", ["-v"], { encoding: "utf8" });
  return r.error ? `poppler's pdftotext is not installed (${r.error.message}); apt-get install poppler-utils` : null;
})();

function withFile<T>(buf: Uint8Array, run: (file: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), "sb-pdf-"));
  try {
    const file = path.join(dir, "report.pdf");
    writeFileSync(file, buf);
    return run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftotext's reading of the PDF (UTF-8, pages separated by form feeds). */
export function popplerText(buf: Uint8Array): string {
  return withFile(buf, (file) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

/** pdfinfo's report: the document's title, author, pages and so on, one "Key: value" a line. */
export function popplerInfo(buf: Uint8Array): string {
  return withFile(buf, (file) => execFileSync("pdfinfo", ["-enc", "UTF-8", file], { encoding: "utf8" }));
}

export type TPdfFont = { name: string; type: string; encoding: string; embedded: boolean; subset: boolean; unicode: boolean };

/** pdffonts' table: each font, whether it is embedded, subset and has a Unicode map. */
export function popplerFonts(buf: Uint8Array): TPdfFont[] {
  const out = withFile(buf, (file) => execFileSync("pdffonts", [file], { encoding: "utf8" }));
  return out
    .split("\n")
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(l);
      if (!m) throw new Error(`Unexpected pdffonts line: ${l}`);
      return { name: m[1]!, type: m[2]!, encoding: m[3]!, embedded: m[4] === "yes", subset: m[5] === "yes", unicode: m[6] === "yes" };
    });
}

/** Renders every page to `dir/<name>-<n>.png` for a person to look at; returns the files. */
export function renderPages(buf: Uint8Array, dir: string, name: string, dpi = 60): string[] {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (f.startsWith(`${name}-`) && f.endsWith(".png")) rmSync(path.join(dir, f));
  withFile(buf, (file) => execFileSync("pdftoppm", ["-png", "-r", String(dpi), file, path.join(dir, name)]));
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))
    .map((f) => path.join(dir, f));
}

/**
 * How many times the PDF draws glyph 0 (.notdef, the empty box a font shows for a character
 * it lacks). pdfkit writes text as two-byte glyph ids in hex inside TJ arrays of its
 * compressed content streams.
 */
export function notdefGlyphs(buf: Uint8Array): { glyphs: number; notdef: number } {
  const raw = Buffer.from(buf).toString("latin1");
  let glyphs = 0;
  let notdef = 0;
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, "latin1")).toString("latin1");
    } catch {
      continue;
    }
    for (const tj of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      for (const hex of tj[1]!.matchAll(/<([0-9A-Fa-f]*)>/g)) {
        for (let i = 0; i + 4 <= hex[1]!.length; i += 4) {
          glyphs++;
          if (hex[1]!.slice(i, i + 4) === "0000") notdef++;
        }
      }
    }
  }
  return { glyphs, notdef };
}
