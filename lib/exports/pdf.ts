// PDF export, rendered on the server with pdfkit. Text is drawn with Unicode fonts from npm
// (Noto, subset to the glyphs used; pdf-fonts.ts) and laid out line by line here
// (pdf-layout.ts), so names and quotes in any script, right-to-left ones included, print
// as written and stay real, selectable text. Pages are buffered so every page can carry
// "Page N of M" and the team's name once the total is known.
import PDFDocument from "pdfkit";
import { PROVIDED_DOCUMENTS_FLAG } from "@/lib/claims/labels";
import type { TFace, TFontStyle } from "./pdf-fonts";
import { layoutLine, layoutParagraph, lineHeight, type TLine, type TParagraph } from "./pdf-layout";
import { claimRedFlags, RED_FLAG_LABELS, resolveFlagOptions, type TArticleFlagOptions, type TExportFlagOptions } from "./red-flags";
import type { TReport, TReportArticle, TReportClaim } from "./report-types";
import { claimReviewFacts, claimSourcingFacts, formatDateTime, isWebUrl, summarizeArticle, summaryText, SUMMARY_LABELS, verdictText } from "./summary";

const COLOR = { text: "#111111", muted: "#555555", rule: "#BBBBBB", flag: "#A11A1A", link: "#1A4FA1", quoteBar: "#999999" } as const;
const MARGIN = { top: 64, bottom: 64, left: 56, right: 56 };
// Start a claim on a new page rather than leave its heading stranded at the bottom.
const MIN_SPACE_FOR_CLAIM = 110;

type TDoc = PDFKit.PDFDocument;
type TPart = { text: string; style: TFontStyle; color?: string; link?: string | null };
// "auto" for text a user wrote on its own (a quote, a note): one that starts in Arabic or
// Hebrew is read from the right. Lines that start with an English label stay left to right.
type TDirection = "ltr" | "auto";

/** A PDF text string in UTF-16BE, as hex (no escaping to get wrong). */
function pdfTextString(text: string): string {
  let hex = "FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0").toUpperCase();
  return `<${hex}>`;
}

/**
 * Runs `draw` with pdfkit's content writes gathered into one write. pdfkit 0.20 keeps each
 * write (one operator line) as a buffer of its own until the document ends, since pages
 * are buffered for "Page N of M": a line of Arabic, with a positioning command per vowel
 * dot, made fifty, and a long Arabic report ran the 128 MB export job out of memory. The
 * bytes written are the same.
 *
 * `actual(text)` attaches `text` as what a reader copies from the next runs drawn. The
 * marked content goes inside each text object (after pdfkit's BT, before its ET) rather
 * than around it, as pdfkit's markContent would put it: there it closes under the same
 * transformation and font as the glyphs, which poppler needs to place the text (around
 * it, pdftotext drops it).
 */
function gatherContent(doc: TDoc, draw: (actual: (text: string | undefined) => void) => void) {
  const content = doc as unknown as { addContent(data: unknown): unknown };
  const addContent = content.addContent;
  const ops: string[] = [];
  const flush = () => {
    if (ops.length > 0) addContent.call(doc, ops.join("\n"));
    ops.length = 0;
  };
  let actualText: string | undefined;
  content.addContent = (data: unknown) => {
    if (typeof data !== "string") {
      flush();
      return addContent.call(doc, data);
    }
    if (data === "ET" && actualText !== undefined) ops.push("EMC");
    ops.push(data);
    if (data === "BT" && actualText !== undefined) ops.push(`/Span <</ActualText ${pdfTextString(actualText)}>> BDC`);
    return doc;
  };
  try {
    draw((text) => {
      actualText = text;
    });
  } finally {
    content.addContent = addContent;
    flush();
  }
}

class ReportWriter {
  private readonly registered = new Set<string>();
  private lastSize = 10;
  // The fill colour set on the current page: each run of text is its own text object, and
  // setting an unchanged colour before each one made the file a tenth bigger.
  private color: { page: unknown; value: string } | null = null;

  constructor(
    private readonly doc: TDoc,
    private readonly report: TReport,
    private readonly flags: Required<TArticleFlagOptions>,
  ) {}

  private get left() {
    return this.doc.page.margins.left;
  }
  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }
  private get spaceLeft() {
    return this.doc.page.height - this.doc.page.margins.bottom - this.doc.y;
  }

  /** Blank space of `lines` lines of the last text's size (what pdfkit's moveDown did). */
  private gap(lines: number) {
    this.doc.y += lines * lineHeight(this.lastSize);
  }

  private heading(text: string, size: number, gapAfter = 0.3) {
    this.write([{ text, style: "bold" }], { size });
    this.gap(gapAfter);
  }

  private useFace(face: TFace, size: number) {
    if (!this.registered.has(face.key)) {
      // pdfkit takes a parsed fontkit font as well as a file, so the process-wide parse is
      // reused; the name keeps one embedded subset per file in this document.
      this.doc.registerFont(face.key, face.font as unknown as Buffer);
      this.registered.add(face.key);
    }
    this.doc.font(face.key).fontSize(size);
  }

  private fill(value: string) {
    if (this.color?.page === this.doc.page && this.color.value === value) return;
    this.doc.fillColor(value);
    this.color = { page: this.doc.page, value };
  }

  /** One laid-out line with its top at `y`, its pieces at their own x (each on the shared baseline). */
  private drawLine(line: TLine, layout: TParagraph, parts: TPart[], x: number, y: number, size: number) {
    gatherContent(this.doc, (actual) => {
      for (const p of line.pieces) {
        const part = parts[p.span]!;
        this.useFace(p.face, size);
        this.fill(part.color ?? COLOR.text);
        // pdfkit puts the baseline one font ascent below the y it is given.
        const top = y + layout.ascent - p.face.ascent * size;
        actual(p.actual);
        this.doc.text(p.text, x + p.x, top, { lineBreak: false, link: part.link ?? null, underline: !!part.link, features: p.features });
      }
    });
  }

  /** Styled parts as one flowing paragraph, wrapped to the text column; a line that does not fit starts a page. */
  private write(parts: TPart[], opts: { indent?: number; size?: number; direction?: TDirection } = {}) {
    const size = opts.size ?? 10;
    const indent = opts.indent ?? 0;
    const layout = layoutParagraph(parts, { size, width: this.width - indent, direction: opts.direction });
    for (const line of layout.lines) {
      if (this.doc.y + layout.lineHeight > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
      const top = this.doc.y;
      this.drawLine(line, layout, parts, this.left + indent, top, size);
      this.doc.y = top + layout.lineHeight;
    }
    this.doc.x = this.left;
    this.lastSize = size;
  }

  /** "Label: value", the label in bold. */
  private field(label: string, value: string, indent = 0) {
    this.write([{ text: `${label}: `, style: "bold" }, { text: value, style: "regular" }], { indent });
  }

  private paragraph(text: string, opts: { style?: TFontStyle; color?: string; indent?: number; size?: number; direction?: TDirection } = {}) {
    this.write([{ text, style: opts.style ?? "regular", color: opts.color }], opts);
  }

  private rule() {
    const y = this.doc.y + 4;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    this.doc.y = y + 8;
  }

  cover() {
    const r = this.report;
    const claims = r.articles.reduce((n, a) => n + a.claims.length, 0);
    this.heading("Fact-check report", 22, 0.2);
    this.paragraph(r.team.name, { style: "bold", size: 13, direction: "auto" });
    this.paragraph(`Generated ${formatDateTime(r.generatedAt)} · ${r.articles.length} articles · ${claims} claims`, { color: COLOR.muted });
    this.gap(0.5);
  }

  article(article: TReportArticle, index: number) {
    if (index > 0) this.doc.addPage();
    this.rule();
    this.heading(`${index + 1}. ${article.title}`, 16);
    const meta: Array<[string, string | null]> = [
      ["Outlet", article.outlet],
      ["Author", article.author],
      ["Published", article.publishedAt && formatDateTime(article.publishedAt)],
      ["Version", String(article.version)],
    ];
    for (const [k, v] of meta) if (v) this.field(k, v);
    if (article.url) this.link("Address", article.url);
    this.summary(article);
    const claims = article.claims;
    if (claims.length === 0) this.paragraph("No claims marked yet.", { style: "italic", color: COLOR.muted });
    for (const c of claims) this.claim(c);
  }

  /** Only http(s) addresses get a link annotation; anything else is printed as inert text. */
  private link(label: string, url: string, indent = 0) {
    const parts: TPart[] = label ? [{ text: `${label}: `, style: "bold" }] : [];
    parts.push(isWebUrl(url) ? { text: url, style: "regular", color: COLOR.link, link: url } : { text: url, style: "regular" });
    this.write(parts, { indent });
  }

  private summary(article: TReportArticle) {
    const s = summarizeArticle(article, this.flags);
    this.gap(0.6);
    this.heading("Summary", 12, 0.2);
    const text = summaryText(s);
    this.field(SUMMARY_LABELS.claims, text.claims);
    this.field(SUMMARY_LABELS.sourcingMix, text.sourcingMix);
    if (text.redFlags.length === 0) this.field(SUMMARY_LABELS.redFlags, text.noRedFlags);
    else this.paragraph(SUMMARY_LABELS.redFlags, { style: "bold", color: COLOR.flag });
    for (const f of text.redFlags) this.paragraph(`${f.number}. ${f.text}`, { style: "bold", color: COLOR.flag, indent: 12 });
    if (text.needsReattaching) this.paragraph(text.needsReattaching, { style: "bold", color: COLOR.muted });
    this.gap(0.6);
  }

  private claim(c: TReportClaim) {
    if (this.spaceLeft < MIN_SPACE_FOR_CLAIM) this.doc.addPage();
    this.rule();
    this.heading(`Claim #${c.number}`, 12, 0.2);
    this.quote(c.quote);
    this.gap(0.3);
    for (const [k, v] of claimSourcingFacts(c)) this.field(k, v);
    this.field("Verdict", verdictText(c));
    const codes = claimRedFlags(c, this.flags);
    if (codes.length > 0) this.paragraph(`Red flags: ${codes.map((f) => RED_FLAG_LABELS[f]).join("; ")}`, { style: "bold", color: COLOR.flag });
    if (codes.includes("provided_documents")) this.paragraph(PROVIDED_DOCUMENTS_FLAG, { color: COLOR.flag, indent: 12 });
    if (c.rationale?.trim()) {
      this.gap(0.3);
      this.field("Rationale", c.rationale.trim());
    }
    if (c.evidence.length > 0) {
      this.gap(0.3);
      this.paragraph("Evidence", { style: "bold" });
      for (const e of c.evidence) {
        this.link("", e.url, 12);
        if (e.note.trim()) this.paragraph(e.note.trim(), { color: COLOR.muted, indent: 24, direction: "auto" });
      }
    }
    this.gap(0.3);
    this.paragraph(claimReviewFacts(c).map(([k, v]) => `${k}: ${v}`).join(" · "), { color: COLOR.muted, size: 9 });
    this.gap(0.6);
  }

  /** The claim in italics beside a grey bar; the bar is drawn only when the quote stays on one page. */
  private quote(text: string) {
    const startPage = this.doc.bufferedPageRange().count;
    const top = this.doc.y;
    this.paragraph(text.trim(), { style: "italic", indent: 12, size: 11, direction: "auto" });
    if (this.doc.bufferedPageRange().count === startPage) {
      this.doc.moveTo(this.left + 3, top).lineTo(this.left + 3, this.doc.y).lineWidth(2).strokeColor(COLOR.quoteBar).stroke();
    }
  }

  /** Header and footer on every buffered page, written into the margins. */
  decoratePages() {
    const { start, count } = this.doc.bufferedPageRange();
    const team = this.report.team.name;
    const width = this.doc.page.width - MARGIN.left - MARGIN.right;
    const muted = (text: string): TPart[] => [{ text, style: "regular", color: COLOR.muted }];
    const headerParts = muted(`${team} · Fact-check report`);
    const footerParts = muted(team);
    const header = layoutLine(headerParts, { size: 8, width });
    const footer = layoutLine(footerParts, { size: 8, width: width * 0.7 });
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const footY = this.doc.page.height - 40;
      this.drawLine(header.lines[0]!, header, headerParts, MARGIN.left, 32, 8);
      this.drawLine(footer.lines[0]!, footer, footerParts, MARGIN.left, footY, 8);
      const pageParts = muted(`Page ${i - start + 1} of ${count}`);
      const pageNo = layoutLine(pageParts, { size: 8, width });
      this.drawLine(pageNo.lines[0]!, pageNo, pageParts, MARGIN.left + width - pageNo.lines[0]!.width, footY, 8);
    }
  }

  noArticles() {
    this.paragraph("This report has no articles.", { style: "italic" });
  }
}

/** The report as a PDF (A4). Red flags are judged at generatedAt unless `opts.now` says otherwise. */
export function renderPdf(report: TReport, opts?: TExportFlagOptions): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    try {
      const doc = new PDFDocument({
        size: "A4",
        margins: MARGIN,
        bufferPages: true,
        autoFirstPage: true,
        info: {
          Title: `Fact-check report – ${report.team.name}`,
          Author: report.team.name,
          Creator: "Sourcebench",
          CreationDate: new Date(report.generatedAt),
        },
      });
      const chunks: Buffer[] = [];
      doc.on("data", (chunk: Buffer) => chunks.push(chunk));
      doc.on("end", () => resolve(Buffer.concat(chunks)));
      doc.on("error", reject);

      const writer = new ReportWriter(doc, report, resolveFlagOptions(opts, report.generatedAt));
      writer.cover();
      report.articles.forEach((a, i) => writer.article(a, i));
      if (report.articles.length === 0) writer.noArticles();
      writer.decoratePages();
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
