// Facts the human-readable exports (Markdown, PDF) both show: an article's summary
// numbers and a claim's labelled sourcing details. Computed once here so the two
// formats never disagree; each format only escapes and lays the strings out.
import {
  GROUND_RULE_LABELS,
  HAND_LABELS,
  IDENTIFICATION_LABELS,
  SOURCING_LABELS,
  STATUS_LABELS,
} from "@/lib/claims/labels";
import { SOURCING_TYPES, type TSourcingType } from "@/lib/claims/schemas";
import { anonymousShare, articleRedFlags, claimRedFlags, RED_FLAG_LABELS, type TArticleFlagOptions, type TRedFlag } from "./red-flags";
import { count } from "@/lib/count";
import type { TReportArticle, TReportClaim } from "./report-types";

export type TArticleSummary = {
  claims: number;
  decided: number; // has a verdict: decided or approved
  approved: number;
  sourcingMix: Array<{ type: TSourcingType | null; label: string; count: number }>;
  anonymousSharePercent: number | null;
  redFlags: Array<{ code: TRedFlag; label: string; claims: number | null }>; // claims: null for article-level flags
  needsReattaching: number; // live claims whose text is gone; counted nowhere else
};

export function summarizeArticle(article: TReportArticle, opts: Required<TArticleFlagOptions>): TArticleSummary {
  const mix = new Map<TSourcingType | null, number>();
  const flagCounts = new Map<TRedFlag, number>();
  let decided = 0;
  let approved = 0;
  for (const c of article.claims) {
    mix.set(c.sourcingType, (mix.get(c.sourcingType) ?? 0) + 1);
    if (c.status === "decided" || c.status === "approved") decided++;
    if (c.status === "approved") approved++;
    for (const f of claimRedFlags(c, opts)) flagCounts.set(f, (flagCounts.get(f) ?? 0) + 1);
  }
  const order: Array<TSourcingType | null> = [...SOURCING_TYPES, null];
  return {
    claims: article.claims.length,
    decided,
    approved,
    sourcingMix: order
      .filter((t) => mix.has(t))
      .map((t) => ({ type: t, label: t ? SOURCING_LABELS[t] : "Not tagged yet", count: mix.get(t) ?? 0 })),
    anonymousSharePercent: anonymousShare(article),
    redFlags: articleRedFlags(article, opts).map((code) => ({
      code,
      label: RED_FLAG_LABELS[code],
      claims: code === "anonymous_share" ? null : (flagCounts.get(code) ?? 0),
    })),
    needsReattaching: article.needsReattaching,
  };
}

/** The summary's field names, the same on the report page and in every export. */
export const SUMMARY_LABELS = { claims: "Claims", sourcingMix: "Sourcing mix", redFlags: "Red flags", needsReattaching: "Needs re-attaching" } as const;

export type TSummaryText = {
  /** "3 claims · 2 decided · 1 approved" */
  claims: string;
  /** "Named person: 1, Anonymous: 2", or "No claims yet" */
  sourcingMix: string;
  /** Every red flag of the article, in the fixed order, numbered from 1: shown as "1. Sourced to … (1 claim)". */
  redFlags: Array<{ number: number; code: TRedFlag; text: string }>;
  /** What is shown when there is no red flag. */
  noRedFlags: string;
  needsReattaching: string | null;
};

/**
 * The article summary as words, once: the report page, the PDF, the Markdown and the
 * JSON (summary.text and summary.redFlags) print these strings as they are, so a desk
 * reads the same flags, counted and numbered the same way, wherever it looks.
 */
export function summaryText(s: TArticleSummary): TSummaryText {
  return {
    claims: `${count(s.claims, "claim")} · ${s.decided.toLocaleString("en-US")} decided · ${s.approved.toLocaleString("en-US")} approved`,
    sourcingMix: s.sourcingMix.map((m) => `${m.label}: ${m.count.toLocaleString("en-US")}`).join(", ") || "No claims yet",
    redFlags: s.redFlags.map((f, i) => ({
      number: i + 1,
      code: f.code,
      text: f.claims === null ? `${f.label} (${Math.round(s.anonymousSharePercent ?? 0)}% of tagged claims)` : `${f.label} (${count(f.claims, "claim")})`,
    })),
    noRedFlags: "None",
    needsReattaching: needsReattachingText(s.needsReattaching),
  };
}

/** One wording of the orphan count for the page, the dashboard and every export; null when there are none. */
export function needsReattachingText(n: number): string | null {
  if (n <= 0) return null;
  return `${n} ${n === 1 ? "claim needs" : "claims need"} re-attaching: ${n === 1 ? "its" : "their"} text is gone from this version, so ${n === 1 ? "it is" : "they are"} not counted or listed until re-attached.`;
}

/** "2024-05-01 14:03 UTC": unambiguous for readers in any time zone. */
export function formatDateTime(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** YYYY-MM-DD in UTC, or null when there is no usable date. */
export function isoDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** Labelled sourcing details worth printing; empty fields are left out rather than shown blank. */
export function claimSourcingFacts(c: TReportClaim): Array<[string, string]> {
  const facts: Array<[string, string | null]> = [
    ["Sourcing", c.sourcingType ? SOURCING_LABELS[c.sourcingType] : "Not tagged yet"],
    ["Source", c.sourcePhrase],
    ["Cue", c.cue],
    ["Identification", c.identification ? IDENTIFICATION_LABELS[c.identification] : null],
    ["Ground rules", c.groundRules ? GROUND_RULE_LABELS[c.groundRules] : null],
    ["Reason for anonymity", c.anonymityReason],
    ["Hand", c.hand ? HAND_LABELS[c.hand] : null],
    ["Number of sources", c.sourceCount === null ? null : String(c.sourceCount)],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== null && f[1].trim() !== "");
}

export function verdictText(c: TReportClaim): string {
  if (!c.rating) return "No verdict yet";
  return c.rating.value === null ? c.rating.label : `${c.rating.label} (${c.rating.value})`;
}

/** Who decided and approved the claim, and when; the review trail in one list. */
export function claimReviewFacts(c: TReportClaim): Array<[string, string]> {
  const facts: Array<[string, string | null]> = [
    ["Status", STATUS_LABELS[c.status]],
    ["Reviewer", c.reviewer],
    ["Decided", c.decidedAt ? formatDateTime(c.decidedAt) : null],
    ["Approver", c.approver],
    ["Approved", c.approvedAt ? formatDateTime(c.approvedAt) : null],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== null && f[1] !== "");
}

/** Only http(s) addresses may become clickable; anything else is shown as plain text. */
export function isWebUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}
