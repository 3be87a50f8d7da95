// PDF export, rendered on the server with pdfkit. Uses only the standard Helvetica fonts
// (their metrics ship inside pdfkit, so nothing is downloaded and the text stays real,
// selectable text). Pages are buffered so every page can carry "Page N of M" and the
// team's name once the total is known.
import PDFDocument from "pdfkit";
import { PROVIDED_DOCUMENTS_FLAG } from "@/lib/claims/labels";
import { claimRedFlags, RED_FLAG_LABELS, resolveFlagOptions, type TArticleFlagOptions, type TExportFlagOptions } from "./red-flags";
import type { TReport, TReportArticle, TReportClaim } from "./report-types";
import { claimReviewFacts, claimSourcingFacts, formatDateTime, isWebUrl, summarizeArticle, summaryText, SUMMARY_LABELS, verdictText } from "./summary";
import { toWinAnsi } from "./win-ansi";

const FONT = { regular: "Helvetica", bold: "Helvetica-Bold", italic: "Helvetica-Oblique" } as const;
const COLOR = { text: "#111111", muted: "#555555", rule: "#BBBBBB", flag: "#A11A1A", link: "#1A4FA1", quoteBar: "#999999" } as const;
const MARGIN = { top: 64, bottom: 64, left: 56, right: 56 };
// Start a claim on a new page rather than leave its heading stranded at the bottom.
const MIN_SPACE_FOR_CLAIM = 110;

type TDoc = PDFKit.PDFDocument;
type TPart = { text: string; font: string; color?: string; link?: string };
const t = toWinAnsi;

class ReportWriter {
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

  private heading(text: string, size: number, gapAfter = 0.3) {
    this.write([{ text, font: FONT.bold }], { size });
    this.doc.moveDown(gapAfter);
  }

  /** Styled parts as one flowing paragraph, wrapped to the text column. */
  private write(parts: TPart[], opts: { indent?: number; size?: number } = {}) {
    const doc = this.doc;
    const size = opts.size ?? 10;
    const width = this.width - (opts.indent ?? 0);
    parts.forEach((p, i) => {
      doc.font(p.font).fontSize(size).fillColor(p.color ?? COLOR.text);
      // null, not undefined: pdfkit copies undefined options from the previous continued part.
      const o = { width, continued: i < parts.length - 1, link: p.link ?? null, underline: !!p.link };
      if (i === 0) doc.text(t(p.text), this.left + (opts.indent ?? 0), doc.y, o);
      else doc.text(t(p.text), o);
    });
    doc.x = this.left;
  }

  /** "Label: value", the label in bold. */
  private field(label: string, value: string, indent = 0) {
    this.write([{ text: `${label}: `, font: FONT.bold }, { text: value, font: FONT.regular }], { indent });
  }

  private paragraph(text: string, opts: { font?: string; color?: string; indent?: number; size?: number } = {}) {
    this.write([{ text, font: opts.font ?? FONT.regular, color: opts.color }], opts);
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
    this.paragraph(r.team.name, { font: FONT.bold, size: 13 });
    this.paragraph(`Generated ${formatDateTime(r.generatedAt)} · ${r.articles.length} articles · ${claims} claims`, { color: COLOR.muted });
    this.doc.moveDown(0.5);
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
    if (claims.length === 0) this.paragraph("No claims marked yet.", { font: FONT.italic, color: COLOR.muted });
    for (const c of claims) this.claim(c);
  }

  /** Only http(s) addresses get a link annotation; anything else is printed as inert text. */
  private link(label: string, url: string, indent = 0) {
    const parts: TPart[] = label ? [{ text: `${label}: `, font: FONT.bold }] : [];
    parts.push(isWebUrl(url) ? { text: url, font: FONT.regular, color: COLOR.link, link: url } : { text: url, font: FONT.regular });
    this.write(parts, { indent });
  }

  private summary(article: TReportArticle) {
    const s = summarizeArticle(article, this.flags);
    this.doc.moveDown(0.6);
    this.heading("Summary", 12, 0.2);
    const text = summaryText(s);
    this.field(SUMMARY_LABELS.claims, text.claims);
    this.field(SUMMARY_LABELS.sourcingMix, text.sourcingMix);
    if (text.redFlags.length === 0) this.field(SUMMARY_LABELS.redFlags, text.noRedFlags);
    else this.paragraph(SUMMARY_LABELS.redFlags, { font: FONT.bold, color: COLOR.flag });
    for (const f of text.redFlags) this.paragraph(`${f.number}. ${f.text}`, { font: FONT.bold, color: COLOR.flag, indent: 12 });
    if (text.needsReattaching) this.paragraph(text.needsReattaching, { font: FONT.bold, color: COLOR.muted });
    this.doc.moveDown(0.6);
  }

  private claim(c: TReportClaim) {
    if (this.spaceLeft < MIN_SPACE_FOR_CLAIM) this.doc.addPage();
    this.rule();
    this.heading(`Claim #${c.number}`, 12, 0.2);
    this.quote(c.quote);
    this.doc.moveDown(0.3);
    for (const [k, v] of claimSourcingFacts(c)) this.field(k, v);
    this.field("Verdict", verdictText(c));
    const codes = claimRedFlags(c, this.flags);
    if (codes.length > 0) this.paragraph(`Red flags: ${codes.map((f) => RED_FLAG_LABELS[f]).join("; ")}`, { font: FONT.bold, color: COLOR.flag });
    if (codes.includes("provided_documents")) this.paragraph(PROVIDED_DOCUMENTS_FLAG, { color: COLOR.flag, indent: 12 });
    if (c.rationale?.trim()) {
      this.doc.moveDown(0.3);
      this.field("Rationale", c.rationale.trim());
    }
    if (c.evidence.length > 0) {
      this.doc.moveDown(0.3);
      this.paragraph("Evidence", { font: FONT.bold });
      for (const e of c.evidence) {
        this.link("", e.url, 12);
        if (e.note.trim()) this.paragraph(e.note.trim(), { color: COLOR.muted, indent: 24 });
      }
    }
    this.doc.moveDown(0.3);
    this.paragraph(claimReviewFacts(c).map(([k, v]) => `${k}: ${v}`).join(" · "), { color: COLOR.muted, size: 9 });
    this.doc.moveDown(0.6);
  }

  /** The claim in italics beside a grey bar; the bar is drawn only when the quote stays on one page. */
  private quote(text: string) {
    const startPage = this.doc.bufferedPageRange().count;
    const top = this.doc.y;
    this.paragraph(text.trim(), { font: FONT.italic, indent: 12, size: 11 });
    if (this.doc.bufferedPageRange().count === startPage) {
      this.doc.moveTo(this.left + 3, top).lineTo(this.left + 3, this.doc.y).lineWidth(2).strokeColor(COLOR.quoteBar).stroke();
    }
  }

  /** Header and footer on every buffered page, written into the margins. */
  decoratePages() {
    const { start, count } = this.doc.bufferedPageRange();
    const team = t(this.report.team.name);
    for (let i = start; i < start + count; i++) {
      this.doc.switchToPage(i);
      const page = this.doc.page;
      const saved = page.margins;
      // Writing inside the margins must not make pdfkit start another page.
      page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      const width = page.width - MARGIN.left - MARGIN.right;
      this.doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
      this.doc.text(`${team} · Fact-check report`, MARGIN.left, 32, { width, lineBreak: false, ellipsis: true, height: 10 });
      const footY = page.height - 40;
      this.doc.text(team, MARGIN.left, footY, { width: width * 0.7, lineBreak: false, ellipsis: true, height: 10 });
      this.doc.text(`Page ${i - start + 1} of ${count}`, MARGIN.left, footY, { width, align: "right", lineBreak: false, height: 10 });
      page.margins = saved;
    }
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
          Title: t(`Fact-check report – ${report.team.name}`),
          Author: t(report.team.name),
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
      if (report.articles.length === 0) doc.font(FONT.italic).fontSize(10).text("This report has no articles.");
      writer.decoratePages();
      doc.end();
    } catch (err) {
      reject(err);
    }
  });
}
