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
  verdictText,
  needsReattachingText,
} from "./summary";

/**
 * Escapes one line of user text. Besides the inline syntax characters, it breaks the
 * patterns GFM turns into links by itself ("https://", "www.", e-mail addresses) and
 * anything that would start a block (heading, list, quote, setext underline) at line start.
 */
function escapeLine(line: string): string {
  const inline = line
    .trim()
    .replace(/[\\`*_{}[\]<>()|~!&@]/g, "\\$&")
    .replace(/([a-z][a-z0-9+.-]*):(?=\/\/)/gi, "$1\\:")
    .replace(/\b(www)\./gi, "$1\\.");
  return inline.replace(/^([#+=-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** User text on one line: whitespace collapsed, then escaped. */
export function escapeMarkdown(text: string): string {
  return escapeLine(text.replace(/\s+/g, " "));
}

/** Multi-line user text as escaped lines; blank lines are kept as paragraph breaks. */
function escapeBlock(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => escapeLine(l.replace(/\s+/g, " ")));
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
  const s = summarizeArticle(article, flags);
  const mix = s.sourcingMix.map((m) => `${m.label} ${m.count}`).join(", ") || "none";
  const redFlags = s.redFlags.map((f) =>
    f.claims === null
      ? `${f.label} (${Math.round(s.anonymousSharePercent ?? 0)}% of tagged claims)`
      : `${f.label} (${f.claims} ${f.claims === 1 ? "claim" : "claims"})`,
  );
  return [
    "### Summary",
    "",
    item("Claims", String(s.claims)),
    item("Decided", String(s.decided)),
    item("Approved", String(s.approved)),
    item("Sourcing mix", mix),
    item("Red flags", redFlags.length > 0 ? redFlags.join("; ") : "none"),
    ...(s.needsReattaching ? [item("Needs re-attaching", needsReattachingText(s.needsReattaching)!)] : []),
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
  const out = [`## ${index}. ${escapeMarkdown(article.title)}`, ""];
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
