// JSON export: a versioned, documented shape for other newsroom tools to consume. Fields
// are listed one by one rather than spread from the report types, so a new internal field
// never leaks into the public format without a deliberate version decision.
import { SOURCING_LABELS } from "@/lib/claims/labels";
import { claimReviewUrl } from "./claim-review";
import { articleRedFlags, claimRedFlags, resolveFlagOptions, type TClaimRedFlag, type TExportFlagOptions, type TRedFlag } from "./red-flags";
import type { TReport, TReportArticle, TReportClaim } from "./report-types";
import { summarizeArticle, summaryText, type TSummaryText } from "./summary";

/** A whole report. Consumers should check `format` and `version` before reading on. */
export type TJsonReport = {
  /** Always "sourcebench.report". */
  format: "sourcebench.report";
  /** Bumped on any breaking change; additive fields keep the version. */
  version: 1;
  /** The fact-checking team; `url` is its public site, or null. */
  team: { id: string; name: string; url: string | null };
  /** When the report was built (ISO 8601, UTC). Red flags are judged at this moment. */
  generatedAt: string;
  /** Base URL of the Sourcebench instance the links point into. */
  appUrl: string;
  /** The team's numeric rating range: `best` is the most accurate value, `worst` the least. */
  scale: { best: number; worst: number };
  /** The team settings the red flags were computed with. */
  redFlagSettings: { staleAfterHours: number; anonymousShareThreshold: number };
  articles: TJsonArticle[];
};

export type TJsonArticle = {
  id: string;
  title: string;
  /** Publication name, byline, public address and publication time (ISO 8601); null when unknown. */
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The article text version the claim offsets refer to (1 = first import). */
  version: number;
  /** This article in Sourcebench. */
  link: string;
  summary: {
    claims: number;
    /** Claims with a verdict (status decided or approved). */
    decided: number;
    approved: number;
    /** Claim counts by sourcing type; "untagged" for claims without one. Types with no claims are left out. */
    sourcingMix: Partial<Record<keyof typeof SOURCING_LABELS | "untagged", number>>;
    /** Percent of tagged claims sourced anonymously, or null when none are tagged. */
    anonymousSharePercent: number | null;
    /** Live claims whose text is gone from the current version; they are not in `claims` until re-attached. */
    needsReattaching: number;
    /** Every red flag of the article, numbered from 1 in the fixed order, with the wording the report page, PDF and Markdown print. */
    redFlags: TSummaryText["redFlags"];
    /** The summary as the report page, PDF and Markdown word it. */
    text: { claims: string; sourcingMix: string; needsReattaching: string | null };
  };
  /** Distinct red-flag codes of the article and its claims (see README). */
  redFlags: TRedFlag[];
  /** In text order. */
  claims: TJsonClaim[];
};

export type TJsonClaim = {
  id: string;
  /** The claim's stable number in its article ("#12"): never reused or renumbered. */
  number: number;
  /** This claim in Sourcebench. */
  link: string;
  /** The exact claim text, and its [start, end) character offsets in the article version. */
  quote: string;
  start: number;
  end: number;
  /** Sourcing code (anonymous, official, provided_documents, documents, media_report, named_person, unattributed) and its label. */
  sourcingType: TReportClaim["sourcingType"];
  sourcingLabel: string | null;
  /** Who the text credits ("a senior official") and the attribution verb ("said"). */
  sourcePhrase: string | null;
  cue: string | null;
  /** full | partial | none */
  identification: TReportClaim["identification"];
  /** on_record | background | deep_background | off_record */
  groundRules: TReportClaim["groundRules"];
  anonymityReason: string | null;
  /** first_hand | second_hand */
  hand: TReportClaim["hand"];
  sourceCount: number | null;
  /** open | in_review | decided | approved */
  status: TReportClaim["status"];
  /** The verdict: the team's rating label and its number on `scale` (null for non-numeric ratings such as "Unverifiable"); null when unrated. */
  rating: { label: string; value: number | null } | null;
  rationale: string | null;
  evidence: Array<{ url: string; note: string }>;
  /** Display names of who decided the verdict and who approved it, with times (ISO 8601). */
  reviewer: string | null;
  approver: string | null;
  decidedAt: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  redFlags: TClaimRedFlag[];
  /** The reviewers' comments on the claim, oldest first: author's display name (null once the account is gone), text, time (ISO 8601). */
  comments: Array<{ author: string | null; body: string; createdAt: string }>;
};

export function toJsonObject(report: TReport, opts?: TExportFlagOptions): TJsonReport {
  const flags = resolveFlagOptions(opts, report.generatedAt);
  const article = (a: TReportArticle): TJsonArticle => {
    const s = summarizeArticle(a, flags);
    const t = summaryText(s);
    const mix: TJsonArticle["summary"]["sourcingMix"] = {};
    for (const m of s.sourcingMix) mix[m.type ?? "untagged"] = m.count;
    return {
      id: a.id,
      title: a.title,
      outlet: a.outlet,
      author: a.author,
      url: a.url,
      publishedAt: a.publishedAt,
      version: a.version,
      link: `${report.appUrl.replace(/\/+$/, "")}/articles/${encodeURIComponent(a.id)}`,
      summary: {
        claims: s.claims,
        decided: s.decided,
        approved: s.approved,
        sourcingMix: mix,
        anonymousSharePercent: s.anonymousSharePercent,
        needsReattaching: s.needsReattaching,
        redFlags: t.redFlags,
        text: { claims: t.claims, sourcingMix: t.sourcingMix, needsReattaching: t.needsReattaching },
      },
      redFlags: articleRedFlags(a, flags),
      claims: a.claims.map((c) => claim(a, c)),
    };
  };
  const claim = (a: TReportArticle, c: TReportClaim): TJsonClaim => ({
    id: c.id,
    number: c.number,
    link: claimReviewUrl(report, a, c),
    quote: c.quote,
    start: c.start,
    end: c.end,
    sourcingType: c.sourcingType,
    sourcingLabel: c.sourcingType ? SOURCING_LABELS[c.sourcingType] : null,
    sourcePhrase: c.sourcePhrase,
    cue: c.cue,
    identification: c.identification,
    groundRules: c.groundRules,
    anonymityReason: c.anonymityReason,
    hand: c.hand,
    sourceCount: c.sourceCount,
    status: c.status,
    rating: c.rating ? { label: c.rating.label, value: c.rating.value } : null,
    rationale: c.rationale,
    evidence: c.evidence.map((e) => ({ url: e.url, note: e.note })),
    reviewer: c.reviewer,
    approver: c.approver,
    decidedAt: c.decidedAt,
    approvedAt: c.approvedAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    redFlags: claimRedFlags(c, flags),
    comments: (c.comments ?? []).map((m) => ({ author: m.author, body: m.body, createdAt: m.createdAt })),
  });
  return {
    format: "sourcebench.report",
    version: 1,
    team: { id: report.team.id, name: report.team.name, url: report.team.url },
    generatedAt: report.generatedAt,
    appUrl: report.appUrl,
    scale: { best: report.scale.best, worst: report.scale.worst },
    redFlagSettings: { staleAfterHours: flags.staleAfterHours, anonymousShareThreshold: flags.anonymousShareThreshold },
    articles: report.articles.map(article),
  };
}

/** The report as pretty-printed JSON text (UTF-8, no BOM), ending in a newline. */
export function toJson(report: TReport, opts?: TExportFlagOptions): string {
  return `${JSON.stringify(toJsonObject(report, opts), null, 2)}\n`;
}
