// Markdown export: a report a desk can read as plain text, paste into a wiki or render.
// All user text is escaped, because claims and rationales are copied from outside
// articles and must never turn into links, HTML or layout in whatever renders the file.
import { PROVIDED_DOCUMENTS_FLAG } from "@/lib/claims/labels";
import { claimRedFlags, RED_FLAG_LABELS, resolveFlagOptions, type TArticleFlagOptions, type TExportFlagOptions } from "./red-flags";
import type { TReport, TReportArticle, TReportClaim } from "./report-types";
import {
  claimReviewFacts,
  claimSourcingFacts,
  formatDateTime,
  isWebUrl,
  summarizeArticle,
  summaryText,
  SUMMARY_LABELS,
  verdictText,
} from "./summary";

// CommonMark (plus the GFM table and strikethrough syntax markdown-it renders by default)
// gives meaning to only some characters in only some places, and every other backslash is
// printed to whoever reads the file as plain text ("Wire \\(pasted\\)"). So each rule below
// escapes one construct where it could start, and nothing else.
const ASCII_PUNCT = "!\"#$%&'()*+,\\-./:;<=>?@[\\\\\\]^_`{|}~";
const INLINE_RULES: Array<[RegExp, string]> = [
  // A backslash escapes the punctuation after it, and ends a line as a hard break.
  [new RegExp(`\\\\(?=[${ASCII_PUNCT}]|$)`, "g"), "\\\\"],
  // Emphasis, code spans, links and images (an unescaped "]" or "!" then opens nothing),
  // GFM table cells and strikethrough.
  [/[*`[|~]/g, "\\$&"],
  // "_" cannot open or close emphasis inside a word (snake_case stays as written).
  [/_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu, "\\_"],
  // Raw HTML and autolinks start with "<" and a letter, "/", "!" or "?"; "2 < 3" is text.
  [/<(?=[A-Za-z/!?])/g, "\\<"],
  // Entity and numeric character references.
  [/&(?=[A-Za-z][A-Za-z0-9]{0,31};|#[0-9]{1,7};|#[xX][0-9A-Fa-f]{1,6};)/g, "\\&"],
];
// Block syntax matters only at the start of a line: ATX heading, blockquote, bullet
// list item, thematic break or setext underline, ordered list item.
const LINE_START_RULES: Array<[RegExp, string]> = [
  [/^(#{1,6})(?=\s|$)/, "\\$1"],
  [/^>/, "\\>"],
  [/^([-+])(?=\s|$)|^(-)(?=[-\s]*$)|^(=)(?==*\s*$)/, "\\$1$2$3"],
  [/^(\d{1,9})([.)])(?=\s|$)/, "$1\\$2"],
];

function escapeInline(text: string): string {
  return INLINE_RULES.reduce((s, [re, to]) => s.replace(re, to), text);
}

/** One line of user text that starts a Markdown line: inline syntax and block starts escaped. */
export function escapeMarkdownLine(line: string): string {
  return LINE_START_RULES.reduce((s, [re, to]) => s.replace(re, to), escapeInline(line.trim()));
}

/** User text placed after other Markdown on its line ("- **Source:** …"): whitespace collapsed, inline syntax escaped. */
export function escapeMarkdown(text: string): string {
  return escapeInline(text.replace(/\s+/g, " ").trim());
}

/** Multi-line user text as escaped lines; blank lines are kept as paragraph breaks. */
function escapeBlock(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => escapeMarkdownLine(l.replace(/\s+/g, " ")));
}

/** A link only for http(s) addresses; anything else (javascript:, data:, typos) stays inert text. */
export function markdownLink(label: string, url: string): string {
  if (!isWebUrl(url)) return escapeMarkdown(url);
  // Angle-bracket destinations allow ")" and spaces; URL.href has already percent-encoded "<", ">" and spaces.
  return `[${escapeMarkdown(label)}](<${new URL(url).href}>)`;
}

const item = (label: string, value: string) => `- **${label}:** ${value}`;

function paragraph(text: string): string[] {
  const lines = escapeBlock(text.trim());
  // A single newline inside a paragraph becomes a hard line break, as the writer typed it.
  return lines.map((l, i) => (l !== "" && lines[i + 1] ? `${l}  ` : l));
}

function summarySection(article: TReportArticle, flags: Required<TArticleFlagOptions>): string[] {
  const t = summaryText(summarizeArticle(article, flags));
  return [
    "### Summary",
    "",
    item(SUMMARY_LABELS.claims, escapeMarkdown(t.claims)),
    item(SUMMARY_LABELS.sourcingMix, escapeMarkdown(t.sourcingMix)),
    item(SUMMARY_LABELS.redFlags, t.redFlags.length ? "" : t.noRedFlags).trimEnd(),
    // Numbered as on the report page and in the PDF, nested under the item.
    ...t.redFlags.map((f) => `   ${f.number}. ${escapeMarkdown(f.text)}`),
    ...(t.needsReattaching ? [item(SUMMARY_LABELS.needsReattaching, escapeMarkdown(t.needsReattaching))] : []),
    "",
  ];
}

function claimSection(claim: TReportClaim, flags: Required<TArticleFlagOptions>): string[] {
  const out = [`#### Claim #${claim.number}`, ""];
  out.push(...paragraph(claim.quote).map((l) => (l ? `> ${l}` : ">")), "");

  out.push(...claimSourcingFacts(claim).map(([k, v]) => item(k, escapeMarkdown(v))));
  out.push(item("Verdict", escapeMarkdown(verdictText(claim))));
  const codes = claimRedFlags(claim, flags);
  if (codes.length > 0) out.push(item("Red flags", codes.map((c) => RED_FLAG_LABELS[c]).join("; ")));
  out.push("");
  if (codes.includes("provided_documents")) out.push(`> **${escapeMarkdown(PROVIDED_DOCUMENTS_FLAG)}**`, "");

  if (claim.rationale?.trim()) out.push("**Rationale**", "", ...paragraph(claim.rationale), "");
  if (claim.evidence.length > 0) {
    out.push("**Evidence**", "");
    for (const e of claim.evidence) {
      const note = e.note.trim() ? ` — ${escapeMarkdown(e.note)}` : "";
      out.push(`- ${markdownLink(e.url, e.url)}${note}`);
    }
    out.push("");
  }
  out.push("**Review**", "", ...claimReviewFacts(claim).map(([k, v]) => item(k, escapeMarkdown(v))), "");
  return out;
}

function articleSection(report: TReport, article: TReportArticle, index: number, flags: Required<TArticleFlagOptions>): string[] {
  const meta: Array<[string, string | null]> = [
    ["Outlet", article.outlet && escapeMarkdown(article.outlet)],
    ["Author", article.author && escapeMarkdown(article.author)],
    ["Published", article.publishedAt && formatDateTime(article.publishedAt)],
    ["Address", article.url && markdownLink(article.url, article.url)],
    ["Version", String(article.version)],
    ["In Sourcebench", markdownLink("Open the article", `${report.appUrl.replace(/\/+$/, "")}/articles/${encodeURIComponent(article.id)}`)],
  ];
  // A heading's trailing "#" run after a space is its optional closing sequence, dropped by renderers.
  const out = [`## ${index}. ${escapeMarkdown(article.title).replace(/(^|\s)(#+)$/, "$1\\$2")}`, ""];
  out.push(...meta.filter((m): m is [string, string] => !!m[1]).map(([k, v]) => item(k, v)), "");
  out.push(...summarySection(article, flags));
  out.push("### Claims", "");
  const claims = article.claims;
  if (claims.length === 0) out.push("_No claims marked yet._", "");
  for (const c of claims) out.push(...claimSection(c, flags));
  return out;
}

/** The full report as Markdown (CommonMark/GFM), ending in a newline. Red flags are judged at generatedAt by default. */
export function toMarkdown(report: TReport, opts?: TExportFlagOptions): string {
  const flags = resolveFlagOptions(opts, report.generatedAt);
  const claimCount = report.articles.reduce((n, a) => n + a.claims.length, 0);
  const out = [
    "# Fact-check report",
    "",
    `**Team:** ${escapeMarkdown(report.team.name)}  `,
    `**Generated:** ${formatDateTime(report.generatedAt)}  `,
    `**Articles:** ${report.articles.length} · **Claims:** ${claimCount}`,
    "",
  ];
  report.articles.forEach((a, i) => out.push("---", "", ...articleSection(report, a, i + 1, flags)));
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
